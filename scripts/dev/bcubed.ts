/**
 * B-cubed precision and recall of a clustering against gold classes (Bagga & Baldwin 1998): for each item, the share
 * of its cluster that is of its class (precision) and the share of its class in its cluster (recall), averaged over
 * the items. Used by scripts/dev/event-clusters.ts for the engine's article -> event assignment against the gold's
 * cluster folders; pure, so that test/unit/dev-bcubed.test.ts tests the metric itself.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** `found[i]` and `gold[i]` are item i's cluster and class labels (any strings); the lists have the same length. */
export function bcubed(found: readonly string[], gold: readonly string[]): BCubed {
  if (found.length !== gold.length) throw new Error('bcubed: label lists of different lengths');
  const n = found.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const size = new Map<string, number>();
  const both = new Map<string, number>();
  const pair = (i: number): string => `${found[i]}\u0000${gold[i]}`;
  for (let i = 0; i < n; i++) {
    size.set(`f\u0000${found[i]}`, (size.get(`f\u0000${found[i]}`) ?? 0) + 1);
    size.set(`g\u0000${gold[i]}`, (size.get(`g\u0000${gold[i]}`) ?? 0) + 1);
    both.set(pair(i), (both.get(pair(i)) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const common = both.get(pair(i))!;
    p += common / size.get(`f\u0000${found[i]}`)!;
    r += common / size.get(`g\u0000${gold[i]}`)!;
  }
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** The classes split over several clusters, and the clusters holding several classes (with their members). */
export function clusterErrors(
  found: readonly string[],
  gold: readonly string[],
): { split: Map<string, Map<string, number[]>>; mixed: Map<string, Map<string, number[]>> } {
  const byGold = new Map<string, Map<string, number[]>>();
  const byFound = new Map<string, Map<string, number[]>>();
  const add = (m: Map<string, Map<string, number[]>>, outer: string, inner: string, i: number): void => {
    const o = m.get(outer) ?? new Map<string, number[]>();
    o.set(inner, [...(o.get(inner) ?? []), i]);
    m.set(outer, o);
  };
  found.forEach((f, i) => {
    add(byGold, gold[i]!, f, i);
    add(byFound, f, gold[i]!, i);
  });
  return {
    split: new Map([...byGold].filter(([, m]) => m.size > 1)),
    mixed: new Map([...byFound].filter(([, m]) => m.size > 1)),
  };
}
