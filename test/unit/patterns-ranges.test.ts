// Ranges whose ends are written at different scales, each document's own number convention, and things
// that look like figures and are not.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  {
    lang: 'en',
    text: 'Homes sell for from $250,000 to $1.2 million.',
    phrase: '$250,000 to $1.2 million',
    range: [250000, 1.2e6],
    unit: 'USD',
  },
  {
    lang: 'fr',
    text: 'entre 800 000 et 1,2 million de manifestants',
    phrase: '800 000 et 1,2 million',
    range: [800000, 1.2e6],
  },
  {
    lang: 'de',
    text: 'zwischen 500.000 und 1,5 Millionen Euro',
    phrase: '500.000 und 1,5 Millionen Euro',
    range: [500000, 1.5e6],
    unit: 'EUR',
  },
  {
    lang: 'es',
    text: 'entre 900.000 y 1,1 millones de personas',
    phrase: '900.000 y 1,1 millones',
    range: [900000, 1.1e6],
  },
  { lang: 'it', text: 'tra 800mila e 1,2 milioni di persone', phrase: '800mila e 1,2 milioni', range: [800000, 1.2e6] },
  {
    lang: 'en',
    text: 'between 3 and 4 billion dollars',
    phrase: '3 and 4 billion dollars',
    range: [3e9, 4e9],
    unit: 'USD',
  },
  {
    lang: 'nl',
    text: 'tussen de 10 en 15 miljard euro',
    phrase: '10 en 15 miljard euro',
    range: [10e9, 15e9],
    unit: 'EUR',
  },
  { lang: 'sv', text: '60–80 miljoner kronor', phrase: '60–80 miljoner kronor', range: [60e6, 80e6], unit: 'SEK' },
  { lang: 'pl', text: 'od 2 do 3 mld zł', phrase: '2 do 3 mld zł', range: [2e9, 3e9], unit: 'PLN' },
  {
    lang: 'pt',
    text: 'entre 2 e 3 mil milhões de euros',
    phrase: '2 e 3 mil milhões de euros',
    range: [2e9, 3e9],
    unit: 'EUR',
  },
  // "by X to Y": a change and a level, not a range
  { lang: 'en', text: 'Profit rose by 5% to 12%.', phrase: '5%', value: 5, change: 'up' },
  { lang: 'en', text: 'The bank cut its rate by 0.25 points to 2%.', phrase: '2%', value: 2 },
  {
    lang: 'de',
    text: 'Die EZB senkte den Zins um 0,25 Prozentpunkte auf 2 Prozent.',
    phrase: '0,25 Prozentpunkte',
    value: 0.25,
    change: 'down',
  },
  { lang: 'de', text: 'Die EZB senkte den Zins um 0,25 Prozentpunkte auf 2 Prozent.', phrase: '2 Prozent', value: 2 },
  // each document's own convention
  {
    lang: 'de',
    text: 'Die Stadt hat 120,000 Einwohner. Das Budget liegt bei 1,250,000 Euro. Dazu kommen 3,500 Pendler.',
    phrase: '120,000 Einwohner',
    value: 120000,
  },
  {
    lang: 'es',
    text: 'La ciudad tiene 350,000 habitantes y un presupuesto de 2,500,000 euros, con 12.5 por ciento de paro.',
    phrase: '350,000 habitantes',
    value: 350000,
  },
  {
    lang: 'en',
    text: 'The plant cost 1.250.000 euros and employs 2.300 people; output rose 4,5 %.',
    phrase: '2.300 people',
    value: 2300,
  },
  // not figures
  { lang: 'en', text: 'ahead of Euro 2024 in Germany', phrase: 'Euro 2024', kind: 'date', value: 2024 },
  { lang: 'fr', text: "pendant l'Euro 2024 de football", phrase: 'Euro 2024', kind: 'date', value: 2024 },
  { lang: 'en', text: 'COVID-19 cases rose.', phrase: 'COVID-19', none: true },
  { lang: 'en', text: 'Airbus delivered the A320neo to the carrier.', phrase: 'A320neo', none: true },
  { lang: 'en', text: 'Apple launched the iPhone 16 on Friday.', phrase: 'iPhone 16', none: true },
  { lang: 'de', text: 'Bayern gewann das Spiel 3:1.', phrase: '3:1', none: true },
  { lang: 'en', text: 'Arsenal won 3-1 at home.', phrase: '3-1', none: true },
  { lang: 'it', text: 'La Juventus ha vinto 2-0 a Torino.', phrase: '2-0', none: true },
  { lang: 'es', text: 'El Madrid ganó 4-2 al Barcelona.', phrase: '4-2', none: true },
  { lang: 'en', text: 'Boeing 737 Max jets were grounded.', phrase: '737', none: true },
  // ends at different scales: the first end keeps its own magnitude
  {
    lang: 'en',
    text: 'The fines range from $50,000 to $2.5 million.',
    phrase: '$50,000 to $2.5 million',
    range: [50000, 2500000],
    unit: 'USD',
  },
  {
    lang: 'en',
    text: 'between three and four thousand people',
    phrase: 'three and four thousand',
    range: [3000, 4000],
  },
  {
    lang: 'nl',
    text: 'tussen 700.000 en 1,1 miljoen euro',
    phrase: '700.000 en 1,1 miljoen euro',
    range: [700000, 1100000],
    unit: 'EUR',
  },
  {
    lang: 'pt',
    text: 'entre 900 mil e 1,2 milhão de pessoas',
    phrase: '900 mil e 1,2 milhão',
    range: [900000, 1200000],
  },
  {
    lang: 'pl',
    text: 'od 800 tys. do 1,2 mln zł',
    phrase: '800 tys. do 1,2 mln zł',
    range: [800000, 1200000],
    unit: 'PLN',
  },
  {
    lang: 'sv',
    text: 'mellan 500 000 och 1,5 miljoner kronor',
    phrase: '500 000 och 1,5 miljoner kronor',
    range: [500000, 1500000],
  },
  // a document's own number convention
  {
    lang: 'es',
    text: 'La ciudad tiene 250,000 habitantes. El presupuesto es de 3,400,000 euros.',
    phrase: '250,000 habitantes',
    value: 250000,
  },
  { lang: 'it', text: 'Hanno votato 3,500 persone su 12,400,000 elettori.', phrase: '3,500 persone', value: 3500 },
  {
    lang: 'nl',
    text: 'Het bedrijf telt 1,200 werknemers en een omzet van 2,300,000 euro.',
    phrase: '1,200 werknemers',
    value: 1200,
  },
  {
    lang: 'de',
    text: 'Die Stadt hat 120.000 Einwohner und wuchs um 2,5 Prozent.',
    phrase: '120.000 Einwohner',
    value: 120000,
  },
  {
    lang: 'en',
    text: 'Version 2.5 sold 1.500 units.',
    phrase: '1.500 units',
    value: 1.5,
  },
  // scores
  { lang: 'fr', text: 'Lyon a perdu 2-1 à domicile.', phrase: '2-1', none: true },
  { lang: 'de', text: 'Dortmund siegte 4-0 gegen Bochum.', phrase: '4-0', none: true },
  { lang: 'nl', text: 'Ajax won met 3-1 van PSV.', phrase: '3-1', none: true },
  { lang: 'pt', text: 'O Benfica venceu por 2-0.', phrase: '2-0', none: true },
  { lang: 'de', text: 'vor der Euro 2024 in Deutschland', phrase: 'Euro 2024', kind: 'date', value: 2024 },
  { lang: 'it', text: 'agli Europei di Euro 2024', phrase: 'Euro 2024', kind: 'date', value: 2024 },
];

describe('patterns: ranges, conventions and not-figures', () => patternSuite(cases));
