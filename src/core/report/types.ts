/**
 * The compare table: one row per claim, one column per source. Built by the engine's faces (CLI, language
 * server, panel) from a WorkspaceResult; plain data, so it crosses process boundaries as JSON.
 */
import type { ClaimStatus, DetectedLanguage, DiagnosticCode, FigureKind } from '../types';

export interface SourceColumn {
  path: string;
  /** Set by the language server: the URI the editor opens to reveal this source's mentions. */
  uri?: string;
  /** The file name without its folders. */
  name: string;
  /** The first non-empty line of the article: usually the outlet or the headline. */
  headline: string;
  language: DetectedLanguage;
  /** ISO date or month, null when the article does not say. */
  published: string | null;
}

export interface CellMention {
  path: string;
  start: number;
  end: number;
  /** The figure exactly as the source states it (article text, untrusted). */
  text: string;
  value: number | string | null;
  unit: string;
  kind?: FigureKind;
  /** The value in a form comparable across languages: "4 300 000 000 USD", "2027", "unreadable". */
  normalized: string;
  /** A conflict diagnostic sits on this mention. */
  conflicting: boolean;
}

export interface Cell {
  mentions: CellMention[];
}

export interface ClaimRow {
  claimId: string;
  label: string;
  status: ClaimStatus;
  code?: DiagnosticCode;
  /** One entry per source column, null where the source does not mention the claim. */
  cells: (Cell | null)[];
}

export interface CompareTable {
  sources: SourceColumn[];
  rows: ClaimRow[];
}

export interface CompareOptions {
  /** Path of one article: only the claims it takes part in (and the sources of those claims). */
  story?: string;
  /** Keep claims stated by a single mention source (status "single"); off by default: nothing to compare. */
  includeSingle?: boolean;
}

/** A mention as the panel needs it: its place in its source's file, the stated text and the verdict on it. */
export type ViewMention = Pick<CellMention, 'start' | 'end' | 'text' | 'normalized' | 'conflicting'> & {
  /** A reviewer checked this figure (the language server sets it; `conflicting` is then false: its conflict is settled). */
  checked?: boolean;
  /** What the reviewer concluded when the figure was checked as part of its whole claim. */
  resolution?: string;
};

/**
 * The same table with only the cells that exist, for the panel and the Claims view: a workspace of 2 000
 * articles makes the dense form mostly nulls (35 MB of JSON for 3 000 claims, against 4 MB).
 */
export interface SparseClaimRow extends Omit<ClaimRow, 'cells'> {
  /** `source` is the index of the cell's column in `sources`. */
  cells: { source: number; mentions: ViewMention[] }[];
  /** Set by the language server: a reviewer checked some or all of the claim's mentions. */
  review?: 'partly' | 'all';
  /** The conclusion a reviewer recorded for the whole claim, when all its mentions carry the same one. */
  resolution?: string;
}

export interface SparseCompareTable {
  sources: SourceColumn[];
  rows: SparseClaimRow[];
}
