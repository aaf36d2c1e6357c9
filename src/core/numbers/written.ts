/**
 * Composes written-out numbers from their word values: "vingt-cinq mille" = (20 + 5) × 1000,
 * "deux cent mille" = 2 × 100 × 1000, "driehonderd" = 3 × 100 (compounds are split beforehand).
 */
export function composeNumberWords(values: readonly number[]): number {
  let total = 0;
  let current = 0;
  for (const v of values) {
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return total + current;
}

/** A character trie over number words, to split closed compounds ("fünfundzwanzig", "tvåhundra"). */
export class CompoundSplitter {
  private readonly root = new Map<string, unknown>();
  private static readonly END = '\u0000';

  constructor(words: Iterable<[string, number]>) {
    for (const [w, v] of words) {
      let node = this.root;
      for (const ch of w) {
        let next = node.get(ch) as Map<string, unknown> | undefined;
        if (!next) {
          next = new Map();
          node.set(ch, next);
        }
        node = next;
      }
      node.set(CompoundSplitter.END, v);
    }
  }

  /** The word values of `word` when it is a concatenation of number words (NaN for a connector), else null. */
  split(word: string): number[] | null {
    return this.walk(word, 0, 0);
  }

  private walk(word: string, at: number, depth: number): number[] | null {
    if (at === word.length) return [];
    if (depth > 6) return null;
    let node: Map<string, unknown> | undefined = this.root;
    // most words fail within a letter or two: allocate only once a number word is found
    let ends: [number, number][] | null = null;
    for (let i = at; i < word.length && node; i++) {
      node = node.get(word[i]!) as Map<string, unknown> | undefined;
      if (node && node.has(CompoundSplitter.END)) (ends ??= []).push([i + 1, node.get(CompoundSplitter.END) as number]);
    }
    if (!ends) return null;
    for (let k = ends.length - 1; k >= 0; k--) {
      const [next, v] = ends[k]!;
      const rest = this.walk(word, next, depth + 1);
      if (rest) return [v, ...rest];
    }
    return null;
  }
}
