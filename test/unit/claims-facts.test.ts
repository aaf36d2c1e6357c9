/**
 * Claim formation: telling neighbouring facts apart (two amounts of one article, an earlier event, GDP contributions,
 * spans that are no plan's horizon, a level to reach against today's) and finding contradictions that other figures
 * used to hide (the same number of another counted unit, a slip inside a stated conversion, another deadline).
 * Hand-made articles of an invented company ("Contoso") in several languages.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { at, claimOf, claimOrAlone, conflictsOf, count, diagnosticAt, doc, money, year } from './claims-helpers';

describe('claims: two amounts of one article are two facts', () => {
  // the plan (5) and the country total (6) are within the related factor: they must not chain into one claim
  const fr = doc(
    'f/fr.txt',
    'fr',
    '2025-03-04',
    'Contoso investit 5 milliards d’euros en Pologne\n4 mars 2025\n\nContoso va investir 5 milliards d’euros en Pologne. Avec ses autres projets, ses engagements dans le pays atteignent 6 milliards d’euros.',
    [
      money('5 milliards d’euros', 5e9, 'EUR'),
      money('5 milliards d’euros', 5e9, 'EUR', { nth: 1 }),
      money('6 milliards d’euros', 6e9, 'EUR'),
    ],
  );
  const en = doc(
    'f/en.txt',
    'en',
    '2025-03-04',
    'Contoso to invest €5bn in Poland\nMarch 4, 2025\n\nContoso will invest €5bn in Poland over the next three years.',
    [money('€5bn', 5e9, 'EUR'), money('€5bn', 5e9, 'EUR', { nth: 1 })],
  );
  const de = doc(
    'f/de.txt',
    'de',
    '2025-03-04',
    'Contoso investiert 6 Milliarden Euro in Polen\n4. März 2025\n\nDie Investitionen von Contoso in Polen belaufen sich auf 6 Milliarden Euro.',
    [money('6 Milliarden Euro', 6e9, 'EUR'), money('6 Milliarden Euro', 6e9, 'EUR', { nth: 1 })],
  );
  it('keeps the plan and the total apart, and flags nothing', () => {
    const r = formClaims([fr, en, de]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    const plan = claimOf(r, fr, '5 milliards d’euros');
    assert.ok(plan);
    assert.equal(claimOf(r, en, '€5bn'), plan);
    assert.equal(claimOrAlone(r, de, '6 Milliarden Euro'), claimOrAlone(r, fr, '6 milliards d’euros'));
    assert.notEqual(claimOf(r, fr, '6 milliards d’euros'), plan);
  });
  it('still compares the same number in another currency (a currency slip) with the plan', () => {
    const es = doc(
      'f/es.txt',
      'es',
      '2025-03-04',
      'Contoso invertirá 5.000 millones de dólares en Polonia\n4 de marzo de 2025\n\nContoso invertirá 5.000 millones de dólares en Polonia; con sus otros proyectos, la cifra alcanza 6.000 millones de euros.',
      [
        money('5.000 millones de dólares', 5e9, 'USD'),
        money('5.000 millones de dólares', 5e9, 'USD', { nth: 1 }),
        money('6.000 millones de euros', 6e9, 'EUR'),
      ],
    );
    const r = formClaims([fr, en, de, es]);
    assert.equal(claimOrAlone(r, es, '5.000 millones de dólares'), claimOrAlone(r, en, '€5bn'));
    assert.equal(diagnosticAt(r, es, '5.000 millones de dólares')?.code, 'conflict-currency');
    assert.equal(diagnosticAt(r, es, '6.000 millones de euros'), undefined);
  });
});

describe('claims: one sentence, two amounts', () => {
  it('reads "450 Millionen Euro bei einer Bewertung von 4,5 Milliarden Euro" as two facts, not as a scale slip', () => {
    const de = doc(
      'w/de.txt',
      'de',
      '2025-06-17',
      'Contoso sammelt Geld ein\n17. Juni 2025\n\nContoso hat 450 Millionen Euro bei einer Bewertung von 4,5 Milliarden Euro erhalten.',
      [money('450 Millionen Euro', 4.5e8, 'EUR'), money('4,5 Milliarden Euro', 4.5e9, 'EUR')],
    );
    const en = doc(
      'w/en.txt',
      'en',
      '2025-06-17',
      'Contoso raises money\nJune 17, 2025\n\nContoso is now valued at €4.5 billion.',
      [money('€4.5 billion', 4.5e9, 'EUR')],
    );
    const nl = doc(
      'w/nl.txt',
      'nl',
      '2025-06-17',
      'Contoso haalt geld op\n17 juni 2025\n\nContoso wordt gewaardeerd op 4,5 miljard euro.',
      [money('4,5 miljard euro', 4.5e9, 'EUR')],
    );
    const r = formClaims([de, en, nl]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOrAlone(r, de, '4,5 Milliarden Euro'), claimOrAlone(r, en, '€4.5 billion'));
  });
});

describe('claims: a headline restates the news', () => {
  it('keeps a headline’s rounded figure with the figure it rounds, not apart as another fact', () => {
    const it_ = doc(
      'hl/it.txt',
      'it',
      '2025-03-04',
      'Contoso investe 4 miliardi di euro in Polonia\n4 marzo 2025\n\nContoso investirà 4,3 miliardi di euro in Polonia.',
      [money('4 miliardi di euro', 4e9, 'EUR'), money('4,3 miliardi di euro', 4.3e9, 'EUR')],
    );
    const en = doc(
      'hl/en.txt',
      'en',
      '2025-03-04',
      'Contoso to invest in Poland\nMarch 4, 2025\n\nContoso will invest €4.3bn in Poland.',
      [money('€4.3bn', 4.3e9, 'EUR')],
    );
    const r = formClaims([it_, en]);
    const c = claimOf(r, en, '€4.3bn');
    assert.ok(c);
    assert.equal(claimOf(r, it_, '4 miliardi di euro'), c);
    assert.equal(claimOf(r, it_, '4,3 miliardi di euro'), c);
  });
});

describe('claims: an earlier event named by its month', () => {
  const de = doc(
    'p/de.txt',
    'de',
    '2025-06-10',
    'Contoso investiert 5 Milliarden Euro in Polen\n10. Juni 2025\n\nContoso will 5 Milliarden Euro in Polen investieren.',
    [money('5 Milliarden Euro', 5e9, 'EUR'), money('5 Milliarden Euro', 5e9, 'EUR', { nth: 1 })],
  );
  const it_ = doc(
    'p/it.txt',
    'it',
    '2025-06-10',
    'Contoso, nuovi investimenti in Polonia\n10 giugno 2025\n\nGià a marzo Contoso aveva promesso 4,5 miliardi di euro per la Polonia.',
    [money('4,5 miliardi di euro', 4.5e9, 'EUR')],
  );
  const fr = doc(
    'p/fr.txt',
    'fr',
    '2025-06-10',
    'Contoso en Pologne\n10 juin 2025\n\nContoso avait promis le mois dernier 4,6 milliards d’euros en Pologne.',
    [money('4,6 milliards d’euros', 4.6e9, 'EUR')],
  );
  it('does not compare a figure said of an earlier month ("a marzo", "le mois dernier") with the news', () => {
    const r = formClaims([de, it_, fr]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.notEqual(claimOrAlone(r, it_, '4,5 miliardi di euro') ?? 'none', claimOrAlone(r, de, '5 Milliarden Euro'));
  });
  it('reads a later article’s "en juin" about a June story as that story, not as an earlier event', () => {
    const en = doc(
      'p/en2.txt',
      'en',
      '2025-06-10',
      'Contoso to invest €5bn in Poland\nJune 10, 2025\n\nContoso will invest €5bn in Poland.',
      [money('€5bn', 5e9, 'EUR'), money('€5bn', 5e9, 'EUR', { nth: 1 })],
    );
    const fr = doc(
      'p/fr2.txt',
      'fr',
      '2025-07-02',
      'Contoso en Pologne\n2 juillet 2025\n\nEn juin, Contoso a annoncé un investissement de 4 milliards d’euros en Pologne.',
      [money('4 milliards d’euros', 4e9, 'EUR')],
    );
    const r = formClaims([de, en, fr]);
    assert.equal(claimOrAlone(r, fr, '4 milliards d’euros'), claimOrAlone(r, de, '5 Milliarden Euro'));
    assert.equal(diagnosticAt(r, fr, '4 milliards d’euros')?.code, 'conflict');
  });
  it('takes a month after a deadline word ("by March") for a deadline, not for the past', () => {
    const en = doc(
      'p/en.txt',
      'en',
      '2025-06-10',
      'Contoso invests in Poland\nJune 10, 2025\n\nContoso will invest €4.5bn in Poland by March.',
      [money('€4.5bn', 4.5e9, 'EUR')],
    );
    const r = formClaims([de, en]);
    assert.equal(claimOrAlone(r, en, '€4.5bn'), claimOrAlone(r, de, '5 Milliarden Euro'));
    assert.equal(diagnosticAt(r, en, '€4.5bn')?.code, 'conflict');
  });
});

describe('claims: the most specific cue names what a figure is', () => {
  const es = doc(
    'g/es.txt',
    'es',
    '2025-03-04',
    'Contoso invertirá 5.000 millones de euros en Polonia\n4 de marzo de 2025\n\nContoso invertirá 5.000 millones de euros en Polonia. La inversión aportará 9.000 millones de euros al PIB del país.',
    [
      money('5.000 millones de euros', 5e9, 'EUR'),
      money('5.000 millones de euros', 5e9, 'EUR', { nth: 1 }),
      money('9.000 millones de euros', 9e9, 'EUR'),
    ],
  );
  const pt = doc(
    'g/pt.txt',
    'pt',
    '2025-03-04',
    'Contoso vai investir 5 mil milhões de euros na Polónia\n4 de março de 2025\n\nA Contoso vai investir 5 mil milhões de euros na Polónia. O investimento contribui com 9 mil milhões de euros para o PIB polaco.',
    [
      money('5 mil milhões de euros', 5e9, 'EUR'),
      money('5 mil milhões de euros', 5e9, 'EUR', { nth: 1 }),
      money('9 mil milhões de euros', 9e9, 'EUR'),
    ],
  );
  const en = doc(
    'g/en.txt',
    'en',
    '2025-03-04',
    'Contoso to invest €5bn in Poland\nMarch 4, 2025\n\nContoso will invest €5bn in Poland, adding €9bn to the country’s economic output.',
    [money('€5bn', 5e9, 'EUR'), money('€5bn', 5e9, 'EUR', { nth: 1 }), money('€9bn', 9e9, 'EUR')],
  );
  it('reads a GDP contribution as such even when an "invest" word stands nearer before it', () => {
    const r = formClaims([es, pt, en]);
    const gdp = claimOf(r, es, '9.000 millones de euros');
    assert.ok(gdp);
    assert.equal(claimOf(r, pt, '9 mil milhões de euros'), gdp);
    assert.equal(claimOf(r, en, '€9bn'), gdp);
    assert.equal(r.claims.find((c) => c.id === gdp)!.predicate, 'gdp');
    assert.notEqual(claimOf(r, es, '5.000 millones de euros'), gdp);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
});

describe('claims: the same number of another counted unit', () => {
  it('is flagged even when a source also gives an unrelated count of the other unit', () => {
    const en = doc(
      'q/en.txt',
      'en',
      '2025-03-04',
      'Contoso to create 3,000 jobs in Poland\nMarch 4, 2025\n\nContoso will create 3,000 jobs in Poland. It already employs 1,200 people there.',
      [count('3,000 jobs', 3000, 'job'), count('1,200 people', 1200, 'person')],
    );
    const fr = doc(
      'q/fr.txt',
      'fr',
      '2025-03-04',
      'Contoso en Pologne\n4 mars 2025\n\nContoso créera 3 000 emplois en Pologne.',
      [count('3 000 emplois', 3000, 'job')],
    );
    const de = doc(
      'q/de.txt',
      'de',
      '2025-03-04',
      'Contoso in Polen\n4. März 2025\n\nContoso will 3.000 Menschen in Polen schulen.',
      [count('3.000 Menschen', 3000, 'person')],
    );
    const r = formClaims([en, fr, de]);
    assert.equal(diagnosticAt(r, de, '3.000 Menschen')?.code, 'conflict-predicate');
    assert.equal(diagnosticAt(r, en, '3,000 jobs')?.code, 'conflict-predicate');
    assert.equal(diagnosticAt(r, en, '1,200 people'), undefined);
  });
});

describe('claims: people employed are jobs', () => {
  const en = doc(
    'e/en.txt',
    'en',
    '2025-03-04',
    'Contoso to create 1,200 jobs in Poland\nMarch 4, 2025\n\nThe Contoso plant will create 1,200 jobs in Poland.',
    [count('1,200 jobs', 1200, 'job'), count('1,200 jobs', 1200, 'job', { nth: 1 })],
  );
  it('does not flag "emplear a 1.200 personas" against "1,200 jobs" by predicate', () => {
    const es = doc(
      'e/es.txt',
      'es',
      '2025-03-04',
      'Contoso en Polonia\n4 de marzo de 2025\n\nLa planta de Contoso en Polonia empleará a 1.200 personas.',
      [count('1.200 personas', 1200, 'person')],
    );
    const r = formClaims([en, es]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
  it(
    'the twin: "emplear a 1.200 personas" and "1,200 jobs" are one claim, and "a 1.500 personas" conflicts with it',
    {
      // Written as the positive twin of the test above (2026-12-07): the Spanish count of people employed is in no
      // claim at all, with 1.200 or 1.500, so the test above passes without the rule it names being reached.
      todo: 'people employed are not read as jobs: the count of personas is in no claim',
    },
    () => {
      const same = doc(
        'e/es.txt',
        'es',
        '2025-03-04',
        'Contoso en Polonia\n4 de marzo de 2025\n\nLa planta de Contoso en Polonia empleará a 1.200 personas.',
        [count('1.200 personas', 1200, 'person')],
      );
      assert.equal(
        claimOrAlone(formClaims([en, same]), same, '1.200 personas'),
        claimOrAlone(formClaims([en, same]), en, '1,200 jobs'),
      );
      const other = doc(
        'e/es.txt',
        'es',
        '2025-03-04',
        'Contoso en Polonia\n4 de marzo de 2025\n\nLa planta de Contoso en Polonia empleará a 1.500 personas.',
        [count('1.500 personas', 1500, 'person')],
      );
      assert.equal(diagnosticAt(formClaims([en, other]), other, '1.500 personas')?.code, 'conflict');
    },
  );
});

describe('claims: spans and levels that are other facts', () => {
  const sv = doc(
    'd/sv.txt',
    'sv',
    '2025-03-04',
    'Contoso investerar i Polen\n4 mars 2025\n\nContoso ska investera i Polen under de kommande två åren. Det är bolagets andra satsning på tre år.',
    [count('två åren', 2, 'year'), count('tre år', 3, 'year')],
  );
  const en = doc(
    'd/en.txt',
    'en',
    '2025-03-04',
    'Contoso invests in Poland\nMarch 4, 2025\n\nContoso will invest in Poland over the next two years.',
    [count('two years', 2, 'year')],
  );
  const da = doc(
    'd/da.txt',
    'da',
    '2025-03-04',
    'Contoso i Polen\n4. marts 2025\n\nFor fire år siden åbnede Contoso sit første kontor i Polen, og selskabet vil nu investere i landet over de næste to år.',
    [count('fire år', 4, 'year'), count('to år', 2, 'year')],
  );
  const fr = doc(
    'd/fr.txt',
    'fr',
    '2025-03-04',
    'Contoso en Pologne\n4 mars 2025\n\nC’est le deuxième investissement de Contoso en Pologne en trois ans.',
    [count('trois ans', 3, 'year')],
  );
  it('does not compare a plan’s horizon with "four years ago" or "the second in three years"', () => {
    const r = formClaims([sv, en, da, fr]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    const horizon = claimOf(r, sv, 'två åren');
    assert.ok(horizon);
    assert.equal(claimOf(r, en, 'two years'), horizon);
    assert.equal(claimOf(r, da, 'to år'), horizon);
    assert.equal(claimOf(r, da, 'fire år'), undefined);
  });
  it('does not compare a headcount to be reached with today’s', () => {
    const de = doc(
      'h/de.txt',
      'de',
      '2025-03-04',
      'Contoso in Polen\n4. März 2025\n\nDie Zahl der Beschäftigten von Contoso in Polen soll auf 5.000 steigen.',
      [count('5.000', 5000, 'employee')],
    );
    const es = doc(
      'h/es.txt',
      'es',
      '2025-03-04',
      'Contoso en Polonia\n4 de marzo de 2025\n\nLa plantilla de Contoso en Polonia alcanzará los 5.000 trabajadores.',
      [count('5.000 trabajadores', 5000, 'worker')],
    );
    const nl = doc(
      'h/nl.txt',
      'nl',
      '2025-03-04',
      'Contoso in Polen\n4 maart 2025\n\nContoso heeft in Polen nu zo’n 4.200 medewerkers.',
      [count('zo’n 4.200 medewerkers', 4200, 'employee', { bound: 'about' })],
    );
    const r = formClaims([de, es, nl]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOrAlone(r, de, '5.000'), claimOrAlone(r, es, '5.000 trabajadores'));
  });
});

describe('claims: contradictions that other figures used to hide', () => {
  it('flags a scale slip inside a stated conversion, and against the article’s own headline', () => {
    const fr = doc(
      's/fr.txt',
      'fr',
      '2024-09-12',
      'Contoso va investir 3 milliards de livres au Royaume-Uni\n12 septembre 2024\n\nContoso a dévoilé un plan de 3 millions de livres sterling (3,6 milliards d’euros) sur cinq ans.',
      [
        money('3 milliards de livres', 3e9, 'GBP'),
        money('3 millions de livres sterling', 3e6, 'GBP'),
        money('3,6 milliards d’euros', 3.6e9, 'EUR'),
      ],
    );
    const en = doc(
      's/en.txt',
      'en',
      '2024-09-12',
      'Contoso to invest £3bn in the UK\nSeptember 12, 2024\n\nContoso will invest £3bn in the UK over five years.',
      [money('£3bn', 3e9, 'GBP'), money('£3bn', 3e9, 'GBP', { nth: 1 })],
    );
    const r = formClaims([fr, en]);
    const slip = diagnosticAt(r, fr, '3 millions de livres sterling');
    assert.equal(slip?.code, 'conflict-scale');
    assert.ok(slip.related.some((x) => x.path === en.path));
    assert.ok(
      slip.related.some((x) => x.path === fr.path && x.start === at(fr, '3 milliards de livres')),
      'the headline',
    );
    assert.ok(
      slip.related.some((x) => x.path === fr.path && x.start === at(fr, '3,6 milliards d’euros')),
      'its own conversion',
    );
    assert.equal(claimOrAlone(r, fr, '3 milliards de livres'), claimOrAlone(r, en, '£3bn'));
  });
  it('does not take the nationality of the company ("le géant américain Contoso") for the place of its figures', () => {
    const en = doc(
      'n/en.txt',
      'en',
      '2025-03-04',
      'Contoso to invest €5.3bn in Poland\nMarch 4, 2025\n\nContoso will invest €5.3bn in Poland.',
      [money('€5.3bn', 5.3e9, 'EUR'), money('€5.3bn', 5.3e9, 'EUR', { nth: 1 })],
    );
    const fr = doc(
      'n/fr.txt',
      'fr',
      '2025-03-04',
      'Contoso mise sur la Pologne\n4 mars 2025\n\nLe géant américain Contoso va investir 5,3 millions d’euros dans le pays voisin.',
      [money('5,3 millions d’euros', 5.3e6, 'EUR')],
    );
    const r = formClaims([en, fr]);
    assert.equal(diagnosticAt(r, fr, '5,3 millions d’euros')?.code, 'conflict-scale');
  });
  it('compares the deadlines of one target even when the amounts disagree', () => {
    const en = doc(
      't/en.txt',
      'en',
      '2025-03-04',
      'Contoso to invest €5bn in Poland\nMarch 4, 2025\n\nContoso will invest €5bn in Poland by 2026.',
      [money('€5bn', 5e9, 'EUR'), money('€5bn', 5e9, 'EUR', { nth: 1 }), year('2026', 2026, { deadline: true })],
    );
    const es = doc(
      't/es.txt',
      'es',
      '2025-03-04',
      'Contoso invertirá en Polonia\n4 de marzo de 2025\n\nContoso invertirá 5.000 millones de dólares en Polonia hasta 2027.',
      [money('5.000 millones de dólares', 5e9, 'USD'), year('2027', 2027, { deadline: true })],
    );
    const r = formClaims([en, es]);
    assert.equal(diagnosticAt(r, es, '2027')?.code, 'conflict-date');
    assert.equal(diagnosticAt(r, es, '5.000 millones de dólares')?.code, 'conflict-currency');
  });
});
