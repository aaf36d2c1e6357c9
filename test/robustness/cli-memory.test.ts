/**
 * The CLI survives a file whose analysis exhausts memory (issue 10: one bad file never loses the others). The work
 * runs in a child under --max-memory (src/cli/supervise.ts): when the child dies on a file, that file is reported and
 * skipped, every other file is still analyzed, compared and written, and the exit code is 3. Spawned `node
 * dist/cli.js`, as users meet it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { MIN_MEMORY_MB, parseArgs } from '../../src/cli/args';

const CLI = join(resolve(__dirname, '..', '..'), 'dist', 'cli.js');
const base = mkdtempSync(join(tmpdir(), 'crosscheck-robust-memory-'));
after(() => rmSync(base, { recursive: true, force: true }));

interface Output {
  documents: { path: string; figures: unknown[] }[];
  claims: { status: string }[];
  diagnostics: { path: string; code: string }[];
}

/** Two articles that contradict each other, and a list of numbers (2 MB: inside the 5 MB size limit). */
function workspace(name: string): string {
  const dir = join(base, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), 'Paris — Microsoft va investir 4 milliards d’euros en France.\n');
  writeFileSync(join(dir, 'b.txt'), 'Paris — Microsoft investira 5 milliards d’euros en France.\n');
  writeFileSync(join(dir, 'list.txt'), '12 345, 6,7 %, '.repeat(140_000));
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 1 << 28,
  });
  assert.equal(r.signal, null, `the CLI was killed (${r.signal}): it hung or ran out of time`);
  return r;
}

describe('a file that exhausts the memory limit', () => {
  it('is reported and skipped; the other files are compared and written; exit 3; no V8 dump', () => {
    const ws = workspace('small-limit');
    const run = cli(ws, 'check', '--format', 'json', '--max-memory', '96', '.');
    assert.equal(run.status, 3, run.stderr);
    assert.match(
      run.stderr,
      /list\.txt: error: the analysis of this file ran out of memory \(over --max-memory 96 MB\)/,
    );
    assert.match(run.stderr, /the file is skipped, every other file is checked/);
    assert.doesNotMatch(run.stderr, /Last few GCs|Native stack trace/, 'V8 dump left in the messages');
    const out = JSON.parse(run.stdout) as Output;
    assert.deepEqual(out.documents.map((d) => d.path).sort(), ['a.txt', 'b.txt']);
    // the comparison of the others still ran: 4 against 5 billion euros
    assert.deepEqual(
      out.claims.map((c) => c.status),
      ['conflict'],
    );
    assert.deepEqual(out.diagnostics.map((d) => d.path).sort(), ['a.txt', 'b.txt']);
  });

  it('is analyzed like any other under the default limit (exit 0, every file written)', () => {
    const ws = workspace('default-limit');
    const run = cli(ws, 'check', '--format', 'json', '--quiet', '.');
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Output;
    assert.deepEqual(out.documents.map((d) => d.path).sort(), ['a.txt', 'b.txt', 'list.txt']);
    assert.ok(out.documents.find((d) => d.path === 'list.txt')!.figures.length >= 140_000);
    assert.deepEqual(
      out.claims.map((c) => c.status),
      ['conflict'],
    );
  });
});

describe('--max-memory', () => {
  it('takes a whole number of megabytes from the smallest Node starts with', () => {
    const ok = parseArgs(['check', '--max-memory', '512', 'x']);
    assert.equal(ok.kind === 'run' && ok.options.maxMemoryMb, 512);
    for (const bad of ['abc', '1.5', '0', String(MIN_MEMORY_MB - 1)]) {
      const r = parseArgs(['check', `--max-memory=${bad}`, 'x']);
      assert.equal(r.kind, 'usage-error', bad);
    }
  });

  it('a bad value is a usage error of the CLI (exit 2), before any file is read', () => {
    const run = cli(base, 'check', '--max-memory', '8', 'nowhere');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--max-memory takes a whole number of megabytes, at least 32, got '8'/);
  });
});
