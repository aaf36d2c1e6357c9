/** A small workspace result shaped like the seeds (France investment claim), for the language server's unit tests. */
import type { AnalyzedDocument, Figure, WorkspaceResult } from '../../src/core/types';
import { figureKey } from '../../src/core/workspace';

function figureIn(text: string, phrase: string, rest: Omit<Figure, 'start' | 'end' | 'text'>): Figure {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: ${phrase} not in text`);
  return { start, end: start + phrase.length, text: phrase, ...rest };
}

export const FR_A = '/ws/000_fr.txt';
export const FR_B = '/ws/001_fr.txt';
export const IT = '/ws/002_it.txt';

const frText = 'Microsoft investira 4,3 milliards de dollars en France.\nIl formera 1 million de personnes.';
const frBText = 'KultureGeek\n\nUn investissement de 4 milliards d’euros en France.';
const itText =
  'Investimenti\n\nMicrosoft investe 4 mld di dollari in Francia.\n25mila GPU entro la fine del 2025 | <b>x</b>';

export function fixtureResult(): WorkspaceResult {
  const frA = figureIn(frText, '4,3 milliards de dollars', { kind: 'money', value: 4_300_000_000, unit: 'USD' });
  const frPeople = figureIn(frText, '1 million de personnes', { kind: 'quantity', value: 1_000_000, unit: 'person' });
  const frB = figureIn(frBText, '4 milliards d’euros', { kind: 'money', value: 4_000_000_000, unit: 'EUR' });
  const it = figureIn(itText, '4 mld di dollari', { kind: 'money', value: 4_000_000_000, unit: 'USD' });
  const gpu = figureIn(itText, '25mila GPU', { kind: 'quantity', value: 25_000, unit: 'GPU' });
  const documents: AnalyzedDocument[] = [
    { path: FR_A, language: 'fr', published: null, figures: [frA, frPeople], text: frText },
    { path: FR_B, language: 'fr', published: '2024-05-13', figures: [frB], text: frBText },
    { path: IT, language: 'it', published: '2024-05-17', figures: [it, gpu], text: itText },
  ];
  const claimOfFigure = new Map<string, string>([
    [figureKey(FR_A, frA.start), 'c1'],
    [figureKey(FR_B, frB.start), 'c1'],
    [figureKey(IT, it.start), 'c1'],
  ]);
  return {
    documents,
    claims: [
      {
        id: 'c1',
        label: 'Microsoft — investment — France',
        status: 'conflict',
        code: 'conflict',
        mentions: [
          { path: FR_A, start: frA.start, end: frA.end },
          { path: FR_B, start: frB.start, end: frB.end },
          { path: IT, start: it.start, end: it.end },
        ],
      },
    ],
    diagnostics: [
      {
        path: IT,
        start: it.start,
        end: it.end,
        severity: 'warning',
        code: 'conflict',
        message: 'USD 4 bn here; 2 other sources say about USD 4.3 bn',
        claim: 'c1',
        related: [
          { path: FR_A, start: frA.start, end: frA.end, message: 'USD 4.3 bn' },
          { path: FR_B, start: frB.start, end: frB.end, message: 'EUR 4 bn' },
        ],
      },
    ],
    claimOfFigure,
  };
}
