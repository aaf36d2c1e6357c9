/**
 * The article's publication date when it states one: a dateline (a line that is a date, possibly
 * followed by a time: "4 juni 2025", "13 Mai. 2024 • 12:55") or a date after a publication cue
 * ("Pubblicato il 17 mag 2024"), near the top of the file. A date inside a sentence is an event, not
 * the publication.
 */
import type { DetectedLanguage, Figure } from '../types';
import { extractFigures } from './extract';
import { lexiconFor } from './lexicon';
import { tokenize } from '../numbers/tokenize';

/** Datelines sit in the first lines; scanning further only finds dates of events. */
const HEAD_LINES = 15;

/** `figures`: the text's figures when the caller has them already; only those in the first lines are read. */
export function findPublished(text: string, language: DetectedLanguage, figures?: readonly Figure[]): string | null {
  const head = headOf(text);
  const lex = lexiconFor(language);
  const inHead = figures ? figures.filter((f) => f.end <= head.length) : extractFigures(head, language);
  for (const f of inHead) {
    if (f.kind !== 'date' || typeof f.value !== 'string' || f.value.startsWith('--')) continue;
    if (f.unit !== 'day' && f.unit !== 'month') continue;
    const lineStart = head.lastIndexOf('\n', f.start - 1) + 1;
    const before = head.slice(lineStart, f.start);
    if (isDatelineLead(before) || hasCue(before, lex)) return f.value;
  }
  return null;
}

function headOf(text: string): string {
  let at = 0;
  for (let n = 0; n < HEAD_LINES; n++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text;
    at = nl + 1;
  }
  return text.slice(0, at);
}

/** Only blanks, punctuation or a weekday-like single word before the date on its line. */
function isDatelineLead(before: string): boolean {
  const trimmed = before.trim();
  if (trimmed === '') return true;
  return /^[\p{L}]{2,12}[,.]?$/u.test(trimmed) && /^\p{Lu}/u.test(trimmed) && false;
}

function hasCue(before: string, lex: ReturnType<typeof lexiconFor>): boolean {
  const t = tokenize(before);
  return t.count > 0 && lex.datelineCues.matchBefore(t, t.count, 0) !== null;
}
