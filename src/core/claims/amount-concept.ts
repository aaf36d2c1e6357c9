/**
 * What an amount of money is of (rule `amount-concept`): the concept its own noun phrase names ("L'utile operativo
 * rettificato, pari a 8,6 miliardi": operating profit; "fluxo de caixa operacional desceu 82%, para 4.008 milhões":
 * operating cash flow; "5 Mrd. Euro Umsatz": revenue), read from the words right before the amount in its sentence or
 * right after it in its clause, never from the value. Null when no concept word stands there: the amount is then
 * decided as before. The words are data, one module per language (lang/amounts/), matched on folded tokens through
 * the language's stemmer (stemmers.ts).
 */
import { AMOUNT_WORDS } from '../lang/amounts/index';
import type { AmountConceptId } from '../lang/amounts/concepts';
import type { DetectedLanguage, LanguageCode } from '../types';
import { STEMMERS } from './stemmers';
import { fold, type Token } from './text';

/** Words between a concept word and the amount after it ("beneficio neto cayó un 70 %, hasta 5.520 millones"). */
export const CONCEPT_BEFORE = 8;
/** Words between the amount and a concept word after it, in its clause ("5,5 milliards d'euros de bénéfice net"). */
export const CONCEPT_AFTER = 3;
/** What a clause boundary between the concept word and an amount after it costs, in words. */
const CLAUSE_COST = 3;

/** One word of an entry: matched whole (or by its stem), as a prefix ("zysk*"), or as a compound's last part ("*umsatz"). */
interface WordPattern {
  kind: 'word' | 'prefix' | 'head';
  text: string;
  /** The stem of a whole word or of a compound's last part, when the language has a stemmer. */
  stem: string | null;
}

interface ConceptEntry {
  words: WordPattern[];
  concept: AmountConceptId;
  /** Letters of the entry that are no wildcard: of two entries matching at one token, the longer is more specific. */
  weight: number;
}

interface CompiledConcepts {
  /** Entries by their first word as written and by its stem; by a prefix's first three letters; compounds' heads. */
  byWord: Map<string, ConceptEntry[]>;
  byPrefix: Map<string, ConceptEntry[]>;
  heads: ConceptEntry[];
  stem: ((w: string) => string) | undefined;
  /** Stems of the tokens seen (a pure function of the word, kept per language). */
  stems: Map<string, string>;
}

const compiled = new Map<string, CompiledConcepts>();
const NONE: readonly ConceptEntry[] = [];
/** A bound on each language's stem cache: an open text has an open vocabulary. */
const STEM_CACHE = 20000;

function compile(codes: readonly LanguageCode[]): CompiledConcepts {
  const stem = codes.length === 1 ? STEMMERS[codes[0]!] : undefined;
  const entries: ConceptEntry[] = [];
  for (const code of codes) {
    for (const [phrase, concept] of Object.entries(AMOUNT_WORDS[code])) {
      const words = fold(phrase)
        .split(/[^\p{L}\p{N}*]+/u)
        .filter(Boolean)
        .map((w): WordPattern => {
          if (w.endsWith('*')) return { kind: 'prefix', text: w.slice(0, -1), stem: null };
          if (w.startsWith('*')) {
            const text = w.slice(1);
            return { kind: 'head', text, stem: stem ? fold(stem(text)) : null };
          }
          return { kind: 'word', text: w, stem: stem ? fold(stem(w)) : null };
        });
      entries.push({ words, concept, weight: words.reduce((n, w) => n + w.text.length, 0) });
    }
  }
  const byWord = new Map<string, ConceptEntry[]>();
  const byPrefix = new Map<string, ConceptEntry[]>();
  const heads: ConceptEntry[] = [];
  const put = (m: Map<string, ConceptEntry[]>, k: string, e: ConceptEntry): void => {
    const list = m.get(k);
    if (!list) m.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of entries) {
    const w = e.words[0]!;
    if (w.kind === 'head') heads.push(e);
    else if (w.kind === 'prefix') put(byPrefix, w.text.slice(0, 3), e);
    else {
      put(byWord, w.text, e);
      if (w.stem !== null && w.stem.length >= 3) put(byWord, `\u0000${w.stem}`, e);
    }
  }
  return { byWord, byPrefix, heads, stem, stems: new Map() };
}

function conceptsFor(language: DetectedLanguage): CompiledConcepts {
  let c = compiled.get(language);
  if (!c) {
    c = compile(language === 'und' ? (Object.keys(AMOUNT_WORDS) as LanguageCode[]) : [language]);
    compiled.set(language, c);
  }
  return c;
}

function stemOf(c: CompiledConcepts, w: string): string {
  if (!c.stem) return w;
  let s = c.stems.get(w);
  if (s === undefined) {
    if (c.stems.size >= STEM_CACHE) c.stems.clear();
    s = fold(c.stem(w));
    c.stems.set(w, s);
  }
  return s;
}

/** Letters a compound's last part may carry after its stem ("Jahresumsatzes", "Quartalsgewinns"). */
const ENDING = 4;

function wordMatches(c: CompiledConcepts, p: WordPattern, w: string): boolean {
  switch (p.kind) {
    case 'prefix':
      return w.startsWith(p.text);
    case 'word':
      return w === p.text || (p.stem !== null && p.stem.length >= 3 && stemOf(c, w) === p.stem);
    case 'head': {
      if (w.endsWith(p.text)) return true;
      const s = p.stem ?? p.text;
      if (s.length < 3) return false;
      const at = w.lastIndexOf(s);
      return at >= 0 && w.length - (at + s.length) <= ENDING;
    }
  }
}

/** The most specific entry matching at token i (its words in a row, in the sentence), if any. */
function matchAt(
  c: CompiledConcepts,
  tokens: readonly Token[],
  i: number,
): { length: number; concept: AmountConceptId } | undefined {
  let best: { length: number; concept: AmountConceptId; weight: number } | undefined;
  const w = tokens[i]!.folded;
  const candidates = [
    ...(c.byWord.get(w) ?? NONE),
    ...(c.stem ? (c.byWord.get(`\u0000${stemOf(c, w)}`) ?? NONE) : NONE),
    ...(c.byPrefix.get(w.slice(0, 3)) ?? NONE),
    ...c.heads,
  ];
  for (const e of candidates) {
    if (i + e.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < e.words.length && ok; k++) {
      const t = tokens[i + k]!;
      ok = t.sentence === tokens[i]!.sentence && wordMatches(c, e.words[k]!, t.folded);
    }
    if (!ok) continue;
    if (!best || e.words.length > best.length || (e.words.length === best.length && e.weight > best.weight))
      best = { length: e.words.length, concept: e.concept, weight: e.weight };
  }
  return best;
}

/**
 * The concept of the amount at tokens [first, last) (its number is no token: `clause` is the clause it starts in,
 * `clauseAfter` the one its last word is in, a decimal comma being a clause mark to the tokenizer): the nearest concept word before it in its sentence (a clause
 * boundary costing CLAUSE_COST words), or after it in its clause, never past another amount (`stops`: the token
 * ranges of the sentence's other money figures, whose words are theirs). Of one phrase, its longest match counts
 * ("utile operativo", not "utile"; "net profit", not "profit").
 */
export function amountConcept(
  tokens: readonly Token[],
  first: number,
  last: number,
  language: DetectedLanguage,
  stops: readonly (readonly [number, number])[],
  clause: number,
  clauseAfter: number,
): AmountConceptId | null {
  const c = conceptsFor(language);
  const sentence = tokens[first]?.sentence ?? tokens[first - 1]?.sentence;
  if (sentence === undefined) return null;
  const stopped = (i: number): boolean => stops.some(([a, b]) => i >= a && i < b);
  let best: { i: number; end: number; concept: AmountConceptId } | null = null;
  // before: walk back; the nearest match wins, unless a phrase starting further back covers it ("net profit", not
  // "profit"; "utile operativo", not "utile")
  for (let i = first - 1; i >= 0 && first - i <= CONCEPT_BEFORE + 4; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || stopped(i)) break;
    const m = matchAt(c, tokens, i);
    if (!m || i + m.length > first) continue;
    const end = i + m.length;
    if (best === null) {
      const dist = first - end + (clause - t.clause) * CLAUSE_COST;
      if (dist <= CONCEPT_BEFORE) best = { i, end, concept: m.concept };
    } else if (end >= best.end) best = { i, end, concept: m.concept };
    else break;
  }
  const bestD = best === null ? Infinity : first - best.end + (clause - tokens[best.i]!.clause) * CLAUSE_COST;
  let concept = best?.concept ?? null;
  // after: in the amount's clause, a word nearer than the one before wins ("6 miliardi di euro di ricavi")
  for (let i = last, d = 0; i < tokens.length && d <= CONCEPT_AFTER; i++, d++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.clause !== clauseAfter || stopped(i)) break;
    const m = matchAt(c, tokens, i);
    if (!m) continue;
    if (d < bestD) concept = m.concept;
    break;
  }
  return concept;
}
