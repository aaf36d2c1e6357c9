/**
 * When checks run: debounced after typing and watcher bursts, one at a time, looping until a result matches the
 * current texts, held back while a scan reads the workspace. A failed check is reported once (per distinct
 * failure), recorded as the result for its texts (figures without comparison) so it is not retried until
 * something changes, and the server keeps serving. No connection here: server.ts wires it, and the unit tests
 * drive it with fakes.
 */
import type { AnalyzedDocument, WorkspaceResult } from '../core/types';
import type { ClaimOptions } from '../core/workspace';

export interface PreparedLike {
  docs: AnalyzedDocument[];
  options: ClaimOptions;
}

export interface SchedulerHost<P extends PreparedLike> {
  /** Something changed since the last committed check. */
  readonly stale: boolean;
  prepare(): P;
  /** Keeps a result unless the texts changed meanwhile; false when it was dropped. */
  commit(prepared: P, result: WorkspaceResult): boolean;
  check(docs: readonly AnalyzedDocument[], options: ClaimOptions): Promise<WorkspaceResult>;
  /** A result was kept (publish it). */
  published(timing: CheckTiming): void;
  /** Nothing needed checking: statuses may be refreshed. */
  idle(): void;
  /** A check failed; called once per distinct failure until a check succeeds. */
  failed(message: string): void;
}

export interface CheckTiming {
  kept: boolean;
  documents: number;
  prepareMs: number;
  runMs: number;
  commitMs: number;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export class CheckScheduler<P extends PreparedLike> {
  private timer: unknown;
  private checking: Promise<void> | undefined;
  private scanningValue = false;
  private lastFailure: string | undefined;
  /** Checks that failed since the server started (tests and the log read it). */
  failures = 0;

  constructor(
    private readonly host: SchedulerHost<P>,
    private readonly timers: Timers = realTimers,
  ) {}

  get scanning(): boolean {
    return this.scanningValue;
  }

  /** While a scan reads the workspace, nothing is checked: the scan checks once at its end. */
  setScanning(scanning: boolean): void {
    this.scanningValue = scanning;
  }

  get busy(): boolean {
    return this.checking !== undefined;
  }

  /**
   * Debounced: only the latest state is checked, so results of older versions of a text are never published.
   * Nothing to do when nothing the engine sees changed (a file opened or saved as it is on disk).
   */
  schedule(delayMs: number): void {
    if (this.scanningValue) return;
    if (!this.host.stale) {
      if (this.timer === undefined) this.host.idle();
      return;
    }
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => void this.run(), delayMs);
  }

  /** Checks until a result matches the current texts (a result computed while they changed is dropped). */
  run(): Promise<void> {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    // A check under way loops until its result matches the current texts: no second one is needed.
    if (this.checking) return this.checking;
    this.checking = this.loop().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async loop(): Promise<void> {
    do {
      const began = performance.now();
      const prepared = this.host.prepare();
      const preparedAt = performance.now();
      let result: WorkspaceResult;
      try {
        result = await this.host.check(prepared.docs, prepared.options);
        this.lastFailure = undefined;
      } catch (err) {
        this.failures++;
        const message = err instanceof Error ? err.message : String(err);
        if (message !== this.lastFailure) {
          this.lastFailure = message;
          this.host.failed(message);
        }
        // The texts stay as they were checked: their figures, no comparison. Not retried until something changes.
        result = { documents: [...prepared.docs], claims: [], diagnostics: [], claimOfFigure: new Map() };
      }
      const checkedAt = performance.now();
      const kept = this.host.commit(prepared, result);
      const committedAt = performance.now();
      if (kept) {
        this.host.published({
          kept,
          documents: prepared.docs.length,
          prepareMs: preparedAt - began,
          runMs: checkedAt - preparedAt,
          commitMs: committedAt - checkedAt,
        });
      }
    } while (this.host.stale && !this.scanningValue);
  }

  /** For requests that must see every change made so far (snapshot, compare table, review): waits for the check. */
  async settled(): Promise<void> {
    while (!this.scanningValue && (this.checking || this.host.stale)) await this.run();
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
