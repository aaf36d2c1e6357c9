// Inflections for the languages whose only Debian Hunspell dictionary is GPL or LGPL (it_IT GPL-3, de_DE
// igerman98 GPL-2+, nb_NO GPL-2, sv_SE LGPL-3): their forms cannot ship inside an MIT extension. Instead each
// language's own regular inflection, checked where a checker exists:
// - German: the plural and case endings, kept when the Snowball (Porter) stemmer of the `natural` package
//   (MIT) takes the form back to the word's stem ("Soldaten" > "soldat"), plus the feminine -in/-innen;
// - Italian: the plural rules (-o > -i, -a > -e, -co > -chi ...); a stemmer would also take the other gender;
// - Swedish and Norwegian: the definite and plural endings and their genitive -s, unchecked: natural's
//   stemmers for them leave the definite endings alone ("barnet", "deltakerne"), so they cannot check them.
// The result has the shape of scripts/vocab/hunspell.mjs's dictionary (forms, has), so scripts/build-vocab.mjs
// uses either without knowing which. Forms no one writes ("Soldate") come out too: a few bytes, never matched.
import natural from 'natural';

const STEMMERS = { de: natural.PorterStemmerDe };

/** Scandinavian definite and plural endings, with the -l/-r some stems take before them ("arbetare" > "arbetarna"). */
// prettier-ignore
const SCANDINAVIAN = ['e', 'en', 'et', 'er', 'ar', 'or', 'na', 'ne', 'erne', 'erna', 'arna', 'orna', 'ene', 'n', 'r', 't', 'a'];
const scandinavianNoun = [...SCANDINAVIAN, ...SCANDINAVIAN.map((e) => `${e}s`), 's'];

/**
 * Endings by language: a noun's plural and case endings, and for a place name (a proper noun, no plural) its
 * genitive only; a wider set would let one name become another country's ("Niger" + "ia").
 */
const ENDINGS = {
  it: { noun: [], place: [] },
  de: { noun: ['e', 'en', 'n', 'er', 'ern', 's', 'es', 'ns', 'nen'], place: ['s', 'es'] },
  sv: { noun: scandinavianNoun, place: ['s'] },
  nb: { noun: scandinavianNoun, place: ['s'] },
};

/** The languages this module inflects. */
export const STEMMED_LANGS = Object.keys(ENDINGS);

/** Feminine person nouns in German are regular ("Arbeiterin", "Arbeiterinnen"); the stemmer keeps them apart. */
const FEMININE = { de: ['in', 'innen'] };
/**
 * Italian nouns have one plural, by rule (a stemmer would also take the other gender: "posto" > "posta"):
 * -o/-e > -i, -a > -e or -i (problema > problemi), -co/-go > -chi/-ghi or -ci/-gi, -ca/-ga > -che/-ghe, -io > -i.
 */
const PLURALS = {
  it: [
    [/io$/, 'i'],
    [/([cg])o$/, '$1hi'],
    [/([cg])o$/, '$1i'],
    [/([cg])a$/, '$1he'],
    [/[oe]$/, 'i'],
    [/a$/, 'e'],
    [/a$/, 'i'],
  ],
};

/** Languages whose every noun form takes a genitive -s ("soldater" > "soldaters"). */
const GENITIVE_S = new Set(['sv', 'nb']);
/** Endings taken without a stemmer's check (see the top of this file). */
const UNCHECKED = new Set(['sv', 'nb']);

const VOWEL = /[aeiouyåäöæø]/i;

/** A one-consonant ending (-n, -r, -t) follows a vowel only ("skolen", never "barnn"). */
function joins(base, ending) {
  return ending.length !== 1 || VOWEL.test(ending) || VOWEL.test(base.slice(-1));
}

/**
 * Scandinavian nouns in -el, -er, -en lose that e before an ending, the double consonant before it often
 * simplified: "stemmeseddel" > "stemmesedler", "tunnel" > "tunnlar", "gissel" > "gisler".
 */
function syncopated(lang, word) {
  if (!UNCHECKED.has(lang)) return [];
  const m = /^(.*?)((.)\3?)e([lrn])$/.exec(word);
  return m ? [`${m[1]}${m[2]}${m[4]}`, `${m[1]}${m[3]}${m[4]}`] : [];
}

/**
 * A dictionary-shaped inflector for `lang`: forms(word, { place }) are the word, its rule plurals, and every
 * ending put on it (or on it without its last vowel) that the language's stemmer, where there is one, takes
 * back to the word. A place name takes its genitive only, unchecked (stemmers do not know names: "Kanadas").
 */
export function stemmedInflector(lang) {
  const stemmer = STEMMERS[lang];
  const endings = ENDINGS[lang];
  if (!endings) throw new Error(`no inflection for ${lang}`);
  const stem = (w) => (stemmer ? stemmer.stem(w.toLowerCase()) : w.toLowerCase());
  function forms(word, { place = false } = {}) {
    if (word.includes(' ')) return [word];
    const out = new Set([word]);
    const base = word.replace(/[aeiouåäö]$/i, '');
    if (place) {
      if (!/[sxzß]$/i.test(word)) for (const ending of endings.place) out.add(word + ending);
      return [...out];
    }
    // A form belongs to the word when the stemmer takes it to the word's stem, to the word itself or to the
    // word without its last vowel (the stemmer's stem may be shorter than the word's: "Arbeiter" > "arbeit").
    const own = new Set([stem(word), word.toLowerCase(), base.toLowerCase()]);
    const candidates = [...new Set([word, base, ...syncopated(lang, word)])].flatMap((b) =>
      endings.noun.filter((e) => !UNCHECKED.has(lang) || joins(b, e)).map((e) => b + e),
    );
    for (const [re, plural] of PLURALS[lang] ?? []) if (re.test(word)) out.add(word.replace(re, plural));
    for (const form of candidates) if (form !== word && (!stemmer || own.has(stem(form)))) out.add(form);
    if (/[^aeiouäöüy]$/i.test(word)) for (const ending of FEMININE[lang] ?? []) out.add(word + ending);
    if (GENITIVE_S.has(lang)) for (const form of [...out]) if (!/s$/i.test(form)) out.add(`${form}s`);
    return [...out];
  }
  // No headword list: build-vocab's listed-plural lookup finds nothing, the endings above cover it.
  return { forms, has: () => false };
}
