/** The webview's UI strings, localized on the extension side (vscode.l10n) and sent with each table. */
import * as vscode from 'vscode';

const KEYS = [
  'Table controls', 'Conflicts only', 'All languages', 'Language', 'All sources', 'Source', 'Verdict', 'Claim',
  'Sort by', 'Export Markdown', 'Export CSV', 'Previous', 'Next', 'Claims {0}–{1} of {2}', 'Earlier sources',
  'Later sources', 'Sources page {0} of {1}', 'undated', '{0}, {1}, in {2}. Enter reveals it.',
  'Conflicts with another source.', 'conflict', 'approximate', 'agree', 'single', 'Sources compared for {0}',
  'Sources compared', 'No claim matches these filters.', 'No claim is stated by more than one source.',
  'Claims by source', 'One row per claim, one column per source; the last column is the verdict.',
] as const;

export function webviewStrings(): Record<string, string> {
  // placeholders are passed through as themselves: the webview fills them in
  return Object.fromEntries(KEYS.map((k) => [k, vscode.l10n.t(k, '{0}', '{1}', '{2}')]));
}
