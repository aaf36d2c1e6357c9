/**
 * Crosscheck's extensions to the Language Server Protocol, declared once and imported by both the client
 * (src/extension) and the server (src/server), the way vscode-eslint shares its protocol module.
 * Only plain JSON crosses this boundary: no class instances, no Maps.
 */
import {
  NotificationType,
  NotificationType0,
  RequestType,
  RequestType0,
  type Location,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol';
import type { CompareTable, SourceColumn, SparseClaimRow, SparseCompareTable, ViewMention } from './core/report/types';
import type { ClaimVerdict, SourceSummary } from './core/report/verdict';
import type { DotPlot } from './core/report/dotplot';
import type { ContractDocument } from './core/serialize';
import type { ClaimResolution } from './core/review';
import type { ClaimStatus, DetectedLanguage, FigureKind } from './core/types';

export type {
  ClaimResolution,
  ClaimStatus,
  ContractDocument,
  CompareTable,
  SourceColumn,
  SparseClaimRow,
  SparseCompareTable,
  ViewMention,
};

/**
 * How untrusted article text is shown as text (invisible characters written out, one line per cell): the one
 * rule the engine's exports, the Claims view and the Compare Sources webview all apply.
 */
export { oneLine, revealInvisible } from './core/report/text';

/** The current workspace result in the CLI's JSON contract (docs/cli-json-contract.md). */
export const SnapshotRequest = new RequestType0<ContractDocument, void>('crosscheck/snapshot');

/** The compare table, for the whole workspace or for the story of one file (its URI). Handler: compare-requests.ts. */
export interface CompareTableParams {
  story?: string;
}
export const CompareTableRequest = new RequestType<CompareTableParams, CompareTable, void>('crosscheck/compareTable');

/**
 * The same table without its empty cells, each source with the URI to reveal its mentions: what the Compare
 * Sources panel loads (2 000 articles make the dense table mostly nulls). Handler: compare-requests.ts.
 */
export const CompareViewRequest = new RequestType<CompareTableParams, SparseCompareTable, void>(
  'crosscheck/compareView',
);

/**
 * The reviewer's desk: per claim its verdict (consensus, what stands apart and by how far, why, review state) and
 * dot plot, and every source with the figures no claim holds. Same params as the table. Handler: compare-requests.ts.
 */
export interface DeskVerdict extends ClaimVerdict {
  plot?: DotPlot;
}
export interface DeskView {
  verdicts: DeskVerdict[];
  sources: SourceSummary[];
}
export type { ClaimVerdict, SourceSummary, DotPlot };
export const DeskRequest = new RequestType<CompareTableParams, DeskView, void>('crosscheck/desk');

/** The compare table as Markdown or CSV text. Handler: compare-requests.ts. */
export interface ExportParams {
  format: 'markdown' | 'csv';
  story?: string;
}
export const ExportRequest = new RequestType<ExportParams, string, void>('crosscheck/export');

/**
 * Record a reviewer's decision about the figure at (or overlapping) [start, end) in `uri`, in the review file
 * `.crosscheck/review.json` of its workspace folder. "check": the figure was verified, its conflict is suppressed;
 * "ignore": it is not a figure worth comparing, the engine no longer sees it; "uncheck": undo "check" (the entry
 * that marks the figure is removed). Offsets are UTF-16 into the text.
 */
export interface ReviewParams {
  action: 'check' | 'ignore' | 'uncheck';
  uri: string;
  start: number;
  end: number;
}
/**
 * `figure` is the text of the figure recorded, null when no figure was found at that place. `error` says why the
 * decision was not recorded (the review file does not parse, is locked, too large...): the file was left as it is.
 */
export interface ReviewResult {
  figure: string | null;
  reviewFile?: string;
  error?: string;
}
export const ReviewRequest = new RequestType<ReviewParams, ReviewResult, void>('crosscheck/review');

/**
 * Resolve the whole claim of the figure at [start, end) in `uri`: every mention of it is checked, each entry with the
 * reviewer's conclusion (core/review.ts CLAIM_RESOLUTIONS); `resolution: null` unmarks every mention of the claim.
 */
export interface ClaimReviewParams {
  uri: string;
  start: number;
  end: number;
  resolution: ClaimResolution | null;
}
/** `claim` is the claim's label, null when the figure belongs to no claim; `mentions`, how many entries changed. */
export interface ClaimReviewResult {
  claim: string | null;
  mentions: number;
  reviewFile?: string;
  error?: string;
}
export const ClaimReviewRequest = new RequestType<ClaimReviewParams, ClaimReviewResult, void>('crosscheck/claimReview');

/** Sent by the server after every re-check, so views that show results (panel, tree, decorations) refresh. */
export const ResultsChangedNotification = new NotificationType0('crosscheck/resultsChanged');

/** What the language status item shows for one open article. */
export interface StatusParams {
  uri: string;
  /** "ok": checked; "too-large": over crosscheck.files.maxSizeKB; "excluded": outside the configured globs. */
  state: 'ok' | 'too-large' | 'excluded';
  language: DetectedLanguage;
  figures: number;
  conflicts: number;
  /** Milliseconds the last whole-workspace check took, so users can see why it feels slow. */
  checkMs?: number;
}
export const StatusNotification = new NotificationType<StatusParams>('crosscheck/status');

/** The workspace at a glance, for the status-bar summary: sent after every check. */
export interface WorkspaceSummary {
  /** Claims in conflict that no reviewer settled (some mention not checked). */
  conflicts: number;
  /** Claims more than one source states (those the Claims view lists). */
  claims: number;
  /** Articles checked. */
  files: number;
  /** What is checked (crosscheck.scope): every article of the workspace, or only the open ones. */
  scope: 'workspace' | 'openFiles';
}
export const SummaryNotification = new NotificationType<WorkspaceSummary>('crosscheck/summary');

/** Resolves once the first workspace scan has finished (or was cancelled): the test API's ready(). */
export const ReadyRequest = new RequestType0<void, void>('crosscheck/ready');

/** Scan the workspace folders again from disk (the command "Re-check Workspace"). */
export const RecheckRequest = new RequestType0<void, void>('crosscheck/recheck');

/** The server process (its id): for the test that kills it and watches the client start another. */
export const ServerInfoRequest = new RequestType0<{ pid: number }, void>('crosscheck/serverInfo');

/**
 * Server → client: which of these open documents hold unsaved edits (LSP does not say). Asked when their files are
 * deleted: a document with nothing unsaved leaves the comparison with its file, one with unsaved edits stays (the
 * user's work is in it). Handler: src/extension/main.ts.
 */
export interface UnsavedDocumentsParams {
  uris: string[];
}
export const UnsavedDocumentsRequest = new RequestType<UnsavedDocumentsParams, string[], void>(
  'crosscheck/unsavedDocuments',
);

/** The figures of one document, for the editor's underline decoration. */
/**
 * `inClaim`: the figure is a mention of a claim more than one source states (the underline may keep to those).
 * `provisional`: the other sources are not compared yet (the first scan, or a re-check that takes in this article):
 * whether the figure is in such a claim is not known, so the underline shows every figure but dates meanwhile.
 */
export interface FigureRange {
  range: Range;
  kind: FigureKind;
  conflict: boolean;
  inClaim: boolean;
  provisional?: boolean;
}
export interface FiguresParams {
  uri: string;
}
export const FiguresRequest = new RequestType<FiguresParams, FigureRange[], void>('crosscheck/figures');

/** Every mention of the claim the figure at `position` belongs to (empty when it belongs to none). */
export interface ClaimMentionsParams {
  uri: string;
  position: Position;
}
export interface ClaimMentionsResult {
  label: string | null;
  locations: Location[];
}
export const ClaimMentionsRequest = new RequestType<ClaimMentionsParams, ClaimMentionsResult, void>(
  'crosscheck/claimMentions',
);

/** Arguments of the client command crosscheck.openSource (also used in hover command links). */
export interface OpenSourceArgs {
  uri: string;
  range: Range;
}

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `crosscheck.*` settings as the client sends them (synchronize.configurationSection). */
export interface CrosscheckSettings {
  files?: { include?: string[]; exclude?: string[]; maxSizeKB?: number };
  figures?: { decoration?: 'underline' | 'inlay' | 'none' };
  baseCurrency?: string;
  rules?: { tolerance?: number; about?: number; nearly?: number; slipFactor?: number };
  severity?: Partial<Record<string, SeverityName>>;
  check?: { trigger?: 'onType' | 'onSave' };
  scope?: 'workspace' | 'openFiles';
  /** The language of the server's messages: "auto" (VS Code's display language) or a language subtag ("pl"). */
  language?: string;
}

/** What the client hands the server at start-up. */
export interface InitializationOptions {
  settings: CrosscheckSettings;
  /** Base URI of docs/codes/ inside the extension: the target of each diagnostic code. */
  docsBaseUri: string;
  /**
   * The client shows the scan's progress as a cancellable notification (crosscheck/scanProgress): VS Code shows an
   * LSP work-done progress in the status bar only, where it cannot be cancelled. Other clients get work-done progress.
   */
  scanNotification?: boolean;
}

/** The workspace scan's progress, for the client's notification; `id` names one scan. */
export interface ScanProgressParams {
  id: number;
  state: 'begin' | 'report' | 'end';
  /** begin: the title; report: what is being done ("120 of 2 000 files", "comparing claims…"). */
  message?: string;
  /** 0–100 */
  percentage?: number;
  /** end: the scan stopped on the user's request. */
  cancelled?: boolean;
  /**
   * end: the scan's outcome, files read and analyzed of the files it found (a cancelled scan read fewer). Files the
   * watchers report meanwhile are not the scan's and are not counted.
   */
  read?: { done: number; total: number };
}
export const ScanProgressNotification = new NotificationType<ScanProgressParams>('crosscheck/scanProgress');
/** Client → server: the user cancelled this scan (what was read so far is kept and compared). */
export const CancelScanNotification = new NotificationType<{ id: number }>('crosscheck/cancelScan');
