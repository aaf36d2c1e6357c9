/**
 * A reviewer's decision about a whole claim, as changes to the review files: resolving checks every mention of the
 * claim, each entry carrying the conclusion and the claim's label; unmarking removes the entries that mark its
 * mentions (the entries that matched, which may name an older offset after an edit). A claim whose articles live in
 * several workspace folders changes each folder's own file.
 */
import { withEntries, withoutEntries, type ClaimResolution, type ReviewEntry, type ReviewFile } from '../core/review';
import type { Claim } from '../core/types';
import { relativeTo } from '../node/paths';
import type { ResultIndex } from './result-index';

export interface ClaimReviewContext {
  index: ResultIndex;
  /** The folder whose `.crosscheck/review.json` governs `path`; undefined for a document with no file on disk. */
  reviewFolderOf(path: string): string | undefined;
  /** The entry that marks the figure starting at `start` of `path` as checked. */
  checkedEntry(path: string, start: number): ReviewEntry | undefined;
  now(): string;
}

export interface ClaimChanges {
  claim: Claim;
  /** Per review folder, the change to apply to its file. */
  changes: Map<string, (file: ReviewFile) => ReviewFile>;
  /** How many entries are recorded or removed. */
  count: number;
}

function byFolder<T>(ctx: ClaimReviewContext, items: { path: string; item: T }[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const { path, item } of items) {
    const folder = ctx.reviewFolderOf(path);
    if (!folder) continue;
    const list = out.get(folder);
    if (list) list.push(item);
    else out.set(folder, [item]);
  }
  return out;
}

/** The changes that resolve (or, with `resolution` null, unmark) the claim of the figure starting at `start`. */
export function claimChanges(
  ctx: ClaimReviewContext,
  path: string,
  start: number,
  resolution: ClaimResolution | null,
): ClaimChanges | undefined {
  const claim = ctx.index.claimOf(path, start);
  if (!claim) return undefined;
  const changes = new Map<string, (file: ReviewFile) => ReviewFile>();
  let count = 0;
  if (resolution === null) {
    const marked = claim.mentions.flatMap((m) => {
      const entry = ctx.checkedEntry(m.path, m.start);
      return entry ? [{ path: m.path, item: entry }] : [];
    });
    for (const [folder, entries] of byFolder(ctx, marked)) {
      changes.set(folder, (file) => withoutEntries(file, 'checked', entries));
      count += entries.length;
    }
    return { claim, changes, count };
  }
  const at = ctx.now();
  const mentions = claim.mentions.flatMap((m) => {
    const figure = ctx.index.figure(m.path, m.start);
    return figure ? [{ path: m.path, item: { path: m.path, start: m.start, text: figure.text } }] : [];
  });
  for (const [folder, list] of byFolder(ctx, mentions)) {
    const entries: ReviewEntry[] = list.map((m) => ({
      path: relativeTo(folder, m.path),
      text: m.text,
      start: m.start,
      resolution,
      claim: claim.label,
      at,
    }));
    changes.set(folder, (file) => withEntries(file, 'checked', entries));
    count += entries.length;
  }
  return { claim, changes, count };
}
