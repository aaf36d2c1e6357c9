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
    predicates: {
      'invest*': 'invest', 'satsing*': 'invest', 'emisjon*': 'raise-funding', 'fortrinnsrettsemisjon*': 'raise-funding',
      'hente*': 'raise-funding', 'jakter': 'raise-funding', 'kapital': 'raise-funding', 'verdsett*': 'valuation',
      'eierandel*': 'stake', 'eierpost': 'stake', 'opplaering': 'train-people', 'utdann*': 'train-people',
      'arbeidsplass*': 'create-jobs', 'jobber': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups',
      'datasent*': 'build-data-centers', 'omsetning': 'revenue', 'overskudd': 'profit', 'markedsverdi*': 'market-value',
      'aksje*': 'share-price', 'endte': 'share-price', 'bnp': 'gdp', 'hull': 'funding-gap', 'finansier*': 'project-funding', 'reise': 'raise-funding',
      'apn*': 'open', 'effekt': 'capacity', 'kapasitet': 'capacity', 'kvadratmeter': 'area', 'pris': 'price',
      'ansatte': 'employees', 'kunder': 'customers', 'husholdning*': 'households', 'salg': 'divestment',
      'frasalg': 'divestment', 'nedsalg': 'divestment',
    },
    places: {
      frankrike: 'FR', 'fransk*': 'FR', tyskland: 'DE', 'tysk*': 'DE', italia: 'IT', 'italiensk*': 'IT', spania: 'ES',
      'spansk*': 'ES', sveits: 'CH', belgia: 'BE', sverige: 'SE', 'svensk*': 'SE', norge: 'NO', 'norsk*': 'NO',
      danmark: 'DK', 'dansk*': 'DK', polen: 'PL', nederland: 'NL', portugal: 'PT', storbritannia: 'GB',
      'amerikansk*': 'US', kobenhavn: 'DK/copenhagen', norden: 'EU/nordic', 'nordisk*': 'EU/nordic',
    },
    attributions: ['ifolge', 'viser til', 'kilder', 'kildene', 'melder', 'anslo'],
    contrasts: ['sammenlignet med'],
    totals: ['totalt', 'til sammen', 'samlet'],
    notNames: ['den', 'det', 'de', 'en', 'et', 'i', 'pa', 'med', 'for', 'og', 'men', 'om', 'som', 'allerede', 'siden',
      'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag', 'tallene', 'belopet', 'markedsverdien'],
  },
};
