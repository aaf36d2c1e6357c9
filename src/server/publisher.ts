/**
 * Pushes diagnostics for every file of the workspace, open or not, and only for the files whose diagnostics
 * changed since the last push: a re-check after typing in one article re-sends that article and the ones it
 * conflicts with, and clears files that no longer have any (deleted, too large, now excluded).
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';

export type Send = (uri: string, diagnostics: LspDiagnostic[]) => void;

/**
 * Deep equality of plain JSON data (what LSP diagnostics are). Cheaper than comparing JSON.stringify keys: on
 * 2 000 articles those keys were ~48 MB of strings built after every check, and a difference stops the walk early.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // Keys whose value is undefined are absent once serialized: they count as absent here too.
  const keysA = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const keysB = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  for (const k of keysA) if (!sameJson(ra[k], rb[k])) return false;
  return true;
}

export class DiagnosticsPublisher {
  private readonly published = new Map<string, { diagnostics: LspDiagnostic[] }>();

  constructor(private readonly send: Send) {}

  /** `next` maps URI to its diagnostics; URIs absent from it are cleared. Returns how many URIs were sent. */
  publish(next: ReadonlyMap<string, LspDiagnostic[]>): number {
    let sent = 0;
    for (const [uri, diagnostics] of next) {
      if (diagnostics.length === 0) continue;
      const previous = this.published.get(uri);
      if (previous && sameJson(previous.diagnostics, diagnostics)) continue;
      this.published.set(uri, { diagnostics });
      this.send(uri, diagnostics);
      sent++;
    }
    for (const uri of [...this.published.keys()]) {
      if ((next.get(uri)?.length ?? 0) > 0) continue;
      this.published.delete(uri);
      this.send(uri, []);
      sent++;
    }
    return sent;
  }

  /** What was last sent for a URI (empty when nothing). */
  current(uri: string): readonly LspDiagnostic[] {
    return this.published.get(uri)?.diagnostics ?? [];
  }
}
