/**
 * The server's check worker failing every way it can (issue 10, item 2): the engine throws, the worker runs out
 * of memory, hangs, or dies. CheckRunner must reject with a CheckFailure (never rerun the check on the server's
 * thread), and start a new worker for the next check.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CheckFailure, CheckRunner } from '../../src/server/check-worker';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-worker-'));
// The runner unrefs its worker and timers (the server's connection keeps its process alive): the test does here.
const keepAlive = setInterval(() => undefined, 1000);
after(() => {
  clearInterval(keepAlive);
  rmSync(dir, { recursive: true, force: true });
});

/** A worker speaking worker-protocol.ts that misbehaves on its first request when `mode` says so. */
function workerScript(mode: 'throw' | 'oom' | 'hang' | 'exit' | 'garbage'): string {
  const path = join(dir, `${mode}.mjs`);
  writeFileSync(
    path,
    `
    import { parentPort } from 'node:worker_threads';
    import { existsSync, writeFileSync } from 'node:fs';
    const marker = ${JSON.stringify(join(dir, `${mode}.once`))};
    parentPort.on('message', (req) => {
      const first = !existsSync(marker);
      if (first) writeFileSync(marker, '');
      const ok = () => parentPort.postMessage({ kind: 'done', id: req.id, claims: [], diagnostics: [], claimOfFigure: [], engineMs: 0 });
      if (!first) return ok();
      switch (${JSON.stringify(mode)}) {
        case 'throw': return parentPort.postMessage({ kind: 'failed', id: req.id, error: 'Error: engine bug\\n    at somewhere' });
        case 'oom': { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)); }
        case 'hang': for (;;) {}
        case 'exit': process.exit(7);
        case 'garbage': parentPort.postMessage({ nonsense: true }); return ok();
      }
    });`,
  );
  return path;
}

// Only the hanging worker needs a short timeout; the others get a long one, so that a worker slow to start on a
// loaded machine is not mistaken for a hang (that made 'throw' see a replaced worker: started 2 instead of 1).
const runner = (mode: Parameters<typeof workerScript>[0], logs: string[]) =>
  new CheckRunner({
    workerScript: workerScript(mode),
    log: (m) => logs.push(m),
    maxHeapMb: 32,
    timeoutMs: mode === 'hang' ? 1500 : 20_000,
  });

describe('check worker failures', () => {
  for (const mode of ['throw', 'oom', 'hang', 'exit'] as const) {
    it(`${mode}: the check fails with a message, nothing runs on this thread, the next check works`, async () => {
      const logs: string[] = [];
      const r = runner(mode, logs);
      await assert.rejects(r.check([], {}), (err: unknown) => err instanceof CheckFailure && err.message.length > 0);
      const result = await r.check([], {});
      assert.deepEqual(result.claims, []);
      // An engine error leaves the worker alive; every other failure replaced it.
      assert.equal(r.started, mode === 'throw' ? 1 : 2, logs.join('\n'));
      assert.ok(logs.length > 0, 'the failure is logged');
      r.dispose();
    });
  }

  it('a message of another shape is ignored (and logged), the right one answers', async () => {
    const logs: string[] = [];
    const r = runner('garbage', logs);
    const result = await r.check([], {});
    assert.deepEqual(result.diagnostics, []);
    assert.match(logs.join('\n'), /unknown shape/);
    r.dispose();
  });
});
