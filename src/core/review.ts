/**
 * The review file `.crosscheck/review.json`: what reviewers decided about single figures, shared by a team
 * through the repository and read by the language server and the CLI. Pure functions here; review-store.ts
 * does the file I/O.
 *
 * An entry names a figure by its file (relative to the workspace folder), its text and its offset. Offsets move
 * when an article is edited, so an entry also matches the figure with the same text nearest to where it was.
 */
import type { Figure } from './types';

export interface ReviewEntry {
  path: string;
  text: string;
  start: number;
  /** When the reviewer decided (ISO timestamp), for people reading the file. */
  at?: string;
}

export interface ReviewFile {
  version: 1;
  checked: ReviewEntry[];
  ignored: ReviewEntry[];
}

export type ReviewKind = 'checked' | 'ignored';

export const REVIEW_FOLDER = '.crosscheck';
export const REVIEW_FILE = 'review.json';

export function emptyReview(): ReviewFile {
  return { version: 1, checked: [], ignored: [] };
}

function entries(value: unknown): ReviewEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e): ReviewEntry[] => {
    if (!e || typeof e !== 'object') return [];
    const { path, text, start, at } = e as Record<string, unknown>;
    if (typeof path !== 'string' || typeof text !== 'string' || typeof start !== 'number') return [];
    return [{ path, text, start, ...(typeof at === 'string' ? { at } : {}) }];
  });
}

/** Reads a review file's text; anything malformed is dropped entry by entry rather than failing the whole file. */
export function parseReview(json: string): ReviewFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return emptyReview();
  }
  if (!data || typeof data !== 'object') return emptyReview();
  const d = data as Record<string, unknown>;
  return { version: 1, checked: entries(d.checked), ignored: entries(d.ignored) };
}

function byPlace(a: ReviewEntry, b: ReviewEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start;
}

/** Stable, sorted, indented: the file is read by people and diffed in pull requests. */
export function serializeReview(file: ReviewFile): string {
  const out: ReviewFile = {
    version: 1,
    checked: [...file.checked].sort(byPlace),
    ignored: [...file.ignored].sort(byPlace),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** The file with `entry` recorded under `kind` (and removed from the other list: a figure is one or the other). */
export function withEntry(file: ReviewFile, kind: ReviewKind, entry: ReviewEntry): ReviewFile {
  const same = (e: ReviewEntry): boolean => e.path === entry.path && e.start === entry.start && e.text === entry.text;
  const keep = (list: ReviewEntry[]): ReviewEntry[] => list.filter((e) => !same(e));
  return kind === 'checked'
    ? { version: 1, checked: [...keep(file.checked), entry], ignored: keep(file.ignored) }
    : { version: 1, checked: keep(file.checked), ignored: [...keep(file.ignored), entry] };
}

/**
 * The starts of the figures of one file that `entries` (already limited to that file) designate: the figure at
 * the same offset with the same text, else the nearest figure with the same text not taken by another entry.
 */
export function matchEntries(entries: readonly ReviewEntry[], figures: readonly Figure[]): Set<number> {
  const matched = new Set<number>();
  const pending: ReviewEntry[] = [];
  for (const e of entries) {
    if (figures.some((f) => f.start === e.start && f.text === e.text)) matched.add(e.start);
    else pending.push(e);
  }
  for (const e of pending) {
    let best: Figure | undefined;
    for (const f of figures) {
      if (f.text !== e.text || matched.has(f.start)) continue;
      if (!best || Math.abs(f.start - e.start) < Math.abs(best.start - e.start)) best = f;
    }
    if (best) matched.add(best.start);
  }
  return matched;
}

/**
 * Whether [start, end) sits on a figure whose start is in `marks` (the figures a reviewer checked): the one rule by
 * which the editor and the CLI withhold a diagnostic. An empty span still touches the figure it starts in.
 */
export function onMarkedFigure(figures: readonly Figure[], marks: ReadonlySet<number>, start: number, end: number): boolean {
  const stop = Math.max(end, start + 1);
  return figures.some((f) => marks.has(f.start) && f.start < stop && start < f.end);
}

/** The entries of `kind` for one file, given its path relative to the folder of the review file. */
export function entriesFor(file: ReviewFile, kind: ReviewKind, relativePath: string): ReviewEntry[] {
  return file[kind].filter((e) => e.path === relativePath);
}
