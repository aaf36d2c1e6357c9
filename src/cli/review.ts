/**
 * The team's review decisions (`.crosscheck/review.json`, written by the editor's "Mark as checked" and "Ignore
 * this figure") applied to a CLI run, the way the language server applies them: an ignored figure is withheld
 * from the engine, and a diagnostic on a checked figure is not reported. The review file that governs an article
 * is the nearest one in its folder or above, but never above a folder the user named: a review file planted in a
 * parent folder (/tmp, a home folder, a shared mount) must not silence findings (the problem git's
 * `safe.directory` addresses). A file named by itself has no review file unless `--review FILE` names one. Its
 * entries name files relative to the folder that holds `.crosscheck/`.
 */
import { statSync } from 'node:fs';
import { basename, dirname, relative, isAbsolute, resolve } from 'node:path';
import type { AnalyzedDocument, Diagnostic } from '../core/types';
import { entriesFor, matchEntries, onMarkedFigure, REVIEW_FOLDER, type ReviewFile } from '../core/review';
import { loadReview, loadReviewFile, type ReviewLoad } from '../node/review-store';
import { relativeTo } from '../node/paths';

export interface AppliedReview {
  /** The documents to check: ignored figures withheld. */
  documents: AnalyzedDocument[];
  /** Starts of checked figures, per document path. */
  checked: Map<string, Set<number>>;
  /** Each review file used, with what it decided in this run. */
  files: { path: string; checked: number; ignored: number }[];
  /** Review files that exist but cannot be used (they are left as they are; nothing of them is applied). */
  errors: { path: string; error: string }[];
}

export interface ReviewSource {
  /** The paths the user gave (folders bound the search for review files). */
  inputs: readonly string[];
  /** `--review FILE`. */
  reviewFile?: string;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Finds review folders, reading each directory and each review file once however many articles share them. */
class ReviewLookup {
  private readonly folderOfDir = new Map<string, string | null>();
  private readonly loads = new Map<string, ReviewLoad>();

  constructor(private readonly roots: readonly string[]) {}

  /** The deepest folder the user named that holds `dir`, or undefined. */
  private rootOf(dir: string): string | undefined {
    let best: string | undefined;
    for (const r of this.roots) if (isInside(r, dir) && (!best || r.length > best.length)) best = r;
    return best;
  }

  /** The folder holding the `.crosscheck/review.json` nearest to `dir` within the named folders, or null. */
  folderFor(dir: string, root = this.rootOf(dir)): string | null {
    if (root === undefined) return null;
    const cached = this.folderOfDir.get(dir);
    if (cached !== undefined) return cached;
    const load = this.load(dir);
    const parent = dirname(dir);
    const found = load.status !== 'absent' ? dir : dir === root || parent === dir ? null : this.folderFor(parent, root);
    this.folderOfDir.set(dir, found);
    return found;
  }

  load(folder: string): ReviewLoad {
    let load = this.loads.get(folder);
    if (!load) {
      load = loadReview(folder);
      this.loads.set(folder, load);
    }
    return load;
  }
}

/** The folder whose relative paths a review file's entries use: the one holding its `.crosscheck`. */
function rootOfReviewFile(file: string): string {
  const dir = dirname(file);
  return basename(dir) === REVIEW_FOLDER ? dirname(dir) : dir;
}

function folderInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    try {
      return statSync(input).isDirectory() ? [resolve(input)] : [];
    } catch {
      return [];
    }
  });
}

export function applyReviews(documents: readonly AnalyzedDocument[], source: ReviewSource): AppliedReview {
  const lookup = new ReviewLookup(folderInputs(source.inputs));
  const named =
    source.reviewFile === undefined
      ? undefined
      : { root: rootOfReviewFile(resolve(source.reviewFile)), load: loadReviewFile(resolve(source.reviewFile), false) };
  const checked = new Map<string, Set<number>>();
  const counts = new Map<string, { checked: number; ignored: number }>();
  const errors = new Map<string, string>();
  const used = (load: ReviewLoad): ReviewFile | undefined => {
    if (load.status === 'ok') {
      if (!counts.has(load.path)) counts.set(load.path, { checked: 0, ignored: 0 });
      return load.file;
    }
    if (load.status === 'invalid') errors.set(load.path, load.error);
    return undefined;
  };
  if (named?.load.status === 'absent') errors.set(named.load.path, 'no such file');
  const out = documents.map((doc) => {
    const absolute = resolve(doc.path);
    let folder: string;
    let review: ReviewFile | undefined;
    let path: string;
    if (named) {
      folder = named.root;
      path = named.load.path;
      review = used(named.load);
    } else {
      const found = lookup.folderFor(dirname(absolute));
      if (found === null) return doc;
      folder = found;
      const load = lookup.load(found);
      path = load.path;
      review = used(load);
    }
    if (!review) return doc;
    const rel = relativeTo(folder, absolute);
    const ignoredEntries = entriesFor(review, 'ignored', rel);
    const checkedEntries = entriesFor(review, 'checked', rel);
    if (ignoredEntries.length === 0 && checkedEntries.length === 0) return doc;
    const ignored = ignoredEntries.length > 0 ? matchEntries(ignoredEntries, doc.figures) : new Set<number>();
    const marks = checkedEntries.length > 0 ? matchEntries(checkedEntries, doc.figures) : new Set<number>();
    if (marks.size > 0) checked.set(doc.path, marks);
    const count = counts.get(path)!;
    count.checked += marks.size;
    count.ignored += ignored.size;
    return ignored.size === 0 ? doc : { ...doc, figures: doc.figures.filter((f) => !ignored.has(f.start)) };
  });
  const files = [...counts].map(([path, c]) => ({ path, ...c }));
  return { documents: out, checked, files, errors: [...errors].map(([path, error]) => ({ path, error })) };
}

/** The diagnostics that do not sit on a figure a reviewer marked as checked. */
export function withoutChecked(
  diagnostics: readonly Diagnostic[],
  documents: readonly AnalyzedDocument[],
  checked: ReadonlyMap<string, ReadonlySet<number>>,
): Diagnostic[] {
  if (checked.size === 0) return [...diagnostics];
  const figuresOf = new Map(documents.map((d) => [d.path, d.figures]));
  return diagnostics.filter((d) => {
    const marks = checked.get(d.path);
    if (!marks) return true;
    return !onMarkedFigure(figuresOf.get(d.path) ?? [], marks, d.start, d.end);
  });
}
