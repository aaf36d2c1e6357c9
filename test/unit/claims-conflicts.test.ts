/**
 * Conflicts (src/core/claims/conflicts.ts): a mention against a whole class of another source's mentions is stored
 * once, and lists the same partners and codes as the pairs it stands for (issue 10: memory linear in the mentions).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Conflicts, type ConflictClass } from '../../src/core/claims/conflicts';
import type { Item } from '../../src/core/claims/mention';

// only identity and the source matter to the store: the verdicts are the class's callbacks
const mention = (docIndex: number): Item => ({ docIndex }) as Item;

describe('Conflicts', () => {
  it('lists a class record as the pairs it stands for, with the excluded pairs left out', () => {
    const a = mention(0);
    const B = [mention(1), mention(2), mention(3)];
    const ofB: ConflictClass = {
      members: B,
      excluded: (_x, y) => y === B[1],
      codeOf: (_x, y) => (y === B[2] ? 'conflict-update' : 'conflict'),
    };
    const ofA: ConflictClass = { members: [a], excluded: () => false, codeOf: () => 'conflict' };
    const store = new Conflicts();
    for (const b of [B[0]!, B[2]!]) store.flagClasses(a, b, ofB, ofA);
    assert.deepEqual(
      [...store.partnersOf(a)],
      [
        [B[0], 'conflict'],
        [B[2], 'conflict-update'],
      ],
    );
    assert.deepEqual([...store.partnersOf(B[0]!)], [[a, 'conflict']]);
    // flagged in the order of first contradiction; a mention never flagged is not there
    assert.deepEqual([...store.mentions()], [a, B[0], B[2]]);
    assert.equal(store.has(B[1]!), false);
  });

  it('keeps the highest-priority code of a pair flagged twice, from a pair and from a class', () => {
    const a = mention(0);
    const b = mention(1);
    const store = new Conflicts();
    store.flag(a, b, 'conflict');
    store.flag(a, b, 'conflict-scale');
    store.flag(a, b, 'conflict-update');
    assert.deepEqual([...store.partnersOf(b)], [[a, 'conflict-scale']]);
    const ofB: ConflictClass = { members: [b], excluded: () => false, codeOf: () => 'conflict-currency' };
    const ofA: ConflictClass = { members: [a], excluded: () => false, codeOf: () => 'conflict-currency' };
    store.flagClasses(a, b, ofB, ofA);
    assert.deepEqual([...store.partnersOf(a)], [[b, 'conflict-scale']]);
    const c = mention(2);
    store.flag(c, a, 'conflict-update');
    assert.deepEqual(
      [...store.partnersOf(a)],
      [
        [b, 'conflict-scale'],
        [c, 'conflict-update'],
      ],
    );
  });

  it('stores a class once per mention however many of its members the mention contradicts', () => {
    const A = Array.from({ length: 300 }, () => mention(0));
    const B = Array.from({ length: 300 }, (_, k) => mention(1 + k));
    const ofB: ConflictClass = { members: B, excluded: () => false, codeOf: () => 'conflict' };
    const ofA: ConflictClass = { members: A, excluded: () => false, codeOf: () => 'conflict' };
    const store = new Conflicts();
    for (const a of A) for (const b of B) store.flagClasses(a, b, ofB, ofA);
    const records = (store as unknown as { classes: Map<Item, ConflictClass[]> }).classes;
    assert.equal(records.size, 600);
    for (const list of records.values()) assert.equal(list.length, 1);
    assert.equal(store.partnersOf(A[7]!).size, 300);
  });
});
