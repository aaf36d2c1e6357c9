import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractFigures } from '../../src/core/figures/extract';
import { detectLanguage } from '../../src/core/figures/language';
import { findPublished } from '../../src/core/figures/published';
import type { DetectedLanguage } from '../../src/core/types';

const LANGS: DetectedLanguage[] = ['fr', 'it', 'de', 'en', 'es', 'pt', 'nl', 'sv', 'nb', 'da', 'pl', 'und'];

/** Pieces that stress the number scanner and the phrase matcher. */
const piece = fc.oneof(
  fc.constantFrom(
    '1',
    '2',
    '12',
    '2024',
    '0',
    '999',
    '1.000',
    '1,5',
    "1'000",
    '1’000',
    '2\u00a0500',
    '2\u202f500',
    '3 XNUMX',
    '21.0.0',
    '12:55',
    '.',
    ',',
    ' ',
    '\n',
    '-',
    '–',
    '€',
    '$',
    'US$',
    '%',
    'Md€',
    'mrd.',
    'milliards',
    'miliardi',
    'de',
    "d'",
    'd’',
    'entre',
    'et',
    'tra',
    'e',
    'mila',
    'un',
    'eine',
    'Milliarde',
    'kr.',
    'mia.',
    'pct.',
    'juni',
    'Mai.',
    'mag',
    'Q3',
    'bis',
    'Ende',
    'près de',
    'plus de',
    'to',
    'XNUMX',
    '\ud800',
    '\udfff',
    '😀',
    'ﬀ',
    'İ',
    'ß',
    '°C',
    'km²',
  ),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[0-9.,' \u00a0]{1,12}$/),
);
const adversarial = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

function checkInvariants(text: string, language: DetectedLanguage): void {
  const figures = extractFigures(text, language);
  let last = 0;
  for (const f of figures) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `offsets inside the text: ${f.start}-${f.end}`);
    assert.equal(text.slice(f.start, f.end), f.text);
    assert.ok(f.start >= last, 'sorted and non-overlapping');
    last = f.end;
    assert.ok(f.value === null || typeof f.value === 'string' || Number.isFinite(f.value), `finite value: ${f.value}`);
  }
}

describe('figure extraction on arbitrary input', () => {
  it('never throws and keeps its span invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...LANGS), (text, lang) =>
        checkInvariants(text, lang),
      ),
      { numRuns: 300 },
    );
  });
  it('keeps them on digit soup, separators, scale words and lone surrogates', () => {
    fc.assert(
      fc.property(adversarial, fc.constantFrom(...LANGS), (text, lang) => checkInvariants(text, lang)),
      { numRuns: 500 },
    );
  });
  it('keeps them on long runs of digits and separators', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', '1.', '1,', '1 ', "1'", '12:', '9-'),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom(...LANGS),
        (unit, n, lang) => checkInvariants(unit.repeat(n), lang),
      ),
      { numRuns: 40 },
    );
  });
  it('language detection and the dateline never throw either', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const lang = detectLanguage(text);
        assert.ok(LANGS.includes(lang));
        const p = findPublished(text, lang);
        assert.ok(p === null || /^\d{4}-\d{2}(-\d{2})?$/.test(p));
      }),
      { numRuns: 200 },
    );
  });
});
