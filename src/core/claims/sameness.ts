/**
 * Sameness from context: the probability that two mentions of one bucket state one fact, from a logistic regression
 * over the context features of sameness-features.ts, fitted on the dev gold (scripts/dev/pair-fit.ts, weights in
 * generated/sameness-model.ts). No feature looks at how close the two values are.
 */
import { APART_THRESHOLD, SAME_THRESHOLD, SAMENESS_WEIGHTS } from './generated/sameness-model';
import type { Item } from './mention';
import { FEATURES } from './sameness-features';

export { APART_THRESHOLD, SAME_THRESHOLD };

const WEIGHTS: readonly number[] = FEATURES.map((f) => SAMENESS_WEIGHTS[f.name] ?? 0);

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The probability that a and b are one fact, from their context (symmetric in a, b). */
export function samenessProbability(a: Item, b: Item, weights: readonly number[] = WEIGHTS): number {
  let z = 0;
  for (let k = 0; k < FEATURES.length; k++) {
    const w = weights[k]!;
    if (w !== 0) z += w * FEATURES[k]!.of(a, b);
  }
  return sigmoid(z);
}
