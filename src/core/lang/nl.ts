/** Dutch: the words the engine needs to read figures and claims in Dutch articles. */
import type { LanguageData } from './types';

export const nl: LanguageData = {
  code: 'nl',
  franc: 'nld',
  name: 'Dutch',
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
      'invest*': 'invest', 'pomp*': 'invest', 'steek*': 'invest', 'uitgave*': 'invest', 'kapitaalverhoging': 'raise-funding',
      'ophal*': 'raise-funding', 'waardering': 'valuation', 'belang': 'stake', 'opleid*': 'train-people',
      'train*': 'train-people', 'banen': 'create-jobs', 'baan': 'create-jobs', 'arbeidsplaats*': 'create-jobs',
      'jobs': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'datacent*': 'build-data-centers',
      'omzet': 'revenue', 'winst': 'profit', 'beurswaarde': 'market-value', 'marktwaarde': 'market-value',
      'aandeel': 'share-price', 'aandelen': 'share-price', 'bbp': 'gdp', 'koolstofvrij*': 'carbon-free-energy',
      'geopend': 'open', 'operationeel': 'open', 'in gebruik': 'open', 'geopend sinds': 'open', 'capaciteit': 'capacity', 'hectare': 'area', 'prijs': 'price',
      'werknemers': 'employees', 'medewerkers': 'employees', 'klanten': 'customers', 'huishoudens': 'households',
      'leveranciers': 'suppliers',
    },
    places: {
      frankrijk: 'FR', 'frans*': 'FR', duitsland: 'DE', 'duits*': 'DE', italie: 'IT', 'italiaans*': 'IT', spanje: 'ES',
      'spaans*': 'ES', zwitserland: 'CH', 'zwitsers*': 'CH', belgie: 'BE', 'belgisch*': 'BE', zweden: 'SE', 'zweeds*': 'SE',
      noorwegen: 'NO', denemarken: 'DK', 'deens*': 'DK', polen: 'PL', nederland: 'NL', 'nederlands*': 'NL', portugal: 'PT',
      'verenigd koninkrijk': 'GB', 'amerikaans*': 'US', wallonie: 'BE/wallonia', 'waals*': 'BE/wallonia',
      henegouwen: 'BE/wallonia/hainaut',
    },
    attributions: ['volgens', 'bronnen', 'meldt', 'aldus'],
    contrasts: ['vergeleken met', 'tegenover', 'ten opzichte van'],
    totals: ['in totaal', 'totaal', 'totale'],
    notNames: ['de', 'het', 'een', 'dit', 'deze', 'in', 'op', 'met', 'voor', 'van', 'en', 'maar', 'na', 'bij', 'ook',
      'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ze', 'zij', 'hij', 'we'],
  },
};
