import type { DetectedLanguage } from '../types';

/** Detects the article's language among the supported ones (stub until the figures stage lands). */
export function detectLanguage(_text: string): DetectedLanguage {
  return 'und';
}
