/**
 * Linking: connected groups of related mentions inside one bucket (union-find), closest pairs first, with
 * cannot-links (one article stating two facts, two sources). Near-linear: sorted windows in large buckets.
 */
import { compareSides, factor } from '../compare/compare';
import type { ConflictRules } from '../compare/rules';
import type { Item } from './mention';
import { type PairTracer, related, equivalents, countSource, HEADLINE, currencyCode, side } from './pairs';

/** Buckets up to this size are linked by comparing all their pairs; larger ones through sorted windows. */
export const SMALL_BUCKET = 64;

/** How many neighbours (by value) each mention of a large bucket is compared with. */
export const WINDOW = 48;
/** Mentions per article and group compared when two groups meet (an ordinary article has a few per claim). */
export const CANNOT_LINK_SAMPLE = 64;

/**
 * Connected groups of related mentions (union-find). A bucket holds one story's figures of one key, so it is small;
 * a large one (hundreds of articles on one event) is linked without looking at all its pairs: neighbours in value
 * order, the same digits at other powers of ten, and the pairs inside each article.
 *
 * Links are made closest first, and two groups are never joined when one article states a different amount in each
 * (distinctFacts): "8,8 Mrd. Euro" for one plan, "rund 7,8 Milliarden" for an earlier one and "mehr als 10
 * Milliarden" for the total are three facts even though each is within the related factor of the next.
 */
export function linkGroups(bucket: Item[], rules: ConflictRules, trace?: PairTracer): Item[][] {
  const parent = bucket.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  // members of each group by article, to check cannot-links when two groups meet
  const byDocOf = new Map<number, Map<number, Item[]>>();
  bucket.forEach((it, i) => byDocOf.set(i, new Map([[it.docIndex, [it]]])));
  // the source each group is attributed to, if any: a group never holds two sources' figures
  const sourceOf = new Map<number, string>();
  bucket.forEach((it, i) => {
    const src = countSource(it);
    if (src !== null) sourceOf.set(i, src);
  });
  const candidates: { i: number; j: number; w: number }[] = [];
  const tryLink = (i: number, j: number): void => {
    if (related(bucket[i]!, bucket[j]!, rules, trace)) candidates.push({ i, j, w: linkWeight(bucket[i]!, bucket[j]!) });
  };
  if (bucket.length <= SMALL_BUCKET) {
    for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) tryLink(i, j);
  } else {
    const order = bucket.map((_, i) => i).sort((x, y) => bucket[x]!.amount - bucket[y]!.amount);
    const near = (lo: Item, hi: Item) =>
      lo.unitClass === 'date' ? hi.amount - lo.amount <= 5 : hi.amount < Math.abs(lo.amount) * rules.relatedFactor;
    for (let k = 0; k < order.length; k++) {
      for (let m = k + 1; m < order.length && m <= k + WINDOW && near(bucket[order[k]!]!, bucket[order[m]!]!); m++)
        tryLink(order[k]!, order[m]!);
    }
    const byDigits = new Map<string, number[]>();
    const byDoc = new Map<number, Map<string, number>>();
    bucket.forEach((it, i) => {
      const v = it.figure.value as number;
      if (v > 0) {
        const key = `${it.currency ?? ''}|${Math.round((v / 10 ** Math.floor(Math.log10(v))) * 200)}`;
        const list = byDigits.get(key) ?? [];
        if (list.length < 8) list.push(i);
        byDigits.set(key, list);
        for (const j of list) if (j !== i) tryLink(i, j);
      }
      // inside one article: the latest mention of each of its last WINDOW distinct values, not all its pairs (an
      // article repeated to megabytes states the same few values thousands of times)
      const d = byDoc.get(it.docIndex) ?? new Map<string, number>();
      for (const j of d.values()) tryLink(i, j);
      const vk = `${it.currency ?? ''}|${it.figure.value}`;
      d.delete(vk);
      d.set(vk, i);
      if (d.size > WINDOW) d.delete(d.keys().next().value!);
      byDoc.set(it.docIndex, d);
    });
  }
  candidates.sort((x, y) => x.w - y.w);
  for (const { i, j } of candidates) {
    let a = find(i);
    let b = find(j);
    if (a === b) continue;
    let ma = byDocOf.get(a)!;
    let mb = byDocOf.get(b)!;
    if (ma.size > mb.size) {
      [a, b] = [b, a];
      [ma, mb] = [mb, ma];
    }
    if (cannotLink(ma, mb, rules)) continue;
    const sa = sourceOf.get(a);
    const sb = sourceOf.get(b);
    if (sa !== undefined && sb !== undefined && sa !== sb) continue;
    if (sa !== undefined) sourceOf.set(b, sa);
    for (const [d, list] of ma) {
      const other = mb.get(d);
      if (!other) mb.set(d, list);
      else if (other.length >= list.length) for (const x of list) other.push(x);
      else {
        for (const x of other) list.push(x);
        mb.set(d, list);
      }
    }
    byDocOf.delete(a);
    parent[a] = b;
  }
  const groups = new Map<number, Item[]>();
  bucket.forEach((it, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(it);
    else groups.set(r, [it]);
  });
  return [...groups.values()];
}

/** How far apart two linked mentions are: the closest are linked first. */
export function linkWeight(a: Item, b: Item): number {
  if (equivalents(a, b)) return 0;
  // the same number is as close as mentions get; in another currency (a currency slip) just after the same number in
  // the same currency: "$100m" in a headline is its article's "about $100 million" before another's "DKK 100 million"
  if (a.figure.value === b.figure.value) return a.currency === b.currency ? 1 : 1 + 1e-6;
  if (a.unitClass === 'date') return Math.abs(a.amount - b.amount);
  const f = factor(a.amount, b.amount);
  return Number.isFinite(f) ? f : Number.MAX_VALUE;
}

/** Whether some article states a different fact in each of two groups. */
export function cannotLink(small: Map<number, Item[]>, large: Map<number, Item[]>, rules: ConflictRules): boolean {
  for (const [d, xs] of small) {
    const ys = large.get(d);
    if (!ys) continue;
    // an article's first mentions of each group decide (all of them in any ordinary article): bounded work per merge
    const xn = Math.min(xs.length, CANNOT_LINK_SAMPLE);
    const yn = Math.min(ys.length, CANNOT_LINK_SAMPLE);
    for (let p = 0; p < xn; p++) for (let q = 0; q < yn; q++) if (distinctFacts(xs[p]!, ys[q]!, rules)) return true;
  }
  return false;
}

/**
 * Two amounts one article states in the same unit, near each other but not the same ("8,8 Mrd. Euro" and "rund 7,8
 * Milliarden Euro"): the article tells two facts, it does not contradict itself. Amounts in two currencies (a
 * conversion) and scale slips (far apart) are not meant.
 */
export function distinctFacts(x: Item, y: Item, rules: ConflictRules): boolean {
  if (x.docIndex !== y.docIndex || x.unitClass === 'date' || x.figure.value === y.figure.value) return false;
  // an article's earlier and current value of one count are one fact as it moved, never two (mention.ts, superseded)
  if (x.superseded || y.superseded) return false;
  if (x.unitClass === 'money' && (x.currency !== y.currency || !currencyCode(x) || !currencyCode(y))) return false;
  // one sentence states two amounts in one unit as two things, whatever their ratio ("450 Millionen Euro bei einer
  // Bewertung von 4,5 Milliarden Euro" is no scale slip)
  if (x.sentence === y.sentence && !equivalents(x, y)) return true;
  // a headline restates the article's news, rounded or slipped ("4 miliardi" over "4,3 miliardi di euro")
  if (x.sentence === HEADLINE || y.sentence === HEADLINE) return false;
  if (factor(x.amount, y.amount) >= rules.relatedFactor) return false;
  return !compareSides(side(x), side(y), rules).agree;
}
