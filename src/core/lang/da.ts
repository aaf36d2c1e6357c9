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
    predicates: {
      'invest*': 'invest', 'emission*': 'raise-funding', 'kapitalforhojelse*': 'raise-funding', 'rejse': 'raise-funding',
      'rejse*': 'raise-funding', 'hente*': 'raise-funding', 'nye aktier': 'raise-funding', 'vaerdiansat*': 'valuation',
      'ejerandel*': 'stake', 'ejer': 'stake', 'ejer*': 'stake', 'uddann*': 'train-people', 'arbejdsplads*': 'create-jobs',
      'job': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'datacent*': 'build-data-centers',
      'omsaetning': 'revenue', 'overskud': 'profit', 'markedsvaerdi*': 'market-value', 'aktie*': 'share-price',
      'lukkede': 'share-price', 'kurs*': 'share-price', 'bnp': 'gdp', 'finansier*': 'project-funding', 'abn*': 'open',
      'kapacitet': 'capacity', 'pris': 'price', 'ansatte': 'employees', 'kunder': 'customers', 'husstand*': 'households',
      'frasalg*': 'divestment', 'salg': 'divestment', 'provenu': 'divestment',
    },
    places: {
      frankrig: 'FR', 'fransk*': 'FR', tyskland: 'DE', 'tysk*': 'DE', italien: 'IT', 'italiensk*': 'IT', spanien: 'ES',
      'spansk*': 'ES', schweiz: 'CH', belgien: 'BE', sverige: 'SE', 'svensk*': 'SE', norge: 'NO', 'norsk*': 'NO',
      danmark: 'DK', 'dansk*': 'DK', polen: 'PL', holland: 'NL', portugal: 'PT', storbritannien: 'GB',
      'amerikansk*': 'US', kobenhavn: 'DK/copenhagen',
    },
    attributions: ['ifolge', 'kilder', 'melder', 'oplyser', 'skriver'],
    contrasts: ['sammenlignet med'],
    totals: ['i alt', 'samlet', 'totalt'],
    notNames: ['den', 'det', 'de', 'en', 'et', 'i', 'pa', 'med', 'for', 'og', 'men', 'om', 'som', 'selskabet', 'aktien',
      'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag'],
  },
};
