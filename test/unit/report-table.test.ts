import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildCompareTable,
  buildCompareView,
  normalizedValue,
  sourceNames,
  toSparse,
  type CellMention,
} from '../../src/core/report/index';
import { firstLine } from '../../src/core/report/table';
import { seedsLike } from './report-fixture';

test('one column per source taking part, in path order, with headline, language and date', () => {
  const table = buildCompareTable(seedsLike());
  assert.deepEqual(
    table.sources.map((s) => s.name),
    ['000_fr.txt', '001_fr.txt', '002_it.txt', '003_de.txt'],
  );
  assert.deepEqual(table.sources[0], {
    path: 'seeds/000_fr.txt',
    name: '000_fr.txt',
    headline: 'Microsoft annonce 4,3 milliards de dollars en France',
    language: 'fr',
    published: null,
  });
  assert.equal(table.sources[1]!.headline, 'KultureGeek Internet');
  assert.equal(table.sources[2]!.published, '2024-05-17');
});

test('one row per compared claim, worst verdict first, single-source claims left out by default', () => {
  const table = buildCompareTable(seedsLike());
  assert.deepEqual(
    table.rows.map((r) => [r.claimId, r.status, r.code]),
    [
      ['c1', 'conflict', 'conflict'],
      ['c3', 'conflict', 'conflict-in-article'],
      ['c2', 'agree', undefined],
    ],
  );
  for (const row of table.rows) assert.equal(row.cells.length, table.sources.length);
  const withSingle = buildCompareTable(seedsLike(), { includeSingle: true });
  assert.equal(withSingle.rows.at(-1)!.claimId, 'c4');
  assert.equal(withSingle.sources.length, 5);
});

test('cells hold each mention as stated, its normalized value, and whether a conflict sits on it', () => {
  const table = buildCompareTable(seedsLike());
  const france = table.rows.find((r) => r.claimId === 'c1')!;
  const [fr, fr2, it, de] = france.cells;
  assert.equal(de, null);
  assert.deepEqual(
    fr!.mentions.map((m) => [m.text, m.normalized, m.conflicting]),
    [['4,3 milliards de dollars', '4 300 000 000 USD', false]],
  );
  assert.equal(fr2!.mentions.length, 2);
  assert.ok(fr2!.mentions[0]!.start < fr2!.mentions[1]!.start);
  assert.deepEqual(
    it!.mentions.map((m) => [m.text, m.normalized, m.conflicting, m.value, m.unit]),
    [['4 mld di dollari', '4 000 000 000 USD', true, 4e9, 'USD']],
  );
  const startups = table.rows.find((r) => r.claimId === 'c2')!;
  assert.equal(startups.cells[1]!.mentions[0]!.normalized, 'about 2 500 startup');
  const stated = startups.cells.filter((c) => c !== null);
  assert.equal(stated.length, 3);
  assert.ok(stated.every((c) => c.mentions.every((m) => !m.conflicting)));
});

test('a story keeps only the claims the file takes part in, and only their sources', () => {
  const italian = buildCompareTable(seedsLike(), { story: 'seeds/002_it.txt' });
  assert.deepEqual(
    italian.rows.map((r) => r.claimId),
    ['c1', 'c2'],
  );
  assert.deepEqual(
    italian.sources.map((s) => s.name),
    ['000_fr.txt', '001_fr.txt', '002_it.txt'],
  );
  const german = buildCompareTable(seedsLike(), { story: 'seeds/003_de.txt' });
  assert.deepEqual(
    german.rows.map((r) => r.claimId),
    ['c3'],
  );
  assert.deepEqual(
    german.sources.map((s) => s.name),
    ['003_de.txt'],
  );
  assert.deepEqual(buildCompareTable(seedsLike(), { story: 'nowhere.txt' }), { sources: [], rows: [] });
});

test('the sparse view keeps exactly the non-empty cells with their column, and what the panel shows', () => {
  const table = buildCompareTable(seedsLike());
  const slim = ({ start, end, text, normalized, conflicting }: CellMention) => ({
    start,
    end,
    text,
    normalized,
    conflicting,
  });
  for (const sparse of [buildCompareView(seedsLike()), toSparse(table)]) {
    assert.deepEqual(sparse.sources, table.sources);
    sparse.rows.forEach((row, i) => {
      const dense = table.rows[i]!.cells;
      assert.equal(row.claimId, table.rows[i]!.claimId);
      assert.deepEqual(
        row.cells.map((c) => c.source),
        dense.flatMap((c, j) => (c ? [j] : [])),
      );
      for (const c of row.cells) assert.deepEqual(c.mentions, dense[c.source]!.mentions.map(slim));
    });
  }
  assert.deepEqual(
    buildCompareView(seedsLike(), { story: 'seeds/003_de.txt' }).rows.map((r) => r.claimId),
    ['c3'],
  );
});

test('sources are named by file name, with just enough folders to tell same-named files apart', () => {
  assert.deepEqual(sourceNames(['/ws/a/x.txt', '/ws/b/y.txt']), ['x.txt', 'y.txt']);
  assert.deepEqual(sourceNames(['/ws/s1/article.txt', '/ws/s2/article.txt', '/ws/s2/other.txt']), [
    's1/article.txt',
    's2/article.txt',
    'other.txt',
  ]);
  assert.deepEqual(sourceNames(['/a/s/x.txt', '/b/s/x.txt']), ['a/s/x.txt', 'b/s/x.txt']);
  assert.deepEqual(sourceNames(['C:\\news\\x.txt', 'untitled:Untitled-1']), ['x.txt', 'untitled:Untitled-1']);
});

test('normalized values: grouping, bounds, ranges, deadlines, dates and unreadable figures', () => {
  assert.equal(normalizedValue({ kind: 'money', value: 1_290_000_000, unit: 'USD' }), '1 290 000 000 USD');
  assert.equal(normalizedValue({ kind: 'percent', value: 12.5, unit: '%' }), '12.5 %');
  assert.equal(
    normalizedValue({ kind: 'quantity', value: 1200000, unit: 'worker', bound: 'at-least' }),
    'at least 1 200 000 worker',
  );
  assert.equal(
    normalizedValue({ kind: 'money', value: 2.5e9, unit: 'EUR', range: [2e9, 3e9] }),
    '2 000 000 000–3 000 000 000 EUR',
  );
  assert.equal(normalizedValue({ kind: 'date', value: 2027, unit: 'year', deadline: true }), 'by 2027');
  assert.equal(normalizedValue({ kind: 'date', value: '2024-05-13', unit: 'day' }), '2024-05-13');
  assert.equal(normalizedValue({ kind: 'money', value: null, unit: 'USD' }), 'unreadable');
  assert.equal(normalizedValue({ kind: 'money', value: -7e6, unit: 'USD' }), '-7 000 000 USD');
});

test('the headline is the first non-empty line, trimmed, whatever the line breaks', () => {
  assert.equal(firstLine('\r\n  \n\tTitre  \r\nsuite'), 'Titre');
  assert.equal(firstLine('\u2028Only line'), 'Only line');
  assert.equal(firstLine('   \n \r\n'), '');
  assert.equal(firstLine(''), '');
  assert.equal(firstLine('x'.repeat(400)).length, 300);
});
