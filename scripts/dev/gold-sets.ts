/**
 * What the dev scripts share about gold folders: which folders hold a gold.json (a set given as a cluster or as a
 * folder of clusters, as score.mjs takes them), and where a gold text stands in its article (score.mjs's `locate`:
 * the n-th occurrence of the exact substring). The scorer keeps its own copy so that it stays independent of the repo.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every cluster folder (one with a gold.json) named by `dirs`, directly or one level below, in sorted order. */
export function goldSets(dirs: readonly string[]): string[] {
  const sets: string[] = [];
  for (const d of dirs) {
    const abs = resolve(d);
    if (existsSync(join(abs, 'gold.json'))) sets.push(abs);
    else
      for (const e of readdirSync(abs).sort())
        if (statSync(join(abs, e)).isDirectory() && existsSync(join(abs, e, 'gold.json'))) sets.push(join(abs, e));
  }
  return sets;
}

/** Span of the `occurrence`-th (0-based) `needle` in `text`; throws when the gold names text the article lacks. */
export function locate(text: string, needle: string, occurrence: number): [number, number] {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`gold text not found: ${JSON.stringify(needle)} #${occurrence}`);
  }
  return [i, i + needle.length];
}
