/**
 * The language status item of an article: its detected language and its counts of figures and conflicts, as the
 * server last reported them; clicking it opens Compare Sources.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../protocol';
import { ARTICLE_SELECTOR } from './client';
import { countForm } from './plural';
import { conflictCount } from './summary';

/** Slower checks than this show as a warning in the item, so users see why typing feels slow. */
const SLOW_CHECK_MS = 2000;

function languageName(code: string): string {
  if (code === 'und') return vscode.l10n.t('Unknown language');
  try {
    const names = new Intl.DisplayNames([vscode.env.language, 'en'], { type: 'language' });
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(vscode.env.language) + name.slice(1);
  } catch {
    return code;
  }
}

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('crosscheck.status', ARTICLE_SELECTOR);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly listener = vscode.window.onDidChangeActiveTextEditor(() => this.render());

  constructor() {
    this.item.name = 'Crosscheck';
    this.item.command = { command: 'crosscheck.compareSources', title: vscode.l10n.t('Compare Sources') };
    this.item.text = vscode.l10n.t('Crosscheck: starting');
    this.item.busy = true;
  }

  update(status: StatusParams): void {
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    this.item.busy = false;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    if (!status) {
      this.item.text = vscode.l10n.t('Crosscheck');
      this.item.detail = vscode.l10n.t('checking…');
      return;
    }
    switch (status.state) {
      case 'too-large':
        this.item.text = vscode.l10n.t('Not checked: file too large');
        this.item.detail = vscode.l10n.t('See crosscheck.files.maxSizeKB');
        this.item.severity = vscode.LanguageStatusSeverity.Warning;
        return;
      case 'excluded':
        this.item.text = vscode.l10n.t('Not an article');
        this.item.detail = vscode.l10n.t('See crosscheck.files.include');
        return;
      case 'ok': {
        const figures = countForm(status.figures, {
          one: vscode.l10n.t('1 figure'),
          other: vscode.l10n.t('{0} figures', status.figures),
          few: vscode.l10n.t('{0} figures|few', status.figures),
          many: vscode.l10n.t('{0} figures|many', status.figures),
        });
        const conflicts = conflictCount(status.conflicts);
        this.item.text = `${languageName(status.language)} · ${figures} · ${conflicts}`;
        const slow = (status.checkMs ?? 0) > SLOW_CHECK_MS;
        this.item.detail = slow
          ? vscode.l10n.t('the workspace check takes {0} s', ((status.checkMs ?? 0) / 1000).toFixed(1))
          : vscode.l10n.t('Crosscheck');
        if (status.conflicts > 0 || slow) this.item.severity = vscode.LanguageStatusSeverity.Warning;
      }
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
