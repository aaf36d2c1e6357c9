/**
 * Article files on disk: finding them under folders and reading them as text. Shared by the CLI and the
 * language server. Read-only by construction: files are only ever opened for reading.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { readBounded } from './bounded-read';
import { decodeArticle } from './decode';

export type ReadResult =
  | { ok: true; path: string; text: string; warnings: string[] }
  /** `tooLarge`: refused for its size alone, so each face can name its own way to raise the limit. */
  | { ok: false; path: string; error: string; tooLarge?: true };

export interface ReadOptions {
  /** Files larger than this are refused (default 5 MB): an article is tens of kilobytes. */
  maxBytes?: number;
}

export interface DiscoverOptions {
  include?: string[];
  exclude?: string[];
}

export interface DiscoverResult {
  files: string[];
  errors: { path: string; error: string }[];
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.article'];

/** Folders that never hold articles and can be huge. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** A short human message for a failed file-system call. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EISDIR':
      return 'is a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Reads one article as text (UTF-8 without BOM, UTF-16 with BOM, Windows-1252 fallback). Never throws, never blocks. */
export function readArticle(path: string, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === '') return { ok: false, path, error: 'empty path' };
  // A FIFO, a device or a file swapped for one after discovery: readBounded trusts only the opened descriptor.
  const read = readBounded(path, { maxBytes });
  if (!read.ok) {
    switch (read.reason) {
      case 'too-large':
        return {
          ok: false,
          path,
          tooLarge: true,
          error: `file too large (${read.size > maxBytes + 1 ? formatSize(read.size) : `over ${formatSize(maxBytes)}`}; the limit is ${formatSize(maxBytes)})`,
        };
      case 'not-a-file':
        return { ok: false, path, error: read.what };
      case 'fs-error':
        return { ok: false, path, error: describeFsError(read.error) };
    }
  }
  const decoded = decodeArticle(read.bytes);
  if (!decoded.ok) return { ok: false, path, error: decoded.error };
  const warnings = [...decoded.warnings];
  if (decoded.text.length === 0) warnings.push('empty file');
  else if (decoded.text.trim().length === 0) warnings.push('the file holds only white space');
  return { ok: true, path, text: decoded.text, warnings };
}

/**
 * A matcher for relative POSIX paths. A glob with a slash matches the whole relative path; one without
 * matches the last name at any depth (as in .gitignore). picomatch's own `basename` option is not used:
 * it applies to every glob, with or without a slash.
 */
export function globMatcher(globs: readonly string[], dot: boolean): (rel: string) => boolean {
  const pathGlobs = globs.filter((g) => g.includes('/'));
  const nameGlobs = globs.filter((g) => !g.includes('/'));
  const byPath = pathGlobs.length > 0 ? picomatch(pathGlobs, { dot }) : null;
  const byName = nameGlobs.length > 0 ? picomatch(nameGlobs, { dot }) : null;
  return (rel) => {
    if (byPath?.(rel)) return true;
    if (!byName) return false;
    const slash = rel.endsWith('/') ? rel.lastIndexOf('/', rel.length - 2) : rel.lastIndexOf('/');
    return byName(rel.slice(slash + 1).replace(/\/$/, ''));
  };
}

/** Code-point order, not locale order: the same listing on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Relative path with forward slashes, the form globs are written in. */
function toPosix(rel: string): string {
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * The article files named by `inputs`: files are taken as given (the user named them), folders are walked
 * recursively in sorted order, keeping files that match an include glob and no exclude glob (globs are
 * relative to the folder; a glob without a slash matches the file name at any depth). Dot-folders, dot-files
 * and node_modules are skipped. A file reached twice is listed once. Never throws.
 */
export function discoverArticles(inputs: string[], opts: DiscoverOptions = {}): DiscoverResult {
  const include = opts.include && opts.include.length > 0 ? opts.include : DEFAULT_INCLUDE;
  const isIncluded = globMatcher(include, false);
  const isExcluded = globMatcher(opts.exclude ?? [], true);
  const files: string[] = [];
  const errors: DiscoverResult['errors'] = [];
  const seen = new Set<string>();

  const add = (file: string): void => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };

  for (const input of inputs) {
    if (input === '') {
      errors.push({ path: input, error: 'empty path' });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(input);
    } catch (err) {
      errors.push({ path: input, error: describeFsError(err) });
      continue;
    }
    if (!stats.isDirectory()) {
      add(input);
      continue;
    }
    const found: string[] = [];
    walk(input, '', new Set(), { isIncluded, isExcluded, found, errors });
    found.sort(byCodePoint);
    if (found.length === 0) {
      errors.push({ path: input, error: `no article files in this folder (looked for ${include.join(', ')})` });
    }
    for (const f of found) add(f);
  }
  return { files, errors };
}

interface WalkState {
  isIncluded: (rel: string) => boolean;
  isExcluded: (rel: string) => boolean;
  found: string[];
  errors: DiscoverResult['errors'];
}

function walk(root: string, rel: string, ancestors: Set<string>, state: WalkState): void {
  const dir = rel === '' ? root : join(root, rel);
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    state.errors.push({ path: dir, error: describeFsError(err) });
    return;
  }
  // A symbolic link back to an ancestor folder would loop forever.
  if (ancestors.has(real)) return;
  ancestors.add(real);
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const childRel = rel === '' ? name : join(rel, name);
    const globRel = toPosix(childRel);
    let stats: Dirent | Stats = entry;
    if (entry.isSymbolicLink()) {
      try {
        stats = statSync(join(root, childRel));
      } catch {
        continue; // a dangling symbolic link is not an article
      }
    }
    if (stats.isDirectory()) {
      if (SKIPPED_FOLDERS.has(name) || state.isExcluded(globRel) || state.isExcluded(`${globRel}/`)) continue;
      walk(root, childRel, ancestors, state);
    } else if (stats.isFile() && state.isIncluded(globRel) && !state.isExcluded(globRel)) {
      state.found.push(join(root, childRel));
    }
  }
  ancestors.delete(real);
}
