/**
 * Signs and changes. A figure is negative only where the text writes it so: a sign glued to the number
 * ("-2,4 %", "−3,2 %", "+1,7") or a minus word before a temperature or a percentage ("minus 8 Grad", "moins
 * 3 degrés"). A change said in words ("fell 4 %", "un recul de 3 %", "um 4 Prozent gesunken") keeps its
 * magnitude as the value and carries its direction in `change`: "fell 4 %" and "a 4 % drop" are the same
 * fact, and the level it leads to ("to $4.2 billion") is another one.
 */
import { TokenKind, type Tokens } from '../numbers/tokenize';
import type { FigureVocabulary } from '../lang/figure-vocabulary';
import { PhraseTrie } from './phrase-trie';

export type Direction = 'up' | 'down';

export interface ChangeLexicon {
  minus: PhraseTrie<true>;
  /** minus words that are only ever the sign ("minus"): they sign any amount, not just temperatures */
  sign: PhraseTrie<true>;
  links: PhraseTrie<true>;
  exact: Map<string, Direction>;
  /** word beginnings ("recul*") to their direction, longest first */
  stems: [string, Direction][];
}

/** How many words may stand between a change word and the link word before its figure ("cut its rate by"). */
const MAX_BETWEEN = 3;

export function compileChanges(v: FigureVocabulary['changes']): ChangeLexicon {
  const exact = new Map<string, Direction>();
  const stems: [string, Direction][] = [];
  for (const [w, d] of Object.entries(v?.words ?? {})) {
    const k = w.toLowerCase();
    if (k.endsWith('*')) stems.push([k.slice(0, -1), d]);
    else exact.set(k, d);
  }
  stems.sort((a, b) => b[0].length - a[0].length);
  const set = (xs: string[]): PhraseTrie<true> =>
    new PhraseTrie<true>().addAll(xs.map((x) => [x, true] as [string, true]));
  const signs = v?.signWords ?? [];
  return {
    minus: set([...(v?.minusWords ?? []), ...signs]),
    sign: set(signs),
    links: set(v?.links ?? []),
    exact,
    stems,
  };
}

function directionOf(c: ChangeLexicon, t: Tokens, k: number): Direction | null {
  if (k < 0 || k >= t.count || t.kind[k] !== TokenKind.Word) return null;
  const w = t.word(k);
  const hit = c.exact.get(w);
  if (hit) return hit;
  for (const [stem, d] of c.stems) if (w.startsWith(stem)) return d;
  return null;
}

const isBreak = (t: Tokens, k: number): boolean => t.kind[k] !== TokenKind.Word;

/**
 * The change a figure spanning tokens [from, to) is stated as: a change word right before it ("fell 4 %"),
 * or a few words before the link word right before it ("cut its rate by 0.25 points", "un recul de 3 %"),
 * or right after it, directly or past a link word ("a 4 % drop", "3 % de hausse", "um 4 Prozent gesunken").
 */
export function changeOf(c: ChangeLexicon, t: Tokens, from: number, to: number, floor: number): Direction | null {
  const before = changeBefore(c, t, from, floor);
  if (before) return before;
  if (to >= t.count || t.sentence[to] !== t.sentence[from]) return null;
  const direct = directionOf(c, t, to);
  if (direct) return direct;
  const link = c.links.matchAt(t, to);
  return link && link.at < t.count && t.sentence[link.at] === t.sentence[from] ? directionOf(c, t, link.at) : null;
}

/** A change word before token `from`: adjacent, or up to MAX_BETWEEN words before an adjacent link word. */
export function changeBefore(c: ChangeLexicon, t: Tokens, from: number, floor: number): Direction | null {
  if (from - 1 < floor || t.sentence[from - 1] !== t.sentence[from]) return null;
  const adjacent = directionOf(c, t, from - 1);
  if (adjacent) return adjacent;
  const link = c.links.matchBefore(t, from, floor);
  if (!link) return null;
  for (let k = link.at - 1, n = 0; k >= floor && n <= MAX_BETWEEN; k--, n++) {
    if (t.sentence[k] !== t.sentence[from] || isBreak(t, k)) return null;
    const d = directionOf(c, t, k);
    if (d) return d;
  }
  return null;
}
