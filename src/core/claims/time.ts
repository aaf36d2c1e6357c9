/**
 * Time of a mention: when a report was written, and whether two reports of one claim are successive states of a
 * figure that moves over time (a death toll, a count in progress, a planned and a final job cut). Pure functions of
 * the mentions; no module state.
 */
import { MEASURE_SYMBOLS } from '../lang/common';
import { UNITS } from '../lang/generated/units-en';
import type { Item } from './mention';
import { isCount } from './pairs';
import { DURATIONS } from './units';

/** The symbols of measures (CLDR's units through Intl, and the symbols every language shares): km, ha, °C, GW... */
const MEASURES: ReadonlySet<string> = new Set([...Object.values(UNITS), ...Object.values(MEASURE_SYMBOLS)]);

/**
 * A count of things or people (dead, injured, evacuated, firefighters, jobs cut), the kind of figure a story updates;
 * a measure (a distance, an area, a temperature) or a duration is stated once, and differs by error.
 */
export const countsThings = (x: Item): boolean =>
  isCount(x) && !MEASURES.has(x.figure.unit) && !DURATIONS.has(x.unitClass) && !DURATIONS.has(x.figure.unit);

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
