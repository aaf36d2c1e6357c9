/**
 * The cross-file stages (claims, comparison) in a worker thread. On a workspace of thousands of articles they take
 * seconds; run on the server's own thread they would hold every hover and quick fix behind them. The worker keeps
 * its own copy of the analyzed documents, so each check sends only the documents that changed
 * (worker-protocol.ts types every message).
 *
 * A check that fails is never run again on the server's thread: whatever made the worker fail (an engine bug, a
 * pathological article exhausting memory) would then take the whole server down. The worker runs under a heap
 * limit, so running out of memory ends the worker, not the server; a dead worker is replaced at the next check.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import { checkWorkspace, type ClaimOptions } from '../core/workspace';
import type { AnalyzedDocument, WorkspaceResult } from '../core/types';
import { WORKER_DATA, isFromWorker, type CheckRequest, type FromWorker, type ToWorker } from './worker-protocol';

export type { CheckRequest, FromWorker as CheckResponse } from './worker-protocol';

/** The check did not complete; `message` is one line for the user (details went to the log). */
export class CheckFailure extends Error {}

export function runEngine(docs: readonly AnalyzedDocument[], options: ClaimOptions): WorkspaceResult {
  return checkWorkspace(docs, options);
}

/** The worker's side: answers check requests until the server exits. */
export function serveChecks(port: MessagePort): void {
  const docs = new Map<string, AnalyzedDocument>();
  port.on('message', (req: ToWorker) => {
    for (const path of req.remove) docs.delete(path);
    for (const doc of req.upsert) docs.set(doc.path, doc);
    let response: FromWorker;
    try {
      const list = req.order.map((p) => docs.get(p)).filter((d): d is AnalyzedDocument => d !== undefined);
      const began = performance.now();
      const result = runEngine(list, req.options);
      const engineMs = performance.now() - began;
      response = {
        kind: 'done',
        id: req.id,
        claims: result.claims,
        diagnostics: result.diagnostics,
        claimOfFigure: [...result.claimOfFigure],
        engineMs,
      };
    } catch (err) {
      response = { kind: 'failed', id: req.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(response);
  });
}

export interface RunnerOptions {
  /** The bundle that runs as the worker; undefined checks on the calling thread (unit tests run from source). */
  workerScript: string | undefined;
  log: (message: string) => void;
  /** The worker's heap limit: past it the worker ends (and is replaced), the server does not. */
  maxHeapMb?: number;
  /** A check that takes longer is abandoned and its worker ended (a check of 10 000 articles takes ~3 s). */
  timeoutMs?: number;
}

const DEFAULT_MAX_HEAP_MB = 2048;
const DEFAULT_TIMEOUT_MS = 120_000;

interface Pending {
  resolve: (r: FromWorker) => void;
  reject: (e: CheckFailure) => void;
  timer: NodeJS.Timeout;
}

/** The server's side of the worker. */
export class CheckRunner {
  private worker: Worker | undefined;
  private readonly sent = new Map<string, AnalyzedDocument>();
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Where the last check's time went (the server logs it): documents sent, engine time, the rest is transfer. */
  lastTiming = { sent: 0, engineMs: 0, totalMs: 0 };
  /** Workers started so far (the first one included). */
  started = 0;

  constructor(private readonly opts: RunnerOptions) {}

  private startWorker(): Worker {
    const worker = new Worker(this.opts.workerScript!, {
      workerData: WORKER_DATA,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    });
    this.started++;
    worker.on('message', (r: unknown) => {
      if (!isFromWorker(r)) {
        this.opts.log('the check worker sent a message of an unknown shape: ignored');
        return;
      }
      const p = this.pending.get(r.id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(r.id);
      p.resolve(r);
    });
    worker.on('error', (err) => this.lose(worker, `the check worker failed: ${err.message}`));
    worker.on('exit', (code) => this.lose(worker, `the check worker exited (code ${code})`));
    worker.unref();
    return worker;
  }

  /** A worker is gone: checks under way fail, and the next check starts a new worker with a full upload. */
  private lose(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.sent.clear();
    this.opts.log(message);
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new CheckFailure(message));
      this.pending.delete(id);
    }
  }

  /** Rejects with CheckFailure when the check fails; never runs a worker's check on this thread. */
  async check(docs: readonly AnalyzedDocument[], options: ClaimOptions): Promise<WorkspaceResult> {
    const began = performance.now();
    if (this.opts.workerScript === undefined) {
      const result = runEngine(docs, options);
      const ms = performance.now() - began;
      this.lastTiming = { sent: 0, engineMs: ms, totalMs: ms };
      return result;
    }
    let worker = this.worker;
    if (!worker) {
      try {
        worker = this.worker = this.startWorker();
      } catch (err) {
        throw new CheckFailure(`no check worker: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const upsert: AnalyzedDocument[] = [];
    const paths = new Set<string>();
    for (const d of docs) {
      paths.add(d.path);
      if (this.sent.get(d.path) !== d) upsert.push(d);
    }
    const remove = [...this.sent.keys()].filter((p) => !paths.has(p));
    const id = this.nextId++;
    const request: CheckRequest = { kind: 'check', id, upsert, remove, order: docs.map((d) => d.path), options };
    const response = await new Promise<FromWorker>((resolve, reject) => {
      const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const timer = setTimeout(() => {
        this.lose(worker, `the check took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`);
        void worker.terminate();
      }, timeoutMs);
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage(request satisfies ToWorker);
    });
    if (response.kind === 'failed') {
      // The worker's copy may now differ from ours: start over with a full upload next time.
      this.sent.clear();
      this.opts.log(`check failed in the worker: ${response.error}`);
      throw new CheckFailure(firstLine(response.error));
    }
    for (const p of remove) this.sent.delete(p);
    for (const d of upsert) this.sent.set(d.path, d);
    this.lastTiming = { sent: upsert.length, engineMs: response.engineMs, totalMs: performance.now() - began };
    return {
      documents: [...docs],
      claims: response.claims,
      diagnostics: response.diagnostics,
      claimOfFigure: new Map(response.claimOfFigure),
    };
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? text;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
