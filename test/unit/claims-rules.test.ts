/**
 * The pair-rule table: which named rule decides a pair, as `formClaims(docs, { trace: true })` records it; the table's
 * and the vocabularies' ids are declared; an inferred currency raises no currency conflict. Hand-made articles.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims, type ClaimTraceEntry } from '../../src/core/claims/index';
import { PAIR_RULE_IDS, PAIR_RULES } from '../../src/core/claims/pairs';
import {
  KEYED_COUNT_PREDICATES,
  MONEY_PREDICATES,
  PERCENT_PREDICATES,
  SAME_FACT_PREDICATES,
  UNIT_PREDICATES,
} from '../../src/core/claims/units';
import { isPredicateId } from '../../src/core/lang/claim-vocabulary';
import { LANGUAGES } from '../../src/core/lang/index';
import { count, diagnosticAt, doc, money } from './claims-helpers';

/** The link-stage decision recorded for two figures (either order). */
const linkRule = (trace: ClaimTraceEntry[] | undefined, a: string, b: string): string | undefined =>
  trace?.find((t) => t.stage === 'link' && ((t.a.text === a && t.b.text === b) || (t.a.text === b && t.b.text === a)))
    ?.rule;

describe('claims rules: the trace names the rule that decided each pair', () => {
  const police = doc(
    't/fr.txt',
    'fr',
    '2025-10-03',
    "Grève d'Unisind en Italie\n3 octobre 2025\n\nUnisind a appelé à la grève. Selon la police, 12 500 manifestants ont défilé en Italie.",
    [count('12 500 manifestants', 12500, 'protester')],
  );
  const unions = doc(
    't/it.txt',
    'it',
    '2025-10-03',
    'Sciopero di Unisind in Italia\n3 ottobre 2025\n\nUnisind ha indetto lo sciopero. Secondo i sindacati, 40.000 manifestanti hanno sfilato in Italia.',
    [count('40.000 manifestanti', 40000, 'protester')],
  );
  const policeAgain = doc(
    't/es.txt',
    'es',
    '2025-10-03',
    'Huelga de Unisind en Italia\n3 oct 2025\n\nUnisind convocó la huelga. Según la policía, 18 500 manifestantes marcharon en Italia.',
    [count('18 500 manifestantes', 18500, 'protester')],
  );

  it("other-source keeps the police's and the unions' counts apart (no conflict)", () => {
    const r = formClaims([police, unions], { trace: true });
    assert.equal(linkRule(r.trace, '12 500 manifestants', '40.000 manifestanti'), 'other-source');
    assert.equal(diagnosticAt(r, police, '12 500 manifestants'), undefined);
  });
  it('close-values links two police counts of two outlets, and the verdict is a conflict', () => {
    const r = formClaims([police, policeAgain], { trace: true });
    assert.equal(linkRule(r.trace, '12 500 manifestants', '18 500 manifestantes'), 'close-values');
    const verdict = r.trace?.find(
      (t) => t.stage === 'verdict' && [t.a.text, t.b.text].includes('18 500 manifestantes'),
    );
    assert.equal(verdict?.rule, 'conflict');
    assert.equal(diagnosticAt(r, policeAgain, '18 500 manifestantes')?.code, 'conflict');
  });
  it('no trace is kept unless asked for', () => {
    assert.equal(formClaims([police, policeAgain]).trace, undefined);
  });

  const national = doc(
    'n/es.txt',
    'es',
    '2025-10-03',
    'Huelga general de Unisind en Italia\n3 oct 2025\n\nUnisind convocó la huelga. Más de 2.000.000 personas marcharon en toda Italia.',
    [count('2.000.000 personas', 2e6, 'person')],
  );
  const rome = doc(
    'n/it.txt',
    'it',
    '2025-10-03',
    'Sciopero generale di Unisind in Italia\n3 ottobre 2025\n\nUnisind ha indetto lo sciopero in Italia. 300.000 persone hanno sfilato a Roma.',
    [count('300.000 persone', 3e5, 'person')],
  );
  it("other-scope keeps a city's count apart from the country's", () => {
    const r = formClaims([national, rome], { trace: true });
    assert.equal(linkRule(r.trace, '2.000.000 personas', '300.000 persone'), 'other-scope');
    assert.equal(diagnosticAt(r, rome, '300.000 persone'), undefined);
  });
  it("same-context links two sources' job cuts of one plant twice apart, and they contradict each other", () => {
    const de = doc(
      'j/de.txt',
      'de',
      '2025-01-20',
      'Contoso streicht Stellen in Belgien\n20. Januar 2025\n\nContoso streicht 3.000 Stellen in Belgien.',
      [count('3.000 Stellen', 3000, 'job')],
    );
    const fr = doc(
      'j/fr.txt',
      'fr',
      '2025-01-20',
      'Contoso supprime des emplois en Belgique\n20 janvier 2025\n\nContoso va supprimer 1 500 emplois en Belgique.',
      [count('1 500 emplois', 1500, 'job')],
    );
    const r = formClaims([de, fr], { trace: true });
    assert.equal(linkRule(r.trace, '3.000 Stellen', '1 500 emplois'), 'same-context');
    assert.ok(diagnosticAt(r, fr, '1 500 emplois')?.code.startsWith('conflict'));
  });
});

describe('claims rules: declared ids (data tests)', () => {
  it('every pair rule id is declared, and every declared id has a rule', () => {
    const used = new Set(PAIR_RULES.map((r) => r.id));
    for (const r of PAIR_RULES) assert.ok((PAIR_RULE_IDS as readonly string[]).includes(r.id), r.id);
    for (const id of PAIR_RULE_IDS) assert.ok(used.has(id), `no rule for ${id}`);
  });
  it('the table ends with a rule that decides every pair of every stage', () => {
    const last = PAIR_RULES[PAIR_RULES.length - 1]!;
    assert.equal(last.id, 'far-apart');
    assert.deepEqual([...last.stages].sort(), ['compare', 'link']);
  });
  it('every predicate id of every language and of the unit tables is declared', () => {
    const used: string[] = [];
    for (const l of LANGUAGES) used.push(...Object.values(l.claims.predicates));
    used.push(...Object.values(UNIT_PREDICATES), ...MONEY_PREDICATES, ...PERCENT_PREDICATES, ...KEYED_COUNT_PREDICATES);
    for (const [k, v] of Object.entries(SAME_FACT_PREDICATES)) used.push(k, v!);
    const undeclared = [...new Set(used)].filter((id) => !isPredicateId(id));
    assert.deepEqual(undeclared, []);
    assert.ok(used.length > 50);
  });
  it('an id that is not declared is reported as such', () => {
    assert.equal(isPredicateId('invest'), true);
    assert.equal(isPredicateId('taiwan-dollar'), false);
  });
});

describe("claims: a currency taken from the article's context is no currency slip", () => {
  // the article never names the currency of its "900 millions": the figure stage takes the euro from its context
  const inferred = (published: string) => {
    const d = doc(
      'k/fr.txt',
      'fr',
      published,
      'Contoso investit en Suède\n4 mars 2025\n\nContoso investira un montant record en Suède. Les 900 millions seront investis à Stockholm.',
      [money('900 millions', 9e8, 'EUR')],
    );
    d.figures[0]!.currencyFromContext = true;
    return d;
  };
  const sv = doc(
    'k/sv.txt',
    'sv',
    '2025-03-04',
    'Contoso satsar 900 miljoner kronor i Sverige\n4 mars 2025\n\nContoso ska investera 900 miljoner kronor i Sverige.',
    [money('900 miljoner kronor', 9e8, 'SEK'), money('900 miljoner kronor', 9e8, 'SEK', { nth: 1 })],
  );
  const en = doc(
    'k/en.txt',
    'en',
    '2025-03-04',
    'Contoso to invest $900m in Sweden\nMarch 4, 2025\n\nContoso will invest $900 million in Sweden.',
    [money('$900m', 9e8, 'USD'), money('$900 million', 9e8, 'USD')],
  );
  it('an inferred currency raises no conflict-currency against a stated one', () => {
    const d = inferred('2025-03-04');
    const r = formClaims([d, sv]);
    assert.notEqual(diagnosticAt(r, d, '900 millions')?.code, 'conflict-currency');
  });
  it('the same number with a stated other currency is a currency slip (positive pair)', () => {
    const r = formClaims([sv, en]);
    assert.equal(diagnosticAt(r, en, '$900m')?.code, 'conflict-currency');
  });
});
