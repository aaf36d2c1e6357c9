// Numbers written in words, composed by each language's grammar, and decimals written without their zero.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  { lang: 'de', text: 'Es gab zweihundertvier Verletzte.', phrase: 'zweihundertvier', value: 204 },
  { lang: 'de', text: 'fünfundzwanzig Menschen wurden verletzt', phrase: 'fünfundzwanzig Menschen', value: 25, unit: 'person' },
  { lang: 'de', text: 'dreitausend Menschen demonstrierten', phrase: 'dreitausend Menschen', value: 3000, unit: 'person' },
  { lang: 'de', text: 'zwölf Menschen starben', phrase: 'zwölf Menschen', value: 12 },
  { lang: 'nl', text: 'Er kwamen tweeëntwintig mensen om.', phrase: 'tweeëntwintig mensen', value: 22, unit: 'person' },
  { lang: 'nl', text: 'zesduizend mensen raakten gewond', phrase: 'zesduizend mensen', value: 6000, unit: 'person' },
  { lang: 'nl', text: 'driehonderdvijftig mensen', phrase: 'driehonderdvijftig mensen', value: 350 },
  { lang: 'sv', text: 'tvåhundratolv personer greps', phrase: 'tvåhundratolv personer', value: 212, unit: 'person' },
  { lang: 'sv', text: 'fyrtiotvå personer skadades', phrase: 'fyrtiotvå personer', value: 42 },
  { lang: 'nb', text: 'tjuefem personer ble skadet', phrase: 'tjuefem personer', value: 25 },
  { lang: 'nb', text: 'førtito personer ble evakuert', phrase: 'førtito personer', value: 42 },
  { lang: 'da', text: 'toogtyve personer blev anholdt', phrase: 'toogtyve personer', value: 22 },
  { lang: 'da', text: 'femoghalvtreds personer', phrase: 'femoghalvtreds personer', value: 55 },
  { lang: 'it', text: 'quarantadue persone sono state arrestate', phrase: 'quarantadue persone', value: 42, unit: 'person' },
  { lang: 'it', text: 'trecentomila persone in piazza', phrase: 'trecentomila persone', value: 300000 },
  { lang: 'it', text: 'ventuno feriti', phrase: 'ventuno', value: 21 },
  { lang: 'fr', text: 'trente et un morts', phrase: 'trente et un', value: 31 },
  { lang: 'fr', text: 'quatre-vingt-dix-sept personnes', phrase: 'quatre-vingt-dix-sept personnes', value: 97, unit: 'person' },
  { lang: 'fr', text: 'soixante-dix personnes', phrase: 'soixante-dix personnes', value: 70 },
  { lang: 'fr', text: 'deux cent cinquante personnes', phrase: 'deux cent cinquante personnes', value: 250 },
  { lang: 'es', text: 'dos millones trescientos mil euros', phrase: 'dos millones trescientos mil euros', value: 2300000, unit: 'EUR' },
  { lang: 'es', text: 'veintidós personas murieron', phrase: 'veintidós personas', value: 22 },
  { lang: 'es', text: 'cuarenta y cinco personas', phrase: 'cuarenta y cinco personas', value: 45 },
  { lang: 'pt', text: 'vinte e três pessoas morreram', phrase: 'vinte e três pessoas', value: 23 },
  { lang: 'pt', text: 'duzentas pessoas', phrase: 'duzentas pessoas', value: 200 },
  { lang: 'pl', text: 'dwadzieścia pięć osób zginęło', phrase: 'dwadzieścia pięć osób', value: 25, unit: 'person' },
  { lang: 'pl', text: 'trzysta osób', phrase: 'trzysta osób', value: 300 },
  { lang: 'en', text: 'two and a half million people', phrase: 'two and a half million', value: 2.5e6 },
  { lang: 'en', text: 'three to four thousand protesters', phrase: 'three to four thousand', value: 3500, range: [3000, 4000] },
  { lang: 'en', text: 'twenty-five people died', phrase: 'twenty-five people', value: 25, unit: 'person' },
  { lang: 'en', text: 'six thousand two hundred people', phrase: 'six thousand two hundred people', value: 6200 },
  { lang: 'en', text: '6 thousand 2 hundred people', phrase: '6 thousand 2 hundred', value: 6200 },
  { lang: 'en', text: 'one hundred and five people', phrase: 'one hundred and five people', value: 105 },
  // decimals without a leading zero
  { lang: 'en', text: 'The rate fell by .005 per cent.', phrase: '.005 per cent', value: 0.005, unit: '%' },
  { lang: 'es', text: 'una subida de ,05 puntos', phrase: ',05', value: 0.05 },
  { lang: 'en', text: 'a .22 caliber rifle', phrase: '.22', none: true, gap: 'a calibre is no figure; not told apart yet' },
];

describe('patterns: number words', () => patternSuite(cases));
