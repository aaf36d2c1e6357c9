/**
 * The language client: starts dist/server.js over IPC and tells it the settings, the documentation folder of the
 * diagnostic codes and which documents to watch. Everything heavy happens in the server's process.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
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

/**
 * One vscode.Uri per URI string. Every conflict's related information names the other sources: on 2 000 articles
 * that is ~180 000 locations over ~2 000 distinct files, each parsed again without this.
 */
function cachedUriParser(): (value: string) => vscode.Uri {
  const cache = new Map<string, vscode.Uri>();
  return (value) => {
    let uri = cache.get(value);
    if (!uri) {
      // Bounded: a long session over many workspaces must not keep every URI it ever saw.
      if (cache.size >= 50_000) cache.clear();
      uri = vscode.Uri.parse(value);
      cache.set(value, uri);
    }
    return uri;
  };
}

/**
 * Hands converted diagnostics to VS Code in batches rather than file by file: the server publishes every file of
 * the workspace after a check (2 000 on a large one), and each single `set` is a message to the workbench and an
 * update of the Problems panel. The latest diagnostics of a file win, as with the client's own queue.
 */
class DiagnosticBatcher implements vscode.Disposable {
  private readonly pending = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly delayMs = 50,
  ) {}

  add(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.pending.set(uri.toString(), { uri, diagnostics });
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const { uri, diagnostics } of this.pending.values()) entries.push([uri, diagnostics]);
    this.pending.clear();
    // The array form replaces each file's diagnostics; an empty list clears that file.
    for (const [uri, diagnostics] of entries) if (diagnostics.length === 0) this.collection.delete(uri);
    this.collection.set(entries.filter(([, d]) => d.length > 0));
  }

  /** Forgets every file's diagnostics, those waiting for the next flush too. */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.collection.clear();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending.clear();
    this.collection.dispose();
  }
}

/**
 * If the server process dies (killed, out of memory), it is started again and the user told so, in their language;
 * after five deaths within three minutes something in the workspace kills it each time: it stays stopped, and the
 * message says how to start it again.
 */
export function restartingErrorHandler(now: () => number = Date.now): ErrorHandler {
  const deaths: number[] = [];
  return {
    // A malformed message or a failed write: the connection goes on (the default gives up after three).
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const t = now();
      deaths.push(t);
      while (deaths.length > 0 && t - deaths[0]! > 3 * 60_000) deaths.shift();
      if (deaths.length > 5) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t(
            'The Crosscheck server stopped five times in three minutes and was not restarted. Run “Crosscheck: Re-check Workspace” or reload the window to start it again.',
          ),
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The Crosscheck server stopped unexpectedly and was restarted.'),
      );
      return { action: CloseAction.Restart, handled: true };
    },
  };
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
    scanNotification: true,
  };
  const diagnostics = new DiagnosticBatcher(vscode.languages.createDiagnosticCollection('crosscheck'));
  context.subscriptions.push(diagnostics);
  const parseUri = cachedUriParser();
  const clientOptions: LanguageClientOptions = {
    documentSelector: ARTICLE_SELECTOR as LanguageClientOptions['documentSelector'],
    synchronize: { configurationSection: 'crosscheck' },
    initializationOptions,
    // The client's own collection stays empty: the batcher's collection (owner "crosscheck") shows them.
    diagnosticCollectionName: 'crosscheck-client',
    middleware: { handleDiagnostics: (uri, converted) => diagnostics.add(uri, converted) },
    uriConverters: { code2Protocol: (uri) => uri.toString(), protocol2Code: parseUri },
    outputChannel: output,
    errorHandler: restartingErrorHandler(),
    // Hover cards link each other source and the list of all mentions through these commands, and only these.
    markdown: {
      isTrusted: { enabledCommands: ['crosscheck.openSource', 'crosscheck.showClaimMentions'] },
      supportHtml: false,
    },
  };
  const client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
  // A server started again (after it died) knows nothing of what the dead one published: it only sends the files
  // it finds diagnostics in, so a file that had some and now has none (deleted, edited meanwhile) would keep stale
  // warnings. The client's own collection is cleared on a restart; this one is ours to clear.
  context.subscriptions.push(
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Starting) diagnostics.clear();
    }),
  );
  return client;
}
