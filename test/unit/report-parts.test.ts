/**
 * The four codes a claim's verdict cannot word (`conflict-predicate`, `conflict-date`, `conflict-update`,
 * `unreadable-figure`): the engine gives their diagnostics message parts (src/core/claims/diagnostics.ts
 * `messageParts`), and `partsMessage` words them in the reader's language (numbers, currencies and dates through
 * `Intl`, plural forms through `Intl.PluralRules`). The engine's own English message is unchanged.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { boundedValues, listValues, MAX_LISTED_VALUES } from '../../src/core/claims/diagnostics';
import { partsMessage } from '../../src/core/report/parts';
import { messageTables } from '../../src/server/messages';
import { predicateName, predicateNameCounts } from '../../src/server/l10n/predicates';
import { PREDICATES } from '../../src/core/lang/claim-vocabulary';
import type { MessageFigure, MessageParts } from '../../src/core/types';
import { at, conflictsOf, count, doc, money, year } from './claims-helpers';

const tables = messageTables();
const inLanguage = (parts: MessageParts, lang: string): string =>
  partsMessage(parts, { locale: lang, phrases: tables[lang]!.why });

// a toll that rose between reports of three days (the July 2021 floods in Germany)
const floods = [
  doc(
    'flood/en.txt',
    'en',
    '2021-07-16',
    'Floods in Germany\n\nThe floods in Germany have left 81 dead, authorities said on Friday. Malu Dreyer visited Ahrweiler.',
    [count('81 dead', 81, 'death')],
  ),
  doc(
    'flood/fr.txt',
    'fr',
    '2021-07-17',
    "Inondations en Allemagne\n\nLes inondations ont fait 133 morts en Allemagne. Malu Dreyer s'est rendue à Ahrweiler.",
    [count('133 morts', 133, 'death')],
  ),
  doc(
    'flood/de.txt',
    'de',
    '2021-07-18',
    'Hochwasser in Deutschland\n\nDas Hochwasser hat in Deutschland 156 Tote gefordert. Malu Dreyer besuchte Ahrweiler.',
    [count('156 Tote', 156, 'death')],
  ),
];

// one target, two deadlines (Microsoft in Italy)
const deadlines = [
  doc(
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
  ),
  doc(
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
  ),
  doc(
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
  ),
];

// the same million said of people trained and of jobs created
const counts = [
  doc(
    'g/a.txt',
    'fr',
    '2024-05-13',
    'Microsoft en France\n13 mai 2024\n\nMicrosoft va former 1 million de personnes d’ici 2027.',
    [count('1 million de personnes', 1e6, 'person')],
  ),
  doc(
    'g/b.txt',
    'it',
    '2024-05-17',
    'Microsoft in Francia\n17 maggio 2024\n\nMicrosoft formerà 1 milione di persone in Francia.',
    [count('1 milione di persone', 1e6, 'person')],
  ),
  doc(
    'g/c.txt',
    'fr',
    '2024-05-13',
    'Microsoft en France\n13 mai 2024\n\nMicrosoft créera un million d’emplois en France.',
    [count('un million d’emplois', 1e6, 'job')],
  ),
];

const garbled = doc('i/a.txt', 'fr', null, 'Microsoft vaut plus de 3 XNUMX milliards de dollars.', [
  money('3 XNUMX milliards de dollars', null as unknown as number, 'USD'),
]);

const diagnosticOn = (docs: typeof floods, path: string, text: string) => {
  const d = docs.find((x) => x.path === path)!;
  return formClaims(docs).diagnostics.find((x) => x.path === path && x.start === at(d, text))!;
};

describe('message parts: the engine gives them for the four codes, and only those', () => {
  it('conflict-update: this report, the earlier and later ones, each with its day', () => {
    const d = diagnosticOn(floods, 'flood/en.txt', '81 dead');
    assert.equal(d.code, 'conflict-update');
    assert.ok(d.parts?.code === 'conflict-update');
    assert.equal(d.parts.here.value, 81);
    assert.equal(d.parts.here.day, '2021-07-16');
    assert.deepEqual(d.parts.earlier.values, []);
    assert.deepEqual(
      d.parts.later.values.map((v) => [v.figure.value, v.figure.day]),
      [
        [133, '2021-07-17'],
        [156, '2021-07-18'],
      ],
    );
    // the engine's own message is as it was
    assert.equal(
      d.message,
      '81 death (2021-07-16) here, an older report; later reports: 133 death (2021-07-17); 156 death (2021-07-18)',
    );
  });

  it('conflict-date: the deadlines, how many other sources give them', () => {
    const d = diagnosticOn(deadlines, 'a/de.txt', '2024');
    assert.equal(d.code, 'conflict-date');
    assert.ok(d.parts?.code === 'conflict-date');
    assert.equal(d.parts.here.value, 2024);
    assert.equal(d.parts.here.deadline, true);
    assert.equal(d.parts.sources, 2);
    assert.equal(d.parts.alsoHere, false);
    // two sources say 2025: one value, listed once
    assert.deepEqual(
      d.parts.others.values.map((v) => v.figure.value),
      [2025],
    );
  });

  it('conflict-predicate: each count with what it counts', () => {
    const d = diagnosticOn(counts, 'g/c.txt', 'un million d’emplois');
    assert.equal(d.code, 'conflict-predicate');
    assert.ok(d.parts?.code === 'conflict-predicate');
    assert.equal(d.parts.here.predicate, 'create-jobs');
    assert.deepEqual(
      d.parts.others.values.map((v) => v.figure.predicate),
      ['train-people'],
    );
  });

  it('unreadable-figure: the text as the source writes it', () => {
    const [d] = formClaims([garbled]).diagnostics;
    assert.deepEqual(d!.parts, { code: 'unreadable-figure', text: '3 XNUMX milliards de dollars' });
  });

  it('no parts for the codes a verdict words (a plain conflict of amounts)', () => {
    const a = doc(
      'm/a.txt',
      'en',
      '2024-05-13',
      'Microsoft to invest €4bn in France\n\nMicrosoft will invest €4bn in France.',
      [money('€4bn', 4e9, 'EUR')],
    );
    const b = doc(
      'm/b.txt',
      'fr',
      '2024-05-13',
      'Microsoft investit 5 milliards d’euros en France\n\nMicrosoft investira 5 milliards d’euros en France.',
      [money('5 milliards d’euros', 5e9, 'EUR')],
    );
    const ds = conflictsOf(formClaims([a, b]).diagnostics);
    assert.ok(ds.length > 0);
    for (const d of ds) assert.equal(d.parts, undefined, d.code);
  });
});

describe('partsMessage: the four codes in the UI language', () => {
  it('conflict-update in French and Polish: dates and numbers through Intl', () => {
    const d = diagnosticOn(floods, 'flood/en.txt', '81 dead');
    assert.equal(
      inLanguage(d.parts!, 'fr'),
      '81 deaths (16 juillet 2021) ici, un article plus ancien ; articles ultérieurs : 133 deaths (17 juillet 2021) ; 156 deaths (18 juillet 2021)',
    );
    const latest = diagnosticOn(floods, 'flood/de.txt', '156 Tote');
    assert.match(
      inLanguage(latest.parts!, 'de'),
      /^156 deaths \(18\. Juli 2021\) hier, der neueste Bericht; frühere Berichte: /,
    );
  });

  it('conflict-date in German and Italian: the deadline words of the language', () => {
    const d = diagnosticOn(deadlines, 'a/de.txt', '2024');
    assert.equal(inLanguage(d.parts!, 'de'), 'bis 2024 hier; 2 andere Quellen nennen bis 2025');
    assert.equal(inLanguage(d.parts!, 'it'), 'entro il 2024 qui; 2 altre fonti riportano entro il 2025');
  });

  it('conflict-predicate in Spanish: one other source, singular', () => {
    const d = diagnosticOn(counts, 'g/a.txt', '1 million de personnes');
    assert.ok(d.parts?.code === 'conflict-predicate');
    assert.equal(d.parts.sources, 1);
    assert.equal(
      inLanguage(d.parts, 'es'),
      '1 millón people (people trained) aquí; 1 otra fuente indica 1 millón jobs (jobs created)',
    );
  });

  it('unreadable-figure in every shipped language names the text and never the English sentence', () => {
    const [d] = formClaims([garbled]).diagnostics;
    for (const lang of Object.keys(tables)) {
      const m = inLanguage(d!.parts!, lang);
      assert.ok(m.includes('3 XNUMX milliards de dollars'), lang);
      if (lang !== 'en') assert.ok(!m.includes('cannot be read'), `${lang}: ${m}`);
    }
  });

  it('English parts say what the engine says, in words', () => {
    const d = diagnosticOn(deadlines, 'a/de.txt', '2024');
    assert.equal(partsMessage(d.parts!), 'by 2024 here; 2 other sources say by 2025');
  });

  it('a long list is bounded: the most stated values with their counts, then how many others (Polish: few/many)', () => {
    const fig = (value: number): MessageFigure => ({ kind: 'quantity', value, unit: 'job' });
    const parts: MessageParts = {
      code: 'conflict-date',
      here: fig(1),
      sources: 5,
      alsoHere: true,
      others: {
        values: [
          { figure: fig(2), count: 3 },
          { figure: fig(3), count: 1 },
        ],
        more: 5,
      },
    };
    assert.equal(
      partsMessage(parts),
      '1 job here; 5 other sources and this article say 2 jobs (3 mentions); 3 jobs; and 5 other values',
    );
    const pl = tables.pl;
    if (pl) {
      const m = partsMessage(parts, { locale: 'pl', phrases: pl.why });
      assert.ok(m.length > 0);
    }
  });
});

describe('predicate names in the UI language (src/server/l10n/predicates.ts)', () => {
  it('every language with a table names every predicate of the claim vocabulary', () => {
    const ids = Object.keys(PREDICATES);
    for (const lang of Object.keys(tables).filter((l) => l !== 'en')) {
      assert.equal(predicateNameCounts()[lang], ids.length, lang);
      for (const id of ids) assert.ok(predicateName(lang, id)?.trim(), `${lang}: ${id}`);
    }
    assert.equal(predicateName('en', 'create-jobs'), undefined, 'English keeps PREDICATES');
  });

  it('conflict-predicate in Polish names what each count is of', () => {
    const d = diagnosticOn(counts, 'g/c.txt', 'un million d’emplois');
    const m = partsMessage(d.parts!, {
      locale: 'pl',
      phrases: tables.pl!.why,
      predicateName: (id) => predicateName('pl', id),
    });
    assert.equal(
      m,
      '1 milion jobs (utworzone miejsca pracy) tutaj; 2 inne źródła podają 1 milion people (przeszkolone osoby)',
    );
  });
});

describe('boundedValues: the list every message shares', () => {
  it('lists every distinct value in order when there are few', () => {
    assert.deepEqual(
      boundedValues(['a', 'b', 'a'], (x) => x),
      {
        values: [
          { item: 'a', count: 2 },
          { item: 'b', count: 1 },
        ],
        more: 0,
      },
    );
  });
  it('keeps the most stated past the bound, and listValues words it as before', () => {
    const texts = ['a', 'b', 'c', 'd', 'e', 'e', 'f'];
    const { values, more } = boundedValues(texts, (x) => x);
    assert.equal(values.length, MAX_LISTED_VALUES);
    assert.equal(values[0]!.item, 'e');
    assert.equal(more, 2);
    assert.equal(listValues(texts), 'e (2 mentions); a; b; c; and 2 other values');
  });
});
