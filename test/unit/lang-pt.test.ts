import { describe, it } from 'node:test';
import { expectAll } from './figure-helpers';

describe('Portuguese figures', () => {
  it('reads Portuguese number forms, scales and currencies', () => {
    expectAll('pt', [
      ['6,69 bilhões de euros', { kind: 'money', value: 6.69e9, unit: 'EUR' }],
      ['39 bilhões de reais', { value: 39e9, unit: 'BRL' }],
      ['um investimento de R$ 11,59 bilhões', { value: 11.59e9, unit: 'BRL' }, 'R$ 11,59 bilhões'],
      ['2,1 mil milhões de euros', { value: 2.1e9, unit: 'EUR' }],
      ['o campus somará 80 hectares', { kind: 'quantity', value: 80, unit: 'ha' }, '80 hectares'],
      ['a previsão de 900 empregos', { value: 900, unit: 'job' }, '900 empregos'],
      ['capacitar 990.085 pessoas', { value: 990_085, unit: 'person' }, '990.085 pessoas'],
      ['66 por cento da energia', { kind: 'percent', value: 66 }, '66 por cento'],
      ['em outubro de 2023', { kind: 'date', value: '2023-10', unit: 'month' }, 'outubro de 2023'],
      ['13 de outubro de 2023', { value: '2023-10-13', unit: 'day' }],
      ['ao longo dos próximos 10 anos', { value: 10, unit: 'year' }, '10 anos'],
    ]);
  });
});
