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
    predicates: {
      'invest*': 'invest', 'satsning*': 'invest', 'satsa*': 'invest', 'nyemission*': 'raise-funding', 'emission*': 'raise-funding',
      'resa kapital': 'raise-funding', 'varder*': 'valuation', 'agarandel': 'stake', 'utbild*': 'train-people', 'jobb': 'create-jobs',
      'arbetstillfall*': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'datacent*': 'build-data-centers',
      'omsattning': 'revenue', 'vinst': 'profit', 'borsvarde': 'market-value', 'marknadsvarde': 'market-value',
      'aktie*': 'share-price', 'bnp': 'gdp', 'oppn*': 'open', 'effekt': 'capacity', 'kapacitet': 'capacity',
      'kvadratmeter': 'area', 'hektar': 'area', 'pris': 'price', 'salja for': 'price', 'anstallda': 'employees', 'kunder': 'customers',
      'hushall': 'households',
    },
    places: {
      frankrike: 'FR', 'fransk*': 'FR', tyskland: 'DE', 'tysk*': 'DE', italien: 'IT', 'italiensk*': 'IT', spanien: 'ES',
      'spansk*': 'ES', schweiz: 'CH', 'schweizisk*': 'CH', belgien: 'BE', 'belgisk*': 'BE', sverige: 'SE', 'svensk*': 'SE',
      sveriges: 'SE', norge: 'NO', 'norsk*': 'NO', danmark: 'DK', 'dansk*': 'DK', polen: 'PL', nederlanderna: 'NL',
      portugal: 'PT', storbritannien: 'GB', 'amerikansk*': 'US', norden: 'EU/nordic', 'nordisk*': 'EU/nordic',
    },
    attributions: ['enligt', 'uppger', 'kallor', 'rapporterar'],
    contrasts: ['jamfort med', 'jamfor', 'som en vanlig'],
    totals: ['totalt', 'sammanlagt', 'i alt'],
    notNames: ['den', 'det', 'de', 'en', 'ett', 'i', 'pa', 'med', 'for', 'och', 'men', 'om', 'som', 'med', 'marken',
      'mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag', 'kommunen', 'kommunstyrelsens'],
  },
};
