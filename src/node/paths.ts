/**
 * URIs (what the client speaks) and paths (what the engine and the review file speak). The engine keys every
 * document by a path: the file-system path for `file:` URIs, the URI itself for anything else (virtual
 * workspaces, untitled documents), so both kinds live in one workspace result.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative, sep } from 'node:path';

export function uriToPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** A "path" that is really a URI: a document of a virtual workspace or an untitled one. */
export function isUriPath(path: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(path);
}

export function pathToUri(path: string): string {
  return isUriPath(path) ? path : pathToFileURL(path).href;
}

/** Remembers the exact URI the client used for a path, so diagnostics go back under the same spelling. */
export class UriBook {
  private readonly byPath = new Map<string, string>();

  remember(uri: string): string {
    const path = uriToPath(uri);
    this.byPath.set(path, uri);
    return path;
  }

  uriOf(path: string): string {
    return this.byPath.get(path) ?? pathToUri(path);
  }
}

/** The workspace folder (a path) holding `path`, the deepest one when folders nest. */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) {
    if ((path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)) && (!best || f.length > best.length)) best = f;
  }
  return best;
}

/** `path` relative to its folder with `/` separators, as globs and the review file expect. */
export function relativeTo(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/');
}
