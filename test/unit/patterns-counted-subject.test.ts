// A bare number whose clause names what it counts: a count word before the noun ("die Zahl der Toten ist auf 58
// gestiegen", "liczba ofiar wzrosła do 39"), a count word after the number ("elevaron a 42 el saldo de
// muertos"), a subject with its definite article and a number that ends the clause ("I feriti sono 16, di cui"),
// or the article and the noun right after the number ("Sono 969 i morti", "Suben a 64 los muertos"). Even a noun
// of the open vocabulary, never lent to a mere neighbour, is meant there. Rows paraphrase real disaster and
// casualty reporting. First run, before the mechanism (main 5c1e6da): 0 of the 18 positive rows, the 4 guards.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // a count word before the noun
  {
    lang: 'de',
    text: 'Nach dem Dammbruch in Brasilien ist die Zahl der Toten auf 58 gestiegen.',
    phrase: '58',
    value: 58,
    unit: 'death',
  },
  {
    lang: 'de',
    text: 'Die Zahl der Toten bei dem Brand in einem Einkaufszentrum ist auf 53 gestiegen.',
    phrase: '53',
    value: 53,
    unit: 'death',
  },
  { lang: 'nl', text: 'Het aantal doden is gestegen tot 57.', phrase: '57', value: 57, unit: 'death' },
  { lang: 'da', text: 'Antallet af døde er steget til 12.', phrase: '12', value: 12, unit: 'death' },
  { lang: 'nb', text: 'Antallet døde har steget til 12.', phrase: '12', value: 12, unit: 'death' },
  { lang: 'sv', text: 'Antalet döda har stigit till 12.', phrase: '12', value: 12, unit: 'death' },
  { lang: 'pl', text: 'Liczba ofiar powodzi wzrosła do 39.', phrase: '39', value: 39 },
  { lang: 'pt', text: 'O número de mortos subiu para 205.', phrase: '205', value: 205, unit: 'death' },
  { lang: 'fr', text: 'Le nombre de morts est passé à 45.', phrase: '45', value: 45, unit: 'death' },
  { lang: 'it', text: 'Il bilancio delle vittime è salito a 39.', phrase: '39', value: 39 },
  {
    lang: 'en',
    text: 'The number of people evacuated rose to 3,000.',
    phrase: '3,000',
    value: 3000,
    unit: 'person',
  },
  // a count word after the number
  {
    lang: 'es',
    text: 'Las autoridades elevaron a 42 el saldo de muertos en todo el estado.',
    phrase: '42',
    value: 42,
    unit: 'death',
  },
  { lang: 'es', text: 'Sube a 99 la cifra de muertos por la erupción.', phrase: '99', value: 99, unit: 'death' },
  // the subject with its definite article
  { lang: 'it', text: 'I morti accertati sono 70.', phrase: '70', value: 70, unit: 'death' },
  { lang: 'it', text: 'I feriti sono 16, di cui 12 in codice rosso.', phrase: '16', value: 16, unit: 'person' },
  // the article and the noun after the number
  { lang: 'it', text: 'Sono 969 i morti di oggi.', phrase: '969', value: 969, unit: 'death' },
  { lang: 'es', text: 'Suben a 64 los muertos del naufragio.', phrase: '64', value: 64, unit: 'death' },
  { lang: 'it', text: 'Finora sono quattro le persone estratte vive.', phrase: 'quattro', value: 4, unit: 'person' },
  // guards: a year or a date is no count; an indefinite "a number of" names no count
  { lang: 'en', text: 'The number of deaths rose again in 2023.', phrase: '2023', value: 2023, unit: 'year' },
  {
    lang: 'de',
    text: 'Die Zahl der Toten stieg bis zum 12. März deutlich.',
    phrase: '12. März',
    kind: 'date',
  },
  { lang: 'nl', text: 'Een aantal partijen wil de btw verlagen naar 9.', phrase: '9', none: true },
  { lang: 'it', text: 'Le vittime sono state ricordate nel 2019.', phrase: '2019', kind: 'date' },
];

describe('patterns: a bare number counts the noun its clause names', () => patternSuite(cases));
