/**
 * Events: the stories (one principal subject and country each, stories.ts) that report one event, found by what
 * their articles share. A protest, a summit or a deal is told with another principal in each article ("Cgil",
 * "Gaza", "Flotilla"); those stories are one event when their articles were published within the period gap, are
 * about the same country and share enough distinctive features (EVENT_MIN_EVIDENCE): names (all of them, not only the
 * principal) and amounts or counts. Two events of one company stay apart: another country or another period is
 * never merged, and one shared name alone is not enough.
 *
 * Near-linear: features index their stories; only stories sharing a feature are compared, and a feature shared by
 * more than FEATURE_MAX_STORIES stories (a news agency, a round number) is ignored as evidence.
 */
import { cognateKey } from '../vocab/index';
import type { DocContext } from './context';

/** Evidence (featureWeight summed over shared features) two stories must share to be one event. */
export const EVENT_MIN_EVIDENCE = 3;
/** The evidence enough for stories published within EVENT_NEAR_DAYS of each other. */
export const EVENT_MIN_EVIDENCE_NEAR = 1.5;
export const EVENT_NEAR_DAYS = 14;
/**
 * Evidence that makes two stories one event although their articles' main countries differ (a Polish article on a
 * German plant whose main country reads as Poland): many names and amounts in common, within the period gap.
 */
export const EVENT_STRONG_EVIDENCE = 5;
/** Days between two stories' publication dates within which they may be one event (as stories.ts's period gap). */
export const EVENT_GAP_DAYS = 60;
/** Names of an article taken as its features (its most prominent ones). */
const NAMES_PER_ARTICLE = 8;
/** A feature shared by more stories than this says nothing about which event they tell. */
const FEATURE_MAX_STORIES = 24;
/** Counts below this are too common to be evidence ("29 manifestations", "3 jours"). */
const MIN_COUNT = 100;

export interface Events {
  /** The event of each article (index as the input). */
  eventOf: string[];
  /** The principal subjects of each event's articles: a mention about any of them is about the event. */
  principals: Map<string, Set<string>>;
  /** The principal the event is labelled with (the one most of its articles have). */
  label: Map<string, string | null>;
}

interface StoryInfo {
  id: string;
  articles: number[];
  country: string | null;
  /** Every country its articles name. */
  named: Set<string>;
  day: number;
  features: Set<string>;
}

export function groupEvents(
  ctxs: readonly DocContext[],
  stories: readonly string[],
  alias: (k: string) => string,
): Events {
  const byStory = new Map<string, StoryInfo>();
  ctxs.forEach((c, i) => {
    const id = stories[i]!;
    let s = byStory.get(id);
    if (!s)
      byStory.set(
        id,
        (s = { id, articles: [], country: c.mainCountry, named: new Set(), day: NaN, features: new Set() }),
      );
    s.articles.push(i);
    if (s.country === null) s.country = c.mainCountry;
    for (const k of c.countries.keys()) s.named.add(k);
    for (const f of articleFeatures(c, alias)) s.features.add(f);
  });
  const infos = [...byStory.values()];
  for (const s of infos) s.day = medianDay(s.articles.map((i) => dayOf(ctxs[i]!)));

  const index = new Map<string, number[]>();
  infos.forEach((s, k) => {
    for (const f of s.features) {
      const list = index.get(f);
      if (!list) index.set(f, [k]);
      else if (list.length <= FEATURE_MAX_STORIES) list.push(k);
    }
  });
  const parent = infos.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  // what each group of merged stories is bound to: its country and the span of its publication days, so that a story
  // without a country or a date never bridges two events
  const bounds: Bounds[] = infos.map((s) => ({
    countries: new Set(s.country === null ? [] : [s.country]),
    named: new Set(s.named),
    first: s.day,
    last: s.day,
  }));
  // evidence counted per pair of stories that share any feature, through the index only
  const shared = new Map<number, number>();
  for (const [feature, list] of index) {
    if (list.length < 2 || list.length > FEATURE_MAX_STORIES) continue;
    const w = featureWeight(feature);
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * infos.length + list[b]!;
        shared.set(key, (shared.get(key) ?? 0) + w);
      }
    }
  }
  // the best-supported pairs first
  const pairs = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [key, w] of pairs) {
    const a = find(Math.floor(key / infos.length));
    const b = find(key % infos.length);
    if (a === b) continue;
    const near = daysApart(bounds[a]!, bounds[b]!) <= EVENT_NEAR_DAYS;
    if (w < (near ? EVENT_MIN_EVIDENCE_NEAR : EVENT_MIN_EVIDENCE)) continue;
    const merged = mergeBounds(bounds[a]!, bounds[b]!, w >= EVENT_STRONG_EVIDENCE);
    if (!merged) continue;
    parent[a] = b;
    bounds[b] = merged;
  }

  const eventOf: string[] = new Array<string>(ctxs.length);
  const principals = new Map<string, Set<string>>();
  const counts = new Map<string, Map<string, number>>();
  infos.forEach((s, k) => {
    const event = infos[find(k)]!.id;
    const set = principals.get(event) ?? new Set<string>();
    const m = counts.get(event) ?? new Map<string, number>();
    for (const i of s.articles) {
      eventOf[i] = event;
      const p = ctxs[i]!.mainSubject;
      if (p !== null) {
        set.add(p);
        m.set(p, (m.get(p) ?? 0) + 1);
      }
    }
    principals.set(event, set);
    counts.set(event, m);
  });
  const label = new Map<string, string | null>();
  for (const [event, m] of counts) {
    label.set(event, [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null);
  }
  return { eventOf, principals, label };
}

interface Bounds {
  /** The main countries of the group's stories. */
  countries: Set<string>;
  /** Every country the group's articles name. */
  named: Set<string>;
  first: number;
  last: number;
}

/**
 * Two groups' countries tell one event when they are the same, or when each group's articles name the other's main
 * countries: a tunnel between Denmark and Germany is Danish in Danish papers and German in German ones, and each names
 * the other; a company's French plan and its German plan do not each name the other's country as their own news.
 */
export function countriesAgree(a: Bounds, b: Bounds): boolean {
  if (a.countries.size === 0 || b.countries.size === 0) return true;
  for (const c of a.countries) if (b.countries.has(c)) return true;
  for (const c of a.countries) if (!b.named.has(c)) return false;
  for (const c of b.countries) if (!a.named.has(c)) return false;
  return true;
}

/** Two groups of stories as one: null when another country or a longer span than the period gap makes two events. */
function mergeBounds(a: Bounds, b: Bounds, anyCountry: boolean): Bounds | null {
  if (!anyCountry && !countriesAgree(a, b)) return null;
  const first = Number.isNaN(a.first) ? b.first : Number.isNaN(b.first) ? a.first : Math.min(a.first, b.first);
  const last = Number.isNaN(a.last) ? b.last : Number.isNaN(b.last) ? a.last : Math.max(a.last, b.last);
  if (last - first > EVENT_GAP_DAYS) return null;
  return {
    countries: new Set([...a.countries, ...b.countries]),
    named: new Set([...a.named, ...b.named]),
    first,
    last,
  };
}

/** Days between two groups' spans (0 when they overlap; Infinity when either is undated). */
function daysApart(a: Bounds, b: Bounds): number {
  if (Number.isNaN(a.first) || Number.isNaN(b.first)) return Infinity;
  return Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));
}

/**
 * How much sharing a feature says: a name or an amount of money is evidence; a count is evidence when it is precise
 * (2 750 tonnes), half of it when it is round (300 000, 100), since round counts recur across unrelated events.
 */
export function featureWeight(feature: string): number {
  // a day is shared by every event of that day's news: half of a name
  if (feature.startsWith('d:')) return 0.5;
  if (!feature.startsWith('q:')) return 1;
  const v = Number(feature.slice(2));
  const mantissa = v / 10 ** Math.floor(Math.log10(v));
  return Math.abs(mantissa - Math.round(mantissa)) < 1e-9 ? 0.5 : 1;
}

/** What an article can share with another about the same event: its prominent names and its larger amounts. */
function articleFeatures(c: DocContext, alias: (k: string) => string): string[] {
  // a name in its cognate form, so that its inflections and spellings meet ("Larissa" / "Larisy", "Maersk" / "Mærsk")
  const names = [...c.nameScores]
    .sort((x, y) => y[1] - x[1])
    .slice(0, NAMES_PER_ARTICLE)
    .map(([k]) => `n:${cognateKey(alias(k))}`);
  // a town or region the article names (not a country: many events share one)
  const places = new Set<string>();
  for (const p of c.places) if (p.value.includes('/')) places.add(`p:${p.value}`);
  const numbers: string[] = [];
  for (const f of c.doc.figures) {
    if (f.kind === 'date' && typeof f.value === 'string' && f.value.length === 10) numbers.push(`d:${f.value}`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) continue;
    if (f.kind === 'money') numbers.push(`m:${f.unit}:${f.value}`);
    else if (f.kind === 'quantity' && f.value >= MIN_COUNT) numbers.push(`q:${f.value}`);
  }
  return [...names, ...places, ...numbers];
}

function medianDay(days: number[]): number {
  const known = days.filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)]! : NaN;
}

/** Day number of an article's publication date (a month counts as its 15th), NaN when it has none. */
function dayOf(c: DocContext): number {
  const p = c.doc.published;
  return p ? Date.parse(`${p.length === 7 ? `${p}-15` : p.slice(0, 10)}T00:00:00Z`) / 86_400_000 : NaN;
}
