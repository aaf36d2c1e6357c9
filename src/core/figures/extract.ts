import type { DetectedLanguage, Figure } from '../types';

/** Every figure the text states (stub until the figures stage lands). */
export function extractFigures(_text: string, _language: DetectedLanguage): Figure[] {
  return [];
}
