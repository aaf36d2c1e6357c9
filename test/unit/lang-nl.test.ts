import { describe, it } from 'node:test';
import { expectAll, expectFigure } from './figure-helpers';

describe('Dutch figures', () => {
  it('reads Dutch number forms, written numbers and nouns', () => {
    expectAll('nl', [
      ['Google gaat 5 miljard euro investeren', { kind: 'money', value: 5e9, unit: 'EUR' }, '5 miljard euro'],
      ['Google trekt €5 miljard extra uit', { value: 5e9, unit: 'EUR' }, '€5 miljard'],
      ['Google pompt vijf miljard euro in', { value: 5e9, unit: 'EUR' }, 'vijf miljard euro'],
      ['levert driehonderd nieuwe banen op', { kind: 'quantity', value: 300, unit: 'job' }, 'driehonderd nieuwe banen'],
      ['300 nieuwe voltijdse banen', { value: 300, unit: 'job' }],
      ['Eneco en twee andere leveranciers', { value: 2, unit: 'supplier' }, 'twee andere leveranciers'],
      ['verspreid over twee jaar', { value: 2, unit: 'year' }, 'twee jaar'],
      ['1,5 miljoen euro', { value: 1.5e6, unit: 'EUR' }],
      ['8 oktober 2025', { kind: 'date', value: '2025-10-08', unit: 'day' }],
      ['ruim 40 procent', { kind: 'percent', value: 40, bound: 'at-least' }, '40 procent'],
    ]);
  });
  it('takes the currency of a headline figure from the body', () => {
    const text =
      'Google investeert 5 miljard in Belgisch datacenter\n8 oktober 2025\n\nGoogle gaat 5 miljard euro investeren in België.';
    expectFigure('nl', text, '5 miljard', { kind: 'money', value: 5e9, unit: 'EUR', currencyFromContext: true });
  });
});
