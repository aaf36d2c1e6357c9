// A count of people whose clause says they died counts deaths (docs/conflict-rules.md, "Outbreak units": deaths take
// `death`), whatever noun it names; the nearest casualty word of the clause decides, so the injured, the evacuated
// and the people merely present keep their unit. Rows paraphrase real reporting of earthquakes, road and rail
// accidents, fires and floods in the eleven languages; each positive row has a negative one in its language. First
// run, before the mechanism (main 914518c): 0 of the 15 positive rows, the 13 negative rows passing.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // a verb of dying or killing after the count, before it, or a life lost
  { lang: 'fr', text: 'Plus de 8.500 personnes ont péri en Turquie.', phrase: '8.500', value: 8500, unit: 'death' },
  {
    lang: 'fr',
    text: 'Le séisme a coûté la vie à 2.012 personnes et en a blessé 2.059.',
    phrase: '2.012',
    value: 2012,
    unit: 'death',
  },
  {
    lang: 'fr',
    text: 'Le séisme a coûté la vie à 2.012 personnes et en a blessé 2.059.',
    phrase: '2.059',
    value: 2059,
    unit: 'person',
  },
  {
    lang: 'fr',
    text: 'La crue a jeté à la rue 1,5 million de personnes.',
    phrase: '1,5 million',
    value: 1500000,
    unit: 'person',
  },
  {
    lang: 'de',
    text: 'Bei dem Brand sind in der Nacht 10 Menschen ums Leben gekommen.',
    phrase: '10',
    value: 10,
    unit: 'death',
  },
  { lang: 'de', text: 'Bei Flugunfällen starben 2011 knapp 500 Menschen.', phrase: '500', value: 500, unit: 'death' },
  { lang: 'de', text: 'Weitere 10 Menschen wurden leicht verletzt.', phrase: '10', value: 10, unit: 'person' },
  {
    lang: 'pl',
    text: 'W wypadkach zginęło 35 osób, a 587 zostało rannych.',
    phrase: '35',
    value: 35,
    unit: 'death',
  },
  { lang: 'pl', text: 'Do szpitala trafiło sześć osób.', phrase: 'sześć', value: 6, unit: 'person' },
  {
    lang: 'en',
    text: 'At least 40 people were killed when the ferry capsized.',
    phrase: '40',
    value: 40,
    unit: 'death',
  },
  { lang: 'en', text: 'Nearly 62,000 people died in the heatwave.', phrase: '62,000', value: 62000, unit: 'death' },
  { lang: 'en', text: 'The ferry was carrying 300 people.', phrase: '300', value: 300, unit: 'person' },
  {
    lang: 'es',
    text: 'Al menos 57 personas han perdido la vida en el incendio.',
    phrase: '57',
    value: 57,
    unit: 'death',
  },
  { lang: 'es', text: 'Aun así, dos personas salieron con vida.', phrase: 'dos', value: 2, unit: 'person' },
  { lang: 'it', text: "L'incendio ha ucciso 24 persone nella regione.", phrase: '24', value: 24, unit: 'death' },
  { lang: 'it', text: 'In piazza sono scese 70 mila persone.', phrase: '70 mila', value: 70000, unit: 'person' },
  {
    lang: 'pt',
    text: 'Em 1939, 33 mil pessoas morreram na província.',
    phrase: '33 mil',
    value: 33000,
    unit: 'death',
  },
  { lang: 'pt', text: 'Cerca de 400 pessoas foram resgatadas.', phrase: '400', value: 400, unit: 'person' },
  { lang: 'nl', text: 'Daarbij kwamen 32 mensen om het leven.', phrase: '32', value: 32, unit: 'death' },
  { lang: 'nl', text: 'Bij het ongeluk raakten 32 mensen gewond.', phrase: '32', value: 32, unit: 'person' },
  { lang: 'sv', text: 'Minst 4000 personer har omkommit i skalvet.', phrase: '4000', value: 4000, unit: 'death' },
  { lang: 'sv', text: 'Omkring 4000 personer har evakuerats.', phrase: '4000', value: 4000, unit: 'person' },
  {
    lang: 'nb',
    text: 'Om lag 20.000 personer kan ha mistet livet.',
    phrase: '20.000',
    value: 20000,
    unit: 'death',
  },
  { lang: 'nb', text: 'Om lag 20.000 personer deltok i markeringen.', phrase: '20.000', value: 20000, unit: 'person' },
  {
    lang: 'da',
    text: 'Over 61.000 mennesker døde i sommeren 2022.',
    phrase: '61.000',
    value: 61000,
    unit: 'death',
  },
  { lang: 'da', text: 'Over 3000 mennesker demonstrerede i går.', phrase: '3000', value: 3000, unit: 'person' },
  // the noun of dying stands for the verb ("a morte de", "la muerte de"), as French "mort" does
  {
    lang: 'pt',
    text: 'A tempestade provocou a morte de pelo menos 5.300 pessoas.',
    phrase: '5.300',
    value: 5300,
    unit: 'death',
  },
  { lang: 'es', text: 'La explosión causó la muerte de 200 personas.', phrase: '200', value: 200, unit: 'death' },
  {
    lang: 'pt',
    text: 'Após a morte do papa, 300 pessoas rezaram na praça.',
    phrase: '300',
    value: 300,
    unit: 'person',
  },
  // one statement for two counts: the verb stands once ("zginęło 1014 osób w Turcji i 783 w Syrii")
  {
    lang: 'fr',
    text: '18 991 personnes ont été tuées en Turquie et 3 377 personnes en Syrie.',
    phrase: '3 377',
    value: 3377,
    unit: 'death',
  },
  // a clause end keeps another statement's verb out ("104 reddet, 78 døde")
  {
    lang: 'nb',
    text: '104 personer er reddet, 78 er funnet døde.',
    phrase: '104',
    value: 104,
    unit: 'person',
  },
];

describe('patterns: a count of people whose clause says they died counts deaths', () => patternSuite(cases));
