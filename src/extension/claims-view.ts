/**
 * The Claims view: the native list beside the Compare Sources table. Claims grouped by verdict, each with
 * its mentions source by source; inline actions reveal a mention and open the claim in the panel. Claims a reviewer
 * resolved as a whole (every mention checked) move to a Reviewed section, with the conclusion; resolving and
 * unmarking are on each claim's context menu.
 */
import * as vscode from 'vscode';
import {
  revealInvisible,
  type ClaimStatus,
  type SourceColumn,
  type SparseClaimRow,
  type SparseCompareTable,
  type ViewMention,
} from '../protocol';
import type { PanelTarget } from './compare/panel';
import { resolutionTitle } from './commands';
import { countForm } from './plural';

/** A figure of the claim, for the review commands (the server finds the claim from it). */
export interface ClaimFigure {
  uri: string;
  start: number;
  end: number;
}
export type ClaimReviewer = (figure: ClaimFigure, unmark: boolean) => Promise<unknown>;

const VERDICTS: ClaimStatus[] = ['conflict', 'approximate', 'agree', 'single'];

type Node =
  | { kind: 'verdict'; status: ClaimStatus; rows: SparseClaimRow[] }
  | { kind: 'reviewed'; rows: SparseClaimRow[] }
  | { kind: 'claim'; row: SparseClaimRow }
  | { kind: 'mention'; source: SourceColumn; mention: ViewMention };

/** Labels show article text as text: line breaks flattened, invisible controls written out. */
function shown(text: string): string {
  return revealInvisible(text.replace(/\s+/g, ' ').trim());
}

function verdictTitle(status: ClaimStatus): string {
  switch (status) {
    case 'conflict':
      return vscode.l10n.t('Conflicts');
    case 'approximate':
      return vscode.l10n.t('Approximate');
    case 'agree':
      return vscode.l10n.t('Agree');
    case 'single':
      return vscode.l10n.t('Single source');
  }
}

function verdictIcon(status: ClaimStatus): vscode.ThemeIcon {
  switch (status) {
    case 'conflict':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    case 'approximate':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'agree':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    case 'single':
      return new vscode.ThemeIcon('circle-outline');
  }
}

export interface ClaimsViewItem {
  label: string;
  verdict: string;
  /** The section the claim is listed in: its verdict, or "reviewed" once every mention is checked. */
  section: string;
  resolution?: string;
}

/** Every mention checked: the claim is settled and listed under Reviewed. */
function isReviewed(row: SparseClaimRow): boolean {
  return row.review === 'all';
}

function mentionCount(row: SparseClaimRow): number {
  return row.cells.reduce((n, c) => n + c.mentions.length, 0);
}

export class ClaimsView implements vscode.TreeDataProvider<Node> {
  static readonly viewId = 'crosscheck.claims';
  private table: Promise<SparseCompareTable> | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private view: vscode.TreeView<Node> | undefined;

  constructor(
    private readonly load: () => Promise<SparseCompareTable>,
    private readonly openPanel: (target: PanelTarget) => unknown,
    private readonly reviewClaim: ClaimReviewer = async () => undefined,
  ) {}

  register(): vscode.Disposable[] {
    this.view = vscode.window.createTreeView(ClaimsView.viewId, { treeDataProvider: this, showCollapseAll: true });
    return [
      this.view,
      this.changed,
      vscode.commands.registerCommand('crosscheck.claims.refresh', () => this.refresh()),
      vscode.commands.registerCommand('crosscheck.claims.reveal', (node?: Node) => this.reveal(node)),
      vscode.commands.registerCommand('crosscheck.claims.compare', (node?: Node) => this.compare(node)),
      vscode.commands.registerCommand('crosscheck.claims.resolve', (node?: Node) => this.review(node, false)),
      vscode.commands.registerCommand('crosscheck.claims.unmark', (node?: Node) => this.review(node, true)),
    ];
  }

  refresh(): void {
    this.table = undefined;
    this.changed.fire(undefined);
  }

  private current(): Promise<SparseCompareTable> {
    this.table ??= this.load().catch(() => ({ sources: [], rows: [] }));
    return this.table;
  }

  /** Every claim of the view with its verdict and, once reviewed as a whole, its section and conclusion (test API). */
  async items(): Promise<ClaimsViewItem[]> {
    const table = await this.current();
    return table.rows.map((row) => ({
      label: row.label,
      verdict: row.status,
      section: isReviewed(row) ? 'reviewed' : row.status,
      ...(row.resolution ? { resolution: row.resolution } : {}),
    }));
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const table = await this.current();
    if (!node) {
      const message = table.rows.length ? undefined : vscode.l10n.t('No claim is stated by more than one source yet.');
      if (this.view) this.view.message = message;
      const open = table.rows.filter((r) => !isReviewed(r));
      const groups: Extract<Node, { rows: SparseClaimRow[] }>[] = VERDICTS.map((status) => ({
        kind: 'verdict' as const,
        status,
        rows: open.filter((r) => r.status === status),
      }));
      groups.push({ kind: 'reviewed', rows: table.rows.filter(isReviewed) });
      return groups.filter((g) => g.rows.length > 0);
    }
    if (node.kind === 'verdict' || node.kind === 'reviewed') return node.rows.map((row) => ({ kind: 'claim', row }));
    if (node.kind === 'claim') {
      return node.row.cells.flatMap((cell) => {
        const source = table.sources[cell.source];
        return source ? cell.mentions.map((mention): Node => ({ kind: 'mention', source, mention })) : [];
      });
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'verdict': {
        const item = new vscode.TreeItem(
          verdictTitle(node.status),
          node.status === 'conflict'
            ? vscode.TreeItemCollapsibleState.Expanded
            : vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = `verdict:${node.status}`;
        item.description = String(node.rows.length);
        item.iconPath = verdictIcon(node.status);
        item.contextValue = 'crosscheck.verdict';
        return item;
      }
      case 'reviewed': {
        const item = new vscode.TreeItem(vscode.l10n.t('Reviewed'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'reviewed';
        item.description = String(node.rows.length);
        item.iconPath = new vscode.ThemeIcon('check-all');
        item.contextValue = 'crosscheck.reviewed';
        return item;
      }
      case 'claim': {
        const row = node.row;
        const reviewed = isReviewed(row);
        const item = new vscode.TreeItem(shown(row.label), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `claim:${row.claimId}`;
        const sources = row.cells.length;
        const mentions = mentionCount(row);
        const sourceText = countForm(sources, {
          one: vscode.l10n.t('1 source'),
          other: vscode.l10n.t('{0} sources', sources),
          few: vscode.l10n.t('{0} sources|few', sources),
          many: vscode.l10n.t('{0} sources|many', sources),
        });
        const mentionText = countForm(mentions, {
          one: vscode.l10n.t('1 mention'),
          other: vscode.l10n.t('{0} mentions', mentions),
          few: vscode.l10n.t('{0} mentions|few', mentions),
          many: vscode.l10n.t('{0} mentions|many', mentions),
        });
        item.description = `${sourceText} · ${mentionText}`;
        if (reviewed)
          item.description = `${row.resolution ? resolutionTitle(row.resolution) : vscode.l10n.t('Checked')} · ${item.description}`;
        item.tooltip = `${shown(row.label)}\n${row.code ? `${row.status} (${row.code})` : row.status}`;
        item.iconPath = reviewed
          ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
          : verdictIcon(row.status);
        item.contextValue = reviewed ? 'crosscheck.claim.reviewed' : 'crosscheck.claim';
        item.accessibilityInformation = {
          label: `${shown(row.label)}, ${verdictTitle(row.status)}, ${item.description}`,
        };
        return item;
      }
      case 'mention': {
        const { source, mention } = node;
        const item = new vscode.TreeItem(shown(mention.text), vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${source.path}\u0000${mention.start}`;
        item.description = `${shown(source.name)} · ${mention.normalized}`;
        item.tooltip =
          `${shown(source.name)} (${source.language}, ${source.published ?? vscode.l10n.t('undated')})\n${shown(source.headline)}` +
          (mention.conflicting ? `\n${vscode.l10n.t('Conflicts with another source.')}` : '');
        item.iconPath = mention.checked
          ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
          : mention.conflicting
            ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
            : new vscode.ThemeIcon('symbol-number');
        item.contextValue = 'crosscheck.mention';
        item.command = { command: 'crosscheck.claims.reveal', title: vscode.l10n.t('Reveal'), arguments: [node] };
        return item;
      }
    }
  }

  getParent(): undefined {
    return undefined;
  }

  private async reveal(node: Node | undefined): Promise<void> {
    const target =
      node?.kind === 'mention' ? node : node?.kind === 'claim' ? await this.firstMention(node.row) : undefined;
    if (!target?.source.uri) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.source.uri, true));
    const selection = new vscode.Range(
      document.positionAt(target.mention.start),
      document.positionAt(target.mention.end),
    );
    await vscode.window.showTextDocument(document, { selection, preview: true });
  }

  /** The claim's first conflicting mention, or its first mention. */
  private async firstMention(row: SparseClaimRow): Promise<{ source: SourceColumn; mention: ViewMention } | undefined> {
    const table = await this.current();
    const all = row.cells.flatMap((c) => c.mentions.map((mention) => ({ source: table.sources[c.source]!, mention })));
    return all.find((m) => m.mention.conflicting) ?? all[0];
  }

  /** Resolve the claim (a quick pick asks for the conclusion) or unmark every mention of it. */
  private async review(node: Node | undefined, unmark: boolean): Promise<void> {
    const row = node?.kind === 'claim' ? node.row : undefined;
    const first = row && (await this.firstMention(row));
    if (!first?.source.uri) return;
    await this.reviewClaim({ uri: first.source.uri, start: first.mention.start, end: first.mention.end }, unmark);
  }

  private async compare(node: Node | undefined): Promise<void> {
    if (node?.kind === 'claim') {
      const first = await this.firstMention(node.row);
      this.openPanel({
        story: first?.source.uri ? vscode.Uri.parse(first.source.uri, true) : undefined,
        focusClaim: node.row.claimId,
      });
    } else if (node?.kind === 'mention' && node.source.uri) {
      this.openPanel({ story: vscode.Uri.parse(node.source.uri, true) });
    } else {
      this.openPanel({});
    }
  }
}
