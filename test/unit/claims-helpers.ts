/**
 * Test helper: an AnalyzedDocument with hand-written figures, so that claim formation is tested independently of the
 * figure extractor. Each figure is located by its text (the n-th occurrence with `nth`).
 */
import type { AnalyzedDocument, Bound, DetectedLanguage, Figure, FigureKind } from '../../src/core/types';

export interface FigureSpec {
  text: string;
  kind: FigureKind;
  value: number | string | null;
  unit: string;
  nth?: number;
  bound?: Bound;
  deadline?: boolean;
  range?: [number, number];
}

export function doc(
  path: string,
  language: DetectedLanguage,
  published: string | null,
  text: string,
  specs: FigureSpec[],
): AnalyzedDocument {
  const figures: Figure[] = specs
    .map((s) => {
      let start = -1;
      for (let k = 0; k <= (s.nth ?? 0); k++) {
        start = text.indexOf(s.text, start + 1);
        if (start < 0) throw new Error(`figure text not found: ${s.text}`);
      }
      const f: Figure = { start, end: start + s.text.length, text: s.text, kind: s.kind, value: s.value, unit: s.unit };
      if (s.bound) f.bound = s.bound;
      if (s.deadline) f.deadline = true;
      if (s.range) f.range = s.range;
      return f;
    })
    .sort((a, b) => a.start - b.start);
  return { path, language, published, figures, text };
}

export const money = (text: string, value: number, unit: string, extra: Partial<FigureSpec> = {}): FigureSpec => ({
  text,
  kind: 'money',
  value,
  unit,
  ...extra,
});
export const count = (text: string, value: number, unit: string, extra: Partial<FigureSpec> = {}): FigureSpec => ({
  text,
  kind: 'quantity',
  value,
  unit,
  ...extra,
});
export const year = (text: string, value: number, extra: Partial<FigureSpec> = {}): FigureSpec => ({
  text,
  kind: 'date',
  value,
  unit: 'year',
  ...extra,
});
