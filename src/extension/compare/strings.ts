/** The webview's UI strings, localized on the extension side (vscode.l10n) and sent with each table. */
import * as vscode from 'vscode';

const KEYS = [
  'Table controls',
  'Conflicts only',
  'All languages',
  'Language',
  'All sources',
  'Source',
  'Verdict',
  'Claim',
  'Sort by',
  'Export Markdown',
  'Export CSV',
  'Previous',
  'Next',
  'Claims {0}–{1} of {2}',
  'Earlier sources',
  'Later sources',
  'Sources page {0} of {1}',
  'undated',
  '{0}, {1}, in {2}. Enter reveals it.',
  'Conflicts with another source.',
  'conflict',
  'approximate',
  'agree',
  'single',
  'Sources compared for {0}',
  'Sources compared',
  'No claim matches these filters.',
  'No claim is stated by more than one source.',
  'Claims by source',
  'One row per claim, one column per source; the last column is the verdict.',
  // the reviewer's desk (src/webview/desk.ts), the verdicts' explanations included
  'Cards',
  'Table',
  'View',
  'All verdicts',
  'Checked by a reviewer',
  'Partly checked by a reviewer',
  // a claim resolved as a whole: the reviewer's conclusion (src/core/review.ts CLAIM_RESOLUTIONS)
  'The source that stands apart is wrong',
  'The majority is wrong',
  'Both stand',
  '{0} more claims: narrow the filters to see them.',
  'Every source',
  '{0} claims',
  'Figures in no claim:',
  'Sources state different values for the same fact.',
  'One figure is ten times or more off the others: a slip of scale (millions for billions).',
  'The same number in another currency: a slip of currency.',
  'The same number said of something else (jobs created, people trained).',
  'The same target with another date or deadline.',
  'One article contradicts itself.',
  'Every source states the same value.',
  'The sources agree within the rounding and bound words the rules allow.',
  'Only one source states this.',
] as const;

export function webviewStrings(): Record<string, string> {
  // placeholders are passed through as themselves: the webview fills them in
  return Object.fromEntries(KEYS.map((k) => [k, vscode.l10n.t(k, '{0}', '{1}', '{2}')]));
}
