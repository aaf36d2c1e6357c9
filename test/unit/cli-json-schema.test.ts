/**
 * The public JSON contract (docs/cli-json-contract.md) held by its JSON Schema (docs/cli-json.schema.json): the CLI's
 * real output on the seeds, the dev corpus and hostile files must validate, and the schema must refuse documents
 * that break the contract (so that it is not a schema that accepts anything).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';

const ROOT = resolve(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'cli-json.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(
  schema,
);

/** The CLI from its sources (the same code the bundle holds; no build needed, none raced with other tests). */
function checkJson(...paths: string[]): unknown {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'check', '--format', 'json', '--no-review', ...paths],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  assert.ok(r.status === 0 || r.status === 2, `exit ${r.status}: ${r.stderr.slice(0, 400)}`);
  return JSON.parse(r.stdout);
}

function assertValid(doc: unknown): void {
  const ok = validate(doc);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-schema-'));
  const files: Record<string, string | Buffer> = {
    'empty.txt': '',
    'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]),
    'latin1.txt': Buffer.from(
      'Gen\xe8ve, 13 mai 2024 \x96 2 milliards de francs, pr\xe8s de 3 000 emplois.\n',
      'latin1',
    ),
    'utf16.txt': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Berlin, 3. März 2024 — 3,2 Mrd. Euro für 1.000 Stellen.\n', 'utf16le'),
    ]),
    'garbled.txt': 'Paris, 2 juin 2025\n\nUn plan au-delà de 3 XNUMX milliards de dollars, soit 12 % de plus.\n',
    'bidi.txt': 'London, 5 May 2024\n\nThe firm will invest \u202e$4.3bn\u202c in 2 000\u200b data centres by 2027.\n',
    'urls.md':
      '# Sources\n\n- https://example.com/2025/10/03/news/12-things\n- exemple.fr/10/03/news, 25/12/99, 99/99/2024\n',
    'numbers.txt':
      'Zürich, 1. Januar 2024 — 999999999999999999999 Franken, 1e308 Dollar, -0 %, 0,000001 %, 3–2 Mrd. €.\n',
    // no dateline, no year anywhere: the days can only be --MM-DD
    'month-day-fr.txt': 'Le 13 mai, 3 000 personnes ont manifesté à Paris.\n',
    'month-day-en.txt': 'On 4 July, 2,000 people marched in Boston.\n',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI JSON contract and its schema', () => {
  it('is valid JSON Schema (draft-07) and documented next to the contract', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(readFileSync(join(ROOT, 'docs', 'cli-json-contract.md'), 'utf8'), /cli-json\.schema\.json/);
  });

  it('holds for the seeds and the dev corpus', () => {
    const doc = checkJson('seeds', 'test/gold/corpus') as { documents: unknown[]; diagnostics: unknown[] };
    assert.ok(doc.documents.length > 100 && doc.diagnostics.length > 0);
    assertValid(doc);
  });

  it('holds for hostile files: empty, binary, Latin-1, UTF-16, garbled, bidi controls, paths and URLs, huge numbers', () => {
    const doc = checkJson(dir) as { documents: { path: string; figures: unknown[] }[] };
    assert.ok(doc.documents.length >= 7, doc.documents.map((d) => d.path).join(', '));
    assertValid(doc);
  });

  it('holds for a day and month without a year: value --MM-DD (ISO 8601 without year), unit "day"', () => {
    type Doc = { documents: { path: string; figures: { text: string; value: unknown; unit: string }[] }[] };
    const doc = checkJson(join(dir, 'month-day-fr.txt'), join(dir, 'month-day-en.txt')) as Doc;
    const days = doc.documents.flatMap((d) => d.figures.filter((f) => f.unit === 'day').map((f) => [f.text, f.value]));
    assert.deepEqual(days, [
      ['13 mai', '--05-13'],
      ['4 July', '--07-04'],
    ]);
    assertValid(doc);
  });

  it('refuses what breaks the contract', () => {
    const good = {
      version: 1,
      documents: [
        {
          path: 'a.txt',
          language: 'fr',
          published: '2024-05-13',
          figures: [
            { start: 0, end: 4, text: '2027', kind: 'date', value: 2027, unit: 'year', claim: null },
            {
              start: 5,
              end: 9,
              text: '4 M€',
              kind: 'money',
              value: 4e6,
              unit: 'EUR',
              claim: 'c1',
              bound: 'about',
              approx: 'nearly',
            },
          ],
        },
      ],
      claims: [{ id: 'c1', label: 'x', status: 'single', mentions: [{ path: 'a.txt', start: 5, end: 9 }] }],
      diagnostics: [],
    };
    assertValid(good);
    const monthDay: any = structuredClone(good);
    monthDay.documents[0].figures[0] = { ...monthDay.documents[0].figures[0], value: '--05-13', unit: 'day' };
    assertValid(monthDay);
    const broken: [string, (d: any) => void][] = [
      [
        'another version',
        (d) => {
          d.version = 2;
        },
      ],
      [
        'a language outside the eleven',
        (d) => {
          d.documents[0].language = 'ru';
        },
      ],
      [
        'a published date that is no date',
        (d) => {
          d.documents[0].published = 'NaN-03-10';
        },
      ],
      [
        'a day value that is no date',
        (d) => {
          d.documents[0].figures[0] = { ...d.documents[0].figures[0], value: 'NaN-03-10', unit: 'day' };
        },
      ],
      [
        'a month-day with month 13',
        (d) => {
          d.documents[0].figures[0] = { ...d.documents[0].figures[0], value: '--13-05', unit: 'day' };
        },
      ],
      [
        'a month-day with one dash',
        (d) => {
          d.documents[0].figures[0] = { ...d.documents[0].figures[0], value: '-05-13', unit: 'day' };
        },
      ],
      [
        'a month-day as the value of a month',
        (d) => {
          d.documents[0].figures[0] = { ...d.documents[0].figures[0], value: '--05-13', unit: 'month' };
        },
      ],
      [
        'a month-day as a published date',
        (d) => {
          d.documents[0].published = '--05-13';
        },
      ],
      [
        'a currency that is no ISO code',
        (d) => {
          d.documents[0].figures[1].unit = 'euros';
        },
      ],
      [
        'a negative offset',
        (d) => {
          d.documents[0].figures[0].start = -1;
        },
      ],
      [
        'document text leaking in',
        (d) => {
          d.documents[0].text = 'the article';
        },
      ],
      [
        'an unknown diagnostic code',
        (d) => {
          d.diagnostics.push({
            path: 'a.txt',
            start: 0,
            end: 1,
            severity: 'warning',
            code: 'oops',
            message: 'm',
            related: [],
          });
        },
      ],
      [
        'a claim with no mention',
        (d) => {
          d.claims[0].mentions = [];
        },
      ],
      [
        'an unreadable figure with a value',
        (d) => {
          d.documents[0].figures[1].unreadable = 'garbled';
        },
      ],
    ];
    for (const [what, breakIt] of broken) {
      const doc = structuredClone(good);
      breakIt(doc);
      assert.equal(validate(doc), false, what);
    }
  });
});
