import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { toContractJson } from '../../src/core/serialize';
import type { WorkspaceResult } from '../../src/core/types';
import { figureKey } from '../../src/core/workspace';

const text = 'Microsoft investira près de 4 milliards d’euros, plus de 2 500 startups, 2026-2030.';

function sample(): WorkspaceResult {
  return {
    documents: [
      {
        path: 'seeds/a.txt',
        language: 'fr',
        published: '2024-05-13',
        text,
        figures: [
          { start: 20, end: 47, text: text.slice(20, 47), kind: 'money', value: 4e9, unit: 'EUR', bound: 'nearly' },
          {
            start: 49,
            end: 71,
            text: text.slice(49, 71),
            kind: 'quantity',
            value: 2500,
            unit: 'startup',
            bound: 'at-least',
          },
          {
            start: 73,
            end: 82,
            text: text.slice(73, 82),
            kind: 'date',
            value: 2026,
            unit: 'year',
            range: [2026, 2030],
            deadline: true,
          },
        ],
      },
      {
        path: 'seeds/b.txt',
        language: 'und',
        published: null,
        text: '3 XNUMX milliards',
        figures: [
          {
            start: 0,
            end: 17,
            text: '3 XNUMX milliards',
            kind: 'money',
            value: null,
            unit: 'EUR',
            unreadable: 'garbled digits',
          },
        ],
      },
    ],
    claims: [
      {
        id: 'c1',
        label: 'Microsoft — investment — France',
        status: 'conflict',
        code: 'conflict',
        mentions: [{ path: 'seeds/a.txt', start: 20, end: 47 }],
        subject: 'Microsoft',
        predicate: 'invest',
      },
    ],
    diagnostics: [
      {
        path: 'seeds/a.txt',
        start: 20,
        end: 47,
        severity: 'warning',
        code: 'conflict',
        claim: 'c1',
        message: 'EUR 4 bn here; 1 other source says USD 1 bn',
        related: [{ path: 'seeds/b.txt', start: 0, end: 17, message: 'USD 1 bn' }],
      },
    ],
    claimOfFigure: new Map([[figureKey('seeds/a.txt', 20), 'c1']]),
  };
}

describe('toContractJson', () => {
  it('writes the version 1 contract: documents with figures and their claim, claims, diagnostics', () => {
    const doc = toContractJson(sample());
    assert.deepEqual(doc, {
      version: 1,
      documents: [
        {
          path: 'seeds/a.txt',
          language: 'fr',
          published: '2024-05-13',
          figures: [
            {
              start: 20,
              end: 47,
              text: 'près de 4 milliards d’euros',
              kind: 'money',
              value: 4e9,
              unit: 'EUR',
              claim: 'c1',
              bound: 'about',
              approx: 'nearly',
            },
            {
              start: 49,
              end: 71,
              text: 'plus de 2 500 startups',
              kind: 'quantity',
              value: 2500,
              unit: 'startup',
              claim: null,
              bound: 'at-least',
            },
            {
              start: 73,
              end: 82,
              text: '2026-2030',
              kind: 'date',
              value: 2026,
              unit: 'year',
              claim: null,
              range: [2026, 2030],
              deadline: true,
            },
          ],
        },
        {
          path: 'seeds/b.txt',
          language: 'und',
          published: null,
          figures: [
            {
              start: 0,
              end: 17,
              text: '3 XNUMX milliards',
              kind: 'money',
              value: null,
              unit: 'EUR',
              claim: null,
              unreadable: 'garbled digits',
            },
          ],
        },
      ],
      claims: [
        {
          id: 'c1',
          label: 'Microsoft — investment — France',
          status: 'conflict',
          code: 'conflict',
          mentions: [{ path: 'seeds/a.txt', start: 20, end: 47 }],
        },
      ],
      diagnostics: [
        {
          path: 'seeds/a.txt',
          start: 20,
          end: 47,
          severity: 'warning',
          code: 'conflict',
          claim: 'c1',
          message: 'EUR 4 bn here; 1 other source says USD 1 bn',
          related: [{ path: 'seeds/b.txt', start: 0, end: 17, message: 'USD 1 bn' }],
        },
      ],
    });
  });

  it('never writes "nearly" as a bound: the contract knows at-least, at-most and about', () => {
    const bounds = toContractJson(sample())
      .documents.flatMap((d) => d.figures.map((f) => f.bound))
      .filter(Boolean);
    assert.ok(
      bounds.every((b) => b === 'at-least' || b === 'at-most' || b === 'about'),
      String(bounds),
    );
  });

  it('leaves out document text and fields the engine keeps for itself', () => {
    const result = sample();
    (result.documents[0]!.figures[0] as unknown as Record<string, unknown>).context = 'internal';
    const json = JSON.stringify(toContractJson(result));
    assert.ok(!json.includes('"text":"Microsoft'), 'document text leaked');
    assert.ok(!json.includes('internal'), 'internal figure field leaked');
    assert.ok(!json.includes('"subject"'), 'internal claim field leaked');
  });

  it('is pure: the input is unchanged and the output shares no arrays with it', () => {
    const result = sample();
    const before = JSON.stringify({ ...result, claimOfFigure: [...result.claimOfFigure] });
    const doc = toContractJson(result);
    doc.documents[0]!.figures[2]!.range![0] = 1999;
    doc.claims[0]!.mentions.pop();
    assert.equal(JSON.stringify({ ...result, claimOfFigure: [...result.claimOfFigure] }), before);
  });

  it('survives a JSON round trip unchanged', () => {
    const doc = toContractJson(sample());
    assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  });

  it('writes an empty workspace with its full shape', () => {
    assert.deepEqual(toContractJson({ documents: [], claims: [], diagnostics: [], claimOfFigure: new Map() }), {
      version: 1,
      documents: [],
      claims: [],
      diagnostics: [],
    });
  });
});
