/**
 * Claim formation, general rules found with fresh probe clusters: a currency slip between currencies far from each
 * other, a total beside another amount of its article, deadlines stated to the month. Hand-made articles of an
 * invented company ("Contoso").
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import {
  claimOf,
  claimOrAlone,
  conflictsOf,
  count,
  diagnosticAt,
  doc,
  money,
  year,
  type FigureSpec,
} from './claims-helpers';
import { tokenize } from '../../src/core/claims/text';

const month = (text: string, value: string, extra: Partial<FigureSpec> = {}): FigureSpec => ({
  text,
  kind: 'date',
  value,
  unit: 'month',
  ...extra,
});
const yearDeadline = (text: string, value: number): FigureSpec => ({
  text,
  kind: 'date',
  value,
  unit: 'year',
  deadline: true,
});

describe('claims: the same number in a currency far from the other (a currency slip)', () => {
  const sv = doc(
    'c/sv.txt',
    'sv',
    '2025-03-04',
    'Contoso satsar 900 miljoner kronor i Sverige\n4 mars 2025\n\nContoso ska investera 900 miljoner kronor i Sverige.',
    [money('900 miljoner kronor', 9e8, 'SEK'), money('900 miljoner kronor', 9e8, 'SEK', { nth: 1 })],
  );
  const en = doc(
    'c/en.txt',
    'en',
    '2025-03-04',
    'Contoso to invest SEK 900m in Sweden\nMarch 4, 2025\n\nContoso will invest SEK 900 million in Sweden.',
    [money('SEK 900m', 9e8, 'SEK'), money('SEK 900 million', 9e8, 'SEK')],
  );
  const it_ = doc(
    'c/it.txt',
    'it',
    '2025-03-04',
    'Contoso investe in Svezia\n4 marzo 2025\n\nContoso investirà 900 milioni di euro in Svezia.',
    [money('900 milioni di euro', 9e8, 'EUR')],
  );
  it('joins the claim and is flagged as a currency conflict although the rate puts it ten times off', () => {
    const r = formClaims([sv, en, it_]);
    assert.equal(claimOrAlone(r, it_, '900 milioni di euro'), claimOrAlone(r, sv, '900 miljoner kronor'));
    assert.equal(diagnosticAt(r, it_, '900 milioni di euro')?.code, 'conflict-currency');
    assert.equal(diagnosticAt(r, en, 'SEK 900m')?.code, 'conflict-currency');
  });
  // issue 8: sameness is decided from context; a gap of a few times inside one fact is a contradiction, not two facts
  it('joins a different amount in another currency a few times off when the context says one fact (same-by-context)', () => {
    const de = doc(
      'c/de.txt',
      'de',
      '2025-03-04',
      'Contoso investiert in Schweden\n4. März 2025\n\nContoso will 300 Millionen Euro in Schweden investieren.',
      [money('300 Millionen Euro', 3e8, 'EUR')],
    );
    const r = formClaims([sv, en, de]);
    assert.equal(claimOrAlone(r, de, '300 Millionen Euro'), claimOrAlone(r, sv, '900 miljoner kronor'));
    assert.equal(diagnosticAt(r, de, '300 Millionen Euro')?.code, 'conflict');
  });
  it('does not join a different amount in another currency a few times off said of another country', () => {
    const de = doc(
      'c/de.txt',
      'de',
      '2025-03-04',
      'Contoso investiert in Schweden\n4. März 2025\n\nContoso will 300 Millionen Euro in Norwegen investieren.',
      [money('300 Millionen Euro', 3e8, 'EUR')],
    );
    const r = formClaims([sv, en, de]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
});

describe('claims: a total beside another amount of its article', () => {
  it('keeps "in total ... 3.4 million" apart from the article’s new 1 billion (no scale slip)', () => {
    const nb = doc(
      't/nb.txt',
      'nb',
      '2025-03-04',
      'Contoso bruker 1 milliard euro i Finland\n4. mars 2025\n\nContoso skal investere 1 milliard euro i Finland. Totalt har Contoso dermed investert 3,4 millioner euro i Finland.',
      [
        money('1 milliard euro', 1e9, 'EUR'),
        money('1 milliard euro', 1e9, 'EUR', { nth: 1 }),
        money('3,4 millioner euro', 3.4e6, 'EUR'),
      ],
    );
    const en = doc(
      't/en.txt',
      'en',
      '2025-03-04',
      'Contoso to invest €1bn in Finland\nMarch 4, 2025\n\nContoso will invest €1 billion in Finland.',
      [money('€1bn', 1e9, 'EUR'), money('€1 billion', 1e9, 'EUR')],
    );
    const r = formClaims([nb, en]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.notEqual(claimOrAlone(r, nb, '3,4 millioner euro'), claimOrAlone(r, nb, '1 milliard euro', 1));
  });
  it('the twin: "1 million" where the headline and the other source say 1 billion is a scale slip', () => {
    const nb = doc(
      't/nb.txt',
      'nb',
      '2025-03-04',
      'Contoso bruker 1 milliard euro i Finland\n4. mars 2025\n\nContoso skal investere 1 million euro i Finland.',
      [money('1 milliard euro', 1e9, 'EUR'), money('1 million euro', 1e6, 'EUR')],
    );
    const en = doc(
      't/en.txt',
      'en',
      '2025-03-04',
      'Contoso to invest €1bn in Finland\nMarch 4, 2025\n\nContoso will invest €1 billion in Finland.',
      [money('€1bn', 1e9, 'EUR'), money('€1 billion', 1e9, 'EUR')],
    );
    const r = formClaims([nb, en]);
    assert.equal(claimOrAlone(r, nb, '1 million euro'), claimOrAlone(r, en, '€1 billion'));
    assert.equal(diagnosticAt(r, en, '€1 billion')?.code, 'conflict-scale');
  });
});

describe('claims: deadlines stated to the month', () => {
  const pl = doc(
    'd/pl.txt',
    'pl',
    '2025-02-24',
    'Contoso zainwestuje 2,8 mld zł w Polsce\n24 lutego 2025\n\nContoso zainwestuje 2,8 mld zł w Polsce do czerwca 2026 r.',
    [
      money('2,8 mld zł', 2.8e9, 'PLN'),
      money('2,8 mld zł', 2.8e9, 'PLN', { nth: 1 }),
      month('czerwca 2026', '2026-06', { deadline: true }),
    ],
  );
  const en = doc(
    'd/en.txt',
    'en',
    '2025-02-24',
    'Contoso to invest $700m in Poland\nFebruary 24, 2025\n\nContoso will invest $700 million in Poland by June 2026.',
    [money('$700m', 7e8, 'USD'), money('$700 million', 7e8, 'USD'), month('June 2026', '2026-06', { deadline: true })],
  );
  it('flags another year against a month, also when the amounts are a currency slip apart', () => {
    const de = doc(
      'd/de.txt',
      'de',
      '2025-02-25',
      'Contoso investiert in Polen\n25. Februar 2025\n\nContoso will bis 2027 rund 2,8 Milliarden Euro in Polen investieren.',
      [yearDeadline('2027', 2027), money('rund 2,8 Milliarden Euro', 2.8e9, 'EUR', { bound: 'about' })],
    );
    const r = formClaims([pl, en, de]);
    assert.equal(diagnosticAt(r, de, '2027')?.code, 'conflict-date');
    assert.equal(diagnosticAt(r, en, 'June 2026')?.code, 'conflict-date');
    assert.equal(diagnosticAt(r, pl, 'czerwca 2026')?.code, 'conflict-date');
  });
  it('reads the same month in two languages as one deadline, and a year as its own precision', () => {
    const fr = doc(
      'd/fr.txt',
      'fr',
      '2025-02-24',
      'Contoso investit en Pologne\n24 février 2025\n\nContoso investira 700 millions de dollars en Pologne d’ici 2026.',
      [money('700 millions de dollars', 7e8, 'USD'), yearDeadline('2026', 2026)],
    );
    const r = formClaims([pl, en, fr]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
});

describe('claims: a currency slip against the other sources’ conversions', () => {
  it('flags the slip against a source that states only the converted amount', () => {
    const pl = doc(
      's/pl.txt',
      'pl',
      '2025-02-24',
      'Contoso zainwestuje 2,8 mld zł w Polsce\n24 lutego 2025\n\nContoso zainwestuje 2,8 mld zł w Polsce.',
      [money('2,8 mld zł', 2.8e9, 'PLN'), money('2,8 mld zł', 2.8e9, 'PLN', { nth: 1 })],
    );
    const en = doc(
      's/en.txt',
      'en',
      '2025-02-24',
      'Contoso to invest $700m in Poland\nFebruary 24, 2025\n\nContoso will invest $700 million in Poland.',
      [money('$700m', 7e8, 'USD'), money('$700 million', 7e8, 'USD')],
    );
    const de = doc(
      's/de.txt',
      'de',
      '2025-02-24',
      'Contoso investiert in Polen\n24. Februar 2025\n\nContoso will 2,8 Milliarden Euro in Polen investieren.',
      [money('2,8 Milliarden Euro', 2.8e9, 'EUR')],
    );
    const r = formClaims([pl, en, de]);
    assert.equal(diagnosticAt(r, pl, '2,8 mld zł')?.code, 'conflict-currency');
    assert.ok(diagnosticAt(r, en, '$700 million'), 'the conversion contradicts the slip too');
    assert.equal(diagnosticAt(r, de, '2,8 Milliarden Euro')?.related.length, 4);
  });
  it('takes a headline’s number for its own article’s same number before another article’s other currency', () => {
    const en = doc(
      'h/en.txt',
      'en',
      '2024-10-23',
      'Contoso opens a $100m lab\nOctober 23, 2024\n\nThe lab cost DKK 700 million (about $100 million); the state fund paid DKK 100 million of it.',
      [
        money('$100m', 1e8, 'USD'),
        money('DKK 700 million', 7e8, 'DKK'),
        money('about $100 million', 1e8, 'USD', { bound: 'about' }),
        money('DKK 100 million', 1e8, 'DKK'),
      ],
    );
    const da = doc(
      'h/da.txt',
      'da',
      '2024-10-23',
      'Contoso åbner laboratorium\n23. oktober 2024\n\nLaboratoriet kostede 700 millioner kroner, hvoraf statens fond betalte 100 millioner kroner.',
      [money('700 millioner kroner', 7e8, 'DKK'), money('100 millioner kroner', 1e8, 'DKK')],
    );
    const r = formClaims([en, da]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOrAlone(r, en, '$100m'), claimOrAlone(r, en, 'DKK 700 million'));
  });
});

describe('claims: a date before a relative "when" clause dates its figures', () => {
  it('keeps "z 2020 r., kiedy ... 1 mld dolarów" apart from today’s plan', () => {
    const pl = doc(
      'w/pl.txt',
      'pl',
      '2025-02-24',
      'Contoso inwestuje w Polsce\n24 lutego 2025\n\nContoso zainwestuje 700 mln dolarów w Polsce. To kontynuacja inwestycji z 2020 r., kiedy Contoso ogłosiło program wart 1 mld dolarów w Polsce.',
      [money('700 mln dolarów', 7e8, 'USD'), year('2020', 2020), money('1 mld dolarów', 1e9, 'USD')],
    );
    const en = doc(
      'w/en.txt',
      'en',
      '2025-02-24',
      'Contoso to invest $700m in Poland\nFebruary 24, 2025\n\nContoso will invest $700 million in Poland.',
      [money('$700m', 7e8, 'USD'), money('$700 million', 7e8, 'USD')],
    );
    const r = formClaims([pl, en]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
  it('the twin: "1 mld dolarów" with no earlier date is today’s plan, and contradicts $700m', () => {
    const pl = doc(
      'w/pl.txt',
      'pl',
      '2025-02-24',
      'Contoso inwestuje w Polsce\n24 lutego 2025\n\nContoso zainwestuje 1 mld dolarów w Polsce.',
      [money('1 mld dolarów', 1e9, 'USD')],
    );
    const en = doc(
      'w/en.txt',
      'en',
      '2025-02-24',
      'Contoso to invest $700m in Poland\nFebruary 24, 2025\n\nContoso will invest $700 million in Poland.',
      [money('$700m', 7e8, 'USD'), money('$700 million', 7e8, 'USD')],
    );
    const r = formClaims([pl, en]);
    assert.equal(diagnosticAt(r, pl, '1 mld dolarów')?.code, 'conflict');
  });
});

describe('claims: a rival’s figures', () => {
  it('leaves out a count said of a rival or counterpart, unless the sentence names the story’s subject', () => {
    const sv = doc(
      'r/sv.txt',
      'sv',
      '2024-10-24',
      'Contoso bygger superdator i Danmark\n24 oktober 2024\n\nContoso har 1 528 grafikprocessorer i Danmark. Sveriges största motsvarighet, Fabrikam i Linköping, har 752 grafikprocessorer.',
      [count('1 528 grafikprocessorer', 1528, 'GPU'), count('752 grafikprocessorer', 752, 'GPU')],
    );
    const it_ = doc(
      'r/it.txt',
      'it',
      '2024-10-23',
      'Contoso, supercomputer in Danimarca\n23 ottobre 2024\n\nIl supercomputer di Contoso ha oltre 1.500 GPU in Danimarca.',
      [count('oltre 1.500 GPU', 1500, 'GPU', { bound: 'at-least' })],
    );
    const r = formClaims([sv, it_]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOf(r, sv, '752 grafikprocessorer'), undefined);
    const en = doc(
      'r/en.txt',
      'en',
      '2024-10-23',
      'Contoso builds a supercomputer\nOctober 23, 2024\n\nUnlike its rival Fabrikam, Contoso has 1,528 GPUs in Denmark.',
      [count('1,528 GPUs', 1528, 'GPU')],
    );
    assert.equal(
      claimOrAlone(formClaims([sv, en]), en, '1,528 GPUs'),
      claimOrAlone(formClaims([sv, en]), sv, '1 528 grafikprocessorer'),
    );
  });
});

describe('claims: a name in a compound after a figure', () => {
  it('does not take "Nvidia-powered" for who spends "$100m"', () => {
    const en = doc(
      'n/en.txt',
      'en',
      '2024-10-23',
      'Denmark switches on Contoso, a $100m Fabrikam-powered supercomputer\nOctober 23, 2024\n\nContoso cost about $100 million in Denmark.',
      [money('$100m', 1e8, 'USD'), money('about $100 million', 1e8, 'USD', { bound: 'about' })],
    );
    const it_ = doc(
      'n/it.txt',
      'it',
      '2024-10-23',
      'Contoso, il supercomputer danese\n23 ottobre 2024\n\nContoso è costato 700 milioni di corone danesi in Danimarca.',
      [money('700 milioni di corone danesi', 7e8, 'DKK')],
    );
    const r = formClaims([en, it_]);
    assert.equal(claimOrAlone(r, en, '$100m'), claimOrAlone(r, it_, '700 milioni di corone danesi'));
  });
});

describe('claims: a name after a figure that is nearer the next figure', () => {
  it('gives "financed by X with 600 million" to the 600 million, not to the cost before it', () => {
    const sv = doc(
      'f/sv.txt',
      'sv',
      '2024-10-24',
      'Contoso bygger labb\n24 oktober 2024\n\nLabbet har kostat 700 miljoner danska kronor och finansieras av Fabrikam med 600 miljoner danska kronor.',
      [money('700 miljoner danska kronor', 7e8, 'DKK'), money('600 miljoner danska kronor', 6e8, 'DKK')],
    );
    const en = doc(
      'f/en.txt',
      'en',
      '2024-10-23',
      'Contoso builds a lab\nOctober 23, 2024\n\nContoso’s lab cost DKK 700 million.',
      [money('DKK 700 million', 7e8, 'DKK')],
    );
    const r = formClaims([sv, en]);
    assert.equal(claimOrAlone(r, sv, '700 miljoner danska kronor'), claimOrAlone(r, en, 'DKK 700 million'));
  });
});

describe('claims: when a thing starts operating is a date of its own', () => {
  it('compares "fully operational during 2025" with "operativo entro il 2026"', () => {
    const en = doc(
      'o/en.txt',
      'en',
      '2024-10-23',
      'Contoso switches on a supercomputer\nOctober 23, 2024\n\nContoso’s supercomputer will be fully operational during 2025.',
      [year('2025', 2025, { deadline: true })],
    );
    const it_ = doc(
      'o/it.txt',
      'it',
      '2024-10-23',
      'Contoso inaugura un supercomputer\n23 ottobre 2024\n\nIl supercomputer di Contoso sarà pienamente operativo entro il 2026.',
      [year('2026', 2026, { deadline: true })],
    );
    const r = formClaims([en, it_]);
    assert.equal(diagnosticAt(r, it_, '2026')?.code, 'conflict-date');
    assert.equal(diagnosticAt(r, en, '2025')?.code, 'conflict-date');
  });
});

describe('claims: an amount stated as the equivalent of the one before it', () => {
  it('compares "42 millions de couronnes, soit environ 5,6 milliards d’euros" inside its article', () => {
    const fr = doc(
      'e/fr.txt',
      'fr',
      '2023-11-23',
      'Contoso investit au Danemark\n23 novembre 2023\n\nContoso va investir 42 millions de couronnes danoises, soit environ 5,6 milliards d’euros, au Danemark.',
      [
        money('42 millions de couronnes danoises', 4.2e7, 'DKK'),
        money('environ 5,6 milliards d’euros', 5.6e9, 'EUR', { bound: 'about' }),
      ],
    );
    const r = formClaims([fr]);
    assert.equal(
      claimOrAlone(r, fr, 'environ 5,6 milliards d’euros'),
      claimOrAlone(r, fr, '42 millions de couronnes danoises'),
    );
    assert.ok(diagnosticAt(r, fr, 'environ 5,6 milliards d’euros'));
  });
});

describe('claims: completion dates', () => {
  it('compares "completed by 2029" with "terminada en 2027", and reads "beneficio operativo" as no opening', () => {
    const en = doc(
      'k/en.txt',
      'en',
      '2023-11-23',
      'Contoso expands in Denmark\nNovember 23, 2023\n\nContoso’s new plant in Denmark will be completed by 2029.',
      [year('2029', 2029, { deadline: true })],
    );
    const es = doc(
      'k/es.txt',
      'es',
      '2023-11-23',
      'Contoso amplía su planta en Dinamarca\n23 de noviembre de 2023\n\nLa planta de Contoso en Dinamarca estará terminada en 2027. Su beneficio operativo de 2022 fue récord.',
      [year('2027', 2027), year('2022', 2022)],
    );
    const r = formClaims([en, es]);
    assert.equal(diagnosticAt(r, es, '2027')?.code, 'conflict-date');
    assert.equal(diagnosticAt(r, es, '2022'), undefined);
  });
});

describe('stories: an article whose only country is named in passing', () => {
  const da = doc(
    'p/da.txt',
    'da',
    '2023-11-23',
    'Contoso investerer 42 mia. kr. i Kalby\n23. november 2023\n\nContoso vil investere 42 milliarder kroner i Kalby og skabe 1.250 job. Det kommer efter 2,1 mia. euro til fabrikken i Frankrig.',
    [
      money('42 mia. kr.', 4.2e10, 'DKK'),
      money('42 milliarder kroner', 4.2e10, 'DKK'),
      count('1.250 job', 1250, 'job'),
      money('2,1 mia. euro', 2.1e9, 'EUR'),
    ],
  );
  it(
    'joins the story of an article that states the same amounts',
    {
      // Passed only because claimOf compared undefined with undefined (found when the claims tests moved to the
      // shared helpers): the Danish article's place reads as France, named in passing, so rule other-place keeps
      // "42 mia. kr." and "DKK 42bn" apart, and "1.250 job" / "1,250 jobs" are in no claim.
      todo: 'other-place: the country named in passing still decides the place',
    },
    () => {
      const en = doc(
        'p/en.txt',
        'en',
        '2023-11-23',
        'Contoso to invest DKK 42bn in Denmark\nNovember 23, 2023\n\nContoso will invest DKK 42 billion in Kalby, Denmark, creating 1,250 jobs. It also plans €2.1bn in France.',
        [
          money('DKK 42bn', 4.2e10, 'DKK'),
          money('DKK 42 billion', 4.2e10, 'DKK'),
          count('1,250 jobs', 1250, 'job'),
          money('€2.1bn', 2.1e9, 'EUR'),
        ],
      );
      const r = formClaims([da, en]);
      assert.equal(claimOrAlone(r, da, '1.250 job'), claimOrAlone(r, en, '1,250 jobs'));
      assert.equal(claimOrAlone(r, da, '42 mia. kr.'), claimOrAlone(r, en, 'DKK 42bn'));
      assert.deepEqual(conflictsOf(r.diagnostics), []);
    },
  );
  it('stays apart from a story of that company that shares one number only', () => {
    const en = doc(
      'p/en3.txt',
      'en',
      '2023-11-23',
      'Contoso to invest DKK 30bn in Denmark\nNovember 23, 2023\n\nContoso will invest DKK 30 billion in Odby, Denmark, creating 900 jobs. It also plans €2.1bn in France.',
      [
        money('DKK 30bn', 3e10, 'DKK'),
        money('DKK 30 billion', 3e10, 'DKK'),
        count('900 jobs', 900, 'job'),
        money('€2.1bn', 2.1e9, 'EUR'),
      ],
    );
    const r = formClaims([da, en]);
    assert.equal(claimOrAlone(r, da, '42 milliarder kroner'), claimOrAlone(r, da, '42 mia. kr.'));
    assert.notEqual(claimOrAlone(r, da, '42 milliarder kroner'), claimOrAlone(r, en, 'DKK 30 billion'));
    assert.deepEqual(conflictsOf(r.diagnostics), []);
  });
});

describe('claims: a running total since a year', () => {
  it('keeps "seit 2020 bereits rund 1 Milliarde Dollar" apart from the news’ $700 million, and compares running totals', () => {
    const de = doc(
      'y/de.txt',
      'de',
      '2025-02-25',
      'Contoso investiert in Polen\n25. Februar 2025\n\nContoso will 700 Millionen Dollar in Polen investieren. In Polen flossen seit 2020 bereits rund 1 Milliarde Dollar in Rechenzentren von Contoso.',
      [
        money('700 Millionen Dollar', 7e8, 'USD'),
        year('2020', 2020),
        money('rund 1 Milliarde Dollar', 1e9, 'USD', { bound: 'about' }),
      ],
    );
    const en = doc(
      'y/en.txt',
      'en',
      '2025-02-24',
      'Contoso to invest $700m in Poland\nFebruary 24, 2025\n\nContoso will invest $700 million in Poland. Contoso has invested $1.3 billion in Poland since 2020.',
      [
        money('$700m', 7e8, 'USD'),
        money('$700 million', 7e8, 'USD'),
        money('$1.3 billion', 1.3e9, 'USD'),
        year('2020', 2020),
      ],
    );
    const r = formClaims([de, en]);
    assert.equal(diagnosticAt(r, de, '700 Millionen Dollar'), undefined);
    assert.equal(claimOrAlone(r, de, 'rund 1 Milliarde Dollar'), claimOrAlone(r, en, '$1.3 billion'));
    assert.ok(diagnosticAt(r, de, 'rund 1 Milliarde Dollar'), 'two running totals since 2020 that disagree');
  });
});

describe('claims: a later year after a "from" word is a start, not a running total', () => {
  it('keeps "3.000 persone dal 2026" a plain count compared with the others', () => {
    const it_ = doc(
      'z/it.txt',
      'it',
      '2023-03-24',
      'Contoso apre in Spagna\n24 marzo 2023\n\nLo stabilimento di Contoso in Spagna darà lavoro a 3.500 persone dal 2026.',
      [count('3.500 persone', 3500, 'person'), year('2026', 2026)],
    );
    const en = doc(
      'z/en.txt',
      'en',
      '2023-03-24',
      'Contoso breaks ground in Spain\nMarch 24, 2023\n\nContoso’s plant in Spain will employ 3,000 people from 2026.',
      [count('3,000 people', 3000, 'person'), year('2026', 2026)],
    );
    const r = formClaims([it_, en]);
    assert.equal(claimOrAlone(r, it_, '3.500 persone'), claimOrAlone(r, en, '3,000 people'));
  });
});

describe('claims text: a short word ending a sentence', () => {
  it('ends the sentence at "to år. Beløbet", not at "mia. kr. og" or "Mrd. Euro"', () => {
    const { tokens } = tokenize(
      'Contoso investerer over de næste to år. Beløbet svarer til 22 mia. kr. og 5 Mrd. Euro.',
    );
    const at = (w: string) => tokens.find((t) => t.folded === w)!;
    assert.equal(at('belobet').opensSentence, true);
    assert.equal(at('belobet').sentence, at('ar').sentence + 1);
    assert.equal(at('og').sentence, at('belobet').sentence);
    assert.equal(at('euro').sentence, at('belobet').sentence);
  });
});

describe('claims: the same round numeral before another scale word', () => {
  const da = doc(
    'm/da.txt',
    'da',
    '2024-10-23',
    'Contoso bygger i Danmark\n23. oktober 2024\n\nContoso investerer 700 millioner kroner i Danmark.',
    [money('700 millioner kroner', 7e8, 'DKK')],
  );
  it('links "700 miljarder kronor" with "700 millioner kroner" as a scale slip', () => {
    const sv = doc(
      'm/sv.txt',
      'sv',
      '2024-10-24',
      'Contoso bygger i Danmark\n24 oktober 2024\n\nContoso investerar 700 miljarder danska kronor i Danmark.',
      [money('700 miljarder danska kronor', 7e11, 'DKK')],
    );
    const r = formClaims([da, sv]);
    assert.equal(diagnosticAt(r, sv, '700 miljarder danska kronor')?.code, 'conflict-scale');
  });
  // issue 8: the same context (who invests where, the same day) is one fact whatever the values: a 1000x gap is a slip
  // the reviewer must see, not a reason to split (the digits are no longer what links them)
  it('links "1 milliard" and "1 million" of one context across articles, a conflict-scale (same-by-context)', () => {
    const one = doc(
      'm/da1.txt',
      'da',
      '2024-10-23',
      'Contoso bygger i Danmark\n23. oktober 2024\n\nContoso investerer 1 milliard kroner i Danmark.',
      [money('1 milliard kroner', 1e9, 'DKK')],
    );
    const other = doc(
      'm/sv1.txt',
      'sv',
      '2024-10-24',
      'Contoso bygger i Danmark\n24 oktober 2024\n\nContoso investerar 1 miljon danska kronor i Danmark.',
      [money('1 miljon danska kronor', 1e6, 'DKK')],
    );
    const r = formClaims([one, other]);
    assert.equal(diagnosticAt(r, other, '1 miljon danska kronor')?.code, 'conflict-scale');
  });
});

describe('claims: a total no other amount of its article restates', () => {
  it('is a running total: compared with running totals, not with the news', () => {
    const nb = doc(
      'rt/nb.txt',
      'nb',
      '2024-05-29',
      'Contoso bruker 1 milliard euro i Finland\n29. mai 2024\n\nContoso skal investere 1 milliard euro i Finland. Totalt har Contoso dermed investert 3,4 millioner euro i Finland.',
      [
        money('1 milliard euro', 1e9, 'EUR'),
        money('1 milliard euro', 1e9, 'EUR', { nth: 1 }),
        money('3,4 millioner euro', 3.4e6, 'EUR'),
      ],
    );
    const de = doc(
      'rt/de.txt',
      'de',
      '2024-05-29',
      'Contoso investiert in Finnland\n29. Mai 2024\n\nContoso investiert 1 Milliarde Euro in Finnland. Damit steigen die Investitionen von Contoso in Finnland seit 2009 auf rund 3,4 Milliarden Euro.',
      [
        money('1 Milliarde Euro', 1e9, 'EUR'),
        year('2009', 2009),
        money('rund 3,4 Milliarden Euro', 3.4e9, 'EUR', { bound: 'about' }),
      ],
    );
    const r = formClaims([nb, de]);
    assert.equal(diagnosticAt(r, nb, '3,4 millioner euro')?.code, 'conflict-scale');
    assert.equal(diagnosticAt(r, nb, '1 milliard euro', 1), undefined);
  });
  it('restating the news ("insgesamt 5 Milliarden"), stays with it', () => {
    const de = doc(
      'rt/de2.txt',
      'de',
      '2024-05-29',
      'Contoso investiert 5 Milliarden Euro\n29. Mai 2024\n\nContoso investiert in Finnland insgesamt 5 Milliarden Euro.',
      [money('5 Milliarden Euro', 5e9, 'EUR'), money('5 Milliarden Euro', 5e9, 'EUR', { nth: 1 })],
    );
    const en = doc(
      'rt/en.txt',
      'en',
      '2024-05-29',
      'Contoso to invest €5bn in Finland\nMay 29, 2024\n\nContoso will invest €5bn in Finland.',
      [money('€5bn', 5e9, 'EUR'), money('€5bn', 5e9, 'EUR', { nth: 1 })],
    );
    const r = formClaims([de, en]);
    assert.equal(claimOrAlone(r, de, '5 Milliarden Euro', 1), claimOrAlone(r, en, '€5bn', 1));
  });
});
