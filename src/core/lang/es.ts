/** Spanish: the words the engine needs to read figures and claims in Spanish articles. */
import type { LanguageData } from './types';

export const es: LanguageData = {
  code: 'es',
  franc: 'spa',
  name: 'Spanish',
  figures: {
    numberWords: {},
    scaleWords: {},
    currencies: {},
    countedNouns: {},
    measureUnits: {},
    percentWords: [],
    months: {},
  },
  claims: {
    predicates: {},
    places: {},
  },
};
