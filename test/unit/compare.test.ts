/** The comparison rules of docs/conflict-rules.md ("What counts as a conflict") with the default ConflictRules. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compareSides, factor, type Side } from '../../src/core/compare/compare';
import { DEFAULT_RULES, resolveRules } from '../../src/core/compare/rules';
import { formatAmount } from '../../src/core/compare/money';

const plain = (value: number, extra: Partial<Side> = {}): Side => ({ value, raw: value, ...extra });
const agree = (a: Side, b: Side, rules = DEFAULT_RULES) => compareSides(a, b, rules).agree;
const code = (a: Side, b: Side) => {
  const v = compareSides(a, b, DEFAULT_RULES);
  return v.agree ? 'agree' : v.code;
};

describe('compare: precision and tolerance', () => {
  it('lets a coarser figure round a finer one within 5 %', () => {
    assert.ok(agree(plain(2e9), plain(1.95e9))); // "2 Md€" for 1,95
    assert.ok(!agree(plain(4e9), plain(4.3e9))); // USD 4 bn against USD 4.3 bn: 7 %
    assert.ok(!agree(plain(2.1e9), plain(1.95e9))); // 7.7 %
  });
  it('widens an "about" figure to 6 % and lets "nearly" reach 9 % below', () => {
    assert.ok(agree(plain(1e9, { bound: 'about' }), plain(1.055e9)));
    assert.ok(!agree(plain(1e9, { bound: 'about' }), plain(1.08e9)));
    assert.ok(agree(plain(85, { bound: 'nearly' }), plain(78)));
    assert.ok(!agree(plain(85, { bound: 'nearly' }), plain(92)));
  });
  it('contradicts a bound only on its wrong side', () => {
    assert.ok(agree(plain(2500, { bound: 'at-least' }), plain(2600))); // "plus de 2 500" and 2 600
    assert.ok(!agree(plain(2500, { bound: 'at-least' }), plain(2000)));
    assert.ok(agree(plain(95, { bound: 'at-most' }), plain(95)));
    assert.ok(!agree(plain(5e9, { bound: 'at-most' }), plain(8.04e9))); // "inntil fem milliarder euro" against DKK 60 bn
  });
  it('compares two bounds in the same direction on their stated values', () => {
    assert.ok(!agree(plain(1500, { bound: 'at-most' }), plain(2000, { bound: 'at-most' })));
    assert.ok(!agree(plain(85, { bound: 'at-least' }), plain(80, { bound: 'at-least' })));
    assert.ok(agree(plain(80, { bound: 'at-least' }), plain(85, { bound: 'nearly' }))); // "80 % ou plus" / "près de 85 %"
  });
  it('lets a range stand for both its ends', () => {
    assert.ok(agree(plain(12.5, { range: [10, 15] }), plain(15)));
    assert.ok(agree(plain(12.5, { range: [10, 15] }), plain(10)));
    assert.ok(!agree(plain(12.5, { range: [10, 15] }), plain(20)));
  });
  it('follows the configured tolerance', () => {
    assert.ok(agree(plain(4e9), plain(4.3e9), resolveRules({ tolerance: 0.08 })));
  });
});

describe('compare: kinds of contradiction', () => {
  it('calls a factor of ten or more a scale slip, even against a bound', () => {
    assert.equal(code(plain(6.69e9), plain(6.69e6)), 'conflict-scale');
    assert.equal(code(plain(400e6, { bound: 'at-least' }), plain(1e6)), 'conflict-scale');
    assert.ok(factor(6.69e9, 6.69e6) > 999);
  });
  it('calls the same number in another currency a currency slip', () => {
    // NOK 60 bn = EUR 5.02 bn against DKK 60 bn = EUR 8.04 bn
    assert.equal(
      code(plain(5.02e9, { raw: 60e9, currency: 'NOK' }), plain(8.04e9, { raw: 60e9, currency: 'DKK' })),
      'conflict-currency',
    );
    assert.equal(
      code(plain(5.02e9, { raw: 60e9, currency: 'NOK' }), plain(8.04e9, { raw: 60e9, currency: 'NOK' })),
      'conflict',
    );
  });
  it('writes amounts short and language-neutral', () => {
    assert.equal(formatAmount(4.3e9, 'USD'), 'USD 4.3 bn');
    assert.equal(formatAmount(4.327e9, 'USD', 2), 'USD 4.3 bn');
    assert.equal(formatAmount(400e6, 'CHF'), 'CHF 400 m');
    assert.equal(formatAmount(85, '%'), '85 %');
    assert.equal(formatAmount(2500, 'startup'), '2500 startup');
  });
});
