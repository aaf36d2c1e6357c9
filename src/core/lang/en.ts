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
    predicates: {
      'invest*': 'invest', 'spend*': 'invest', 'commit*': 'invest', 'pledg*': 'invest', 'raise*': 'raise-funding',
      'rights issue': 'raise-funding', 'capital increase': 'raise-funding', 'valuation': 'valuation', 'valued': 'valuation',
      'stake': 'stake', 'train*': 'train-people', 'skill*': 'train-people', 'jobs': 'create-jobs', 'job': 'create-jobs',
      'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'start ups': 'support-startups', 'data cent*': 'build-data-centers',
      'datacent*': 'build-data-centers', 'revenue*': 'revenue', 'sales': 'revenue', 'profit*': 'profit',
      'market value': 'market-value', 'market cap*': 'market-value', 'shares': 'share-price', 'share price': 'share-price',
      'gdp': 'gdp', 'carbon free': 'carbon-free-energy', 'opened': 'open', 'capacity': 'capacity', 'hectares': 'area',
      'square met*': 'area', 'price': 'price', 'employees': 'employees', 'staff': 'employees', 'customers': 'customers',
      'households': 'households',
    },
    places: {
      france: 'FR', french: 'FR', germany: 'DE', german: 'DE', italy: 'IT', 'italian*': 'IT', italys: 'IT', spain: 'ES',
      spanish: 'ES', switzerland: 'CH', swiss: 'CH', belgium: 'BE', 'belgian*': 'BE', sweden: 'SE', swedish: 'SE',
      norway: 'NO', norwegian: 'NO', denmark: 'DK', danish: 'DK', poland: 'PL', polish: 'PL', netherlands: 'NL', dutch: 'NL',
      portugal: 'PT', 'united kingdom': 'GB', britain: 'GB', 'british': 'GB', uk: 'GB', ireland: 'IE', austria: 'AT',
      'american*': 'US', munich: 'DE/bavaria/munich', 'walloon': 'BE/wallonia', saragossa: 'ES/aragon/zaragoza',
    },
    attributions: ['according', 'citing', 'cited', 'reported', 'sources', 'said'],
    contrasts: ['compared with', 'compared to', 'against', 'versus'],
    totals: ['in total', 'total', 'overall', 'all told'],
    notNames: ['the', 'a', 'an', 'this', 'that', 'it', 'its', 'in', 'on', 'for', 'with', 'and', 'but', 'after', 'as', 'by',
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'cloud', 'we', 'our', 'he', 'she', 'they'],
  },
};
