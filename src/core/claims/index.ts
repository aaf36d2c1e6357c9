import type { AnalyzedDocument, Claim, Diagnostic } from '../types';

export interface ClaimsResult {
  claims: Claim[];
  diagnostics: Diagnostic[];
  claimOfFigure: Map<string, string>;
}

/** Groups figures into claims across documents and compares them (stub until the claims stage lands). */
export function formClaims(_docs: readonly AnalyzedDocument[]): ClaimsResult {
  return { claims: [], diagnostics: [], claimOfFigure: new Map() };
}
