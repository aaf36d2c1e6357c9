// Durations told in more than one unit, and race times written as one: a time is one figure, in its smallest unit
// (seconds for a race, minutes for "2 ore e 1 minuto"). Rows paraphrased from race, flight and rescue reporting.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // race times written as one: hours, minutes and seconds
  { lang: 'en', text: 'Kiptum won the race in 2:00:35 on Sunday.', phrase: '2:00:35', value: 7235, unit: 'second' },
  { lang: 'de', text: 'Der Kenianer siegte in 2:00:35 Stunden.', phrase: '2:00:35', value: 7235, unit: 'second' },
  {
    lang: 'fr',
    text: "Hassan s'est imposée en 2:13:44 chez les femmes.",
    phrase: '2:13:44',
    value: 8024,
    unit: 'second',
  },
  {
    lang: 'it',
    text: 'Il cronometro si è fermato su 2h00:35, nuovo primato.',
    phrase: '2h00:35',
    value: 7235,
    unit: 'second',
  },
  {
    lang: 'es',
    text: 'Cruzó la meta en 2h01.25, el segundo mejor tiempo.',
    phrase: '2h01.25',
    value: 7285,
    unit: 'second',
  },
  {
    lang: 'pt',
    text: 'O queniano cortou a meta em 2h00m35s, um novo recorde.',
    phrase: '2h00m35s',
    value: 7235,
    unit: 'second',
  },
  {
    lang: 'nl',
    text: 'Zij liep de marathon in 2:11:53, een wereldrecord.',
    phrase: '2:11:53',
    value: 7913,
    unit: 'second',
  },
  { lang: 'sv', text: 'Segraren sprang på 2:04:02 i fjol.', phrase: '2:04:02', value: 7442, unit: 'second' },
  // a clock time is no duration
  { lang: 'en', text: 'The quake struck at 04:17:35 local time.', phrase: '04:17:35', none: true },
  { lang: 'pl', text: 'Awaria zaczęła się o godzinie 12:33 w poniedziałek.', phrase: '12:33', none: true },
  // a duration in two or three units
  {
    lang: 'en',
    text: 'He finished in 2 hours, 35 seconds to break the record.',
    phrase: '2 hours, 35 seconds',
    value: 7235,
    unit: 'second',
  },
  {
    lang: 'en',
    text: 'The runner-up was three minutes and 27 seconds behind him.',
    phrase: 'three minutes and 27 seconds',
    value: 207,
    unit: 'second',
  },
  {
    lang: 'fr',
    text: 'Un vol de 2 heures 51 minutes et 40 secondes, selon l’AFP.',
    phrase: '2 heures 51 minutes et 40 secondes',
    value: 10300,
    unit: 'second',
  },
  {
    lang: 'fr',
    text: 'Il a couru en 2 heures et 35 secondes.',
    phrase: '2 heures et 35 secondes',
    value: 7235,
    unit: 'second',
  },
  {
    lang: 'pt',
    text: 'Venceu a prova em 2 horas e 35 segundos.',
    phrase: '2 horas e 35 segundos',
    value: 7235,
    unit: 'second',
  },
  {
    lang: 'it',
    text: 'Ha abbattuto la barriera delle 2 ore e 1 minuto.',
    phrase: '2 ore e 1 minuto',
    value: 121,
    unit: 'minute',
  },
  {
    lang: 'es',
    text: 'Fue el primero en bajar de las dos horas y un minuto.',
    phrase: 'dos horas y un minuto',
    value: 121,
    unit: 'minute',
  },
  {
    lang: 'de',
    text: 'Die Bergleute waren 3 Stunden und 20 Minuten eingeschlossen.',
    phrase: '3 Stunden und 20 Minuten',
    value: 200,
    unit: 'minute',
  },
  {
    lang: 'nl',
    text: 'De storing duurde 1 uur en 45 minuten.',
    phrase: '1 uur en 45 minuten',
    value: 105,
    unit: 'minute',
  },
  {
    lang: 'nb',
    text: 'Flyturen tok 2 timer og 10 minutter.',
    phrase: '2 timer og 10 minutter',
    value: 130,
    unit: 'minute',
  },
  // two durations side by side stay two
  {
    lang: 'en',
    text: 'The search took 3 hours, 400 people waited outside.',
    phrase: '3 hours',
    value: 3,
    unit: 'hour',
  },
  { lang: 'en', text: 'It lasted 2 hours and 3 days later it resumed.', phrase: '2 hours', value: 2, unit: 'hour' },
];

describe('patterns: durations and race times', () => patternSuite(cases));
