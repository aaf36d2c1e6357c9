/**
 * Pushes diagnostics for every file of the workspace, open or not, and only for the files whose diagnostics
 * changed since the last push: a re-check after typing in one article re-sends that article and the ones it
 * conflicts with, and clears files that no longer have any (deleted, too large, now excluded).
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';

export type Send = (uri: string, diagnostics: LspDiagnostic[]) => void;

export class DiagnosticsPublisher {
  private readonly published = new Map<string, { key: string; diagnostics: LspDiagnostic[] }>();

  constructor(private readonly send: Send) {}

  /** `next` maps URI to its diagnostics; URIs absent from it are cleared. Returns how many URIs were sent. */
  publish(next: ReadonlyMap<string, LspDiagnostic[]>): number {
    let sent = 0;
    for (const [uri, diagnostics] of next) {
      if (diagnostics.length === 0) continue;
      const key = JSON.stringify(diagnostics);
      if (this.published.get(uri)?.key === key) continue;
      this.published.set(uri, { key, diagnostics });
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
