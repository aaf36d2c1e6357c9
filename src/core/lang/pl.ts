/** Polish: the words the engine needs to read figures and claims in Polish articles. */
import type { LanguageData } from './types';

export const pl: LanguageData = {
  code: 'pl',
  franc: 'pol',
  name: 'Polish',
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
