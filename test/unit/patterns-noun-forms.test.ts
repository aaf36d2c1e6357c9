// The form of the word after a number decides its unit: German plurals that change their vowel ("Fälle": cases,
// "Anträge": applications), compounds read by their head ("Masernfälle", "Erstanträge"), Swiss spelling
// ("Strassen"), and an elided article glued to the next word, which is no unit symbol ("quattro miliardi l'anno",
// "20 milliards l'année suivante": not litres). Sentences paraphrased from stored reports on measles (RKI, krone.at,
// Hamburger Abendblatt), German asylum statistics (BAMF), Swiss storm damage and French and Italian budget news.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // German vowel-changing plurals and compounds
  {
    lang: 'de',
    text: 'In Österreich waren bis Mitte September bereits 502 Masernfälle registriert worden.',
    phrase: '502',
    value: 502,
    unit: 'case',
  },
  {
    lang: 'de',
    text: 'Bis Donnerstag wurden rund 550 Fälle an das Robert Koch-Institut übermittelt.',
    phrase: 'rund 550',
    value: 550,
    unit: 'case',
  },
  {
    lang: 'de',
    text: 'Auch im Jahr 2006 war die Zahl mit 2308 Fällen vergleichsweise hoch.',
    phrase: '2308',
    value: 2308,
    unit: 'case',
  },
  {
    lang: 'de',
    text: 'Beim Bundesamt sind etwa 300.000 Asylanträge nicht abschließend bearbeitet.',
    phrase: 'etwa 300.000',
    value: 300000,
    unit: 'application',
  },
  {
    lang: 'de',
    text: 'Im vergangenen Jahr wurden in Deutschland 329.120 Erstanträge gestellt.',
    phrase: '329.120',
    value: 329120,
    unit: 'application',
  },
  // a number with a thousands separator after a name is a count, never a model number (a model number stays none:
  // patterns-ranges, 'iPhone 16')
  {
    lang: 'de',
    text: 'Im vergangenen Jahr wurden in Deutschland 329.120 Anträge gestellt.',
    phrase: '329.120',
    value: 329120,
    unit: 'application',
  },
  { lang: 'de', text: 'Das neue iPhone 16 kostet 999 Euro.', phrase: 'iPhone 16', none: true },
  // a plural in -n takes no umlaut ("Läden": shops)
  { lang: 'de', text: 'In der Innenstadt schlossen 40 Läden.', phrase: '40 Läden', value: 40, unit: 'store' },
  // Swiss spelling: "ss" for "ß"
  {
    lang: 'de',
    text: 'Nach dem Unwetter im Tessin waren 450 Strassen gesperrt.',
    phrase: '450',
    value: 450,
    unit: 'road',
  },
  // an elided article is no unit symbol; a litre written as a symbol still is one
  {
    lang: 'it',
    text: "Le banche dovrebbero versare otto miliardi di euro nel 2025 e quattro miliardi l'anno successivo.",
    phrase: 'quattro miliardi',
    value: 4e9,
    unit: 'EUR',
  },
  { lang: 'it', text: "Nel 2023 l'aumento dei prezzi è stato del 9%.", phrase: '2023', value: 2023, unit: 'year' },
  { lang: 'it', text: "Il serbatoio contiene 20 l d'acqua.", phrase: '20 l', value: 20, unit: 'l' },
  {
    lang: 'fr',
    text: "Le budget prévoit 40 milliards d'euros d'économies en 2025 et 20 milliards l'année suivante.",
    phrase: '20 milliards',
    value: 2e10,
    unit: 'EUR',
  },
  { lang: 'fr', text: "En 2024 l'inflation a nettement reculé.", phrase: '2024', value: 2024, unit: 'year' },
  { lang: 'fr', text: "Chaque habitant consomme 150 l d'eau par jour.", phrase: '150 l', value: 150, unit: 'l' },
];

describe('patterns: the form of the counted word', () => patternSuite(cases));
