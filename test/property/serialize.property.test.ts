import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { toContractJson } from '../../src/core/serialize';
import type { AnalyzedDocument, Figure, WorkspaceResult } from '../../src/core/types';
import { figureKey } from '../../src/core/workspace';

const figure = (text: string): fc.Arbitrary<Figure> =>
  fc
    .record({
      start: fc.nat({ max: text.length }),
      length: fc.nat({ max: 30 }),
      kind: fc.constantFrom('money', 'quantity', 'percent', 'date'),
      value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null), fc.constant('2024-05')),
      unit: fc.constantFrom('EUR', 'USD', 'job', '%', 'year'),
      bound: fc.option(fc.constantFrom('at-least', 'at-most', 'about', 'nearly'), { nil: undefined }),
    })
    .map(({ start, length, bound, ...rest }) => {
      const end = Math.min(text.length, start + length);
      const f: Figure = { ...rest, start, end, text: text.slice(start, end) } as Figure;
      if (bound) f.bound = bound as Figure['bound'];
      return f;
    });

const document: fc.Arbitrary<AnalyzedDocument> = fc
  .tuple(fc.string({ maxLength: 60 }), fc.string({ maxLength: 200 }))
  .chain(([path, text]) =>
    fc.array(figure(text), { maxLength: 8 }).map((figures) => ({
      path,
      text,
      figures,
      language: 'fr' as const,
      published: null,
    })),
  );

describe('toContractJson (property)', () => {
  it('keeps every figure with its span, never writes "nearly", and gives each figure its claim or null', () => {
    fc.assert(
      fc.property(fc.array(document, { maxLength: 5 }), fc.nat(), (documents, salt) => {
        const claimOfFigure = new Map<string, string>();
        documents.forEach((d) =>
          d.figures.forEach((f, i) => {
            if ((i + salt) % 2 === 0) claimOfFigure.set(figureKey(d.path, f.start), `c${f.start}`);
          }),
        );
        const result: WorkspaceResult = { documents, claims: [], diagnostics: [], claimOfFigure };
        const json = JSON.parse(JSON.stringify(toContractJson(result)));
        assert.equal(json.version, 1);
        assert.equal(json.documents.length, documents.length);
        json.documents.forEach((d: { path: string; figures: Record<string, unknown>[] }, i: number) => {
          const source = documents[i]!;
          assert.equal(d.path, source.path);
          assert.ok(!('text' in d));
          d.figures.forEach((f, k) => {
            const s = source.figures[k]!;
            assert.equal(source.text.slice(f.start as number, f.end as number), f.text);
            assert.equal(f.claim, claimOfFigure.get(figureKey(source.path, s.start)) ?? null);
            assert.notEqual(f.bound, 'nearly');
            assert.equal(f.approx === 'nearly', s.bound === 'nearly');
            if (s.bound === 'nearly') assert.equal(f.bound, 'about');
          });
        });
      }),
    );
  });
});
