/**
 * PhraseMatcher (claims/vocabulary.ts): whole first words are looked up by the word, prefixes and stems by the
 * token's first three letters; the longest entry wins, and of two of one length the first added.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PhraseMatcher, PhraseStarts, vocabularyFor } from '../../src/core/claims/vocabulary';
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

  it('PhraseStarts: a matcher is asked exactly where matchAt finds entries to try, and never elsewhere', () => {
    const invest = new PhraseMatcher<string>();
    invest.add('invest*', 'prefix');
    invest.add('tax credit', 'whole');
    const emplois = new PhraseMatcher<string>();
    emplois.add('emplois', 'stem', (w) => w.replace(/s$/, ''));
    const starts = new PhraseStarts([invest, emplois] as PhraseMatcher<unknown>[]);
    const text = 'investiert tax credit emploi créés inventory taxation';
    const t = tokens(text);
    t.forEach((tok, i) => {
      const head = tok.folded.slice(0, 3);
      const can = starts.at(tok.folded, head);
      for (const m of [invest, emplois])
        assert.deepEqual(m.matchWhere(can, t, i, head), m.matchAt(t, i, head), tok.folded);
    });
    assert.equal(invest.matchWhere(starts.at('investiert', 'inv'), t, 0, 'inv')?.value, 'prefix');
    assert.equal(emplois.matchWhere(starts.at('emploi', 'emp'), t, 3, 'emp')?.value, 'stem');
    assert.equal(starts.at('créés', 'cré'), 0);
  });

  it('PhraseStarts: every language vocabulary gives the same matches gated as ungated, on real sentences', () => {
    const sentences: [string, string][] = [
      [
        'fr',
        "L'entreprise a annoncé vendredi un investissement de 4 milliards d'euros, selon le ministère, l'an dernier.",
      ],
      [
        'de',
        'Nach Angaben des Ministeriums sollen bis 2027 insgesamt 3.000 Stellen entstehen, im Vorjahr waren es 2.500.',
      ],
      ['en', 'The company said on Friday it would invest $4bn, up from last year, according to officials.'],
      ['pl', 'Jak podało ministerstwo, inwestycja wyniesie łącznie 4 mld zł, wobec 3 mld rok wcześniej.'],
    ];
    for (const [lang, text] of sentences) {
      const vocab = vocabularyFor(lang as 'fr');
      const t = tokens(text);
      let asked = 0;
      t.forEach((tok, i) => {
        const head = tok.folded.slice(0, 3);
        const can = vocab.starts.at(tok.folded, head);
        for (const m of [vocab.predicates, vocab.attributions, vocab.totals, vocab.past, vocab.targets, vocab.ago]) {
          const direct = m.matchAt(t, i, head);
          if (direct) asked++;
          assert.deepEqual(m.matchWhere(can, t, i, head), direct, `${lang} ${tok.folded}`);
        }
      });
      assert.ok(asked > 0, `${lang}: no phrase matched at all`);
    }
  });

  it('PhraseStarts: refuses a matcher that is in no index, in two, or grows after being indexed', () => {
    const alone = new PhraseMatcher<string>();
    alone.add('tax', 'x');
    const t = tokens('tax');
    assert.throws(() => alone.matchWhere(1, t, 0, 'tax'), /in no PhraseStarts/);
    new PhraseStarts([alone] as PhraseMatcher<unknown>[]);
    assert.throws(() => new PhraseStarts([alone] as PhraseMatcher<unknown>[]), /one PhraseStarts only/);
    assert.throws(() => alone.add('levy', 'y'), /already indexed/);
  });
});
