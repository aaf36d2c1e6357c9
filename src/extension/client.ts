/**
 * The language client: starts dist/server.js over IPC and tells it the settings, the documentation folder of the
 * diagnostic codes and which documents to watch. Everything heavy happens in the server's process.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { CrosscheckSettings, InitializationOptions } from '../protocol';

/** The documents the server hears about; it applies the include/exclude globs itself. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { language: 'article' },
  { language: 'plaintext' },
  { language: 'markdown' },
];

/** The `crosscheck.*` settings as plain JSON (a WorkspaceConfiguration is not serializable as is). */
export function currentSettings(): CrosscheckSettings {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('crosscheck'))) as CrosscheckSettings;
}

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = {
    settings: currentSettings(),
    docsBaseUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'codes').toString(),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ARTICLE_SELECTOR as LanguageClientOptions['documentSelector'],
    synchronize: { configurationSection: 'crosscheck' },
    initializationOptions,
    diagnosticCollectionName: 'crosscheck',
    outputChannel: output,
    // Hover cards link each other source and the list of all mentions through these commands, and only these.
    markdown: { isTrusted: { enabledCommands: ['crosscheck.openSource', 'crosscheck.showClaimMentions'] }, supportHtml: false },
  };
  return new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
}
