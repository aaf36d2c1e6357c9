/** Dutch: the words the engine needs to read figures and claims in Dutch articles. */
import type { LanguageData } from './types';

export const nl: LanguageData = {
  code: 'nl',
  franc: 'nld',
  name: 'Dutch',
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
