/**
 * The engine's one entry point. Documents in (path + text), figures, claims and diagnostics out.
 * No I/O and no `vscode` here: the CLI and the language server read files and hand over text.
 */
import { formClaims, type ClaimOptions } from './claims/index';
import { placeDiagnostics } from './claims/placement';
import { readArticle } from './figures/index';
import type { AnalyzedDocument, WorkspaceResult } from './types';

export * from './types';
export type { ClaimOptions } from './claims/index';
export type { ConflictRules } from './compare/rules';
export { DEFAULT_RULES } from './compare/rules';

/** The per-file stages: language, publication date, figures. Pure and independent per file. */
export function analyzeDocument(path: string, text: string): AnalyzedDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { language, published, figures } = readArticle(body);
  return { path, language, published, figures, text: body };
}

/** The cross-file stages: claims, comparison, diagnostics. */
export function checkWorkspace(documents: readonly AnalyzedDocument[], options: ClaimOptions = {}): WorkspaceResult {
  const formed = formClaims(documents, options);
  const { claims, claimOfFigure } = formed;
  // the warning goes where the disagreement is: the majority's mentions are informed, the outlier warned
  const { diagnostics } = placeDiagnostics(documents, claims, formed.diagnostics);
  return { documents: [...documents], claims, diagnostics, claimOfFigure };
}

/** Key of a figure in `WorkspaceResult.claimOfFigure`. */
export function figureKey(path: string, start: number): string {
  return `${path}\u0000${start}`;
}
