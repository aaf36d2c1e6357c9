/**
 * Which files are articles: the same rule as the CLI's discoverArticles (src/node/articles.ts) — include and
 * exclude globs relative to the workspace folder, a glob without a slash matching the file name at any depth,
 * dot-folders, dot-files and node_modules skipped — applied to single paths, for watcher events and opened
 * documents.
 */
import { globMatcher } from '../node/articles';

export type ArticleFilter = (relativePath: string) => boolean;

export function articleFilter(include: readonly string[], exclude: readonly string[]): ArticleFilter {
  // globMatcher, not picomatch's `basename` option: that option also applies to globs with a slash ("sub/*.txt")
  const isIncluded = globMatcher(include, false);
  const isExcluded = globMatcher(exclude, true);
  return (rel) => {
    const parts = rel.split('/');
    if (parts.some((p) => p.startsWith('.') || p === 'node_modules' || p === '')) return false;
    // An excluded folder excludes everything under it, as the walk skips it.
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (isExcluded(folder) || isExcluded(`${folder}/`)) return false;
    }
    return isIncluded(rel) && !isExcluded(rel);
  };
}
