/**
 * The server's side of the review files: loads each workspace folder's file into the article set, reports a file
 * that cannot be used once (per file and problem) with a way to open it, and records a reviewer's decision through
 * updateReview, which re-reads the file on disk under a lock: never from the copy loaded here, so a mark made in
 * another window since is kept.
 */
import { withEntry, type ReviewEntry, type ReviewFile, type ReviewKind } from '../core/review';
import { loadReview, updateReview, type ReviewWrite } from '../node/review-store';
import type { ArticleSet } from './article-set';

export interface ReviewNotices {
  /** A review file cannot be used (does not parse, too large, a symbolic link out of the folder...). */
  invalid(path: string, error: string): void;
}

export class ReviewKeeper {
  /** The problem last reported per review file: a file is reported again only when its problem changes. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly set: ArticleSet,
    private readonly notices: ReviewNotices,
  ) {}

  /**
   * Reads a folder's review file into the set. A file that cannot be used leaves the decisions applied so far in
   * place (a merge in progress does not make every checked figure flag again) and is never written.
   */
  reload(folder: string): void {
    const load = loadReview(folder);
    if (load.status === 'invalid') {
      if (this.reported.get(load.path) !== load.error) {
        this.reported.set(load.path, load.error);
        this.notices.invalid(load.path, load.error);
      }
      return;
    }
    this.reported.delete(load.path);
    this.set.setReview(folder, load.status === 'ok' ? load.file : { version: 1, checked: [], ignored: [] });
  }

  reloadAll(): void {
    for (const folder of this.set.workspaceFolders) this.reload(folder);
  }

  /** Records one decision in the file as it is on disk now, then applies the merged file. */
  record(folder: string, kind: ReviewKind, entry: ReviewEntry): Promise<ReviewWrite> {
    return this.change(folder, (file) => withEntry(file, kind, entry));
  }

  /** Applies `change` (decisions recorded or undone) to the file as it is on disk now, then applies the merged file. */
  async change(folder: string, change: (file: ReviewFile) => ReviewFile): Promise<ReviewWrite> {
    const written = await updateReview(folder, change);
    if (written.ok) {
      this.reported.delete(written.path);
      this.set.setReview(folder, written.file);
    }
    return written;
  }
}
