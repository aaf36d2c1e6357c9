/** Italian: the words the engine needs to read figures and claims in Italian articles. */
import type { LanguageData } from './types';

export const it: LanguageData = {
  code: 'it',
  franc: 'ita',
  name: 'Italian',
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
      'invest*': 'invest', 'impegn*': 'invest', 'stanzi*': 'invest', 'spend*': 'invest', 'spesa': 'invest', 'destin*': 'invest',
      'raccol*': 'raise-funding', 'aumento di capitale': 'raise-funding', 'valutazione': 'valuation', 'quota': 'stake',
      'partecipazione': 'stake', 'formazione': 'train-people', 'form*': 'train-people', 'competenze': 'train-people',
      'posti di lavoro': 'create-jobs', 'occupazion*': 'create-jobs', 'gpu': 'supply-gpus', 'startup': 'support-startups',
      'data center': 'build-data-centers', 'fatturato': 'revenue', 'ricavi': 'revenue', 'utile': 'profit',
      'capitalizzazione': 'market-value', 'azion*': 'share-price', 'pil': 'gdp', 'energia priva di carbonio': 'carbon-free-energy',
      'carbon free': 'carbon-free-energy', 'apert*': 'open', 'inaugur*': 'open', 'potenza': 'capacity', 'ettari': 'area',
      'metri quadrati': 'area', 'prezzo': 'price', 'dipendenti': 'employees', 'clienti': 'customers', 'famiglie': 'households',
    },
    places: {
      francia: 'FR', 'frances*': 'FR', germania: 'DE', 'tedesc*': 'DE', italia: 'IT', 'italian*': 'IT', spagna: 'ES',
      'spagnol*': 'ES', svizzera: 'CH', 'svizzer*': 'CH', 'elvetic*': 'CH', belgio: 'BE', 'belg*': 'BE', svezia: 'SE',
      'svedes*': 'SE', norvegia: 'NO', 'norveges*': 'NO', danimarca: 'DK', 'danes*': 'DK', polonia: 'PL', 'polacc*': 'PL',
      'paesi bassi': 'NL', olanda: 'NL', portogallo: 'PT', 'regno unito': 'GB', austria: 'AT', 'american*': 'US',
      alsazia: 'FR/grand-est/alsace', parigi: 'FR/paris', marsiglia: 'FR/marseille', 'monaco di baviera': 'DE/bavaria/munich',
      francoforte: 'DE/hesse/frankfurt', aragona: 'ES/aragon', saragozza: 'ES/aragon/zaragoza', vallonia: 'BE/wallonia',
    },
    attributions: ['secondo', 'stando a', 'fonti', 'riferisce', 'riporta'],
    contrasts: ['rispetto a', 'contro', 'paragonato a'],
    totals: ['in totale', 'totale', 'complessiv*'],
    notNames: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'questo', 'questa', 'per', 'con', 'da', 'di', 'in', 'su',
      'ma', 'e', 'dopo', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'cloud', 'data', 'center',
      'investimenti', 'articoli', 'articolo', 'paese', 'stato', 'governo'],
  },
};
