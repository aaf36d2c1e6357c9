/**
 * Inlay hints for crosscheck.figures.decoration "inlay": each figure followed by its normalized value, so a reader
 * sees "25mila GPU = 25 000 GPU" in place. Figures whose text already reads as their value ("2027") get none.
 */
import type { InlayHint } from 'vscode-languageserver';
import { normalizedValue } from '../core/report/index';
import type { Figure } from '../core/types';
import type { LineIndex } from './lines';

export function inlayHints(figures: readonly Figure[], lines: LineIndex): InlayHint[] {
  return figures.flatMap((f): InlayHint[] => {
    const value = normalizedValue(f);
    if (value === f.text.trim()) return [];
    return [{ position: lines.positionAt(f.end), label: `= ${value}`, paddingLeft: true }];
  });
}
