/**
 * The open noun vocabulary: any noun a language's wordnets link to Princeton WordNet, to the English lemma of its
 * synset and a coarse class (scripts/build-nouns.mjs). Asked only for a counted noun the curated table
 * (./index.ts) does not know: the table wins. A language's data is searched where it lies (sorted entries, binary
 * search); a lookup tries the word, then its inflection rewrites, then the tails of a compound.
 */
import { NOUN_LEMMAS } from '../lang/generated/nouns-lemmas';
import { NOUNS as DA } from '../lang/generated/nouns-da';
import { NOUNS as DE } from '../lang/generated/nouns-de';
import { NOUNS as ES } from '../lang/generated/nouns-es';
import { NOUNS as FR } from '../lang/generated/nouns-fr';
import { NOUNS as IT } from '../lang/generated/nouns-it';
import { NOUNS as NB } from '../lang/generated/nouns-nb';
import { NOUNS as NL } from '../lang/generated/nouns-nl';
import { NOUNS as PL } from '../lang/generated/nouns-pl';
import { NOUNS as PT } from '../lang/generated/nouns-pt';
import { NOUNS as SV } from '../lang/generated/nouns-sv';
import { WORDS as DE_WORDS } from '../lang/generated/words-de';
import type { Inflection } from '../lang/figure-vocabulary';
import { LANGUAGES } from '../lang/index';

/** What an open-vocabulary noun counts. */
export interface OpenNoun {
  /** English lemma of the noun's most frequent counting sense ("thruster", "capsule"). */
  lemma: string;
  /** Coarse class from WordNet's hypernyms: person, animal, vehicle, building, organization, place, document, money, measure, event, group, object. */
  class: string;
  /** The headword the data lists, which the word was read as ("propulseur" for "propulseurs"). */
  headword: string;
}

/** Each language's noun endings, from its module (src/core/lang/<code>.ts, `figures.inflection`). */
const INFLECTIONS = new Map<string, Inflection>(
  LANGUAGES.flatMap((l) => (l.figures.inflection ? [[l.code, l.figures.inflection] as const] : [])),
);

const DATA: Record<string, string> = { da: DA, de: DE, es: ES, fr: FR, it: IT, nb: NB, nl: NL, pl: PL, pt: PT, sv: SV };
/**
 * Common nouns beyond the counted ones, by language: ";"-terminated sorted words (scripts/build-german-words.mjs:
 * German from german-pos-dict). Read only by isListedNoun, to tell a capitalized noun from a name.
 */
const WORDS: Record<string, string> = { de: DE_WORDS };
/** Shortest last part of a compound looked up on its own ("Rettungs|hubschrauber"). */
const MIN_TAIL = 4;
/** Shortest first part of a compound read as a noun by isListedNoun ("Erd|beben"). */
const MIN_MODIFIER = 3;
/** Classes whose noun heads a compound as its unit ("Rettungs|hubschrauber": helicopter). */
const COMPOUND_HEADS = new Set(['person', 'animal', 'vehicle', 'building', 'object', 'event', 'document', 'other']);
/** Longest word looked at: beyond this it is no noun of a news sentence (and the work stays bounded). */
const MAX_WORD = 40;

let lemmas: { lemma: string; class: string }[] | null = null;

function lemmaList(): { lemma: string; class: string }[] {
  lemmas ??= NOUN_LEMMAS.split('\n').map((line) => {
    const bar = line.lastIndexOf('|');
    return { lemma: line.slice(0, bar), class: line.slice(bar + 1) };
  });
  return lemmas;
}

let classes: Map<string, string> | null = null;

/**
 * The class of an English lemma the open vocabulary gives ("sailor" -> person), or undefined: the class its
 * first entry names (a lemma of two classes is rare: the data keeps the counting sense of each word).
 */
export function lemmaClass(lemma: string): string | undefined {
  if (!classes) {
    classes = new Map();
    for (const l of lemmaList()) if (!classes.has(l.lemma)) classes.set(l.lemma, l.class);
  }
  return classes.get(lemma);
}

/**
 * The lemma id of `word` in a language's data: "word:id;" entries sorted by word, searched in place (nothing is
 * parsed or held per language: startup and memory stay as they were without the open vocabulary).
 */
function lookup(data: string, word: string): number | undefined {
  // lo and hi are entry starts; the entry sought, if any, starts in [lo, hi)
  let lo = 0;
  let hi = data.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = data.lastIndexOf(';', mid - 1) + 1;
    const end = data.indexOf(';', start);
    const colon = data.lastIndexOf(':', end);
    const w = data.slice(start, colon);
    if (w === word) return parseInt(data.slice(colon + 1, end), 36);
    if (w < word) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/** The other vowel of the last syllable ("kräft" -> "kraft"), or null. */
function swapVowel(w: string, from: string, to: string): string | null {
  const at = w.lastIndexOf(from);
  return at < 0 || at < w.length - 4 ? null : w.slice(0, at) + to + w.slice(at + from.length);
}

const VOWELS = 'aeiou';

/** Dutch open/closed syllables: "ban" -> "baan", "bedd" -> "bed". */
function syllableVariants(stem: string): string[] {
  const n = stem.length;
  if (n < 3) return [];
  const last = stem[n - 1]!;
  const prev = stem[n - 2]!;
  if (last === prev && !VOWELS.includes(last)) return [stem.slice(0, -1)];
  if (!VOWELS.includes(last) && VOWELS.includes(prev) && !VOWELS.includes(stem[n - 3]!))
    return [stem.slice(0, -1) + prev + last];
  return [];
}

/** The headword candidates of a form, most likely first: itself, then each ending rewritten. */
function candidates(w: string, inf: Inflection): string[] {
  const out = [w];
  // the same word in another spelling is still the word itself, before any ending is taken off
  for (const [from, to] of inf.spellings ?? []) if (w.includes(from)) out.push(w.split(from).join(to));
  // stems whose ending a vowel-changing plural takes ("Fäll|e", "Anträg|en")
  const vowelStems: string[] = [];
  for (const [end, rep] of inf.endings) {
    if (!w.endsWith(end) || w.length - end.length < 2) continue;
    const stem = w.slice(0, w.length - end.length);
    // "banen" is "baan" before it is "ban" (whose plural doubles its consonant: "bannen")
    if (inf.syllables && rep === '') out.push(...syllableVariants(stem));
    out.push(stem + rep);
    if (inf.vowelEndings?.includes(end) && rep === '') vowelStems.push(stem);
  }
  if (inf.vowels) {
    // the vowel changed with its plural ending gone first ("Fälle" -> "Fall"), then every form as found
    const seen = new Set(out);
    for (const c of [...vowelStems, ...out])
      for (const [from, to] of inf.vowels) {
        const v = swapVowel(c, from, to);
        if (v && !seen.has(v)) {
          seen.add(v);
          out.push(v);
        }
      }
  }
  return out;
}

function find(w: string, data: string, inf: Inflection): [string, number] | undefined {
  for (const c of candidates(w, inf)) {
    const id = lookup(data, c);
    if (id !== undefined) return [c, id];
  }
  return undefined;
}

/**
 * The English lemma and class of a noun of `lang` in any regular plural or case form, or undefined when no
 * wordnet of the language lists it. Compounds of the languages that write them as one word are read by their
 * longest listed last part. Never throws; the same word always gives the same answer.
 */
export function openNoun(word: string, lang: string): OpenNoun | undefined {
  const data = DATA[lang];
  const inf = INFLECTIONS.get(lang);
  if (typeof data !== 'string' || !inf || typeof word !== 'string') return undefined;
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  if (w.length < 3 || w.length > MAX_WORD) return undefined;
  let hit = find(w, data, inf);
  if (!hit && inf.compounds)
    for (let i = 1; !hit && w.length - i >= MIN_TAIL; i++) {
      // the linking "s" of German and Scandinavian compounds ("Rettungs|kräfte") is no part of the head
      const tail = w.slice(i);
      // a derivational suffix ends the word, it heads nothing ("Ort|schaften" is no shaft, "land|skap" no cupboard)
      if (inf.suffixes?.some((s) => tail.startsWith(s))) break;
      hit = find(tail, data, inf);
      // only a head that names a thing one counts reads a compound: a measure or a number word at the end of a word
      // ("verdreif|acht") is none, and an abstract or collective head ("Pflege|kräfte", "Einsatz|kräfte": force)
      // would make different compounds one unit. The head is the longest listed last part: when it counts nothing,
      // a shorter part inside it is no head either ("Erst|anträge" is an application, never "an|träge": stretcher)
      if (hit && !COMPOUND_HEADS.has(lemmaList()[hit[1]]!.class)) return undefined;
    }
  if (!hit) return undefined;
  const l = lemmaList()[hit[1]]!;
  return { lemma: l.lemma, class: l.class, headword: hit[0] };
}

/**
 * The headwords a form of `lang` may stand for, most likely first, without the form itself ("latach": "lat",
 * "lata"): the same endings the open vocabulary reads, for a caller whose own list names headwords.
 */
export function headwordForms(word: string, lang: string): string[] {
  const inf = INFLECTIONS.get(lang);
  if (!inf || typeof word !== 'string' || word.length > MAX_WORD) return [];
  return candidates(word.toLowerCase().replace(/\u2019/g, "'"), inf).slice(1);
}

/**
 * Whether a language's wordnets or its common nouns (WORDS: German from german-pos-dict) list `word` as a noun, in any
 * regular plural or case form, as the feminine of a listed noun ("Konkurrent|in"), or (for the languages that write
 * compounds as one word) as a compound of listed nouns, the last of at least four letters, of any class
 * ("Mindestlohn|kommission", "Erd|beben", "Öl|allianz"). What tells a German noun, capitalized like every noun, from
 * a name (claims/context.ts `listed-noun`). `compounds` false: only the word itself in its forms, no compound.
 */
export function isListedNoun(word: string, lang: string, compounds = true): boolean {
  const data = DATA[lang];
  const inf = INFLECTIONS.get(lang);
  if (typeof data !== 'string' || !inf) return false;
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  if (w.length < 2 || w.length > MAX_WORD) return false;
  const known = knownNoun(data, WORDS[lang], inf);
  if (known(w)) return true;
  // both parts listed: a name ending in a noun ("Lol|land", "Hildes|heim", "Sc|holz") is no compound; a first part of
  // two letters only as listed ("Öl|allianz")
  if (inf.compounds && compounds)
    for (let i = 2; w.length - i >= MIN_TAIL; i++)
      if (known(w.slice(i)) && (i < MIN_MODIFIER ? known(w.slice(0, i)) : isModifier(w.slice(0, i), known)))
        return true;
  return false;
}

/** Whether a form's headword is a noun of the counted nouns' data or of the language's common nouns. */
function knownNoun(data: string, words: string | undefined, inf: Inflection): (w: string) => boolean {
  const listed = (c: string): boolean => lookup(data, c) !== undefined || (words !== undefined && hasWord(words, c));
  const fem = inf.feminine;
  return (w) =>
    candidates(w, inf).some(
      (c) =>
        listed(c) ||
        (fem !== undefined &&
          c.endsWith(fem) &&
          c.length - fem.length >= MIN_FEMININE_STEM &&
          listed(c.slice(0, -fem.length))),
    );
}

/** Letters before a feminine ending for it to make a noun ("Minister|in"; not "Put|in", "Kar|in"). */
const MIN_FEMININE_STEM = 4;

/** Whether `word` is an entry of ";"-terminated sorted words (binary search in place, like lookup). */
function hasWord(words: string, word: string): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = words.lastIndexOf(';', mid - 1) + 1;
    const end = words.indexOf(';', start);
    const w = words.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

/**
 * The first part of a compound as a listed noun, with or without its linking letters ("Rettung|s", "Erd(e)"), or
 * written as the stem of a plural ("Finanz(en)|markt").
 */
function isModifier(head: string, known: (w: string) => boolean): boolean {
  for (const h of [head, head.replace(/(?:e?s|e?n)$/, ''), `${head}e`, `${head}en`]) {
    if (h.length < MIN_MODIFIER) continue;
    if (known(h)) return true;
    // a compound itself ("Mindest|lohn|kommission")
    for (let i = MIN_MODIFIER; h.length - i >= MIN_MODIFIER; i++)
      if (known(h.slice(i)) && known(h.slice(0, i))) return true;
  }
  return false;
}

/** The languages the open vocabulary covers (English nouns are their own lemmas). */
export const OPEN_LANGUAGES: readonly string[] = Object.keys(DATA);
