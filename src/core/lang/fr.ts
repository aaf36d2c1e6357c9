/** French: the words the engine needs to read figures and claims in French articles. */
import type { LanguageData } from './types';

export const fr: LanguageData = {
  code: 'fr',
  franc: 'fra',
  name: 'French',
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
      'investi*': 'invest', 'investissement*': 'invest', 'consacr*': 'invest', 'inject*': 'invest', 'depens*': 'invest',
      'engag*': 'invest', 'enveloppe': 'invest', 'milliards d investissements': 'invest',
      'lev*': 'raise-funding', 'augmentation de capital': 'raise-funding', 'recapitalis*': 'raise-funding',
      'valoris*': 'valuation', 'participation': 'stake', 'detient': 'stake', 'actionnaire*': 'stake',
      'form*': 'train-people', 'competences': 'train-people', 'emploi*': 'create-jobs', 'postes': 'create-jobs',
      'gpu': 'supply-gpus', 'processeur*': 'supply-gpus', 'startup*': 'support-startups', 'start ups': 'support-startups',
      'centres de donnees': 'build-data-centers', 'data center*': 'build-data-centers', 'datacenter*': 'build-data-centers',
      "chiffre d affaires": 'revenue', 'benefice*': 'profit', 'capitalisation': 'market-value',
      'action*': 'share-price', 'cours': 'share-price', 'pib': 'gdp', 'energie sans carbone': 'carbon-free-energy',
      'decarbon*': 'carbon-free-energy', 'ouvert*': 'open', 'inaugur*': 'open', 'puissance': 'capacity',
      'hectares': 'area', 'prix': 'price', 'salaries': 'employees', 'clients': 'customers', 'foyers': 'households',
      'menages': 'households',
    },
    places: {
      france: 'FR', 'francais*': 'FR', hexagone: 'FR', allemagne: 'DE', 'allemand*': 'DE', italie: 'IT', 'italien*': 'IT',
      espagne: 'ES', 'espagnol*': 'ES', suisse: 'CH', 'suisses': 'CH', 'helvetique*': 'CH', belgique: 'BE', 'belge*': 'BE',
      suede: 'SE', 'suedois*': 'SE', norvege: 'NO', 'norvegien*': 'NO', danemark: 'DK', 'danois*': 'DK', pologne: 'PL',
      'polonais*': 'PL', 'pays bas': 'NL', 'neerlandais*': 'NL', portugal: 'PT', 'portugais*': 'PT', 'royaume uni': 'GB',
      'britannique*': 'GB', autriche: 'AT', irlande: 'IE', 'americain*': 'US', 'etats unis': 'US', saragosse: 'ES/aragon/zaragoza',
      'aragonais*': 'ES/aragon', wallon: 'BE/wallonia', wallonne: 'BE/wallonia', 'rhenanie': 'DE/nrw', francfort: 'DE/hesse/frankfurt',
      munich: 'DE/bavaria/munich', geneve: 'CH/geneva', 'zurich': 'CH/zurich', bale: 'CH/basel',
    },
    attributions: ['selon', 'd apres', 'apres', 'cite', 'citee', 'rapporte', 'indique', 'source', 'sources'],
    contrasts: ['par rapport a', 'compare a', 'contre', 'soit plus que'],
    totals: ['au total', 'total', 'en tout', 'cumule*'],
    notNames: ['le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cette', 'il', 'elle', 'on', 'nous', 'ces', 'en', 'au', 'aux', 'sur',
      'pour', 'par', 'dans', 'avec', 'mais', 'et', 'ou', 'selon', 'apres', 'depuis', 'lundi', 'mardi', 'mercredi', 'jeudi',
      'vendredi', 'samedi', 'dimanche', 'cloud', 'internet', 'data', 'center', 'centers', 'tech', 'french'],
  },
};
