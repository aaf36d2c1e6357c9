import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PhraseTrie } from '../../src/core/figures/phrase-trie';
import { tokenize } from '../../src/core/numbers/tokenize';

/** Phrases of vocabularies: words of letters and marks (accents, ß, İ, ǅ, astral letters), dots, dashes, signs, spaces. */
const piece = fc.constantFrom(
  ...['a', 'Z', 'é', 'e\u0301', 'ß', 'İ', 'ǅ', 'ł', '𝒜', 'kr', '.', '-', '$', '’', ' ', '2'],
);
const phrase = fc.array(piece, { minLength: 0, maxLength: 6 }).map((ps) => ps.join(''));
const entries = fc.array(fc.tuple(phrase, fc.integer({ min: 0, max: 3 })), { maxLength: 25 });

/** A trie's nodes as plain data, a leaf's missing map as an empty one, in insertion order. */
function shape(node: unknown): unknown {
  const n = node as { next?: Map<string, unknown>; value?: unknown; glued?: boolean };
  return {
    value: n.value,
    glued: n.glued === true,
    next: [...(n.next ?? new Map<string, unknown>())].map(([k, c]) => [k, shape(c)]),
  };
}

function trieShape<T>(trie: PhraseTrie<T>): unknown {
  const t = trie as unknown as { forward: unknown; backward: unknown };
  return { forward: shape(t.forward), backward: shape(t.backward), firsts: [...trie.firsts] };
}

describe('PhraseTrie (property): the one-word path builds what the tokenizer builds', () => {
  it('add equals addTokenized for any phrases in any order: the same nodes, values, glue and firsts', () => {
    fc.assert(
      fc.property(entries, (es) => {
        const fast = new PhraseTrie<number>();
        const reference = new PhraseTrie<number>();
        for (const [p, v] of es) {
          fast.add(p, v);
          reference.addTokenized(p, v);
        }
        assert.deepEqual(trieShape(fast), trieShape(reference));
      }),
      { numRuns: 400 },
    );
  });

  it('matchAt and matchBefore answer alike on any text after either build', () => {
    fc.assert(
      fc.property(entries, fc.array(phrase, { maxLength: 8 }), (es, words) => {
        const fast = new PhraseTrie<number>();
        const reference = new PhraseTrie<number>();
        for (const [p, v] of es) {
          fast.add(p, v);
          reference.addTokenized(p, v);
        }
        const t = tokenize(words.join(' '));
        for (let i = 0; i <= t.count; i++) {
          assert.deepEqual(fast.matchAt(t, i), reference.matchAt(t, i));
          assert.deepEqual(fast.matchBefore(t, i, 0), reference.matchBefore(t, i, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});
