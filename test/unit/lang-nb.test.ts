import { describe, it } from 'node:test';
import { expectAll, expectFigure } from './figure-helpers';

describe('Norwegian (Bokmål) figures', () => {
  it('reads Norwegian number forms, currencies and nouns', () => {
    expectAll('nb', [
      [
        'over 1.000 milliarder dollar',
        { kind: 'money', value: 1e12, unit: 'USD', bound: 'at-least' },
        '1.000 milliarder dollar',
      ],
      [
        'opptil 95 milliarder svenske kroner',
        { value: 95e9, unit: 'SEK', bound: 'at-most' },
        '95 milliarder svenske kroner',
      ],
      ['(100 milliarder norske)', { value: 100e9, unit: 'NOK' }, '100 milliarder norske'],
      ['inntil fem milliarder euro', { value: 5e9, unit: 'EUR', bound: 'at-most' }, 'fem milliarder euro'],
      [
        'rundt 350.000 kvadratmeter',
        { kind: 'quantity', value: 350_000, unit: 'm2', bound: 'about' },
        '350.000 kvadratmeter',
      ],
      ['kan gå fra 300 til 750 MW', { value: 525, range: [300, 750], unit: 'MW' }, '300 til 750 MW'],
      ['1.000 faste arbeidsplasser', { value: 1000, unit: 'job' }],
      ['50,1 prosent', { kind: 'percent', value: 50.1 }],
      ['9. august 2025', { kind: 'date', value: '2025-08-09', unit: 'day' }],
    ]);
  });
  it('tells Danish kroner from Norwegian ones by the sentence', () => {
    const text = 'I København endte aksjen fredag 0,1 prosent lavere på 308,60 kroner.';
    expectFigure('nb', text, '308,60 kroner', { kind: 'money', value: 308.6, unit: 'DKK' });
  });
});
