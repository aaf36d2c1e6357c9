/**
 * The status-bar summary of the workspace: "⚠ 3 conflicts · 17 claims · 4 files" (or "open files" when
 * crosscheck.scope limits the check to them), as the server last reported it; clicking it opens Compare Sources.
 * The per-file language status item (status.ts) stays for the active article.
 */
import * as vscode from 'vscode';
import type { WorkspaceSummary } from '../protocol';

export function summaryText(s: WorkspaceSummary): string {
  const conflicts = s.conflicts === 1 ? vscode.l10n.t('1 conflict') : vscode.l10n.t('{0} conflicts', s.conflicts);
  const claims = s.claims === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', s.claims);
  const files =
    s.scope === 'openFiles'
      ? s.files === 1
        ? vscode.l10n.t('1 open file')
        : vscode.l10n.t('{0} open files', s.files)
      : s.files === 1
        ? vscode.l10n.t('1 file')
        : vscode.l10n.t('{0} files', s.files);
  return `${s.conflicts > 0 ? '$(warning)' : '$(check)'} ${conflicts} · ${claims} · ${files}`;
}

export class WorkspaceSummaryItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.summary', vscode.StatusBarAlignment.Left, 50);
  private last: WorkspaceSummary | undefined;

  constructor() {
    this.item.name = vscode.l10n.t('Crosscheck summary');
    this.item.command = { command: 'crosscheck.compareSources', title: vscode.l10n.t('Compare Sources') };
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Crosscheck: checking…')}`;
    this.item.tooltip = vscode.l10n.t('Crosscheck is checking the articles');
    this.item.show();
  }

  update(summary: WorkspaceSummary): void {
    this.last = summary;
    this.item.text = summaryText(summary);
    this.item.tooltip = vscode.l10n.t(
      'Crosscheck: {0} claims in conflict that no reviewer settled, {1} claims stated by several sources, {2} articles checked. Click to compare sources.',
      summary.conflicts,
      summary.claims,
      summary.files,
    );
    this.item.backgroundColor =
      summary.conflicts > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  /** What the item shows now (the test API). */
  state(): { text: string; summary: WorkspaceSummary | undefined } {
    return { text: this.item.text, summary: this.last };
  }

  dispose(): void {
    this.item.dispose();
  }
}
