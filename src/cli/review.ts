/**
 * The team's review decisions (`.crosscheck/review.json`, written by the editor's "Mark as checked" and "Ignore
 * this figure") applied to a CLI run, the way the language server applies them: an ignored figure is withheld
 * from the engine, and a diagnostic on a checked figure is not reported. The review file that governs an article
 * is the nearest one in its folder or above, and its entries name files relative to the folder that holds
 * `.crosscheck/`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AnalyzedDocument, Diagnostic } from '../core/types';
import { entriesFor, matchEntries, onMarkedFigure, REVIEW_FILE, REVIEW_FOLDER, type ReviewFile } from '../core/review';
import { readReview } from '../node/review-store';
import { relativeTo } from '../node/paths';

export interface AppliedReview {
  /** The documents to check: ignored figures withheld. */
  documents: AnalyzedDocument[];
  /** Starts of checked figures, per document path. */
  checked: Map<string, Set<number>>;
  /** Each review file that applied to at least one article, with what it decided there. */
  files: { path: string; checked: number; ignored: number }[];
}

/** Finds review folders, reading each directory and each review file once however many articles share them. */
class ReviewLookup {
  private readonly folderOfDir = new Map<string, string | null>();
  private readonly reviews = new Map<string, ReviewFile>();

  /** The folder holding the `.crosscheck/review.json` nearest to `dir`, or null. */
  folderFor(dir: string): string | null {
    const cached = this.folderOfDir.get(dir);
    if (cached !== undefined) return cached;
    const parent = dirname(dir);
    const found = existsSync(join(dir, REVIEW_FOLDER, REVIEW_FILE)) ? dir : parent === dir ? null : this.folderFor(parent);
    this.folderOfDir.set(dir, found);
    return found;
  }

  review(folder: string): ReviewFile {
    let review = this.reviews.get(folder);
    if (!review) {
      review = readReview(folder);
      this.reviews.set(folder, review);
    }
    return review;
  }
}

export function applyReviews(documents: readonly AnalyzedDocument[]): AppliedReview {
  const lookup = new ReviewLookup();
  const checked = new Map<string, Set<number>>();
  const counts = new Map<string, { checked: number; ignored: number }>();
  const out = documents.map((doc) => {
    const absolute = resolve(doc.path);
    const folder = lookup.folderFor(dirname(absolute));
    if (folder === null) return doc;
    const review = lookup.review(folder);
    const rel = relativeTo(folder, absolute);
    const ignoredEntries = entriesFor(review, 'ignored', rel);
    const checkedEntries = entriesFor(review, 'checked', rel);
    if (ignoredEntries.length === 0 && checkedEntries.length === 0) return doc;
    const ignored = ignoredEntries.length > 0 ? matchEntries(ignoredEntries, doc.figures) : new Set<number>();
    const marks = checkedEntries.length > 0 ? matchEntries(checkedEntries, doc.figures) : new Set<number>();
    if (marks.size > 0) checked.set(doc.path, marks);
    const count = counts.get(folder) ?? { checked: 0, ignored: 0 };
    count.checked += marks.size;
    count.ignored += ignored.size;
    counts.set(folder, count);
    return ignored.size === 0 ? doc : { ...doc, figures: doc.figures.filter((f) => !ignored.has(f.start)) };
  });
  const files = [...counts].map(([folder, c]) => ({ path: join(folder, REVIEW_FOLDER, REVIEW_FILE), ...c }));
  return { documents: out, checked, files };
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
