/** Builds the compare table (claims x sources) from the engine's result. */
import type { AnalyzedDocument, Claim, ClaimStatus, Figure, WorkspaceResult } from '../types';
import { normalizedValue } from './normalized';
import type { Cell, CellMention, ClaimRow, CompareOptions, CompareTable, SourceColumn, SparseCompareTable } from './types';

const HEADLINE_MAX = 160;

/** Worst first: the order a reviewer reads a story in. */
export const VERDICT_RANK: Record<ClaimStatus, number> = { conflict: 0, approximate: 1, agree: 2, single: 3 };

function key(path: string, start: number): string {
  return `${path}\u0000${start}`;
}

export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

export function firstLine(text: string): string {
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const trimmed = line.trim();
    if (trimmed) return trimmed.length > HEADLINE_MAX ? `${trimmed.slice(0, HEADLINE_MAX - 1)}…` : trimmed;
  }
  return '';
}

function sourceColumn(doc: AnalyzedDocument): SourceColumn {
  return {
    path: doc.path,
    name: fileName(doc.path),
    headline: firstLine(doc.text),
    language: doc.language,
    published: doc.published,
  };
}

/** Mentions that carry a conflict diagnostic: the cells that stand out. */
function conflictingMentions(result: WorkspaceResult): Set<string> {
  const marked = new Set<string>();
  for (const d of result.diagnostics) {
    if (d.code.startsWith('conflict')) marked.add(key(d.path, d.start));
  }
  return marked;
}

function figureIndex(docs: readonly AnalyzedDocument[]): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  for (const doc of docs) for (const f of doc.figures) figures.set(key(doc.path, f.start), f);
  return figures;
}

function cellMention(
  mention: Claim['mentions'][number],
  figures: Map<string, Figure>,
  docs: Map<string, AnalyzedDocument>,
  conflicting: Set<string>,
): CellMention {
  const k = key(mention.path, mention.start);
  const figure = figures.get(k);
  const text = figure?.text ?? docs.get(mention.path)?.text.slice(mention.start, mention.end) ?? '';
  return {
    path: mention.path,
    start: mention.start,
    end: mention.end,
    text,
    value: figure ? figure.value : null,
    unit: figure?.unit ?? '',
    ...(figure ? { kind: figure.kind } : {}),
    normalized: figure ? normalizedValue(figure) : '',
    conflicting: conflicting.has(k),
  };
}

function compareRows(a: ClaimRow, b: ClaimRow): number {
  return VERDICT_RANK[a.status] - VERDICT_RANK[b.status] || a.label.localeCompare(b.label, 'en');
}

/**
 * One row per claim (claims stated by one source only are left out unless asked for), one column per
 * source that takes part in at least one row, sources in path order, rows worst verdict first.
 */
export function buildCompareTable(result: WorkspaceResult, opts: CompareOptions = {}): CompareTable {
  const docs = new Map(result.documents.map((d) => [d.path, d]));
  const figures = figureIndex(result.documents);
  const conflicting = conflictingMentions(result);

  let claims = result.claims.filter((c) => c.mentions.length > 0 && (opts.includeSingle || c.status !== 'single'));
  if (opts.story !== undefined) {
    const story = opts.story;
    claims = claims.filter((c) => c.mentions.some((m) => m.path === story));
  }

  const used = new Set<string>();
  for (const c of claims) for (const m of c.mentions) if (docs.has(m.path)) used.add(m.path);
  const sources = [...used].sort().map((p) => sourceColumn(docs.get(p)!));
  const column = new Map(sources.map((s, i) => [s.path, i]));

  const rows = claims.map((claim): ClaimRow => {
    const cells: (Cell | null)[] = sources.map(() => null);
    const ordered = [...claim.mentions].sort((a, b) => a.start - b.start);
    for (const m of ordered) {
      const i = column.get(m.path);
      if (i === undefined) continue;
      const cell = (cells[i] ??= { mentions: [] });
      cell.mentions.push(cellMention(m, figures, docs, conflicting));
    }
    return {
      claimId: claim.id,
      label: claim.label,
      status: claim.status,
      ...(claim.code ? { code: claim.code } : {}),
      cells,
    };
  });
  rows.sort(compareRows);
  return { sources, rows };
}

/** Drops the empty cells, keeping each cell's column index. */
export function toSparse(table: CompareTable): SparseCompareTable {
  return {
    sources: table.sources,
    rows: table.rows.map(({ cells, ...row }) => ({
      ...row,
      cells: cells.flatMap((cell, source) => (cell ? [{ source, mentions: cell.mentions }] : [])),
    })),
  };
}
