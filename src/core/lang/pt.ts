/** Portuguese: the words the engine needs to read figures and claims in Portuguese articles. */
import type { LanguageData } from './types';

export const pt: LanguageData = {
  code: 'pt',
  franc: 'por',
  name: 'Portuguese',
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
