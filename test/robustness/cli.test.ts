/**
 * The CLI (spawned `node dist/cli.js`, with a timeout) on hostile folders (issue 10, items 1, 2, 8): reads that
 * would never end, files swapped for FIFOs, escape and bell characters and newlines in file names. One bad file
 * never stops or loses the others, and the exit code says what happened.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { discoverArticles, readArticle } from '../../src/node/articles';
import { readBounded } from '../../src/node/bounded-read';

const CLI = join(resolve(__dirname, '..', '..'), 'dist', 'cli.js');
const base = mkdtempSync(join(tmpdir(), 'crosscheck-robust-cli-'));
after(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function folder(): string {
  const dir = join(base, `ws${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), 'Paris — Microsoft va investir 4 milliards d’euros en France.\n');
  writeFileSync(join(dir, 'b.txt'), 'Paris — Microsoft investira 5 milliards d’euros en France.\n');
  return dir;
}
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26 });
  assert.equal(r.signal, null, `the CLI was killed (${r.signal}): it hung or ran out of time`);
  return r;
}

describe('reads that never end', () => {
  it('FIFOs and links to /dev/zero and /proc/self/pagemap: reported, never read, the rest checked, exit 2', () => {
    const ws = folder();
    execFileSync('mkfifo', [join(ws, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(ws, 'zero.txt'));
    symlinkSync('/proc/self/pagemap', join(ws, 'pagemap.txt'));
    // Named on the command line too: a file given by name is read without the folder walk's filter.
    const run = cli(ws, 'check', '--format', 'json', '.', 'pipe.txt', 'zero.txt', 'pagemap.txt');
    assert.equal(run.status, 2, run.stderr);
    const out = JSON.parse(run.stdout) as { documents: { path: string }[]; diagnostics: unknown[] };
    assert.deepEqual(out.documents.map((d) => d.path).sort(), ['a.txt', 'b.txt']);
    assert.ok(out.diagnostics.length > 0, 'the good files are still compared');
    assert.match(run.stderr, /pipe\.txt: error: is a named pipe/);
    assert.match(run.stderr, /zero\.txt: error: is a device/);
    // pagemap refuses reads of the wrong alignment (EINVAL); either way it is reported, never read to its end.
    assert.match(run.stderr, /pagemap\.txt: error: /);
  });

  it('a file swapped for a FIFO between discovery and read is refused at once', () => {
    const ws = folder();
    const found = discoverArticles([ws]).files;
    assert.equal(found.length, 2);
    rmSync(found[0]!);
    execFileSync('mkfifo', [found[0]!]);
    const began = Date.now();
    const read = readArticle(found[0]!);
    assert.equal(read.ok, false);
    assert.ok(Date.now() - began < 1000);
    // and one swapped for a link to /dev/zero reads at most the limit plus one byte
    rmSync(found[1]!);
    symlinkSync('/dev/zero', found[1]!);
    assert.equal(readArticle(found[1]!, { maxBytes: 1024 }).ok, false);
  });

  it('a /proc file that says it is empty is read only to the limit plus one byte', () => {
    const read = readBounded('/proc/self/maps', { maxBytes: 16 });
    assert.equal(read.ok, false);
    if (!read.ok) assert.equal(read.reason, 'too-large');
    const small = readBounded('/proc/self/stat', { maxBytes: 1 << 20 });
    assert.ok(small.ok, 'a small /proc file is read whole');
  });
});

describe('control characters in names and text', () => {
  it('escape, bell and newline in file names never reach the terminal; each finding is one line', () => {
    const ws = folder();
    const evil = 'x\u001b]0;pwned\u0007\nfake.txt:1:1: error: forged [conflict].txt';
    renameSync(join(ws, 'b.txt'), join(ws, evil));
    for (const format of ['text'] as const) {
      const check = cli(ws, 'check', '--format', format, '.');
      const extract = cli(ws, 'extract', '--format', format, '.');
      for (const out of [check.stdout, check.stderr, extract.stdout, extract.stderr]) {
        assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, JSON.stringify(out));
      }
      assert.ok(
        check.stdout.split('\n').every((line) => !line.startsWith('fake.txt')),
        'no forged finding line',
      );
      assert.match(check.stdout, /\[U\+001B\]\]0;pwned\[U\+0007\]\[U\+000A\]fake\.txt/);
      assert.equal(extract.stdout.split('\n').filter((l) => l.startsWith('x')).length, 1, extract.stdout);
    }
    // An unreadable file with such a name: its error message is escaped too.
    const bad = join(ws, 'bad\u001b[31m.txt');
    execFileSync('mkfifo', [bad]);
    const run = cli(ws, 'check', '.', bad);
    assert.doesNotMatch(run.stderr, /\u001b/);
    assert.match(run.stderr, /bad\[U\+001B\]\[31m\.txt: error/);
  });

  it('control characters inside an article are escaped in the text output', () => {
    const ws = folder();
    writeFileSync(join(ws, 'c.txt'), 'Paris — Microsoft va investir 4\u200b milliards\u001b[2J d’euros en France.\n');
    const run = cli(ws, 'extract', '.');
    assert.doesNotMatch(run.stdout, /[\u001b\u200b]/);
  });
});
