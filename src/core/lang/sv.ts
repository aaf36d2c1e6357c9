/** Swedish: the words the engine needs to read figures and claims in Swedish articles. */
import type { LanguageData } from './types';

export const sv: LanguageData = {
  code: 'sv',
  franc: 'swe',
  name: 'Swedish',
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
