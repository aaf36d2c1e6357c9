import { describe, it } from 'node:test';
import { expectAll, expectNone } from './figure-helpers';

describe('German figures', () => {
  it('reads German number forms, scales and currencies', () => {
    expectAll('de', [
      ['Google investiert 5,5 Mrd. Euro bis 2029', { kind: 'money', value: 5.5e9, unit: 'EUR' }, '5,5 Mrd. Euro'],
      ['Kosten von 5,5 Mrd. €', { value: 5.5e9, unit: 'EUR' }, '5,5 Mrd. €'],
      ['4,75 Milliarden US-Dollar', { value: 4.75e9, unit: 'USD' }],
      ['rund 330 Millionen Franken', { value: 330e6, unit: 'CHF', bound: 'about' }, '330 Millionen Franken'],
      ['eine halbe Milliarde Euro', { value: 5e8, unit: 'EUR' }],
      ['auf 30.000 Quadratmetern Platz', { kind: 'quantity', value: 30_000, unit: 'm2' }, '30.000 Quadratmetern'],
      ['rund 9.000 Arbeitsplätze', { value: 9000, unit: 'job', bound: 'about' }, '9.000 Arbeitsplätze'],
      ['bis zu 1.500 Mitarbeiter', { value: 1500, unit: 'employee', bound: 'at-most' }, '1.500 Mitarbeiter'],
      ['eine Million Schweizerinnen und Schweizer', { value: 1e6, unit: 'person' }, 'eine Million'],
    ]);
  });
  it('reads written numbers, percentages, dates and deadlines', () => {
    expectAll('de', [
      ['über die kommenden vier Jahre', { value: 4, unit: 'year' }, 'vier Jahre'],
      ['für zwei Jahre', { value: 2, unit: 'year' }, 'zwei Jahre'],
      ['85 Prozent oder mehr', { kind: 'percent', value: 85, bound: 'at-least' }, '85 Prozent'],
      ['am 3. Juli 2024 in Berlin', { kind: 'date', value: '2024-07-03', unit: 'day' }, '3. Juli 2024'],
      ['2. Juni 2025', { value: '2025-06-02' }],
      ['bis Ende 2024 weiterbilden', { kind: 'date', value: 2024, deadline: true }, '2024'],
      ['im 3. Quartal 2024', { kind: 'date', value: '2024-Q3', unit: 'quarter' }, '3. Quartal 2024'],
    ]);
  });
  it('keeps ordinals out', () => {
    expectNone('de', 'Er belegte den 3. Platz im Rennen.', '3');
  });
});
