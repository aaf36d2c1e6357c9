// How the scorer matches a reported figure with a gold one: value within 1e-6 (relative), unit after folding case,
// spaces and a plural s, with a few counted nouns taken as one unit. Standalone (no engine import), so the scorer stays
// independent of the engine it judges; shared with scripts/dev/figure-misses.ts so that both classify alike.

/** A gold value (null: any) against a reported one. */
export function sameValue(g, p) {
  if (g === null || g === undefined) return true;
  if (typeof g === 'number') {
    const v = typeof p === 'string' ? Number(p) : p;
    return typeof v === 'number' && Math.abs(v - g) <= 1e-6 * Math.max(1, Math.abs(g));
  }
  return String(g) === String(p);
}

const unitKey = (u) =>
  String(u ?? '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/s$/, '');
// Quantity units name what is counted; these words count the same thing and are taken as one unit.
const SAME = [
  [
    'person',
    'people',
    'citizen',
    'inhabitant',
    'resident',
    'individual',
    'worker',
    'employee',
    'staff',
    'entrepreneur',
  ],
  ['gpu', 'processor', 'chip', 'graphicsprocessor', 'accelerator'],
  ['datacenter', 'datacentre'],
  ['job', 'position', 'post', 'workplace'],
  ['ha', 'hectare'],
  ['km', 'kilometer', 'kilometre'],
  ['m2', 'squaremeter', 'squaremetre', 'sqm'],
  ['gw', 'gigawatt'],
  ['mw', 'megawatt'],
].map((xs) => new Set(xs.map(unitKey)));

/** A gold unit against a reported one. */
export function sameUnit(a, b) {
  const x = unitKey(a);
  const y = unitKey(b);
  return x === y || SAME.some((s) => s.has(x) && s.has(y));
}
