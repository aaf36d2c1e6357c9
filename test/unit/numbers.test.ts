import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readLiteral } from '../../src/core/numbers/literal';
import { CompoundSplitter, composeNumberWords } from '../../src/core/numbers/written';
import { TokenKind, tokenize } from '../../src/core/numbers/tokenize';

const FR = { dot: 'group', comma: 'decimal' } as const;
const EN = { dot: 'decimal', comma: 'group' } as const;
const ES = { dot: 'group', comma: 'group' } as const;

describe('numeric literals', () => {
  it('reads decimal marks and thousands groups by the language rules', () => {
    assert.equal(readLiteral('4,3', FR).value, 4.3);
    assert.equal(readLiteral('3.2', FR).value, 3.2, 'one digit after a dot is a decimal even in French');
    assert.equal(readLiteral('2.100', FR).value, 2100);
    assert.equal(readLiteral('1,016', FR).value, 1.016);
    assert.equal(readLiteral('7,160', ES).value, 7160);
    assert.equal(readLiteral('1,000', EN).value, 1000);
    assert.equal(readLiteral('4.300', EN).value, 4.3);
    assert.equal(readLiteral('0,125', ES).value, 0.125, 'a leading zero is always a decimal');
  });
  it('reads spaces, apostrophes and mixed separators', () => {
    assert.equal(readLiteral('2 500', FR).value, 2500);
    assert.equal(readLiteral('25\u202f000', FR).value, 25000);
    assert.equal(readLiteral('1\u00a0000\u00a0000', FR).value, 1_000_000);
    assert.equal(readLiteral("1'000", FR).value, 1000);
    assert.equal(readLiteral('50’000', FR).value, 50000);
    assert.equal(readLiteral('1.234.567', FR).value, 1_234_567);
    assert.equal(readLiteral('1.234,5', FR).value, 1234.5);
    assert.equal(readLiteral('1,234.5', EN).value, 1234.5);
    assert.equal(readLiteral('2 500,75', FR).value, 2500.75);
  });
  it('tells versions, d.m.y dates and times apart from numbers', () => {
    assert.equal(readLiteral('21.0.0', FR).kind, 'dotted');
    assert.deepEqual(readLiteral('13.05.2024', FR).groups, ['13', '05', '2024']);
    assert.equal(readLiteral('12:55', FR).kind, 'time');
  });
});

describe('the tokenizer', () => {
  it('keeps grouped numbers whole and splits glued suffixes', () => {
    const t = tokenize('accompagner 2 500 startups, 25mila GPU et 1,95 Md€ en 2007 300 fois');
    const words = Array.from({ length: t.count }, (_, i) => t.word(i));
    assert.ok(words.includes('2 500'));
    assert.ok(words.includes('25') && words.includes('mila'));
    assert.ok(words.includes('1,95') && words.includes('md') && words.includes('€'));
    assert.ok(words.includes('2007') && words.includes('300'), 'a year is not the first group of "2007 300"');
  });
  it('records offsets that slice back to the token', () => {
    const text = 'Ørsted vil rejse 60 mia. kr. – «ok»';
    const t = tokenize(text);
    for (let i = 0; i < t.count; i++) {
      assert.equal(text.slice(t.start[i], t.end[i]).toLowerCase().replace('’', "'").replace('–', '-'), t.word(i));
    }
    assert.equal(t.kind[0], TokenKind.Word);
  });
});

describe('written-out numbers', () => {
  it('composes word values', () => {
    assert.equal(composeNumberWords([20, 5, 1000]), 25_000);
    assert.equal(composeNumberWords([2, 100, 1000]), 200_000);
    assert.equal(composeNumberWords([3, 100]), 300);
    assert.equal(composeNumberWords([1000, 2, 100, 50]), 1250);
  });
  it('splits closed compounds', () => {
    const s = new CompoundSplitter([
      ['drie', 3],
      ['honderd', 100],
      ['fünf', 5],
      ['und', 0],
      ['zwanzig', 20],
      ['to', 2],
      ['hundre', 100],
    ]);
    assert.deepEqual(s.split('driehonderd'), [3, 100]);
    assert.deepEqual(s.split('fünfundzwanzig'), [5, 0, 20]);
    assert.deepEqual(s.split('tohundre'), [2, 100]);
    assert.equal(s.split('dreieck'), null);
  });
});
