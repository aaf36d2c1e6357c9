#!/usr/bin/env node
// Builds src/core/lang/generated/vocab-data.ts: counted nouns and place names of the eleven languages,
// compact and committed, so that the engine, the tests and CI need no dictionary package at run time.
//
//   npm run build:vocab            (needs Debian's Hunspell dictionaries, see below; about 40 s)
//
// Resources (licences in THIRD_PARTY_NOTICES.md):
// - counted nouns: the curated concept table scripts/vocab/concepts.mjs (English lemma + class + base
//   words per language), inflected through the Hunspell dictionaries of Debian's hunspell-<lang> packages
//   whose licence lets their forms ship in an MIT extension (apt-get install hunspell-fr hunspell-en-us
//   hunspell-es hunspell-pt-pt hunspell-nl hunspell-da hunspell-pl): every plural, case and definite form.
//   Italian, German, Norwegian and Swedish have only GPL or LGPL dictionaries in Debian: their forms are the
//   language's regular endings that natural's Snowball stemmer (MIT) takes back to the word
//   (scripts/vocab/stemmed.mjs);
// - places: CLDR region names through Intl.DisplayNames (Node's ICU), in the same inflections
//   (Deutschlands, Polsce, Niemczech, Sveriges).
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHunspell } from './vocab/hunspell.mjs';
import { CONCEPTS } from './vocab/concepts.mjs';
import { STEMMED_LANGS, stemmedInflector } from './vocab/stemmed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/core/lang/generated/vocab-data.ts');
const HUNSPELL_DIR = process.env.HUNSPELL_DIR ?? '/usr/share/hunspell';
const LANGS = ['fr', 'it', 'de', 'en', 'es', 'pt', 'nl', 'sv', 'nb', 'da', 'pl'];
/** The Hunspell dictionaries used, each under a licence an MIT extension can ship (THIRD_PARTY_NOTICES.md). */
const DICTS = {
  fr: 'fr_FR', // MPL-2.0
  en: 'en_US', // SCOWL (permissive)
  es: 'es_ES', // GPL-3+ or LGPL-3+ or MPL-1.1+: MPL chosen
  pt: 'pt_PT', // GPL-2 or LGPL-2.1 or MPL-1.1: MPL chosen
  nl: 'nl_NL', // BSD or CC-BY-3.0: BSD chosen
  da: 'da_DK', // LGPL-2.1 or GPL-2 or MPL-1.1: MPL chosen
  pl: 'pl_PL', // GPL or LGPL or MPL or Apache-2.0 or CC-SA-1.0: Apache-2.0 chosen
};
/**
 * Endings (after the part shared with the base word) that inflect a noun; the dictionaries' other
 * affixes derive other words ("Sitz" -> "Sitzung", "zetel" -> "zetelde") and are left out.
 * Languages not listed take every suffix form their dictionary gives (all inflections there).
 */
const SCANDINAVIAN =
  /^[lr]?(e|en|ens|et|ets|er|ers|ene|enes|erne|ernes|erna|ernas|ar|ars|arna|arnas|or|ors|orna|ornas|na|nas|a|as|s|es|n|ns|r|rs|ne|nes|t|ts)?$/;
const INFLECTION_TAILS = {
  de: /^(e|s|es|n|en|er|ern|nen|in|innen|ns)?$/,
  nl: /^(s|'s|en|n|e|[a-z]en|eren|ën)?$/,
  en: /^(s|es|ies|ves)?$/,
  it: /^(a|e|i|o|he|hi|ie|ia)?$/,
  es: /^(s|es|a|as|o|os)?$/,
  pt: /^(s|es|is|ns|a|as|o|os|oes|aes|aos)?$/,
  sv: SCANDINAVIAN,
  nb: SCANDINAVIAN,
  da: SCANDINAVIAN,
};
/** Region codes that are no place ("ZZ" unknown, "QO" outlying Oceania, pseudo-locales) or an alias. */
const NOT_PLACES = new Set([
  'DD',
  'YU',
  'CS',
  'SU',
  'BU',
  'TP',
  'ZR',
  'FX',
  'NT',
  'YD',
  'VD',
  'DY',
  'HV',
  'NH',
  'RH',
  'AN',
  'QU',
  'ZZ',
  'QO',
  'XA',
  'XB',
  'EZ',
  'UN',
  'AQ',
  'BV',
  'HM',
  'UM',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
  'AC',
  'CQ',
]);
/** Shortest place name kept: two-letter names are codes, not words ("US" is kept through style short). */
const MIN_PLACE = 3;

/**
 * HAND-WRITTEN: the regular plural of a noun the dictionary does not list as a headword (Spanish
 * "protesta" is there only as a form of "protestar", English "protester" not at all).
 */
const REGULAR_PLURALS = {
  fr: [
    [/(al)$/, 'aux'],
    [/([^sxz])$/, '$1s'],
  ],
  it: [
    [/a$/, 'e'],
    [/[oe]$/, 'i'],
  ],
  de: [
    [/e$/, 'en'],
    [/(er|el)$/, '$1n'],
    [/([^en])$/, '$1en'],
  ],
  en: [
    [/([^aeiou])y$/, '$1ies'],
    [/(s|x|ch|sh)$/, '$1es'],
    [/([^s])$/, '$1s'],
  ],
  es: [
    [/ión$/, 'iones'],
    [/([aeiouáéó])$/, '$1s'],
    [/([^aeiou])$/, '$1es'],
  ],
  pt: [
    [/ão$/, 'ões'],
    [/([aeiou])$/, '$1s'],
    [/m$/, 'ns'],
    [/r$/, 'res'],
  ],
  nl: [
    [/(e|el|er|em|en)$/, '$1s'],
    [/([^e])$/, '$1en'],
  ],
  sv: [
    [/e$/, 'ar'],
    [/([^e])$/, '$1er'],
  ],
  nb: [
    [/e$/, 'er'],
    [/([^e])$/, '$1er'],
  ],
  da: [
    [/e$/, 'er'],
    [/([^e])$/, '$1er'],
  ],
  pl: [],
};

/** Plural shapes to look up as headwords of their own (de "Schulen", en "deaths", sv "röster" are listed apart). */
const LISTED_PLURALS = {
  fr: ['s', 'x'],
  it: [],
  de: ['n', 'en', 'e', 'er', 's', 'nen'],
  en: ['s', 'es'],
  es: ['s', 'es'],
  pt: ['s', 'es'],
  nl: ['s', 'en', "'s"],
  sv: ['er', 'ar', 'or', 'r', 'n'],
  nb: ['er', 'r'],
  da: ['er', 'r', 'e'],
  pl: [],
};

function listedPlurals(h, lang, w) {
  const out = [];
  for (const end of LISTED_PLURALS[lang] ?? []) {
    for (const base of [w, w.replace(/[ea]$/, '')]) {
      const p = base + end;
      if (p !== w && h.has(p)) out.push(...inflect(h, lang, p), p);
    }
  }
  return out;
}

function regularPlurals(lang, w) {
  for (const [re, rep] of REGULAR_PLURALS[lang] ?? []) if (re.test(w)) return [w.replace(re, rep)];
  return [];
}

function lcp(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Without accents: a plural may move or drop the stress mark ("manifestación" > "manifestaciones", "ação" > "ações"). */
const plain = (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function inflect(h, lang, word, place = false) {
  const tails = INFLECTION_TAILS[lang];
  const base = plain(word);
  return h
    .forms(word, { place })
    .filter((f) => !f.endsWith('-') && (!tails || tails.test(plain(f).slice(lcp(base, plain(f))))));
}

/** A word's forms, and whether the dictionary gave them ('h') or the table wrote them ('c'). */
function formsOf(h, lang, spec, plurals = true) {
  const parts = spec.split('|').map((w) => w.replace(/_/g, ' '));
  if (parts.length > 1) {
    // the table lists forms itself: the dictionary may still know more of them
    const more = h ? parts.flatMap((p) => (p.includes(' ') ? [] : inflect(h, lang, p))) : [];
    return { forms: [...new Set([...parts, ...more])], source: 'c' };
  }
  const w = parts[0];
  if (!h || w.includes(' ')) return { forms: [w], source: 'c' };
  let forms = inflect(h, lang, w, !plurals);
  let base = w;
  if (forms.length === 0) {
    // the dictionary may list the word capitalized or in lower case only
    base = w[0] === w[0].toUpperCase() ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1);
    forms = inflect(h, lang, base, !plurals);
  }
  if (forms.length && plurals) forms = [...new Set([...forms, ...listedPlurals(h, lang, base)])];
  // a headword the dictionary gives without its plural flag ("firefighter/M" in en_US): its regular plural
  if (forms.length && plurals && forms.every((f) => f.toLowerCase() === base.toLowerCase()))
    forms = [...forms, ...regularPlurals(lang, base)];
  return forms.length
    ? { forms, source: 'h' }
    : { forms: plurals ? [w, ...regularPlurals(lang, w)] : [w], source: 'c' };
}

const dicts = {};
for (const lang of LANGS) {
  if (STEMMED_LANGS.includes(lang)) {
    dicts[lang] = stemmedInflector(lang);
    continue;
  }
  const base = join(HUNSPELL_DIR, DICTS[lang]);
  if (!existsSync(base + '.dic')) {
    console.error(`missing ${base}.dic: apt-get install the hunspell-<lang> packages listed at the top of this script`);
    process.exit(2);
  }
  const t0 = Date.now();
  dicts[lang] = loadHunspell(base);
  console.error(`${lang}: ${DICTS[lang]} loaded in ${Date.now() - t0} ms`);
}

// ---- counted nouns ----
const conceptLines = [];
const nounData = {};
const stats = {};
for (const lang of LANGS) {
  nounData[lang] = [];
  stats[lang] = { words: 0, inDictionary: 0, forms: 0 };
}
CONCEPTS.forEach(([lemma, cls, unit, words], id) => {
  conceptLines.push([lemma, cls, unit ?? ''].join('|'));
  for (const lang of LANGS) {
    const specs = (words[lang] ?? '').split(/\s+/).filter(Boolean);
    // English: the lemma is a word of the language; another English noun is its own lemma ("pupils" stays
    // pupil, not student) unless the concept counts it under another unit ("protesters" count persons)
    if (lang === 'en') {
      const own = lemma.replace(/ /g, '_');
      for (let k = specs.length - 1; k >= 0; k--) if (!unit && specs[k].split('|')[0] !== own) specs.splice(k, 1);
      if (!specs.some((s) => s.split('|')[0] === own)) specs.unshift(own);
    }
    for (const spec of specs) {
      const { forms, source } = formsOf(dicts[lang], lang, spec);
      stats[lang].words++;
      if (source === 'h') stats[lang].inDictionary++;
      // the headword (singular) first: a count borrows no singular noun from its neighbourhood
      const head = spec.split('|')[0].replace(/_/g, ' ').toLowerCase();
      const lower = [...new Set([head, ...forms.map((f) => f.toLowerCase())])];
      stats[lang].forms += lower.length;
      nounData[lang].push(`${id}${source}${lower.join(',')}`);
    }
  }
});

// ---- places ----
const codes = [];
const en = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
for (let a = 65; a <= 90; a++)
  for (let b = 65; b <= 90; b++) {
    const c = String.fromCharCode(a, b);
    if (!NOT_PLACES.has(c) && en.of(c)) codes.push(c);
  }
const placeData = {};
const placeStats = {};
for (const lang of LANGS) {
  const names = new Map(); // lower-case form -> code
  const add = (form, code) => {
    const f = form.toLowerCase();
    if (f.length < MIN_PLACE || names.has(f)) return;
    names.set(f, code);
  };
  for (const style of ['long', 'short']) {
    const dn = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none', style });
    for (const code of codes) {
      const name = dn.of(code);
      if (!name || /[()]/.test(name)) continue;
      const { forms } = formsOf(dicts[lang], lang, name.replace(/ /g, '_'), false);
      for (const f of forms) add(f, code);
      // "Vereinigte Staaten" / "Stati Uniti": the language's genitive of a multi-word name is on its last word
    }
  }
  placeData[lang] = [...names].map(([f, c]) => `${c}${f}`).join(';');
  placeStats[lang] = names.size;
}

const header = `// GENERATED by scripts/build-vocab.mjs (npm run build:vocab) — do not edit by hand.
// Counted nouns: scripts/vocab/concepts.mjs (hand-written table) inflected with the Hunspell dictionaries of
// Debian's hunspell-<lang> packages (${Object.keys(DICTS).join(' ')}) or checked by natural's stemmers (${STEMMED_LANGS.join(' ')}); places: CLDR region names (Intl.DisplayNames, ${process.versions.icu ? 'ICU ' + process.versions.icu : 'ICU'}, CLDR ${process.versions.cldr ?? '?'}).
// Licences and notices: THIRD_PARTY_NOTICES.md. The forms from MPL dictionaries (fr: MPL-2.0; es, pt, da:
// MPL-1.1) stay under that licence in this file (texts in licenses/); the rest of the project is MIT.
`;
const body = `${header}
/** One concept a line: "lemma|class|unit" (unit empty: the lemma). A concept's id is its line index. */
export const CONCEPT_LINES = ${JSON.stringify(conceptLines.join('\n'))};

/**
 * Per language, groups "<id><source><headword>,<form>,<form>..." joined by ";": source "h" = inflected by
 * the Hunspell dictionary or the stemmer-checked endings, "c" = as the table writes it. Forms are lower case; the first is the headword.
 */
export const NOUN_FORMS: Record<string, string> = ${JSON.stringify(Object.fromEntries(LANGS.map((l) => [l, nounData[l].join(';')])), null, 1)};

/** Per language, "<ISO 3166 code><lower-case name or inflected form>" joined by ";". */
export const PLACE_FORMS: Record<string, string> = ${JSON.stringify(placeData, null, 1)};
`;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, body);
console.error(`wrote ${OUT}: ${(Buffer.byteLength(body) / 1024).toFixed(1)} KB, ${CONCEPTS.length} concepts`);
for (const lang of LANGS) {
  const s = stats[lang];
  console.error(
    `  ${lang}: ${s.words} words, ${s.inDictionary} inflected by ${STEMMED_LANGS.includes(lang) ? 'stemmer' : 'Hunspell'} (${Math.round((100 * s.inDictionary) / s.words)} %), ${s.forms} noun forms; ${placeStats[lang]} place forms`,
  );
}
