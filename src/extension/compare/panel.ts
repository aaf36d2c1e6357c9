/**
 * The Compare Sources webview panel: one per window, beside the editor. It holds no article text in its HTML;
 * the table goes to the webview as a JSON message and the webview builds the rows with textContent.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DeskView, SparseCompareTable } from '../../protocol';
import type { HostMessage } from '../../webview/messages';
import { comparePanelHtml, makeNonce } from './html';
import { parseWebviewMessage } from './messages';
import { webviewStrings } from './strings';

/** Where scripts/build.mjs bundles src/webview/compare.ts. */
const WEBVIEW_SCRIPT_DIR = 'dist/webview';

export interface PanelTarget {
  /** URI of one article: the panel shows that article's story only. */
  story?: vscode.Uri;
  /** A claim to scroll to and focus. */
  focusClaim?: string;
}

export interface PanelHost {
  extensionUri: vscode.Uri;
  loadTable(story: vscode.Uri | undefined): Promise<SparseCompareTable>;
  /** The reviewer's desk (verdicts, plots, every source); the panel shows it as cards when it comes. */
  loadDesk?(story: vscode.Uri | undefined): Promise<DeskView>;
  exportTable(
    format: 'markdown' | 'csv',
    story: vscode.Uri | undefined,
    to: 'save-dialog' | 'untitled',
  ): Promise<unknown>;
  log(message: string): void;
}

export class ComparePanel {
  static readonly viewType = 'crosscheck.compare';
  private static current: ComparePanel | undefined;
  /** The last HTML given to any Compare Sources webview (the test API's comparePanelHtml). */
  static lastHtml: string | undefined;

  private story: vscode.Uri | undefined;
  private focusClaim: string | undefined;
  private knownUris = new Set<string>();
  private stale = false;
  private resetFilters = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private prefetched: { story: string | undefined; table: Promise<SparseCompareTable> } | undefined;
  /** When the panel was created, until its webview says it is ready (the output channel's timings). */
  private created: number | undefined = Date.now();
  /** The same, until the first table is drawn. */
  private opened: number | undefined = Date.now();
  private readonly disposables: vscode.Disposable[] = [];

  static show(host: PanelHost, target: PanelTarget = {}): ComparePanel {
    const existing = ComparePanel.current;
    if (existing) {
      existing.retarget(target);
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside);
      return existing;
    }
    const media = vscode.Uri.joinPath(host.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      ComparePanel.viewType,
      vscode.l10n.t('Compare Sources'),
      vscode.ViewColumn.Beside,
      {
        enableScripts: true,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [media, vscode.Uri.joinPath(host.extensionUri, WEBVIEW_SCRIPT_DIR)],
      },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'claims.svg');
    ComparePanel.current = new ComparePanel(panel, host, target);
    return ComparePanel.current;
  }

  /** The open panel's story, when the panel is the active editor (the export commands follow it). */
  static activeStory(): vscode.Uri | undefined {
    const current = ComparePanel.current;
    return current?.panel.active ? current.story : undefined;
  }

  static refreshIfOpen(): void {
    ComparePanel.current?.scheduleRefresh();
  }

  static get isOpen(): boolean {
    return ComparePanel.current !== undefined;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly host: PanelHost,
    target: PanelTarget,
  ) {
    this.story = target.story;
    this.focusClaim = target.focusClaim;
    this.updateTitle();
    // The table loads while the webview starts: neither waits for the other.
    this.prefetched = { story: this.story?.toString(), table: host.loadTable(this.story) };
    this.prefetched.table.catch(() => undefined);
    panel.webview.html = this.html();
    panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw), undefined, this.disposables);
    panel.onDidChangeViewState(
      () => {
        if (panel.visible && this.stale) this.scheduleRefresh();
      },
      undefined,
      this.disposables,
    );
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
  }

  private html(): string {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.host.extensionUri, 'media');
    const html = comparePanelHtml({
      nonce: makeNonce((n) => randomBytes(n)),
      cspSource: webview.cspSource,
      scriptUri: webview
        .asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, WEBVIEW_SCRIPT_DIR, 'compare.js'))
        .toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.css')).toString(),
      lang: vscode.env.language,
      title: vscode.l10n.t('Compare Sources'),
      loading: vscode.l10n.t('Loading the claims…'),
    });
    ComparePanel.lastHtml = html;
    return html;
  }

  private retarget(target: PanelTarget): void {
    const storyChanged = target.story?.toString() !== this.story?.toString();
    this.story = target.story;
    this.focusClaim = target.focusClaim;
    this.resetFilters = storyChanged || target.focusClaim !== undefined;
    this.updateTitle();
    void this.send();
  }

  private updateTitle(): void {
    this.panel.title = this.story
      ? vscode.l10n.t('Compare Sources: {0}', this.story.path.split('/').pop() ?? '')
      : vscode.l10n.t('Compare Sources');
  }

  private scheduleRefresh(): void {
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.send(), 200);
  }

  private async send(): Promise<void> {
    this.stale = false;
    try {
      const began = Date.now();
      const prefetched = this.prefetched?.story === this.story?.toString() ? this.prefetched?.table : undefined;
      this.prefetched = undefined;
      const deskRequest = this.host.loadDesk?.(this.story).catch((e: unknown) => {
        this.host.log(`compare panel: no desk (${e instanceof Error ? e.message : String(e)}); the table is shown`);
        return undefined;
      });
      const table = await (prefetched ?? this.host.loadTable(this.story));
      const desk = await deskRequest;
      const loaded = Date.now();
      this.knownUris = new Set([...table.sources, ...(desk?.sources ?? [])].flatMap((s) => (s.uri ? [s.uri] : [])));
      const message: HostMessage = {
        type: 'table',
        table,
        story: this.story ? (this.story.path.split('/').pop() ?? null) : null,
        ...(this.focusClaim !== undefined ? { focusClaim: this.focusClaim } : {}),
        resetFilters: this.resetFilters,
        strings: webviewStrings(),
        ...(desk ? { desk } : {}),
      };
      await this.panel.webview.postMessage(message);
      this.focusClaim = undefined;
      this.resetFilters = false;
      this.host.log(
        `Compare Sources: ${table.rows.length} claims from ${table.sources.length} sources, ` +
          `received ${loaded - began} ms after the webview asked, handed to it in ${Date.now() - loaded} ms.`,
      );
    } catch (e) {
      this.host.log(`compare panel: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw, this.knownUris);
    if (!message) {
      this.host.log('compare panel: ignored a malformed message from the webview');
      return;
    }
    switch (message.type) {
      case 'ready':
        if (this.created !== undefined) {
          this.host.log(
            `Compare Sources: the webview was ready ${Date.now() - this.created} ms after the panel opened.`,
          );
          this.created = undefined;
        }
        return this.send();
      case 'refresh':
        return this.send();
      case 'rendered':
        this.host.log(
          `Compare Sources: the webview drew ${message.rows} rows in ${Math.round(message.ms)} ms` +
            (this.opened !== undefined ? `, ${Date.now() - this.opened} ms after the panel opened.` : '.'),
        );
        this.opened = undefined;
        return;
      case 'export':
        // an untitled document: nothing lands among the articles unless the user saves it there (and then the
        // report's marker keeps it out of the sources)
        await this.host.exportTable(message.format, this.story, 'untitled');
        return;
      case 'reveal':
        return this.reveal(vscode.Uri.parse(message.uri, true), message.start, message.end);
    }
  }

  /** Opens the mention in the editor group beside the panel, selected. */
  private async reveal(uri: vscode.Uri, start: number, end: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const length = document.getText().length;
    const selection = new vscode.Range(
      document.positionAt(Math.min(start, length)),
      document.positionAt(Math.min(end, length)),
    );
    const panelColumn = this.panel.viewColumn;
    const editorColumn = vscode.window.visibleTextEditors
      .map((e) => e.viewColumn)
      .find((c) => c !== undefined && c !== panelColumn);
    const viewColumn =
      editorColumn ?? (panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private dispose(): void {
    clearTimeout(this.refreshTimer);
    if (ComparePanel.current === this) ComparePanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
