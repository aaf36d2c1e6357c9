/**
 * The real language server (dist/server.js, spawned over stdio) on hostile folders (issue 10): FIFOs and
 * endless files never hang it, a broken review file is reported once and never overwritten, a `.crosscheck`
 * linking out of the workspace is never written through, and after all of it the server still answers shutdown.
 * Needs a build (npm test builds first).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { LspClient } from './lsp-client';

const base = mkdtempSync(join(tmpdir(), 'crosscheck-robust-server-'));
const clients: LspClient[] = [];
after(() => {
  for (const c of clients) c.kill();
  rmSync(base, { recursive: true, force: true });
});
let n = 0;
function workspace(): string {
  const dir = join(base, `ws${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), 'Paris — Microsoft va investir 4 milliards d’euros en France.\n');
  writeFileSync(join(dir, 'b.txt'), 'Paris — Microsoft investira 5 milliards d’euros en France.\n');
  return dir;
}
function client(): LspClient {
  const c = new LspClient();
  clients.push(c);
  return c;
}
interface Snapshot {
  documents: { path: string }[];
  diagnostics: { path: string; start: number; end: number }[];
}

describe('language server on hostile folders', () => {
  it('a FIFO review file and articles that are FIFOs or links to /dev/zero: it checks the rest and still answers', async () => {
    const ws = workspace();
    mkdirSync(join(ws, '.crosscheck'));
    execFileSync('mkfifo', [join(ws, '.crosscheck', 'review.json')]);
    execFileSync('mkfifo', [join(ws, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(ws, 'zero.txt'));
    const c = client();
    await c.start(ws);
    const snapshot = await c.request<Snapshot>('crosscheck/snapshot', null);
    assert.deepEqual(snapshot.documents.map((d) => d.path.split('/').pop()).sort(), ['a.txt', 'b.txt']);
    assert.ok(snapshot.diagnostics.length > 0, 'the two good articles are still compared');
    const warnings = c.messages('window/showMessageRequest').concat(c.messages('window/showMessage'));
    assert.equal(warnings.filter((w) => /review file/.test(JSON.stringify(w))).length, 1, JSON.stringify(warnings));
    assert.equal(await c.stop(), 0);
  });

  it('a review file with merge-conflict markers is reported once, never overwritten by "Mark as checked"', async () => {
    const ws = workspace();
    mkdirSync(join(ws, '.crosscheck'));
    const conflicted = '{\n<<<<<<< HEAD\n  "checked": []\n=======\n  "ignored": []\n>>>>>>> theirs\n}\n';
    writeFileSync(join(ws, '.crosscheck', 'review.json'), conflicted);
    const c = client();
    await c.start(ws);
    const snapshot = await c.request<Snapshot>('crosscheck/snapshot', null);
    const d = snapshot.diagnostics[0]!;
    const uri = pathToFileURL(d.path.startsWith('/') ? d.path : join(ws, d.path)).href;
    const result = await c.request<{ figure: string | null; error?: string }>('crosscheck/review', {
      action: 'check',
      uri,
      start: d.start,
      end: d.end,
    });
    assert.ok(result.figure);
    assert.match(result.error ?? '', /merge-conflict markers/);
    assert.equal(readFileSync(join(ws, '.crosscheck', 'review.json'), 'utf8'), conflicted);
    assert.deepEqual(readdirSync(join(ws, '.crosscheck')), ['review.json']);
    const offers = c.messages('window/showMessageRequest');
    assert.equal(offers.length, 1, 'reported once, with a button to open the file');
    assert.match(JSON.stringify(offers[0]), /Open review file/);
    assert.equal(await c.stop(), 0);
  });

  it('a .crosscheck linking out of the workspace is never written through', async () => {
    const ws = workspace();
    const outside = join(base, `outside${n++}`);
    mkdirSync(outside);
    writeFileSync(join(outside, 'review.json'), 'an unrelated file\n');
    symlinkSync(outside, join(ws, '.crosscheck'));
    const c = client();
    await c.start(ws);
    const snapshot = await c.request<Snapshot>('crosscheck/snapshot', null);
    const d = snapshot.diagnostics[0]!;
    const uri = pathToFileURL(d.path.startsWith('/') ? d.path : join(ws, d.path)).href;
    const result = await c.request<{ error?: string }>('crosscheck/review', {
      action: 'ignore',
      uri,
      start: d.start,
      end: d.end,
    });
    assert.match(result.error ?? '', /symbolic link out of the workspace/);
    assert.equal(readFileSync(join(outside, 'review.json'), 'utf8'), 'an unrelated file\n');
    assert.deepEqual(readdirSync(outside), ['review.json']);
    assert.equal(await c.stop(), 0);
  });

  it('a mark made by another window meanwhile is kept when this window marks', async () => {
    const ws = workspace();
    const c = client();
    await c.start(ws);
    const snapshot = await c.request<Snapshot>('crosscheck/snapshot', null);
    // The other window wrote its mark after this server loaded the (absent) review file.
    mkdirSync(join(ws, '.crosscheck'));
    writeFileSync(
      join(ws, '.crosscheck', 'review.json'),
      JSON.stringify({ version: 1, checked: [{ path: 'other.txt', text: '7 %', start: 3 }] }),
    );
    const d = snapshot.diagnostics[0]!;
    const uri = pathToFileURL(d.path.startsWith('/') ? d.path : join(ws, d.path)).href;
    const result = await c.request<{ error?: string }>('crosscheck/review', {
      action: 'check',
      uri,
      start: d.start,
      end: d.end,
    });
    assert.equal(result.error, undefined);
    const file = JSON.parse(readFileSync(join(ws, '.crosscheck', 'review.json'), 'utf8'));
    assert.equal(file.checked.length, 2);
    assert.ok(file.checked.some((e: { path: string }) => e.path === 'other.txt'));
    assert.equal(await c.stop(), 0);
  });
});
