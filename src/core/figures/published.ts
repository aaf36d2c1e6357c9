import type { DetectedLanguage } from '../types';

/** The article's publication date when it states one (stub until the figures stage lands). */
export function findPublished(_text: string, _language: DetectedLanguage): string | null {
  return null;
}
