/** Words and sentences of an article, as claim formation reads them. Linear in the text's length. */
import { memoizeString } from '../memo';

/** Lower case, accents and ligatures off: "Ørsted" = "orsted", "Aragón" = "aragon", "Straße" = "strasse". */
const ASCII = /^[\x00-\x7f]*$/;

export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return foldAccented(s);
}

/** fold of a word with letters beyond ASCII, remembered (memo.ts): normalization is dear, the words recur. */
const foldAccented = memoizeString((s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øœæßłđ]/g, (c) => ({ ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd' })[c] ?? c),
);

export interface Token {
  start: number;
  end: number;
  folded: string;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** Has an upper-case letter after the first ("OpenAI", "AWS"). */
  innerCapital: boolean;
  /** First word of its sentence (a capital there says nothing). */
  opensSentence: boolean;
  sentence: number;
  /** Index of the clause (between commas, colons, brackets, quotes) inside the whole text. */
  clause: number;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;
/** A word starts with a letter; ASCII is decided without a regular expression. */
function isWordStart(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_MARK.test(text[i]!);
}
function isWordPart(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LETTER_MARK_DIGIT.test(text[i]!);
}
/** Abbreviations after which a period does not end the sentence ("5,5 Mrd. Euro", "60 mia. kr."). */
const SHORT_ABBREVIATION = 3;
const LETTER = /\p{L}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** The first character after offset i that is not a space ('' at the end). */
function nextVisible(text: string, i: number): string {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text[i] ?? '';
}
const CLAUSE_MARKS = new Set([...',;:()[]«»"“”–—|'].map((c) => c.charCodeAt(0)));
const isSpace = (c: number): boolean =>
  c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;

/**
 * Splits the text into word tokens with their sentence and clause numbers. A sentence ends at a line break, or at
 * . ! ? followed by a space when the word before is not a short abbreviation; a clause also ends at , ; : ( ) « » " –.
 */
export interface Tokenized {
  tokens: Token[];
  /** Offset where each sentence starts (sentence k starts at sentenceStarts[k]). */
  sentenceStarts: number[];
  clauseStarts: number[];
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentenceStarts = [0];
  const clauseStarts = [0];
  let sentence = 0;
  let clause = 0;
  let last = 0;
  let prevWord = '';
  let sentenceOpen = true;
  const newSentence = (at: number): void => {
    sentence++;
    clause++;
    sentenceOpen = true;
    sentenceStarts.push(at);
    clauseStarts.push(at);
  };
  const scanGap = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        newSentence(i + 1);
        continue;
      }
      if (c < 33 || (c >= 48 && c <= 57)) continue; // spaces and digits: the bulk of the gaps
      if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) {
        const before = text[i - 1] ?? '';
        // a short lower-case word before a period and a capital is a word ending its sentence ("to år. Beløbet"),
        // not an abbreviation ("mia. kr.", "Mrd. Euro")
        // and a period before a lower-case word ends no sentence, whatever the word before ("36 proc. do 11,7 mld")
        const next = c === 46 ? nextVisible(text, i + 1) : '';
        const abbreviation =
          c === 46 &&
          ((prevWord.length <= SHORT_ABBREVIATION &&
            LETTER.test(before) &&
            !ACRONYM.test(prevWord) &&
            !(LOWER.test(prevWord[0]!) && UPPER.test(next))) ||
            (LETTER.test(before) && LOWER.test(next)));
        if (!abbreviation) newSentence(i + 1);
        continue;
      }
      if (CLAUSE_MARKS.has(c)) {
        clause++;
        clauseStarts.push(i + 1);
      }
      if (c === 58) sentenceOpen = true; // "Ørsted bekrefter: Vil hente ..."; a capital after a colon says nothing
    }
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordStart(c, text, i)) {
      i++;
      continue;
    }
    // an ASCII word's case is read while it is scanned: no regular expression, and no lower-case copy of a word that
    // is already lower case (most words)
    let j = i + 1;
    let ascii = c < 128;
    let upperAfterFirst = false;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (!isWordPart(d, text, j)) break;
      if (d >= 128) ascii = false;
      else if (d >= 65 && d <= 90) upperAfterFirst = true;
    }
    const start = i;
    scanGap(last, start);
    const raw = text.slice(start, j);
    let folded: string;
    let capital: boolean;
    let innerCapital: boolean;
    if (ascii) {
      capital = c >= 65 && c <= 90;
      innerCapital = upperAfterFirst;
      folded = capital || upperAfterFirst ? raw.toLowerCase() : raw;
    } else {
      const lower = raw.toLowerCase();
      folded = fold(raw);
      capital = raw.charCodeAt(0) !== lower.charCodeAt(0);
      // most words are all lower case: no slices to compare then
      innerCapital = raw.length > 1 && raw !== lower && raw.slice(1) !== lower.slice(1);
    }
    tokens.push({ start, end: j, folded, capital, innerCapital, opensSentence: sentenceOpen, sentence, clause });
    sentenceOpen = false;
    prevWord = raw;
    last = j;
    i = j;
  }
  scanGap(last, text.length);
  return { tokens, sentenceStarts, clauseStarts };
}

/** Index of the segment (sentence or clause) containing offset, given the segments' start offsets. */
export function segmentOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in a list sorted by key whose key is >= bound (binary search). */
function firstAtLeast<T>(list: readonly T[], key: (t: T) => number, bound: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entries of a list sorted by key whose key lies in [from, to) (binary search): a figure's neighbourhood costs its
 * own size, not the whole article's, so per-figure lookups stay linear in the article.
 */
export function sortedRange<T>(list: readonly T[], key: (t: T) => number, from: number, to: number): readonly T[] {
  return list.slice(firstAtLeast(list, key, from), firstAtLeast(list, key, to));
}
