/** Builds the compare table (claims x sources) from the engine's result. */
import type { AnalyzedDocument, Claim, ClaimStatus, Figure, WorkspaceResult } from '../types';
import { normalizedValue } from './normalized';
import type {
  Cell,
  CellMention,
  ClaimRow,
  CompareOptions,
  CompareTable,
  SourceColumn,
  SparseCompareTable,
} from './types';

/** Long enough for any headline; an article without line breaks would otherwise put its whole text there. */
const HEADLINE_MAX = 300;

/** Worst first: the order a reviewer reads a story in. */
export const VERDICT_RANK: Record<ClaimStatus, number> = { conflict: 0, approximate: 1, agree: 2, single: 3 };

function key(path: string, start: number): string {
  return `${path}\u0000${start}`;
}

function pathParts(path: string): string[] {
  return path.split(/[\\/]/).filter(Boolean);
}

export function firstLine(text: string): string {
  // line by line from the top: articles are long, the headline is near the start
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let from = 0;
  while (from <= text.length) {
    const match = lineBreak.exec(text);
    const to = match ? match.index : text.length;
    const trimmed = text.slice(from, to).trim();
    if (trimmed) return trimmed.length > HEADLINE_MAX ? `${trimmed.slice(0, HEADLINE_MAX - 1)}…` : trimmed;
    if (!match) break;
    from = lineBreak.lastIndex;
  }
  return '';
}

/**
 * Column names: the file name, or as many trailing folders as it takes to tell apart files of the same name
 * ("story-1/article.txt", "story-2/article.txt"). Never the absolute path: exports are pasted into reports.
 */
export function sourceNames(paths: readonly string[]): string[] {
  const parts = paths.map(pathParts);
  const depth = parts.map(() => 1);
  for (let changed = true; changed;) {
    changed = false;
    const seen = new Map<string, number[]>();
    parts.forEach((p, i) => {
      const name = p.slice(-depth[i]!).join('/');
      seen.set(name, [...(seen.get(name) ?? []), i]);
    });
    for (const group of seen.values()) {
      if (group.length < 2) continue;
      for (const i of group) {
        if (depth[i]! < parts[i]!.length) {
          depth[i]!++;
          changed = true;
        }
      }
    }
  }
  return parts.map((p, i) => p.slice(-depth[i]!).join('/') || paths[i]!);
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

function compareRows(a: { status: ClaimStatus; label: string }, b: { status: ClaimStatus; label: string }): number {
  return VERDICT_RANK[a.status] - VERDICT_RANK[b.status] || a.label.localeCompare(b.label, 'en');
}

interface Collected {
  sources: SourceColumn[];
  rows: (Omit<ClaimRow, 'cells'> & { cells: { source: number; mentions: CellMention[] }[] })[];
}

/**
 * One row per claim (claims stated by one source only are left out unless asked for), one column per
 * source that takes part in at least one row, sources in path order, rows worst verdict first. Only the
 * cells that exist are made: the dense and sparse forms are both cut from this.
 */
function collect(result: WorkspaceResult, opts: CompareOptions): Collected {
  const docs = new Map(result.documents.map((d) => [d.path, d]));
  const figures = figureIndex(result.documents);
  const conflicting = conflictingMentions(result);

  let claims: Claim[] = result.claims.filter(
    (c) => c.mentions.length > 0 && (opts.includeSingle || c.status !== 'single'),
  );
  if (opts.story !== undefined) {
    const story = opts.story;
    claims = claims.filter((c) => c.mentions.some((m) => m.path === story));
  }

  const used = new Set<string>();
  for (const c of claims) for (const m of c.mentions) if (docs.has(m.path)) used.add(m.path);
  const paths = [...used].sort();
  const names = sourceNames(paths);
  const sources = paths.map((path, i): SourceColumn => {
    const doc = docs.get(path)!;
    return { path, name: names[i]!, headline: firstLine(doc.text), language: doc.language, published: doc.published };
  });
  const column = new Map(paths.map((p, i) => [p, i]));

  const rows = claims.map((claim) => {
    const cells = new Map<number, CellMention[]>();
    for (const m of [...claim.mentions].sort((a, b) => a.start - b.start)) {
      const source = column.get(m.path);
      if (source === undefined) continue;
      const k = key(m.path, m.start);
      const figure = figures.get(k);
      const mention: CellMention = {
        path: m.path,
        start: m.start,
        end: m.end,
        text: figure?.text ?? docs.get(m.path)!.text.slice(m.start, m.end),
        value: figure ? figure.value : null,
        unit: figure?.unit ?? '',
        ...(figure ? { kind: figure.kind } : {}),
        normalized: figure ? normalizedValue(figure) : '',
        conflicting: conflicting.has(k),
      };
      const list = cells.get(source);
      if (list) list.push(mention);
      else cells.set(source, [mention]);
    }
    return {
      claimId: claim.id,
      label: claim.label,
      status: claim.status,
      ...(claim.code ? { code: claim.code } : {}),
      cells: [...cells].sort((a, b) => a[0] - b[0]).map(([source, mentions]) => ({ source, mentions })),
    };
  });
  rows.sort(compareRows);
  return { sources, rows };
}

export function buildCompareTable(result: WorkspaceResult, opts: CompareOptions = {}): CompareTable {
  const { sources, rows } = collect(result, opts);
  return {
    sources,
    rows: rows.map(({ cells, ...row }) => {
      const dense: (Cell | null)[] = new Array(sources.length).fill(null);
      for (const c of cells) dense[c.source] = { mentions: c.mentions };
      return { ...row, cells: dense };
    }),
  };
}

/** The table with only its non-empty cells and the mention fields the panel shows. */
export function buildCompareView(result: WorkspaceResult, opts: CompareOptions = {}): SparseCompareTable {
  const { sources, rows } = collect(result, opts);
  return {
    sources,
    rows: rows.map((row) => ({
      ...row,
      cells: row.cells.map(({ source, mentions }) => ({
        source,
        mentions: mentions.map(({ start, end, text, normalized, conflicting }) => ({
          start,
          end,
          text,
          normalized,
          conflicting,
        })),
      })),
    })),
  };
}

/** Drops the empty cells of a dense table (and the mention fields the panel does not show). */
export function toSparse(table: CompareTable): SparseCompareTable {
  return {
    sources: table.sources,
    rows: table.rows.map(({ cells, ...row }) => ({
      ...row,
      cells: cells.flatMap((cell, source) =>
        cell
          ? [
              {
                source,
                mentions: cell.mentions.map(({ start, end, text, normalized, conflicting }) => ({
                  start,
                  end,
                  text,
                  normalized,
                  conflicting,
                })),
              },
            ]
          : [],
      ),
    })),
  };
}
