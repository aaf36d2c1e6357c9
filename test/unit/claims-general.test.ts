/**
 * Claim formation, general rules found with fresh probe clusters: a currency slip between currencies far from each
 * other, a total beside another amount of its article, deadlines stated to the month. Hand-made articles of an
 * invented company ("Contoso").
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import type { AnalyzedDocument, Diagnostic } from '../../src/core/types';
import { doc, money, type FigureSpec } from './claims-helpers';

const conflictsOf = (ds: Diagnostic[]) => ds.filter((d) => d.code.startsWith('conflict'));
const at = (d: AnalyzedDocument, text: string, nth = 0) => d.figures.filter((f) => f.text === text)[nth]!.start;
const claimOf = (r: ReturnType<typeof formClaims>, d: AnalyzedDocument, text: string, nth = 0) =>
  r.claimOfFigure.get(`${d.path}\u0000${at(d, text, nth)}`);
const diagnosticAt = (r: ReturnType<typeof formClaims>, d: AnalyzedDocument, text: string, nth = 0) =>
  r.diagnostics.find((x) => x.path === d.path && x.start === at(d, text, nth));
const month = (text: string, value: string, extra: Partial<FigureSpec> = {}): FigureSpec => ({ text, kind: 'date', value, unit: 'month', ...extra });
const yearDeadline = (text: string, value: number): FigureSpec => ({ text, kind: 'date', value, unit: 'year', deadline: true });

describe('claims: the same number in a currency far from the other (a currency slip)', () => {
  const sv = doc('c/sv.txt', 'sv', '2025-03-04', 'Contoso satsar 900 miljoner kronor i Sverige\n4 mars 2025\n\nContoso ska investera 900 miljoner kronor i Sverige.', [
    money('900 miljoner kronor', 9e8, 'SEK'), money('900 miljoner kronor', 9e8, 'SEK', { nth: 1 })]);
  const en = doc('c/en.txt', 'en', '2025-03-04', 'Contoso to invest SEK 900m in Sweden\nMarch 4, 2025\n\nContoso will invest SEK 900 million in Sweden.', [
    money('SEK 900m', 9e8, 'SEK'), money('SEK 900 million', 9e8, 'SEK')]);
  const it_ = doc('c/it.txt', 'it', '2025-03-04', 'Contoso investe in Svezia\n4 marzo 2025\n\nContoso investirà 900 milioni di euro in Svezia.', [
    money('900 milioni di euro', 9e8, 'EUR')]);
  it('joins the claim and is flagged as a currency conflict although the rate puts it ten times off', () => {
    const r = formClaims([sv, en, it_]);
    assert.equal(claimOf(r, it_, '900 milioni di euro'), claimOf(r, sv, '900 miljoner kronor'));
    assert.equal(diagnosticAt(r, it_, '900 milioni di euro')?.code, 'conflict-currency');
    assert.equal(diagnosticAt(r, en, 'SEK 900m')?.code, 'conflict-currency');
  });
  it('does not join a different amount in another currency a few times off', () => {
    const de = doc('c/de.txt', 'de', '2025-03-04', 'Contoso investiert in Schweden\n4. März 2025\n\nContoso will 300 Millionen Euro in Schweden investieren.', [
      money('300 Millionen Euro', 3e8, 'EUR')]);
    const r = formClaims([sv, en, de]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
});

describe('claims: a total beside another amount of its article', () => {
  it('keeps "in total ... 3.4 million" apart from the article’s new 1 billion (no scale slip)', () => {
    const nb = doc('t/nb.txt', 'nb', '2025-03-04', 'Contoso bruker 1 milliard euro i Finland\n4. mars 2025\n\nContoso skal investere 1 milliard euro i Finland. Totalt har Contoso dermed investert 3,4 millioner euro i Finland.', [
      money('1 milliard euro', 1e9, 'EUR'), money('1 milliard euro', 1e9, 'EUR', { nth: 1 }), money('3,4 millioner euro', 3.4e6, 'EUR')]);
    const en = doc('t/en.txt', 'en', '2025-03-04', 'Contoso to invest €1bn in Finland\nMarch 4, 2025\n\nContoso will invest €1 billion in Finland.', [
      money('€1bn', 1e9, 'EUR'), money('€1 billion', 1e9, 'EUR')]);
    const r = formClaims([nb, en]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.notEqual(claimOf(r, nb, '3,4 millioner euro'), claimOf(r, nb, '1 milliard euro', 1));
  });
});

describe('claims: deadlines stated to the month', () => {
  const pl = doc('d/pl.txt', 'pl', '2025-02-24', 'Contoso zainwestuje 2,8 mld zł w Polsce\n24 lutego 2025\n\nContoso zainwestuje 2,8 mld zł w Polsce do czerwca 2026 r.', [
    money('2,8 mld zł', 2.8e9, 'PLN'), money('2,8 mld zł', 2.8e9, 'PLN', { nth: 1 }), month('czerwca 2026', '2026-06', { deadline: true })]);
  const en = doc('d/en.txt', 'en', '2025-02-24', 'Contoso to invest $700m in Poland\nFebruary 24, 2025\n\nContoso will invest $700 million in Poland by June 2026.', [
    money('$700m', 7e8, 'USD'), money('$700 million', 7e8, 'USD'), month('June 2026', '2026-06', { deadline: true })]);
  it('flags another year against a month, also when the amounts are a currency slip apart', () => {
    const de = doc('d/de.txt', 'de', '2025-02-25', 'Contoso investiert in Polen\n25. Februar 2025\n\nContoso will bis 2027 rund 2,8 Milliarden Euro in Polen investieren.', [
      yearDeadline('2027', 2027), money('rund 2,8 Milliarden Euro', 2.8e9, 'EUR', { bound: 'about' })]);
    const r = formClaims([pl, en, de]);
    assert.equal(diagnosticAt(r, de, '2027')?.code, 'conflict-date');
    assert.equal(diagnosticAt(r, en, 'June 2026')?.code, 'conflict-date');
    assert.equal(diagnosticAt(r, pl, 'czerwca 2026')?.code, 'conflict-date');
  });
  it('reads the same month in two languages as one deadline, and a year as its own precision', () => {
    const fr = doc('d/fr.txt', 'fr', '2025-02-24', 'Contoso investit en Pologne\n24 février 2025\n\nContoso investira 700 millions de dollars en Pologne d’ici 2026.', [
      money('700 millions de dollars', 7e8, 'USD'), yearDeadline('2026', 2026)]);
    const r = formClaims([pl, en, fr]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
});
