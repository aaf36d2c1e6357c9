/** Portuguese: the words the engine needs to read figures and claims in Portuguese articles. */
import type { LanguageData } from './types';

export const pt: LanguageData = {
  code: 'pt',
  franc: 'por',
  name: 'Portuguese',
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
      'invest*': 'invest', 'destin*': 'invest', 'aport*': 'invest', 'compromisso': 'invest', 'aumento de capital': 'raise-funding',
      'capta*': 'raise-funding', 'avaliacao': 'valuation', 'participacao': 'stake', 'formacao': 'train-people',
      'capacit*': 'train-people', 'empregos': 'create-jobs', 'emprego': 'create-jobs', 'postos de trabalho': 'create-jobs',
      'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'data center*': 'build-data-centers',
      'centros de dados': 'build-data-centers', 'receita': 'revenue', 'faturamento': 'revenue', 'lucro': 'profit',
      'valor de mercado': 'market-value', 'acoes': 'share-price', 'pib': 'gdp', 'abri*': 'open', 'inaugur*': 'open',
      'capacidade': 'capacity', 'hectares': 'area', 'preco': 'price', 'funcionarios': 'employees', 'clientes': 'customers',
    },
    places: {
      franca: 'FR', 'frances*': 'FR', alemanha: 'DE', 'alema*': 'DE', italia: 'IT', 'italian*': 'IT', espanha: 'ES',
      'espanhol*': 'ES', suica: 'CH', 'suic*': 'CH', belgica: 'BE', suecia: 'SE', noruega: 'NO', dinamarca: 'DK',
      polonia: 'PL', 'paises baixos': 'NL', holanda: 'NL', portugal: 'PT', 'reino unido': 'GB', brasil: 'BR',
      'american*': 'US', 'norte american*': 'US', aragao: 'ES/aragon', 'aragones*': 'ES/aragon', madri: 'ES/madrid',
      'madrilen*': 'ES/madrid', saragoca: 'ES/aragon/zaragoza',
    },
    attributions: ['segundo', 'fontes', 'informou', 'antecipado'],
    contrasts: ['em comparacao', 'comparado com', 'frente a'],
    totals: ['no total', 'total'],
    notNames: ['o', 'a', 'os', 'as', 'um', 'uma', 'este', 'esta', 'em', 'no', 'na', 'com', 'por', 'para', 'de', 'e', 'mas',
      'ao', 'foi', 'antes', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo', 'governo'],
  },
};
