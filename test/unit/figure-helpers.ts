// Shared assertions for the figure tests: find the figure that covers a phrase and check what it says.
import { strict as assert } from 'node:assert';
import { extractFigures } from '../../src/core/figures/extract';
import type { DetectedLanguage, Figure } from '../../src/core/types';

export type Expect = Partial<
  Pick<Figure, 'kind' | 'value' | 'unit' | 'bound' | 'deadline' | 'range' | 'currencyFromContext'>
>;

/** The figure whose span covers `phrase` in `text` (the phrase must occur once). */
export function figureAt(text: string, language: DetectedLanguage, phrase: string): Figure {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `phrase not in text: ${phrase}`);
  const figures = extractFigures(text, language);
  const hit = figures.find((f) => f.start <= at && f.end >= at + phrase.length);
  assert.ok(hit, `no figure covers ${JSON.stringify(phrase)}; got ${JSON.stringify(figures.map((f) => f.text))}`);
  return hit;
}

export function expectFigure(language: DetectedLanguage, text: string, phrase: string, expected: Expect): void {
  const f = figureAt(text, language, phrase);
  for (const [k, v] of Object.entries(expected)) {
    assert.deepEqual(
      (f as unknown as Record<string, unknown>)[k],
      v,
      `${phrase}: ${k} is ${JSON.stringify((f as unknown as Record<string, unknown>)[k])}, want ${JSON.stringify(v)}`,
    );
  }
}

/** Each [sentence, expected] pair: the whole sentence is one figure, or `phrase` picks it. */
export function expectAll(language: DetectedLanguage, cases: [string, Expect, string?][]): void {
  for (const [text, expected, phrase] of cases) expectFigure(language, text, phrase ?? text.trim(), expected);
}

export function expectNone(language: DetectedLanguage, text: string, phrase: string): void {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `phrase not in text: ${phrase}`);
  const figures = extractFigures(text, language);
  const hit = figures.find((f) => f.start < at + phrase.length && f.end > at);
  assert.equal(hit, undefined, `${JSON.stringify(phrase)} should not be a figure, got ${JSON.stringify(hit)}`);
}
