/**
 * The extension's own commands (Compare Sources and the exports are registered by compare/index.ts). Each takes
 * the arguments the server puts in quick fixes and hover links, and falls back to the active editor's cursor
 * when run from the palette. None of them edits an article.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  ClaimMentionsRequest,
  RecheckRequest,
  ReviewRequest,
  type OpenSourceArgs,
  type ReviewParams,
} from '../protocol';

interface FigureArgs {
  uri: string;
  start: number;
  end: number;
}
interface MentionsArgs {
  uri: string;
  position: { line: number; character: number };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function openSource(client: BaseLanguageClient, args: unknown): Promise<void> {
  if (!isObject(args) || typeof args.uri !== 'string') return;
  const uri = vscode.Uri.parse(args.uri, true);
  const range = isObject(args.range)
    ? client.protocol2CodeConverter.asRange(args.range as OpenSourceArgs['range'])
    : undefined;
  const editor = await vscode.window.showTextDocument(uri, { preview: true, ...(range ? { selection: range } : {}) });
  if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The figure the command is about: from a quick fix's arguments, or the active editor's selection. */
function figureTarget(args: unknown): FigureArgs | undefined {
  if (
    isObject(args) &&
    typeof args.uri === 'string' &&
    typeof args.start === 'number' &&
    typeof args.end === 'number'
  ) {
    return { uri: args.uri, start: args.start, end: args.end };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document, selection } = editor;
  return {
    uri: document.uri.toString(),
    start: document.offsetAt(selection.start),
    end: document.offsetAt(selection.end),
  };
}

async function review(client: BaseLanguageClient, action: ReviewParams['action'], args: unknown): Promise<void> {
  const target = figureTarget(args);
  if (!target) return;
  const result = await client.sendRequest(ReviewRequest, { action, ...target });
  if (result.figure === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Crosscheck: there is no figure at the cursor.'));
    return;
  }
  if (result.error !== undefined) {
    const open = vscode.l10n.t('Open review file');
    const choice = await vscode.window.showErrorMessage(result.error, open);
    if (choice === open && result.reviewFile)
      await vscode.window.showTextDocument(vscode.Uri.parse(result.reviewFile, true));
    return;
  }
  const message =
    action === 'check'
      ? vscode.l10n.t('Marked “{0}” as checked in the review file.', result.figure)
      : vscode.l10n.t('Ignoring “{0}” (recorded in the review file).', result.figure);
  vscode.window.setStatusBarMessage(message, 4000);
}

async function showClaimMentions(client: BaseLanguageClient, args: unknown): Promise<void> {
  let target: MentionsArgs | undefined;
  if (isObject(args) && typeof args.uri === 'string' && isObject(args.position))
    target = args as unknown as MentionsArgs;
  else {
    const editor = vscode.window.activeTextEditor;
    if (editor) target = { uri: editor.document.uri.toString(), position: editor.selection.active };
  }
  if (!target) return;
  const { label, locations } = await client.sendRequest(ClaimMentionsRequest, {
    uri: target.uri,
    position: { line: target.position.line, character: target.position.character },
  });
  if (locations.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Crosscheck: this figure belongs to no claim.'));
    return;
  }
  const c2p = client.protocol2CodeConverter;
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    vscode.Uri.parse(target.uri, true),
    new vscode.Position(target.position.line, target.position.character),
    locations.map((l) => c2p.asLocation(l)),
  );
  if (label) vscode.window.setStatusBarMessage(label, 6000);
}

export function registerCommands(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('crosscheck.openSource', (args?: unknown) => openSource(client, args)),
    vscode.commands.registerCommand('crosscheck.showClaimMentions', (args?: unknown) =>
      showClaimMentions(client, args),
    ),
    vscode.commands.registerCommand('crosscheck.markChecked', (args?: unknown) => review(client, 'check', args)),
    vscode.commands.registerCommand('crosscheck.ignoreFigure', (args?: unknown) => review(client, 'ignore', args)),
    vscode.commands.registerCommand('crosscheck.recheckWorkspace', () => client.sendRequest(RecheckRequest)),
  ];
}
