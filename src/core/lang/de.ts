/** German: the words the engine needs to read figures and claims in German articles. */
import type { LanguageData } from './types';

export const de: LanguageData = {
  code: 'de',
  franc: 'deu',
  name: 'German',
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
      'invest*': 'invest', 'steck*': 'invest', 'ausgab*': 'invest', 'budget': 'invest', 'kapitalerhoh*': 'raise-funding',
      'bezugsrecht*': 'raise-funding', 'bewertung': 'valuation', 'beteiligung': 'stake',
      'weiterbild*': 'train-people', 'schul*': 'train-people', 'ausbild*': 'train-people', 'qualifizier*': 'train-people',
      'arbeitsplatz*': 'create-jobs', 'arbeitsplatze': 'create-jobs', 'jobs': 'create-jobs', 'stellen': 'create-jobs',
      'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'start ups': 'support-startups', 'rechenzentr*': 'build-data-centers',
      'umsatz*': 'revenue', 'gewinn*': 'profit', 'borsenwert': 'market-value', 'marktwert': 'market-value',
      'marktkapitalisierung': 'market-value', 'aktie*': 'share-price', 'kurs*': 'share-price', 'bip': 'gdp',
      'bruttoinlandsprodukt*': 'gdp', 'co2 frei*': 'carbon-free-energy', 'kohlenstofffrei*': 'carbon-free-energy',
      'eroffn*': 'open', 'leistung': 'capacity', 'quadratmeter*': 'area', 'hektar': 'area', 'preis': 'price',
      'mitarbeiter*': 'employees', 'beschaftigte*': 'employees', 'kunden': 'customers', 'haushalt*': 'households',
    },
    places: {
      frankreich: 'FR', 'franzosisch*': 'FR', deutschland: 'DE', 'deutsch*': 'DE', 'bundesrepublik': 'DE', italien: 'IT',
      'italienisch*': 'IT', italiens: 'IT', spanien: 'ES', 'spanisch*': 'ES', schweiz: 'CH', 'schweizer*': 'CH', belgien: 'BE',
      'belgisch*': 'BE', schweden: 'SE', 'schwedisch*': 'SE', norwegen: 'NO', danemark: 'DK', 'danisch*': 'DK', polen: 'PL',
      niederlande: 'NL', portugal: 'PT', grossbritannien: 'GB', osterreich: 'AT', 'amerikanisch*': 'US', munchen: 'DE/bavaria/munich',
      'hessisch*': 'DE/hesse', 'rheinland': 'DE/nrw', mailand: 'IT/milan', zurich: 'CH/zurich', genf: 'CH/geneva',
    },
    attributions: ['laut', 'zufolge', 'nach angaben', 'berichtet', 'quellen', 'kreise'],
    contrasts: ['im vergleich', 'verglichen mit', 'gegenuber'],
    totals: ['insgesamt', 'gesamt*', 'total'],
    notNames: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'im', 'in', 'mit', 'fur', 'auf', 'und', 'aber',
      'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    nounsCapitalized: true,
  },
};
