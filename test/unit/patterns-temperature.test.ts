// Temperatures: Celsius, Fahrenheit and Kelvin as the text says; an angle is no temperature.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  {
    lang: 'en',
    text: 'It hit 104 degrees Fahrenheit in Phoenix.',
    phrase: '104 degrees Fahrenheit',
    value: 104,
    unit: '°F',
  },
  { lang: 'en', text: 'Highs near 95°F are expected.', phrase: '95°F', value: 95, unit: '°F' },
  { lang: 'en', text: 'Highs near 95 °F are expected.', phrase: '95 °F', value: 95, unit: '°F' },
  { lang: 'en', text: 'The temperature reached 38ºC on Sunday.', phrase: '38ºC', value: 38, unit: '°C' },
  { lang: 'en', text: 'Water boils at 100 degrees Celsius.', phrase: '100 degrees Celsius', value: 100, unit: '°C' },
  { lang: 'en', text: 'a chilly 21.5 celsius', phrase: '21.5 celsius', value: 21.5, unit: '°C' },
  { lang: 'en', text: 'Helium liquefies at 4 kelvin.', phrase: '4 kelvin', value: 4, unit: 'K' },
  {
    lang: 'en',
    text: 'The ramp rises at a 30-degree angle.',
    phrase: '30-degree',
    none: true,
    gap: 'an angle, no unit of its own yet',
  },
  { lang: 'en', text: 'temperatures of 40C were recorded', phrase: '40C', value: 40, unit: '°C' },
  { lang: 'fr', text: 'Il a fait 95 degrés F à Las Vegas.', phrase: '95 degrés F', value: 95, unit: '°F' },
  { lang: 'fr', text: "Il fera jusqu'à 40 degrés à Nîmes.", phrase: '40 degrés', value: 40, unit: '°C' },
  { lang: 'fr', text: 'Le thermomètre a atteint 42,6 °C.', phrase: '42,6 °C', value: 42.6, unit: '°C' },
  { lang: 'fr', text: 'soit 104 degrés Fahrenheit', phrase: '104 degrés Fahrenheit', value: 104, unit: '°F' },
  { lang: 'de', text: 'Es wurden 39,5 Grad Celsius gemessen.', phrase: '39,5 Grad Celsius', value: 39.5, unit: '°C' },
  { lang: 'de', text: 'In Texas waren es 110 Grad Fahrenheit.', phrase: '110 Grad Fahrenheit', value: 110, unit: '°F' },
  { lang: 'de', text: 'Am Rhein wurden 36 Grad erreicht.', phrase: '36 Grad', value: 36, unit: '°C' },
  { lang: 'it', text: 'A Roma si sono toccati 40 gradi.', phrase: '40 gradi', value: 40, unit: '°C' },
  { lang: 'it', text: 'temperature fino a 44 °C in Sicilia', phrase: '44 °C', value: 44, unit: '°C' },
  { lang: 'it', text: '100 gradi Fahrenheit', phrase: '100 gradi Fahrenheit', value: 100, unit: '°F' },
  { lang: 'es', text: 'Sevilla alcanzó 45 grados.', phrase: '45 grados', value: 45, unit: '°C' },
  { lang: 'es', text: 'se alcanzaron los 43,2 ºC', phrase: '43,2 ºC', value: 43.2, unit: '°C' },
  { lang: 'es', text: '105 grados Fahrenheit', phrase: '105 grados Fahrenheit', value: 105, unit: '°F' },
  { lang: 'pt', text: 'Lisboa registou 44 graus.', phrase: '44 graus', value: 44, unit: '°C' },
  { lang: 'pt', text: 'temperaturas de 38 ºC', phrase: '38 ºC', value: 38, unit: '°C' },
  { lang: 'nl', text: 'Het werd 40,7 graden in Gilze-Rijen.', phrase: '40,7 graden', value: 40.7, unit: '°C' },
  { lang: 'nl', text: 'temperaturen tot 35 graden Celsius', phrase: '35 graden Celsius', value: 35, unit: '°C' },
  { lang: 'sv', text: 'Det blev 33 grader i Stockholm.', phrase: '33 grader', value: 33, unit: '°C' },
  { lang: 'nb', text: 'Det ble målt 34,7 grader i Oslo.', phrase: '34,7 grader', value: 34.7, unit: '°C' },
  { lang: 'da', text: 'Det blev 30 grader i København.', phrase: '30 grader', value: 30, unit: '°C' },
  { lang: 'pl', text: 'W Warszawie było 36 stopni.', phrase: '36 stopni', value: 36, unit: '°C' },
  { lang: 'pl', text: 'temperatura 35 stopni Celsjusza', phrase: '35 stopni Celsjusza', value: 35, unit: '°C' },
  { lang: 'pl', text: 'upał do 38°C', phrase: '38°C', value: 38, unit: '°C' },
  {
    lang: 'de',
    text: 'Das Dach hat eine Neigung von 30 Grad.',
    phrase: '30 Grad',
    none: true,
    gap: 'an angle after "Neigung": no cue read yet',
  },
];

describe('patterns: temperature', () => patternSuite(cases));
