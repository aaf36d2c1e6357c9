import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readLiteral } from '../../src/core/numbers/literal';
import { CompoundSplitter, composeNumberWords, validCompound } from '../../src/core/numbers/written';
import { documentSeparators } from '../../src/core/numbers/convention';
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

describe('compound grammar (validCompound)', () => {
  it('accepts multipliers, tens with units, and unit-connector-ten', () => {
    assert.ok(validCompound([2, 100, 4]), 'zwei|hundert|vier');
    assert.ok(validCompound([20, 1]), 'vent|uno');
    assert.ok(validCompound([2, 0, 20]), 'twee|ën|twintig');
    assert.ok(validCompound([100, 5, 0, 20]), 'hundert|fünf|und|zwanzig');
    assert.ok(validCompound([3, 1000]), 'tre|mila');
  });
  it('rejects words spelled with number words that are no number', () => {
    assert.ok(!validCompound([1, 3]), 'en|tre ("entre")');
    assert.ok(!validCompound([10, 2]), 'ti|to');
    assert.ok(!validCompound([2, 0]), 'a trailing connector');
    assert.ok(!validCompound([1000, 100]), 'a larger multiplier before a smaller one');
  });
});

describe("a document's number convention (documentSeparators)", () => {
  const DE = { dot: 'group', comma: 'decimal' } as const;
  it('follows unambiguous group marks of the other convention', () => {
    assert.deepEqual(documentSeparators(tokenize('120,000 Einwohner, 1,250,000 Euro'), DE), EN);
    assert.deepEqual(documentSeparators(tokenize('1.250.000 euros and 2.300 people'), EN), FR);
    assert.deepEqual(documentSeparators(tokenize('1,234.5 and 2,300'), DE), EN);
  });
  it("keeps the language's reading on mixed or weak evidence", () => {
    assert.deepEqual(documentSeparators(tokenize('120.000 Einwohner, 2,5 %'), DE), DE);
    assert.deepEqual(documentSeparators(tokenize('Version 2.5 sold 1.500 units'), DE), DE, 'one decimal mark');
    assert.deepEqual(documentSeparators(tokenize('1,250,000 and 1.250.000'), DE), DE, 'contradicting evidence');
    assert.deepEqual(documentSeparators(tokenize('le 13.05.2024'), EN), EN, 'a date is no group');
  });
  it('reads a leading decimal mark as a decimal', () => {
    assert.equal(readLiteral(',05', ES).value, 0.05);
    assert.equal(readLiteral('.005', ES).value, 0.005);
  });
});
