/**
 * The subtle underline under every figure of the visible articles. Ranges come from the server's
 * crosscheck/figures request, not from semantic tokens: semantic tokens can only recolour text through the theme,
 * while a decoration can draw a dotted underline in a theme colour that leaves the text's own colours alone, and
 * can be turned off without touching the user's theme.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FiguresRequest } from '../protocol';

export class FigureDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('editorCodeLens.foreground'),
  });
  private readonly listeners: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: BaseLanguageClient) {
    this.listeners = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (
          e.affectsConfiguration('crosscheck.figures.decoration') ||
          e.affectsConfiguration('crosscheck.figures.onlyClaims')
        )
          this.refresh();
      }),
    ];
  }

  private enabled(): boolean {
    return (
      vscode.workspace.getConfiguration('crosscheck').get<string>('figures.decoration', 'underline') === 'underline'
    );
  }

  /**
   * Only what a reviewer compares (the default): figures of claims other sources state too, and contradictions; no
   * dates or years, which every article is full of. While the first scan reads the workspace, the open articles'
   * figures are underlined at once (but dates), narrowed to claims when the comparison is done.
   */
  private onlyClaims(): boolean {
    return vscode.workspace.getConfiguration('crosscheck').get<boolean>('figures.onlyClaims', true);
  }

  /** Re-asks the server for the visible editors' figures (gathered: results and editors change in bursts). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.apply(), 50);
  }

  private async apply(): Promise<void> {
    const enabled = this.enabled();
    const onlyClaims = this.onlyClaims();
    await Promise.all(
      vscode.window.visibleTextEditors.map(async (editor) => {
        if (!enabled) {
          editor.setDecorations(this.type, []);
          return;
        }
        const uri = editor.document.uri.toString();
        try {
          const figures = await this.client.sendRequest(FiguresRequest, { uri });
          // Before the other sources are compared (provisional), every figure but dates: claims are not known yet.
          const shown = onlyClaims
            ? figures.filter((f) => f.conflict || ((f.inClaim || f.provisional === true) && f.kind !== 'date'))
            : figures;
          editor.setDecorations(
            this.type,
            shown.map((f) => this.client.protocol2CodeConverter.asRange(f.range)),
          );
        } catch {
          // The server is restarting or the editor closed meanwhile: the next refresh repaints.
        }
      }),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const l of this.listeners) l.dispose();
    this.type.dispose();
  }
}
