/** Danish: the words the engine needs to read figures and claims in Danish articles. */
import type { LanguageData } from './types';

export const da: LanguageData = {
  code: 'da',
  franc: 'dan',
  name: 'Danish',
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
