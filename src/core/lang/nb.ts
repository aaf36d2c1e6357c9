/** Norwegian Bokmål: the words the engine needs to read figures and claims in Norwegian Bokmål articles. */
import type { LanguageData } from './types';

export const nb: LanguageData = {
  code: 'nb',
  franc: 'nob',
  name: 'Norwegian Bokmål',
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
