/** Claim formation never throws and keeps its output inside the documents, whatever the text and figures. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formClaims } from '../../src/core/claims/index';
import type { AnalyzedDocument, Figure } from '../../src/core/types';

const KINDS = ['money', 'quantity', 'percent', 'date'] as const;
const UNITS = ['EUR', 'USD', 'NOK', 'XYZ', '', 'person', 'job', 'startup', '%', 'year', 'km'];
const WORDS = [
  'Microsoft',
  'investit',
  'milliards',
  'en',
  'France',
  'Allemagne',
  'selon',
  'Reuters',
  'dont',
  'emplois',
  'au total',
  'd’ici',
  '.',
  ',',
  '\n',
  ':',
  '(',
  ')',
  'Ørsted',
  'inwestycja',
  'der',
  'Die',
  'AWS',
  'Amazon Web Services',
];

const docArb = fc.record({
  words: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 60 }),
  figures: fc.array(
    fc.record({
      a: fc.nat(),
      len: fc.nat({ max: 12 }),
      kind: fc.constantFrom(...KINDS),
      unit: fc.constantFrom(...UNITS),
      value: fc.oneof(
        fc.constant(null),
        fc.double({ min: -1e12, max: 1e13, noNaN: true }),
        fc.integer({ min: 1990, max: 2040 }),
        fc.constant('2024-05'),
      ),
      bound: fc.constantFrom(undefined, 'at-least', 'at-most', 'about', 'nearly'),
      deadline: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  published: fc.constantFrom(null, '2024-05-13', '2024-05', '2025-11-19'),
  language: fc.constantFrom('fr', 'de', 'en', 'pl', 'und'),
});

describe('claims: robustness', () => {
  it('never throws; claims, mentions and diagnostics point inside the documents', () => {
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 1, maxLength: 4 }), (specs) => {
        const docs: AnalyzedDocument[] = specs.map((s, i) => {
          const text = s.words.join(' ');
          const figures: Figure[] = s.figures
            .map((f) => {
              const start = text.length ? f.a % text.length : 0;
              const end = Math.min(text.length, start + f.len);
              const fig: Figure = {
                start,
                end,
                text: text.slice(start, end),
                kind: f.kind,
                value: f.value,
                unit: f.unit,
              };
              if (f.bound) fig.bound = f.bound;
              if (f.deadline) fig.deadline = true;
              return fig;
            })
            .sort((x, y) => x.start - y.start);
          return { path: `p${i}.txt`, language: s.language, published: s.published, figures, text };
        });
        const r = formClaims(docs);
        const lengths = new Map(docs.map((d) => [d.path, d.text.length]));
        for (const d of r.diagnostics) {
          assert.ok(lengths.has(d.path) && d.start >= 0 && d.end <= lengths.get(d.path)!);
          for (const x of d.related) assert.ok(lengths.has(x.path));
          assert.ok(d.message.length > 0 && !d.message.includes('NaN') && !d.message.includes('undefined'));
        }
        for (const c of r.claims) assert.ok(c.mentions.length >= 1 && c.mentions.every((m) => lengths.has(m.path)));
      }),
      { numRuns: 300 },
    );
  });
});
