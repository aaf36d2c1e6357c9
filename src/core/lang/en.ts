/** English: the words the engine needs to read figures and claims in English articles. */
import type { LanguageData } from './types';

export const en: LanguageData = {
  code: 'en',
  franc: 'eng',
  name: 'English',
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
