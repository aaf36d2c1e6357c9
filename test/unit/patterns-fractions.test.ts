// A whole number and a half, said in words: closed compounds ("zweieinhalb", "tweeënhalf", "halvannat",
// "półtora"), a connector and the half ("to og en halv", "two and a half"), or the half after the unit ("cinco años
// y medio", "deux ans et demi"). Rows paraphrased from reporting on building works, strikes, drug seizures and
// transfers.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // closed compounds
  {
    lang: 'de',
    text: 'Nur zweieinhalb Wochen nach dem Kinostart war der Film ein Erfolg.',
    phrase: 'zweieinhalb Wochen',
    value: 2.5,
    unit: 'week',
  },
  {
    lang: 'de',
    text: 'Die Notenbank ist seit eineinhalb Jahren auf Straffungskurs.',
    phrase: 'eineinhalb Jahren',
    value: 1.5,
    unit: 'year',
  },
  {
    lang: 'de',
    text: 'Der Verein zahlte dreieinhalb Millionen Euro.',
    phrase: 'dreieinhalb Millionen Euro',
    value: 3.5e6,
    unit: 'EUR',
  },
  {
    lang: 'nl',
    text: 'De partijen werden de voorbije anderhalve week onderschept.',
    phrase: 'anderhalve week',
    value: 1.5,
    unit: 'week',
  },
  {
    lang: 'nl',
    text: 'De prijs steeg in anderhalf jaar van 3500 naar 6000 euro.',
    phrase: 'anderhalf jaar',
    value: 1.5,
    unit: 'year',
  },
  { lang: 'nl', text: 'De staking duurde tweeënhalve week.', phrase: 'tweeënhalve week', value: 2.5, unit: 'week' },
  { lang: 'sv', text: 'Bygget har pågått i halvannat år.', phrase: 'halvannat år', value: 1.5, unit: 'year' },
  { lang: 'pl', text: 'W marszu wzięło udział półtora miliona ludzi.', phrase: 'półtora miliona ludzi', value: 1.5e6 },
  // a connector and the half
  {
    lang: 'nb',
    text: 'Maleriet er to og en halv meter høyt og fire meter bredt.',
    phrase: 'to og en halv meter',
    value: 2.5,
    unit: 'm',
  },
  {
    lang: 'sv',
    text: 'Renoveringen tog två och ett halvt år.',
    phrase: 'två och ett halvt år',
    value: 2.5,
    unit: 'year',
  },
  {
    lang: 'da',
    text: 'Tårnet er to og en halv meter bredere end før.',
    phrase: 'to og en halv meter',
    value: 2.5,
    unit: 'm',
  },
  {
    lang: 'en',
    text: 'The strike lasted two and a half weeks.',
    phrase: 'two and a half weeks',
    value: 2.5,
    unit: 'week',
  },
  // the half after its unit
  {
    lang: 'es',
    text: 'Han sido más de 5 años y medio de restauración.',
    phrase: '5 años y medio',
    value: 5.5,
    unit: 'year',
  },
  { lang: 'fr', text: 'Il a fallu deux ans et demi de travaux.', phrase: 'deux ans et demi', value: 2.5, unit: 'year' },
  { lang: 'fr', text: 'La grève a duré 3 heures et demie.', phrase: '3 heures et demie', value: 3.5, unit: 'hour' },
  {
    lang: 'it',
    text: 'Ci sono voluti due anni e mezzo di lavori.',
    phrase: 'due anni e mezzo',
    value: 2.5,
    unit: 'year',
  },
  { lang: 'pt', text: 'A obra demorou dois anos e meio.', phrase: 'dois anos e meio', value: 2.5, unit: 'year' },
  // a connector before a noun's article is no fraction, nor a ten and one outside the Romance languages
  { lang: 'sv', text: 'Polisen grep tjugo och en kvinna.', phrase: 'tjugo och en', none: true },
  { lang: 'fr', text: 'Le bilan est de trente et un morts.', phrase: 'trente et un morts', value: 31, unit: 'death' },
  { lang: 'nb', text: 'Tre og fire barn ble evakuert.', phrase: 'fire barn', value: 4 },
];

describe('patterns: a whole number and a half', () => patternSuite(cases));
