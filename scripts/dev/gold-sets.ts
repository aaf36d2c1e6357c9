/**
 * What the dev scripts share about gold folders: which folders hold a gold.json (a set given as a cluster or as a
 * folder of clusters, as score.mjs takes them), and where a gold text stands in its article (score.mjs's `locate`:
 * the n-th occurrence of the exact substring). The scorer keeps its own copy so that it stays independent of the repo.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../src/core/workspace';
import type { AnalyzedDocument } from '../../src/core/types';

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

/** A gold figure's place in its article, and its gold claim (`<cluster folder>#<claim id>`; null when in none). */
export interface GoldSpan {
  path: string;
  start: number;
  end: number;
  claim: string | null;
}

/** The articles of every cluster under `top`, analysed, with their gold figures' spans and each article's cluster. */
export function readGoldArticles(top: string): {
  docs: AnalyzedDocument[];
  spans: Map<string, GoldSpan[]>;
  clusterOf: Map<string, string>;
} {
  const docs: AnalyzedDocument[] = [];
  const spans = new Map<string, GoldSpan[]>();
  const clusterOf = new Map<string, string>();
  for (const s of goldSets([top])) {
    const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
    const root = gold.root ? resolve(s, gold.root) : s;
    const claimOf = new Map<string, string>();
    for (const c of gold.claims ?? [])
      for (const m of c.mentions as { file: string; text: string; occurrence: number }[])
        claimOf.set(`${m.file}\u0000${m.text}\u0000${m.occurrence}`, `${s}#${c.id}`);
    for (const [name, g] of Object.entries(gold.files) as [
      string,
      { figures: { text: string; occurrence: number }[] },
    ][]) {
      const path = join(root, name);
      const raw = readFileSync(path, 'utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      docs.push(analyzeDocument(path, raw));
      clusterOf.set(path, s);
      spans.set(
        path,
        g.figures.map((f) => {
          const [start, end] = locate(text, f.text, f.occurrence);
          return { path, start, end, claim: claimOf.get(`${name}\u0000${f.text}\u0000${f.occurrence}`) ?? null };
        }),
      );
    }
  }
  return { docs, spans, clusterOf };
}
