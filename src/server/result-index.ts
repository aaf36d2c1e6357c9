/**
 * Look-ups over one WorkspaceResult that the server's features share: the figure at an offset, the claim of a
 * figure, the diagnostics of a file. Built once per re-check; the result itself stays the engine's plain data.
 */
import { figureKey } from '../core/workspace';
import type { AnalyzedDocument, Claim, Diagnostic, Figure, WorkspaceResult } from '../core/types';

export class ResultIndex {
  private readonly docs = new Map<string, AnalyzedDocument>();
  private readonly figures = new Map<string, Figure>();
  private readonly claims = new Map<string, Claim>();
  private readonly diagnosticsByPath = new Map<string, Diagnostic[]>();

  constructor(readonly result: WorkspaceResult) {
    for (const d of result.documents) {
      this.docs.set(d.path, d);
      for (const f of d.figures) this.figures.set(figureKey(d.path, f.start), f);
    }
    for (const c of result.claims) this.claims.set(c.id, c);
    for (const diag of result.diagnostics) {
      const list = this.diagnosticsByPath.get(diag.path);
      if (list) list.push(diag);
      else this.diagnosticsByPath.set(diag.path, [diag]);
    }
  }

  document(path: string): AnalyzedDocument | undefined {
    return this.docs.get(path);
  }

  figure(path: string, start: number): Figure | undefined {
    return this.figures.get(figureKey(path, start));
  }

  /** The figure whose span contains `offset` (its end included, so a cursor right after a figure still finds it). */
  figureAt(path: string, offset: number): Figure | undefined {
    return this.docs.get(path)?.figures.find((f) => f.start <= offset && offset <= f.end);
  }

  /** The first figure overlapping [start, end), or at `start` when the range is empty. */
  figureOverlapping(path: string, start: number, end: number): Figure | undefined {
    if (start === end) return this.figureAt(path, start);
    return this.docs.get(path)?.figures.find((f) => f.start < end && start < f.end);
  }

  claimOf(path: string, start: number): Claim | undefined {
    const id = this.result.claimOfFigure.get(figureKey(path, start));
    return id === undefined ? undefined : this.claims.get(id);
  }

  diagnostics(path: string): readonly Diagnostic[] {
    return this.diagnosticsByPath.get(path) ?? [];
  }

  /** Paths of every document that carries at least one diagnostic. */
  pathsWithDiagnostics(): IterableIterator<string> {
    return this.diagnosticsByPath.keys();
  }

  isConflicting(path: string, start: number, end: number): boolean {
    return this.diagnostics(path).some((d) => d.code.startsWith('conflict') && d.start < end && start < d.end);
  }
}
