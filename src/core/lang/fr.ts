/** French: the words the engine needs to read figures and claims in French articles. */
import type { LanguageData } from './types';

export const fr: LanguageData = {
  code: 'fr',
  franc: 'fra',
  name: 'French',
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
