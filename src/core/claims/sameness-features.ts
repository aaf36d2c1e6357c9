/**
 * Sameness features: what the context of two mentions of one bucket says about whether they state one fact. Every
 * feature is read from the mentions' words, names, cue words, places, periods, modality and attribution, never from how
 * close the two values are (issue 8: sameness decided from context, not from the values compared). Every feature is
 * symmetric in (a, b), so the model's decision is too. Documented in docs/sameness.md.
 */
import { cognateKey, nounConcept } from '../vocab/index';
import type { DocContext } from './context';
import type { Figure } from '../types';
import { sortedRange, tokenAt } from './text';
import type { Item } from './mention';
import { otherPeriods, samePeriod } from './time';

/** Words on either side of a figure, inside its sentence, whose cognate keys describe what it counts. */
export const CLUE_WINDOW = 8;
/** Words on either side of a figure within which the names of its sentence are read. */
export const NAME_WINDOW = 3 * CLUE_WINDOW;
/** Shorter words are mostly function words in every language of the eleven; longer ones carry content. */
export const MIN_CLUE_LENGTH = 5;

/**
 * The content words and names around a figure, as cross-lingual keys: cognate keys of the words of its sentence within
 * CLUE_WINDOW of it (not the figure's own words), and the name keys of its sentence.
 */
export function clues(
  ctx: DocContext,
  figure: Figure,
  known: (string | null | undefined)[] = [],
): { words: string[]; names: string[] } {
  const tokens = ctx.tokens;
  const first = tokenAt(tokens, figure.start);
  let last = tokenAt(tokens, figure.end);
  if (last < first) last = first;
  const sentence = first < tokens.length ? tokens[first]!.sentence : -1;
  const words = new Set<string>();
  const lo = Math.max(0, first - CLUE_WINDOW);
  const hi = Math.min(tokens.length, last + CLUE_WINDOW);
  for (let k = lo; k < hi; k++) {
    if (k >= first && k < last) continue;
    if (tokens[k]!.sentence !== sentence) continue;
    let word = known[k];
    if (word === undefined) known[k] = word = clueWord(tokens[k]!.folded, ctx.doc.language);
    if (word !== null) words.add(word);
  }
  // the cue words of the figure's sentence near it, as language-independent predicate ids
  for (const c of between(ctx.cues, lo, hi)) if (tokens[c.index]!.sentence === sentence) words.add(`!${c.value}`);
  const names = new Set<string>();
  for (const n of between(ctx.names, first - NAME_WINDOW, last + NAME_WINDOW))
    if (tokens[n.index]?.sentence === sentence) names.add(n.key);
  return { words: [...words], names: [...names] };
}

/**
 * What one word says as a clue: a noun the vocabulary knows meets its translations on one English lemma ("=job"), any
 * other word of MIN_CLUE_LENGTH letters its cognates by its cognate key; a number or a short word says nothing (null).
 * readItems keeps each token's answer for the article (`known` of clues): neighbouring figures share their windows.
 */
function clueWord(folded: string, lang: string): string | null {
  if (/\d/.test(folded)) return null;
  const concept = nounConcept(folded, lang);
  if (concept) return `=${concept.lemma}`;
  if (folded.length < MIN_CLUE_LENGTH) return null;
  const key = cognateKey(folded);
  return key.length >= MIN_CLUE_LENGTH - 1 ? key : null;
}

/**
 * The entries of a list sorted by token index that stand in [lo, hi) (binary search): each figure costs its own
 * neighbourhood, not the whole article's cue words and names (linear in the article, not quadratic).
 */
function between<T extends { index: number }>(list: readonly T[], lo: number, hi: number): readonly T[] {
  return sortedRange(list, (t) => t.index, lo, hi);
}

/**
 * How many mentions of its bucket each article states, and each mention's rank among its article's (0 = the largest):
 * an article that states one figure of a kind leaves little doubt which fact it is; one with five does.
 */
export function describeBucket(bucket: readonly Item[]): void {
  const byDoc = new Map<number, Item[]>();
  for (const it of bucket) {
    const list = byDoc.get(it.docIndex);
    if (list) list.push(it);
    else byDoc.set(it.docIndex, [it]);
  }
  for (const list of byDoc.values()) {
    const values = [...new Set(list.map((x) => x.amount))].sort((x, y) => y - x);
    const rank = new Map(values.map((v, k) => [v, k]));
    for (const it of list) {
      it.mates = values.length;
      it.rank = rank.get(it.amount)!;
    }
  }
}

const both = (x: boolean, y: boolean): number => (x && y ? 1 : 0);
const one = (x: boolean, y: boolean): number => (x !== y ? 1 : 0);

/** Shared keys over the smaller set (0 when either is empty). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let n = 0;
  for (const k of b) if (set.has(k)) n++;
  return n / Math.min(a.length, b.length);
}

const modal = (x: Item): string =>
  `${x.target ? 't' : ''}${x.present ? 'p' : ''}${x.horizon ? 'h' : ''}${x.time?.deadline ? 'd' : ''}`;
const lead = (x: Item): boolean => x.sentence <= 2;
const isCount = (x: Item): boolean => x.unitClass !== 'money' && x.unitClass !== '%' && x.unitClass !== 'date';

/** The features, by name, in the order of the model's weights. */
export const FEATURES: readonly { name: string; of: (a: Item, b: Item) => number }[] = [
  { name: 'bias', of: () => 1 },
  // what is counted or spent: the predicate concept
  {
    name: 'predicate-both-equal',
    of: (a, b) => both(a.predicateExplicit, b.predicateExplicit) * eq(a.predicate, b.predicate),
  },
  {
    name: 'predicate-both-different',
    of: (a, b) => both(a.predicateExplicit, b.predicateExplicit) * (1 - eq(a.predicate, b.predicate)),
  },
  { name: 'predicate-one-missing', of: (a, b) => one(a.predicateExplicit, b.predicateExplicit) },
  // the counted noun: the same unit word/concept, or only the class (a generic person)
  { name: 'unit-equal', of: (a, b) => eq(a.figure.unit, b.figure.unit) },
  { name: 'unit-generic-person', of: (a, b) => both(a.figure.unit === 'person', b.figure.unit === 'person') },
  { name: 'class-money', of: (a) => (a.unitClass === 'money' ? 1 : 0) },
  { name: 'class-percent', of: (a) => (a.unitClass === '%' ? 1 : 0) },
  { name: 'class-count', of: (a) => (isCount(a) ? 1 : 0) },
  // who: the subject said in the clause, or only the article's
  { name: 'subject-both-explicit', of: (a, b) => both(a.subjectExplicit, b.subjectExplicit) },
  { name: 'subject-one-explicit', of: (a, b) => one(a.subjectExplicit, b.subjectExplicit) },
  // where
  { name: 'place-both-equal', of: (a, b) => both(a.placeExplicit, b.placeExplicit) * eq(a.place, b.place) },
  {
    name: 'place-both-different',
    of: (a, b) => both(a.placeExplicit, b.placeExplicit) * (1 - eq(a.place, b.place)),
  },
  { name: 'place-one-explicit', of: (a, b) => one(a.placeExplicit, b.placeExplicit) },
  { name: 'place-near-both', of: (a, b) => both(a.placeNear, b.placeNear) },
  { name: 'site-equal', of: (a, b) => both(a.site !== undefined, b.site !== undefined) * eq(a.site, b.site) },
  // when: resolved periods and dated years
  { name: 'period-same', of: (a, b) => (a.period !== null && b.period !== null && samePeriod(a, b) ? 1 : 0) },
  { name: 'period-other', of: (a, b) => (otherPeriods(a, b) ? 1 : 0) },
  { name: 'period-one', of: (a, b) => one(a.period !== null, b.period !== null) },
  { name: 'year-one', of: (a, b) => one(a.time !== null, b.time !== null) },
  { name: 'past-differs', of: (a, b) => one(a.past, b.past) },
  // modality: a level to reach, today's level, a plan's horizon, a deadline
  { name: 'modality-differs', of: (a, b) => (modal(a) !== modal(b) ? 1 : 0) },
  { name: 'modality-both-target', of: (a, b) => both(a.target, b.target) },
  { name: 'total-differs', of: (a, b) => one(a.total, b.total) },
  { name: 'cumulative-differs', of: (a, b) => one(a.cumulative, b.cumulative) },
  // attribution
  { name: 'source-both-equal', of: (a, b) => (a.source !== null && a.source === b.source ? 1 : 0) },
  { name: 'source-one', of: (a, b) => one(a.source !== null, b.source !== null) },
  // how the figure is said: a bound ("more than"), a range
  { name: 'bound-differs', of: (a, b) => ((a.figure.bound ?? '') !== (b.figure.bound ?? '') ? 1 : 0) },
  { name: 'range-one', of: (a, b) => one(a.range !== undefined, b.range !== undefined) },
  { name: 'currency-differs', of: (a, b) => (a.unitClass === 'money' && a.currency !== b.currency ? 1 : 0) },
  // where in the articles
  { name: 'same-document', of: (a, b) => (a.docIndex === b.docIndex ? 1 : 0) },
  { name: 'same-language', of: (a, b) => (a.doc.language === b.doc.language ? 1 : 0) },
  { name: 'headline-both', of: (a, b) => both(a.sentence === 0, b.sentence === 0) },
  { name: 'headline-one', of: (a, b) => one(a.sentence === 0, b.sentence === 0) },
  { name: 'lead-both', of: (a, b) => both(lead(a), lead(b)) },
  // the words and names around the figures, across languages
  { name: 'words-overlap', of: (a, b) => overlap(a.words, b.words) },
  {
    name: 'words-none-shared',
    of: (a, b) => (a.words.length > 0 && b.words.length > 0 && overlap(a.words, b.words) === 0 ? 1 : 0),
  },
  { name: 'names-overlap', of: (a, b) => overlap(a.names, b.names) },
  // ambiguity: how many figures of this kind each article states, and whether each is its article's largest
  { name: 'mates-min', of: (a, b) => Math.log2(Math.min(a.mates, b.mates)) },
  { name: 'mates-max', of: (a, b) => Math.log2(Math.max(a.mates, b.mates)) },
  { name: 'both-single', of: (a, b) => both(a.mates === 1, b.mates === 1) },
  { name: 'rank-equal', of: (a, b) => (a.rank === b.rank ? 1 : 0) },
  { name: 'rank-both-top', of: (a, b) => both(a.rank === 0, b.rank === 0) },
];

function eq<T>(x: T | null | undefined, y: T | null | undefined): number {
  return x !== null && x !== undefined && x === y ? 1 : 0;
}

export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

/** The feature vector of a pair, in FEATURES order. */
export function pairFeatures(a: Item, b: Item): number[] {
  return FEATURES.map((f) => f.of(a, b));
}
