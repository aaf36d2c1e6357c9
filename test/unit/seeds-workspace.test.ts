/**
 * The whole seeds/ workspace through the engine (analyzeDocument + checkWorkspace), checked against the conflicts the
 * claims issue lists: the Italian USD 4 bn against USD 4.3 bn / EUR 4 bn, "un million d'emplois" by predicate, the
 * chancellor's one billion dollars inside its article, startups and GPUs agreeing, Germany never touching France.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument, checkWorkspace, figureKey } from '../../src/core/workspace';
import type { Diagnostic, WorkspaceResult } from '../../src/core/types';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const FR_USD = '000_c28f4febe2540ed8.txt';
const FR_EUR = '001_a693729f8f5373f7.txt';
const IT = '002_25e5ca3ece719531.txt';
const DE = '003_f682fc99880f227e.txt';

const files = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const docs = files.map((f) => analyzeDocument(f, readFileSync(join(SEEDS, f), 'utf8')));
const result: WorkspaceResult = checkWorkspace(docs);
const text = (path: string) => docs.find((d) => d.path === path)!.text;

/** Start offset of the n-th occurrence of a substring in a seed file. */
function at(path: string, needle: string, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text(path).indexOf(needle, i + 1);
    assert.ok(i >= 0, `${needle} #${n} not in ${path}`);
  }
  return i;
}
const diagnosticAt = (path: string, start: number): Diagnostic | undefined =>
  result.diagnostics.find((d) => d.path === path && d.start <= start && start < d.end && d.code.startsWith('conflict'));
const relatesTo = (d: Diagnostic, path: string, start: number) =>
  d.related.some((r) => r.path === path && r.start <= start && start < r.end);
const claimOf = (path: string, start: number) => {
  const fig = docs.find((d) => d.path === path)!.figures.find((f) => f.start <= start && start < f.end);
  return fig ? result.claimOfFigure.get(figureKey(path, fig.start)) : undefined;
};

describe('seeds workspace', () => {
  it('flags the Italian USD 4 bn against USD 4.3 bn and EUR 4 bn, which agree with each other', () => {
    const usd43 = at(FR_USD, '4,3 milliards de dollars');
    const eur4 = at(FR_EUR, '4 milliards d’euros');
    for (const needle of ['4 mld di dollari', '4 miliardi di dollari']) {
      const d = diagnosticAt(IT, at(IT, needle));
      assert.ok(d, `no conflict on ${needle}`);
      assert.equal(d.code, 'conflict');
      assert.ok(relatesTo(d, FR_USD, usd43), 'related points at the USD 4.3 bn');
      assert.ok(relatesTo(d, FR_EUR, eur4), 'related points at the EUR 4 bn');
      assert.match(d.message, /^USD 4 bn here; 2 other sources say .*USD 4\.3 bn.*EUR 4 bn/);
      assert.match(d.message, /at 1\.08 on 2024-05-1[37]/);
    }
    // both sides of the contradiction carry a diagnostic, and 000 / 001 are never flagged against each other
    const d43 = diagnosticAt(FR_USD, usd43);
    assert.ok(d43, 'the USD 4.3 bn carries a diagnostic too');
    assert.ok(!relatesTo(d43, FR_EUR, eur4), 'USD 4.3 bn and EUR 4 bn agree at the ECB rate');
    for (let n = 0; n < 3; n++) assert.ok(diagnosticAt(FR_EUR, at(FR_EUR, '4 milliards d’euros', n)), `EUR 4 bn #${n}`);
    const claim = claimOf(IT, at(IT, '4 mld di dollari'));
    assert.ok(
      claim && claim === claimOf(FR_USD, usd43) && claim === claimOf(FR_EUR, eur4),
      'one claim across three languages',
    );
  });

  it('flags "un million d’emplois" by predicate against the million people trained', () => {
    const d = diagnosticAt(FR_EUR, at(FR_EUR, 'un million d’emplois'));
    assert.ok(d);
    assert.equal(d.code, 'conflict-predicate');
    assert.ok(relatesTo(d, FR_USD, at(FR_USD, '1 million de personnes')));
    assert.ok(relatesTo(d, IT, at(IT, '1 milione di persone')));
    for (const [path, needle] of [
      [FR_USD, '1 million de personnes'],
      [IT, '1 milione di persone'],
      [IT, 'un milione di cittadini'],
    ] as const) {
      assert.equal(diagnosticAt(path, at(path, needle))?.code, 'conflict-predicate', needle);
    }
  });

  it('flags the chancellor’s one billion dollars inside its article', () => {
    const d = diagnosticAt(DE, at(DE, 'un milliard de dollars'));
    assert.ok(d);
    assert.equal(d.code, 'conflict-in-article');
    assert.ok(
      d.related.every((r) => r.path === DE),
      'only the same article',
    );
    assert.ok(relatesTo(d, DE, at(DE, "3.2 milliards d'euros", 1)));
    // the stated conversions agree with the EUR 3.2 bn: flagged only against the chancellor
    const gbp = diagnosticAt(DE, at(DE, '2.7 milliards de livres sterling'));
    assert.ok(gbp && gbp.related.length === 1 && relatesTo(gbp, DE, at(DE, 'un milliard de dollars')));
  });

  it('lets startups and GPUs agree in all their number formats', () => {
    const startups = [
      claimOf(FR_USD, at(FR_USD, '2 500 startups')),
      claimOf(FR_EUR, at(FR_EUR, '2 500 start-ups')),
      claimOf(IT, at(IT, '2.500 startup')),
    ];
    assert.ok(startups[0] && startups.every((c) => c === startups[0]), 'one startup claim');
    const gpus = [
      claimOf(FR_EUR, at(FR_EUR, '25000 GPU')),
      claimOf(IT, at(IT, '25mila GPU')),
      claimOf(IT, at(IT, '25mila GPU', 1)),
    ];
    assert.ok(gpus[0] && gpus.every((c) => c === gpus[0]), 'one GPU claim');
    for (const id of [startups[0], gpus[0]]) {
      assert.equal(result.claims.find((c) => c.id === id)?.status, 'agree');
      assert.ok(!result.diagnostics.some((d) => d.claim === id), 'no diagnostic on an agreeing claim');
    }
  });

  it('keeps Germany apart from France', () => {
    for (const c of result.claims) {
      const paths = new Set(c.mentions.map((m) => m.path));
      assert.ok(!(paths.has(DE) && paths.size > 1), `claim ${c.label} mixes the German event with France`);
    }
    for (const d of result.diagnostics) {
      assert.ok(
        d.related.every((r) => (r.path === DE) === (d.path === DE)),
        `${d.path}: ${d.message}`,
      );
    }
  });

  it('reports the garbled "3 XNUMX milliards" as unreadable', () => {
    const start = at(DE, '3 XNUMX');
    const d = result.diagnostics.find(
      (x) => x.path === DE && x.code === 'unreadable-figure' && x.start <= start && start < x.end,
    );
    assert.ok(d, 'unreadable-figure diagnostic');
    assert.ok(d.severity === 'warning' || d.severity === 'information');
  });

  it('flags nothing else', () => {
    const conflicts = result.diagnostics.filter((d) => d.code.startsWith('conflict'));
    // 6 investment mentions in France, 4 skills mentions, 7 in the German article
    assert.equal(
      conflicts.length,
      17,
      conflicts.map((d) => `${d.path} ${text(d.path).slice(d.start, d.end)}`).join('\n'),
    );
  });
});
