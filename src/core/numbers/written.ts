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

  /**
   * The word values of `word` when it is a concatenation of number words that the compound grammar
   * accepts (0 for a connector: "twee|ën|twintig"), else null.
   */
  split(word: string): number[] | null {
    return this.walk(word, 0, []);
  }

  private walk(word: string, at: number, parts: number[]): number[] | null {
    if (at === word.length) return validCompound(parts) ? parts.slice() : null;
    if (parts.length > 6) return null;
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
      parts.push(v);
      const done = this.walk(word, next, parts);
      parts.pop();
      if (done) return done;
    }
    return null;
  }
}

const isTen = (v: number): boolean => v >= 20 && v < 100 && v % 10 === 0;

/**
 * The grammar every compound shares, whatever the language family: a multiplier after a smaller number
 * ("zwei|hundert", "tre|cento", "tusen"), a smaller number after a multiplier ("hundert|vier"), a fraction
 * that ends a whole number ("zwei|einhalb", "twee|ënhalf"), a unit after a ten ("tjugo|två", "vent|uno", "veinti|dós"), or a unit, a connector and a ten ("ein|und|zwanzig",
 * "twee|ën|twintig", "en|og|tyve"). Anything else is a word that happens to be spelled with number words
 * ("entre" is not en|tre, 1 and 3).
 */
export function validCompound(parts: readonly number[]): boolean {
  if (parts.length === 0 || parts[0] === 0 || parts[parts.length - 1] === 0) return false;
  for (let k = 1; k < parts.length; k++) {
    const a = parts[k - 1]!,
      b = parts[k]!;
    // a fraction ends a whole number: "zwei|einhalb", "ein|einhalb", "twee|ënhalf" (2.5, 1.5, 2.5)
    if (b > 0 && b < 1) {
      if (k !== parts.length - 1 || a < 1) return false;
      continue;
    }
    if (a > 0 && a < 1) return false;
    if (b === 0) {
      // a connector joins a unit to the ten after it
      const c = parts[k + 1];
      if (a === 0 || a >= 10 || c === undefined || !isTen(c)) return false;
      continue;
    }
    if (a === 0) continue;
    if (b >= 100) {
      if (a >= b) return false;
      continue;
    }
    if (a >= 100) continue;
    if (!(isTen(a) && b < 10)) return false;
  }
  return true;
}
