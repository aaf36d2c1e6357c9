// Years before 1800 in a date context: a historic building, a founding, a treaty ("stod færdig i 1625", "built in
// 1640", "fondée en 1694"). Years from 1800 are read anywhere; an older one only after a year preposition and
// with no noun of its own. Rows paraphrased from reporting on the Børsen fire, Notre-Dame and museum anniversaries.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  {
    lang: 'da',
    text: 'Bygningen stod færdig med spir i 1625 og hører til byens ældste huse.',
    phrase: '1625',
    value: 1625,
    unit: 'year',
  },
  {
    lang: 'da',
    text: 'Året efter, i 1624, blev det ikoniske dragespir sat op.',
    phrase: '1624',
    value: 1624,
    unit: 'year',
  },
  {
    lang: 'nb',
    text: 'Børsen sto ferdig med det høye spiret i 1625. I dag brukes den til kontorer.',
    phrase: '1625',
    value: 1625,
    unit: 'year',
  },
  {
    lang: 'en',
    text: 'Børsen, constructed in 1640, stands next to Christiansborg Palace.',
    phrase: '1640',
    value: 1640,
    unit: 'year',
  },
  {
    lang: 'fr',
    text: 'La banque, fondée en 1694, a survécu à toutes les crises.',
    phrase: '1694',
    value: 1694,
    unit: 'year',
  },
  {
    lang: 'it',
    text: 'Il palazzo fu completato nel 1625, secondo gli storici.',
    phrase: '1625',
    value: 1625,
    unit: 'year',
  },
  { lang: 'es', text: 'El museo abrió sus puertas en 1785 y nunca cerró.', phrase: '1785', value: 1785, unit: 'year' },
  { lang: 'pt', text: 'O teatro existe desde 1793, quando foi inaugurado.', phrase: '1793', value: 1793, unit: 'year' },
  {
    lang: 'nl',
    text: 'Het stadhuis werd gebouwd in 1655 en later uitgebreid.',
    phrase: '1655',
    value: 1655,
    unit: 'year',
  },
  { lang: 'sv', text: 'Slottet brann i 1697 och byggdes upp igen.', phrase: '1697', value: 1697, unit: 'year' },
  { lang: 'pl', text: 'Zamek odbudowano w 1619, po wielkim pożarze.', phrase: '1619', value: 1619, unit: 'year' },
  // a count after the preposition has its noun; a bare number with no preposition is no year
  { lang: 'en', text: 'The grant went to schools in 1500 towns.', phrase: '1500 towns', value: 1500, unit: 'town' },
  { lang: 'da', text: 'Der var i alt 1625 deltagere i løbet.', phrase: '1625', value: 1625, unit: 'participant' },
];

describe('patterns: years before 1800 in a date context', () => patternSuite(cases));
