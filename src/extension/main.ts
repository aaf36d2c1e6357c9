/**
 * Crosscheck's extension entry (bundled to dist/extension.js): a thin client. It starts the language server,
 * registers commands, the language status item and the figure underline, and hands tests an API. The engine never
 * runs on the extension host's thread.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CompareTable, ContractDocument, DeskView } from '../protocol';
import type { WorkspaceSummary } from '../protocol';
import {
  CancelScanNotification,
  DeskRequest,
  ReadyRequest,
  ResultsChangedNotification,
  ScanProgressNotification,
  ServerInfoRequest,
  SnapshotRequest,
  StatusNotification,
  SummaryNotification,
  UnsavedDocumentsRequest,
} from '../protocol';
import type { ClaimsViewItem } from './claims-view';
import { createClient } from './client';
import { registerCommands } from './commands';
import { registerCompareFeatures } from './compare/index';
import { FigureDecorations } from './decorations';
import { ArticleStatus } from './status';
import { WorkspaceSummaryItem } from './summary';
import { ScanProgress, type ScanProgressState } from './scan-progress';

/** What activate() returns: used by the integration tests (and by other extensions, if they like). */
export interface CrosscheckApi {
  /** Resolves when the first workspace scan is done and its diagnostics are published. */
  ready(): Promise<void>;
  /** The current result in the CLI's JSON contract. */
  snapshot(): Promise<ContractDocument>;
  compareTable(story?: string): Promise<CompareTable>;
  claimsViewItems(): Promise<ClaimsViewItem[]>;
  /** What Compare Sources draws: per claim its verdict, and every source (for one story when given a URI). */
  desk(story?: string): Promise<DeskView>;
  comparePanelHtml(): string | undefined;
  /** The status-bar summary as shown: its text and the server's last summary. */
  summary(): { text: string; summary: WorkspaceSummary | undefined };
  /** The scan's notification as last shown (title, last report, shown / done / cancelled). */
  scanProgress(): ScanProgressState | undefined;
  /** Presses the scan notification's Cancel button; false when no scan is shown. */
  cancelScan(): boolean;
  /** The language server's process id (the restart test kills it). */
  serverPid(): Promise<number>;
  /** How long start-up took, for the README's measurements (milliseconds). */
  timings(): Timings;
}

export interface Timings {
  /** Age of the extension host process when activate() was called. */
  hostAgeAtActivation: number;
  /** activate() called -> returned (language server started). */
  activation: number;
  /** activate() called -> first workspace check published; undefined until then. */
  firstDiagnostics?: number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const output = vscode.window.createOutputChannel('Crosscheck');
  const lc = createClient(context, output);
  client = lc;
  const status = new ArticleStatus();
  const summary = new WorkspaceSummaryItem();
  const decorations = new FigureDecorations(lc);
  const scan = new ScanProgress((id) => void lc.sendNotification(CancelScanNotification, { id }));
  context.subscriptions.push(output, status, summary, decorations, scan, ...registerCommands(lc));

  const began = performance.now();
  const timings: Timings = { hostAgeAtActivation: Math.round(process.uptime() * 1000), activation: 0 };
  const started = lc.start();
  const compare = registerCompareFeatures(context, lc, (m) => output.appendLine(m));
  lc.onNotification(StatusNotification, (s) => status.update(s));
  lc.onNotification(SummaryNotification, (s) => summary.update(s));
  lc.onNotification(ScanProgressNotification, (p) => scan.update(p));
  lc.onRequest(UnsavedDocumentsRequest, ({ uris }) => {
    const asked = new Set(uris);
    return vscode.workspace.textDocuments
      .filter((d) => d.isDirty && asked.has(d.uri.toString()))
      .map((d) => d.uri.toString());
  });
  // One handler per notification in a language client: everything that shows results refreshes from here.
  lc.onNotification(ResultsChangedNotification, () => {
    decorations.refresh();
    compare.refresh();
  });
  await started;
  timings.activation = Math.round(performance.now() - began);
  output.appendLine(`Language server started in ${timings.activation} ms.`);

  const ready = (async () => {
    await lc.sendRequest(ReadyRequest);
    timings.firstDiagnostics = Math.round(performance.now() - began);
    output.appendLine(`First workspace check done ${timings.firstDiagnostics} ms after activation.`);
  })();
  return {
    ready: () => ready,
    snapshot: async () => {
      await ready;
      return lc.sendRequest(SnapshotRequest);
    },
    compareTable: async (story) => {
      await ready;
      return compare.compareTable(story);
    },
    claimsViewItems: async () => {
      await ready;
      return compare.claimsViewItems();
    },
    desk: async (story) => {
      await ready;
      return lc.sendRequest(DeskRequest, story ? { story } : {});
    },
    comparePanelHtml: () => compare.comparePanelHtml(),
    summary: () => summary.state(),
    scanProgress: () => scan.state(),
    cancelScan: () => scan.cancel(),
    serverPid: async () => (await lc.sendRequest(ServerInfoRequest)).pid,
    timings: () => ({ ...timings }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
