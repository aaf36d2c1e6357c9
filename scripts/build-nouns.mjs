#!/usr/bin/env node
// Builds src/core/lang/generated/nouns-<code>.ts and nouns-lemmas.ts: the open vocabulary of counted nouns. Every
// noun the wordnets of a language link to a Princeton WordNet 3.0 synset that names something one counts (a person,
// a vehicle, a building, an animal, an event, a document, ...) maps to that synset's English lemma and a coarse
// class, so that "propulseurs", "propulsores" and "thrusters" meet as one unit. The curated table of
// scripts/build-vocab.mjs stays first at run time; this data only answers for the nouns it does not know.
//
//   npm run build:nouns            (about 20 s; needs the files below, none of them at run time)
//   node scripts/build-nouns.mjs [--wordnet DIR] [--omw DIR] [--out DIR]
//
// Resources (licences in THIRD_PARTY_NOTICES.md; each generated file names its own):
// - English side: Princeton WordNet 3.0 from Debian's wordnet-base (--wordnet, default /usr/share/wordnet):
//   data.noun (synsets, hypernyms), index.noun (sense order), cntlist.rev (sense tag counts). WordNet licence.
// - Other languages: the Open Multilingual Wordnet data (--omw, a checkout or bare git dir of omwn/omw-data, read
//   with `git show` when bare): each language's own wordnet where it has one, Wiktionary-derived and CLDR-derived
//   links for all. German has Wiktionary and CLDR only (OdeNet's data file is not in the mirror).
//
// Choices, the same for every language so that one concept's words meet:
// - a synset's English lemma is its lemma with the most sense-tagged occurrences (cntlist.rev), the first listed
//   on a tie;
// - a word linked to several synsets takes the one with the most tagged occurrences, then the one whose English
//   lemmas list it earliest among their senses (WordNet's sense order is by frequency), then the lowest offset;
// - only synsets under a counting root (see ROOTS) and no instances (proper names) are kept; only one-word
//   lemmas of letters (a counted noun after a number is one word).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const WORDNET = arg('--wordnet', '/usr/share/wordnet');
const OMW = arg('--omw', '/work/.mirror/omwn+omw-data/repo');
const OUT = arg('--out', join(root, 'src/core/lang/generated'));

/**
 * Counting roots, most specific first: a synset's class is the first root among its hypernyms. Named by sense key
 * (lemma%1:lexfile:lexid), resolved in data.noun, so the table reads as WordNet writes it.
 */
const ROOTS = [
  ['person%1:03:00::', 'person'],
  ['animal%1:03:00::', 'animal'],
  ['vehicle%1:06:00::', 'vehicle'],
  ['craft%1:06:00::', 'vehicle'],
  ['structure%1:06:00::', 'building'],
  ['organization%1:14:00::', 'organization'],
  ['location%1:03:00::', 'place'],
  ['document%1:10:00::', 'document'],
  ['money%1:21:00::', 'money'],
  ['measure%1:03:00::', 'measure'],
  ['event%1:03:00::', 'event'],
  ['act%1:03:00::', 'event'],
  ['group%1:03:00::', 'group'],
  ['physical_entity%1:03:00::', 'object'],
  // "dos versiones", "tres escenarios": an abstraction is counted too, in a class of its own
  ['entity%1:03:00::', 'other'],
];
/** Each language's files in the OMW data, its own wordnet first (a word's synsets are the union of all). */
const SOURCES = {
  fr: ['wns/wikt/wn-wikt-fra.tab', 'wns/cldr/wn-cldr-fra.tab'],
  it: ['wns/ita/wn-data-ita.tab', 'wns/iwn/wn-data-ita.tab', 'wns/wikt/wn-wikt-ita.tab', 'wns/cldr/wn-cldr-ita.tab'],
  de: ['wns/wikt/wn-wikt-deu.tab', 'wns/cldr/wn-cldr-deu.tab'],
  es: ['wns/wikt/wn-wikt-spa.tab', 'wns/cldr/wn-cldr-spa.tab'],
  pt: ['wns/por/wn-data-por.tab', 'wns/wikt/wn-wikt-por.tab', 'wns/cldr/wn-cldr-por.tab'],
  nl: ['wns/nld/wn-data-nld.tab', 'wns/wikt/wn-wikt-nld.tab', 'wns/cldr/wn-cldr-nld.tab'],
  sv: ['wns/swe/wn-data-swe.tab', 'wns/wikt/wn-wikt-swe.tab', 'wns/cldr/wn-cldr-swe.tab'],
  nb: ['wns/nor/wn-data-nob.tab', 'wns/wikt/wn-wikt-nob.tab', 'wns/cldr/wn-cldr-nob.tab'],
  da: ['wns/dan/wn-data-dan.tab', 'wns/wikt/wn-wikt-dan.tab', 'wns/cldr/wn-cldr-dan.tab'],
  pl: ['wns/pol/wn-data-pol.tab', 'wns/wikt/wn-wikt-pol.tab', 'wns/cldr/wn-cldr-pol.tab'],
};
/** Licence of each source, for the generated files' headers. */
const LICENCES = {
  fra: 'WOLF (CeCILL-C)',
  ita: 'MultiWordNet (CC BY 3.0)',
  iwn: 'ItalWordNet (ODC-BY 1.0)',
  por: 'OpenWN-PT (CC BY-SA 3.0)',
  nld: 'Open Dutch WordNet (CC BY-SA 4.0)',
  swe: 'WordNet-SALDO (CC BY 4.0)',
  nor: 'Norwegian WordNet (NWN licence, WordNet-style permissive)',
  dan: 'DanNet (DanNet licence, WordNet-style permissive)',
  pol: 'plWordNet (plWordNet licence, WordNet-style permissive)',
  wikt: 'Wiktionary translations via OMW (CC BY-SA 3.0)',
  cldr: 'Unicode CLDR via OMW (Unicode licence)',
};
/** Shortest word kept: two-letter words are abbreviations or function words. */
const MIN_WORD = 3;

function readOmw(path) {
  const dir = join(OMW, path);
  if (existsSync(dir)) return readFileSync(dir, 'utf8');
  return execFileSync('git', ['-C', OMW, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

// --- Princeton WordNet 3.0 ---------------------------------------------------------------------------------------
const synsets = new Map(); // offset -> { lexfile, words: [lemma, lexid][], hypernyms: string[], instance }
for (const line of readFileSync(join(WORDNET, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.split(' | ')[0].split(' ');
  const offset = f[0];
  const lexfile = f[1];
  const wcnt = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < wcnt; i++) words.push([f[4 + 2 * i], parseInt(f[5 + 2 * i], 16)]);
  let p = 4 + 2 * wcnt;
  const pcnt = Number(f[p++]);
  const hypernyms = [];
  let instance = false;
  for (let i = 0; i < pcnt; i++, p += 4) {
    if (f[p] === '@' || f[p] === '@i') hypernyms.push(f[p + 1]);
    if (f[p] === '@i') instance = true;
  }
  synsets.set(offset, { lexfile, words, hypernyms, instance });
}
const senseKey = (word, lexfile, lexid) =>
  `${word.toLowerCase().replace(/\(.*\)$/, '')}%1:${lexfile}:${String(lexid).padStart(2, '0')}::`;
const tagCount = new Map();
for (const line of readFileSync(join(WORDNET, 'cntlist.rev'), 'latin1').split('\n')) {
  const [key, , count] = line.split(' ');
  if (key && key.includes('%1:')) tagCount.set(key, Number(count));
}
/** Rank of a synset among the senses of each of its English lemmas (index.noun lists them by frequency). */
const senseRank = new Map();
for (const line of readFileSync(join(WORDNET, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(' ');
  const scnt = Number(f[2]);
  const offsets = f.slice(f.length - scnt);
  offsets.forEach((o, i) => senseRank.set(o, Math.min(senseRank.get(o) ?? Infinity, i)));
}
const keyToOffset = new Map();
for (const [offset, s] of synsets) for (const [w, id] of s.words) keyToOffset.set(senseKey(w, s.lexfile, id), offset);

const rootClass = new Map();
for (const [key, cls] of ROOTS) {
  const o = keyToOffset.get(key);
  if (!o) throw new Error(`root ${key} not in data.noun`);
  rootClass.set(o, cls);
}
const rootOrder = new Map(ROOTS.map(([key], i) => [keyToOffset.get(key), i]));
const classOf = new Map();
function classify(offset) {
  if (classOf.has(offset)) return classOf.get(offset);
  classOf.set(offset, null); // cycles: none in WordNet, but never loop
  const s = synsets.get(offset);
  let best = null;
  const mine = rootOrder.get(offset);
  if (mine !== undefined) best = mine;
  for (const h of s?.hypernyms ?? []) {
    const c = classify(h);
    if (c !== null && (best === null || c < best)) best = c;
  }
  classOf.set(offset, best);
  return best;
}
const info = new Map(); // offset -> { lemma, cls, freq, rank }
for (const [offset, s] of synsets) {
  if (s.instance) continue;
  const c = classify(offset);
  if (c === null) continue;
  let lemma = null;
  let top = -1;
  let freq = 0;
  for (const [w, id] of s.words) {
    const n = tagCount.get(senseKey(w, s.lexfile, id)) ?? 0;
    freq += n;
    if (n > top) {
      top = n;
      lemma = w;
    }
  }
  lemma = lemma.replace(/\(.*\)$/, '').replace(/_/g, ' ');
  // numbers ("8", "ten") are read by the number grammar, not as a unit
  if (/\d/.test(lemma)) continue;
  // a capitalized lemma names one thing or a people ("Pilgrim", "Parliamentarian", "May"): no unit a count shares
  if (lemma[0] !== lemma[0].toLowerCase()) continue;
  info.set(offset, { lemma, cls: ROOTS[c][1], freq, rank: senseRank.get(offset) ?? 99 });
}
/**
 * Cognates first: among a word's synsets, one with an English lemma of the same beginning ("soldat" / soldier,
 * "versión" / version) is the sense the word shares with English, whatever a more frequent synset says ("man").
 */
const fold = (w) =>
  w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1/g, '$1')
    .replace(/ph/g, 'f')
    .replace(/k/g, 'c')
    .replace(/y/g, 'i');
const COGNATE_PREFIX = 4;
const LONG_COGNATE = 6;
const cognate = (word, offset) => {
  const w = fold(word);
  if (w.length < COGNATE_PREFIX) return false;
  const head = w.slice(0, COGNATE_PREFIX);
  const { lemma } = info.get(offset);
  // a name ("Pontus", "May") is no cognate of a common noun ("pontos", "mais")
  // a short shared beginning with a sense nobody uses is a false friend more often than not (German "Lager" is no
  // lager beer); a long one is a loanword ("hélicoptère" / helicopter)
  if (lemma[0] !== lemma[0].toLowerCase()) return false;
  const e = fold(lemma);
  return (
    (info.get(offset).freq > 0 && e.startsWith(head)) ||
    (w.length >= LONG_COGNATE && e.startsWith(w.slice(0, LONG_COGNATE)))
  );
};
const better = (a, b) =>
  a.cognate !== b.cognate
    ? a.cognate
    : (a.cls === 'other') !== (b.cls === 'other')
      ? b.cls === 'other'
      : a.freq !== b.freq
        ? a.freq > b.freq
        : a.rank !== b.rank
          ? a.rank < b.rank
          : a.offset < b.offset;

// --- the other languages ----------------------------------------------------------------------------------------
const WORD = /^\p{Ll}[\p{Ll}'-]*\p{Ll}$/u;
const lemmaIndex = new Map();
const lemmaLines = [];
const perLanguage = {};
const stats = {};
for (const [code, files] of Object.entries(SOURCES)) {
  const choice = new Map(); // word -> { offset, ...info }
  const used = new Set();
  for (const file of files) {
    let text;
    try {
      text = readOmw(file);
    } catch {
      console.warn(`${code}: ${file} not found, skipped`);
      continue;
    }
    used.add(file.split('/')[1]);
    for (const line of text.split('\n')) {
      if (line.startsWith('#')) continue;
      const [id, type, raw] = line.split('\t');
      if (!id?.endsWith('-n') || !(type === 'lemma' || type?.endsWith(':lemma')) || !raw) continue;
      const word = raw.trim().toLowerCase();
      if (word.length < MIN_WORD || !WORD.test(word)) continue;
      const offset = id.slice(0, 8);
      const i = info.get(offset);
      if (!i) continue;
      const cand = { offset, ...i, cognate: cognate(word, offset) };
      // an abstraction counts only in its usual senses: a rare one is no unit ("other" would grow the data by half)
      if (cand.cls === 'other' && cand.freq === 0 && !cand.cognate) continue;
      const old = choice.get(word);
      if (!old || better(cand, old)) choice.set(word, cand);
    }
  }
  const byLemma = new Map();
  for (const [word, c] of [...choice].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const key = `${c.lemma}|${c.cls}`;
    if (!lemmaIndex.has(key)) {
      lemmaIndex.set(key, lemmaLines.length);
      lemmaLines.push(key);
    }
    const idx = lemmaIndex.get(key);
    if (!byLemma.has(idx)) byLemma.set(idx, []);
    byLemma.get(idx).push(word);
  }
  perLanguage[code] = { byLemma, used };
  stats[code] = choice.size;
}

// --- output -----------------------------------------------------------------------------------------------------
mkdirSync(OUT, { recursive: true });
const head = (what, licences) =>
  `// GENERATED by scripts/build-nouns.mjs (npm run build:nouns) — do not edit by hand.\n` +
  `// ${what}\n// Sources and licences: ${licences}. Notices: THIRD_PARTY_NOTICES.md.\n`;
writeFileSync(
  join(OUT, 'nouns-lemmas.ts'),
  head(
    'English lemmas and classes of the open noun vocabulary: one "lemma|class" a line; a line index is an id.',
    'Princeton WordNet 3.0 (WordNet licence)',
  ) + `export const NOUN_LEMMAS = ${JSON.stringify(lemmaLines.join('\n'))};\n`,
);
let total = 0;
for (const [code, { byLemma, used }] of Object.entries(perLanguage)) {
  // one "word<TAB>id" line per word, sorted by UTF-16 code units: the runtime finds a word by binary search in the
  // string itself, with nothing to parse or hold at startup
  const lines = [];
  for (const [idx, words] of byLemma) for (const w of words) lines.push(`${w}:${idx.toString(36)}`);
  lines.sort((a, b) => {
    const x = a.slice(0, a.indexOf(':'));
    const y = b.slice(0, b.indexOf(':'));
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const body =
    head(
      `Nouns of "${code}": one "word:id;" entry each (id base 36, a line of nouns-lemmas.ts), lower case, sorted by UTF-16 code units.`,
      [...used].map((u) => LICENCES[u] ?? u).join('; ') + '; linked to Princeton WordNet 3.0',
    ) + `export const NOUNS = ${JSON.stringify(lines.join(';') + ';')};\n`;
  writeFileSync(join(OUT, `nouns-${code}.ts`), body);
  total += Buffer.byteLength(body);
}
console.log(
  `lemmas ${lemmaLines.length}; words ${Object.entries(stats)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}; ${(total / 1e6).toFixed(2)} MB`,
);
