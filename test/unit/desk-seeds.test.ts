/** The reviewer's desk on the real seeds, as the language server builds it for Compare Sources. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument, checkWorkspace } from '../../src/core/workspace';
import { buildDesk } from '../../src/server/compare-requests';

const SEEDS = resolve(__dirname, '..', '..', 'seeds');
const result = checkWorkspace(
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => analyzeDocument(join(SEEDS, f), readFileSync(join(SEEDS, f), 'utf8'))),
);
const IT = join(SEEDS, '002_25e5ca3ece719531.txt');

describe('the desk on the seeds', () => {
  it('names the Italian "4 mld di dollari" as what stands apart from the French and the euro figure', () => {
    const desk = buildDesk(result, undefined, { isChecked: () => false, locale: () => 'en' });
    const france = desk.verdicts.find((v) => v.label.startsWith('Microsoft — investment — France'))!;
    assert.equal(france.rule, 'strict-majority');
    assert.deepEqual(france.apart, ['002_25e5ca3ece719531.txt']);
    assert.match(
      france.why,
      /^2 sources agree on 4\.3 billion US dollars; 002_25e5ca3ece719531\.txt says 4 billion US dollars \(−7%\)$/,
    );
    assert.ok(france.plot && france.plot.band && france.plot.dots.length === 6);
    assert.ok(france.plot.dots.filter((d) => d.role === 'apart').every((d) => d.source === '002_25e5ca3ece719531.txt'));
  });

  it('lists every source, with the figures no claim holds', () => {
    const desk = buildDesk(result, undefined, { isChecked: () => false, locale: () => 'en' });
    assert.equal(desk.sources.length, 4);
    assert.ok(desk.sources.every((s) => s.unmatched.every((u) => u.kind !== 'date')));
    assert.ok(desk.sources.some((s) => s.unmatched.length > 0));
  });

  it('shows the review state of a claim and keeps to one story when asked', () => {
    const checked = (p: string) => p === IT;
    const desk = buildDesk(result, IT, { isChecked: checked, locale: () => 'en' });
    assert.ok(desk.verdicts.length > 0);
    assert.ok(desk.verdicts.every((v) => v.sources.some((s) => s.path === IT)));
    assert.ok(desk.verdicts.every((v) => v.review === 'partly' || v.review === 'all'));
    assert.ok(
      !desk.sources.some((s) => s.path.endsWith('003_f682fc99880f227e.txt')),
      'the German story is another story',
    );
  });

  it('states money in the base currency of the settings, with the bands of their tolerance', () => {
    const france = (rules?: { baseCurrency: string; tolerance?: number }) =>
      buildDesk(result, undefined, {
        isChecked: () => false,
        locale: () => 'en',
        ...(rules ? { rules: () => rules } : {}),
      }).verdicts.find((v) => v.label.startsWith('Microsoft — investment — France'))!;
    const eur = france();
    assert.equal(eur.unit, 'EUR', 'the engine default');
    const usd = france({ baseCurrency: 'USD' });
    assert.equal(usd.unit, 'USD');
    // the consensus is "4,3 milliards de dollars": in dollars it is the stated amount, in euros it is converted
    assert.equal(usd.consensus?.common, 4.3e9);
    assert.notEqual(eur.consensus?.common, 4.3e9);
    assert.ok(usd.sources.flatMap((s) => s.mentions).some((m) => m.converted?.includes('US dollars')));
    const wide = france({ baseCurrency: 'USD', tolerance: 0.2 });
    assert.ok(wide.consensus && usd.consensus);
    assert.ok(wide.consensus.band[0] < usd.consensus.band[0], 'a wider tolerance widens the band');
  });
});
