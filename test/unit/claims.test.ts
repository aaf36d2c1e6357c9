/** Claim formation: grouping across files and languages, events kept apart, each diagnostic code. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { diagnosticAt, at, claimOf, claimOrAlone, conflictsOf, count, doc, money, year } from './claims-helpers';

// one event (Microsoft in Italy), three languages
const itIt = doc(
  'a/it.txt',
  'it',
  '2024-10-03',
  'Microsoft investe 4,3 miliardi in Italia\n3 ottobre 2024\n\nIl gruppo Microsoft investirà 4,3 miliardi di euro in Italia nei prossimi due anni. Formerà un milione di italiani entro il 2025.',
  [
    money('4,3 miliardi', 4.3e9, 'EUR'),
    money('4,3 miliardi di euro', 4.3e9, 'EUR'),
    count('un milione di italiani', 1e6, 'person'),
    year('2025', 2025, { deadline: true }),
  ],
);
const deIt = doc(
  'a/de.txt',
  'de',
  '2024-10-02',
  'Microsoft investiert 4,75 Milliarden US-Dollar in Italien\nOktober 2024\n\nMicrosoft will in Italien 4,75 Milliarden US-Dollar investieren. Der Konzern will bis Ende 2024 über eine Million Menschen in Italien weiterbilden.',
  [
    money('4,75 Milliarden US-Dollar', 4.75e9, 'USD'),
    money('4,75 Milliarden US-Dollar', 4.75e9, 'USD', { nth: 1 }),
    count('über eine Million Menschen', 1e6, 'person', { bound: 'at-least' }),
    year('2024', 2024, { nth: 1, deadline: true }),
  ],
);
const enIt = doc(
  'a/en.txt',
  'en',
  '2024-10-03',
  'Microsoft to invest €4.3bn in Italy\n3 October 2024\n\nMicrosoft will invest €4.3bn in Italy. It plans to train 1m Italians by 2025.',
  [
    money('€4.3bn', 4.3e9, 'EUR'),
    money('€4.3bn', 4.3e9, 'EUR', { nth: 1 }),
    count('1m Italians', 1e6, 'person'),
    year('2025', 2025, { deadline: true }),
  ],
);

describe('claims: grouping', () => {
  const r = formClaims([itIt, deIt, enIt]);
  it('groups one figure across files, languages and currencies (EUR 4.3 bn = USD 4.75 bn on 2024-10-02)', () => {
    const c = claimOf(r, itIt, '4,3 miliardi');
    assert.ok(c);
    assert.equal(claimOf(r, deIt, '4,75 Milliarden US-Dollar'), c);
    assert.equal(claimOf(r, enIt, '€4.3bn', 1), c);
    const claim = r.claims.find((x) => x.id === c)!;
    assert.equal(claim.mentions.length, 6);
    assert.equal(claim.status, 'agree'); // USD 4.75 bn is EUR 4.3 bn at 1.1053 (ECB, 2 October 2024)
    assert.equal(claim.predicate, 'invest');
    assert.equal(claim.place, 'IT');
  });
  it('flags a different deadline for the same target (conflict-date on the years)', () => {
    const d = r.diagnostics.find((x) => x.path === deIt.path && x.start === at(deIt, '2024'));
    assert.ok(d);
    assert.equal(d.code, 'conflict-date');
    assert.deepEqual(d.related.map((x) => x.path).sort(), [enIt.path, itIt.path]);
    for (const other of [itIt, enIt])
      assert.ok(r.diagnostics.some((x) => x.path === other.path && x.code === 'conflict-date'));
    const people = r.claims.find((c) => c.id === d.claim);
    assert.ok(
      people && people.status === 'conflict' && people.code === 'conflict-date',
      'the people claim is in conflict by date',
    );
    assert.equal(conflictsOf(r.diagnostics).length, 3);
  });
  it('takes an inflected name for the bare one ("Microsofts", "Microsoftu")', () => {
    const pl = doc(
      'a/pl.txt',
      'pl',
      '2024-10-03',
      'Inwestycja Microsoftu we Włoszech\n3 października 2024\n\nPlan Microsoftu to 4,3 mld euro inwestycji we Włoszech. Inwestycja Microsoftu potrwa dwa lata.',
      [money('4,3 mld euro', 4.3e9, 'EUR')],
    );
    const r = formClaims([itIt, pl]);
    assert.equal(claimOrAlone(r, pl, '4,3 mld euro'), claimOrAlone(r, itIt, '4,3 miliardi'));
  });
  it('treats a headline that repeats the lead as the same claim of a single source', () => {
    const solo = formClaims([itIt]);
    const c = claimOf(solo, itIt, '4,3 miliardi');
    assert.ok(c && c === claimOf(solo, itIt, '4,3 miliardi di euro'));
    assert.equal(solo.claims.find((x) => x.id === c)!.status, 'single');
  });
});

describe('claims: events kept apart', () => {
  const fr = doc(
    'b/fr.txt',
    'fr',
    '2024-05-13',
    'Microsoft investit 4 milliards d’euros en France\n13 mai 2024\n\nMicrosoft va investir 4 milliards d’euros en France.',
    [money('4 milliards d’euros', 4e9, 'EUR'), money('4 milliards d’euros', 4e9, 'EUR', { nth: 1 })],
  );
  const de = doc(
    'b/de.txt',
    'fr',
    '2024-02-15',
    'Microsoft investit 3,8 milliards d’euros en Allemagne\n15 février 2024\n\nMicrosoft va investir 3,8 milliards d’euros en Allemagne.',
    [money('3,8 milliards d’euros', 3.8e9, 'EUR'), money('3,8 milliards d’euros', 3.8e9, 'EUR', { nth: 1 })],
  );
  const google = doc(
    'b/google.txt',
    'fr',
    '2024-02-16',
    'Google investit 4,2 milliards d’euros en Allemagne\n16 février 2024\n\nGoogle va investir 4,2 milliards d’euros en Allemagne.',
    [money('4,2 milliards d’euros', 4.2e9, 'EUR'), money('4,2 milliards d’euros', 4.2e9, 'EUR', { nth: 1 })],
  );
  it('never compares one company’s investments in two countries, or two companies in one country', () => {
    const r = formClaims([fr, de, google]);
    assert.equal(conflictsOf(r.diagnostics).length, 0);
    for (const c of r.claims) assert.equal(new Set(c.mentions.map((m) => m.path)).size, 1, c.label);
  });
  it('does not compare a site’s area named at a site with one that names none', () => {
    const a = doc(
      'c/c.txt',
      'fr',
      '2024-07-03',
      'Microsoft en Aragon\n3 juillet 2024\n\nMicrosoft investira en Aragon. Selon une étude, le campus de 88 hectares créera des emplois en Aragon.',
      [count('88 hectares', 88, 'ha')],
    );
    const b = doc(
      'c/d.txt',
      'pt',
      '2024-06-20',
      'Microsoft em Aragão\n20 de junho de 2024\n\nA Microsoft vai investir em Aragão. O terreno fica em Villamayor de Gállego e o campus somará 80 hectares em Aragão.',
      [count('80 hectares', 80, 'ha')],
    );
    assert.equal(conflictsOf(formClaims([a, b]).diagnostics).length, 0);
  });
  it('keeps two sites of one company apart when the figures name them', () => {
    const a = doc(
      'c/a.txt',
      'fr',
      '2024-06-14',
      'Microsoft en Espagne\nJuin 2024\n\nMicrosoft investira 2,1 milliards d’euros à Madrid. Le campus prévu à Saragosse couvrira 88 hectares.',
      [money('2,1 milliards d’euros', 2.1e9, 'EUR'), count('88 hectares', 88, 'ha')],
    );
    const b = doc(
      'c/b.txt',
      'fr',
      '2024-06-15',
      'Microsoft en Espagne\nJuin 2024\n\nMicrosoft investira 2,3 milliards d’euros en Aragon. Son campus de Madrid couvrira 80 hectares.',
      [money('2,3 milliards d’euros', 2.3e9, 'EUR'), count('80 hectares', 80, 'ha')],
    );
    const r = formClaims([a, b]);
    assert.equal(conflictsOf(r.diagnostics).length, 0);
  });
});

describe('claims: times kept apart', () => {
  it('splits one company and country into two stories when months pass without news', () => {
    const a = doc(
      'k/a.txt',
      'en',
      '2023-03-01',
      'Microsoft to invest €3bn in Spain\n\nOn Monday, Microsoft said it will invest €3bn in Spain.',
      [money('€3bn', 3e9, 'EUR'), money('€3bn', 3e9, 'EUR', { nth: 1 })],
    );
    const b = doc(
      'k/b.txt',
      'en',
      '2024-06-01',
      'Microsoft to invest €3.4bn in Spain\n\nOn Monday, Microsoft said it will invest €3.4bn in Spain.',
      [money('€3.4bn', 3.4e9, 'EUR'), money('€3.4bn', 3.4e9, 'EUR', { nth: 1 })],
    );
    const r = formClaims([a, b]);
    assert.equal(conflictsOf(r.diagnostics).length, 0);
    const c = doc(
      'k/c.txt',
      'en',
      '2023-03-02',
      'Microsoft to invest €3.4bn in Spain\n\nOn Monday, Microsoft said it will invest €3.4bn in Spain.',
      [money('€3.4bn', 3.4e9, 'EUR'), money('€3.4bn', 3.4e9, 'EUR', { nth: 1 })],
    );
    assert.equal(conflictsOf(formClaims([a, c]).diagnostics).length, 4, 'the next day, the same figures do conflict');
  });
  it('puts an undated article with the period that states its numbers', () => {
    const may = doc(
      'n/may.txt',
      'en',
      '2024-05-13',
      'Microsoft to invest €4bn in France\n\nOn Monday, Microsoft said it will invest €4bn in France and train 1 million people.',
      [money('€4bn', 4e9, 'EUR', { nth: 1 }), count('1 million people', 1e6, 'person')],
    );
    const later = doc(
      'n/later.txt',
      'en',
      '2025-02-10',
      'Microsoft to invest €1.5bn in France\n\nOn Monday, Microsoft said it will invest €1.5bn in France.',
      [money('€1.5bn', 1.5e9, 'EUR', { nth: 1 })],
    );
    const undated = doc(
      'n/undated.txt',
      'en',
      null,
      'Microsoft invests $4.3bn in France\n\nAt the summit, Microsoft said it will invest $4.3bn in France and train 1 million people.',
      [money('$4.3bn', 4.3e9, 'USD', { nth: 1 }), count('1 million people', 1e6, 'person')],
    );
    const r = formClaims([may, later, undated]);
    assert.equal(conflictsOf(r.diagnostics).length, 0, r.diagnostics.map((d) => d.message).join('; '));
    assert.equal(claimOrAlone(r, undated, '$4.3bn'), claimOrAlone(r, may, '€4bn'));
  });
  it('does not compare figures dated in different years', () => {
    const a = doc(
      'l/a.txt',
      'fr',
      '2024-06-01',
      'Microsoft en Espagne\n\nEn 2023, Microsoft a investi 1,5 milliard d’euros en Espagne. En 2024, Microsoft investira 1,8 milliard d’euros en Espagne.',
      [
        year('2023', 2023),
        money('1,5 milliard d’euros', 1.5e9, 'EUR'),
        year('2024', 2024),
        money('1,8 milliard d’euros', 1.8e9, 'EUR'),
      ],
    );
    assert.equal(conflictsOf(formClaims([a]).diagnostics).length, 0);
  });
});

describe('claims: parts of a figure', () => {
  it('does not compare a part ("dont", "of which") with the whole', () => {
    const a = doc(
      'o/a.txt',
      'fr',
      '2024-05-13',
      'Microsoft investit 4 milliards d’euros en France\n13 mai 2024\n\nLe groupe Microsoft va investir 4 milliards d’euros en France. Le plan prévoit des centres de données en France, dont 3,5 milliards d’euros investis dans le Grand Est.',
      [
        money('4 milliards d’euros', 4e9, 'EUR'),
        money('4 milliards d’euros', 4e9, 'EUR', { nth: 1 }),
        money('3,5 milliards d’euros', 3.5e9, 'EUR'),
      ],
    );
    assert.equal(conflictsOf(formClaims([a]).diagnostics).length, 0);
    // the twin: the whole is compared with another source's whole, the part is not
    const b = doc(
      'o/b.txt',
      'fr',
      '2024-05-13',
      'Microsoft investit 3 milliards d’euros en France\n13 mai 2024\n\nLe groupe Microsoft va investir 3 milliards d’euros en France.',
      [money('3 milliards d’euros', 3e9, 'EUR'), money('3 milliards d’euros', 3e9, 'EUR', { nth: 1 })],
    );
    const r = formClaims([a, b]);
    assert.equal(diagnosticAt(r, b, '3 milliards d’euros', 1)?.code, 'conflict');
    assert.equal(claimOrAlone(r, a, '4 milliards d’euros', 1), claimOrAlone(r, b, '3 milliards d’euros', 1));
    assert.notEqual(claimOrAlone(r, a, '3,5 milliards d’euros'), claimOrAlone(r, b, '3 milliards d’euros', 1));
  });
});

describe('claims: two facts in one sentence', () => {
  it('does not read the second figure of a sentence that also states the other source’s value as a contradiction', () => {
    const a = doc(
      'm/a.txt',
      'de',
      '2024-12-20',
      'Volkswagen in Deutschland\n\nDer Konzern Volkswagen beschäftigt in Deutschland rund 120.000 Mitarbeiter.',
      [count('rund 120.000 Mitarbeiter', 120000, 'employee', { bound: 'about' })],
    );
    const b = doc(
      'm/b.txt',
      'en',
      '2024-12-21',
      'Volkswagen in Germany\n\nCarmaker Volkswagen employs about 120,000 people in Germany, and strikes involved around 100,000 employees.',
      [
        count('about 120,000 people', 120000, 'person', { bound: 'about' }),
        count('around 100,000 employees', 100000, 'employee', { bound: 'about' }),
      ],
    );
    assert.equal(conflictsOf(formClaims([a, b]).diagnostics).length, 0);
  });
  it('the twin: a sentence that states only another value of the workforce contradicts it', () => {
    const a = doc(
      'm/a.txt',
      'de',
      '2024-12-20',
      'Volkswagen in Deutschland\n\nDer Konzern Volkswagen beschäftigt in Deutschland rund 120.000 Mitarbeiter.',
      [count('rund 120.000 Mitarbeiter', 120000, 'employee', { bound: 'about' })],
    );
    const b = doc(
      'm/b.txt',
      'en',
      '2024-12-21',
      'Volkswagen in Germany\n\nCarmaker Volkswagen employs about 100,000 people in Germany.',
      [count('about 100,000 people', 100000, 'person', { bound: 'about' })],
    );
    // the conflict family, as the test above counts it (a day apart, a count that moves is conflict-update)
    assert.match(diagnosticAt(formClaims([a, b]), b, 'about 100,000 people')?.code ?? 'none', /^conflict/);
  });
});

describe('claims: diagnostic codes', () => {
  it('conflict: every mention carries one, related pointing at the other source', () => {
    const a = doc(
      'd/a.txt',
      'en',
      '2025-10-09',
      'Google to invest $5.3B in Belgium\n9 October 2025\n\nGoogle will invest $5.3B in Belgium.',
      [money('$5.3B', 5.3e9, 'USD'), money('$5.3B', 5.3e9, 'USD', { nth: 1 })],
    );
    const b = doc(
      'd/b.txt',
      'nl',
      '2025-10-08',
      'Google investeert 5 miljard euro in België\n8 oktober 2025\n\nGoogle investeert 5 miljard euro in België.',
      [money('5 miljard euro', 5e9, 'EUR'), money('5 miljard euro', 5e9, 'EUR', { nth: 1 })],
    );
    const r = formClaims([a, b]);
    const ds = conflictsOf(r.diagnostics);
    assert.equal(ds.length, 4);
    assert.ok(ds.every((d) => d.code === 'conflict'));
    const onA = ds.find((d) => d.path === a.path)!;
    assert.deepEqual(
      onA.related.map((x) => x.path),
      [b.path, b.path],
    );
    assert.match(
      onA.message,
      /^USD 5\.3 bn here; 1 other source says about USD 5\.8 bn \(EUR 5 bn at 1\.16\d* on 2025-10-08\)$/,
    );
    const onB = ds.find((d) => d.path === b.path)!;
    assert.match(
      onB.message,
      /^EUR 5 bn here; 1 other source says about EUR 4\.6 bn \(USD 5\.3 bn at 1\.16\d* on 2025-10-09\)$/,
    );
  });
  it('conflict-scale: millions for billions, also inside one article', () => {
    const a = doc(
      'e/a.txt',
      'fr',
      '2024-06-14',
      'Microsoft va investir 6,69 milliards d’euros en Espagne\nJuin 2024\n\nMicrosoft va investir 6,69 millions d’euros en Aragon.',
      [money('6,69 milliards d’euros', 6.69e9, 'EUR'), money('6,69 millions d’euros', 6.69e6, 'EUR')],
    );
    const b = doc(
      'e/b.txt',
      'es',
      '2024-06-14',
      'Microsoft invertirá 6.690 millones de euros en España\n14 de junio de 2024\n\nMicrosoft invertirá 6.690 millones de euros en Aragón.',
      [money('6.690 millones de euros', 6.69e9, 'EUR'), money('6.690 millones de euros', 6.69e9, 'EUR', { nth: 1 })],
    );
    const r = formClaims([a, b]);
    const slip = r.diagnostics.find((d) => d.path === a.path && d.start === at(a, '6,69 millions d’euros'))!;
    assert.equal(slip.code, 'conflict-scale');
    assert.equal(slip.related.length, 3);
    assert.ok(conflictsOf(r.diagnostics).every((d) => d.code === 'conflict-scale'));
  });
  it('conflict-currency: the same number in another currency', () => {
    const a = doc(
      'f/a.txt',
      'da',
      '2025-08-11',
      'Ørsted vil rejse 60 mia. kr.\n11. august 2025\n\nØrsted vil hente 60 milliarder danske kroner i en emission.',
      [money('60 mia. kr.', 60e9, 'DKK'), money('60 milliarder danske kroner', 60e9, 'DKK')],
    );
    const b = doc(
      'f/b.txt',
      'nb',
      '2025-08-11',
      'Ørsted henter 60 milliarder norske kroner\n11. august 2025\n\nØrsted vil hente 60 milliarder norske kroner i en emisjon.',
      [
        money('60 milliarder norske kroner', 60e9, 'NOK'),
        money('60 milliarder norske kroner', 60e9, 'NOK', { nth: 1 }),
      ],
    );
    const r = formClaims([a, b]);
    const ds = conflictsOf(r.diagnostics);
    assert.equal(ds.length, 4);
    assert.ok(
      ds.every((d) => d.code === 'conflict-currency'),
      ds.map((d) => d.code).join(),
    );
  });
  it('conflict-predicate: the same count with another counted noun, in sources that never state the other', () => {
    const a = doc(
      'g/a.txt',
      'fr',
      '2024-05-13',
      'Microsoft en France\n13 mai 2024\n\nMicrosoft va former 1 million de personnes d’ici 2027.',
      [count('1 million de personnes', 1e6, 'person')],
    );
    const b = doc(
      'g/b.txt',
      'it',
      '2024-05-17',
      'Microsoft in Francia\n17 maggio 2024\n\nMicrosoft formerà 1 milione di persone in Francia.',
      [count('1 milione di persone', 1e6, 'person')],
    );
    const c = doc(
      'g/c.txt',
      'fr',
      '2024-05-13',
      'Microsoft en France\n13 mai 2024\n\nMicrosoft créera un million d’emplois en France.',
      [count('un million d’emplois', 1e6, 'job')],
    );
    const r = formClaims([a, b, c]);
    const ds = conflictsOf(r.diagnostics);
    assert.equal(ds.length, 3);
    assert.ok(ds.every((d) => d.code === 'conflict-predicate'));
    const onJobs = ds.find((d) => d.path === c.path)!;
    assert.equal(onJobs.related.length, 2);
    assert.match(onJobs.message, /jobs created.*people trained/);
    // a source that states both counts is telling two facts
    const both = doc(
      'g/d.txt',
      'fr',
      '2024-05-13',
      'Microsoft en France\n13 mai 2024\n\nMicrosoft va former 1 million de personnes. Il créera un million d’emplois.',
      [count('1 million de personnes', 1e6, 'person'), count('un million d’emplois', 1e6, 'job')],
    );
    assert.equal(conflictsOf(formClaims([a, b, both]).diagnostics).length, 0);
  });
  it('conflict-in-article: one article contradicting itself', () => {
    const a = doc(
      'h/a.txt',
      'fr',
      null,
      'Microsoft investit 3.2 milliards d’euros en Allemagne\n\nMicrosoft a promis d’investir 3.2 milliards d’euros en Allemagne. « L’investissement d’un milliard de dollars de Microsoft en Allemagne est une bonne nouvelle », a dit le chancelier.',
      [
        money('3.2 milliards d’euros', 3.2e9, 'EUR'),
        money('3.2 milliards d’euros', 3.2e9, 'EUR', { nth: 1 }),
        money('un milliard de dollars', 1e9, 'USD'),
      ],
    );
    const r = formClaims([a]);
    const ds = conflictsOf(r.diagnostics);
    assert.equal(ds.length, 3);
    assert.ok(ds.every((d) => d.code === 'conflict-in-article'));
  });
  it('unreadable-figure for a garbled number', () => {
    const a = doc('i/a.txt', 'fr', null, 'Microsoft vaut plus de 3 XNUMX milliards de dollars.', [
      money('3 XNUMX milliards de dollars', null as unknown as number, 'USD'),
    ]);
    const d = formClaims([a]).diagnostics;
    assert.equal(d.length, 1);
    assert.equal(d[0]!.code, 'unreadable-figure');
  });
  it('takes its tolerance from the options', () => {
    const a = doc(
      'j/a.txt',
      'en',
      '2024-05-13',
      'Microsoft to invest $4bn in France\n\nOn Monday, Microsoft said it will invest $4bn in France.',
      [money('$4bn', 4e9, 'USD'), money('$4bn', 4e9, 'USD', { nth: 1 })],
    );
    const b = doc(
      'j/b.txt',
      'en',
      '2024-05-13',
      'Microsoft to invest $4.3bn in France\n\nOn Monday, Microsoft said it will invest $4.3bn in France.',
      [money('$4.3bn', 4.3e9, 'USD'), money('$4.3bn', 4.3e9, 'USD', { nth: 1 })],
    );
    assert.equal(conflictsOf(formClaims([a, b]).diagnostics).length, 4);
    assert.equal(conflictsOf(formClaims([a, b], { rules: { tolerance: 0.1 } }).diagnostics).length, 0);
  });
});
