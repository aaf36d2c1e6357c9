import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildCompareTable,
  csvField,
  escapeMarkdown,
  isCrosscheckReport,
  MARKDOWN_MARKER_LINE,
  renderCsv,
  renderMarkdown,
  revealInvisible,
} from '../../src/core/report/index';
import { hostile, seedsLike } from './report-fixture';

/** Cells of a GFM table line: split on pipes that are not backslash-escaped. */
function markdownCells(line: string): string[] {
  assert.ok(line.startsWith('| ') && line.endsWith(' |'), line);
  return line.slice(2, -2).split(/(?<!\\) \| /);
}

/** A strict RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        assert.notEqual(text[i], '"', 'bare quote in an unquoted field');
        assert.notEqual(text[i], '\n', 'bare line feed');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  assert.equal(row.length, 0, 'last line ends with CRLF');
  return rows;
}

test('Markdown: a sources table, then one line per claim with as many cells as columns', () => {
  const md = renderMarkdown(buildCompareTable(seedsLike()));
  const lines = md.split('\n');
  const header = lines.find((l) => l.startsWith('| Claim |'))!;
  assert.deepEqual(markdownCells(header), [
    'Claim',
    '000\\_fr.txt (fr, undated)',
    '001\\_fr.txt (fr, 2024-05-13)',
    '002\\_it.txt (it, 2024-05-17)',
    '003\\_de.txt (fr, undated)',
    'Verdict',
  ]);
  const france = lines.find((l) => l.startsWith('| Microsoft — investment — France'))!;
  assert.deepEqual(markdownCells(france), [
    'Microsoft — investment — France',
    '4,3 milliards de dollars = 4 300 000 000 USD',
    '4 milliards d’euros = 4 000 000 000 EUR (×2)',
    '⚠ 4 mld di dollari = 4 000 000 000 USD',
    '',
    'conflict',
  ]);
  assert.match(md, /\| Microsoft — investment — Germany \|.*\| conflict \(conflict-in-article\) \|/);
  assert.match(md, /\| KultureGeek Internet \| fr \| 2024-05-13 \|/);
});

test('Markdown: article text cannot inject HTML, break cells or lines, or hide bidi controls', () => {
  const [marker, ...rest] = renderMarkdown(buildCompareTable(hostile())).split('\n');
  // the one HTML of the file is Crosscheck's own header comment (core/report/marker.ts); the article's is escaped
  assert.equal(marker, MARKDOWN_MARKER_LINE);
  const md = rest.join('\n');
  assert.doesNotMatch(md, /(?<!\\)[<>]/, 'every angle bracket is escaped');
  assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
  assert.ok(md.includes('\\<img src=x onerror=alert(1)\\>.txt'));
  assert.doesNotMatch(md, /[\u202a-\u202e\u2066-\u2069\r]/);
  assert.ok(md.includes('\\[U+2066\\]'));
  const lines = md.split('\n');
  const header = markdownCells(lines.find((l) => l.startsWith('| Claim |'))!);
  const row = lines.find((l) => l.startsWith('| +cmd'))!;
  const cells = markdownCells(row);
  assert.equal(cells.length, header.length);
  assert.equal(cells[0], '+cmd\\|\' /C calc\'\\!A0 — payment "quoted"');
  assert.equal(cells[1], '5 \\| 6 \\<b\\>million\\</b\\> dollars = 5 000 000–6 000 000 USD');
  assert.equal(escapeMarkdown('a\nb\u2028c|d`e*f_g[h](i)'), 'a b c\\|d\\`e\\*f\\_g\\[h\\](i)');
});

test('CSV: RFC 4180 quoting, CRLF, doubled quotes; reads back to the same table', () => {
  const rows = parseCsv(renderCsv(buildCompareTable(seedsLike())));
  assert.deepEqual(rows[0], [
    'Claim ID',
    'Claim',
    '000_fr.txt (fr, undated)',
    '001_fr.txt (fr, 2024-05-13)',
    '002_it.txt (it, 2024-05-17)',
    '003_de.txt (fr, undated)',
    'Verdict',
    'Code',
  ]);
  assert.deepEqual(rows[1], [
    'c1',
    'Microsoft — investment — France',
    '4,3 milliards de dollars = 4 300 000 000 USD',
    '4 milliards d’euros = 4 000 000 000 EUR (×2)',
    '⚠ 4 mld di dollari = 4 000 000 000 USD',
    '',
    'conflict',
    'conflict',
  ]);
  assert.deepEqual(
    rows.map((r) => r.length),
    [8, 8, 8, 8],
  );
  assert.equal(csvField('say "hi", then\r\nleave'), '"say ""hi"", then\r\nleave"');
});

test('CSV: fields a spreadsheet would run as formulas get a leading apostrophe', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    assert.ok(parseCsv(`${csvField(`${start}1+1`)}\r\n`)[0]![0]!.startsWith(`'${start}`), JSON.stringify(start));
  }
  assert.equal(csvField('4 + 4 = 8'), '4 + 4 = 8');
  const rows = parseCsv(renderCsv(buildCompareTable(hostile())));
  assert.equal(rows[1]![1], "'+cmd|' /C calc'!A0 —\r\npayment \"quoted\"");
  assert.equal(rows[1]![3], "'-7 million[U+2066] dollars = -7 000 000 USD");
  assert.equal(rows[0]![2], '<img src=x onerror=alert(1)>.txt (en, 2024-01-01)');
  for (const row of rows) for (const field of row) assert.doesNotMatch(field, /^[=+\-@\t\r]/);
});

test('invisible characters are shown as code points, visible text untouched', () => {
  assert.equal(revealInvisible('a\u202Eb\u200Bc\u0000d\u061Ce'), 'a[U+202E]b[U+200B]c[U+0000]d[U+061C]e');
  assert.equal(revealInvisible('4 mld di dollari — ünïcödé 😀'), '4 mld di dollari — ünïcödé 😀');
});

test('an empty table says so instead of printing an empty grid', () => {
  assert.match(renderMarkdown({ sources: [], rows: [] }), /No claim is stated by more than one source/);
  assert.equal(renderCsv({ sources: [], rows: [] }), 'Claim ID,Claim,Verdict,Code\r\n');
});

test("every export is recognised as Crosscheck's own output, never as an article", () => {
  assert.ok(isCrosscheckReport(renderMarkdown(buildCompareTable(seedsLike()))));
  assert.ok(isCrosscheckReport(`\ufeff${renderMarkdown({ sources: [], rows: [] })}`));
  assert.ok(isCrosscheckReport(renderCsv(buildCompareTable(seedsLike()))));
  assert.ok(
    isCrosscheckReport('seeds/a.txt:3:19: warning: USD 4 bn here; 2 other sources say USD 4.3 bn [conflict]\n'),
  );
  // articles, including one that quotes a finding or talks about Crosscheck further down, are read
  assert.ok(!isCrosscheckReport('Microsoft investit 4 milliards\n\nLe rapport crosscheck-report cité plus bas.'));
  assert.ok(!isCrosscheckReport('## Sources compared\n\nAn article with a Markdown heading.'));
  assert.ok(!isCrosscheckReport('Claim ID, Claim and Verdict are words an article may use.'));
  assert.ok(!isCrosscheckReport(''));
});
