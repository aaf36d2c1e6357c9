/**
 * Events: stories with other principals that report one event are joined by what their articles share; two events of
 * one company (two countries, two periods) are never joined. Hand-made articles of invented organisations.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { featureWeight } from '../../src/core/claims/events';
import { claimOf, claimOrAlone, count, diagnosticAt, doc, money } from './claims-helpers';

// one general strike: each article is mostly about another organisation (the union, the flotilla)
const strikeIt = doc(
  's/it.txt',
  'it',
  '2025-10-03',
  'Unisind, sciopero generale in tutta Italia\n3 ottobre 2025\n\nUnisind ha portato in piazza 2.750 lavoratori a Roma. ' +
    'Unisind parla di un successo; Marco Bellini ringrazia. Unisind chiede la pace.',
  [count('2.750 lavoratori', 2750, 'worker')],
);
const strikeEs = doc(
  's/es.txt',
  'es',
  '2025-10-03',
  'La Flotilla Aurora agradece la huelga\n3 oct 2025\n\nLa Flotilla Aurora agradeció a Unisind la huelga general en Italia. ' +
    'Marco Bellini habló. La Flotilla Aurora dijo que 4.750 trabajadores marcharon en Roma.',
  [count('4.750 trabajadores', 4750, 'worker')],
);
// the same union a year later, elsewhere
const laterStrike = doc(
  's/it-2026.txt',
  'it',
  '2026-10-05',
  'Unisind, nuovo sciopero\n5 ottobre 2026\n\nUnisind ha portato in piazza 9.750 lavoratori a Roma. Unisind chiede salari più alti.',
  [count('9.750 lavoratori', 9750, 'worker')],
);

describe('claims: events found by clustering stories', () => {
  it('joins two stories with other principals that share names and the day, and compares their counts', () => {
    const r = formClaims([strikeIt, strikeEs]);
    assert.ok(claimOf(r, strikeIt, '2.750 lavoratori'));
    assert.equal(claimOrAlone(r, strikeIt, '2.750 lavoratori'), claimOrAlone(r, strikeEs, '4.750 trabajadores'));
    assert.equal(diagnosticAt(r, strikeEs, '4.750 trabajadores')?.code, 'conflict');
  });
  it("keeps the same union's strike of another year apart (another event, no conflict)", () => {
    const r = formClaims([strikeIt, strikeEs, laterStrike]);
    assert.equal(claimOf(r, laterStrike, '9.750 lavoratori'), undefined);
    assert.equal(diagnosticAt(r, laterStrike, '9.750 lavoratori'), undefined);
    // the joined event is unchanged by the third file
    assert.equal(diagnosticAt(r, strikeEs, '4.750 trabajadores')?.code, 'conflict');
  });
});

describe('claims: two events of one company stay apart', () => {
  const fr = doc(
    'm/fr.txt',
    'fr',
    '2024-05-13',
    "Contoso va investir 4 milliards d'euros en France\n13 mai 2024\n\nContoso investira 4 milliards d'euros en France, à Paris.",
    [money("4 milliards d'euros", 4e9, 'EUR'), money("4 milliards d'euros", 4e9, 'EUR', { nth: 1 })],
  );
  const frAgain = doc(
    'm/fr2.txt',
    'fr',
    '2024-05-14',
    "Contoso : 4,1 milliards d'euros pour la France\n14 mai 2024\n\nContoso investira 4,1 milliards d'euros en France.",
    [money("4,1 milliards d'euros", 4.1e9, 'EUR'), money("4,1 milliards d'euros", 4.1e9, 'EUR', { nth: 1 })],
  );
  const de = doc(
    'm/de.txt',
    'de',
    '2024-05-14',
    'Contoso investiert 3,2 Milliarden Euro in Deutschland\n14. Mai 2024\n\nContoso investiert 3,2 Milliarden Euro in Deutschland, in Berlin.',
    [money('3,2 Milliarden Euro', 3.2e9, 'EUR'), money('3,2 Milliarden Euro', 3.2e9, 'EUR', { nth: 1 })],
  );
  it('two countries on the same days: the German plan is no claim of the French one', () => {
    const r = formClaims([fr, frAgain, de]);
    assert.equal(claimOrAlone(r, fr, "4 milliards d'euros"), claimOrAlone(r, frAgain, "4,1 milliards d'euros"));
    assert.notEqual(claimOrAlone(r, de, '3,2 Milliarden Euro'), claimOrAlone(r, fr, "4 milliards d'euros"));
    assert.equal(diagnosticAt(r, de, '3,2 Milliarden Euro'), undefined);
  });
  it('the same country, one shared name, two months apart: two events', () => {
    const later = doc(
      'm/fr3.txt',
      'fr',
      '2024-09-20',
      "Contoso investit 2 milliards d'euros en France\n20 septembre 2024\n\nContoso investira 2 milliards d'euros en France.",
      [money("2 milliards d'euros", 2e9, 'EUR'), money("2 milliards d'euros", 2e9, 'EUR', { nth: 1 })],
    );
    const r = formClaims([fr, later]);
    assert.notEqual(claimOrAlone(r, later, "2 milliards d'euros"), claimOrAlone(r, fr, "4 milliards d'euros"));
    assert.equal(diagnosticAt(r, later, "2 milliards d'euros"), undefined);
  });
});

describe('claims: event evidence weights', () => {
  it('a precise count is evidence, a round one half of it, a name or an amount of money one', () => {
    assert.equal(featureWeight('q:2750'), 1);
    assert.equal(featureWeight('q:300000'), 0.5);
    assert.equal(featureWeight('n:contoso'), 1);
    assert.equal(featureWeight('m:EUR:4000000000'), 1);
  });
});

describe('claims: the source of a count is part of the claim', () => {
  const a = doc(
    'p/fr.txt',
    'fr',
    '2025-10-03',
    'Grève générale à Lyon\n3 octobre 2025\n\nSelon la police, 12 500 manifestants ont défilé à Lyon. Selon les syndicats, 40 000 manifestants ont défilé.',
    [count('12 500 manifestants', 12500, 'protester'), count('40 000 manifestants', 40000, 'protester')],
  );
  const b = doc(
    'p/es.txt',
    'es',
    '2025-10-03',
    'Huelga general en Lyon\n3 oct 2025\n\nSegún la policía, 18 500 manifestantes marcharon en Lyon. Los sindicatos hablan de una gran jornada.',
    [count('18 500 manifestantes', 18500, 'protester')],
  );
  const c = doc(
    'p/it.txt',
    'it',
    '2025-10-03',
    'Sciopero generale a Lione\n3 ottobre 2025\n\nSecondo i sindacati, 40.000 manifestanti hanno sfilato a Lione.',
    [count('40.000 manifestanti', 40000, 'protester')],
  );
  it('two sources of one article are two claims, not a contradiction', () => {
    const r = formClaims([a]);
    assert.equal(diagnosticAt(r, a, '12 500 manifestants'), undefined);
    assert.equal(diagnosticAt(r, a, '40 000 manifestants'), undefined);
  });
  it("two outlets' different police counts conflict, and the unions' count agrees with the unions'", () => {
    const r = formClaims([a, b, c]);
    assert.equal(diagnosticAt(r, b, '18 500 manifestantes')?.code, 'conflict');
    assert.equal(diagnosticAt(r, a, '12 500 manifestants')?.code, 'conflict');
    assert.notEqual(claimOrAlone(r, a, '40 000 manifestants'), claimOrAlone(r, a, '12 500 manifestants'));
    assert.equal(diagnosticAt(r, c, '40.000 manifestanti'), undefined);
  });
  it(
    "the unions' counts of two outlets are one claim",
    {
      // Passed only because claimOf compared undefined with undefined (found when the claims tests moved to the
      // shared helpers): rule other-source keeps "selon les syndicats" and "secondo i sindacati" apart, so
      // neither mention is in a claim.
      todo: 'other-source: the unions of fr and it are not one source',
    },
    () => {
      const r = formClaims([a, b, c]);
      assert.equal(claimOrAlone(r, a, '40 000 manifestants'), claimOrAlone(r, c, '40.000 manifestanti'));
    },
  );
});
