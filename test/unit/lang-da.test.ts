import { describe, it } from 'node:test';
import { expectAll } from './figure-helpers';

describe('Danish figures', () => {
  it('reads Danish number forms, currencies, bounds and ranges', () => {
    expectAll('da', [
      ['Ørsted vil rejse 60 mia. kr. hos aktionærerne', { kind: 'money', value: 60e9, unit: 'DKK' }, '60 mia. kr.'],
      ['op mod 60 mia. kr.', { value: 60e9, unit: 'DKK', bound: 'at-most' }, '60 mia. kr.'],
      ['andel på 50,1 pct.', { kind: 'percent', value: 50.1 }, '50,1 pct.'],
      ['aktien lå i 308,60 kr.', { value: 308.6, unit: 'DKK' }, '308,60 kr.'],
      ['de i alt 8,1 GW havvind', { kind: 'quantity', value: 8.1, unit: 'GW' }, '8,1 GW'],
      ['Kun 20 minutter inde', { value: 20, unit: 'minute' }, '20 minutter'],
      ['i perioden 2025-26', { kind: 'date', value: 2025, range: [2025, 2026] }, '2025-26'],
      ['11. august 2025', { kind: 'date', value: '2025-08-11', unit: 'day' }],
      ['frem mod 2027', { kind: 'date', value: 2027, deadline: true }, '2027'],
    ]);
  });
});

describe('Danish kroner in an article about Sweden', () => {
  it('reads "kr." as Danish kroner unless the sentence names another country', () => {
    const text =
      'Microsoft investerer 3,2 milliarder dollar i Sverige. Beløbet svarer til omkring 22 mia. kr., siger selskabet.';
    expectAll('da', [[text, { kind: 'money', value: 22e9, unit: 'DKK', bound: 'about' }, '22 mia. kr.']]);
  });
});
