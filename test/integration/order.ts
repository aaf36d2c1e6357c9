/**
 * The order the top-level integration suites run in: as loaded (default), reversed, or shuffled by a seeded
 * generator, so that a failure found in one order can be run again. Suites that depend on each other's
 * leftovers pass in one order only; running them in others is how their independence is shown.
 */
import type Mocha from 'mocha';

/** mulberry32: a small, well-known 32-bit generator; the same seed gives the same order on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the seeded generator. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = generator(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Reorders `root`'s suites in place after `spec`: undefined or "" or "loaded", "reverse", "shuffle" (a seed
 * from the clock, printed) or "shuffle:<seed>". Anything else is refused, so a typo never passes as a run.
 */
export function reorderSuites(root: Mocha.Suite, spec: string | undefined): { spec: string; titles: string[] } {
  const value = (spec ?? '').trim();
  let order: Mocha.Suite[];
  let used = value || 'loaded';
  if (value === '' || value === 'loaded') order = root.suites;
  else if (value === 'reverse') order = [...root.suites].reverse();
  else {
    const m = /^shuffle(?::(\d+))?$/.exec(value);
    if (!m) throw new Error(`CROSSCHECK_TEST_ORDER=${value}: expected loaded, reverse, shuffle or shuffle:<seed>`);
    const seed = m[1] !== undefined ? Number(m[1]) : Date.now() % 1_000_000;
    used = `shuffle:${seed}`;
    order = shuffled(root.suites, seed);
  }
  root.suites.splice(0, root.suites.length, ...order);
  return { spec: used, titles: root.suites.map((s) => s.title) };
}
