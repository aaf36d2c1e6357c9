/** German: the words the engine needs to read figures and claims in German articles. */
import type { LanguageData } from './types';

export const de: LanguageData = {
  code: 'de',
  franc: 'deu',
  name: 'German',
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
