// Shares said in words are percent figures; basis points and quarter points are hundredths of a percentage point.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  { lang: 'en', text: 'Nearly half of the voters stayed home.', phrase: 'half', value: 50, unit: '%', kind: 'percent' },
  { lang: 'en', text: 'About a third of the staff will go.', phrase: 'a third', value: 100 / 3, unit: '%' },
  { lang: 'en', text: 'three quarters of the town was flooded', phrase: 'three quarters', value: 75, unit: '%' },
  { lang: 'de', text: 'Etwa die Hälfte der Stellen fällt weg.', phrase: 'Hälfte', value: 50, unit: '%' },
  { lang: 'de', text: 'ein Drittel der Haushalte', phrase: 'Drittel', value: 100 / 3, unit: '%' },
  { lang: 'fr', text: 'La moitié des habitants a été évacuée.', phrase: 'La moitié', value: 50, unit: '%' },
  { lang: 'fr', text: 'près de la moitié des voix', phrase: 'la moitié', value: 50, unit: '%' },
  { lang: 'fr', text: 'un tiers des salariés', phrase: 'un tiers', value: 100 / 3, unit: '%' },
  { lang: 'fr', text: 'les trois quarts des communes', phrase: 'trois quarts', value: 75, unit: '%' },
  { lang: 'it', text: 'la metà dei lavoratori ha scioperato', phrase: 'metà', value: 50, unit: '%' },
  { lang: 'it', text: 'un terzo delle famiglie', phrase: 'un terzo', value: 100 / 3, unit: '%' },
  { lang: 'es', text: 'la mitad de los votantes', phrase: 'la mitad', value: 50, unit: '%' },
  { lang: 'es', text: 'un tercio de los hogares', phrase: 'un tercio', value: 100 / 3, unit: '%' },
  { lang: 'pt', text: 'metade dos trabalhadores', phrase: 'metade', value: 50, unit: '%' },
  { lang: 'nl', text: 'de helft van de inwoners', phrase: 'de helft', value: 50, unit: '%' },
  { lang: 'nl', text: 'een derde van de banen', phrase: 'een derde', value: 100 / 3, unit: '%' },
  { lang: 'sv', text: 'hälften av hushållen', phrase: 'hälften', value: 50, unit: '%' },
  { lang: 'nb', text: 'halvparten av de ansatte', phrase: 'halvparten', value: 50, unit: '%' },
  { lang: 'da', text: 'halvdelen af indbyggerne', phrase: 'halvdelen', value: 50, unit: '%' },
  { lang: 'pl', text: 'ponad połowa budynków', phrase: 'połowa', value: 50, unit: '%' },
  { lang: 'pl', text: 'jedna trzecia mieszkańców', phrase: 'jedna trzecia', value: 100 / 3, unit: '%' },
  // basis points and quarter points
  { lang: 'en', text: 'The Fed raised rates by 25 basis points.', phrase: '25 basis points', value: 0.25, unit: '%' },
  { lang: 'en', text: 'a cut of 50 bps', phrase: '50 bps', value: 0.5, unit: '%' },
  { lang: 'de', text: 'Die EZB senkt um 25 Basispunkte.', phrase: '25 Basispunkte', value: 0.25, unit: '%' },
  { lang: 'fr', text: 'une baisse de 25 points de base', phrase: '25 points de base', value: 0.25, unit: '%' },
  { lang: 'it', text: 'un taglio di 25 punti base', phrase: '25 punti base', value: 0.25, unit: '%' },
  { lang: 'es', text: 'una bajada de 25 puntos básicos', phrase: '25 puntos básicos', value: 0.25, unit: '%' },
  { lang: 'pt', text: 'um corte de 25 pontos base', phrase: '25 pontos base', value: 0.25, unit: '%' },
  { lang: 'nl', text: 'een verlaging met 25 basispunten', phrase: '25 basispunten', value: 0.25, unit: '%' },
  { lang: 'sv', text: 'en sänkning med 25 punkter', phrase: '25 punkter', value: 0.25, unit: '%', gap: 'Swedish "punkter" alone is basis points only in a rate context' },
  { lang: 'sv', text: 'en sänkning med 25 baspunkter', phrase: '25 baspunkter', value: 0.25, unit: '%' },
  { lang: 'nb', text: 'renten kuttes med 25 basispunkter', phrase: '25 basispunkter', value: 0.25, unit: '%' },
  { lang: 'da', text: 'en nedsættelse på 25 basispoint', phrase: '25 basispoint', value: 0.25, unit: '%' },
  { lang: 'pl', text: 'obniżka o 25 punktów bazowych', phrase: '25 punktów bazowych', value: 0.25, unit: '%' },
  { lang: 'pl', text: 'obniżka o 175 pb', phrase: '175 pb', value: 1.75, unit: '%' },
  { lang: 'nl', text: 'een kwart procentpunt lager', phrase: 'kwart procentpunt', value: 0.25, unit: '%' },
  { lang: 'es', text: 'un cuarto de punto porcentual', phrase: 'un cuarto de punto porcentual', value: 0.25, unit: '%' },
  { lang: 'en', text: 'a quarter of a percentage point', phrase: 'a quarter of a percentage point', value: 0.25, unit: '%' },
  { lang: 'en', text: 'a quarter-point cut', phrase: 'quarter-point', value: 0.25, unit: '%' },
];

describe('patterns: shares in words and basis points', () => patternSuite(cases));
