/**
 * A fall printed with its sign and a fall said in words are one fact (docs/conflict-rules.md, losses and negative
 * returns): claims compare them by size (mention.ts asFall), so the signed one is not left out as a negative value.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { asFall } from '../../src/core/claims/mention';
import { extractFigures } from '../../src/core/figures/extract';
import type { Figure, LanguageCode } from '../../src/core/types';

const figure = (text: string, lang: LanguageCode, phrase: string): Figure => {
  const f = extractFigures(text, lang).find((x) => x.text === phrase);
  if (!f) throw new Error(`no figure ${phrase} in ${text}`);
  return f;
};

describe('claims: a signed fall is compared by its size (asFall)', () => {
  it('"minus 14,1 prosent" and "lost 14.1 per cent" give one amount, both falls', () => {
    const signed = asFall(figure('Avkastningen ble minus 14,1 prosent i fjor.', 'nb', 'minus 14,1 prosent'));
    const said = asFall(figure('The fund lost 14.1 per cent last year.', 'en', '14.1 per cent'));
    assert.equal(signed.value, 14.1);
    assert.equal(said.value, 14.1);
    assert.equal(signed.change, 'down');
    assert.equal(said.change, 'down');
  });

  it('a glued sign too: "-2,4 Prozent" is 2.4 down', () => {
    const f = asFall(figure('Die Wirtschaftsleistung schrumpfte um -2,4 Prozent.', 'de', '-2,4 Prozent'));
    assert.equal(f.value, 2.4);
    assert.equal(f.change, 'down');
  });

  it('does not turn a temperature below zero into a positive level (no change: it stays out of the claims)', () => {
    const f = asFall(figure('In der Nacht wurden minus 8 Grad gemessen.', 'de', 'minus 8 Grad'));
    assert.equal(f.value, -8);
  });
});
