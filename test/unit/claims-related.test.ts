import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { representatives } from '../../src/core/claims/index';
import { analyzeDocument, checkWorkspace } from '../../src/core/workspace';

test('representatives keeps everything under the cap, in order', () => {
  assert.deepEqual(
    representatives(['a', 'b', 'c'], (x) => x, 5),
    ['a', 'b', 'c'],
  );
});

test('representatives puts every distinct value first, then fills up to the cap, keeping the order', () => {
  const partners = [
    { id: 1, v: '4 bn' },
    { id: 2, v: '4 bn' },
    { id: 3, v: '4 bn' },
    { id: 4, v: '4.3 bn' },
    { id: 5, v: '4 bn' },
    { id: 6, v: '40 bn' },
  ];
  const got = representatives(partners, (p) => p.v, 4).map((p) => p.id);
  assert.deepEqual(got, [1, 2, 4, 6]);
});

test('a claim stated by many files gives each diagnostic a bounded list of related places', () => {
  const docs = [];
  for (let i = 0; i < 60; i++) {
    const amount = i % 3 === 0 ? '4' : '4,3';
    docs.push(
      analyzeDocument(
        `a${i}.txt`,
        `Microsoft investit ${amount} milliards de dollars en France\n\nPARIS, 13 mai 2024 — Microsoft a annoncé un investissement de ${amount} milliards de dollars en France pour le cloud et l'IA, avec 2 500 startups accompagnées d'ici 2027.`,
      ),
    );
  }
  const result = checkWorkspace(docs, { rules: { maxRelated: 7 } });
  const conflicts = result.diagnostics.filter((d) => d.code.startsWith('conflict'));
  assert.ok(conflicts.length >= 40, `expected the 4 bn / 4.3 bn mentions to conflict, got ${conflicts.length}`);
  for (const d of conflicts) {
    assert.ok(d.related.length > 0 && d.related.length <= 7, `related of ${d.path}: ${d.related.length}`);
    assert.match(d.message, /\d+ other sources/);
  }
});
