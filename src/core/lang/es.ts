/** Spanish: the words the engine needs to read figures and claims in Spanish articles. */
import type { LanguageData } from './types';

export const es: LanguageData = {
  code: 'es',
  franc: 'spa',
  name: 'Spanish',
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
      'invert*': 'invest', 'inversion*': 'invest', 'invierte': 'invest', 'destin*': 'invest', 'compromet*': 'invest',
      'comprometido': 'invest', 'gasto': 'invest', 'ampliacion de capital': 'raise-funding', 'recaud*': 'raise-funding',
      'valoracion': 'valuation', 'participacion': 'stake', 'formacion': 'train-people', 'form*': 'train-people',
      'empleo*': 'create-jobs', 'puestos de trabajo': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups',
      'centros de datos': 'build-data-centers', 'facturacion': 'revenue', 'ingresos': 'revenue', 'beneficio*': 'profit',
      'capitalizacion': 'market-value', 'accion*': 'share-price', 'pib': 'gdp', 'abri*': 'open', 'inaugur*': 'open',
      'capacidad': 'capacity', 'hectareas': 'area', 'precio': 'price', 'empleados': 'employees', 'clientes': 'customers',
      'hogares': 'households',
    },
    places: {
      francia: 'FR', 'frances*': 'FR', alemania: 'DE', 'aleman*': 'DE', italia: 'IT', 'italian*': 'IT', espana: 'ES',
      'espanol*': 'ES', suiza: 'CH', 'suiz*': 'CH', belgica: 'BE', 'belga*': 'BE', suecia: 'SE', noruega: 'NO',
      dinamarca: 'DK', polonia: 'PL', 'paises bajos': 'NL', portugal: 'PT', 'reino unido': 'GB', 'estadounidense*': 'US',
      'norteamerican*': 'US', 'aragones*': 'ES/aragon', zaragoza: 'ES/aragon/zaragoza', 'madrilen*': 'ES/madrid',
    },
    attributions: ['segun', 'fuentes', 'informo', 'adelantado'],
    contrasts: ['frente a', 'comparado con', 'en comparacion'],
    totals: ['en total', 'total'],
    notNames: ['el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'en', 'con', 'por', 'para', 'de', 'y', 'pero', 'asi',
      'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'ejecutivo', 'gobierno', 'preguntada', 'pais', 'estado'],
  },
};
