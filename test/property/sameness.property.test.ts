/**
 * The sameness model (src/core/claims/sameness.ts) decides from context: its probability is symmetric in (a, b) and
 * does not change when the two values change, whatever their magnitudes (issue 8: never sameness from the values).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formClaims } from '../../src/core/claims/index';
import { samenessProbability } from '../../src/core/claims/sameness';
import { pairFeatures } from '../../src/core/claims/sameness-features';
import type { Item } from '../../src/core/claims/mention';
import { count, doc, money } from '../unit/claims-helpers';

/** The two mentions of a two-article workspace, each article stating one figure with the given value. */
function pairOf(kind: 'money' | 'count', va: number, vb: number): [Item, Item] {
  const spec = (text: string, v: number) => (kind === 'money' ? money(text, v, 'EUR') : count(text, v, 'protester'));
  const fr = doc(
    'sp/fr.txt',
    'fr',
    '2025-10-03',
    kind === 'money'
      ? "Contoso investit en France\n3 octobre 2025\n\nContoso investira 4 milliards d'euros en France."
      : 'Grève en France\n3 octobre 2025\n\nSelon la police, 12 500 manifestants ont défilé à Paris.',
    [spec(kind === 'money' ? "4 milliards d'euros" : '12 500 manifestants', va)],
  );
  const de = doc(
    'sp/de.txt',
    'de',
    '2025-10-03',
    kind === 'money'
      ? 'Contoso investiert in Frankreich\n3. Oktober 2025\n\nContoso will 3 Milliarden Euro in Frankreich investieren.'
      : 'Streik in Frankreich\n3. Oktober 2025\n\nLaut Polizei demonstrierten 18.000 Demonstranten in Paris.',
    [spec(kind === 'money' ? '3 Milliarden Euro' : '18.000 Demonstranten', vb)],
  );
  const r = formClaims([fr, de], { trace: true });
  const items = (r.buckets ?? []).flat();
  const a = items.find((x) => x.doc === fr);
  const b = items.find((x) => x.doc === de);
  assert.ok(a && b, 'both figures are mentions');
  return [a, b];
}

const magnitude = fc.double({ min: 1, max: 1e12, noNaN: true });

describe('sameness model (property)', () => {
  for (const kind of ['money', 'count'] as const) {
    it(`${kind}: symmetric in (a, b) and independent of the two values' magnitudes`, () => {
      const [a0, b0] = pairOf(kind, 1000, 1000);
      const reference = samenessProbability(a0, b0);
      fc.assert(
        fc.property(magnitude, magnitude, (va, vb) => {
          const [a, b] = pairOf(kind, va, vb);
          assert.deepEqual(pairFeatures(a, b), pairFeatures(b, a));
          assert.equal(samenessProbability(a, b), samenessProbability(b, a));
          assert.equal(samenessProbability(a, b), reference);
        }),
        { numRuns: 40 },
      );
    });
  }
});
