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
    let lineEnd = head.indexOf('\n', f.end);
    if (lineEnd < 0) lineEnd = head.length;
    const before = head.slice(lineStart, f.start);
    if (hasCue(before, lex) || (isDatelineLead(before) && isDatelineTail(head.slice(f.end, lineEnd)))) return f.value;
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

/**
 * What may precede the date on a dateline: nothing, a weekday, or a place and a separator
 * ("PARIS, ", "Berlin – ", "Stockholm, den "): short, and not the middle of a sentence.
 */
function isDatelineLead(before: string): boolean {
  const trimmed = before.trim();
  if (trimmed === '') return true;
  if (trimmed.length > 40 || /[.!?;]\s/.test(trimmed)) return false;
  // capitalized words (a place, a weekday) and at most one short lower-case word ("den", "le", "am")
  const words = trimmed.split(/[\s,:|•–—-]+/u).filter(Boolean);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w));
  return words.length <= 4 && /^\p{Lu}/u.test(trimmed) && lower.length <= 1 && lower.every((w) => w.length <= 3);
}

/** What may follow it: nothing, a time, a byline or source in brackets, a separator; not the rest of a sentence. */
function isDatelineTail(after: string): boolean {
  const trimmed = after.trim();
  return trimmed === '' || /^[•|([,–—-]/u.test(trimmed) || /^\d{1,2}[:h.]\d{2}/.test(trimmed) || trimmed.length <= 25;
}

function hasCue(before: string, lex: ReturnType<typeof lexiconFor>): boolean {
  const t = tokenize(before);
  return t.count > 0 && lex.datelineCues.matchBefore(t, t.count, 0) !== null;
}
