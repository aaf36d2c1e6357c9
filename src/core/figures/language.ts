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
/**
 * On a short text (a headline and a line) the runner-up must score clearly below the winner
 * (franc scores the best 1, others lower); close relatives (nb/da/sv) are told apart only on more text.
 */
const MARGIN = 0.02;
const SHORT_LETTERS = 300;

function letterCount(text: string, cap: number): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) { n++; if (n >= cap) break; }
  return n;
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = letterCount(sample, SHORT_LETTERS);
  if (letters < MIN_LETTERS) return 'und';
  const ranked = francAll(sample, { only: ONLY, minLength: MIN_LETTERS });
  const [first, second] = ranked;
  if (!first || first[0] === 'und') return 'und';
  if (letters < SHORT_LETTERS && second && first[1] - second[1] < MARGIN) return 'und';
  return byFranc.get(first[0]) ?? 'und';
}
