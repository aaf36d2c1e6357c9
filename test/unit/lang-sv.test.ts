import { describe, it } from 'node:test';
import { expectAll, expectNone } from './figure-helpers';

describe('Swedish figures', () => {
  it('reads Swedish number forms, currencies, bounds and nouns', () => {
    expectAll('sv', [
      [
        'upp till 95 miljarder kronor',
        { kind: 'money', value: 95e9, unit: 'SEK', bound: 'at-most' },
        '95 miljarder kronor',
      ],
      ['9,9 miljarder dollar', { value: 9.9e9, unit: 'USD' }],
      [
        'mer än 1 000 permanenta jobb',
        { kind: 'quantity', value: 1000, unit: 'job', bound: 'at-least' },
        '1 000 permanenta jobb',
      ],
      ['i storleksordningen 750 megawatt', { value: 750, unit: 'MW', bound: 'about' }, '750 megawatt'],
      ['Marken, 350 000 kvadratmeter, säljs', { value: 350_000, unit: 'm2' }, '350 000 kvadratmeter'],
      ['närmare 1000 miljarder kronor', { value: 1e12, unit: 'SEK', bound: 'nearly' }, '1000 miljarder kronor'],
      ['en byggperiod på 10-15 år', { value: 12.5, range: [10, 15], unit: 'year' }, '10-15 år'],
      ['4 juni 2025', { kind: 'date', value: '2025-06-04', unit: 'day' }],
      ['cirka 50 procent', { kind: 'percent', value: 50, bound: 'about' }, '50 procent'],
    ]);
  });
  it('keeps vague quantities out', () => {
    expectNone('sv', 'Det kan bli flera tusen nya arbetstillfällen.', 'tusen');
  });
});
