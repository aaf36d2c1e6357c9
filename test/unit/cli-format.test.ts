import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseArgs } from '../../src/cli/args';
import { renderCheckText, renderExtractText } from '../../src/cli/format-text';
import { LineIndex } from '../../src/core/lines';
import { Progress, PROGRESS_MIN_FILES } from '../../src/cli/progress';
import { writeCompactJson } from '../../src/cli/format-output';
import { contractSections, toContractJson } from '../../src/core/serialize';
import { exitCode, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE_OR_INPUT } from '../../src/cli/run';
import type { WorkspaceResult } from '../../src/core/types';
import { figureKey } from '../../src/core/workspace';

const a = 'Titre\r\nLe 13 mai 2024, 4,3 milliards de dollars.\n😀 4 mld di dollari\rfin';
const b = 'Headline\nUSD 4 billion\n';

function result(): WorkspaceResult {
  const money = a.indexOf('4,3 milliards');
  const mld = a.indexOf('4 mld');
  return {
    documents: [
      {
        path: 'a.txt',
        language: 'fr',
        published: '2024-05-13',
        text: a,
        figures: [
          {
            start: money,
            end: money + 24,
            text: a.slice(money, money + 24),
            kind: 'money',
            value: 4.3e9,
            unit: 'USD',
            bound: 'about',
          },
          { start: mld, end: mld + 16, text: a.slice(mld, mld + 16), kind: 'money', value: 4e9, unit: 'USD' },
        ],
      },
      { path: 'b.txt', language: 'en', published: null, text: b, figures: [] },
    ],
    claims: [],
    diagnostics: [
      {
        path: 'a.txt',
        start: mld,
        end: mld + 16,
        severity: 'warning',
        code: 'conflict',
        message: 'USD 4 bn here;\n1 other source says USD 4.3 bn',
        related: [{ path: 'b.txt', start: 9, end: 22, message: 'USD 4 billion' }],
      },
    ],
    claimOfFigure: new Map([[figureKey('a.txt', money), 'c1']]),
  };
}

describe('CLI text output', () => {
  it('counts lines after \\n, \\r\\n and \\r, and columns in UTF-16 code units, both from 1', () => {
    const index = new LineIndex(a);
    assert.deepEqual(index.lineColumn(0), { line: 1, column: 1 });
    assert.deepEqual(index.lineColumn(a.indexOf('Le')), { line: 2, column: 1 });
    assert.deepEqual(index.lineColumn(a.indexOf('4,3')), { line: 2, column: 17 });
    assert.deepEqual(index.lineColumn(a.indexOf('4 mld')), { line: 3, column: 4 }); // the emoji is two code units
    assert.deepEqual(index.lineColumn(a.indexOf('fin')), { line: 4, column: 1 });
  });

  it('writes each diagnostic as path:line:col: severity: message [code], related places as notes', () => {
    assert.equal(
      renderCheckText(result()),
      'a.txt:3:4: warning: USD 4 bn here; 1 other source says USD 4.3 bn [conflict]\n' +
        '  b.txt:2:1: note: USD 4 billion\n',
    );
  });

  it('lists figures with their normalized values and claims', () => {
    const lines = renderExtractText(result()).trimEnd().split('\n');
    assert.equal(lines[0], 'a.txt: fr, published 2024-05-13, 2 figures');
    assert.match(lines[1]!, /^ {2}a\.txt:2:17: money: about 4 300 000 000 USD {2}"4,3 milliards de dollars" \[c1\]$/);
    assert.match(lines[2]!, /^ {2}a\.txt:3:4: money: 4 000 000 000 USD {2}"4 mld di dollari"$/);
    assert.equal(lines[3], 'b.txt: en, no publication date, 0 figures');
  });
});

describe('CLI arguments and exit codes', () => {
  it('parses options in both spellings and keeps paths in order', () => {
    const parsed = parseArgs([
      'check',
      '--format=json',
      'x',
      '--include',
      '*.md',
      '--exclude=drafts',
      '-q',
      '--fail-on',
      'conflict',
      '--max-size',
      '10',
      'y',
    ]);
    assert.deepEqual(parsed, {
      kind: 'run',
      options: {
        command: 'check',
        format: 'json',
        include: ['*.md'],
        exclude: ['drafts'],
        quiet: true,
        review: true,
        failOn: 'conflict',
        maxBytes: 10240,
        paths: ['x', 'y'],
      },
    });
  });

  it('turns findings into exit 1 only when --fail-on asks, and input errors into 2', () => {
    const conflict = [{ code: 'conflict-scale' as const }];
    const unreadable = [{ code: 'unreadable-figure' as const }];
    const base = { internalErrors: 0, inputErrors: 0 };
    assert.equal(exitCode({ ...base, failOn: 'never', diagnostics: conflict }), EXIT_OK);
    assert.equal(exitCode({ ...base, failOn: 'conflict', diagnostics: conflict }), EXIT_FINDINGS);
    assert.equal(exitCode({ ...base, failOn: 'conflict', diagnostics: unreadable }), EXIT_OK);
    assert.equal(exitCode({ ...base, failOn: 'diagnostic', diagnostics: unreadable }), EXIT_FINDINGS);
    assert.equal(exitCode({ ...base, inputErrors: 1, failOn: 'conflict', diagnostics: conflict }), EXIT_USAGE_OR_INPUT);
    assert.equal(exitCode({ internalErrors: 1, inputErrors: 1, failOn: 'never', diagnostics: [] }), EXIT_INTERNAL);
  });
});

describe('CLI progress', () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return {
      out,
      isTTY,
      write: (t: string) => {
        out.push(t);
        return true;
      },
    };
  };

  it('draws on a terminal for a large folder, and erases itself', () => {
    const s = stream(true);
    const p = Progress.create(s, PROGRESS_MIN_FILES, false);
    p.update('analyzing', 0);
    p.update('analyzing', PROGRESS_MIN_FILES);
    p.clear();
    assert.ok(
      s.out.some((t) => t.includes(`analyzing ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} files`)),
      s.out.join('|'),
    );
    assert.equal(s.out.at(-1), '\r\u001b[2K');
  });

  it('stays silent when stderr is redirected, for small runs, and with --quiet', () => {
    for (const [s, total, quiet] of [
      [stream(false), 10000, false],
      [stream(true), 3, false],
      [stream(true), 10000, true],
    ] as const) {
      const p = Progress.create(s, total, quiet);
      p.update('analyzing', total);
      p.stage('comparing');
      p.clear();
      assert.deepEqual(s.out, []);
    }
  });
});

describe('CLI JSON writer', () => {
  it('writes exactly JSON.stringify(document) and a newline, in chunks', () => {
    const doc = toContractJson(result());
    const chunks: string[] = [];
    writeCompactJson(doc, (c) => chunks.push(c));
    assert.equal(chunks.join(''), `${JSON.stringify(doc)}\n`);
  });

  it('streams the lazy contract sections to exactly the JSON of the whole contract document', () => {
    const base = result();
    const documents = Array.from({ length: 8000 }, (_, i) => ({
      ...base.documents[0]!,
      path: `dossier ${i} – «ł».txt`,
    }));
    const whole = { ...base, documents };
    const chunks: string[] = [];
    writeCompactJson(contractSections(whole), (c) => chunks.push(c));
    assert.ok(chunks.length > 1, 'more than one chunk');
    assert.equal(chunks.join(''), `${JSON.stringify(toContractJson(whole))}\n`);
  });

  it('stays exact across chunk boundaries on a large document', () => {
    const base = result();
    const documents = Array.from({ length: 8000 }, (_, i) => ({
      ...base.documents[0]!,
      path: `dossier ${i} – «ł».txt`,
    }));
    const doc = toContractJson({ ...base, documents });
    const chunks: string[] = [];
    writeCompactJson(doc, (c) => chunks.push(c));
    assert.ok(chunks.length > 1, 'more than one chunk');
    assert.equal(chunks.join(''), `${JSON.stringify(doc)}\n`);
    assert.deepEqual(JSON.parse(chunks.join('')), doc);
  });
});
