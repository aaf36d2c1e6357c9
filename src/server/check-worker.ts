/**
 * The cross-file stages (claims, comparison) in a worker thread. On a workspace of thousands of articles they take
 * seconds; run on the server's own thread they would hold every hover and quick fix behind them. The worker keeps
 * its own copy of the analyzed documents, so each check sends only the documents that changed.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import { checkWorkspace } from '../core/workspace';
import type { AnalyzedDocument, Claim, Diagnostic, WorkspaceResult } from '../core/types';

export interface CheckRequest {
  id: number;
  upsert: AnalyzedDocument[];
  remove: string[];
  /** Every document's path, in the order the engine sees them. */
  order: string[];
  options: unknown;
}

export type CheckResponse =
  | { id: number; claims: Claim[]; diagnostics: Diagnostic[]; claimOfFigure: [string, string][]; engineMs: number }
  | { id: number; error: string };

/** checkWorkspace with its options (interfaces.md: `checkWorkspace(docs, { rules })`). */
export function runEngine(docs: readonly AnalyzedDocument[], options: unknown): WorkspaceResult {
  // Typed loosely so this call stays valid while the engine's signature grows.
  const run = checkWorkspace as (d: readonly AnalyzedDocument[], o?: unknown) => WorkspaceResult;
  return run(docs, options);
}

/** The worker's side: answers check requests until the server exits. */
export function serveChecks(port: MessagePort): void {
  const docs = new Map<string, AnalyzedDocument>();
  port.on('message', (req: CheckRequest) => {
    for (const path of req.remove) docs.delete(path);
    for (const doc of req.upsert) docs.set(doc.path, doc);
    let response: CheckResponse;
    try {
      const list = req.order.map((p) => docs.get(p)).filter((d): d is AnalyzedDocument => d !== undefined);
      const began = performance.now();
      const result = runEngine(list, req.options);
      const engineMs = performance.now() - began;
      response = { id: req.id, claims: result.claims, diagnostics: result.diagnostics, claimOfFigure: [...result.claimOfFigure], engineMs };
    } catch (err) {
      response = { id: req.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    port.postMessage(response);
  });
}

/**
 * The server's side. Falls back to checking on the server's thread when no worker can be started (the worker is
 * this same bundle, so that only happens outside the bundle, in tests).
 */
export class CheckRunner {
  private worker: Worker | undefined;
  private readonly sent = new Map<string, AnalyzedDocument>();
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: CheckResponse) => void }>();
  /** Where the last check's time went (the server logs it): documents sent, engine time, the rest is transfer. */
  lastTiming = { sent: 0, engineMs: 0, totalMs: 0 };

  constructor(workerScript: string | undefined, private readonly log: (message: string) => void) {
    if (!workerScript) return;
    try {
      this.worker = new Worker(workerScript, { workerData: { crosscheckRole: 'check' } });
      this.worker.on('message', (r: CheckResponse) => {
        this.pending.get(r.id)?.resolve(r);
        this.pending.delete(r.id);
      });
      this.worker.on('error', (err) => this.fail(`the check worker failed: ${err.message}`));
      this.worker.on('exit', (code) => this.fail(`the check worker exited (${code})`));
      this.worker.unref();
    } catch (err) {
      this.fail(`no check worker: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** From now on checks run on the server's thread; checks under way are answered with an error. */
  private fail(message: string): void {
    if (!this.worker) return;
    this.log(`${message}; checking on the server's thread instead`);
    this.worker = undefined;
    for (const [id, p] of this.pending) p.resolve({ id, error: message });
    this.pending.clear();
  }

  async check(docs: readonly AnalyzedDocument[], options: unknown): Promise<WorkspaceResult> {
    const worker = this.worker;
    const began = performance.now();
    if (!worker) {
      const result = runEngine(docs, options);
      const ms = performance.now() - began;
      this.lastTiming = { sent: 0, engineMs: ms, totalMs: ms };
      return result;
    }
    const upsert: AnalyzedDocument[] = [];
    const paths = new Set<string>();
    for (const d of docs) {
      paths.add(d.path);
      if (this.sent.get(d.path) !== d) upsert.push(d);
    }
    const remove = [...this.sent.keys()].filter((p) => !paths.has(p));
    const id = this.nextId++;
    const response = await new Promise<CheckResponse>((resolve) => {
      this.pending.set(id, { resolve });
      worker.postMessage({ id, upsert, remove, order: docs.map((d) => d.path), options } satisfies CheckRequest);
    });
    if ('error' in response) {
      // The worker's copy may now differ from ours: start over with a full upload next time.
      this.sent.clear();
      if (this.worker) this.log(`check failed in the worker: ${response.error}`);
      return runEngine(docs, options);
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
    void this.worker?.terminate();
  }
}
