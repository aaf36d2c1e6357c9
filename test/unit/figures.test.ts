import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractFigures } from '../../src/core/figures/extract';
import { expectFigure, expectNone } from './figure-helpers';

describe('figure extraction', () => {
  it('gives each figure its exact span, in order, without overlaps', () => {
    const text = 'Microsoft investit 4,3 milliards de dollars, forme 1 million de personnes et 2 500 startups d’ici 2027.';
    const figures = extractFigures(text, 'fr');
    assert.deepEqual(figures.map((f) => f.text), ['4,3 milliards de dollars', '1 million de personnes', '2 500 startups', '2027']);
    for (const f of figures) assert.equal(text.slice(f.start, f.end), f.text);
  });
  it('keeps a range as one figure with its midpoint (a year range: its first year)', () => {
    expectFigure('fr', 'Microsoft consacrera 2–3 Md€ au projet', '2–3 Md€', { value: 2.5e9, range: [2e9, 3e9], unit: 'EUR' });
    expectFigure('fr', 'sur la période 2026-2030', '2026-2030', { kind: 'date', value: 2026, range: [2026, 2030] });
  });
  it('marks bounds and approximations', () => {
    expectFigure('fr', 'plus de 11 milliards d’euros', '11 milliards', { bound: 'at-least' });
    expectFigure('fr', 'près de 85 %', '85 %', { bound: 'nearly' });
    expectFigure('de', 'rund 120 Prozent', '120 Prozent', { bound: 'about' });
    expectFigure('en', 'up to €312bn', '€312bn', { bound: 'at-most' });
  });
  it('infers the year of a day without one from the article', () => {
    expectFigure('en', '3 October 2024\n\nAnnounced yesterday (2 October), it is big.', '2 October', { kind: 'date', value: '2024-10-02', unit: 'day' });
  });
  it('gives a bare number the counted noun of the sentence before it', () => {
    expectFigure('sv', 'ska ge totalt 3 000 arbetstillfällen, där 1 000 blir permanenta.', '1 000', { kind: 'quantity', value: 1000, unit: 'job' });
  });
  it('drops bare numbers that count nothing', () => {
    expectNone('fr', 'Quelques règles : 1. Restez dans le sujet', '1');
    expectNone('en', 'chapter 12 of the book', '12');
  });
  it('finds every figure of a seed article the same way twice (pure function)', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'seeds', '000_c28f4febe2540ed8.txt'), 'utf8');
    const a = extractFigures(text, 'fr');
    const b = extractFigures(text, 'fr');
    assert.deepEqual(a, b);
    assert.ok(a.length >= 10);
  });
  it('reads text in an undetermined language with every language’s words', () => {
    expectFigure('und', 'Budget: 5,5 Mrd. Euro', '5,5 Mrd. Euro', { value: 5.5e9, unit: 'EUR' });
  });
});
