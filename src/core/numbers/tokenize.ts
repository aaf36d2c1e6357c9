/**
 * One linear pass over the text: words, numeric literals, single punctuation/symbol characters.
 * Whitespace is not a token; each token records what kind of gap precedes it, because phrase
 * matching ignores spaces but number grouping ("2 500") and glued suffixes ("25mila") depend on them.
 */

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}
export const enum Gap {
  None = 0,
  Space = 1,
  Newline = 2,
}

export class Tokens {
  constructor(
    readonly text: string,
    readonly count: number,
    readonly kind: Uint8Array,
    readonly gap: Uint8Array,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Sentence number of each token (a new sentence after . ! ? or a line break). */
    readonly sentence: Int32Array,
  ) {
    this.cache = new Array(count);
  }

  /**
   * Lower-cased text of token i, apostrophes folded to "'" and dashes to "-". Computed on demand:
   * only tokens near a figure are ever read, and keeping a string per token alive costs more than the scan.
   */
  private readonly cache: (string | undefined)[];

  word(i: number): string {
    if (i < 0 || i >= this.count) return '';
    let w = this.cache[i];
    if (w === undefined) {
      const raw = this.text.slice(this.start[i]!, this.end[i]!);
      w =
        this.kind[i] === TokenKind.Punct
          ? (FOLD[raw] ?? raw)
          : this.kind[i] === TokenKind.Word
            ? raw.toLowerCase()
            : raw;
      this.cache[i] = w;
    }
    return w;
  }

  /**
   * Whether word token i may begin with one of `prefixes` (see addPrefix): its first three lower-cased
   * letters, or its first two for the short entries. No allocation: most words fail here.
   */
  wordPrefixIn(i: number, prefixes: PrefixSet): boolean {
    const s = this.start[i]!;
    const len = this.end[i]! - s;
    const a = lowerCode(this.text.charCodeAt(s));
    const b = len > 1 ? lowerCode(this.text.charCodeAt(s + 1)) : 0;
    const c = len > 2 ? lowerCode(this.text.charCodeAt(s + 2)) : 0;
    return prefixes.three[hash3(a, b, c)] === 1 || prefixes.two[hash3(a, b, 0)] === 1;
  }
}

/** Longest lower-case word taken for an abbreviation when a dot after it precedes a number ("ok.", "ca.", "approx."). */
const MAX_ABBREVIATION = 6;

/** Whether the token at s begins with a lower-case letter. */
function isLowerStart(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = text[s]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Bitmaps over a hash of a word's first letters; a collision only lets a word through to the exact lookup. */
export interface PrefixSet {
  three: Uint8Array;
  two: Uint8Array;
}

const PREFIX_BITS = 18;
const hash3 = (a: number, b: number, c: number): number =>
  Math.imul(a * 961 + b * 31 + c, 0x9e3779b1) >>> (32 - PREFIX_BITS);

export function newPrefixSet(): PrefixSet {
  return { three: new Uint8Array(1 << PREFIX_BITS), two: new Uint8Array(1 << PREFIX_BITS) };
}

/**
 * Adds a lower-case word to a prefix set: its first three letters (the word itself when shorter); with
 * `asStem`, a word of two letters also admits any longer word it begins ("to" for "tohundre").
 */
export function addPrefix(set: PrefixSet, word: string, asStem = false): void {
  const a = word.charCodeAt(0),
    b = word.length > 1 ? word.charCodeAt(1) : 0,
    c = word.length > 2 ? word.charCodeAt(2) : 0;
  set.three[hash3(a, b, c)] = 1;
  if (asStem && word.length <= 2) set.two[hash3(a, b, 0)] = 1;
}

// Character classes for the whole BMP, computed once: 1 letter, 2 digit, 3 space, 4 newline, 0 other.
const CLASS = new Uint8Array(65536);
(() => {
  const letter = /[\p{L}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c >= 48 && c <= 57) CLASS[c] = 2;
    else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) CLASS[c] = 4;
    else if (
      c === 32 ||
      c === 9 ||
      c === 12 ||
      c === 11 ||
      c === 0xa0 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    )
      CLASS[c] = 3;
    else if (letter.test(ch)) CLASS[c] = 1;
  }
})();

/** Separators that may sit between digit groups of one numeric literal. */
function isInnerSeparator(c: number): boolean {
  return c === 46 /* . */ || c === 44 /* , */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 58; /* : */
}
/** Spaces that may group thousands ("2 500", U+00A0, U+202F, U+2009). */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function digitRun(text: string, i: number): number {
  const n = text.length;
  while (i < n && CLASS[text.charCodeAt(i)] === 2) i++;
  return i;
}

/**
 * Scans one numeric literal starting at a digit. Digit groups joined by . , ' ’ : (no spaces) belong
 * together; a single space joins a following group of exactly three digits when every group so far
 * is a plausible thousands group ("2 500", not "2007 300"). Interpretation happens later.
 */
function scanNumber(text: string, i: number): number {
  const n = text.length;
  let end = digitRun(text, i);
  // a space joins groups only while every group so far could be a thousands group
  let groupsOk = end - i <= 3;
  let onlySpaces = true;
  while (end + 1 < n && CLASS[text.charCodeAt(end + 1)] === 2) {
    const c = text.charCodeAt(end);
    if (isInnerSeparator(c)) {
      const e = digitRun(text, end + 1);
      if (e - (end + 1) !== 3) groupsOk = false;
      onlySpaces = false;
      end = e;
      continue;
    }
    if (!isGroupSpace(c) || !groupsOk || !onlySpaces) break;
    const e = digitRun(text, end + 1);
    // exactly three digits, not the hour of a time ("à 2 12:55")
    if (e - (end + 1) !== 3 || (e < n && text.charCodeAt(e) === 58)) break;
    end = e;
  }
  return end;
}

const FOLD: Record<string, string> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '–': '-',
  '—': '-',
  '‑': '-',
  '‐': '-',
  '−': '-',
};

export function tokenize(text: string): Tokens {
  const n = text.length;
  // One buffer for all five columns: a typed array each would cost five off-heap allocations per article.
  let cap = Math.max(16, (n >> 2) + 16);
  let kind!: Uint8Array, gap!: Uint8Array, start!: Int32Array, end!: Int32Array, sentence!: Int32Array;
  const allocate = (size: number): void => {
    const buf = new ArrayBuffer(size * 14);
    const k = new Uint8Array(buf, size * 12, size),
      g = new Uint8Array(buf, size * 13, size);
    const s = new Int32Array(buf, 0, size),
      e = new Int32Array(buf, size * 4, size),
      se = new Int32Array(buf, size * 8, size);
    if (kind) {
      k.set(kind);
      g.set(gap);
      s.set(start);
      e.set(end);
      se.set(sentence);
    }
    kind = k;
    gap = g;
    start = s;
    end = e;
    sentence = se;
    cap = size;
  };
  allocate(cap);
  let count = 0;
  let pendingGap = Gap.None;
  let sent = 0;
  let sentencePending = false;
  let dotOnly = false;
  /** the dot follows a word of at most MAX_ABBREVIATION letters */
  let abbreviation = false;
  const grow = () => allocate(cap * 2);
  const push = (k: TokenKind, s: number, e: number) => {
    if (count === kind.length) grow();
    // a dot before a lower-case word, or after a short word before a number, ends an abbreviation,
    // not a sentence ("mia. kr. i", "ok. 1,4 tys.", "ca. 300")
    if (
      sentencePending &&
      pendingGap !== Gap.None &&
      !(dotOnly && (isLowerStart(text, s) || (abbreviation && k === TokenKind.Number)))
    ) {
      sent++;
    }
    sentencePending = false;
    dotOnly = false;
    if (pendingGap === Gap.Newline) sent++;
    kind[count] = k;
    gap[count] = pendingGap;
    start[count] = s;
    end[count] = e;
    sentence[count] = sent;
    count++;
    pendingGap = Gap.None;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === 3) {
      if (pendingGap === Gap.None) pendingGap = Gap.Space;
      i++;
      continue;
    }
    if (cls === 4) {
      pendingGap = Gap.Newline;
      i++;
      continue;
    }
    if (cls === 2) {
      const e = scanNumber(text, i);
      push(TokenKind.Number, i, e);
      i = e;
      continue;
    }
    if (cls === 1) {
      let e = i + 1;
      while (e < n && CLASS[text.charCodeAt(e)] === 1) e++;
      push(TokenKind.Word, i, e);
      i = e;
      continue;
    }
    // ".005 per cent", ",05 puntos": a decimal written without its zero, after a space or at the start
    if (
      (c === 46 || c === 44) &&
      i + 1 < n &&
      CLASS[text.charCodeAt(i + 1)] === 2 &&
      (i === 0 || CLASS[text.charCodeAt(i - 1)] === 3 || CLASS[text.charCodeAt(i - 1)] === 4)
    ) {
      const e = digitRun(text, i + 1);
      push(TokenKind.Number, i, e);
      i = e;
      continue;
    }
    // a lone surrogate pair or any other symbol: one code unit (or pair) per token
    let e = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && e < n) {
      const d = text.charCodeAt(e);
      if (d >= 0xdc00 && d <= 0xdfff) e++;
    }
    push(TokenKind.Punct, i, e);
    if (c === 46 || c === 33 || c === 63) {
      sentencePending = true;
      dotOnly = c === 46;
      abbreviation =
        dotOnly &&
        count >= 2 &&
        kind[count - 2] === TokenKind.Word &&
        gap[count - 1] === Gap.None &&
        end[count - 2]! - start[count - 2]! <= MAX_ABBREVIATION &&
        isLowerStart(text, start[count - 2]!);
    }
    i = e;
  }
  return new Tokens(text, count, kind, gap, start, end, sentence);
}

/** Tokenizes a vocabulary phrase into the normalized token strings used as trie keys. */
export function phraseKeys(phrase: string): string[] {
  // most phrases are one word of letters (the open nouns' forms, by the ten thousand per language): its one token is
  // the word lower-cased, as tokenize and Tokens.word would give it, without the buffers of a tokenization
  if (isOneWord(phrase)) return [phrase.toLowerCase()];
  const t = tokenize(phrase);
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(t.word(i));
  return keys;
}

/**
 * One Tokens kept alive for the life of the module. V8 holds the hidden classes an object reaches
 * through field assignments weakly: when a full garbage collection finds no Tokens alive (between two
 * files), it drops them and deoptimizes every function compiled against them, and the next file runs
 * several times slower until they are recompiled.
 */
export const KEEP_SHAPE: Tokens = tokenize('a 1, b');

/** A non-empty run of letters and marks only: what tokenize reads as exactly one Word token. */
export function isOneWord(phrase: string): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i < phrase.length; i++) if (CLASS[phrase.charCodeAt(i)] !== 1) return false;
  return true;
}
