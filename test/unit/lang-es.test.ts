import { describe, it } from 'node:test';
import { expectAll } from './figure-helpers';

describe('Spanish figures', () => {
  it('reads Spanish number forms, scales and currencies', () => {
    expectAll('es', [
      [
        'Microsoft invertirá 7,160 millones de dólares',
        { kind: 'money', value: 7.16e9, unit: 'USD' },
        '7,160 millones de dólares',
      ],
      ['destinará 6,690 millones de euros', { value: 6.69e9, unit: 'EUR' }, '6,690 millones de euros'],
      ['unos 2.500 millones de euros', { value: 2.5e9, unit: 'EUR', bound: 'about' }, '2.500 millones'],
      ['3 mil millones de dólares', { value: 3e9, unit: 'USD' }],
      ['a 150 kilómetros de Madrid', { kind: 'quantity', value: 150, unit: 'km' }, '150 kilómetros'],
      ['durante 10 años', { value: 10, unit: 'year' }, '10 años'],
      ['casi 300 empleos', { value: 300, unit: 'job', bound: 'nearly' }, '300 empleos'],
      ['el 25 por ciento', { kind: 'percent', value: 25 }, '25 por ciento'],
      ['14 de junio de 2024', { kind: 'date', value: '2024-06-14', unit: 'day' }],
      ['entre 2024 y 2026', { kind: 'date', value: 2024, range: [2024, 2026] }, '2024 y 2026'],
    ]);
  });
});
