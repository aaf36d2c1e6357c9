/**
 * Which files are articles: the same rule as the CLI's discoverArticles (src/node/articles.ts) — include and
 * exclude globs relative to the workspace folder, a glob without a slash matching the file name at any depth,
 * dot-folders, dot-files and node_modules skipped — applied to single paths, for watcher events and opened
 * documents.
 */
import picomatch from 'picomatch';

export type ArticleFilter = (relativePath: string) => boolean;

export function articleFilter(include: readonly string[], exclude: readonly string[]): ArticleFilter {
  const isIncluded = picomatch([...include], { basename: true });
  const isExcluded = exclude.length > 0 ? picomatch([...exclude], { basename: true, dot: true }) : () => false;
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
