/**
 * HAND-WRITTEN inflection data: how a plural or case form of a noun goes back to the headword the wordnets list,
 * per language, as [ending, replacement] pairs. No permissively licensed lemmatizer covers all eleven languages
 * (Italian, German, Swedish and Norwegian have only GPL/LGPL Hunspell data), so the regular endings of each
 * grammar are written here once; every rewrite is only a candidate, kept when the wordnet data lists the result.
 */

/** [ending, replacement]: "propulseurs" with ["s", ""] gives the candidate "propulseur". */
export type Rewrite = readonly [string, string];

export interface Inflection {
  /** Endings of plural and case forms, tried in order, each with the headword's ending. */
  endings: readonly Rewrite[];
  /** The language writes compounds as one word whose last part is the head ("Rettungshubschrauber"). */
  compounds?: boolean;
  /** Plurals that change a vowel ("Kräfte" -> "Kraft", "osób" -> "osoba"): the other vowel of the last syllable. */
  vowels?: readonly Rewrite[];
  /**
   * Dutch spelling of open and closed syllables: a stem written with one vowel before a single consonant in the
   * plural doubles it in the singular ("banen" -> "baan"), a doubled consonant is single ("bedden" -> "bed").
   */
  syllables?: boolean;
}

const SCANDINAVIAN: readonly Rewrite[] = [
  ['erne', ''],
  ['ene', 'e'],
  ['ene', ''],
  ['arna', 'e'],
  ['arna', ''],
  ['erna', ''],
  ['orna', 'a'],
  ['na', ''],
  // "læger" is "læge" (doctor) before "læg" (calf): a noun in -e takes -r
  ['er', 'e'],
  ['er', ''],
  ['ar', 'e'],
  ['ar', ''],
  ['or', 'a'],
  ['ne', ''],
  ['en', ''],
  ['et', ''],
  ['r', ''],
  ['n', ''],
  ['a', ''],
  ['s', ''],
];

export const INFLECTIONS: Record<string, Inflection> = {
  fr: {
    endings: [
      ['eaux', 'eau'],
      ['aux', 'al'],
      ['aux', 'ail'],
      ['x', ''],
      ['s', ''],
    ],
  },
  it: {
    endings: [
      ['chi', 'co'],
      ['ghi', 'go'],
      ['che', 'ca'],
      ['ghe', 'ga'],
      ['ie', 'ia'],
      ['i', 'io'],
      ['i', 'o'],
      ['i', 'e'],
      ['i', 'a'],
      ['e', 'a'],
    ],
  },
  es: {
    endings: [
      ['iones', 'ión'],
      ['ces', 'z'],
      ['es', ''],
      ['s', ''],
    ],
  },
  pt: {
    endings: [
      ['ões', 'ão'],
      ['ães', 'ão'],
      ['ãos', 'ão'],
      ['ns', 'm'],
      ['ais', 'al'],
      ['éis', 'el'],
      ['óis', 'ol'],
      ['is', 'il'],
      ['res', 'r'],
      ['zes', 'z'],
      ['ses', 's'],
      ['s', ''],
    ],
  },
  de: {
    endings: [
      ['innen', 'in'],
      ['nen', ''],
      ['ern', ''],
      ['en', ''],
      ['er', ''],
      ['es', ''],
      ['e', ''],
      ['n', ''],
      ['s', ''],
    ],
    compounds: true,
    vowels: [
      ['äu', 'au'],
      ['ä', 'a'],
      ['ö', 'o'],
      ['ü', 'u'],
    ],
  },
  nl: {
    endings: [
      ['eren', ''],
      ["'s", ''],
      ['ën', ''],
      ['zen', 's'],
      ['ven', 'f'],
      ['en', ''],
      ['s', ''],
    ],
    compounds: true,
    syllables: true,
  },
  sv: { endings: SCANDINAVIAN, compounds: true, vowels: [['ä', 'a']] },
  nb: { endings: SCANDINAVIAN, compounds: true },
  da: { endings: SCANDINAVIAN, compounds: true },
  pl: {
    endings: [
      ['ńców', 'niec'],
      ['ńcy', 'niec'],
      ['ców', 'ec'],
      ['cy', 'ec'],
      ['owie', ''],
      ['ów', ''],
      ['ami', ''],
      ['ami', 'a'],
      ['ach', ''],
      ['ach', 'a'],
      ['om', ''],
      ['ie', 'a'],
      ['y', ''],
      ['y', 'a'],
      ['i', ''],
      ['i', 'a'],
      ['e', ''],
      ['e', 'a'],
      ['a', ''],
      ['', 'a'],
      ['', 'o'],
    ],
    vowels: [
      ['o', 'ó'],
      ['ó', 'o'],
    ],
  },
};
