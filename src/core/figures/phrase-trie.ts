/**
 * Multi-word phrases keyed by normalized tokens, matched forwards (what follows a number) or
 * backwards (cue words before it). Longest match wins; lookups are O(phrase length).
 */
import { Gap, isOneWord, tokenize, type Tokens } from '../numbers/tokenize';

/**
 * `glued`: every phrase through this node writes its token without a space before it ("US$", "A$",
 * "kr."), so the text must too: "a $2.9bn commitment" holds no Australian dollar.
 */
interface Node<T> {
  /** undefined at a leaf: most nodes end a one-word phrase (the open nouns, by the ten thousand), and a Map each cost
   * more to build than the whole phrase */
  next: Map<string, Node<T>> | undefined;
  value?: T;
  glued?: boolean;
}

export interface Match<T> {
  value: T;
  /** index one past the last token (forward) or of the first token (backward) */ at: number;
}

export class PhraseTrie<T> {
  private readonly forward: Node<T> = { next: new Map(), value: undefined, glued: false };
  private readonly backward: Node<T> = { next: new Map(), value: undefined, glued: false };
  /** Every phrase's first token, for a quick "could anything start here" test. */
  readonly firsts = new Set<string>();

  add(phrase: string, value: T): void {
    // most phrases are one word of letters: its one key is the word lower-cased (phraseKeys), with no gap to keep,
    // and it needs no tokenization (a buffer and a Tokens per phrase were most of a lexicon's compile)
    if (isOneWord(phrase)) {
      const key = phrase.toLowerCase();
      PhraseTrie.insertOne(this.forward, key, value);
      PhraseTrie.insertOne(this.backward, key, value);
      this.firsts.add(key);
      return;
    }
    this.addTokenized(phrase, value);
  }

  /** add of any phrase through the tokenizer: its keys and which of them are glued (the one-word path's reference) */
  addTokenized(phrase: string, value: T): void {
    const t = tokenize(phrase);
    if (t.count === 0) return;
    const keys: string[] = [];
    const glued: boolean[] = [];
    for (let k = 0; k < t.count; k++) {
      keys.push(t.word(k));
      glued.push(k > 0 && t.gap[k] === Gap.None);
    }
    PhraseTrie.insert(this.forward, keys, glued, value);
    // backwards, token k is entered from token k+1: the gap that matters is the one after it
    const back = keys.map((_, m) => glued[keys.length - m] ?? false);
    PhraseTrie.insert(this.backward, [...keys].reverse(), back, value);
    this.firsts.add(keys[0]!);
  }

  addAll(entries: Record<string, T> | Iterable<[string, T]>): this {
    const list =
      Symbol.iterator in entries ? (entries as Iterable<[string, T]>) : Object.entries(entries as Record<string, T>);
    for (const [k, v] of list) this.add(k, v);
    return this;
  }

  private static insert<T>(root: Node<T>, keys: string[], glued: boolean[], value: T): void {
    let node = root;
    keys.forEach((k, m) => {
      node = PhraseTrie.child(node, k, glued[m]!);
    });
    if (node.value === undefined) node.value = value;
  }

  /** insert of a phrase of one key, never glued (the first token of a phrase has no gap that counts) */
  private static insertOne<T>(root: Node<T>, key: string, value: T): void {
    const node = PhraseTrie.child(root, key, false);
    if (node.value === undefined) node.value = value;
  }

  /** The child of `node` under key `k`, made if missing; a key written with a space somewhere unglues it. */
  private static child<T>(node: Node<T>, k: string, glued: boolean): Node<T> {
    const map = node.next ?? (node.next = new Map());
    let next = map.get(k);
    if (!next) {
      next = { next: undefined, value: undefined, glued };
      map.set(k, next);
    } else if (!glued) next.glued = false;
    return next;
  }

  /** Longest phrase starting at token i (and ending before `limit`). */
  matchAt(t: Tokens, i: number, limit: number = t.count): Match<T> | null {
    let node: Node<T> | undefined = this.forward;
    let best: Match<T> | null = null;
    for (let j = i; j < limit; j++) {
      if (j > i && t.gap[j] === Gap.Newline) break;
      node = node.next?.get(t.word(j));
      if (!node || (j > i && node.glued && t.gap[j] !== Gap.None)) break;
      if (node.value !== undefined) best = { value: node.value, at: j + 1 };
    }
    return best;
  }

  /** Longest phrase ending at token i-1 (and starting at or after `floor`). */
  matchBefore(t: Tokens, i: number, floor: number): Match<T> | null {
    let node: Node<T> | undefined = this.backward;
    let best: Match<T> | null = null;
    for (let j = i - 1; j >= floor; j--) {
      if (j < i - 1 && t.gap[j + 1] === Gap.Newline) break;
      node = node.next?.get(t.word(j));
      if (!node || (j < i - 1 && node.glued && t.gap[j + 1] !== Gap.None)) break;
      if (node.value !== undefined) best = { value: node.value, at: j };
    }
    return best;
  }
}
