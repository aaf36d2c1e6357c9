// A dateline after an outlet's name: the press prints "Nyheter24, augusti 2023", "TV 2, april 2021", "Página/12, mayo
// de 2023", "Europe 1, février 2025" under a headline. The number of the name is no day (rule `dayFirstDate`: a day is
// never glued to a word, nor parted from its month by a comma); the month and year are the date. Real dates keep
// their day ("den 24 augusti 2023", "12 de mayo de 2023", "2. april 2021").
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  {
    lang: 'sv',
    text: 'Nyheter24, augusti 2023 Extremvädret Hans drog in.',
    phrase: 'augusti 2023',
    value: '2023-08',
    unit: 'month',
  },
  {
    lang: 'nb',
    text: 'TV 2, april 2021 Konteinerskipet Ever Given sitter fast.',
    phrase: 'april 2021',
    value: '2021-04',
    unit: 'month',
  },
  {
    lang: 'pl',
    text: 'RMF24, listopad 2019 Grupa włamywaczy obrabowała skarbiec.',
    phrase: 'listopad 2019',
    value: '2019-11',
    unit: 'month',
  },
  {
    lang: 'es',
    text: 'Página/12, mayo de 2023 Al menos 13 personas murieron.',
    phrase: 'mayo de 2023',
    value: '2023-05',
    unit: 'month',
  },
  {
    lang: 'fr',
    text: 'Europe 1, février 2025 Après des années de profits.',
    phrase: 'février 2025',
    value: '2025-02',
    unit: 'month',
  },
  {
    lang: 'de',
    text: 'BR24, Januar 2024 München: Am Siegestor ist die Demo abgebrochen.',
    phrase: 'Januar 2024',
    value: '2024-01',
    unit: 'month',
  },
  // a Polish month in the locative after "w" is a month too (data `months` of pl)
  {
    lang: 'pl',
    text: 'Produkcja prądu rozpocznie się w czerwcu 2027 roku.',
    phrase: 'czerwcu 2027',
    value: '2027-06',
    unit: 'month',
  },
  {
    lang: 'pl',
    text: 'W listopadzie 2019 roku włamywacze ukradli klejnoty.',
    phrase: 'listopadzie 2019',
    value: '2019-11',
    unit: 'month',
  },
  // a real day stays a day
  { lang: 'sv', text: 'Det hände den 24 augusti 2023.', phrase: '24 augusti 2023', value: '2023-08-24', unit: 'day' },
  {
    lang: 'nb',
    text: 'Skipet satt fast til 2. april 2021.',
    phrase: '2. april 2021',
    value: '2021-04-02',
    unit: 'day',
  },
  {
    lang: 'es',
    text: 'Ocurrió el 12 de mayo de 2023.',
    phrase: '12 de mayo de 2023',
    value: '2023-05-12',
    unit: 'day',
  },
  { lang: 'en', text: 'It happened on October 9, 2025.', phrase: 'October 9, 2025', value: '2025-10-09', unit: 'day' },
];

describe('patterns: datelines after an outlet name', () => patternSuite(cases));
