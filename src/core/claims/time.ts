/**
 * Time of a mention: the absolute period it is dated by ("l'an dernier" in an article of 2024-03-05 is 2023; "Q3",
 * "im dritten Quartal 2024" is 2024-Q3), when its report was written, and whether two reports of one claim are
 * successive states of a figure that moves over time (a death toll, a count in progress, a planned and a final job
 * cut). Pure functions of an article's context and its mentions; no module state.
 */
import type { Figure } from '../types';
import { MEASURE_SYMBOLS } from '../lang/common';
import type { PeriodUnit, RelativePeriod } from '../lang/claim-vocabulary';
import { UNITS } from '../lang/generated/units-en';
import type { Item } from './mention';
import { DURATIONS } from './units';
import type { DocContext } from './context';
import { vocabularyFor } from './vocabulary';

/** An absolute period of the calendar: "2023", "2024-Q3", "2024-05", a week by its day, a day. */
export interface Period {
  unit: PeriodUnit;
  value: string;
}

/** Tokens between a figure and the period words that date it, in its clause ("81 Tote im Vorjahr"). */
export const PERIOD_WINDOW = 6;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** An ISO day `offset` days from `day` (UTC, so no time zone moves it). */
function shiftDay(day: string, offset: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + offset * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * A relative period resolved against a publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): null when the date is
 * too coarse for it (no month for "last quarter", no day for "yesterday").
 */
export function resolvePeriod(rel: RelativePeriod, published: string | null): Period | null {
  if (!published || !/^\d{4}/.test(published)) return null;
  const y = Number(published.slice(0, 4));
  const m = published.length >= 7 ? Number(published.slice(5, 7)) : null;
  const day = published.length >= 10 ? published.slice(0, 10) : null;
  switch (rel.unit) {
    case 'year':
      return { unit: 'year', value: String(y + rel.offset) };
    case 'half':
    case 'quarter': {
      if (m === null) return null;
      const per = rel.unit === 'half' ? 2 : 4;
      const n = y * per + Math.floor((m - 1) / (12 / per)) + rel.offset;
      return { unit: rel.unit, value: `${Math.floor(n / per)}-${rel.unit === 'half' ? 'H' : 'Q'}${(n % per) + 1}` };
    }
    case 'month': {
      if (m === null) return null;
      const n = y * 12 + (m - 1) + rel.offset;
      return { unit: 'month', value: `${Math.floor(n / 12)}-${pad2((n % 12) + 1)}` };
    }
    case 'week':
      return day === null ? null : { unit: 'week', value: shiftDay(day, 7 * rel.offset) };
    case 'day':
      return day === null ? null : { unit: 'day', value: shiftDay(day, rel.offset) };
  }
}

/** Index of the first token that ends after `offset` (tokens are in text order). */
function tokenAt(ctx: DocContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The clause an offset of the text lies in (the index a token's `clause` has). */
function clauseAt(ctx: DocContext, offset: number): number {
  let lo = 0;
  let hi = ctx.clauseStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.clauseStarts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The period a figure is dated by: the nearest words for a period relative to the time of writing in its clause
 * ("l'an dernier", "w zeszłym roku", "im Vorjahr"), resolved against the article's publication date, or a quarter
 * the figure stage read in its clause ("Q3 2024"). Period words right after a comparison word ("gegenüber dem
 * Vorjahr", "rispetto all'anno prima") date the figure compared with, not this one.
 */
export function periodOf(
  ctx: DocContext,
  figure: Figure,
  clauseDates: ReadonlyMap<number, readonly Figure[]> = periodDates(ctx),
): Period | null {
  const tokens = ctx.tokens;
  // word tokens only (numbers are none): first is the figure's first word or the word after it, last the word after
  const first = tokenAt(ctx, figure.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < figure.end) last++;
  const clause = clauseAt(ctx, figure.start);
  const vocab = vocabularyFor(ctx.doc.language);
  let best: Period | null = null;
  let bestDistance = Infinity;
  const from = Math.max(0, first - PERIOD_WINDOW - 4);
  const to = Math.min(tokens.length, last + PERIOD_WINDOW + 1);
  for (let k = from; k < to; k++) {
    if (tokens[k]!.clause !== clause || (k >= first && k < last)) continue;
    const m = vocab.periods.matchAt(tokens, k);
    if (!m || (m.index < last && m.index + m.length > first)) continue;
    const d = m.index >= last ? m.index - last : first - (m.index + m.length);
    if (d > PERIOD_WINDOW || d >= bestDistance || comparedWith(ctx, m.index)) continue;
    const p = resolvePeriod(m.value, ctx.doc.published);
    if (p) {
      best = p;
      bestDistance = d;
    }
  }
  // a date the figure stage read in the clause: a quarter is a period; a year nearer than the period words dates the
  // figure itself ("contre 5.200 l'an dernier et 4.200 en 2021"), and is compared as a year (other-year)
  for (const f of clauseDates.get(clause) ?? []) {
    if (f === figure) continue;
    const quarter = f.unit === 'quarter' && typeof f.value === 'string';
    // words between the two: a date after the figure, or before it
    const d = f.start >= figure.end ? tokenAt(ctx, f.start) - last : first - tokenAt(ctx, f.end);
    if (d >= 0 && d <= PERIOD_WINDOW && d <= bestDistance) {
      best = quarter ? { unit: 'quarter', value: f.value as string } : null;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The dates that can date a figure of their clause (a year or a quarter, not a deadline), by clause, in the article's
 * order. Built once per article: looking through every figure of the article for every figure made a long article
 * quadratic (4.9 MB of "$1bn and " ran for minutes).
 */
export function periodDates(ctx: DocContext): Map<number, Figure[]> {
  const byClause = new Map<number, Figure[]>();
  for (const f of ctx.doc.figures) {
    if (f.kind !== 'date' || f.deadline) continue;
    if (!(f.unit === 'quarter' && typeof f.value === 'string') && f.unit !== 'year') continue;
    const clause = clauseAt(ctx, f.start);
    const list = byClause.get(clause);
    if (list) list.push(f);
    else byClause.set(clause, [f]);
  }
  return byClause;
}

/** Whether a comparison word ends right before token k ("gegenüber dem Vorjahr", "compared with last year"). */
function comparedWith(ctx: DocContext, k: number): boolean {
  const vocab = vocabularyFor(ctx.doc.language);
  for (let j = Math.max(0, k - 4); j < k; j++) {
    const c = vocab.contrasts.matchAt(ctx.tokens, j);
    if (c && c.index + c.length >= k - 2 && c.index + c.length <= k) return true;
  }
  return false;
}

/**
 * The period a mention states a fact of, for comparing two mentions: its own period words or quarter, else the year
 * its sentence dates it with (not a deadline). A day or a week dates a report of a moving figure ("51 dead
 * yesterday"), not another fact: it is left to the update rules.
 */
export function factPeriod(x: Item): string | null {
  if (ownPeriod(x)) return x.period!.value;
  const t = x.time;
  return t && t.unit === 'year' && !t.deadline && typeof t.value === 'number' ? String(t.value) : null;
}

/** Whether a mention has period words or a quarter of its own (not only a year: two years are other-year's). */
const ownPeriod = (x: Item): boolean => x.period !== null && x.period.unit !== 'day' && x.period.unit !== 'week';

/**
 * Two mentions dated by different periods are two facts: a quarter and its full year, last year and this year,
 * March and April ("3,1 Mrd. im dritten Quartal 2024" / "12 Mrd. 2024", "l'an dernier" in 2025 / "cette année" in
 * 2024 are one period). Decided when both have period words or a quarter of their own, or when one has a period
 * finer than a year and the other a year: a year against a year is other-year's.
 */
export function otherPeriods(a: Item, b: Item): boolean {
  const oa = ownPeriod(a);
  const ob = ownPeriod(b);
  if (!oa && !ob) return false;
  if (oa !== ob && (oa ? a : b).period!.unit === 'year') return false;
  const pa = factPeriod(a);
  const pb = factPeriod(b);
  return pa !== null && pb !== null && pa !== pb;
}

/** Both mentions are dated by period words or quarters of their own that name one period. */
export const samePeriod = (a: Item, b: Item): boolean =>
  ownPeriod(a) && ownPeriod(b) && a.period!.value === b.period!.value;
/** The symbols of measures (CLDR's units through Intl, and the symbols every language shares): km, ha, °C, GW... */
const MEASURES: ReadonlySet<string> = new Set([...Object.values(UNITS), ...Object.values(MEASURE_SYMBOLS)]);

/**
 * A count of things or people (dead, injured, evacuated, firefighters, jobs cut), the kind of figure a story updates;
 * a measure (a distance, an area, a temperature) or a duration is stated once, and differs by error.
 */
export const countsThings = (x: Item): boolean =>
  x.unitClass !== 'money' &&
  x.unitClass !== '%' &&
  x.unitClass !== 'date' &&
  !MEASURES.has(x.figure.unit) &&
  !DURATIONS.has(x.unitClass) &&
  !DURATIONS.has(x.figure.unit);

/** The day an article was published (ISO `YYYY-MM-DD`), or null when its dateline gives no day. */
export function reportDay(x: Item): string | null {
  const p = x.doc.published;
  return p !== null && /^\d{4}-\d{2}-\d{2}$/.test(p) ? p : null;
}

/**
 * Two reports of one count written on different days: the later one may say what the count has become ("12 dead" on
 * 3 March, "19 dead" on 4 March). A contradiction between them is an update (`conflict-update`), not two sources
 * disagreeing on one day. Amounts of money, shares and dates are facts fixed once stated: they stay `conflict`.
 */
export function successiveReports(a: Item, b: Item): boolean {
  if (a.docIndex === b.docIndex || !countsThings(a) || !countsThings(b)) return false;
  const da = reportDay(a);
  const db = reportDay(b);
  return da !== null && db !== null && da !== db;
}

/** The reports of a moving figure before and after a mention's own day, each in the order of their days. */
export function aroundDay(it: Item, partners: readonly Item[]): { earlier: Item[]; later: Item[] } {
  const day = reportDay(it) ?? '';
  const byDay = [...partners].sort((p, q) => (reportDay(p) ?? '').localeCompare(reportDay(q) ?? ''));
  return {
    earlier: byDay.filter((p) => (reportDay(p) ?? '') < day),
    later: byDay.filter((p) => (reportDay(p) ?? '') > day),
  };
}
