/**
 * Compare Sources in the editor: the panel, its exports, the Claims view, and their part of the test API.
 * main.ts calls registerCompareFeatures once the language client has started, and calls `refresh()` from its
 * `crosscheck/resultsChanged` handler (a language client keeps one handler per notification).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  CompareTableRequest,
  CompareViewRequest,
  DeskRequest,
  ExportRequest,
  type CompareTable,
  type DeskView,
  type SparseCompareTable,
} from '../../protocol';
import { ClaimsView, type ClaimsViewItem } from '../claims-view';
import { reviewClaim } from '../commands';
import { ComparePanel, type PanelHost } from './panel';

export interface CompareFeatures {
  /** The dense compare table, for the whole workspace or one story (a URI string or a file path). */
  compareTable(story?: string): Promise<CompareTable>;
  claimsViewItems(): Promise<ClaimsViewItem[]>;
  comparePanelHtml(): string | undefined;
  /** Results changed: refresh the panel and the Claims view. */
  refresh(): void;
}

function storyUri(story: string | vscode.Uri | undefined): vscode.Uri | undefined {
  if (story === undefined || story === '') return undefined;
  if (story instanceof vscode.Uri) return story;
  return /^[a-z][a-z0-9+.-]+:/i.test(story) && !/^[a-z]:[\\/]/i.test(story)
    ? vscode.Uri.parse(story, true)
    : vscode.Uri.file(story);
}

/** The article a command was run on: explorer/editor context menus pass its URI, the palette the active editor's. */
function commandTarget(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  return vscode.window.activeTextEditor?.document.uri;
}

const EXPORTS = {
  markdown: { language: 'markdown', extension: 'md', filter: 'Markdown' },
  csv: { language: 'plaintext', extension: 'csv', filter: 'CSV' },
} as const;

export function registerCompareFeatures(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  log: (m: string) => void = () => undefined,
): CompareFeatures {
  const loadTable = (story: vscode.Uri | undefined): Promise<SparseCompareTable> =>
    client.sendRequest(CompareViewRequest, story ? { story: story.toString() } : {});

  async function exportTable(
    format: 'markdown' | 'csv',
    story: vscode.Uri | undefined,
    to: 'save-dialog' | 'untitled' | vscode.Uri,
  ): Promise<string> {
    const text = await client.sendRequest(ExportRequest, story ? { format, story: story.toString() } : { format });
    const kind = EXPORTS[format];
    if (to === 'untitled') {
      const document = await vscode.workspace.openTextDocument({ content: text, language: kind.language });
      await vscode.window.showTextDocument(document, { preview: false });
      return text;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target =
      to instanceof vscode.Uri
        ? to
        : await vscode.window.showSaveDialog({
            defaultUri: folder ? vscode.Uri.joinPath(folder, `crosscheck-compare.${kind.extension}`) : undefined,
            filters: { [kind.filter]: [kind.extension] },
            saveLabel: vscode.l10n.t('Export'),
          });
    if (!target) return text;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    if (!(to instanceof vscode.Uri)) {
      const open = vscode.l10n.t('Open');
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('Exported the comparison to {0}.', vscode.workspace.asRelativePath(target)),
          open,
        )
        .then((choice) => (choice === open ? vscode.window.showTextDocument(target) : undefined));
    }
    return text;
  }

  const loadDesk = (story: vscode.Uri | undefined): Promise<DeskView> =>
    client.sendRequest(DeskRequest, story ? { story: story.toString() } : {});

  const host: PanelHost = { extensionUri: context.extensionUri, loadTable, loadDesk, exportTable, log };
  const claimsView = new ClaimsView(
    () => loadTable(undefined),
    (target) => ComparePanel.show(host, target),
    (figure, unmark) => reviewClaim(client, figure, unmark ? null : undefined),
  );

  /** Export commands: a URI argument writes there (scripts, tests); otherwise an untitled document opens. */
  const exportCommand = (format: 'markdown' | 'csv') => (arg?: unknown) =>
    exportTable(format, ComparePanel.activeStory(), arg instanceof vscode.Uri ? arg : 'untitled');

  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.compareSources', () => void ComparePanel.show(host)),
    vscode.commands.registerCommand(
      'crosscheck.compareStory',
      (arg?: unknown) => void ComparePanel.show(host, { story: commandTarget(arg) }),
    ),
    vscode.commands.registerCommand('crosscheck.exportMarkdown', exportCommand('markdown')),
    vscode.commands.registerCommand('crosscheck.exportCsv', exportCommand('csv')),
    ...claimsView.register(),
  );

  return {
    compareTable: (story) => {
      const uri = storyUri(story);
      return client.sendRequest(CompareTableRequest, uri ? { story: uri.toString() } : {});
    },
    claimsViewItems: () => claimsView.items(),
    comparePanelHtml: () => ComparePanel.lastHtml,
    refresh: () => {
      ComparePanel.refreshIfOpen();
      claimsView.refresh();
    },
  };
}
