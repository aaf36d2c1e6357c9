/** The ECB rate table (src/core/compare/ecb-rates.json, built by scripts/build-rates.mjs) and money conversion. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ecbRate, knownCurrencies } from '../../src/core/compare/rates';
import { statedRates, toEur } from '../../src/core/compare/money';
import { doc, money } from './claims-helpers';

const close = (a: number, b: number, eps = 0.0006) => assert.ok(Math.abs(a - b) <= eps * b, `${a} vs ${b}`);

describe('ECB rates', () => {
  it('gives the reference rate of a business day (4 significant digits)', () => {
    close(ecbRate('USD', '2024-05-13')!.perEur, 1.0795);
    close(ecbRate('SEK', '2025-06-04')!.perEur, 10.9475);
    close(ecbRate('NOK', '2025-06-04')!.perEur, 11.5185);
    close(ecbRate('DKK', '2025-08-11')!.perEur, 7.4631);
    close(ecbRate('USD', '2025-08-11')!.perEur, 1.1622);
    assert.equal(ecbRate('USD', '2024-05-13')!.date, '2024-05-13');
  });
  it('takes the nearest earlier business day on weekends and holidays', () => {
    assert.equal(ecbRate('USD', '2024-05-11')!.date, '2024-05-10'); // a Saturday
    assert.equal(ecbRate('USD', '2024-01-01')!.date, '2023-12-29'); // TARGET holiday
  });
  it('reads a month as its middle and clamps dates outside the table', () => {
    assert.equal(ecbRate('USD', '2024-06')!.date, '2024-06-14');
    assert.equal(ecbRate('USD', '1990-01-01')!.date, '1999-01-04');
    assert.ok(ecbRate('USD', '2999-01-01')!.date >= '2026-05-01');
  });
  it('knows EUR and the currencies of the European press, and nothing else', () => {
    assert.equal(ecbRate('EUR', '2024-05-13')!.perEur, 1);
    for (const c of [
      'USD',
      'GBP',
      'CHF',
      'SEK',
      'NOK',
      'DKK',
      'PLN',
      'JPY',
      'CNY',
      'BRL',
      'CAD',
      'AUD',
      'CZK',
      'HUF',
    ]) {
      assert.ok(knownCurrencies().includes(c), c);
    }
    assert.equal(ecbRate('XYZ', '2024-05-13'), undefined);
  });
});

describe('conversion', () => {
  it('prefers a rate the article states itself', () => {
    const d = doc(
      'r/a.txt',
      'fr',
      null,
      "Microsoft investit 3.2 milliards d'euros (2.7 milliards de livres sterling, 3.4 milliards de dollars).",
      [
        money("3.2 milliards d'euros", 3.2e9, 'EUR'),
        money('2.7 milliards de livres sterling', 2.7e9, 'GBP'),
        money('3.4 milliards de dollars', 3.4e9, 'USD'),
      ],
    );
    const stated = statedRates(d);
    close(stated.get('USD')!, 3.4 / 3.2);
    close(stated.get('GBP')!, 2.7 / 3.2);
    const c = toEur(1e9, 'USD', '2024-02-15', stated)!;
    assert.equal(c.source, 'stated');
    close(c.eur, 1e9 / (3.4 / 3.2));
  });
  it('reads "1 dollar = 0,9340 euro"', () => {
    const d = doc('r/b.txt', 'es', null, 'Al cambio (1 dólar = 0,9340 euros), son 6.690 millones de euros.', [
      money('1 dólar', 1, 'USD'),
      money('0,9340 euros', 0.934, 'EUR'),
      money('6.690 millones de euros', 6.69e9, 'EUR'),
    ]);
    close(statedRates(d).get('USD')!, 1 / 0.934);
  });
  it('takes a stated bracket a scale away from the market rate for a slip, not a rate', () => {
    const d = doc(
      'r/c.txt',
      'fr',
      null,
      "Un plan de 8 millions de livres sterling (9,5 milliards d'euros) sur cinq ans.",
      [money('8 millions de livres sterling', 8e6, 'GBP'), money("9,5 milliards d'euros", 9.5e9, 'EUR')],
    );
    const c = toEur(8e6, 'GBP', '2024-09-11', statedRates(d))!;
    assert.equal(c.source, 'ecb');
    close(c.eur, 8e6 / 0.84375, 0.001);
  });
  it('falls back on the ECB rate of the date', () => {
    const c = toEur(4.3e9, 'USD', '2024-05-13', new Map())!;
    assert.equal(c.source, 'ecb');
    close(c.eur, 4.3e9 / 1.0795, 0.001);
  });
});
