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
import { claimOf, claimOrAlone, count, diagnosticAt, doc, money, year } from './claims-helpers';

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
  it('same-by-context links two police counts of two outlets, and the verdict is a conflict', () => {
    const r = formClaims([police, policeAgain], { trace: true });
    assert.equal(linkRule(r.trace, '12 500 manifestants', '18 500 manifestantes'), 'same-by-context');
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

describe('claims rules: a toll is one fact that moves from report to report (one-toll)', () => {
  // a fire's dead reported on the first day and three days later, in three languages: one toll, compared
  const first = doc(
    'toll/pt.txt',
    'pt',
    '2017-06-18',
    'Incêndio em Pedrógão Grande\n18 junho 2017\n\nO incêndio de Pedrógão Grande fez 19 mortos no sábado.',
    [count('19 mortos', 19, 'death')],
  );
  const later = doc(
    'toll/es.txt',
    'es',
    '2017-06-21',
    'Incendio en Pedrógão Grande\n21 junio 2017\n\nEl incendio de Pedrógão Grande dejó 64 muertos hasta el martes.',
    [count('64 muertos', 64, 'death')],
  );
  const de = doc(
    'toll/de.txt',
    'de',
    '2017-06-20',
    'Waldbrand in Pedrógão Grande\n20. Juni 2017\n\nDer Waldbrand von Pedrógão Grande hat 62 Tote gefordert.',
    [count('62 Tote', 62, 'death')],
  );
  it("links two articles' tolls three times apart, and the earlier one is contradicted", () => {
    const r = formClaims([first, later, de], { trace: true });
    assert.equal(linkRule(r.trace, '19 mortos', '64 muertos'), 'one-toll');
    assert.equal(linkRule(r.trace, '19 mortos', '62 Tote'), 'one-toll');
    assert.ok(diagnosticAt(r, first, '19 mortos')?.code.startsWith('conflict'));
  });
  it('does not link counts of people who are no casualties (passengers), however the values compare', () => {
    const a = doc(
      'pax/fr.txt',
      'fr',
      '2023-03-01',
      'Collision ferroviaire à Tempi\n1er mars 2023\n\nLe train transportait 350 passagers lors de la collision de Tempi.',
      [count('350 passagers', 350, 'passenger')],
    );
    const b = doc(
      'pax/it.txt',
      'it',
      '2023-03-01',
      'Scontro ferroviario a Tempi\n1 marzo 2023\n\nNella collisione di Tempi il treno trasportava 80 passeggeri.',
      [count('80 passeggeri', 80, 'passenger')],
    );
    const r = formClaims([a, b], { trace: true });
    assert.notEqual(linkRule(r.trace, '350 passagers', '80 passeggeri'), 'one-toll');
    assert.equal(diagnosticAt(r, a, '350 passagers'), undefined);
  });
});

describe('claims rules: a toll is one fact whichever authority gives it (other-source, one-toll)', () => {
  // the Tempi train crash of 28 February 2023: the rescuers' toll of the first morning and the fire brigade's of the
  // next day are successive values of one toll (docs/conflict-rules.md, annotator F rule 4), not two sources' claims
  const rescuers = doc(
    'tempi/de.txt',
    'de',
    '2023-03-01',
    'Zugunglück in Griechenland\n1. März 2023\n\nBei dem Zugunglück von Tempi sind nach Angaben der Rettungskräfte mindestens 26 Menschen ums Leben gekommen.',
    [count('26 Menschen', 26, 'death')],
  );
  const brigade = doc(
    'tempi/nl.txt',
    'nl',
    '2023-03-02',
    'Treinramp in Griekenland\n2 maart 2023\n\nBij de treinramp van Tempi zijn volgens de brandweer 32 doden gevallen.',
    [count('32 doden', 32, 'death')],
  );
  it("links the rescuers' and the fire brigade's tolls of two days, and the earlier one is contradicted", () => {
    const r = formClaims([rescuers, brigade], { trace: true });
    assert.equal(linkRule(r.trace, '26 Menschen', '32 doden'), 'one-toll');
    assert.ok(diagnosticAt(r, rescuers, '26 Menschen')?.code.startsWith('conflict'));
  });
  it("still keeps two sources' counts of people who are no casualties apart (the injured: other-source)", () => {
    const de = doc(
      'tempi-injured/de.txt',
      'de',
      '2023-03-01',
      'Zugunglück in Griechenland\n1. März 2023\n\nBei dem Zugunglück von Tempi wurden nach Angaben der Rettungskräfte 85 Menschen verletzt.',
      [count('85 Menschen', 85, 'person')],
    );
    const nl = doc(
      'tempi-injured/nl.txt',
      'nl',
      '2023-03-02',
      'Treinramp in Griekenland\n2 maart 2023\n\nBij de treinramp van Tempi raakten volgens de brandweer 130 mensen gewond.',
      [count('130 mensen', 130, 'person')],
    );
    const r = formClaims([de, nl], { trace: true });
    assert.equal(linkRule(r.trace, '85 Menschen', '130 mensen'), 'other-source');
    assert.equal(diagnosticAt(r, de, '85 Menschen'), undefined);
  });
});

describe('claims rules: one toll per article and time (one-toll with cannot-link and other-year)', () => {
  // the Emilia-Romagna floods of May 2023 (Belga / La Libre, Schwarzwälder Bote, Página 12, Il Resto del Carlino): the
  // toll rose from nine to fifteen; the first report also recalls the floods of two weeks before and their two dead
  const first = doc(
    'er/en.txt',
    'en',
    '2023-05-18',
    'Floods in Emilia-Romagna\nMay 18, 2023\n\nThe floods in Emilia-Romagna have left nine dead. The region had already been hit two weeks ago: the floods then left two dead.',
    [count('nine dead', 9, 'death'), count('two dead', 2, 'death')],
  );
  const de = doc(
    'er/de.txt',
    'de',
    '2023-05-18',
    'Unwetter in Italien\n18. Mai 2023\n\nMindestens neun Menschen kamen in den Fluten in der Emilia-Romagna ums Leben.',
    [count('Mindestens neun Menschen', 9, 'death', { bound: 'at-least' })],
  );
  const es = doc(
    'er/es.txt',
    'es',
    '2023-05-19',
    'Inundaciones en Italia\n19 mayo 2023\n\nAl menos 13 muertos dejaron las inundaciones en Emilia-Romaña.',
    [count('13 muertos', 13, 'death', { bound: 'at-least' })],
  );
  const itNews = doc(
    'er/it.txt',
    'it',
    '2023-05-25',
    "Alluvione in Emilia-Romagna\n25 maggio 2023\n\nL'alluvione in Emilia-Romagna ha fatto 15 morti.",
    [count('15 morti', 15, 'death')],
  );
  // todo: the rule that made this pass (an article gives one toll; a second, different one is another fact:
  // distinctFacts in link.ts, aee199f) was taken out again: scored on the next unseen set (multidomain-f, session 7) it
  // cost 2.0 points of conflict F1 (54 → 37 pairs found), as it also cuts an article's own earlier and later toll of
  // one event (docs/notes/claims.md, "Session 7 — lead"). An earlier event's toll needs its own evidence (the
  // clause names another time or event), not the article's count of tolls.
  it(
    "an article's second toll is another fact: the earlier floods' dead join none of today's tolls",
    {
      todo: 'one toll per article was taken out (multidomain-f); an earlier event needs its own evidence',
    },
    () => {
      const r = formClaims([first, de, es, itNews], { trace: true });
      assert.notEqual(claimOf(r, first, 'two dead'), claimOf(r, first, 'nine dead'));
      assert.notEqual(claimOf(r, first, 'two dead'), claimOf(r, itNews, '15 morti'));
      assert.equal(diagnosticAt(r, first, 'two dead'), undefined);
    },
  );
  it("today's tolls of the four reports are one fact, and the first one is contradicted by the later ones", () => {
    const r = formClaims([first, de, es, itNews], { trace: true });
    assert.equal(linkRule(r.trace, 'nine dead', '15 morti'), 'one-toll');
    assert.equal(claimOf(r, first, 'nine dead'), claimOf(r, itNews, '15 morti'));
    assert.equal(claimOf(r, es, '13 muertos'), claimOf(r, itNews, '15 morti'));
    assert.ok(diagnosticAt(r, first, 'nine dead')?.code.startsWith('conflict'));
  });

  // the floods of early May 2023 in the same region left two dead: a toll said of an earlier time ("earlier this month")
  // is another fact than today's (other-year is asked before one-toll), which a toll of the same time joins however far
  // apart
  const sofar = doc(
    'er/sofar-de.txt',
    'de',
    '2023-05-21',
    'Unwetter in Italien\n21. Mai 2023\n\nBisher kamen in der Emilia-Romagna 14 Menschen ums Leben.',
    [count('14 Menschen', 14, 'death')],
  );
  const earlier = doc(
    'er/earlier-en.txt',
    'en',
    '2023-05-21',
    'Floods in Emilia-Romagna\nMay 21, 2023\n\nEarlier this month the floods in Emilia-Romagna left two dead.',
    [count('two dead', 2, 'death')],
  );
  const sameTime = doc(
    'er/same-it.txt',
    'it',
    '2023-05-18',
    "Alluvione in Emilia-Romagna\n18 maggio 2023\n\nL'alluvione in Emilia-Romagna ha fatto nove morti.",
    [count('nove morti', 9, 'death')],
  );
  it("does not join a toll said of an earlier time of the month with today's", () => {
    const r = formClaims([sofar, earlier], { trace: true });
    assert.notEqual(linkRule(r.trace, '14 Menschen', 'two dead'), 'one-toll');
    assert.equal(diagnosticAt(r, earlier, 'two dead'), undefined);
  });
  it('joins two tolls of the same time however far apart, and they contradict each other', () => {
    const r = formClaims([sofar, sameTime], { trace: true });
    assert.equal(linkRule(r.trace, '14 Menschen', 'nove morti'), 'one-toll');
    assert.ok(diagnosticAt(r, sameTime, 'nove morti')?.code.startsWith('conflict'));
  });
});

describe('claims rules: one count of one noun in each article is one fact (one-each)', () => {
  // the French air-traffic controllers' strike of 3-4 July 2025: Ryanair's cancelled flights, 170 in one report and
  // more than 400 in another (tagesschau / Il Quotidiano): one fact, 2.4 times apart, a contradiction to review
  const de = doc(
    'atc/de.txt',
    'de',
    '2025-07-03',
    'Fluglotsenstreik in Frankreich\n3. Juli 2025\n\nWegen des Streiks der Fluglotsen in Frankreich hat Ryanair 170 Flüge gestrichen.',
    [count('170 Flüge', 170, 'flight')],
  );
  const itReport = doc(
    'atc/it.txt',
    'it',
    '2025-07-04',
    'Sciopero dei controllori di volo in Francia\n4 luglio 2025\n\nPer lo sciopero dei controllori in Francia Ryanair ha dovuto cancellare oltre 400 voli.',
    [count('oltre 400 voli', 400, 'flight', { bound: 'at-least' })],
  );
  const en = doc(
    'atc/en.txt',
    'en',
    '2025-07-04',
    'Air traffic control strike in France\nJuly 4, 2025\n\nBecause of the strike in France Ryanair had to cancel 170 flights on Thursday and 274 flights on Friday.',
    [count('170 flights', 170, 'flight'), count('274 flights', 274, 'flight')],
  );
  it('links the two reports of cancelled flights, and they contradict each other', () => {
    const r = formClaims([de, itReport], { trace: true });
    assert.equal(linkRule(r.trace, '170 Flüge', 'oltre 400 voli'), 'one-each');
    assert.ok(diagnosticAt(r, de, '170 Flüge')?.code.startsWith('conflict'));
  });
  it('does not decide for an article that states two counts of the noun (which of them is the fact?)', () => {
    const r = formClaims([itReport, en], { trace: true });
    assert.notEqual(linkRule(r.trace, 'oltre 400 voli', '170 flights'), 'one-each');
    assert.notEqual(linkRule(r.trace, 'oltre 400 voli', '274 flights'), 'one-each');
  });
  it('does not link measures (km), only counts of a noun of a kind', () => {
    // the Cutro shipwreck of 26 February 2023, "a una ventina di chilometri" / "a 40 kilómetros" (two distances)
    const a = doc(
      'cutro/it.txt',
      'it',
      '2023-02-26',
      'Naufragio a Cutro\n26 febbraio 2023\n\nIl barcone dei migranti si è spezzato a Cutro, a una ventina di chilometri da Crotone.',
      [count('una ventina di chilometri', 20, 'km')],
    );
    const b = doc(
      'cutro/es.txt',
      'es',
      '2023-02-26',
      'Naufragio en Cutro\n26 febrero 2023\n\nLa barca de los migrantes se partió en Cutro, a 50 kilómetros de Crotone.',
      [count('50 kilómetros', 50, 'km')],
    );
    const r = formClaims([a, b], { trace: true });
    assert.notEqual(linkRule(r.trace, 'una ventina di chilometri', '50 kilómetros'), 'one-each');
    assert.equal(diagnosticAt(r, b, '50 kilómetros'), undefined);
  });
});

describe('claims rules: a fine is one fact per event (one-penalty)', () => {
  // the fine a paper expects two weeks before the decision, and the one imposed: one fact, 3.6 times apart
  const expected = doc(
    'fine/sv.txt',
    'sv',
    '2024-02-20',
    'Contoso kan få böter\n20 februari 2024\n\nKommissionen kan ge Contoso en bot på 500 miljoner euro, uppger tidningen.',
    [money('500 miljoner euro', 5e8, 'EUR')],
  );
  const imposed = doc(
    'fine/fr.txt',
    'fr',
    '2024-03-04',
    "Amende pour Contoso\n4 mars 2024\n\nLa Commission a infligé à Contoso une amende de 1,8 milliard d'euros.",
    [money("1,8 milliard d'euros", 1.8e9, 'EUR')],
  );
  const nl = doc(
    'fine/nl.txt',
    'nl',
    '2024-03-04',
    'Boete voor Contoso\n4 maart 2024\n\nDe Commissie legt Contoso een boete op van 1,8 miljard euro.',
    [money('1,8 miljard euro', 1.8e9, 'EUR')],
  );
  it('links the expected and the imposed fine however far apart, and they contradict each other', () => {
    const r = formClaims([expected, imposed, nl], { trace: true });
    assert.equal(linkRule(r.trace, '500 miljoner euro', "1,8 milliard d'euros"), 'one-penalty');
    assert.ok(diagnosticAt(r, expected, '500 miljoner euro')?.code.startsWith('conflict'));
    const verdict = r.trace?.find(
      (t) =>
        t.stage === 'verdict' &&
        [t.a.text, t.b.text].includes('1,8 miljard euro') &&
        [t.a.text, t.b.text].includes("1,8 milliard d'euros"),
    );
    assert.equal(verdict?.rule, 'agree');
  });
  it('does not link a fine of an earlier year with this one', () => {
    const earlier = doc(
      'fine/en.txt',
      'en',
      '2024-03-04',
      'Contoso fined again\nMarch 4, 2024\n\nIn 2019 the Commission fined Contoso 500 million euros for abuse.',
      [money('500 million euros', 5e8, 'EUR'), year('2019', 2019)],
    );
    const r = formClaims([earlier, imposed], { trace: true });
    assert.notEqual(linkRule(r.trace, '500 million euros', "1,8 milliard d'euros"), 'one-penalty');
    assert.equal(diagnosticAt(r, earlier, '500 million euros'), undefined);
  });
});

describe('claims: measures in two unit systems are one claim, compared after exact conversion', () => {
  const en = doc(
    'mi/en.txt',
    'en',
    '2017-06-18',
    'Fire in Pedrógão Grande\nJune 18, 2017\n\nThe fire in Pedrógão Grande broke out about 93 miles from the capital.',
    [count('about 93 miles', 93, 'mi', { bound: 'about' })],
  );
  const es = doc(
    'mi/es.txt',
    'es',
    '2017-06-18',
    'Incendio en Pedrógão Grande\n18 junio 2017\n\nEl incendio de Pedrógão Grande comenzó a unos 200 kilómetros de la capital.',
    [count('unos 200 kilómetros', 200, 'km', { bound: 'about' })],
  );
  const pl = doc(
    'mi/pl.txt',
    'pl',
    '2017-06-18',
    'Pożar w Pedrógão Grande\n18 czerwca 2017\n\nPożar w Pedrógão Grande wybuchł około 150 kilometrów od stolicy.',
    [count('około 150 kilometrów', 150, 'km', { bound: 'about' })],
  );
  it('miles and kilometres meet in one claim: 93 miles (150 km) agrees with 150 km and contradicts 200 km', () => {
    const r = formClaims([en, es, pl]);
    assert.ok(claimOf(r, en, 'about 93 miles'));
    assert.equal(claimOf(r, en, 'about 93 miles'), claimOf(r, pl, 'około 150 kilometrów'));
    assert.ok(diagnosticAt(r, es, 'unos 200 kilómetros')?.code.startsWith('conflict'));
    const plWarning = diagnosticAt(r, pl, 'około 150 kilometrów');
    assert.ok(!plWarning || !plWarning.related.some((x) => x.path === en.path));
  });
  it('Fahrenheit and Celsius are compared as temperatures; a mass never meets a length', () => {
    const f = doc(
      'deg/en.txt',
      'en',
      '2023-03-01',
      'Heat at Tempi\nMarch 1, 2023\n\nFirefighters at Tempi measured 2370 F inside the carriage.',
      [count('2370 F', 2370, '°F')],
    );
    const c = doc(
      'deg/de.txt',
      'de',
      '2023-03-01',
      'Hitze in Tempi\n1. März 2023\n\nDie Feuerwehr in Tempi maß 1300 Grad Celsius im Waggon.',
      [count('1300 Grad Celsius', 1300, '°C')],
    );
    const kg = doc(
      'deg/fr.txt',
      'fr',
      '2023-03-01',
      'Tempi\n1er mars 2023\n\nLes pompiers de Tempi ont retiré 93 kilos de débris.',
      [count('93 kilos', 93, 'kg')],
    );
    const r = formClaims([f, c, kg, en]);
    assert.equal(claimOf(r, f, '2370 F'), claimOf(r, c, '1300 Grad Celsius'));
    assert.equal(diagnosticAt(r, f, '2370 F'), undefined);
    assert.equal(claimOf(r, kg, '93 kilos'), undefined);
  });
  it('unit-slip: a volume in litres or cubic metres, a power in MW or GW is one claim; a slip of a thousand conflicts', () => {
    // the Derna dams (September 2023): "33 millones de litros" against "33 milhões de metros cúbicos" of water
    const es = doc(
      'vol/es.txt',
      'es',
      '2023-09-12',
      'Inundaciones en Derna\n12 septiembre 2023\n\nLas presas de Derna retenían 33 millones de litros de agua.',
      [count('33 millones de litros', 33e6, 'l')],
    );
    const pt = doc(
      'vol/pt.txt',
      'pt',
      '2023-09-12',
      'Cheias em Derna\n12 setembro 2023\n\nAs barragens de Derna retinham 33 milhões de metros cúbicos de água.',
      [count('33 milhões de metros cúbicos', 33e6, 'm3')],
    );
    // Flamanville 3 (2024): "1 650 MW" and "1.6 GW" agree; a reactor's mass never meets its power
    const fr = doc(
      'pow/fr.txt',
      'fr',
      '2024-12-21',
      "Flamanville raccordé\n21 décembre 2024\n\nLe réacteur de Flamanville, d'une puissance de 1 650 MW, est raccordé.",
      [count('1 650 MW', 1650, 'MW')],
    );
    const en = doc(
      'pow/en.txt',
      'en',
      '2024-12-21',
      'Flamanville connected\nDecember 21, 2024\n\nThe 1.6 GW reactor at Flamanville was connected to the grid.',
      [count('1.6 GW', 1.6, 'GW')],
    );
    const t = doc(
      'pow/de.txt',
      'de',
      '2024-12-21',
      'Flamanville am Netz\n21. Dezember 2024\n\nDer Reaktor in Flamanville wiegt 1650 Tonnen.',
      [count('1650 Tonnen', 1650, 't')],
    );
    const r = formClaims([es, pt, fr, en, t], { trace: true });
    assert.ok(r.trace?.some((e) => e.rule === 'unit-slip' && e.decision === 'same'));
    assert.ok(claimOf(r, es, '33 millones de litros'));
    assert.equal(claimOf(r, es, '33 millones de litros'), claimOf(r, pt, '33 milhões de metros cúbicos'));
    assert.ok(diagnosticAt(r, es, '33 millones de litros')?.code.startsWith('conflict'));
    assert.ok(claimOf(r, fr, '1 650 MW'));
    assert.equal(claimOf(r, fr, '1 650 MW'), claimOf(r, en, '1.6 GW'));
    assert.equal(diagnosticAt(r, en, '1.6 GW'), undefined);
    assert.equal(claimOf(r, t, '1650 Tonnen'), undefined);
  });
});

describe('claims: the people a job cut lays off are the jobs it cuts', () => {
  const sv = doc(
    'cut/sv.txt',
    'sv',
    '2025-02-06',
    'Contoso säger upp personal\n6 februari 2025\n\nContoso säger upp 1 000 anställda i Danmark.',
    [count('1 000 anställda', 1000, 'employee')],
  );
  const en = doc(
    'cut/en.txt',
    'en',
    '2025-02-06',
    'Contoso cuts jobs\nFebruary 6, 2025\n\nContoso will cut 1,000 jobs in Denmark.',
    [count('1,000 jobs', 1000, 'job')],
  );
  const nl = doc(
    'cut/nl.txt',
    'nl',
    '2025-02-06',
    'Contoso schrapt banen\n6 februari 2025\n\nContoso schrapt 1300 banen in Denemarken.',
    [count('1300 banen', 1300, 'job')],
  );
  it('employees laid off and jobs cut are one claim: no conflict-predicate, and another number conflicts', () => {
    const r = formClaims([sv, en, nl]);
    assert.ok(claimOf(r, sv, '1 000 anställda'));
    assert.equal(claimOrAlone(r, sv, '1 000 anställda'), claimOrAlone(r, en, '1,000 jobs'));
    assert.notEqual(diagnosticAt(r, sv, '1 000 anställda')?.code, 'conflict-predicate');
    assert.ok(diagnosticAt(r, nl, '1300 banen')?.code.startsWith('conflict'));
  });
  it('a workforce that no cut is said of stays a count of people, apart from the jobs cut', () => {
    const staff = doc(
      'cut/da.txt',
      'da',
      '2025-02-06',
      'Contoso i Danmark\n6. februar 2025\n\nContoso har 1.000 ansatte i Danmark.',
      [count('1.000 ansatte', 1000, 'employee')],
    );
    const r = formClaims([staff, en]);
    assert.notEqual(claimOf(r, staff, '1.000 ansatte'), claimOf(r, en, '1,000 jobs'));
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

describe('claims rules: sameness from context (same-by-context, other-by-context)', () => {
  // what a rack costs and what a whole site costs are two facts: the model's context features (a range against a
  // point, no shared content words) say so, whatever the values
  const rack = (lang: 'nl' | 'en', text: string, fig: string) =>
    doc(`sc/${lang}.txt`, lang, '2025-06-02', text, [
      money(fig, 300000, 'EUR', { range: [200000, 400000] }),
      money(lang === 'nl' ? '600 miljoen euro' : '600 million euros', 6e8, 'EUR'),
    ]);
  const site = (lang: 'fr' | 'it', text: string, fig: string) =>
    doc(`sc/${lang}.txt`, lang, '2025-06-02', text, [money(fig, 6e8, 'EUR')]);
  const nl = rack(
    'nl',
    'Contoso bouwt datacenter in Nederland\n2 juni 2025\n\nContoso investeert 600 miljoen euro in een datacenter in Nederland. Per rack kost de uitrusting tussen 200.000 en 400.000 euro.',
    'tussen 200.000 en 400.000 euro',
  );
  const en = rack(
    'en',
    'Contoso builds a data centre in the Netherlands\n2 June 2025\n\nContoso will invest 600 million euros in a data centre in the Netherlands. Each rack costs between 200,000 and 400,000 euros to equip.',
    'between 200,000 and 400,000 euros',
  );
  const fr = site(
    'fr',
    "Contoso construit un centre de données aux Pays-Bas\n2 juin 2025\n\nContoso investit 600 millions d'euros aux Pays-Bas dans un centre de données.",
    "600 millions d'euros",
  );
  const it_ = site(
    'it',
    'Contoso costruisce un data center nei Paesi Bassi\n2 giugno 2025\n\nContoso investirà 600 milioni di euro in un data center nei Paesi Bassi.',
    '600 milioni di euro',
  );
  it('other-by-context keeps a per-unit range apart from the site total (nl/fr, en/it): no conflict', () => {
    for (const [a, b, fa, fb] of [
      [nl, fr, 'tussen 200.000 en 400.000 euro', "600 millions d'euros"],
      [en, it_, 'between 200,000 and 400,000 euros', '600 milioni di euro'],
    ] as const) {
      const r = formClaims([a, b], { trace: true });
      assert.equal(linkRule(r.trace, fa, fb), 'other-by-context');
      assert.equal(diagnosticAt(r, a, fa), undefined);
    }
  });
  it('other-by-context never cuts values that agree: a range and a point inside it stay linked (nl/fr, en/it)', () => {
    // the model says two facts (a per-rack range against a point), but the values agree: linking them raises no
    // warning, and cutting them only sends each mention to its next-closest value (measured: docs/notes/claims.md)
    const point = (lang: 'fr' | 'it', text: string, fig: string) =>
      doc(`sc/${lang}-point.txt`, lang, '2025-06-02', text, [money(fig, 300000, 'EUR')]);
    const fr300 = point(
      'fr',
      'Contoso équipe un centre de données aux Pays-Bas\n2 juin 2025\n\nContoso dépense 300 000 euros aux Pays-Bas.',
      '300 000 euros',
    );
    const it300 = point(
      'it',
      'Contoso attrezza un data center nei Paesi Bassi\n2 giugno 2025\n\nContoso spende 300.000 euro nei Paesi Bassi.',
      '300.000 euro',
    );
    for (const [a, b, fa, fb] of [
      [nl, fr300, 'tussen 200.000 en 400.000 euro', '300 000 euros'],
      [en, it300, 'between 200,000 and 400,000 euros', '300.000 euro'],
    ] as const) {
      const r = formClaims([a, b], { trace: true });
      const t = r.trace?.find(
        (x) => x.stage === 'link' && [x.a.text, x.b.text].includes(fa) && [x.a.text, x.b.text].includes(fb),
      );
      assert.ok(t?.p !== undefined && t.p < 0.1, `the model says two facts (p=${t?.p})`);
      assert.equal(t?.rule, 'close-values');
      const verdict = r.trace?.find(
        (x) => x.stage === 'verdict' && [x.a.text, x.b.text].includes(fa) && [x.a.text, x.b.text].includes(fb),
      );
      assert.equal(verdict?.rule, 'agree');
    }
  });
  it('same-by-context links one investment told in two currencies three times apart (sv/de): a conflict', () => {
    const sv = doc(
      'sc/sv.txt',
      'sv',
      '2025-03-04',
      'Contoso satsar 900 miljoner kronor i Sverige\n4 mars 2025\n\nContoso ska investera 900 miljoner kronor i Sverige.',
      [money('900 miljoner kronor', 9e8, 'SEK'), money('900 miljoner kronor', 9e8, 'SEK', { nth: 1 })],
    );
    const de = doc(
      'sc/de.txt',
      'de',
      '2025-03-04',
      'Contoso investiert in Schweden\n4. März 2025\n\nContoso will 300 Millionen Euro in Schweden investieren.',
      [money('300 Millionen Euro', 3e8, 'EUR')],
    );
    const r = formClaims([sv, de], { trace: true });
    assert.equal(linkRule(r.trace, '900 miljoner kronor', '300 Millionen Euro'), 'same-by-context');
    assert.equal(diagnosticAt(r, de, '300 Millionen Euro')?.code, 'conflict');
    // the trace records the model's probability of the pair it decided
    const t = r.trace?.find((x) => x.rule === 'same-by-context' && x.b.text === '300 Millionen Euro');
    assert.ok(t?.p !== undefined && t.p >= 0.5);
  });
});
