import { describe, it } from 'node:test';
import { expectAll, expectFigure } from './figure-helpers';

describe('Polish figures', () => {
  it('reads Polish number forms, scales, currencies and nouns', () => {
    expectAll('pl', [
      ['gotowy wydać 10 miliardów dolarów', { kind: 'money', value: 10e9, unit: 'USD' }, '10 miliardów dolarów'],
      ['9,4 mld dolarów', { value: 9.4e9, unit: 'USD' }],
      ['5 mld zł do 2027 r.', { value: 5e9, unit: 'PLN' }, '5 mld zł'],
      ['630 tys. gospodarstw domowych', { kind: 'quantity', value: 630_000, unit: 'household' }],
      ['zaawansowanego w 35 proc.', { kind: 'percent', value: 35 }, '35 proc.'],
      ['obejmuje od 10 do 15 lat', { value: 12.5, range: [10, 15], unit: 'year' }, '10 do 15 lat'],
      ['moc obiektu to 750 MW', { value: 750, unit: 'MW' }, '750 MW'],
      ['czerwiec 2025', { kind: 'date', value: '2025-06', unit: 'month' }],
      ['4 czerwca 2025', { kind: 'date', value: '2025-06-04', unit: 'day' }],
    ]);
  });
  it('settles "koron" by the country the sentence names', () => {
    expectFigure('pl', 'Duński Ørsted poprosił o 60 mld koron (9,4 mld dolarów).', '60 mld koron', {
      kind: 'money',
      value: 60e9,
      unit: 'DKK',
    });
  });
});
