/**
 * Keys: the bucket a mention is linked inside (event, subject, unit class, and for money/percentages/dates its
 * predicate). Mentions of one key are bucketed through a Map: linking never looks at all pairs of the workspace.
 */
import { KEYED_COUNT_PREDICATES } from './units';
import type { Item } from './mention';

/** Predicates whose value changes from day to day. */
/** Key of a figure in claimOfFigure. */
export const figureKey = (path: string, start: number): string => `${path}\u0000${start}`;

export const VOLATILE_PREDICATES = new Set(['share-price', 'share-price-change', 'market-value']);

export function claimKey(it: Item): string {
  const byPredicate =
    it.unitClass === 'money' ||
    it.unitClass === '%' ||
    it.unitClass === 'date' ||
    (it.predicateExplicit && KEYED_COUNT_PREDICATES.has(it.predicate ?? ''));
  // a total of counted things ("totalt 3 000 arbetstillfällen, där 1 000 blir permanenta") is not its parts
  // so is a running total ("seit 2009 auf rund 3,4 Milliarden") from the amounts of the news, whatever its unit
  const total = (it.total && !byPredicate) || it.cumulative ? 'total' : '';
  // a share price or a market value changes by the day: only mentions published the same day are compared
  const day = it.predicate && VOLATILE_PREDICATES.has(it.predicate) ? (it.doc.published ?? '') : '';
  // a share without a cue word is keyed by what it is a share of ("des voix", "de los votos": of:vote)
  const predicate = byPredicate ? (it.predicate ?? (it.base !== null ? `of:${it.base}` : '')) : '';
  return `${it.story}\u0001${it.subject ?? ''}\u0001${it.unitClass}\u0001${predicate}\u0001${total}\u0001${day}`;
}
