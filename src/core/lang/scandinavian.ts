/**
 * What Swedish, Norwegian Bokmål and Danish share as data: one grammar of noun endings (definite and plural forms)
 * back to the headword, for the open vocabulary (src/core/vocab/open.ts). HAND-WRITTEN: no permissively licensed
 * lemmatizer covers these languages.
 */
import type { Rewrite } from './figure-vocabulary';

export const SCANDINAVIAN_ENDINGS: readonly Rewrite[] = [
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

/**
 * The compounds of a unit's genitive that name a point in time, not a length ("hundreårsdagen": the hundredth
 * anniversary, "årsskiftet": the turn of the year, "tiårsjubileet"; the dictionaries' entries "årsdag", "årsskifte",
 * "jubileum"): a number before them makes no figure.
 */
export const NORDIC_POINT_COMPOUNDS: string[] = ['årsdag', 'årsskift', 'årsjubil', 'årsfest'];
