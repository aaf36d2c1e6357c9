/**
 * PhraseMatcher (claims/vocabulary.ts): whole first words are looked up by the word, prefixes and stems by the
 * token's first three letters; the longest entry wins, and of two of one length the first added.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PhraseMatcher } from '../../src/core/claims/vocabulary';
import { tokenize } from '../../src/core/claims/text';

const tokens = (text: string) => tokenize(text).tokens;
const at = (m: PhraseMatcher<string>, text: string, i = 0) => m.matchAt(tokens(text), i);

describe('PhraseMatcher', () => {
  it('matches a whole first word, a "word*" prefix and a stem, and nothing else', () => {
    const m = new PhraseMatcher<string>();
    m.add('investment', 'whole');
    m.add('invest*', 'prefix');
    m.add('emplois', 'stem', (w) => w.replace(/s$/, ''));
    assert.equal(at(m, 'investment plans')?.value, 'whole');
    assert.equal(at(m, 'investiert 4 Milliarden')?.value, 'prefix');
    assert.equal(at(m, 'emploi créés')?.value, 'stem');
    assert.equal(at(m, 'inventory'), undefined);
    assert.equal(at(m, 'employees'), undefined);
  });

  it('takes the longest entry, whether its first word is whole or a prefix', () => {
    const m = new PhraseMatcher<string>();
    m.add('tax*', 'short prefix');
    m.add('tax credit', 'whole phrase');
    m.add('taxes on ~ profits', 'gap phrase');
    assert.deepEqual(at(m, 'tax credit of'), { index: 0, length: 2, value: 'whole phrase' });
    assert.deepEqual(at(m, 'taxes on bank profits'), { index: 0, length: 4, value: 'gap phrase' });
    assert.deepEqual(at(m, 'taxation'), { index: 0, length: 1, value: 'short prefix' });
  });

  it('of two entries of one length, keeps the first added (a prefix before a whole word, and the reverse)', () => {
    const first = new PhraseMatcher<string>();
    first.add('bill*', 'prefix first');
    first.add('billion', 'whole second');
    assert.equal(at(first, 'billion')?.value, 'prefix first');
    const second = new PhraseMatcher<string>();
    second.add('billion', 'whole first');
    second.add('bill*', 'prefix second');
    assert.equal(at(second, 'billion')?.value, 'whole first');
    assert.equal(at(second, 'billions')?.value, 'prefix second');
  });
});
