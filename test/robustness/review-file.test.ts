/**
 * Attacks on the team's review file (issue 10, items 4–7), against src/node/review-store.ts and the CLI: a file
 * that does not parse is never overwritten, two writers never lose a mark, writes never leave the workspace
 * through a symbolic link, and reads are bounded.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { emptyReview, parseReview, serializeReview, withEntry, MAX_REVIEW_BYTES } from '../../src/core/review';
import { loadReview, reviewPath, updateReview } from '../../src/node/review-store';

const ROOT = resolve(__dirname, '..', '..');
const base = mkdtempSync(join(tmpdir(), 'crosscheck-robust-review-'));
after(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const folder = (): string => {
  const dir = join(base, `ws${n++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const mark = (i: number) => ({ path: 'a.txt', text: `${i} mld`, start: i * 10 });

describe('a review file that does not parse', () => {
  const CONFLICTED =
    '{\n<<<<<<< HEAD\n  "checked": [{"path": "a.txt", "text": "4 mld", "start": 3}]\n=======\n  "checked": []\n>>>>>>> origin/main\n}\n';
  for (const [name, text] of [
    ['git merge-conflict markers', CONFLICTED],
    ['truncated JSON', '{"version": 1, "checked": [{"path": "a.txt"'],
    ['an entry of the wrong shape', JSON.stringify({ version: 1, checked: [{ path: 'a.txt', start: '3' }] })],
    ['bytes that are not UTF-8', '\xff\xfe{}'],
  ] as const) {
    it(`is never overwritten by a new mark: ${name}`, async () => {
      const ws = folder();
      mkdirSync(join(ws, '.crosscheck'));
      const bytes = name.startsWith('bytes') ? Buffer.from([0xff, 0xfe, 0x7b, 0x7d]) : Buffer.from(text);
      writeFileSync(reviewPath(ws), bytes);
      assert.equal(loadReview(ws).status, 'invalid');
      const write = await updateReview(ws, (f) => withEntry(f, 'checked', mark(1)));
      assert.equal(write.ok, false);
      if (!write.ok) assert.match(write.error, /left as it is/);
      assert.deepEqual(readFileSync(reviewPath(ws)), bytes);
      assert.deepEqual(readdirSync(join(ws, '.crosscheck')), ['review.json'], 'no temporary file or lock left behind');
    });
  }
});

describe('two writers', () => {
  it('in one process never lose a mark (each write re-reads the file under the lock)', async () => {
    const ws = folder();
    const writes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => updateReview(ws, (f) => withEntry(f, 'checked', mark(i)))),
    );
    assert.ok(writes.every((w) => w.ok));
    const load = loadReview(ws);
    assert.equal(load.status, 'ok');
    if (load.status === 'ok') assert.equal(load.file.checked.length, 40);
  });

  it('in two processes (two windows) never lose a mark', async () => {
    const ws = folder();
    const script = `
      const { updateReview } = require(${JSON.stringify(join(ROOT, 'src/node/review-store.ts'))});
      const { withEntry } = require(${JSON.stringify(join(ROOT, 'src/core/review.ts'))});
      (async () => {
        const who = process.argv[1];
        for (let i = 0; i < 25; i++) {
          const w = await updateReview(${JSON.stringify(ws)}, (f) => withEntry(f, 'checked', { path: who + '.txt', text: String(i), start: i }));
          if (!w.ok) { console.error(w.error); process.exit(1); }
        }
      })();`;
    const run = (who: string) =>
      new Promise<number | null>((done) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, who], {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('exit', (code) => done(code));
      });
    const codes = await Promise.all([run('first'), run('second')]);
    assert.deepEqual(codes, [0, 0]);
    const load = loadReview(ws);
    assert.equal(load.status, 'ok');
    if (load.status === 'ok') {
      assert.equal(load.file.checked.filter((e) => e.path === 'first.txt').length, 25);
      assert.equal(load.file.checked.filter((e) => e.path === 'second.txt').length, 25);
    }
  });

  it('a lock left by a crashed writer is taken over once stale, a fresh one is waited for', async () => {
    const ws = folder();
    mkdirSync(join(ws, '.crosscheck'));
    writeFileSync(`${reviewPath(ws)}.lock`, '99999\n');
    const old = new Date(Date.now() - 60_000);
    execFileSync('touch', ['-d', old.toISOString(), `${reviewPath(ws)}.lock`]);
    const write = await updateReview(ws, (f) => withEntry(f, 'checked', mark(1)));
    assert.ok(write.ok);
    assert.deepEqual(readdirSync(join(ws, '.crosscheck')).sort(), ['review.json']);
  });
});

describe('symbolic links', () => {
  it('a .crosscheck that links out of the workspace is neither read nor written through', async () => {
    const ws = folder();
    const outside = folder();
    writeFileSync(join(outside, 'review.json'), 'precious unrelated file\n');
    symlinkSync(outside, join(ws, '.crosscheck'));
    const load = loadReview(ws);
    assert.equal(load.status, 'invalid');
    if (load.status === 'invalid') assert.match(load.error, /symbolic link out of the workspace/);
    const write = await updateReview(ws, (f) => withEntry(f, 'checked', mark(1)));
    assert.equal(write.ok, false);
    assert.equal(readFileSync(join(outside, 'review.json'), 'utf8'), 'precious unrelated file\n');
    assert.deepEqual(readdirSync(outside), ['review.json']);
  });

  it('a .crosscheck that links to a folder inside the workspace is used', async () => {
    const ws = folder();
    mkdirSync(join(ws, 'shared-review'));
    symlinkSync(join(ws, 'shared-review'), join(ws, '.crosscheck'));
    const write = await updateReview(ws, (f) => withEntry(f, 'checked', mark(1)));
    assert.ok(write.ok);
    assert.equal(loadReview(ws).status, 'ok');
  });

  it('a review.json that is a symbolic link (to /dev/zero, or to a file elsewhere) is not followed', () => {
    for (const target of ['/dev/zero', join(base, 'elsewhere.json')]) {
      const ws = folder();
      writeFileSync(join(base, 'elsewhere.json'), serializeReview(withEntry(emptyReview(), 'checked', mark(1))));
      mkdirSync(join(ws, '.crosscheck'));
      symlinkSync(target, reviewPath(ws));
      const load = loadReview(ws);
      assert.equal(load.status, 'invalid', target);
    }
  });
});

describe('bounded reads of the review file', () => {
  it('a FIFO is refused at once (no hang)', () => {
    const ws = folder();
    mkdirSync(join(ws, '.crosscheck'));
    execFileSync('mkfifo', [reviewPath(ws)]);
    const began = Date.now();
    const load = loadReview(ws);
    assert.equal(load.status, 'invalid');
    if (load.status === 'invalid') assert.match(load.error, /FIFO/);
    assert.ok(Date.now() - began < 2000);
  });

  it('a file over the size limit is refused, and a write that would pass the limit is refused', async () => {
    const ws = folder();
    mkdirSync(join(ws, '.crosscheck'));
    writeFileSync(reviewPath(ws), Buffer.alloc(MAX_REVIEW_BYTES + 10, 0x20));
    const load = loadReview(ws);
    assert.equal(load.status, 'invalid');
    if (load.status === 'invalid') assert.match(load.error, /larger than the limit/);
    const ws2 = folder();
    const big = 'x'.repeat(1024);
    const write = await updateReview(ws2, (f) => {
      let file = f;
      for (let i = 0; i < MAX_REVIEW_BYTES / 1024 + 10; i++)
        file = { ...file, checked: [...file.checked, { path: 'a', text: big, start: i }] };
      return file;
    });
    assert.equal(write.ok, false);
    if (!write.ok) assert.match(write.error, /exceed its limit/);
  });
});

describe('the CLI and review files', () => {
  const CLI = join(ROOT, 'dist', 'cli.js');
  const cli = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

  it('reports a review file that does not parse, leaves it as it is, checks everything and exits 2', () => {
    const ws = folder();
    writeFileSync(join(ws, 'a.txt'), 'Paris, 13 mai 2024 — Microsoft va investir 4 milliards d’euros en France.\n');
    mkdirSync(join(ws, '.crosscheck'));
    writeFileSync(reviewPath(ws), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> x\n');
    const run = cli(ws, 'check', '--format', 'json', '-q', '.');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /review file not applied: .*merge-conflict markers/);
    assert.equal(JSON.parse(run.stdout).documents.length, 1);
    assert.equal(readFileSync(reviewPath(ws), 'utf8'), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> x\n');
  });

  it('a review file that is a FIFO, a device or over the size limit: refused at once, every article checked, exit 2', () => {
    const ws = folder();
    writeFileSync(join(ws, 'a.txt'), 'Paris, 13 mai 2024 — Microsoft va investir 4 milliards d’euros en France.\n');
    mkdirSync(join(ws, '.crosscheck'));
    const fifo = join(base, `pipe${n++}.json`);
    execFileSync('mkfifo', [fifo]);
    const cases: [string, () => string[], RegExp][] = [
      [
        'the folder’s review.json is a FIFO',
        () => (execFileSync('mkfifo', [reviewPath(ws)]), ['.']),
        /review\.json: error: review file not applied: it is a named pipe \(FIFO\)/,
      ],
      ['--review names a FIFO', () => ['--review', fifo, '.'], /pipe\d+\.json: error: review file not applied: .*FIFO/],
      [
        '--review names a device',
        () => ['--review', '/dev/zero', '.'],
        /\/dev\/zero: error: review file not applied: .*device/,
      ],
      [
        'the folder’s review.json is over the limit',
        () => (writeFileSync(reviewPath(ws), Buffer.alloc(MAX_REVIEW_BYTES + 1, 0x20)), ['.']),
        /review\.json: error: review file not applied: it is larger than the limit of 8 MB/,
      ],
    ];
    for (const [what, setUp, message] of cases) {
      rmSync(reviewPath(ws), { force: true });
      const args = setUp();
      const began = Date.now();
      const run = cli(ws, 'check', '--format', 'json', ...args);
      assert.equal(run.signal, null, `${what}: the CLI hung`);
      assert.ok(Date.now() - began < 30_000, what);
      assert.equal(run.status, 2, `${what}: ${run.stderr}`);
      assert.match(run.stderr, message, what);
      assert.doesNotMatch(run.stderr, /applied review file/, what);
      assert.equal(JSON.parse(run.stdout).documents[0].figures.length > 0, true, `${what}: the article is still read`);
    }
    // the positive twin: a regular review file beside them is applied, and the CLI says which one
    rmSync(reviewPath(ws), { force: true });
    writeFileSync(
      reviewPath(ws),
      serializeReview(withEntry(emptyReview(), 'checked', { path: 'a.txt', text: '4 milliards d’euros', start: 43 })),
    );
    const run = cli(ws, 'check', '--format', 'json', '.');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /applied review file .*review\.json: 1 figure marked checked, 0 ignored/);
  });

  it('never applies a review file from a folder above the ones given, even under -q', () => {
    const parent = folder();
    const ws = join(parent, 'story');
    mkdirSync(ws);
    const texts = [
      'Paris — Microsoft va investir 4 milliards d’euros en France.\n',
      'Paris — Microsoft investira 5 milliards d’euros en France.\n',
    ];
    texts.forEach((t, i) => writeFileSync(join(ws, `${i}.txt`), t));
    const baseline = cli(ws, 'check', '--format', 'json', '--fail-on', 'conflict', '-q', '.');
    const diagnostics = JSON.parse(baseline.stdout).diagnostics as { path: string; start: number; end: number }[];
    assert.ok(diagnostics.length > 0 && baseline.status === 1, 'the two sources contradict each other');
    mkdirSync(join(parent, '.crosscheck'));
    writeFileSync(
      join(parent, '.crosscheck', 'review.json'),
      JSON.stringify({
        version: 1,
        ignored: diagnostics.map((d) => ({
          path: `story/${d.path}`,
          text: readFileSync(join(ws, d.path), 'utf8').slice(d.start, d.end),
          start: d.start,
        })),
      }),
    );
    const run = cli(ws, 'check', '--format', 'json', '--fail-on', 'conflict', '-q', '.');
    assert.equal(run.status, baseline.status, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).diagnostics, diagnostics);
  });

  it('parseReview never throws on arbitrary text', () => {
    for (const text of [
      '',
      '\u0000',
      '{"checked":null}',
      '{"__proto__":{"x":1}}',
      '{"checked":[{"path":"a","text":"b","start":1e400}]}',
    ]) {
      assert.doesNotThrow(() => parseReview(text));
    }
  });
});
