/**
 * What an amount of money is of (claims/amount-concept.ts, lang/amounts/): the concept read from the amount's own noun
 * phrase in each language, the concept table's data, and the pair rule `other-concept` (both known and incompatible:
 * two facts; one unknown: decided as before). Examples from the reporting of Stellantis' 2024 results (26 February
 * 2025: revenue 156.9 billion euros, net profit 5.5 billion, adjusted operating income 8.6 billion).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { amountConcept } from '../../src/core/claims/amount-concept';
import { formClaims, type ClaimTraceEntry } from '../../src/core/claims/index';
import { segmentOf, tokenAt, tokenize } from '../../src/core/claims/text';
import {
  AMOUNT_CONCEPTS,
  conceptsCompatible,
  isAmountConcept,
  type AmountConceptId,
} from '../../src/core/lang/amounts/concepts';
import { AMOUNT_WORDS } from '../../src/core/lang/amounts/index';
import type { LanguageCode } from '../../src/core/types';
import { claimOf, diagnosticAt, doc, money } from './claims-helpers';

/** The concept read for the amount written `figure` in `text`. */
function conceptIn(language: LanguageCode, text: string, figure: string): AmountConceptId | null {
  const { tokens, clauseStarts } = tokenize(text);
  const start = text.indexOf(figure);
  assert.ok(start >= 0, figure);
  const end = start + figure.length;
  const first = tokenAt(tokens, start);
  const last = Math.max(first, tokenAt(tokens, end));
  return amountConcept(
    tokens,
    first,
    last,
    language,
    [],
    segmentOf(clauseStarts, start),
    segmentOf(clauseStarts, end - 1),
  );
}

describe('amount-concept: what an amount is of, from its own noun phrase', () => {
  const cases: [LanguageCode, string, string, AmountConceptId | null][] = [
    ['it', "L'utile netto si attesta a 5,5 miliardi di euro, in calo del 70%.", '5,5 miliardi di euro', 'net-profit'],
    [
      'it',
      "L'utile operativo rettificato, pari a 8,6 miliardi di euro, è sceso del 64%.",
      '8,6 miliardi di euro',
      'operating-profit',
    ],
    ['fr', "Le chiffre d'affaires recule de 17% à 156,9 milliards d'euros.", "156,9 milliards d'euros", 'revenue'],
    ['fr', "Stellantis a dégagé 5,5 milliards d'euros de bénéfice net.", "5,5 milliards d'euros", 'net-profit'],
    ['es', 'El beneficio neto cayó un 70%, hasta 5.520 millones de euros.', '5.520 millones de euros', 'net-profit'],
    ['pt', 'O fluxo de caixa operacional desceu 82%, para 4.008 milhões.', '4.008 milhões', 'operating-cash-flow'],
    ['en', 'Net profit more than halved to $2.7 billion.', '$2.7 billion', 'net-profit'],
    ['en', 'It expects annual cost savings of $180 million.', '$180 million', 'savings'],
    ['de', 'Der Konzern erzielte einen Jahresumsatz von 12 Milliarden Euro.', '12 Milliarden Euro', 'revenue'],
    ['de', 'Die EU-Kommission verhängte eine Geldstrafe von 2,95 Milliarden Euro.', '2,95 Milliarden Euro', 'fine'],
    ['nl', 'De nettowinst kwam uit op 2,7 miljard dollar.', '2,7 miljard dollar', 'net-profit'],
    ['sv', 'Maersk redovisar en vinst efter skatt på 26,7 miljarder kronor.', '26,7 miljarder kronor', 'net-profit'],
    ['da', 'Selskabet fik en bøde på 500 millioner kroner.', '500 millioner kroner', 'fine'],
    ['nb', 'Driftsresultatet ble 3 milliarder kroner.', '3 milliarder kroner', 'operating-profit'],
    ['pl', 'Zysk netto spółki wyniósł 2 mld zł.', '2 mld zł', 'net-profit'],
    // no concept word by the amount: unknown, decided as before
    ['fr', 'Le groupe a annoncé 5,5 milliards d’euros mercredi.', '5,5 milliards', null],
  ];
  for (const [lang, text, figure, want] of cases)
    it(`${lang}: ${JSON.stringify(figure)} is ${want ?? 'unknown'}`, () =>
      assert.equal(conceptIn(lang, text, figure), want));

  it('a concept word before another amount is that amount’s: "revenue of X and Y" stops at X', () => {
    const text = 'Le chiffre d’affaires atteint 10 milliards, 2 milliards de plus.';
    const { tokens, clauseStarts } = tokenize(text);
    const s1 = text.indexOf('10 milliards');
    const s2 = text.indexOf('2 milliards');
    const stop: [number, number] = [tokenAt(tokens, s1), tokenAt(tokens, s1 + '10 milliards'.length)];
    const first = tokenAt(tokens, s2);
    const last = tokenAt(tokens, s2 + '2 milliards'.length);
    const clause = segmentOf(clauseStarts, s2);
    assert.equal(amountConcept(tokens, first, last, 'fr', [stop], clause, clause), null);
  });
});

describe('amount concepts: the table’s data', () => {
  it('every language module maps only declared concept ids, and every entry has a word', () => {
    for (const [lang, words] of Object.entries(AMOUNT_WORDS)) {
      for (const [phrase, id] of Object.entries(words)) {
        assert.ok(isAmountConcept(id), `${lang}: ${phrase} -> ${id}`);
        assert.ok(/\p{L}/u.test(phrase), `${lang}: ${phrase}`);
      }
    }
  });
  it('every language names the concepts news reports most', () => {
    const core: AmountConceptId[] = [
      'revenue',
      'profit',
      'net-profit',
      'operating-profit',
      'debt',
      'dividend',
      'outlay',
      'fine',
      'tax',
      'price',
      'salary',
      'gdp',
    ];
    for (const [lang, words] of Object.entries(AMOUNT_WORDS)) {
      const has = new Set(Object.values(words));
      for (const c of core) assert.ok(has.has(c), `${lang} has no word for ${c}`);
    }
  });
  it('parents are declared concepts, and compatibility is reflexive and symmetric', () => {
    for (const parent of Object.values(AMOUNT_CONCEPTS)) if (parent !== null) assert.ok(isAmountConcept(parent));
    const ids = Object.keys(AMOUNT_CONCEPTS) as AmountConceptId[];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        assert.ok(conceptsCompatible(a, a));
        assert.equal(conceptsCompatible(a, b), conceptsCompatible(b, a));
      }),
    );
    assert.ok(conceptsCompatible('profit', 'net-profit'));
    assert.ok(!conceptsCompatible('net-profit', 'operating-profit'));
    assert.ok(!conceptsCompatible('revenue', 'fine'));
  });
});

/** The link-stage decision recorded for two figures (either order). */
const linkRule = (trace: ClaimTraceEntry[] | undefined, a: string, b: string): string | undefined =>
  trace?.find((t) => t.stage === 'link' && ((t.a.text === a && t.b.text === b) || (t.a.text === b && t.b.text === a)))
    ?.rule;

describe('claims rules: amounts of two different concepts are two facts (other-concept)', () => {
  const it1 = doc(
    'stla/it.txt',
    'it',
    '2025-02-26',
    'Stellantis, utile in calo\n26 febbraio 2025\n\nStellantis ha chiuso il 2024 con un utile netto di 5,5 miliardi di euro.',
    [money('5,5 miliardi di euro', 5.5e9, 'EUR')],
  );
  const es = doc(
    'stla/es.txt',
    'es',
    '2025-02-26',
    'Stellantis se desploma\n26 de febrero de 2025\n\nStellantis obtuvo un beneficio operativo de 6.000 millones de euros en 2024.',
    [money('6.000 millones de euros', 6e9, 'EUR')],
  );
  const fr = doc(
    'stla/fr.txt',
    'fr',
    '2025-02-26',
    "Stellantis recule\n26 février 2025\n\nStellantis a publié un bénéfice de 6 milliards d'euros pour 2024.",
    [money("6 milliards d'euros", 6e9, 'EUR')],
  );
  const pt = doc(
    'stla/pt.txt',
    'pt',
    '2025-02-26',
    'Stellantis em queda\n26 de fevereiro de 2025\n\nA Stellantis anunciou 6.000 milhões de euros em 2024.',
    [money('6.000 milhões de euros', 6e9, 'EUR')],
  );
  it('a net profit and an operating profit close in value are kept apart by other-concept: no conflict', () => {
    const r = formClaims([it1, es], { trace: true });
    assert.equal(linkRule(r.trace, '5,5 miliardi di euro', '6.000 millones de euros'), 'other-concept');
    assert.equal(diagnosticAt(r, it1, '5,5 miliardi di euro'), undefined);
    assert.equal(diagnosticAt(r, es, '6.000 millones de euros'), undefined);
  });
  it('a generic profit is compatible with a net profit: linked and compared (a conflict)', () => {
    const r = formClaims([it1, fr], { trace: true });
    assert.notEqual(linkRule(r.trace, '5,5 miliardi di euro', "6 milliards d'euros"), 'other-concept');
    assert.ok(claimOf(r, it1, '5,5 miliardi di euro'));
    assert.equal(claimOf(r, it1, '5,5 miliardi di euro'), claimOf(r, fr, "6 milliards d'euros"));
    assert.ok(diagnosticAt(r, it1, '5,5 miliardi di euro')?.code.startsWith('conflict'));
  });
  it('one side without a concept word is decided as before (not by other-concept)', () => {
    const r = formClaims([it1, pt], { trace: true });
    const rule = linkRule(r.trace, '5,5 miliardi di euro', '6.000 milhões de euros');
    assert.ok(rule !== undefined && rule !== 'other-concept', rule);
  });
});
