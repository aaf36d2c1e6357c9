/**
 * Figures that move over time: a count whose reports of different days differ is an update (`conflict-update`, whose
 * message says which report is older and what later ones say); the same difference on one day, or in an amount of
 * money or a measure, stays a plain conflict. Hand-made articles after the reporting of the July 2021 floods in
 * western Germany (the toll in Germany rose from 81 on 16 July to 133 on 17 July and 156 on 18 July).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims, type ClaimTraceEntry } from '../../src/core/claims/index';
import { newNameEvidence, readDocument } from '../../src/core/claims/context';
import { readItems, supersededValues } from '../../src/core/claims/mention';
import { periodOf, resolvePeriod } from '../../src/core/claims/time';
import { LANGUAGES } from '../../src/core/lang/index';
import type { AnalyzedDocument, DetectedLanguage } from '../../src/core/types';
import { count, doc, money, year, type FigureSpec } from './claims-helpers';

const at = (d: AnalyzedDocument, text: string) => d.figures.find((f) => f.text === text)!.start;
const diagnosticAt = (r: ReturnType<typeof formClaims>, d: AnalyzedDocument, text: string) =>
  r.diagnostics.find((x) => x.path === d.path && x.start === at(d, text));
/** The link-stage decision recorded for two figures (either order). */
const linkRule = (trace: ClaimTraceEntry[] | undefined, a: string, b: string): string | undefined =>
  trace?.find((t) => t.stage === 'link' && ((t.a.text === a && t.b.text === b) || (t.a.text === b && t.b.text === a)))
    ?.rule;
const quarter = (text: string, value: string): FigureSpec => ({ text, kind: 'date', value, unit: 'quarter' });

const en = doc(
  'flood/en.txt',
  'en',
  '2021-07-16',
  'Floods in Germany\n\nThe floods in Germany have left 81 dead, authorities said on Friday. Malu Dreyer visited Ahrweiler.',
  [count('81 dead', 81, 'death')],
);
const fr = doc(
  'flood/fr.txt',
  'fr',
  '2021-07-17',
  "Inondations en Allemagne\n\nLes inondations ont fait 133 morts en Allemagne. Malu Dreyer s'est rendue à Ahrweiler.",
  [count('133 morts', 133, 'death')],
);
const de = doc(
  'flood/de.txt',
  'de',
  '2021-07-18',
  'Hochwasser in Deutschland\n\nDas Hochwasser hat in Deutschland 156 Tote gefordert. Malu Dreyer besuchte Ahrweiler.',
  [count('156 Tote', 156, 'death')],
);

describe('claims time: a count that moves between reports of different days (conflict-update)', () => {
  it('gives every report of a rising toll conflict-update, in English, French and German', () => {
    const r = formClaims([en, fr, de]);
    for (const [d, text] of [
      [en, '81 dead'],
      [fr, '133 morts'],
      [de, '156 Tote'],
    ] as const)
      assert.equal(diagnosticAt(r, d, text)?.code, 'conflict-update', `${d.path}: ${text}`);
    const c = r.claims.find((x) => x.status === 'conflict');
    assert.equal(c?.code, 'conflict-update');
  });

  it('says which report is older and what the later ones say, each with its day', () => {
    const r = formClaims([en, fr, de]);
    assert.equal(
      diagnosticAt(r, en, '81 dead')?.message,
      '81 death (2021-07-16) here, an older report; later reports: 133 death (2021-07-17); 156 death (2021-07-18)',
    );
    assert.equal(
      diagnosticAt(r, de, '156 Tote')?.message,
      '156 death (2021-07-18) here, the latest report; earlier reports: 81 death (2021-07-16); 133 death (2021-07-17)',
    );
    assert.match(diagnosticAt(r, fr, '133 morts')!.message, /earlier reports: 81 .*; later reports: 156 /);
  });

  it('keeps a plain conflict for two reports of the same day', () => {
    const nl = doc(
      'flood/nl.txt',
      'nl',
      '2021-07-17',
      'Overstromingen in Duitsland\n\nDe overstromingen in Duitsland hebben 90 doden geëist. Malu Dreyer bezocht Ahrweiler.',
      [count('90 doden', 90, 'death')],
    );
    const r = formClaims([nl, fr]);
    assert.equal(diagnosticAt(r, nl, '90 doden')?.code, 'conflict');
    assert.equal(diagnosticAt(r, fr, '133 morts')?.code, 'conflict');
  });

  it('keeps a plain conflict when a mention contradicts a report of its own day as well as a later one', () => {
    const nl = doc(
      'flood/nl.txt',
      'nl',
      '2021-07-16',
      'Overstromingen in Duitsland\n\nDe overstromingen in Duitsland hebben 60 doden geëist. Malu Dreyer bezocht Ahrweiler.',
      [count('60 doden', 60, 'death')],
    );
    const r = formClaims([nl, en, de]);
    assert.equal(diagnosticAt(r, nl, '60 doden')?.code, 'conflict');
    assert.equal(diagnosticAt(r, de, '156 Tote')?.code, 'conflict-update');
  });

  it('keeps a plain conflict for an amount of money reported on different days (a fixed fact)', () => {
    const a = doc(
      'aid/en.txt',
      'en',
      '2021-07-16',
      'Flood aid\n\nThe government of Germany pledged 400 million euros in flood aid. Malu Dreyer visited Ahrweiler.',
      [money('400 million euros', 4e8, 'EUR')],
    );
    const b = doc(
      'aid/de.txt',
      'de',
      '2021-07-21',
      'Fluthilfe\n\nDie Regierung von Deutschland sagte 300 Millionen Euro Fluthilfe zu. Malu Dreyer besuchte Ahrweiler.',
      [money('300 Millionen Euro', 3e8, 'EUR')],
    );
    const r = formClaims([a, b]);
    assert.equal(diagnosticAt(r, a, '400 million euros')?.code, 'conflict');
    assert.equal(diagnosticAt(r, b, '300 Millionen Euro')?.code, 'conflict');
  });
});

describe('claims time: absolute periods resolved against the publication date (time.ts)', () => {
  it('resolves a relative period against a day, a month or a year of publication', () => {
    const last = (unit: 'year' | 'quarter' | 'month' | 'day', offset = -1) => ({ unit, offset });
    assert.deepEqual(resolvePeriod(last('year'), '2025-01-15'), { unit: 'year', value: '2024' });
    assert.deepEqual(resolvePeriod(last('quarter'), '2025-01-15'), { unit: 'quarter', value: '2024-Q4' });
    assert.deepEqual(resolvePeriod(last('quarter', 0), '2024-08'), { unit: 'quarter', value: '2024-Q3' });
    assert.deepEqual(resolvePeriod(last('month'), '2025-01'), { unit: 'month', value: '2024-12' });
    assert.deepEqual(resolvePeriod(last('day'), '2024-03-01'), { unit: 'day', value: '2024-02-29' });
    // a dateline without a month cannot place "last quarter"; without a day, "yesterday"
    assert.equal(resolvePeriod(last('quarter'), '2025'), null);
    assert.equal(resolvePeriod(last('day'), '2025-01'), null);
  });

  it("has CLDR's word for last year in every language, and the variants Intl lacks", () => {
    for (const l of LANGUAGES)
      assert.ok(
        Object.values(l.claims.relativePeriods ?? {}).some((p) => p.unit === 'year' && p.offset === -1),
        `${l.code}: no word for last year`,
      );
    assert.deepEqual(LANGUAGES.find((l) => l.code === 'de')!.claims.relativePeriods!['im vorjahr'], {
      unit: 'year',
      offset: -1,
    });
  });

  // after the reporting of Spain's 2024 tourism record (94 million visitors, published 15 January 2025)
  const cases: [string, DetectedLanguage, string, string][] = [
    ['en', 'en', 'Spain received 94 million tourists last year, the INE said.', '94 million tourists'],
    [
      'fr',
      'fr',
      "L'Espagne a accueilli 94 millions de touristes l'an dernier, selon l'INE.",
      '94 millions de touristes',
    ],
    ['de', 'de', 'Spanien empfing im Vorjahr 94 Millionen Touristen, so das INE.', '94 Millionen Touristen'],
    ['it', 'it', "La Spagna ha accolto 94 milioni di turisti l'anno scorso, secondo l'INE.", '94 milioni di turisti'],
    ['es', 'es', 'España recibió 94 millones de turistas el año pasado, según el INE.', '94 millones de turistas'],
    ['pt', 'pt', 'A Espanha recebeu 94 milhões de turistas no ano passado, segundo o INE.', '94 milhões de turistas'],
    ['nl', 'nl', 'Spanje ontving vorig jaar 94 miljoen toeristen, aldus het INE.', '94 miljoen toeristen'],
    ['sv', 'sv', 'Spanien tog i fjol emot 94 miljoner turister, enligt INE.', '94 miljoner turister'],
    ['nb', 'nb', 'Spania tok i fjor imot 94 millioner turister, ifølge INE.', '94 millioner turister'],
    ['da', 'da', 'Spanien modtog sidste år 94 millioner turister, ifølge INE.', '94 millioner turister'],
    ['pl', 'pl', 'Hiszpania przyjęła w zeszłym roku 94 mln turystów, podaje INE.', '94 mln turystów'],
  ];
  for (const [name, lang, text, figure] of cases) {
    it(`dates "${figure}" (${name}) by last year: 2024 in an article of 2025-01-15`, () => {
      const d = doc(`t/${name}.txt`, lang, '2025-01-15', text, [count(figure, 94e6, 'tourist')]);
      const ctx = readDocument(d, newNameEvidence());
      assert.deepEqual(periodOf(ctx, d.figures[0]!), { unit: 'year', value: '2024' });
    });
  }

  it('leaves a figure compared with last year undated by it ("gegenüber dem Vorjahr", "rispetto all\'anno prima")', () => {
    const de = doc('t/de.txt', 'de', '2025-01-15', 'Der Umsatz stieg um 5 Prozent gegenüber dem Vorjahr.', [
      { text: '5 Prozent', kind: 'percent', value: 5, unit: '%' },
    ]);
    assert.equal(periodOf(readDocument(de, newNameEvidence()), de.figures[0]!), null);
    const it_ = doc('t/it.txt', 'it', '2025-01-15', "I ricavi sono saliti del 5 per cento rispetto all'anno prima.", [
      { text: '5 per cento', kind: 'percent', value: 5, unit: '%' },
    ]);
    assert.equal(periodOf(readDocument(it_, newNameEvidence()), it_.figures[0]!), null);
  });

  it('dates a figure by the year nearest it, not by period words further away ("l\'an dernier et 4.200 en 2021")', () => {
    const fr = doc(
      't/fr.txt',
      'fr',
      '2023-02-28',
      "Contre environ 5.200 sur la même période l'an dernier et 4.200 en 2021.",
      [count('environ 5.200', 5200, 'migrant'), count('4.200', 4200, 'migrant'), year('2021', 2021)],
    );
    const ctx = readDocument(fr, newNameEvidence());
    assert.deepEqual(periodOf(ctx, fr.figures[0]!), { unit: 'year', value: '2022' });
    assert.equal(periodOf(ctx, fr.figures[1]!), null);
  });

  // a quarter and the full year are two claims; one quarter in two articles is one, and its values are compared
  const quarterDoc = (path: string, lang: DetectedLanguage, text: string, figures: FigureSpec[]) =>
    doc(path, lang, '2024-06-19', text, figures);
  it('keeps a quarter apart from the full year (rule other-period), and compares two reports of one quarter', () => {
    const de = quarterDoc(
      'q/de.txt',
      'de',
      'Contoso in Frankfurt\n\nContoso setzte im ersten Quartal 2024 rund 25 Milliarden Dollar um.',
      [money('rund 25 Milliarden Dollar', 25e9, 'USD', { bound: 'about' }), quarter('ersten Quartal 2024', '2024-Q1')],
    );
    const en = quarterDoc(
      'q/en.txt',
      'en',
      'Contoso in Frankfurt\n\nContoso expects revenue of 100 billion dollars in 2024.',
      [money('100 billion dollars', 100e9, 'USD'), year('2024', 2024)],
    );
    const fr = quarterDoc(
      'q/fr.txt',
      'fr',
      "Contoso à Francfort\n\nContoso a réalisé un chiffre d'affaires de 30 milliards de dollars au premier trimestre 2024.",
      [money('30 milliards de dollars', 30e9, 'USD'), quarter('premier trimestre 2024', '2024-Q1')],
    );
    const r = formClaims([de, en, fr], { trace: true });
    assert.equal(linkRule(r.trace, 'rund 25 Milliarden Dollar', '100 billion dollars'), 'other-period');
    assert.equal(diagnosticAt(r, en, '100 billion dollars'), undefined);
    assert.equal(diagnosticAt(r, de, 'rund 25 Milliarden Dollar')?.code, 'conflict');
    assert.equal(diagnosticAt(r, fr, '30 milliards de dollars')?.code, 'conflict');
  });

  it('takes "last year" in January and "this year" in December as one year, and "this year" in January as another', () => {
    const en = doc(
      'y/en.txt',
      'en',
      '2024-12-20',
      'Contoso in Spain\n\nContoso sold 85 million tickets in Spain this year, Contoso said.',
      [count('85 million tickets', 85e6, 'ticket')],
    );
    const es = doc(
      'y/es.txt',
      'es',
      '2025-01-15',
      'Contoso en España\n\nContoso vendió 94 millones de billetes en España el año pasado, según Contoso.',
      [count('94 millones de billetes', 94e6, 'ticket')],
    );
    const fr = doc(
      'y/fr.txt',
      'fr',
      '2025-01-15',
      'Contoso en Espagne\n\nContoso prévoit de vendre 100 millions de billets en Espagne cette année.',
      [count('100 millions de billets', 100e6, 'ticket')],
    );
    const r = formClaims([en, es, fr], { trace: true });
    assert.equal(diagnosticAt(r, en, '85 million tickets')?.code.startsWith('conflict'), true);
    assert.equal(diagnosticAt(r, es, '94 millones de billetes')?.code.startsWith('conflict'), true);
    assert.equal(linkRule(r.trace, '94 millones de billetes', '100 millions de billets'), 'other-period');
  });
});

describe("claims time: an article's earlier value of a count it also gives as it is now (superseded)", () => {
  // the Morandi bridge collapse in Genoa, August 2018: the Kurier of 16 August gives the police's corrected toll and the
  // earlier one; the Corriere of 18 August gives the later toll
  const kurier = doc(
    'genoa/de-kurier.txt',
    'de',
    '2018-08-16',
    'Brückeneinsturz in Genua\n16. August 2018\n\nDie Polizei hat die Zahl der Todesopfer beim Einsturz des Ponte Morandi in Genua auf 38 korrigiert – zuvor war von 39 Toten die Rede.',
    [count('38', 38, 'death'), count('39 Toten', 39, 'death')],
  );
  const sn = doc(
    'genoa/it-corriere.txt',
    'it',
    '2018-08-18',
    'Crollo del Ponte Morandi a Genova\n18 agosto 2018\n\nIl bilancio del crollo del Ponte Morandi a Genova è salito a 43 morti.',
    [count('43 morti', 43, 'death')],
  );
  it('superseded: keeps the earlier and the current value in one claim, and compares only the current one', () => {
    const r = formClaims([kurier, sn], { trace: true });
    const claimOf = (d: AnalyzedDocument, text: string) => r.claimOfFigure.get(`${d.path}\u0000${at(d, text)}`);
    assert.ok(claimOf(kurier, '38') !== undefined);
    assert.equal(claimOf(kurier, '39 Toten'), claimOf(kurier, '38'));
    assert.equal(claimOf(sn, '43 morti'), claimOf(kurier, '38'));
    assert.equal(diagnosticAt(r, kurier, '39 Toten'), undefined);
    assert.ok(diagnosticAt(r, kurier, '38')?.code.startsWith('conflict'));
    // the earlier value is never judged (rule `superseded` in the compare stage): no verdict names it
    assert.equal(
      r.trace?.some((t) => t.stage === 'verdict' && [t.a.text, t.b.text].includes('39 Toten')),
      false,
    );
    assert.ok(r.trace?.some((t) => t.stage === 'verdict' && [t.a.text, t.b.text].includes('38')));
  });
  it('an article that gives one value only keeps it however it is worded ("zunächst" a first phase): compared', () => {
    const plan = doc(
      'genoa/de-plan.txt',
      'de',
      '2018-08-16',
      'Brückeneinsturz in Genua\n16. August 2018\n\nNach dem Einsturz des Ponte Morandi in Genua sind zunächst 39 Tote geborgen worden.',
      [count('39 Tote', 39, 'death')],
    );
    const r = formClaims([plan, sn], { trace: true });
    assert.equal(linkRule(r.trace, '39 Tote', '43 morti'), 'one-toll');
    assert.ok(diagnosticAt(r, plan, '39 Tote')?.code.startsWith('conflict'));
  });
});

describe('claims time: words of anteriority in every language mark an earlier value (superseded)', () => {
  const items = (d: AnalyzedDocument) => {
    const list = readItems(readDocument(d, newNameEvidence()), 0);
    supersededValues(list);
    return list;
  };
  const superseded = (d: AnalyzedDocument, text: string) => items(d).find((it) => it.figure.text === text)?.superseded;
  // from the reporting of the Balasore collision (Dagens Nyheter, 4 June 2023), the Pedrógão Grande fire (Notícias ao
  // Minuto, 17 June 2017) and the French air-traffic strike (Nigerian Tribune, 5 July 2025)
  const cases: [DetectedLanguage, string, FigureSpec[], string, string][] = [
    [
      'sv',
      'Dödstalet, som tidigare angavs till 288 personer, skrevs sent på lördagen ned till 275 personer.',
      [count('288 personer', 288, 'death'), count('275 personer', 275, 'death')],
      '288 personer',
      '275 personer',
    ],
    [
      'pt',
      'O incêndio fez 19 mortos, reviu assim a informação inicial de quatro mortos dada pela GNR.',
      [count('19 mortos', 19, 'death'), count('quatro mortos', 4, 'death')],
      'quatro mortos',
      '19 mortos',
    ],
    [
      'en',
      'Ryanair first cancelled 170 flights but later raised the figure to 468 flights.',
      [count('170 flights', 170, 'flight'), count('468 flights', 468, 'flight')],
      '170 flights',
      '468 flights',
    ],
  ];
  for (const [lang, body, figures, before, now] of cases) {
    it(`${lang}: "${before}" is superseded, "${now}" is the article's value`, () => {
      const d = doc(`sup/${lang}.txt`, lang, '2023-06-04', `Report\n\n${body}`, figures);
      assert.equal(superseded(d, before), true);
      assert.equal(superseded(d, now), false);
    });
  }
  it('a day of its own before the report\'s ("yesterday") marks the earlier value too', () => {
    const d = doc(
      'sup/en-day.txt',
      'en',
      '2023-06-04',
      'Report\n\nAuthorities counted 51 dead yesterday. The toll now stands at 95 dead.',
      [count('51 dead', 51, 'death'), count('95 dead', 95, 'death')],
    );
    assert.equal(superseded(d, '51 dead'), true);
    assert.equal(superseded(d, '95 dead'), false);
  });
  it('a count the article gives alone stays its value ("will initially employ 100 people": a first phase)', () => {
    const d = doc('sup/en-phase.txt', 'en', '2025-01-10', 'Plant\n\nThe plant will initially employ 100 people.', [
      count('100 people', 100, 'person'),
    ]);
    assert.equal(superseded(d, '100 people'), false);
  });
});
