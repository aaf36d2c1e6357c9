/**
 * Multi-word phrases keyed by normalized tokens, matched forwards (what follows a number) or
 * backwards (cue words before it). Longest match wins; lookups are O(phrase length).
 */
import { phraseKeys, type Tokens } from '../numbers/tokenize';

interface Node<T> { next: Map<string, Node<T>>; value?: T }

export interface Match<T> { value: T; /** index one past the last token (forward) or of the first token (backward) */ at: number }

export class PhraseTrie<T> {
  private readonly forward: Node<T> = { next: new Map() };
  private readonly backward: Node<T> = { next: new Map() };
  /** Every phrase's first token, for a quick "could anything start here" test. */
  readonly firsts = new Set<string>();

  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    PhraseTrie.insert(this.forward, keys, value);
    PhraseTrie.insert(this.backward, [...keys].reverse(), value);
    this.firsts.add(keys[0]!);
  }

  addAll(entries: Record<string, T> | Iterable<[string, T]>): this {
    const list = Symbol.iterator in entries ? (entries as Iterable<[string, T]>) : Object.entries(entries as Record<string, T>);
    for (const [k, v] of list) this.add(k, v);
    return this;
  }

  private static insert<T>(root: Node<T>, keys: string[], value: T): void {
    let node = root;
    for (const k of keys) {
      let next = node.next.get(k);
      if (!next) { next = { next: new Map() }; node.next.set(k, next); }
      node = next;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at token i (and ending before `limit`). */
  matchAt(t: Tokens, i: number, limit: number = t.count): Match<T> | null {
    let node: Node<T> | undefined = this.forward;
    let best: Match<T> | null = null;
    for (let j = i; j < limit; j++) {
      if (j > i && t.gap[j] === 2) break;
      node = node.next.get(t.word(j));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, at: j + 1 };
    }
    return best;
  }

  /** Longest phrase ending at token i-1 (and starting at or after `floor`). */
  matchBefore(t: Tokens, i: number, floor: number): Match<T> | null {
    let node: Node<T> | undefined = this.backward;
    let best: Match<T> | null = null;
    for (let j = i - 1; j >= floor; j--) {
      if (j < i - 1 && t.gap[j + 1] === 2) break;
      node = node.next.get(t.word(j));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, at: j };
    }
    return best;
  }
}
