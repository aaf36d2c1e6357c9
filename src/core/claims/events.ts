/**
 * Events: the stories (one principal subject and country each, stories.ts) that report one event, found by what
 * their articles share. A protest, a summit or a deal is told with another principal in each article ("Cgil",
 * "Gaza", "Flotilla"); those stories are one event when their articles were published within the period gap, are
 * about the same country and share enough distinctive features (EVENT_MIN_EVIDENCE): names (all of them, not only the
 * principal, keyed by a transliteration-tolerant skeleton: nameKey) and amounts or counts. Two events of one company
 * stay apart: another country or another period is never merged, and one shared name alone is not enough. Each
 * decision is a named rule (EVENT_RULE_IDS), traced with a tracer (scripts/dev/explain.ts, event-misses.ts).
 * A story continues beyond the period gap when its reports keep sharing strong evidence with figures; a country named
 * once does not locate an article's news; an undated article is dated by the days it names.
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
/**
 * Days of silence between two groups of stories (no report in between) beyond which they are two events, unless the
 * story continues (EVENT_CONTINUES_*); as stories.ts's period gap.
 */
export const EVENT_GAP_DAYS = 60;
/** Days between two groups of stories beyond which a story never continues (a yearly event recurs after ~365). */
export const EVENT_CONTINUES_MAX_DAYS = 180;
/** Evidence from shared figures (amounts, precise counts, dates) a story continuing beyond the gap must have. */
export const EVENT_CONTINUES_FIGURES = 1;
/** Mentions (the headline counting HEADLINE_WEIGHT) of a main country at or below which it does not locate the news. */
const WEAK_COUNTRY_MENTIONS = 1;
/**
 * Rounds of merging: stories, then the events they formed (their features pooled, joined on strong evidence only), and
 * so on while any join.
 */
const EVENT_ROUNDS = 3;
/** Names of an article taken as its features (its most prominent ones). */
const NAMES_PER_ARTICLE = 8;
/** A feature shared by more stories than this says nothing about which event they tell. */
const FEATURE_MAX_STORIES = 24;
/** Counts below this are too common to be evidence ("29 manifestations", "3 jours"). */
const MIN_COUNT = 100;

/**
 * The named decisions of event merging, in the order they are asked for a pair of groups of stories (the best-supported
 * pairs first): too little shared evidence for the groups' distance in time, another country, a silence beyond the
 * period gap that the story does not continue across; otherwise the two are one event.
 */
export const EVENT_RULE_IDS = ['too-little-evidence', 'other-country', 'beyond-gap', 'shared-evidence'] as const;
export type EventRuleId = (typeof EVENT_RULE_IDS)[number];

/** One traced event decision: two groups of stories (by their first article) and the evidence they share. */
export interface EventDecision {
  rule: EventRuleId;
  /** An article of each group. */
  a: number;
  b: number;
  evidence: number;
  /** The features the two stories share (with `trace`). */
  shared: string[];
}
export type EventTracer = (d: EventDecision) => void;

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
  features: Set<string>;
}

export function groupEvents(
  ctxs: readonly DocContext[],
  stories: readonly string[],
  alias: (k: string) => string,
  tracer?: EventTracer,
): Events {
  const byStory = new Map<string, StoryInfo>();
  ctxs.forEach((c, i) => {
    const id = stories[i]!;
    let s = byStory.get(id);
    if (!s) byStory.set(id, (s = { id, articles: [], country: null, named: new Set(), features: new Set() }));
    s.articles.push(i);
    if (s.country === null) s.country = locatedIn(c);
    for (const k of c.countries.keys()) s.named.add(k);
    for (const f of articleFeatures(c, alias)) s.features.add(f);
  });
  const infos = [...byStory.values()];
  // a story's time is its middle article's day: the span of its days (tried in session 9) let a story of weeks meet
  // every event of those weeks, and at 10 000 articles merged events (check 13 s -> 67 s, 36 MB -> 122 MB of output)
  const spans = infos.map((s) => {
    const m = medianDay(s.articles.map((i) => dayOf(ctxs[i]!) ?? mentionedDay(ctxs[i]!)));
    return [m, m] as [number, number];
  });

  const parent = infos.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  // what each group of merged stories is bound to: its country and the span of its publication days, so that a story
  // without a country or a date never bridges two events
  const bounds: Bounds[] = infos.map((s, k) => ({
    countries: new Set(s.country === null ? [] : [s.country]),
    named: new Set(s.named),
    first: spans[k]![0],
    last: spans[k]![1],
  }));
  // first stories, then the events formed so far with their stories' features pooled, until nothing more joins
  for (let round = 0; round < EVENT_ROUNDS; round++)
    if (!mergeRound(infos, find, parent, bounds, round > 0, tracer)) break;

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

/**
 * One round of merging: the current groups of stories (each with the features of all its stories) that share
 * features, best-supported pairs first, each decided by decideMerge. Near-linear: only groups sharing a feature are
 * compared, through an inverted index. Returns whether any two groups were merged.
 */
function mergeRound(
  infos: readonly StoryInfo[],
  find: (k: number) => number,
  parent: number[],
  bounds: Bounds[],
  pooledGroups: boolean,
  tracer: EventTracer | undefined,
): boolean {
  const roots: number[] = [];
  const pooled = new Map<number, Set<string>>();
  infos.forEach((s, k) => {
    const r = find(k);
    let f = pooled.get(r);
    if (!f) {
      pooled.set(r, (f = new Set()));
      roots.push(r);
    }
    for (const x of s.features) f.add(x);
  });
  const index = new Map<string, number[]>();
  roots.forEach((r, k) => {
    for (const f of pooled.get(r)!) {
      const list = index.get(f);
      if (!list) index.set(f, [k]);
      else if (list.length <= FEATURE_MAX_STORIES) list.push(k);
    }
  });
  // evidence counted per pair of groups that share any feature, and the part of it that is figures (amounts, precise
  // counts, dates), not names or places
  const n = roots.length;
  const shared = new Map<number, number>();
  const sharedFigures = new Map<number, number>();
  for (const [feature, list] of index) {
    if (list.length < 2 || list.length > FEATURE_MAX_STORIES) continue;
    const w = featureWeight(feature);
    const figure = isFigureFeature(feature);
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * n + list[b]!;
        shared.set(key, (shared.get(key) ?? 0) + w);
        if (figure) sharedFigures.set(key, (sharedFigures.get(key) ?? 0) + w);
      }
    }
  }
  let merged = false;
  const pairs = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [key, w] of pairs) {
    const ra = roots[Math.floor(key / n)]!;
    const rb = roots[key % n]!;
    const a = find(ra);
    const b = find(rb);
    if (a === b) continue;
    // groups pool many articles' features, so that chance overlaps (a city, an outlet's name) add up: strong only
    const decision =
      pooledGroups && w < EVENT_STRONG_EVIDENCE
        ? { rule: 'too-little-evidence' as const }
        : decideMerge(bounds[a]!, bounds[b]!, w, sharedFigures.get(key) ?? 0);
    if (tracer) {
      const fb = pooled.get(rb)!;
      const both = [...pooled.get(ra)!].filter((f) => fb.has(f));
      tracer({
        rule: decision.rule,
        a: infos[ra]!.articles[0]!,
        b: infos[rb]!.articles[0]!,
        evidence: w,
        shared: both,
      });
    }
    if (!decision.merged) continue;
    parent[a] = b;
    bounds[b] = decision.merged;
    merged = true;
  }
  return merged;
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

/**
 * Whether two groups of stories sharing `evidence` are one event, by the first rule of EVENT_RULE_IDS that decides:
 * too little evidence for their distance in time, another country (unless the evidence is strong), a silence longer
 * than the period gap the story does not continue across; otherwise their merged bounds.
 */
function decideMerge(a: Bounds, b: Bounds, evidence: number, figures: number): { rule: EventRuleId; merged?: Bounds } {
  const apart = daysApart(a, b);
  if (evidence < (apart <= EVENT_NEAR_DAYS ? EVENT_MIN_EVIDENCE_NEAR : EVENT_MIN_EVIDENCE))
    return { rule: 'too-little-evidence' };
  if (evidence < EVENT_STRONG_EVIDENCE && !countriesAgree(a, b)) return { rule: 'other-country' };
  // a silence longer than the period gap between the two groups' reports (an undated story has none)
  if (Number.isFinite(apart) && apart > EVENT_GAP_DAYS && !continues(apart, evidence, figures))
    return { rule: 'beyond-gap' };
  return { rule: 'shared-evidence', merged: mergeBounds(a, b) };
}

/**
 * A story longer than the period gap is one event when its later reports keep sharing distinctive evidence with the
 * earlier ones: strong evidence of which some is figures (the amounts, counts or dates first reported, quoted again),
 * and no more than EVENT_CONTINUES_MAX_DAYS between the two groups, so that a yearly recurrence (annual results, the
 * next year's plan of one company) is never one event with the last.
 */
function continues(apart: number, evidence: number, figures: number): boolean {
  return apart <= EVENT_CONTINUES_MAX_DAYS && evidence >= EVENT_STRONG_EVIDENCE && figures >= EVENT_CONTINUES_FIGURES;
}

/** Whether a feature is a figure (an amount, a count, a date) rather than a name or a place. */
function isFigureFeature(feature: string): boolean {
  return feature.startsWith('m:') || feature.startsWith('q:') || feature.startsWith('d:');
}

/** Two groups of stories as one: their countries and the span of their publication days. */
function mergeBounds(a: Bounds, b: Bounds): Bounds {
  const first = Number.isNaN(a.first) ? b.first : Number.isNaN(b.first) ? a.first : Math.min(a.first, b.first);
  const last = Number.isNaN(a.last) ? b.last : Number.isNaN(b.last) ? a.last : Math.max(a.last, b.last);
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

/** Consonants of a name's key taken as a skeleton when it has at least this many (fewer collide too often). */
const MIN_SKELETON = 3;

/**
 * A name's key across the languages' spellings and transliterations: the consonants of its cognate key (inflection
 * stripped, spellings evened out), vowels and the glides h, j, w, y dropped and kh/ch read as k, so that Beyrouth,
 * Beirut, Bejrutu and Beiroet, or Kherson and Cherson, meet; a name of fewer than MIN_SKELETON consonants keeps its
 * cognate key. A name is one feature among several: a collision alone never joins two events.
 */
export function nameKey(name: string): string {
  const k = cognateKey(name);
  const skeleton = k
    .replace(/[ck]h/g, 'k')
    .replace(/c/g, 'k')
    .replace(/[aeiouyjwh]/g, '')
    .replace(/(.)\1+/g, '$1');
  return skeleton.length >= MIN_SKELETON ? skeleton : k;
}

/** What an article can share with another about the same event: its prominent names and its larger amounts. */
export function articleFeatures(c: DocContext, alias: (k: string) => string): string[] {
  // a name in its cognate form, so that its inflections and spellings meet ("Larissa" / "Larisy", "Maersk" / "Mærsk")
  const names = [...c.nameScores]
    .sort((x, y) => y[1] - x[1])
    .slice(0, NAMES_PER_ARTICLE)
    .map(([k]) => `n:${nameKey(alias(k))}`);
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

/**
 * The country an article's news happens in, for telling events apart: its main country when the article names it
 * more than once or in its headline. A country named once in the body is often the reader's, not the news's ("two
 * Dutch tourists" on Rhodes, a Polish victim in Genoa, a German stock exchange quoting a Danish company's shares).
 */
function locatedIn(c: DocContext): string | null {
  if (c.mainCountry === null) return null;
  return (c.countries.get(c.mainCountry) ?? 0) > WEAK_COUNTRY_MENTIONS ? c.mainCountry : null;
}

/**
 * An undated article's day, read from the days and months it names (a month as its 15th): the latest one, since a
 * report is published after what it reports, and the history it recalls ("eröffnet am 11. Juli 2016" in a report of
 * "März 2024") is older. NaN when it names none.
 */
function mentionedDay(c: DocContext): number {
  let latest = NaN;
  for (const f of c.doc.figures) {
    // a day ("2023-01-30") or a month ("2023-01"), not a quarter ("2022-Q4") nor a year
    if (f.kind !== 'date' || typeof f.value !== 'string' || !/^\d{4}-\d{2}(-\d{2})?$/.test(f.value)) continue;
    const day = Date.parse(`${f.value.length === 7 ? `${f.value}-15` : f.value}T00:00:00Z`) / 86_400_000;
    if (Number.isFinite(day) && !(day <= latest)) latest = day;
  }
  return latest;
}

/** Day number of an article's publication date (a month counts as its 15th), undefined when it has none. */
function dayOf(c: DocContext): number | undefined {
  const p = c.doc.published;
  return p ? Date.parse(`${p.length === 7 ? `${p}-15` : p.slice(0, 10)}T00:00:00Z`) / 86_400_000 : undefined;
}

function medianDay(days: number[]): number {
  const known = days.filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)]! : NaN;
}
