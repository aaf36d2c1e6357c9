/**
 * The per-file figure stage in one call: language, figures, publication date. The text is tokenized
 * once; language detection and figure extraction read the same tokens, and the dateline is looked
 * for among the figures already found.
 */
import type { DetectedLanguage, Figure } from '../types';
import { tokenize } from '../numbers/tokenize';
import { detectLanguage } from './language';
import { extractFigures } from './extract';
import { findPublished } from './published';

export { detectLanguage, extractFigures, findPublished };

export interface ReadArticle {
  language: DetectedLanguage;
  published: string | null;
  figures: Figure[];
}

export function readArticle(text: string): ReadArticle {
  const tokens = tokenize(text);
  const language = detectLanguage(text, tokens);
  const figures = extractFigures(text, language, tokens);
  return { language, published: findPublished(text, language, figures), figures };
}
