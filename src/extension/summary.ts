/**
 * The status-bar summary of the workspace: "⚠ 3 conflicts · 17 claims · 4 files" (or "open files" when
 * crosscheck.scope limits the check to them), as the server last reported it; clicking it opens Compare Sources.
 * The per-file language status item (status.ts) stays for the active article.
 */
import * as vscode from 'vscode';
import type { WorkspaceSummary } from '../protocol';
import { countForm } from './plural';

export function summaryText(s: WorkspaceSummary): string {
  const conflicts = conflictCount(s.conflicts);
  const claims = countForm(s.claims, {
    one: vscode.l10n.t('1 claim'),
    other: vscode.l10n.t('{0} claims', s.claims),
    few: vscode.l10n.t('{0} claims|few', s.claims),
    many: vscode.l10n.t('{0} claims|many', s.claims),
  });
  const files =
    s.scope === 'openFiles'
      ? countForm(s.files, {
          one: vscode.l10n.t('1 open file'),
          other: vscode.l10n.t('{0} open files', s.files),
          few: vscode.l10n.t('{0} open files|few', s.files),
          many: vscode.l10n.t('{0} open files|many', s.files),
        })
      : countForm(s.files, {
          one: vscode.l10n.t('1 file'),
          other: vscode.l10n.t('{0} files', s.files),
          few: vscode.l10n.t('{0} files|few', s.files),
          many: vscode.l10n.t('{0} files|many', s.files),
        });
  return `${s.conflicts > 0 ? '$(warning)' : '$(check)'} ${conflicts} · ${claims} · ${files}`;
}

/** "3 conflicts" in the UI language (also the language status item's). */
export function conflictCount(n: number): string {
  return countForm(n, {
    one: vscode.l10n.t('1 conflict'),
    other: vscode.l10n.t('{0} conflicts', n),
    few: vscode.l10n.t('{0} conflicts|few', n),
    many: vscode.l10n.t('{0} conflicts|many', n),
  });
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
