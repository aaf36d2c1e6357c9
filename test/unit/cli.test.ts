/**
 * The CLI as users and scripts meet it: `node dist/cli.js` spawned on the seeds and on folders of bad files.
 * The bundle is built once first, so this tests what ships.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readArticle } from '../../src/node/articles';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function cliIn(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const cli = (...args: string[]): Run => cliIn(ROOT, ...args);

/** Parses stdout as ONE JSON document of the contract's shape and checks every figure's span. */
function contract(run: Run): {
  documents: { path: string; figures: unknown[] }[];
  claims: unknown[];
  diagnostics: unknown[];
} {
  const doc = JSON.parse(run.stdout);
  assert.equal(doc.version, 1);
  assert.ok(Array.isArray(doc.documents) && Array.isArray(doc.claims) && Array.isArray(doc.diagnostics));
  for (const d of doc.documents) {
    assert.equal(typeof d.path, 'string');
    assert.match(d.language, /^(fr|it|de|en|es|pt|nl|sv|nb|da|pl|und)$/);
    assert.ok(d.published === null || /^\d{4}-\d{2}(-\d{2})?$/.test(d.published), d.published);
    assert.ok(!('text' in d), 'document text must not be in the JSON');
    // spans point into the decoded text (a Latin-1 file is read as Windows-1252)
    const read = readArticle(resolve(ROOT, d.path));
    assert.ok(read.ok);
    const text = read.text;
    for (const f of d.figures) {
      assert.ok(['money', 'quantity', 'percent', 'date'].includes(f.kind), f.kind);
      assert.equal(text.slice(f.start, f.end), f.text, `span of ${JSON.stringify(f)}`);
      assert.ok(f.value === null || typeof f.value === 'number' || typeof f.value === 'string');
      assert.equal(typeof f.unit, 'string');
      assert.ok(f.claim === null || typeof f.claim === 'string');
    }
  }
  for (const c of doc.claims) {
    assert.equal(typeof c.id, 'string');
    assert.ok(['agree', 'approximate', 'conflict', 'single'].includes(c.status));
    assert.ok(Array.isArray(c.mentions));
  }
  for (const g of doc.diagnostics) {
    assert.ok(['error', 'warning', 'information', 'hint'].includes(g.severity));
    assert.equal(typeof g.message, 'string');
    assert.ok(Array.isArray(g.related));
  }
  return doc;
}

let dir: string;
before(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  mkdirSync(join(dir, 'mixed'));
  writeFileSync(
    join(dir, 'mixed', 'a-good.txt'),
    'Paris, 13 mai 2024 — Microsoft va investir 4 milliards d’euros en France.\n',
  );
  writeFileSync(join(dir, 'mixed', 'b-empty.txt'), '');
  writeFileSync(join(dir, 'mixed', 'c-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
  // "Genève, 2 milliards de francs, près de 3 000 emplois" in Latin-1
  writeFileSync(
    join(dir, 'mixed', 'd-latin1.txt'),
    Buffer.from('Gen\xe8ve, 2 milliards de francs, pr\xe8s de 3 000 emplois.\n', 'latin1'),
  );
  writeFileSync(
    join(dir, 'mixed', 'e-good.md'),
    'Milano, 17 mag 2024 — Microsoft investirà 4,3 miliardi di euro in Italia.\n',
  );
  mkdirSync(join(dir, 'no-articles'));
  writeFileSync(join(dir, 'no-articles', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck CLI', () => {
  it('checks the seeds: one JSON document on stdout, exit 0', () => {
    const run = cli('check', '--format', 'json', 'seeds');
    assert.equal(run.status, 0, run.stderr);
    const doc = contract(run);
    assert.deepEqual(
      doc.documents.map((d) => d.path),
      [
        'seeds/000_c28f4febe2540ed8.txt',
        'seeds/001_a693729f8f5373f7.txt',
        'seeds/002_25e5ca3ece719531.txt',
        'seeds/003_f682fc99880f227e.txt',
      ],
    );
    assert.match(run.stderr, /crosscheck: 4 files, \d+ figures?, \d+ claims?/);
  });

  it('never reads its own report as a source: a Markdown export left among the articles changes nothing', () => {
    const folder = join(dir, 'with-report');
    mkdirSync(folder);
    for (const f of [
      '000_c28f4febe2540ed8.txt',
      '001_a693729f8f5373f7.txt',
      '002_25e5ca3ece719531.txt',
      '003_f682fc99880f227e.txt',
    ]) {
      writeFileSync(join(folder, f), readFileSync(join(ROOT, 'seeds', f)));
    }
    const alone = JSON.parse(cliIn(folder, 'check', '--format', 'json', '.').stdout) as ReturnType<typeof contract>;
    writeFileSync(join(folder, 'crosscheck-compare.md'), cliIn(folder, 'check', '--format', 'markdown', '.').stdout);
    const run = cliIn(folder, 'check', '--format', 'json', '.');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /crosscheck-compare\.md: warning: skipped: a report Crosscheck wrote/);
    const withReport = JSON.parse(run.stdout) as ReturnType<typeof contract>;
    assert.equal(withReport.documents.length, 4);
    assert.deepEqual(
      withReport.documents.map((d) => d.path),
      alone.documents.map((d) => d.path),
    );
    assert.deepEqual(withReport.diagnostics, alone.diagnostics);
  });

  it('keeps files in the order named, with the paths as given, as the scorer calls it', () => {
    const files = ['seeds/003_f682fc99880f227e.txt', join(ROOT, 'seeds/000_c28f4febe2540ed8.txt')];
    const doc = contract(cli('check', '--format', 'json', ...files));
    assert.deepEqual(
      doc.documents.map((d) => d.path),
      files,
    );
  });

  it('reports bad files on stderr, exits 2, and still analyzes every other file', () => {
    const run = cli('check', '--format', 'json', join(dir, 'mixed'), join(dir, 'missing.txt'));
    assert.equal(run.status, 2);
    const doc = contract(run);
    assert.deepEqual(
      doc.documents.map((d) => d.path.slice(dir.length + 1)),
      ['mixed/a-good.txt', 'mixed/b-empty.txt', 'mixed/d-latin1.txt', 'mixed/e-good.md'],
    );
    assert.match(run.stderr, /mixed\/c-binary\.txt: error: binary file: it contains NUL bytes/);
    assert.match(run.stderr, /missing\.txt: error: no such file or directory/);
    assert.match(run.stderr, /mixed\/b-empty\.txt: warning: empty file/);
    assert.match(run.stderr, /mixed\/d-latin1\.txt: warning: not valid UTF-8: read as Windows-1252/);
  });

  it('decodes a Latin-1 file so that figure spans point into the decoded text', () => {
    const run = cli('extract', '--format', 'json', join(dir, 'mixed', 'd-latin1.txt'));
    assert.equal(run.status, 0, run.stderr);
    const doc = JSON.parse(run.stdout);
    const text = 'Genève, 2 milliards de francs, près de 3 000 emplois.\n';
    for (const f of doc.documents[0].figures) assert.equal(text.slice(f.start, f.end), f.text);
  });

  it('refuses files over --max-size and still reads the others', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, `Paris — 2 milliards d’euros. ${'x'.repeat(12 * 1024)}\n`);
    const run = cli('extract', '--format', 'json', '--max-size', '8', big, 'seeds/000_c28f4febe2540ed8.txt');
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /big\.txt: error: file too large \(12\.0 KB; the limit is 8\.0 KB\); raise it with --max-size KB/,
    );
    assert.deepEqual(
      contract(run).documents.map((d) => d.path),
      ['seeds/000_c28f4febe2540ed8.txt'],
    );
  });

  it('says so when a folder holds no articles', () => {
    const run = cli('check', join(dir, 'no-articles'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no-articles: error: no article files in this folder/);
    assert.equal(run.stdout, '');
  });

  it('writes a valid empty document when nothing could be read', () => {
    const run = cli('check', '--format', 'json', '--quiet', join(dir, 'missing.txt'));
    assert.equal(run.status, 2);
    assert.deepEqual(contract(run), { version: 1, documents: [], claims: [], diagnostics: [] });
    assert.equal(run.stderr, `${join(dir, 'missing.txt')}: error: no such file or directory\n`);
  });

  it('takes --include and --exclude globs for folders', () => {
    const md = contract(cli('extract', '--format', 'json', '--include', '*.md', join(dir, 'mixed')));
    assert.deepEqual(
      md.documents.map((d) => d.path),
      [join(dir, 'mixed', 'e-good.md')],
    );
    const run = cli('extract', '--format', 'json', '--exclude', 'c-*', '--exclude', 'b-*', join(dir, 'mixed'));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(contract(run).documents.length, 3);
  });

  it('lists figures as text, one compiler-style line per figure', () => {
    const run = cli('extract', 'seeds/000_c28f4febe2540ed8.txt');
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(
      lines[0]!,
      /^seeds\/000_c28f4febe2540ed8\.txt: (fr|und), (published \S+|no publication date), \d+ figures?$/,
    );
    for (const line of lines.slice(1)) {
      assert.match(
        line,
        /^ {2}seeds\/000_c28f4febe2540ed8\.txt:\d+:\d+: (money|quantity|percent|date): .+ {2}".*"( \[\S+\])?$/,
      );
    }
  });

  it('writes check results as compiler-style lines', () => {
    const run = cli('check', 'seeds');
    assert.equal(run.status, 0, run.stderr);
    for (const line of run.stdout.split('\n').filter(Boolean)) {
      assert.match(
        line,
        /^(seeds\/\S+:\d+:\d+: (error|warning|information|hint): .+ \[[a-z-]+\]| {2}seeds\/\S+:\d+:\d+: note: .*)$/,
      );
    }
  });

  it('prints the compare table as Markdown and CSV', () => {
    const md = cli('check', '--format', 'markdown', 'seeds');
    assert.equal(md.status, 0, md.stderr);
    assert.ok(md.stdout.length > 0);
    const csv = cli('check', '--format', 'csv', 'seeds');
    assert.equal(csv.status, 0, csv.stderr);
    assert.ok(csv.stdout.split('\n')[0]!.includes(','), 'a CSV header line');
  });

  it('answers --help and --version on stdout, usage errors on stderr with exit 2', () => {
    const help = cli('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: crosscheck <command>/);
    assert.match(help.stdout, /Exit codes:/);
    const version = cli('--version');
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    for (const args of [
      ['frobnicate', 'seeds'],
      ['check', '--colour', 'seeds'],
      ['check', '--format', 'xml', 'seeds'],
      ['check'],
      ['extract', '--format', 'csv', 'seeds'],
      ['check', '--format'],
    ]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
      // one line and a hint, not the 40-line help
      assert.match(
        run.stderr,
        /^crosscheck: .+\nRun 'crosscheck --help' for the commands and options\.\n$/,
        args.join(' '),
      );
    }
  });

  it('keeps stdout pure JSON even where a .env file would make a dependency talk', () => {
    const work = join(dir, 'with-env');
    mkdirSync(work);
    writeFileSync(join(work, '.env'), 'DEBUG=*\nDOTENV_CONFIG_DEBUG=true\n');
    writeFileSync(join(work, 'a.txt'), readFileSync(join(ROOT, 'seeds/000_c28f4febe2540ed8.txt')));
    const run = cliIn(work, 'check', '--format', 'json', '.');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).documents.map((d: { path: string }) => d.path),
      ['a.txt'],
    );
  });

  it('applies the team’s review file like the editor: checked figures get no diagnostic, ignored ones are left out', () => {
    const work = join(dir, 'reviewed');
    mkdirSync(join(work, 'articles'), { recursive: true });
    for (const name of [
      '000_c28f4febe2540ed8.txt',
      '001_a693729f8f5373f7.txt',
      '002_25e5ca3ece719531.txt',
      '003_f682fc99880f227e.txt',
    ]) {
      writeFileSync(join(work, 'articles', name), readFileSync(join(ROOT, 'seeds', name)));
    }
    const italian = 'articles/002_25e5ca3ece719531.txt';
    const text = readFileSync(join(work, italian), 'utf8');
    const checkedAt = text.indexOf('4 mld di dollari');
    const ignoredAt = text.indexOf('25mila GPU');
    mkdirSync(join(work, '.crosscheck'));
    writeFileSync(
      join(work, '.crosscheck', 'review.json'),
      JSON.stringify({
        version: 1,
        checked: [{ path: italian, text: '4 mld di dollari', start: checkedAt }],
        ignored: [{ path: italian, text: '25mila GPU', start: ignoredAt }],
      }),
    );
    type Doc = {
      documents: { path: string; figures: { start: number }[] }[];
      diagnostics: { path: string; start: number; end: number }[];
    };
    const isItalian = (path: string) => path.endsWith('002_25e5ca3ece719531.txt');
    const onChecked = (doc: Doc) =>
      doc.diagnostics.filter((d) => isItalian(d.path) && d.start < checkedAt + 16 && checkedAt < d.end);
    const figureStarts = (doc: Doc) => doc.documents.find((d) => isItalian(d.path))!.figures.map((f) => f.start);

    const all = JSON.parse(cli('check', '--format', 'json', '--no-review', join(work, 'articles')).stdout) as Doc;
    assert.ok(onChecked(all).length > 0, 'without the review file the figure is in conflict');
    assert.ok(figureStarts(all).includes(ignoredAt));

    const run = cliIn(work, 'check', '--format', 'json', '.');
    assert.equal(run.status, 0, run.stderr);
    const reviewed = JSON.parse(run.stdout) as Doc;
    assert.deepEqual(onChecked(reviewed), []);
    assert.ok(
      reviewed.diagnostics.some((d) => isItalian(d.path)),
      'its other findings remain',
    );
    assert.ok(!figureStarts(reviewed).includes(ignoredAt), 'the ignored figure is left out');
    assert.match(run.stderr, /applied review file .*review\.json: 1 figure marked checked, 1 ignored/);

    // The review file sits above the folder given: it is not applied unless named with --review.
    const below = cliIn(join(work, 'articles'), 'check', '--format', 'json', '.');
    assert.ok(
      onChecked(JSON.parse(below.stdout) as Doc).length > 0,
      'a review file above the folder given must not apply',
    );
    assert.doesNotMatch(below.stderr, /applied review file/);
    const named = cliIn(
      join(work, 'articles'),
      'check',
      '--format',
      'json',
      '--review',
      '../.crosscheck/review.json',
      '.',
    );
    assert.equal(named.status, 0, named.stderr);
    assert.deepEqual(onChecked(JSON.parse(named.stdout) as Doc), []);
    assert.match(named.stderr, /applied review file .*review\.json: 1 figure marked checked, 1 ignored/);
  });

  it('reads a file whose name starts with a dash after --', () => {
    const path = join(dir, '-dash.txt');
    writeFileSync(path, 'Roma — 2 miliardi di euro.\n');
    const run = cli('extract', '--format', 'json', '--', path);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      contract(run).documents.map((d) => d.path),
      [path],
    );
  });
});
