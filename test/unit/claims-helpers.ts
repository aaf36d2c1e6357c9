/**
 * Shared helpers of the claims tests (test/unit/claims*.test.ts):
 * - `doc`: an AnalyzedDocument with hand-written figures, so that claim formation is tested independently of the
 *   figure extractor. Each figure is located by its text (the n-th occurrence with `nth`); `money`, `count`, `year`
 *   write the figure specs.
 * - `conflictsOf`, `at`, `claimOf`, `diagnosticAt`: what formClaims decided about a figure named by its text.
 */
import type { formClaims } from '../../src/core/claims/index';
import type { AnalyzedDocument, Bound, DetectedLanguage, Diagnostic, Figure, FigureKind } from '../../src/core/types';

export type Claims = ReturnType<typeof formClaims>;

/** The diagnostics that report a contradiction (every code that starts with "conflict"). */
export const conflictsOf = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code.startsWith('conflict'));

/** Start of the n-th figure of `d` whose text is `text`; a test that names a figure the document lacks fails here. */
export function at(d: AnalyzedDocument, text: string, nth = 0): number {
  const f = d.figures.filter((x) => x.text === text)[nth];
  if (!f) throw new Error(`no figure ${JSON.stringify(text)} (#${nth}) in ${d.path}`);
  return f.start;
}

/** Id of the claim that holds the figure, or undefined when it is in none. */
export const claimOf = (r: Claims, d: AnalyzedDocument, text: string, nth = 0): string | undefined =>
  r.claimOfFigure.get(`${d.path}\u0000${at(d, text, nth)}`);

/** The diagnostic on the figure, if any. */
export const diagnosticAt = (r: Claims, d: AnalyzedDocument, text: string, nth = 0): Diagnostic | undefined =>
  r.diagnostics.find((x) => x.path === d.path && x.start === at(d, text, nth));

export interface FigureSpec {
  text: string;
  kind: FigureKind;
  value: number | string | null;
  unit: string;
  nth?: number;
  bound?: Bound;
  deadline?: boolean;
  range?: [number, number];
  /** what befell the people counted (Figure.role: 'injured', 'missing', ...) */
  role?: string;
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
      if (s.role) f.role = s.role;
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

/**
 * The claim id, or a name of the figure's own when it is in no claim: two figures that are each alone never
 * compare equal, so `assert.equal(claimOrAlone(..a), claimOrAlone(..b))` cannot pass because both are missing.
 */
export const claimOrAlone = (r: Claims, d: AnalyzedDocument, text: string, nth = 0): string =>
  claimOf(r, d, text, nth) ?? `alone: ${d.path} ${text} #${nth}`;
