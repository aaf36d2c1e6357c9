// A benchmark corpus from the repository's own real articles (seeds/, test/heldout*/, test/probes/, test/gold/corpus/):
// every event (a folder of .txt articles) is copied as many times as needed, each copy a distinct event: its names
// get syllables of their own in each copy, its years move back by the copy's shift and its figures get a
// permutation of the digits 1-9 of the copy.
// Synthetic text flatters the engine (short, regular sentences); real articles carry the quotes, tables, asides and
// dates that cost. Same inputs, same bytes: deterministic, generated at bench time into bench/.data/ (ignored).
//
//   node bench/real-corpus.mjs DIR COUNT     writes COUNT files under DIR (one folder per event copy)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['seeds', 'test/heldout', 'test/heldout-figures', 'test/probes', 'test/gold/corpus'];
const LANGS = ['fr', 'it', 'de', 'en', 'es', 'pt', 'nl', 'sv', 'nb', 'da', 'pl'];

/** The real events: each folder holding .txt articles, in a stable order. */
export function realEvents() {
  const events = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    const articles = entries
      .filter((e) => e.isFile() && e.name.endsWith('.txt'))
      .map((e) => ({ name: e.name, text: readFileSync(join(dir, e.name), 'utf8') }));
    if (articles.length > 0) events.push({ id: relative(root, dir).replace(/[\\/]/g, '_'), articles });
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
  };
  for (const s of SOURCES) walk(join(root, s));
  return events;
}

/**
 * Words never renamed: country and region names, months and weekdays in every supported language (CLDR through
 * Intl), so that a copy keeps its country and its dates, and the claims stage tells events apart as on real news.
 */
function placeWords() {
  const words = new Set();
  const codes = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  for (const lang of LANGS) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const c of codes) {
      const n = names.of(c);
      if (n) for (const w of n.split(/[\s-]+/)) words.add(w);
    }
    // month and weekday names too: a renamed month is no longer a date
    const cap = (w) => w.charAt(0).toLocaleUpperCase(lang) + w.slice(1);
    for (let m = 0; m < 12; m++) {
      for (const month of ['long', 'short']) {
        const w = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 15)));
        words.add(cap(w.replace(/\.$/, '')));
        words.add(w.toLocaleUpperCase(lang));
      }
    }
    for (let d = 0; d < 7; d++) {
      const w = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2024, 0, 1 + d)),
      );
      words.add(cap(w));
      words.add(w.toLocaleUpperCase(lang));
    }
  }
  return words;
}

/** Month names (long and short, lower case) in every supported language, from CLDR through Intl. */
const MONTH_WORDS = new Set(
  LANGS.flatMap((lang) =>
    Array.from({ length: 12 }, (_, m) =>
      ['long', 'short'].map((month) =>
        new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' })
          .format(new Date(Date.UTC(2024, m, 15)))
          .replace(/\.$/, '')
          .toLowerCase(),
      ),
    ).flat(),
  ),
);

// Consonants that no spelling rule of the events' name key folds into another (cognateKey: z->s, w->v, c/q/x->k,
// y->i; nameKey drops h, j, w, y).
const CONSONANTS = ['b', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];

/** FNV-1a of a string: a stable hash, the same on every machine. */
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Two syllables of a name in one copy of one event (`seed`), drawn from the seed and the name's first four letters:
 * inflected forms of one name ("Brookfield", "Brookfields", "Brookfielda") get the same ones; two names, one name in
 * two copies, or a capitalized word ("Fabrikken") in two events of one copy almost never do. So every name gets its
 * own consonants at its start, as another event's names would differ.
 */
function syllablesOf(word, seed) {
  let h = fnv(`${seed}:${word.slice(0, 4).toLowerCase()}`);
  let s = '';
  for (let i = 0; i < 2; i++) {
    s += CONSONANTS[h % CONSONANTS.length] + VOWELS[Math.floor(h / CONSONANTS.length) % VOWELS.length];
    h = Math.floor(h / (CONSONANTS.length * VOWELS.length));
  }
  return s;
}

/**
 * Years a copy's dates move back by: distinct events happen at distinct times, as in a real folder, and the events
 * stage never joins reports more than a year apart (EVENT_CONTINUES_MAX_DAYS); each copy of one event gets its own
 * year, up to 75 copies (10 000 files are 60 copies of each event).
 */
function yearShift(copy) {
  return copy % 75;
}

/** A permutation of 1-9 (0 stays 0, so round numbers stay round) drawn from the copy's seed. */
function digitPermutation(copy) {
  const r = rng(0x5eed + copy * 7919);
  const d = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  for (let i = d.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [d[i], d[j]] = [d[j], d[i]];
  }
  return { 0: '0', ...Object.fromEntries(d.map((x, i) => [String(i + 1), x])) };
}

/**
 * One article of copy `copy` (copy 0 is the original): capitalized names of 4+ letters (not places) get the copy's
 * syllables (renamed(): so each copy has its own subjects, hence its own stories and events), years (to 1900) move
 * back by the copy's yearShift (so each copy happens at its own time), and every number that is neither a year nor a
 * day of the month has its digits permuted (the same permutation and shift in every article of the copy, so sources
 * that agreed still agree). Days stay as written and years stay years: dates stay dates.
 */
export function varyArticle(text, copy, places, event = '') {
  if (copy === 0) return text;
  const perm = digitPermutation(copy);
  const shift = yearShift(copy);
  return text
    .replace(/\p{Lu}[\p{Ll}\p{Lu}]{3,}/gu, (w) => (places.has(w) ? w : renamed(w, `${copy}:${event}`)))
    .replace(/\d+/g, (n, at, all) => {
      if (n.length === 4 && (n.startsWith('19') || n.startsWith('20')))
        return Number(n) - shift >= 1900 ? String(Number(n) - shift) : n;
      if (n.length <= 2 && isDay(all, at, n.length)) return n;
      return n.replace(/\d/g, (c) => perm[c]);
    });
}

/**
 * A name in a copy of an event: two syllables of the name, copy and event before it ("Microsoft" -> "Tamimicrosoft"), in its case.
 * Not at the end: a stemmer takes "-en" or "-is" off "Microsoften" and every copy's subject was "microsoft" again
 * (bench before 2026-12-07 13:30 UTC). Not one syllable shared by all the copy's names after their first letter
 * ("Menicrosoft", until session 6): once events keyed names by their consonants (6d9fac4), "en", "on" and "an", or
 * "ia" and none, gave one skeleton, and copies of one story joined into one event (132 CPU s, 2.35 GB); a long shared
 * syllable instead gave all the copy's names one prefix, and different stories of one copy joined.
 */
function renamed(w, seed) {
  const s = syllablesOf(w, seed);
  const upper = w === w.toUpperCase();
  return upper
    ? s.toUpperCase() + w
    : s.charAt(0).toUpperCase() + s.slice(1) + w.charAt(0).toLocaleLowerCase() + w.slice(1);
}

/** A day of the month: 1-2 digits next to a month name (`23 November`, `November 23`, `13 mai`, `23.11.`, `23.11.2024`,
 * `23/11/2024`, `2024-11-23`). */
function isDay(text, at, length) {
  if (
    /^[./]\d\d?[./](?:\d{4})?(?!\d)/.test(text.slice(at + length, at + length + 10)) ||
    /\d\d?[./]$/.test(text.slice(Math.max(0, at - 3), at)) ||
    /\d{4}-(?:\d\d-)?$/.test(text.slice(Math.max(0, at - 8), at))
  )
    return true;
  const after = /^[\s.,]*(\p{L}+)/u.exec(text.slice(at + length, at + length + 16))?.[1];
  const before = /(\p{L}+)[\s.,]*$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  return [after, before].some((w) => w !== undefined && MONTH_WORDS.has(w.toLowerCase()));
}

/** COUNT articles: whole events, copy after copy, until COUNT (the last event may be cut short). */
export function makeRealCorpus(count) {
  const events = realEvents();
  const places = placeWords();
  const out = [];
  for (let copy = 0; out.length < count; copy++) {
    for (const e of events) {
      for (const a of e.articles) {
        if (out.length >= count) break;
        out.push({
          dir: `c${String(copy).padStart(3, '0')}-${e.id}`,
          name: a.name,
          text: varyArticle(a.text, copy, places, e.id),
        });
      }
    }
  }
  return out;
}

/** Writes the corpus under `dir` (replacing it); returns { files, bytes, events }. */
export function writeRealCorpus(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  const corpus = makeRealCorpus(count);
  let bytes = 0;
  const dirs = new Set();
  for (const a of corpus) {
    const d = join(dir, a.dir);
    if (!dirs.has(d)) {
      mkdirSync(d, { recursive: true });
      dirs.add(d);
    }
    writeFileSync(join(d, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return { files: corpus.length, bytes, events: dirs.size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, count] = process.argv.slice(2);
  const r = writeRealCorpus(dir, Number(count));
  console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(2)} MB, ${r.events} event copies in ${dir}`);
}
