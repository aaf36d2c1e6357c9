// Percentage points said as bare "points" beside percentages (docs/conflict-rules.md: "percentage points are percent
// figures"), the forms of a listed noun the lists do not spell out (Polish "po 14 latach"), and numbers of one
// sentence that share the counted noun of the first ("Syrien (104.000 Anträge), die Türkei (62.624)"). Sentences
// paraphrased from stored election-night and house-price reports (turnout "5 puntos menos que en 2015", "11 puntos
// (hasta el 43,52%)"), asylum statistics and the Berlin airport's opening.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // points beside a percentage are percentage points
  {
    lang: 'es',
    text: 'La participación llega al 46,6%, 5 puntos menos que en 2015.',
    phrase: '5',
    value: 5,
    unit: '%',
    kind: 'percent',
  },
  {
    lang: 'es',
    text: 'El precio subió un 11,9%, casi tres puntos más que en 2023.',
    phrase: 'casi tres',
    value: 3,
    unit: '%',
  },
  {
    lang: 'es',
    text: 'La vivienda nueva se encareció un 8,2%. El repunte supera en 3,2 puntos al del año anterior.',
    phrase: '3,2',
    value: 3.2,
    unit: '%',
  },
  {
    lang: 'it',
    text: 'Alle 17 aveva votato il 57,54% degli aventi diritto, 12 punti in più rispetto alla tornata precedente.',
    phrase: '12',
    value: 12,
    unit: '%',
  },
  {
    lang: 'en',
    text: 'Turnout reached 57%, 12 points higher than in the last election.',
    phrase: '12 points',
    value: 12,
    unit: '%',
  },
  // no percentage near: points are points (a league table), and points of something are that thing
  {
    lang: 'es',
    text: 'El Real Madrid saca cinco puntos al Barcelona tras la jornada.',
    phrase: 'cinco',
    value: 5,
    unit: 'point',
  },
  {
    lang: 'en',
    text: 'James scored 30 points as the Lakers won again.',
    phrase: '30 points',
    value: 30,
    unit: 'point',
  },
  {
    lang: 'es',
    text: 'El sindicato informó de 320 puntos de concentración y de un seguimiento del 40%.',
    phrase: '320',
    value: 320,
    unit: 'point',
  },
  // a case form of a listed noun is that noun: "latach" (locative plural of "lata", years)
  {
    lang: 'pl',
    text: 'Do otwarcia lotniska doszło po 14 latach od wmurowania kamienia węgielnego.',
    phrase: '14',
    value: 14,
    unit: 'year',
  },
  { lang: 'pl', text: 'Budowa trwała 14 lat.', phrase: '14 lat', value: 14, unit: 'year' },
  // the numbers of one sentence share the counted noun the first one names, when a vocabulary knows that noun
  {
    lang: 'de',
    text: 'Die wichtigsten Herkunftsländer waren Syrien (104.000 Anträge), die Türkei (62.624) und Afghanistan (53.582).',
    phrase: '62.624',
    value: 62624,
    unit: 'application',
  },
  {
    lang: 'de',
    text: 'Die meisten kamen aus Syrien mit knapp 102.930 Erstanträgen, gefolgt von der Türkei mit 61.181 und Afghanistan mit 51.275 Erstanträgen.',
    phrase: '61.181',
    value: 61181,
    unit: 'application',
  },
  {
    lang: 'fr',
    text: "Suivent 12.360 demandeurs venus d'Irak, 10.206 d'Iran et 9.399 de Géorgie.",
    phrase: '10.206',
    value: 10206,
    unit: 'applicant',
  },
  // a guessed word no vocabulary knows lends nothing (it may be any word): the next number stays bare, no figure
  {
    lang: 'de',
    text: 'Es kamen 300 Flumbrinen aus Syrien und 200 aus dem Irak.',
    phrase: '200',
    none: true,
  },
];

describe('patterns: points beside percentages, case forms of listed nouns, a noun shared in a list', () =>
  patternSuite(cases));
