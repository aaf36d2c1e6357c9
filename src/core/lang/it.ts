/** Italian: the words the engine needs to read figures and claims in Italian articles. */
import type { LanguageData } from './types';

export const it: LanguageData = {
  code: 'it',
  franc: 'ita',
  name: 'Italian',
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
