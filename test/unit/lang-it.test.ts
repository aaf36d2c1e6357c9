import { describe, it } from 'node:test';
import { expectAll, expectNone } from './figure-helpers';

describe('Italian figures', () => {
  it('reads Italian number forms, scales and currencies', () => {
    expectAll('it', [
      ['Microsoft investe 4 mld di dollari in Francia', { kind: 'money', value: 4e9, unit: 'USD' }, '4 mld di dollari'],
      ['portare 25mila GPU nel Paese', { kind: 'quantity', value: 25_000, unit: 'GPU' }, '25mila GPU'],
      ['più di 2.500 startup francesi', { value: 2500, unit: 'startup' }, '2.500 startup'],
      ['326 milioni di franchi', { value: 326e6, unit: 'CHF' }, '326 milioni di franchi'],
      ['5,5 miliardi di euro', { value: 5.5e9, unit: 'EUR' }],
      ['mezzo miliardo di euro', { value: 5e8, unit: 'EUR' }],
      ['un polo di 30.000 metri quadrati', { value: 30_000, unit: 'm2' }, '30.000 metri quadrati'],
      ['9.000 posti di lavoro all’anno', { value: 9000, unit: 'job' }, '9.000 posti di lavoro'],
    ]);
  });
  it('reads written numbers, bounds, ranges and dates', () => {
    expectAll('it', [
      ['a circa cinque ore da Parigi', { value: 5, unit: 'hour' }, 'cinque ore'],
      ['della durata di quattro mesi', { value: 4, unit: 'month' }, 'quattro mesi'],
      ['oltre un milione di italiani', { value: 1e6, unit: 'person', bound: 'at-least' }, 'un milione di italiani'],
      ['circa 6 miliardi di dollari', { value: 6e9, unit: 'USD', bound: 'about' }, '6 miliardi'],
      ['tra 20 e 25 mila posti di lavoro', { value: 22_500, range: [20_000, 25_000], unit: 'job' }, '20 e 25 mila'],
      ['fino al 5% di produttività', { kind: 'percent', value: 5, bound: 'at-most' }, '5%'],
      ['il 30 per cento', { kind: 'percent', value: 30 }, '30 per cento'],
      ['Pubblicato il 17 mag 2024', { kind: 'date', value: '2024-05-17', unit: 'day' }, '17 mag 2024'],
      ['entro la fine del 2025', { kind: 'date', value: 2025, deadline: true }, '2025'],
      ['rispetto al giugno 2023', { value: '2023-06', unit: 'month' }, 'giugno 2023'],
    ]);
  });
  it('keeps list numbering out', () => {
    expectNone('it', 'Articolo 1 di 3', '1');
  });
});
