// A benchmark corpus from the repository's own real articles (seeds/, test/heldout*/, test/probes/, test/gold/corpus/):
// every event (a folder of .txt articles) is copied as many times as needed, each copy a distinct event: its names
// get a suffix of the copy and its figures a permutation of the digits 1-9 of the copy.
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

const SUFFIX = ['ar', 'en', 'ik', 'ov', 'um', 'ol', 'is', 'ta', 'ur', 'ex', 'on', 'ia', 'el', 'os', 'an', 'et'];
/** A pronounceable, copy-specific suffix: 'ar', 'en', …, then 'aren', 'arik', … (base 16). */
function suffixOf(copy) {
  let s = '';
  let k = copy;
  do {
    s += SUFFIX[k % 16];
    k = Math.floor(k / 16);
  } while (k > 0);
  return s;
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
 * syllables (renamed(): so each copy has its own subjects, hence its own stories and events), and every number that is neither a
 * year nor a day of the month has its digits permuted (the same permutation in every article of the copy, so
 * sources that agreed still agree). Years and days stay as written: dates stay dates.
 */
export function varyArticle(text, copy, places) {
  if (copy === 0) return text;
  const suffix = suffixOf(copy);
  const perm = digitPermutation(copy);
  return text
    .replace(/\p{Lu}[\p{Ll}\p{Lu}]{3,}/gu, (w) => (places.has(w) ? w : renamed(w, suffix)))
    .replace(/\d+/g, (n, at, all) => {
      if (n.length === 4 && (n.startsWith('19') || n.startsWith('20'))) return n;
      if (n.length <= 2 && isDay(all, at, n.length)) return n;
      return n.replace(/\d/g, (c) => perm[c]);
    });
}

/**
 * A name of copy k: the copy's syllables after its first letter ("Microsoft" -> "Menicrosoft"), in its case. Not at
 * the end: a stemmer takes "-en" or "-is" off "Microsoften" and every copy's subject was "microsoft" again, so all
 * copies of an event became one event with thousands of mentions per claim (bench before 2026-12-07 13:30 UTC).
 */
function renamed(w, syllables) {
  const upper = w === w.toUpperCase();
  return w[0] + (upper ? syllables.toUpperCase() : syllables) + w.slice(1);
}

/** A day of the month: 1-2 digits next to a month name (`23 November`, `November 23`, `13 mai`, `23.11.`). */
function isDay(text, at, length) {
  if (
    /^\.\d\d?\.(?!\d)/.test(text.slice(at + length, at + length + 5)) ||
    /\d\d?\.$/.test(text.slice(Math.max(0, at - 3), at))
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
          text: varyArticle(a.text, copy, places),
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
