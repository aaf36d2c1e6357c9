/**
 * The workspace at a glance, for the status-bar summary (as LTeX+ and Code Spell Checker show theirs): claims in
 * conflict that no reviewer settled, claims more than one source states (those the Claims view lists), articles
 * checked. Computed from the result after
 * each check; pure, so it is tested without a server.
 */
import type { WorkspaceResult } from '../core/types';
import type { WorkspaceSummary } from '../protocol';

export function workspaceSummary(
  result: WorkspaceResult,
  isChecked: (path: string, start: number, end: number) => boolean,
  scope: WorkspaceSummary['scope'],
): WorkspaceSummary {
  let conflicts = 0;
  let claims = 0;
  for (const claim of result.claims) {
    // the claims the Claims view and Compare Sources list: stated by more than one source
    if (claim.status === 'single' || claim.mentions.length === 0) continue;
    claims++;
    // a claim every mention of which a reviewer checked is settled: it no longer counts as a conflict
    if (claim.status === 'conflict' && !claim.mentions.every((m) => isChecked(m.path, m.start, m.end))) conflicts++;
  }
  return { conflicts, claims, files: result.documents.length, scope };
}
