/**
 * The first scan of the workspace folders: find the articles, read and analyze them in small batches so the
 * server keeps answering (hovers, cancellation) while it works, and report progress. Cancelling keeps what was
 * read so far.
 */
import { discoverArticles, readArticle } from '../node/articles';
import type { ArticleSet } from './article-set';
import { isUriPath } from '../node/paths';

export interface ScanProgress {
  report(done: number, total: number): void;
  isCancelled(): boolean;
}

export interface ScanOutcome {
  total: number;
  done: number;
  cancelled: boolean;
}

/** Progress is reported every BATCH files; the scan yields at least that often, and after SLICE_MS of work. */
const BATCH = 25;
/**
 * A hover, the open articles' own check and a Cancel wait for the slice under way: 25 files could take a second
 * (the first article of each language compiles its lexicons), so the scan also yields after this much work.
 */
const SLICE_MS = 15;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Reads one file into the set (or records why it is left out). */
export function loadFile(set: ArticleSet, path: string): void {
  const read = readArticle(path, { maxBytes: set.settings.maxBytes });
  if (read.ok) set.setDiskText(path, read.text);
  else set.exclude(path, /too large/.test(read.error) ? 'too-large' : 'unreadable');
}

export async function scanFolders(set: ArticleSet, progress: ScanProgress): Promise<ScanOutcome> {
  const folders = set.workspaceFolders.filter((f) => !isUriPath(f));
  const { include, exclude } = set.settings;
  const files = folders.length === 0 ? [] : discoverArticles(folders, { include, exclude }).files;
  set.clearDisk();
  let done = 0;
  let slice = 0;
  for (const path of files) {
    if (done % BATCH === 0 || performance.now() - slice > SLICE_MS) {
      if (done % BATCH === 0) progress.report(done, files.length);
      await yieldToEventLoop();
      slice = performance.now();
      if (progress.isCancelled()) return { total: files.length, done, cancelled: true };
    }
    loadFile(set, path);
    // Analysis is cached by text: the check after the scan only runs the cross-file stages.
    set.analyze(path);
    done++;
  }
  progress.report(done, files.length);
  return { total: files.length, done, cancelled: false };
}
