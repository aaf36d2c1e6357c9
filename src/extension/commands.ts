/**
 * The extension's own commands (Compare Sources and the exports are registered by compare/index.ts). Each takes
 * the arguments the server puts in quick fixes and hover links, and falls back to the active editor's cursor
 * when run from the palette. None of them edits an article.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  ClaimMentionsRequest,
  ClaimReviewRequest,
  RecheckRequest,
  ReviewRequest,
  type ClaimResolution,
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
export function figureTarget(args: unknown): FigureArgs | undefined {
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

/** A review write the server refused: say why, and offer the review file (it was left as it was). */
async function reviewFailed(error: string, reviewFile: string | undefined): Promise<void> {
  const open = vscode.l10n.t('Open review file');
  const choice = await vscode.window.showErrorMessage(error, open);
  if (choice === open && reviewFile) await vscode.window.showTextDocument(vscode.Uri.parse(reviewFile, true));
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
    await reviewFailed(result.error, result.reviewFile);
    return;
  }
  const message =
    action === 'check'
      ? vscode.l10n.t('Marked “{0}” as checked in the review file.', result.figure)
      : action === 'uncheck'
        ? vscode.l10n.t('“{0}” is no longer marked as checked.', result.figure)
        : vscode.l10n.t('Ignoring “{0}” (recorded in the review file).', result.figure);
  vscode.window.setStatusBarMessage(message, 4000);
}

const RESOLUTIONS: readonly ClaimResolution[] = ['apart-wrong', 'majority-wrong', 'both-stand'];

/** What each conclusion is called in the UI (the review file keeps the key). */
export function resolutionTitle(resolution: string): string {
  switch (resolution) {
    case 'apart-wrong':
      return vscode.l10n.t('The source that stands apart is wrong');
    case 'majority-wrong':
      return vscode.l10n.t('The majority is wrong');
    case 'both-stand':
      return vscode.l10n.t('Both stand');
    default:
      return resolution;
  }
}

function resolutionDetail(resolution: ClaimResolution): string {
  switch (resolution) {
    case 'apart-wrong':
      return vscode.l10n.t('Checked: the outlying figure is an error; the other sources are right.');
    case 'majority-wrong':
      return vscode.l10n.t('Checked: the outlying source is right; the others repeat an error.');
    case 'both-stand':
      return vscode.l10n.t('Checked: the figures are not about the same fact, or both are right.');
  }
}

function isResolution(value: unknown): value is ClaimResolution {
  return typeof value === 'string' && (RESOLUTIONS as readonly string[]).includes(value);
}

/**
 * Resolves the whole claim of a figure (every mention checked with the reviewer's conclusion) or, with `resolution`
 * null, unmarks every mention of it. The conclusion comes from the arguments, else from a quick pick.
 */
export async function reviewClaim(
  client: BaseLanguageClient,
  args: unknown,
  resolution: ClaimResolution | null | undefined,
): Promise<boolean> {
  const target = figureTarget(args);
  if (!target) return false;
  let chosen = resolution;
  if (chosen === undefined) {
    const given = isObject(args) ? args.resolution : undefined;
    if (isResolution(given)) chosen = given;
    else {
      const pick = await vscode.window.showQuickPick(
        RESOLUTIONS.map((r) => ({ label: resolutionTitle(r), detail: resolutionDetail(r), resolution: r })),
        { title: vscode.l10n.t('Resolve this claim: what did the check find?') },
      );
      if (!pick) return false;
      chosen = pick.resolution;
    }
  }
  const result = await client.sendRequest(ClaimReviewRequest, { ...target, resolution: chosen });
  if (result.claim === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Crosscheck: this figure belongs to no claim.'));
    return false;
  }
  if (result.error !== undefined) {
    await reviewFailed(result.error, result.reviewFile);
    return false;
  }
  vscode.window.setStatusBarMessage(
    chosen === null
      ? vscode.l10n.t('“{0}” is no longer marked as reviewed.', result.claim)
      : vscode.l10n.t('Resolved “{0}”: {1}.', result.claim, resolutionTitle(chosen)),
    4000,
  );
  return true;
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
    vscode.commands.registerCommand('crosscheck.unmarkChecked', (args?: unknown) => review(client, 'uncheck', args)),
    vscode.commands.registerCommand('crosscheck.resolveClaim', (args?: unknown) =>
      reviewClaim(client, args, undefined),
    ),
    vscode.commands.registerCommand('crosscheck.unmarkClaim', (args?: unknown) => reviewClaim(client, args, null)),
    vscode.commands.registerCommand('crosscheck.recheckWorkspace', () => client.sendRequest(RecheckRequest)),
  ];
}
