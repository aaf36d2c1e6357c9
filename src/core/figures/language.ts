/**
 * The article's language, among the supported ones only (franc restricted to the registry's
 * ISO 639-3 codes). Too little text, or two languages too close to call, gives "und" rather than a guess.
 */
import { francAll } from 'franc';
import type { DetectedLanguage } from '../types';
import { LANGUAGES } from '../lang/index';

const byFranc = new Map(LANGUAGES.map((l) => [l.franc, l.code] as const));
const ONLY = LANGUAGES.map((l) => l.franc);
/** Below this many letters franc's trigram statistics are not reliable (a headline alone). */
const MIN_LETTERS = 60;
/** How much text franc reads: the opening of an article says its language; the rest only costs time. */
const SAMPLE = 4000;
/** The runner-up must score clearly below the winner (franc's scores are 1 for the best, lower for others). */
const MARGIN = 0.02;

function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) { n++; if (n >= MIN_LETTERS) break; }
  return n;
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (letterCount(sample) < MIN_LETTERS) return 'und';
  const ranked = francAll(sample, { only: ONLY, minLength: MIN_LETTERS });
  const [first, second] = ranked;
  if (!first || first[0] === 'und') return 'und';
  if (second && first[1] - second[1] < MARGIN && first[1] > 0) return 'und';
  return byFranc.get(first[0]) ?? 'und';
}
