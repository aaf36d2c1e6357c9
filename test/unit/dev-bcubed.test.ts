/**
 * The B-cubed metric of scripts/dev/event-clusters.ts (scripts/dev/bcubed.ts), on small clusterings whose values are
 * worked out by hand, and properties that hold for any labelling (fast-check).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bcubed, clusterErrors } from '../../scripts/dev/bcubed';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

describe('dev: B-cubed of an article -> event assignment', () => {
  it('the gold clustering itself scores 1, whatever the labels are called', () => {
    const m = bcubed(['e1', 'e1', 'e2'], ['x', 'x', 'y']);
    close(m.precision, 1);
    close(m.recall, 1);
    close(m.f1, 1);
  });

  it('a cluster split in two loses recall only (2 of 3 articles with a partner of 3)', () => {
    // class x = {0,1,2}, split {0,1} {2}: recall 2/3, 2/3, 1/3 -> 5/9; precision 1
    const m = bcubed(['a', 'a', 'b'], ['x', 'x', 'x']);
    close(m.precision, 1);
    close(m.recall, 5 / 9);
    close(m.f1, (2 * (5 / 9)) / (1 + 5 / 9));
  });

  it('two clusters in one event lose precision only', () => {
    // event e = {0,1,2}, classes x = {0,1}, y = {2}: precision 2/3, 2/3, 1/3 -> 5/9; recall 1
    const m = bcubed(['e', 'e', 'e'], ['x', 'x', 'y']);
    close(m.precision, 5 / 9);
    close(m.recall, 1);
  });

  it('lists the split clusters and the mixed events with their members', () => {
    const { split, mixed } = clusterErrors(['a', 'a', 'b', 'c', 'c'], ['x', 'x', 'x', 'y', 'z']);
    assert.deepEqual([...split.keys()], ['x']);
    assert.deepEqual(
      [...split.get('x')!],
      [
        ['a', [0, 1]],
        ['b', [2]],
      ],
    );
    assert.deepEqual([...mixed.keys()], ['c']);
    assert.deepEqual(
      [...mixed.get('c')!],
      [
        ['y', [3]],
        ['z', [4]],
      ],
    );
  });

  it('lists of different lengths are an error', () => {
    assert.throws(() => bcubed(['a'], ['x', 'y']));
  });

  it('for any labelling: precision and recall in (0, 1], swapping the two swaps them, all-singletons has precision 1', () => {
    const labels = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('x', 'y', 'z')), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(labels, (pairs) => {
        const found = pairs.map((p) => p[0]);
        const gold = pairs.map((p) => p[1]);
        const m = bcubed(found, gold);
        const swapped = bcubed(gold, found);
        assert.ok(m.precision > 0 && m.precision <= 1 + 1e-12);
        assert.ok(m.recall > 0 && m.recall <= 1 + 1e-12);
        close(swapped.precision, m.recall);
        close(swapped.recall, m.precision);
        close(
          bcubed(
            found.map((_, i) => `s${i}`),
            gold,
          ).precision,
          1,
        );
      }),
      { seed: 20261208 },
    );
  });
});
