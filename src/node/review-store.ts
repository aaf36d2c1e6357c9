/**
 * Review files on disk, one per workspace folder: `.crosscheck/review.json`, the team's work. What holds here:
 * - reads are bounded (readBounded: no FIFO, no device, at most MAX_REVIEW_BYTES) and refuse a review file reached
 *   through a symbolic link out of its folder;
 * - a file that does not parse is reported and never rewritten;
 * - a write re-reads the file under a lock and applies one change to what is on disk now (never to a copy cached
 *   earlier), then checks nothing replaced the file meanwhile (compare-and-swap) before an atomic rename: two
 *   windows, or a window and a `git pull`, never lose each other's marks;
 * - writes never follow a symbolic link out of the folder.
 */
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import {
  MAX_REVIEW_BYTES,
  REVIEW_FILE,
  REVIEW_FOLDER,
  parseReview,
  serializeReview,
  type ReviewFile,
} from '../core/review';
import { readBounded } from './bounded-read';
import { describeFsError } from './articles';

export function reviewPath(folder: string): string {
  return join(folder, REVIEW_FOLDER, REVIEW_FILE);
}

/** What a folder's review file holds: nothing yet, decisions, or a file that cannot be used (kept as it is). */
export type ReviewLoad =
  | { status: 'absent'; path: string }
  | { status: 'ok'; path: string; file: ReviewFile; stamp: string }
  | { status: 'invalid'; path: string; error: string };

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Why `.crosscheck` of `folder` must not be used, or undefined when it is a folder inside `folder` (or absent).
 * A symbolic link that stays inside the workspace is fine; one out of it is how a shared folder writes elsewhere.
 */
function reviewFolderProblem(folder: string): string | undefined {
  const dir = join(folder, REVIEW_FOLDER);
  let stats;
  try {
    stats = lstatSync(dir);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : describeFsError(err);
  }
  if (stats.isSymbolicLink()) {
    try {
      if (!isInside(realpathSync(folder), realpathSync(dir)))
        return `${REVIEW_FOLDER} is a symbolic link out of the workspace folder: not used`;
      if (!statSync(dir).isDirectory()) return `${REVIEW_FOLDER} is not a folder`;
    } catch (err) {
      return `${REVIEW_FOLDER}: ${describeFsError(err)}`;
    }
    return undefined;
  }
  return stats.isDirectory() ? undefined : `${REVIEW_FOLDER} is not a folder`;
}

/** Identity of the file now on disk: a write refuses to replace a file that changed since it was read. */
function stampOf(path: string): string {
  try {
    const s = lstatSync(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch {
    return 'absent';
  }
}

/** Reads a review file from a path (the CLI's --review FILE, or a folder's `.crosscheck/review.json`). */
export function loadReviewFile(path: string, noFollow = true): ReviewLoad {
  const stamp = stampOf(path);
  const read = readBounded(path, { maxBytes: MAX_REVIEW_BYTES, noFollow });
  if (!read.ok) {
    switch (read.reason) {
      case 'fs-error': {
        const code = (read.error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { status: 'absent', path };
        // O_NOFOLLOW on a symbolic link fails with ELOOP.
        if (code === 'ELOOP') return { status: 'invalid', path, error: 'it is a symbolic link: not followed' };
        return { status: 'invalid', path, error: describeFsError(read.error) };
      }
      case 'not-a-file':
        return {
          status: 'invalid',
          path,
          error: read.what.startsWith('is ') ? `it ${read.what}` : `it is ${read.what}`,
        };
      case 'too-large':
        return {
          status: 'invalid',
          path,
          error: `it is larger than the limit of ${MAX_REVIEW_BYTES / (1024 * 1024)} MB`,
        };
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { status: 'invalid', path, error: 'it is not UTF-8 text' };
  }
  const parsed = parseReview(text);
  return parsed.ok
    ? { status: 'ok', path, file: parsed.file, stamp }
    : { status: 'invalid', path, error: parsed.error };
}

/** The review file of a workspace folder. */
export function loadReview(folder: string): ReviewLoad {
  const path = reviewPath(folder);
  const problem = reviewFolderProblem(folder);
  if (problem) return { status: 'invalid', path, error: problem };
  return loadReviewFile(path);
}

/** The decisions to apply from a load: none when there is no usable file. */
export function decisionsOf(load: ReviewLoad): ReviewFile | undefined {
  return load.status === 'ok' ? load.file : undefined;
}

export type ReviewWrite = { ok: true; path: string; file: ReviewFile } | { ok: false; path: string; error: string };

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 3_000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes `<review.json>.lock` (created exclusively); a lock older than LOCK_STALE_MS was left by a crash. */
async function lock(path: string): Promise<(() => void) | string> {
  const lockPath = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return describeFsError(err);
    }
    try {
      if (Date.now() - lstatSync(lockPath).mtimeMs > LOCK_STALE_MS) rmSync(lockPath, { force: true });
    } catch {
      // gone meanwhile: try again
    }
    if (Date.now() > deadline) return "another window or process holds the review file's lock; try again";
    await sleep(10 + Math.random() * 20);
  }
}

/** Writes `text` to a new file beside `target` and renames it over `target` (readers never see half a file). */
function replaceAtomically(target: string, text: string): void {
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  // O_EXCL: a symbolic link planted under the temporary name is not followed.
  const fd = openSync(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * Applies `change` to the folder's review file as it is on disk now, under the lock. Refuses (and leaves the file
 * untouched) when the file does not parse, is too large, or sits behind a symbolic link out of the folder.
 */
export async function updateReview(folder: string, change: (file: ReviewFile) => ReviewFile): Promise<ReviewWrite> {
  const path = reviewPath(folder);
  const problem = reviewFolderProblem(folder);
  if (problem) return { ok: false, path, error: problem };
  try {
    mkdirSync(join(folder, REVIEW_FOLDER));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return { ok: false, path, error: describeFsError(err) };
  }
  const unlock = await lock(path);
  if (typeof unlock === 'string') return { ok: false, path, error: unlock };
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      const load = loadReviewFile(path);
      if (load.status === 'invalid') return { ok: false, path, error: `${path}: ${load.error}; it was left as it is` };
      const before = load.status === 'ok' ? load.stamp : 'absent';
      const next = change(load.status === 'ok' ? load.file : { version: 1, checked: [], ignored: [] });
      const text = serializeReview(next);
      if (Buffer.byteLength(text) > MAX_REVIEW_BYTES) {
        return {
          ok: false,
          path,
          error: `${path}: the review file would exceed its limit of ${MAX_REVIEW_BYTES / (1024 * 1024)} MB`,
        };
      }
      // Someone outside the lock (git, an editor) replaced the file while we read it: read it again.
      if (stampOf(path) !== before) continue;
      replaceAtomically(path, text);
      return { ok: true, path, file: next };
    }
    return { ok: false, path, error: `${path}: the file kept changing while it was written; try again` };
  } catch (err) {
    return { ok: false, path, error: `${path}: ${describeFsError(err)}` };
  } finally {
    unlock();
  }
}
