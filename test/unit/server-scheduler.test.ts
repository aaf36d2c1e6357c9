/**
 * CheckScheduler (src/server/scheduler.ts) driven with fakes: debouncing, one check at a time, dropping results of
 * older texts, and a failed check reported once, not retried until something changes, the server still serving.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { AnalyzedDocument, WorkspaceResult } from '../../src/core/types';
import { CheckScheduler, type Timers } from '../../src/server/scheduler';

interface Prepared {
  docs: AnalyzedDocument[];
  options: object;
  revision: number;
}

/** A host whose "texts" are a revision number; check() can be told to fail or to wait. */
class FakeHost {
  revision = 1;
  committed = 0;
  checks = 0;
  failures: string[] = [];
  published = 0;
  idles = 0;
  fail: string | undefined;
  /** Called while a check runs (to change the texts meanwhile). */
  during: (() => void) | undefined;
  get stale(): boolean {
    return this.committed !== this.revision;
  }
  prepare(): Prepared {
    return { docs: [], options: {}, revision: this.revision };
  }
  commit(prepared: Prepared): boolean {
    if (prepared.revision !== this.revision) return false;
    this.committed = prepared.revision;
    return true;
  }
  async check(): Promise<WorkspaceResult> {
    this.checks++;
    await Promise.resolve();
    this.during?.();
    if (this.fail) throw new Error(this.fail);
    return { documents: [], claims: [], diagnostics: [], claimOfFigure: new Map() };
  }
  failed(message: string): void {
    this.failures.push(message);
  }
  idle(): void {
    this.idles++;
  }
}

/** Host methods bound, `published` counted. */
function scheduler(host: FakeHost, timers?: Timers): CheckScheduler<Prepared> {
  return new CheckScheduler<Prepared>(
    {
      get stale() {
        return host.stale;
      },
      prepare: () => host.prepare(),
      commit: (p) => host.commit(p),
      check: () => host.check(),
      published: () => {
        host.published++;
      },
      idle: () => host.idle(),
      failed: (m) => host.failed(m),
    },
    timers,
  );
}

/** Timers the test fires by hand. */
function manualTimers(): Timers & { fire(): void; pending: number } {
  let next: (() => void) | undefined;
  let handles = 0;
  return {
    setTimeout: (fn) => {
      next = fn;
      return ++handles;
    },
    clearTimeout: () => {
      next = undefined;
    },
    fire() {
      const fn = next;
      next = undefined;
      fn?.();
    },
    get pending() {
      return next ? 1 : 0;
    },
  };
}

describe('check scheduler', () => {
  it('debounces: many changes within the delay make one check', async () => {
    const host = new FakeHost();
    const timers = manualTimers();
    const s = scheduler(host, timers);
    for (let i = 0; i < 5; i++) {
      host.revision++;
      s.schedule(300);
    }
    assert.equal(host.checks, 0);
    timers.fire();
    await s.settled();
    assert.equal(host.checks, 1);
    assert.equal(host.stale, false);
    assert.equal(host.published, 1);
  });

  it('does nothing but refresh statuses when nothing changed', () => {
    const host = new FakeHost();
    host.committed = host.revision;
    const timers = manualTimers();
    scheduler(host, timers).schedule(0);
    assert.equal(timers.pending, 0);
    assert.equal(host.idles, 1);
  });

  it('drops a result computed while the texts changed and checks again', async () => {
    const host = new FakeHost();
    let once = true;
    host.during = () => {
      if (once) host.revision++;
      once = false;
    };
    const s = scheduler(host);
    await s.run();
    assert.equal(host.checks, 2);
    assert.equal(host.published, 1);
    assert.equal(host.stale, false);
  });

  it('runs one check at a time: a second run() joins the one under way', async () => {
    const host = new FakeHost();
    const s = scheduler(host);
    const a = s.run();
    const b = s.run();
    assert.equal(a, b);
    await a;
    assert.equal(host.checks, 1);
  });

  it('waits for no check while a scan reads the workspace', async () => {
    const host = new FakeHost();
    const timers = manualTimers();
    const s = scheduler(host, timers);
    s.setScanning(true);
    s.schedule(0);
    assert.equal(timers.pending, 0);
    await s.settled();
    assert.equal(host.checks, 0);
  });

  it('reports a failed check once, does not retry it until something changes, and keeps serving', async () => {
    const host = new FakeHost();
    host.fail = 'the check worker failed: out of memory';
    const s = scheduler(host);
    await s.run();
    assert.deepEqual(host.failures, ['the check worker failed: out of memory']);
    assert.equal(host.stale, false, 'the failed texts count as checked: no loop retrying them');
    assert.equal(host.published, 1, 'figures are still published, without comparison');
    await s.settled();
    assert.equal(host.checks, 1);
    // The same failure after an edit is not reported again; a success then a new failure is.
    host.revision++;
    await s.run();
    assert.equal(host.failures.length, 1);
    host.fail = undefined;
    host.revision++;
    await s.run();
    host.fail = 'the check worker failed: out of memory';
    host.revision++;
    await s.run();
    assert.equal(host.failures.length, 2);
    assert.equal(s.failures, 3);
  });
});
