// A singular scale word with no number before it is one of its scale (rule `scaleAlone` in figures/extract.ts, data
// `singularScales` of each module): Polish writes no "one" before it, in any case of the singular ("około miliona
// osób", "prawie miliard euro"), and the Romance languages write none after a definite article ("le milliard
// d'euros", "el millón de toneladas"). It counts only what it names: a bare scale word ("o milion więcej"), the base
// of a rate ("per miljon invånare") and a capitalized name inside a sentence make no figure. Sentences follow real
// reports in each language.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  {
    lang: 'pl',
    text: 'Według ratusza w wydarzeniu uczestniczyło około miliona osób.',
    phrase: 'około miliona osób',
    value: 1e6,
    unit: 'person',
  },
  {
    lang: 'pl',
    text: 'W marszu wzięło udział nawet milion osób.',
    phrase: 'milion osób',
    value: 1e6,
    unit: 'person',
  },
  {
    lang: 'pl',
    text: 'Zniknęły kosztowności za prawie miliard euro.',
    phrase: 'prawie miliard euro',
    value: 1e9,
    unit: 'EUR',
  },
  {
    lang: 'pl',
    text: 'Historyczne precjoza o wartości niemal miliarda euro.',
    phrase: 'miliarda euro',
    value: 1e9,
    unit: 'EUR',
  },
  {
    lang: 'fr',
    text: "Les entreprises dont le chiffre d'affaires dépasse le milliard d'euros devront payer.",
    phrase: "milliard d'euros",
    value: 1e9,
    unit: 'EUR',
  },
  {
    lang: 'es',
    text: 'La disponibilidad total superará el millón de toneladas.',
    phrase: 'millón de toneladas',
    value: 1e6,
    unit: 't',
  },
  // a number before it still reads as one figure
  { lang: 'pl', text: 'Spółka zarobiła 1,016 miliona złotych.', phrase: '1,016 miliona złotych', value: 1016000 },
  { lang: 'pl', text: 'Na ulice wyszły dwa miliony osób.', phrase: 'dwa miliony osób', value: 2e6, unit: 'person' },
  // guards
  { lang: 'pl', text: 'To o milion więcej niż przed rokiem.', phrase: 'milion', none: true },
  {
    lang: 'sv',
    text: 'Italien ligger i topp, med 295 dödsfall per miljon invånare.',
    phrase: 'miljon invånare',
    none: true,
  },
  { lang: 'de', text: 'Die Zahl liegt bei zehn Toten pro Million Einwohner.', phrase: 'Million Einwohner', none: true },
];

describe('patterns: a scale word alone', () => patternSuite(cases));
