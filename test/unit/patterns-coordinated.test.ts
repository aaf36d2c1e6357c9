// A bare number that leaves its unit to the figure right after it: an old level and the new one ("von 3,3 auf
// 3,4 Prozent", a level that falls: "z 8 do 5 proc."), two numbers joined by "or" ("trois ou quatre ans"), and
// a part counted from its whole ("121 de los 350 escaños", "15 af de 25 milliarder kroner"). The first number
// takes the second's unit, and its scale when the two are then of one size. Rows paraphrase real reporting
// (election results, inflation and rate decisions, budgets, works schedules). First run, before the mechanism
// (main 5c1e6da): 0 of the 30 positive rows, the 2 guard rows passing.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // an old level and the new one
  {
    lang: 'de',
    text: 'Die Inflation ist zwischen September und Oktober von 3,3 auf 3,4 Prozent gestiegen.',
    phrase: '3,3',
    value: 3.3,
    unit: '%',
    kind: 'percent',
  },
  { lang: 'de', text: 'Die Baukosten stiegen von 8 auf 10 Milliarden Euro.', phrase: '8', value: 8e9, unit: 'EUR' },
  { lang: 'nl', text: 'De werkloosheid daalde van 3,9 naar 3,6 procent.', phrase: '3,9', value: 3.9, unit: '%' },
  { lang: 'nl', text: 'De btw op brandstof gaat van 23 naar 8 procent.', phrase: '23', value: 23, unit: '%' },
  { lang: 'pl', text: 'VAT na gaz zostanie obniżony z 8 do 5 proc. od lutego.', phrase: '8', value: 8, unit: '%' },
  { lang: 'pl', text: 'Cena ropy spadła ze 120 do 90 dolarów za baryłkę.', phrase: '120', value: 120, unit: 'USD' },
  { lang: 'sv', text: 'Räntan sänktes från 4 till 3,75 procent.', phrase: '4', value: 4, unit: '%' },
  { lang: 'da', text: 'Renten blev sat ned fra 3,6 til 3,35 procent.', phrase: '3,6', value: 3.6, unit: '%' },
  { lang: 'nb', text: 'Styringsrenten ble satt ned fra 4,5 til 4,25 prosent.', phrase: '4,5', value: 4.5, unit: '%' },
  {
    lang: 'en',
    text: 'Analysts cut their forecast from 120 to 90 dollars a barrel.',
    phrase: '120',
    value: 120,
    unit: 'USD',
  },
  { lang: 'fr', text: 'Le taux passe de 4,5 à 4 % en juin.', phrase: '4,5', value: 4.5, unit: '%' },
  { lang: 'es', text: 'El paro bajó del 12,3 al 11,8 % en el trimestre.', phrase: '12,3', value: 12.3, unit: '%' },
  { lang: 'pt', text: 'A idade mínima passa de 62 para 65 anos.', phrase: '62', value: 62, unit: 'year' },
  {
    lang: 'it',
    text: 'Il prezzo è poi sceso da 600 a 550 milioni di dollari.',
    phrase: '600',
    value: 6e8,
    unit: 'USD',
  },
  // two numbers joined by "or", the unit said once
  { lang: 'en', text: 'The works will take three or four years.', phrase: 'three', value: 3, unit: 'year' },
  { lang: 'fr', text: 'Les travaux dureront trois ou quatre ans.', phrase: 'trois', value: 3, unit: 'year' },
  { lang: 'it', text: "I lavori dureranno due o tre anni secondo l'Autorità.", phrase: 'due', value: 2, unit: 'year' },
  { lang: 'fr', text: 'tablait sur 25 et 26 Mds£ de coûts', phrase: '25', value: 25e9, unit: 'GBP' },
  // a part counted from its whole
  {
    lang: 'es',
    text: 'El PP obtiene el 28,71 por ciento y 121 de los 350 escaños del Congreso.',
    phrase: '121',
    value: 121,
    unit: 'seat',
  },
  { lang: 'pt', text: 'O PSD elegeu 77 dos 230 deputados.', phrase: '77', value: 77, unit: 'seat' },
  { lang: 'sv', text: 'Partiet fick 94 av de 349 mandaten i riksdagen.', phrase: '94', value: 94, unit: 'seat' },
  { lang: 'nb', text: 'Ap fikk 48 av de 169 mandatene på Stortinget.', phrase: '48', value: 48, unit: 'seat' },
  {
    lang: 'da',
    text: 'Regeringen fremrykker 15 af de 25 milliarder kroner.',
    phrase: '15',
    value: 15e9,
    unit: 'DKK',
  },
  {
    lang: 'sv',
    text: 'Regeringen tidigarelägger 15 av de 25 miljarder kronor.',
    phrase: '15',
    value: 15e9,
    unit: 'SEK',
  },
  { lang: 'fr', text: 'Deux des trois suspects ont été interpellés.', phrase: 'Deux', value: 2, unit: 'suspect' },
  {
    lang: 'en',
    text: 'Dalarna County elects nine of the 349 members of the Riksdag.',
    phrase: 'nine',
    value: 9,
    unit: 'member',
  },
  { lang: 'es', text: 'El escrutinio se ha completado en 290 de los 357 municipios.', phrase: '290', value: 290 },
  { lang: 'de', text: 'Die Regierung zieht 15 der 25 Milliarden Euro vor.', phrase: '15', value: 15e9, unit: 'EUR' },
  { lang: 'nl', text: 'De partij won 27 van de 150 zetels.', phrase: '27', value: 27, unit: 'seat' },
  { lang: 'it', text: 'Il partito ha ottenuto 66 dei 400 seggi.', phrase: '66', value: 66, unit: 'seat' },
  // guards: a number far from the next figure's size lends it nothing
  { lang: 'en', text: 'She ran in heat 2 of the 1,500 metres on Friday.', phrase: '2 of', none: true },
  { lang: 'de', text: 'Er startete im Lauf 2 der 1500 Meter.', phrase: '2 der', none: true },
];

describe('patterns: a bare number takes the unit of the figure it is coordinated with', () => patternSuite(cases));
