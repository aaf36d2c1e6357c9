// One and a half said without a digit. The rest of a half's paradigm ("ein halbes Jahr", "et halvt år", "half an
// hour"; data `numberWords` of de da nb en); the numeral "one" spelled with its accents to be told from the article
// (nl "één", da nb "én"; data `numberWords`, no longer `articles`); and the article read as the number one where what
// follows leaves no other reading (rule `articleIsOne`: a percent, a unit or length of time after a bound word, a
// noun of people a casualty role follows). Sentences follow real reports in each language.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // the rest of a half's paradigm
  {
    lang: 'de',
    text: 'Die Verhandlungen ziehen sich inzwischen schon ein halbes Jahr hin.',
    phrase: 'ein halbes Jahr',
    value: 0.5,
    unit: 'year',
  },
  {
    lang: 'de',
    text: 'Die Senkung gilt nur einen halben Monat.',
    phrase: 'einen halben Monat',
    value: 0.5,
    unit: 'month',
  },
  {
    lang: 'da',
    text: 'Klubben solgte ham videre efter et halvt år.',
    phrase: 'et halvt år',
    value: 0.5,
    unit: 'year',
  },
  { lang: 'nb', text: 'Arbeidet tok et halvt år.', phrase: 'et halvt år', value: 0.5, unit: 'year' },
  {
    lang: 'en',
    text: 'The first bodies were found half an hour later.',
    phrase: 'half an hour',
    value: 0.5,
    unit: 'hour',
  },
  // the numeral spelled with its accents
  { lang: 'nl', text: 'De partij levert maar één zetel in.', phrase: 'één zetel', value: 1, unit: 'seat' },
  {
    lang: 'nb',
    text: 'Selskapet investerer én milliard dollar i første fase.',
    phrase: 'én milliard dollar',
    value: 1e9,
    unit: 'USD',
  },
  { lang: 'da', text: 'Kun én person blev reddet.', phrase: 'én person', value: 1 },
  { lang: 'nl', text: 'Het is één van de grootste bedrijven van het land.', phrase: 'één', none: true },
  // articleIsOne: a percent
  {
    lang: 'de',
    text: 'Im Vorjahr ging die Wirtschaftsleistung um ein Prozent zurück.',
    phrase: 'ein Prozent',
    value: 1,
    unit: '%',
  },
  // articleIsOne: a unit or a length of time after a bound word
  {
    lang: 'en',
    text: 'He shaved almost a minute off the world record.',
    phrase: 'almost a minute',
    value: 1,
    unit: 'minute',
  },
  {
    lang: 'it',
    text: 'Al passaggio alla mezza era quasi un minuto più lento.',
    phrase: 'quasi un minuto',
    value: 1,
    unit: 'minute',
  },
  {
    lang: 'de',
    text: 'Auf der Strecke ist ein Zeitgewinn von rund einer Stunde möglich.',
    phrase: 'rund einer Stunde',
    value: 1,
    unit: 'hour',
  },
  {
    lang: 'nl',
    text: 'De bevestiging kwam bijna een uur na de lancering.',
    phrase: 'bijna een uur',
    value: 1,
    unit: 'hour',
  },
  {
    lang: 'pt',
    text: 'Deixou os rivais a mais de um quilómetro.',
    phrase: 'mais de um quilómetro',
    value: 1,
    unit: 'km',
  },
  // articleIsOne: a noun of people that a casualty role follows
  {
    lang: 'es',
    text: 'En el derrumbe una persona murió y otras tres resultaron heridas.',
    phrase: 'una persona',
    value: 1,
    unit: 'death',
  },
  { lang: 'nb', text: 'En person død etter brokollapsen i Baltimore.', phrase: 'En person', value: 1, unit: 'death' },
  { lang: 'fr', text: 'Une personne est morte dans l’incendie.', phrase: 'Une personne', value: 1, unit: 'death' },
  // an article before anything else stays an article
  { lang: 'en', text: 'The plant closed a year ago.', phrase: 'a year', none: true },
  { lang: 'de', text: 'Vor einem Jahr begann der Bau.', phrase: 'einem Jahr', none: true },
  { lang: 'en', text: 'A fire killed five people in the building.', phrase: 'A fire', none: true },
  { lang: 'nl', text: 'Bij het ongeluk kwam een vrouw om het leven.', phrase: 'een vrouw', none: true },
  { lang: 'it', text: 'Una persona ha chiamato i soccorsi.', phrase: 'Una persona', none: true },
  { lang: 'de', text: 'Die Sonde fliegt ein Mal um die Venus.', phrase: 'ein Mal', none: true },
];

describe('patterns: one and a half said in words', () => patternSuite(cases));
