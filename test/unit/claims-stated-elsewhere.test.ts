/**
 * `stated-elsewhere` (pairs.ts): two articles' close numbers are not one fact when one article also states the other's
 * number, in any claim key of the event: that number is the other's counterpart, and the close one is a fact the other
 * article does not state. From the reporting of Spain's general election of 23 July 2023 (PP 136 seats, PSOE 122, Vox
 * 33, Sumar 31).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formClaims, type ClaimTraceEntry } from '../../src/core/claims/index';
import { significantDigits } from '../../src/core/claims/pairs';
import { count, diagnosticAt, doc } from './claims-helpers';

/** The link-stage decision recorded for two figures (either order). */
const linkRule = (trace: ClaimTraceEntry[] | undefined, a: string, b: string): string | undefined =>
  trace?.find((t) => t.stage === 'link' && ((t.a.text === a && t.b.text === b) || (t.a.text === b && t.b.text === a)))
    ?.rule;

const es = doc(
  'spain/es.txt',
  'es',
  '2023-07-24',
  'Elecciones generales en España\n24 de julio de 2023\n\nEl PP de Feijóo ganó las elecciones en España con 136 escaños. Vox logró 33 escaños y Sumar 31 escaños.',
  [count('136 escaños', 136, 'seat'), count('33 escaños', 33, 'seat'), count('31 escaños', 31, 'seat')],
);

describe('claims rules: a number the other article states too is its counterpart (stated-elsewhere)', () => {
  it("keeps Vox's 33 seats apart from Sumar's 31 another article states, and raises no warning", () => {
    const de = doc(
      'spain/de.txt',
      'de',
      '2023-07-24',
      'Parlamentswahl in Spanien\n24. Juli 2023\n\nDie PP von Feijóo gewann die Wahl in Spanien. Das Linksbündnis Sumar kam auf 31 Sitze.',
      [count('31 Sitze', 31, 'seat')],
    );
    const r = formClaims([es, de], { trace: true });
    assert.equal(linkRule(r.trace, '33 escaños', '31 Sitze'), 'stated-elsewhere');
    assert.equal(diagnosticAt(r, de, '31 Sitze'), undefined);
    assert.equal(diagnosticAt(r, es, '33 escaños'), undefined);
  });
  it('leaves a number neither article restates to close-values: 33 against 36 seats is a contradiction', () => {
    const de = doc(
      'spain/de.txt',
      'de',
      '2023-07-24',
      'Parlamentswahl in Spanien\n24. Juli 2023\n\nDie PP von Feijóo gewann die Wahl in Spanien. Die rechte Vox kam auf 36 Sitze.',
      [count('36 Sitze', 36, 'seat')],
    );
    const r = formClaims([es, de], { trace: true });
    assert.equal(linkRule(r.trace, '33 escaños', '36 Sitze'), 'close-values');
    assert.ok(diagnosticAt(r, de, '36 Sitze')?.code.startsWith('conflict'));
  });
  it('takes no number of one significant digit as evidence (30 is stated by too many facts)', () => {
    const a = doc(
      'seats/es.txt',
      'es',
      '2023-07-24',
      'Elecciones generales en España\n24 de julio de 2023\n\nEl PP de Feijóo ganó las elecciones en España. Vox logró 40 escaños y Sumar 30 escaños.',
      [count('40 escaños', 40, 'seat'), count('30 escaños', 30, 'seat')],
    );
    const b = doc(
      'seats/de.txt',
      'de',
      '2023-07-24',
      'Parlamentswahl in Spanien\n24. Juli 2023\n\nDie PP von Feijóo gewann die Wahl in Spanien. Sumar kam auf 30 Sitze.',
      [count('30 Sitze', 30, 'seat')],
    );
    const r = formClaims([a, b], { trace: true });
    assert.notEqual(linkRule(r.trace, '40 escaños', '30 Sitze'), 'stated-elsewhere');
  });
});

describe('claims rules: significant digits of a number (stated-elsewhere evidence)', () => {
  it('counts the digits that distinguish a number', () => {
    assert.equal(significantDigits(7), 1);
    assert.equal(significantDigits(200), 1);
    assert.equal(significantDigits(1e6), 1);
    assert.equal(significantDigits(4.9), 2);
    assert.equal(significantDigits(290), 2);
    assert.equal(significantDigits(1.28e6), 3);
    assert.equal(significantDigits(0.86), 2);
  });
  it('does not change with the power of ten (a property of any number)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -3, max: 6 }), (n, k) => {
        const scaled = Number((n * 10 ** k).toPrecision(12));
        return significantDigits(scaled) === significantDigits(n);
      }),
    );
  });
});

describe('claims rules: a restatement the other article states is a counterpart too (stated-elsewhere)', () => {
  it("keeps the PP's 136 seats apart from another article's \"about 120\", a restatement of the PSOE's 122", () => {
    const de = doc(
      'spain/de.txt',
      'de',
      '2023-07-24',
      'Parlamentswahl in Spanien\n24. Juli 2023\n\nDie PP von Feijóo gewann die Wahl in Spanien. Die PSOE kam auf rund 120 Sitze.',
      [count('rund 120 Sitze', 120, 'seat', { bound: 'about' })],
    );
    const es136 = doc(
      'spain/es.txt',
      'es',
      '2023-07-24',
      'Elecciones generales en España\n24 de julio de 2023\n\nEl PP de Feijóo ganó las elecciones en España con 136 escaños y el PSOE obtuvo 122 escaños.',
      [count('136 escaños', 136, 'seat'), count('122 escaños', 122, 'seat')],
    );
    const r = formClaims([es136, de], { trace: true });
    assert.equal(linkRule(r.trace, '136 escaños', 'rund 120 Sitze'), 'stated-elsewhere');
    assert.equal(diagnosticAt(r, de, 'rund 120 Sitze'), undefined);
  });
});
