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
  /**
   * Set when the figure was checked as part of a whole claim: what the reviewer concluded (CLAIM_RESOLUTIONS).
   * Another string (a later version's) is kept and shown as written.
   */
  resolution?: string;
  /** The claim's label when it was resolved, for people reading the file. */
  claim?: string;
  /** When the reviewer decided (ISO timestamp), for people reading the file. */
  at?: string;
}

/** What a reviewer may conclude about a whole claim; every mention of it is then checked. */
export const CLAIM_RESOLUTIONS = {
  'apart-wrong': 'the source that stands apart is wrong',
  'majority-wrong': 'the majority is wrong',
  'both-stand': 'both stand: the figures are not the same fact, or both are right',
} as const;
export type ClaimResolution = keyof typeof CLAIM_RESOLUTIONS;

export interface ReviewFile {
  version: 1;
  checked: ReviewEntry[];
  ignored: ReviewEntry[];
}

export type ReviewKind = 'checked' | 'ignored';

export const REVIEW_FOLDER = '.crosscheck';
export const REVIEW_FILE = 'review.json';
/**
 * The largest review file read or written: an entry is ~150 bytes, so this is some fifty thousand decisions, far
 * beyond a team's story, and small enough to parse in a blink however the file got there.
 */
export const MAX_REVIEW_BYTES = 8 * 1024 * 1024;

/** A review file's text, read: the decisions, or why the file cannot be used (and must then not be rewritten). */
export type ReviewParse = { ok: true; file: ReviewFile } | { ok: false; error: string };

export function emptyReview(): ReviewFile {
  return { version: 1, checked: [], ignored: [] };
}

/** Git leaves these at the start of a line when a merge of the file conflicts. */
const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?: |$)/m;

/**
 * An entry with the fields the engine needs; other fields a person or a later version added are kept as they are,
 * so rewriting the file to add one mark never drops what was there.
 */
function entry(value: unknown): ReviewEntry | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const e = value as Record<string, unknown>;
  if (
    typeof e.path !== 'string' ||
    typeof e.text !== 'string' ||
    typeof e.start !== 'number' ||
    !Number.isInteger(e.start)
  )
    return undefined;
  for (const key of ['at', 'resolution', 'claim'] as const)
    if (e[key] !== undefined && typeof e[key] !== 'string') return undefined;
  return e as unknown as ReviewEntry;
}

function entries(value: unknown, name: ReviewKind): ReviewEntry[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return `"${name}" is not a list`;
  const out: ReviewEntry[] = [];
  for (let i = 0; i < value.length; i++) {
    const e = entry(value[i]);
    if (!e)
      return `entry ${i + 1} of "${name}" is not an object with a string "path", a string "text" and an integer "start" (and strings, if any, for "at", "resolution" and "claim")`;
    out.push(e);
  }
  return out;
}

/**
 * Reads a review file's text. Anything it cannot fully understand (invalid JSON, git conflict markers, an entry of
 * the wrong shape, another version) is refused as a whole: the file is the team's work, and a reader that dropped
 * what it did not understand would lose it at the next write.
 */
export function parseReview(json: string): ReviewParse {
  if (CONFLICT_MARKER.test(json))
    return { ok: false, error: 'it holds git merge-conflict markers (<<<<<<< ... >>>>>>>): resolve the conflict' };
  let data: unknown;
  try {
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (err) {
    return { ok: false, error: `it is not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'it is not a JSON object' };
  const d = data as Record<string, unknown>;
  if (d.version !== undefined && d.version !== 1)
    return { ok: false, error: `it has version ${JSON.stringify(d.version)}; this Crosscheck reads version 1` };
  const checked = entries(d.checked, 'checked');
  if (typeof checked === 'string') return { ok: false, error: checked };
  const ignored = entries(d.ignored, 'ignored');
  if (typeof ignored === 'string') return { ok: false, error: ignored };
  // Unknown top-level fields are kept for the same reason as unknown entry fields.
  return { ok: true, file: { ...(d as object), version: 1, checked, ignored } };
}

function byPlace(a: ReviewEntry, b: ReviewEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start;
}

/** The fields of an entry in the order they are written; fields a person or a later version added follow, sorted. */
const ENTRY_KEYS = ['path', 'start', 'text', 'resolution', 'claim', 'at'];

function orderedKeys(value: Record<string, unknown>, first: readonly string[]): string[] {
  const rest = Object.keys(value)
    .filter((k) => !first.includes(k))
    .sort();
  return [...first.filter((k) => value[k] !== undefined), ...rest];
}

/** One entry on one line, its keys in a fixed order: a decision is one line of a diff. */
function entryLine(e: ReviewEntry): string {
  const record = e as unknown as Record<string, unknown>;
  return `{${orderedKeys(record, ENTRY_KEYS)
    .map((k) => `${JSON.stringify(k)}: ${JSON.stringify(record[k])}`)
    .join(', ')}}`;
}

function entryList(list: readonly ReviewEntry[]): string {
  if (list.length === 0) return '[]';
  return `[\n${[...list]
    .sort(byPlace)
    .map((e) => `    ${entryLine(e)}`)
    .join(',\n')}\n  ]`;
}

/**
 * Stable and sorted: the file is read by people and diffed in pull requests, so each decision is one line (its keys
 * in a fixed order, entries by file and place) and the same decisions always give the same text.
 */
export function serializeReview(file: ReviewFile): string {
  const top = file as unknown as Record<string, unknown>;
  const keys = orderedKeys({ ...top, version: 1 }, ['version', 'checked', 'ignored']);
  const lines = keys.map((k) => {
    const value =
      k === 'version'
        ? '1'
        : k === 'checked' || k === 'ignored'
          ? entryList(file[k])
          : JSON.stringify(top[k], null, 2).replace(/\n/g, '\n  ');
    return `  ${JSON.stringify(k)}: ${value}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The file with `entry` recorded under `kind` (and removed from the other list: a figure is one or the other). */
export function withEntry(file: ReviewFile, kind: ReviewKind, entry: ReviewEntry): ReviewFile {
  const same = (e: ReviewEntry): boolean => e.path === entry.path && e.start === entry.start && e.text === entry.text;
  const keep = (list: ReviewEntry[]): ReviewEntry[] => list.filter((e) => !same(e));
  return kind === 'checked'
    ? { ...file, checked: [...keep(file.checked), entry], ignored: keep(file.ignored) }
    : { ...file, checked: keep(file.checked), ignored: [...keep(file.ignored), entry] };
}

/** The file without the entries of `kind` that name one of `entries` (by place and text): a decision undone. */
export function withoutEntries(file: ReviewFile, kind: ReviewKind, entries: readonly ReviewEntry[]): ReviewFile {
  const gone = new Set(entries.map((e) => `${e.path}\u0000${e.start}\u0000${e.text}`));
  return { ...file, [kind]: file[kind].filter((e) => !gone.has(`${e.path}\u0000${e.start}\u0000${e.text}`)) };
}

/** The file with every one of `entries` recorded under `kind` (a claim resolved at once). */
export function withEntries(file: ReviewFile, kind: ReviewKind, entries: readonly ReviewEntry[]): ReviewFile {
  return entries.reduce((f, e) => withEntry(f, kind, e), file);
}

/**
 * The figures of one file that `entries` (already limited to that file) designate, each with the entry that does:
 * the figure at the same offset with the same text, else the nearest figure with the same text not taken by another
 * entry. The entry is what undoing the decision removes (its offset may be an older one).
 */
export function matchEntryMap(entries: readonly ReviewEntry[], figures: readonly Figure[]): Map<number, ReviewEntry> {
  const matched = new Map<number, ReviewEntry>();
  const pending: ReviewEntry[] = [];
  for (const e of entries) {
    if (figures.some((f) => f.start === e.start && f.text === e.text)) matched.set(e.start, e);
    else pending.push(e);
  }
  for (const e of pending) {
    let best: Figure | undefined;
    for (const f of figures) {
      if (f.text !== e.text || matched.has(f.start)) continue;
      if (!best || Math.abs(f.start - e.start) < Math.abs(best.start - e.start)) best = f;
    }
    if (best) matched.set(best.start, e);
  }
  return matched;
}

/** The starts of the figures of one file that `entries` designate (matchEntryMap's keys). */
export function matchEntries(entries: readonly ReviewEntry[], figures: readonly Figure[]): Set<number> {
  return new Set(matchEntryMap(entries, figures).keys());
}

/**
 * Whether [start, end) sits on a figure whose start is in `marks` (the figures a reviewer checked): the one rule by
 * which the editor and the CLI withhold a diagnostic. An empty span still touches the figure it starts in.
 */
export function onMarkedFigure(
  figures: readonly Figure[],
  marks: { has(start: number): boolean },
  start: number,
  end: number,
): boolean {
  const stop = Math.max(end, start + 1);
  return figures.some((f) => marks.has(f.start) && f.start < stop && start < f.end);
}

/** The entries of `kind` for one file, given its path relative to the folder of the review file. */
export function entriesFor(file: ReviewFile, kind: ReviewKind, relativePath: string): ReviewEntry[] {
  return file[kind].filter((e) => e.path === relativePath);
}
