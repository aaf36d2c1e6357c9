import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fold, tokenize } from '../../src/core/claims/text';
import { memoizeString } from '../../src/core/memo';
import { phraseKeys, tokenize as tokenizeNumbers } from '../../src/core/numbers/tokenize';
import { cognateKey } from '../../src/core/vocab/index';

/** Words of news text: ASCII and accented letters, capitals inside, digits, marks, ligatures and Turkish İ. */
const word = fc
  .array(fc.constantFrom(...'aZbYçÉøÆßłİıOpenAI9é\u0301Ñk'.split('')), { minLength: 1, maxLength: 9 })
  .map((cs) => cs.join(''));
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', '. ', ', ', '\n', ': ', ' 12 ', '-')), { maxLength: 30 })
  .map((ws) => ws.map(([w, sep]) => w + sep).join(''));

/** The word fields as tokenize wrote them before it read an ASCII word's case while scanning it (Session 8). */
function reference(raw: string): { folded: string; capital: boolean; innerCapital: boolean } {
  const lower = raw.toLowerCase();
  return {
    folded: /^[\x00-\x7f]*$/.test(raw) ? lower : fold(raw),
    capital: raw.charCodeAt(0) !== lower.charCodeAt(0),
    innerCapital: raw.length > 1 && raw !== lower && raw.slice(1) !== lower.slice(1),
  };
}

describe('claims text (property): speed paths answer as the plain code', () => {
  it('tokenize: folded, capital and innerCapital of every word as lower-casing the whole word gives them', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const tok of tokenize(t).tokens) {
          const { folded, capital, innerCapital } = tok;
          assert.deepEqual({ folded, capital, innerCapital }, reference(t.slice(tok.start, tok.end)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('memoizeString: the remembered function answers as the function, for any words asked in any order, past its limit', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (asked, limit) => {
        const plain = (w: string): string | undefined => (w.length % 3 === 0 ? undefined : cognateKey(w));
        const remembered = memoizeString(plain, limit);
        for (const w of asked) assert.equal(remembered(w), plain(w));
      }),
    );
  });
});

describe('phraseKeys (property): the one-word path answers as the tokenizer', () => {
  it('any phrase: the keys are the lower-cased words tokenize reads', () => {
    const phrase = fc.oneof(
      word,
      text,
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('', 'mia.', 'kr', 'Mrd', 'İstanbul', 'ǅ', 'e\u0301', '\ud835\udc00', "l'an", 'km²'),
    );
    fc.assert(
      fc.property(phrase, (p) => {
        const t = tokenizeNumbers(p);
        const expected: string[] = [];
        for (let i = 0; i < t.count; i++) expected.push(t.word(i));
        assert.deepEqual(phraseKeys(p), expected);
      }),
      { numRuns: 500 },
    );
  });
});
