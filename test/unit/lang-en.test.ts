import { describe, it } from 'node:test';
import { expectAll, expectNone } from './figure-helpers';

describe('English figures', () => {
  it('reads symbols and suffix scales', () => {
    expectAll('en', [
      ['Google to invest $5.3B in Belgium', { kind: 'money', value: 5.3e9, unit: 'USD' }, '$5.3B'],
      ['Italy is getting €4.3bn from Microsoft', { value: 4.3e9, unit: 'EUR' }, '€4.3bn'],
      ['a US$ 534 million deal', { value: 534e6, unit: 'USD' }, 'US$ 534 million'],
      ['it raised EUR109 million', { value: 109e6, unit: 'EUR' }, 'EUR109 million'],
      ['£2.5bn of revenue', { value: 2.5e9, unit: 'GBP' }, '£2.5bn'],
      ['more than 1m Italians', { kind: 'quantity', value: 1e6, unit: 'person', bound: 'at-least' }, '1m Italians'],
      ['half a billion dollars', { value: 5e8, unit: 'USD' }],
    ]);
  });
  it('reads counted nouns, units, ranges, bounds and dates', () => {
    expectAll('en', [
      ['a staff of about 1,000 people', { value: 1000, unit: 'person', bound: 'about' }, '1,000 people'],
      [
        'Some 50,000 existing customers',
        { value: 50_000, unit: 'customer', bound: 'about' },
        '50,000 existing customers',
      ],
      ['the four existing data centers', { value: 4, unit: 'data center' }, 'four existing data centers'],
      ['between 252 to 287 jobs', { value: 269.5, range: [252, 287], unit: 'job' }, '252 to 287'],
      ['at 60 mph and 12 °C', { value: 60, unit: 'mph' }, '60 mph'],
      ['300 MW of capacity', { value: 300, unit: 'MW' }, '300 MW'],
      ['up 3.5 per cent', { kind: 'percent', value: 3.5 }, '3.5 per cent'],
      ['9 October 2025', { kind: 'date', value: '2025-10-09', unit: 'day' }],
      ['October 9, 2025', { kind: 'date', value: '2025-10-09', unit: 'day' }],
      ['in the third quarter of 2024', { value: '2024-Q3', unit: 'quarter' }, 'third quarter of 2024'],
      ['results for Q3 2025', { value: '2025-Q3', unit: 'quarter' }, 'Q3 2025'],
      ['not pinned down as 2026-27', { value: 2026, range: [2026, 2027] }, '2026-27'],
      ['by the end of 2025', { value: 2025, deadline: true }, '2025'],
    ]);
  });
  it('keeps product names, versions and times out', () => {
    expectNone('en', 'it uses Microsoft 365 every day', '365');
    expectNone('en', 'firmware 21.0.0 shipped at 12:55', '21.0.0');
    expectNone('en', 'she came 3rd in the race', '3rd');
  });
});
