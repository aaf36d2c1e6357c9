import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractFigures } from '../../src/core/figures/extract';
import { readArticle } from '../../src/core/figures/index';
import { expectFigure, expectNone } from './figure-helpers';

describe('figure extraction', () => {
  it('gives each figure its exact span, in order, without overlaps', () => {
    const text =
      'Microsoft investit 4,3 milliards de dollars, forme 1 million de personnes et 2 500 startups d’ici 2027.';
    const figures = extractFigures(text, 'fr');
    assert.deepEqual(
      figures.map((f) => f.text),
      ['4,3 milliards de dollars', '1 million de personnes', '2 500 startups', '2027'],
    );
    for (const f of figures) assert.equal(text.slice(f.start, f.end), f.text);
  });
  it('keeps a range as one figure with its midpoint (a year range: its first year)', () => {
    expectFigure('fr', 'Microsoft consacrera 2–3 Md€ au projet', '2–3 Md€', {
      value: 2.5e9,
      range: [2e9, 3e9],
      unit: 'EUR',
    });
    expectFigure('fr', 'sur la période 2026-2030', '2026-2030', { kind: 'date', value: 2026, range: [2026, 2030] });
  });
  it('marks bounds and approximations', () => {
    expectFigure('fr', 'plus de 11 milliards d’euros', '11 milliards', { bound: 'at-least' });
    expectFigure('fr', 'près de 85 %', '85 %', { bound: 'nearly' });
    expectFigure('de', 'rund 120 Prozent', '120 Prozent', { bound: 'about' });
    expectFigure('en', 'up to €312bn', '€312bn', { bound: 'at-most' });
  });
  it('reads a day written with slashes only when every part is digits, not a path or URL', () => {
    expectFigure('fr', 'Publié le 13/05/2024 à Paris.', '13/05/2024', {
      kind: 'date',
      value: '2024-05-13',
      unit: 'day',
    });
    const figures = extractFigures('Le site exemple.com/10/03/news a publié deux articles.', 'fr');
    assert.ok(
      figures.every((f) => f.kind !== 'date'),
      JSON.stringify(figures),
    );
  });
  it('infers the year of a day without one from the article', () => {
    expectFigure('en', '3 October 2024\n\nAnnounced yesterday (2 October), it is big.', '2 October', {
      kind: 'date',
      value: '2024-10-02',
      unit: 'day',
    });
  });
  it('gives a bare number the counted noun of the sentence before it', () => {
    expectFigure('sv', 'ska ge totalt 3 000 arbetstillfällen, där 1 000 blir permanenta.', '1 000', {
      kind: 'quantity',
      value: 1000,
      unit: 'job',
    });
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

describe('figure extraction, harder forms', () => {
  it('reads a money range with the sign on its first end', () => {
    expectFigure('en', 'It will cost $10-15 billion.', '$10-15 billion', {
      kind: 'money',
      value: 12.5e9,
      range: [10e9, 15e9],
      unit: 'USD',
    });
  });
  it('understands international suffixes after a currency sign in any language', () => {
    expectFigure('fr', 'Google investit €5bn en Belgique', '€5bn', { kind: 'money', value: 5e9, unit: 'EUR' });
    expectFigure('de', 'Microsoft steckt $400m in die Schweiz', '$400m', { value: 4e8, unit: 'USD' });
  });
  it('keeps a year glued to letters, and drops other glued digits', () => {
    expectFigure('en', 'results for FY2024 were strong', '2024', { kind: 'date', value: 2024 });
    expectNone('en', 'the G7 summit and COVID-19 rules', '7');
    expectNone('en', 'the G7 summit and COVID-19 rules', '19');
  });
  it("gives a bare scaled number the noun of a scaled count just before it, not the article's currency", () => {
    const text =
      'Microsoft investit 4 milliards d’euros. L’entreprise a formé 1 million de personnes et vise 3 millions d’ici 2027.';
    expectFigure('fr', text, '3 millions', { kind: 'quantity', value: 3e6, unit: 'person' });
  });
  it('reads "1.016 milliard" as a decimal because the scale word is singular', () => {
    expectFigure('fr', 'une contribution de 1.016 milliard d’euros', '1.016 milliard', { value: 1.016e9, unit: 'EUR' });
    expectFigure('fr', 'sur 2.100 postes de travail', '2.100 postes', { value: 2100 });
  });
  it('does not give a clock time the unit of a nearby count', () => {
    expectNone('fr', 'Il créera 300 emplois, ouverture à 9h demain.', '9');
  });
});

describe('readArticle', () => {
  it('gives the language, the dateline and the figures in one pass', () => {
    const text =
      'Google investeert 5 miljard in Belgisch datacenter\n8 oktober 2025\n\nGoogle gaat 5 miljard euro investeren in België; de uitbreiding levert driehonderd nieuwe banen op.';
    const read = readArticle(text);
    assert.equal(read.language, 'nl');
    assert.equal(read.published, '2025-10-08');
    assert.deepEqual(read.figures, extractFigures(text, 'nl'));
  });
});

describe('figure extraction, context', () => {
  it('matches a glued symbol only when the text glues it too', () => {
    expectFigure('en', 'The pledge follows a $2.9bn commitment in Japan', '$2.9bn', { unit: 'USD' });
    expectFigure('en', 'It raised A$5m from investors', 'A$5m', { unit: 'AUD', value: 5e6 });
  });
  it('gives a bare number the counted noun a few words away', () => {
    expectFigure('en', 'The company will deploy 20,000 of its most advanced GPUs in Sweden.', '20,000', {
      kind: 'quantity',
      unit: 'GPU',
    });
    expectFigure('de', 'Die Zahl der Beschäftigten soll auf 40.000 steigen.', '40.000', {
      kind: 'quantity',
      unit: 'employee',
    });
  });
  it('does not read a list marker as a count', () => {
    expectNone('fr', 'Règles :\n2. Relisez vos commentaires avant de les poster.', '2');
  });
  it('takes the article’s own currency for an amount without one, not a conversion in brackets', () => {
    const text =
      'AWS investe 7,8 miliardi di euro (8,4 miliardi di dollari) in Germania. Con altri investimenti il totale supera i 10 miliardi di euro. Un mese fa aveva promesso 1,2 miliardi in Francia.';
    expectFigure('it', text, '1,2 miliardi', { kind: 'money', unit: 'EUR', currencyFromContext: true });
  });
});
