/**
 * Open vocabulary: what a counted noun means in English and where a place name points, in every
 * language, from the generated data of scripts/build-vocab.mjs (a curated concept table inflected by
 * Hunspell dictionaries; CLDR region names through Intl). Pure lookups: the data is parsed once per
 * language on first use and every answer is a map read.
 */
import { CONCEPT_LINES, NOUN_FORMS, PLACE_FORMS } from '../lang/generated/vocab-data';
import { memoizeString } from '../memo';

/** What a counted noun counts: an English lemma and a class ("protester", "person"). */
export interface NounConcept {
  /** English singular lemma of the concept ("protester", "seat", "death"). */
  lemma: string;
  /** Coarse class: person, casualty, vote, job, organization, vehicle, building, place, event, object, document, group, animal. */
  class: string;
  /**
   * The unit a figure counting this noun carries: the lemma, or the class where the noun only says
   * who is in a crowd ("manifestants", "partecipanti", "Teilnehmer" count persons).
   */
  unit: string;
  /** Where the form comes from: "hunspell" (inflected by the language's dictionary) or "table" (as the table writes it). */
  source: 'hunspell' | 'table';
  /** The form is the dictionary headword (singular): true, or absent for an inflected form. */
  headword?: true;
}

interface Concept {
  lemma: string;
  class: string;
  unit: string;
}

let concepts: Concept[] | null = null;
const nouns = new Map<string, Map<string, NounConcept>>();
const places = new Map<string, Map<string, string>>();

function conceptList(): Concept[] {
  if (!concepts) {
    concepts = CONCEPT_LINES.split('\n').map((line) => {
      const [lemma, cls, unit] = line.split('|') as [string, string, string];
      return { lemma, class: cls, unit: unit || lemma };
    });
  }
  return concepts;
}

function nounTable(lang: string): Map<string, NounConcept> {
  let table = nouns.get(lang);
  if (table) return table;
  table = new Map();
  const list = conceptList();
  for (const group of (NOUN_FORMS[lang] ?? '').split(';')) {
    const m = /^(\d+)([hc])/.exec(group);
    if (!m) continue;
    const c = list[Number(m[1])]!;
    const value: NounConcept = {
      lemma: c.lemma,
      class: c.class,
      unit: c.unit,
      source: m[2] === 'h' ? 'hunspell' : 'table',
    };
    // the first concept to claim a form keeps it: the table lists the usual sense of a word first
    const forms = group.slice(m[0].length).split(',');
    forms.forEach((form, i) => {
      if (form && !table!.has(form)) table!.set(form, i === 0 ? { ...value, headword: true } : value);
    });
  }
  nouns.set(lang, table);
  return table;
}

function placeTable(lang: string): Map<string, string> {
  let table = places.get(lang);
  if (table) return table;
  table = new Map();
  for (const entry of (PLACE_FORMS[lang] ?? '').split(';'))
    if (entry.length > 2) table.set(entry.slice(2), entry.slice(0, 2));
  places.set(lang, table);
  return table;
}

/** A word as the noun tables write it; remembered (memo.ts): clue words ask it of every word of every article. */
const normalize = memoizeString((s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim(),
);

/** The concept a counted noun (any inflected form, any case) stands for in `lang`, or undefined. */
export function nounConcept(word: string, lang: string): NounConcept | undefined {
  return nounTable(lang).get(normalize(word));
}

/** Every form of every counted noun the data knows in `lang`, lower case, with its concept. */
export function nounForms(lang: string): ReadonlyMap<string, NounConcept> {
  return nounTable(lang);
}

let byLemma: Map<string, NounConcept> | null = null;

/**
 * The concept an English lemma names ("participant" -> a person in a crowd), whichever table gave the lemma: a
 * language module's own counted nouns give lemmas, the concept table says what they count.
 */
export function conceptOfLemma(lemma: string): NounConcept | undefined {
  if (!byLemma) {
    byLemma = new Map();
    for (const c of conceptList())
      if (!byLemma.has(c.lemma)) byLemma.set(c.lemma, { ...c, source: 'table', headword: true });
  }
  return byLemma.get(lemma.toLowerCase());
}

/** Every English unit a counted noun of the data can give a figure (lemmas and crowd classes). */
export function conceptUnits(): ReadonlySet<string> {
  return new Set(conceptList().map((c) => c.unit));
}

/**
 * The ISO 3166 code a country or region name points to, in any inflection the dictionaries give
 * ("Deutschlands", "w Polsce", "Sveriges"); `tokens` is the name as written, one or more words.
 */
export function placeOf(tokens: string | readonly string[], lang: string): string | undefined {
  const text = normalize(typeof tokens === 'string' ? tokens : tokens.join(' '));
  return placeTable(lang).get(text) ?? placeTable(lang).get(text.replace(/-/g, ' '));
}

/** Every place form of `lang` (lower case) with its ISO code, for callers that build their own tries. */
export function placeForms(lang: string): ReadonlyMap<string, string> {
  return placeTable(lang);
}

/**
 * Endings stripped, longest first, so that one word's plural and case forms across the Latin-script
 * languages meet: "manifestants" / "manifestantes" / "Manifestanten" / "manifestanti" -> "manifestant".
 */
const COGNATE_ENDINGS = [
  'erna',
  'erne',
  'ene',
  'en',
  'es',
  'os',
  'as',
  'er',
  'ar',
  'or',
  'na',
  'ow',
  's',
  'e',
  'i',
  'a',
  'o',
  'y',
  'n',
];
/** Spellings that differ between the languages for one sound: c/k/qu, ph/f, th/t, y/i, doubled letters. */
const COGNATE_SPELLINGS: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/qu/g, 'k'],
  [/c(?=[aou]|$)/g, 'k'],
  [/ck/g, 'k'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/(.)\1/g, '$1'],
];
const MIN_COGNATE_STEM = 4;

/**
 * A key shared by a word and its cognates in the other languages, for nouns no resource knows: folds
 * case and accents, strips one inflectional ending, and evens out spellings. `lang` is accepted for
 * callers that key per language; the folding itself is the same for every Latin-script language.
 */
export function cognateKey(word: string, _lang?: string): string {
  return rememberedCognateKey(word);
}

/** cognateKey's work, remembered (memo.ts): clue words, share bases, names and units ask it of the same words. */
const rememberedCognateKey = memoizeString((word: string): string => {
  let w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
  w = w.replace(/[^a-z]/g, '');
  for (const e of COGNATE_ENDINGS) {
    if (w.length - e.length >= MIN_COGNATE_STEM && w.endsWith(e)) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  for (const [re, to] of COGNATE_SPELLINGS) w = w.replace(re, to);
  return w;
});
