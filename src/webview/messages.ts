/**
 * The messages between the extension and the Compare Sources webview, in both directions: one declaration,
 * imported (as types only) by the webview script and by the extension, which validates every message it
 * receives (src/extension/compare/messages.ts) because the webview renders untrusted article text.
 */
import type { DeskView, SparseCompareTable } from '../protocol';

/** What the webview may ask of the extension. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'export'; format: 'markdown' | 'csv' }
  | { type: 'refresh' }
  /** The webview drew a table: how long that took (milliseconds), for the output channel's timings. */
  | { type: 'rendered'; ms: number; rows: number };

/** The table to draw, with the UI strings localized by the extension (vscode.l10n). */
export interface TableMessage {
  type: 'table';
  table: SparseCompareTable;
  /** The file name of the article whose story is shown, null for the whole workspace. */
  story: string | null;
  /** A claim to scroll to and focus. */
  focusClaim?: string;
  /** The target changed: forget the filters the user had set. */
  resetFilters: boolean;
  strings: Record<string, string>;
  /** The reviewer's desk (verdicts, dot plots, every source), drawn as cards: the default view. */
  desk?: DeskView;
}

/** What the extension sends the webview. */
export type HostMessage = TableMessage;

/** What the webview keeps across reloads (vscode.setState). */
export interface WebviewState {
  /** Claims as cards (readable at any width, the default) or the claims x sources table. */
  view: 'cards' | 'table';
  /** Cards: only claims of this verdict. */
  verdict: '' | 'conflict' | 'approximate' | 'agree';
  conflictsOnly: boolean;
  language: string;
  source: string;
  sort: 'verdict' | 'claim';
  page: number;
  columnPage: number;
}
