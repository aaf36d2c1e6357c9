/**
 * The shape of one language's data module. Per-language knowledge lives only in these modules
 * (src/core/lang/<code>.ts); the engine reads it through this interface and never branches on a
 * language code. Adding a language = adding one module + registering it in index.ts + its tests.
 */
import type { LanguageCode } from '../types';
import type { FigureVocabulary } from './figure-vocabulary';
import type { ClaimVocabulary } from './claim-vocabulary';

export interface LanguageData {
  code: LanguageCode;
  /** ISO 639-3 code that franc reports for this language. */
  franc: string;
  /** English name, for messages. */
  name: string;
  /** Numbers, scales, currencies, units, dates, bounds: what the figure extractor reads. */
  figures: FigureVocabulary;
  /** Cue words for subjects, predicates, places: what claim formation reads. */
  claims: ClaimVocabulary;
}
