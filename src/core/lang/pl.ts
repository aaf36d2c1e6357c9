/** Polish: the words the engine needs to read figures and claims in Polish articles. */
import type { LanguageData } from './types';

export const pl: LanguageData = {
  code: 'pl',
  franc: 'pol',
  name: 'Polish',
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
      'inwest*': 'invest', 'wyda*': 'invest', 'naklad*': 'invest', 'dokapitaliz*': 'raise-funding', 'emisj*': 'raise-funding',
      'pozysk*': 'raise-funding', 'wycen*': 'valuation', 'udzial*': 'stake', 'akcji': 'stake', 'szkolen*': 'train-people',
      'przeszkol*': 'train-people', 'miejsc pracy': 'create-jobs', 'miejsca pracy': 'create-jobs', 'gpu*': 'supply-gpus',
      'startup*': 'support-startups', 'centr* danych': 'build-data-centers', 'przychod*': 'revenue', 'zysk*': 'profit',
      'wartosc rynkow*': 'market-value', 'kapitalizacj*': 'market-value', 'akcje': 'share-price', 'pkb': 'gdp',
      'otwar*': 'open', 'moc': 'capacity', 'cena': 'price', 'pracownik*': 'employees', 'klient*': 'customers',
      'gospodarstw*': 'households', 'podatnic*': 'taxpayers', 'pokryj*': 'taxpayers',
    },
    places: {
      francja: 'FR', 'francji': 'FR', 'francusk*': 'FR', niemcy: 'DE', niemczech: 'DE', 'niemieck*': 'DE', wlochy: 'IT',
      wloszech: 'IT', 'wlosk*': 'IT', hiszpania: 'ES', hiszpanii: 'ES', 'hiszpansk*': 'ES', szwajcaria: 'CH', szwajcarii: 'CH',
      'szwajcarsk*': 'CH', belgia: 'BE', belgii: 'BE', szwecja: 'SE', szwecji: 'SE', 'szwedzk*': 'SE', norwegia: 'NO',
      'norwesk*': 'NO', dania: 'DK', danii: 'DK', 'dunsk*': 'DK', dunczycy: 'DK', polska: 'PL', polsce: 'PL', 'polsk*': 'PL',
      holandia: 'NL', portugalia: 'PT', 'wielka brytania': 'GB', 'amerykansk*': 'US', waszyngton: 'US/washington',
      'nowym jorku': 'US/new-york', europie: 'EU', 'europejsk*': 'EU',
    },
    attributions: ['wedlug', 'zrodla', 'podaje', 'informuje'],
    contrasts: ['w porownaniu', 'wobec'],
    totals: ['lacznie', 'w sumie', 'ogolem'],
    notNames: ['w', 'we', 'z', 'na', 'do', 'od', 'po', 'i', 'a', 'ale', 'ten', 'ta', 'to', 'jest', 'ponad', 'premier',
      'poniedzialek', 'wtorek', 'sroda', 'czwartek', 'piatek', 'sobota', 'niedziela', 'powodem', 'szef', 'minister', 'swiezy'],
  },
};
