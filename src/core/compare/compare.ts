/**
 * Whether two mentions of one claim contradict each other, and how: the rules of docs/conflict-rules.md
 * ("What counts as a conflict") with the numbers of ConflictRules.
 */
import type { Bound, DiagnosticCode } from '../types';
import type { ConflictRules } from './rules';

/** One side of a comparison: its value in a common unit (euros for money) and what the text says about precision. */
export interface Side {
  value: number;
  range?: [number, number];
  bound?: Bound;
  /** The number as written, before conversion, and its currency (for currency slips). */
  raw: number;
  currency?: string;
}

export type Verdict = { agree: true; exact: boolean } | { agree: false; code: DiagnosticCode };

/** How far apart two values are, as a factor >= 1. */
export function factor(a: number, b: number): number {
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return lo === 0 ? (hi === 0 ? 1 : Infinity) : hi / lo;
}

/** The end of a's range (or its value) nearest to b. */
function nearest(a: Side, b: number): number {
  if (!a.range) return a.value;
  const [lo, hi] = a.range;
  return b < lo ? lo : b > hi ? hi : b;
}

/** True when `other` lies inside what side `a` admits. */
function admits(a: Side, other: number, rules: ConflictRules): boolean {
  const v = nearest(a, other);
  switch (a.bound) {
    case 'at-least':
      return other >= v * (1 - rules.tolerance);
    case 'at-most':
      return other <= v * (1 + rules.tolerance);
    case 'about':
      return Math.abs(other - v) <= v * rules.about;
    case 'nearly':
      return other >= v * (1 - rules.nearly) && other <= v * (1 + rules.tolerance);
    default:
      return Math.abs(other - v) <= Math.max(Math.abs(v), Math.abs(other)) * rules.tolerance;
  }
}

const sameDirection = (a?: Bound, b?: Bound): boolean => (a === 'at-least' || a === 'at-most') && a === b;

export function compareSides(a: Side, b: Side, rules: ConflictRules): Verdict {
  const f = factor(a.value, b.value);
  const sameNumber =
    a.currency !== undefined &&
    b.currency !== undefined &&
    a.currency !== b.currency &&
    factor(a.raw, b.raw) <= 1 + 1e-9;
  // the same number in a currency ten times off the other (SEK for EUR) is a currency slip, not one of scale
  if (f >= rules.slipFactor && !(a.range || b.range))
    return { agree: false, code: sameNumber ? 'conflict-currency' : 'conflict-scale' };
  let ok: boolean;
  if (sameDirection(a.bound, b.bound)) {
    // two bounds in the same direction are compared on their stated values ("bis zu 1.500" vs "bis zu 2.000")
    ok = admits({ ...a, bound: undefined }, nearest(b, a.value), rules);
  } else if (a.bound === 'at-least' || a.bound === 'at-most' || a.bound === 'nearly') {
    ok =
      admits(a, nearest(b, a.value), rules) &&
      (b.bound === undefined || b.bound === 'about' ? true : admits(b, nearest(a, b.value), rules));
  } else if (b.bound === 'at-least' || b.bound === 'at-most' || b.bound === 'nearly') {
    ok = admits(b, nearest(a, b.value), rules);
  } else {
    const loose = a.bound === 'about' || b.bound === 'about';
    const va = nearest(a, b.value);
    const vb = nearest(b, va);
    ok = Math.abs(va - vb) <= Math.max(Math.abs(va), Math.abs(vb)) * (loose ? rules.about : rules.tolerance);
  }
  if (ok) return { agree: true, exact: f <= 1.005 };
  return { agree: false, code: sameNumber ? 'conflict-currency' : 'conflict' };
}

/** Most specific first: a diagnostic on a mention with several contradictions takes the first code that applies. */
export const CODE_PRIORITY: DiagnosticCode[] = [
  'conflict-scale',
  'conflict-currency',
  'conflict-predicate',
  'conflict-date',
  'conflict-in-article',
  'conflict',
  // an update (reports of different days) is the least of them: a claim whose sources also disagree on one day is a
  // plain conflict
  'conflict-update',
];
