/**
 * A verdict a reviewer can read, per claim: the value in a common currency, the consensus, the sources that stand
 * apart and by how far, one sentence that says why, and every source with what it states and whether a reviewer
 * checked it. Pure: the language server sends it to Compare Sources, the CLI and the tests read it as is.
 */
import type { ClaimStatus, DiagnosticCode, FigureKind, WorkspaceResult } from '../types';
import { ecbRate } from '../compare/rates';
import { resolveRules, type ConflictRules } from '../compare/rules';
import {
  conflictsFromDiagnostics,
  figureLookup,
  findConsensus,
  mentionValues,
  type ConflictsOf,
  type ConsensusRule,
  type MentionValue,
} from './consensus';
import { firstLine, sourceNames } from './table';
import { boundMessage, fill, phrasesOf, plural, type Phrases } from './phrases';
import { wordDistance, wordFigure, wordNumber, wordValue } from './words';

export type MentionRole = 'consensus' | 'apart' | 'disputed' | 'agree';

export interface VerdictMention {
  path: string;
  start: number;
  end: number;
  /** As the source writes it (article text, untrusted). */
  text: string;
  /** In words: "4.3 billion US dollars", "about 1 million people", "by 2027". */
  stated: string;
  /** In the verdict's unit (the base currency for money), null when it cannot be compared. */
  common: number | null;
  /** The common value in words, when it differs from what the source states ("3.5 billion US dollars"). */
  converted?: string;
  /** Money: the currency the source states it in (ISO code), which tells when two figures need a conversion. */
  currency?: string;
  role: MentionRole;
  /** How far from the consensus (or, with no majority, from the most supported value): "−19%", "×10". */
  distance?: string;
  /** A reviewer marked this figure as checked. */
  checked: boolean;
}

export interface VerdictSource {
  path: string;
  name: string;
  mentions: VerdictMention[];
}

export interface ClaimVerdict {
  claimId: string;
  label: string;
  status: ClaimStatus;
  code?: DiagnosticCode;
  kind: FigureKind;
  /** The unit of `common` values: the base currency for money, the counted noun, "%", or the date unit. */
  unit: string;
  rule: ConsensusRule;
  /** The value most sources agree on, and the band the conflict rules allow around it; null without a majority. */
  consensus: { common: number; stated: string; band: [number, number]; sources: number } | null;
  /** Names of the sources that stand apart (or, with no majority, of every source in dispute). */
  apart: string[];
  /** "3 sources say 4.3 billion US dollars; lemonde.txt says 3.2 billion euros (3.5 billion US dollars, −19%)" */
  why: string;
  sources: VerdictSource[];
  review: 'none' | 'partly' | 'all';
  /** What a reviewer concluded about the whole claim, when every mention is checked with one conclusion. */
  resolution?: string;
}

export interface VerdictOptions {
  rules?: Partial<ConflictRules>;
  /** Locale of numbers and currency names (the UI language); English by default. */
  locale?: string;
  /** The sentences' templates in the same language as `locale` (src/server/messages.ts); English by default. */
  phrases?: Partial<Phrases>;
  /** Whether a reviewer marked the figure at this place as checked. */
  isChecked?: (path: string, start: number, end: number) => boolean;
  /** The conclusion recorded with the check of the figure starting here, when it was checked with its claim. */
  resolutionOf?: (path: string, start: number) => string | undefined;
  /** Only these claims (by id); all by default. */
  claims?: ReadonlySet<string>;
}

/** Most outlying sources a sentence names before "and N more": a message stays one line long. */
export const WHY_MAX_SOURCES = 3;

const today = (): string => new Date().toISOString().slice(0, 10);

/** Euros at a document's date in another currency. */
function fromEur(eur: number, currency: string, date: string | null): number | null {
  const rate = ecbRate(currency, date ?? today());
  return rate ? eur * rate.perEur : null;
}

/** A mention's value in `currency` (money only), converted at its own publication date. */
function inCurrency(v: MentionValue, currency: string): number | null {
  if (v.common === null) return null;
  if (v.figure.unit === currency && typeof v.figure.value === 'number') return v.figure.value;
  return fromEur(v.common, currency, v.date);
}

/** The band the conflict rules leave around a value: its bound's width, or the plain tolerance. */
function bandOf(v: MentionValue, value: number, rules: ConflictRules): [number, number] {
  const range = v.figure.range;
  const lo = range && typeof range[0] === 'number' ? value * (range[0] / (v.figure.value as number)) : value;
  const hi = range && typeof range[1] === 'number' ? value * (range[1] / (v.figure.value as number)) : value;
  switch (v.figure.bound) {
    case 'at-least':
      return [lo * (1 - rules.tolerance), Infinity];
    case 'at-most':
      return [0, hi * (1 + rules.tolerance)];
    case 'about':
      return [lo * (1 - rules.about), hi * (1 + rules.about)];
    case 'nearly':
      return [lo * (1 - rules.nearly), hi * (1 + rules.tolerance)];
    default:
      return [lo * (1 - rules.tolerance), hi * (1 + rules.tolerance)];
  }
}

/** Why the verdict is what it is, in one bounded sentence. Every figure is worded once; one conversion each. */
function whySentence(
  rule: ConsensusRule,
  ref: MentionValue,
  agreeing: MentionValue[],
  apart: MentionValue[],
  names: Map<string, string>,
  kind: FigureKind,
  locale: string,
  t: Phrases,
  status: ClaimStatus,
  code?: DiagnosticCode,
): string {
  const refText = wordFigure(ref.figure, locale, t);
  const refName = names.get(ref.path) ?? ref.path;
  const agreeSources = new Set(agreeing.map((v) => v.path)).size;
  const count = (n: number): string => wordNumber(n, locale);
  if (rule === 'all-agree') {
    const said =
      agreeSources < 2
        ? fill(t.says, refName, refText)
        : fill(status === 'approximate' ? t.agreeWithin : t.agree, count(agreeSources), refText);
    // the claim's values agree; its conflict is with another claim or another date
    if (status !== 'conflict') return said;
    const elsewhere =
      code === 'conflict-date' ? t.otherDates : code === 'conflict-predicate' ? t.otherPredicate : t.otherFigure;
    return said + t.separator + elsewhere;
  }
  const currency = kind === 'money' && typeof ref.figure.unit === 'string' ? ref.figure.unit : null;
  const refValue = currency ? inCurrency(ref, currency) : ref.common;
  /** What a source states, with its conversion and distance: "4 billion US dollars (3.5 billion euros, −7%)". */
  const stated = (v: MentionValue): string => {
    const notes: string[] = [];
    let value = v.common;
    if (currency && v.figure.unit !== currency) {
      value = inCurrency(v, currency);
      if (value !== null) notes.push(wordValue('money', value, currency, locale));
    } else if (currency) value = inCurrency(v, currency);
    if (value !== null && refValue !== null && kind !== 'date') {
      const d = wordDistance(value, refValue, locale);
      if (d) notes.push(d);
    }
    const text = wordFigure(v.figure, locale, t);
    return notes.length ? fill(t.notes, text, notes.join(t.noteSeparator)) : text;
  };
  // one phrase per source and value: a source repeating its figure is named once
  const distinct = (list: MentionValue[]): MentionValue[] => {
    const seen = new Set<string>();
    return list.filter((v) => {
      const k = `${v.path}|${wordFigure(v.figure, 'en')}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const others = distinct(apart);
  const more = others.length > WHY_MAX_SOURCES ? [plural(t.moreDiffer, others.length - WHY_MAX_SOURCES, locale)] : [];
  const shown = others.slice(0, WHY_MAX_SOURCES);
  if (agreeSources === 1 && others.every((v) => v.path === ref.path)) {
    // one article against itself: its mentions voted
    const lead =
      agreeing.length > 1
        ? fill(t.saysTimes, refName, refText, count(agreeing.length))
        : fill(t.says, refName, refText);
    return [lead, ...shown.map((v) => fill(t.elsewhere, stated(v))), ...more].join(t.separator);
  }
  const phrases = [...shown.map((v) => fill(t.says, names.get(v.path) ?? v.path, stated(v))), ...more];
  if (rule === 'strict-majority') {
    const lead = agreeSources === 1 ? fill(t.says, refName, refText) : fill(t.agreeOn, count(agreeSources), refText);
    return [lead, ...phrases].join(t.separator);
  }
  const lead = agreeSources === 1 ? fill(t.says, refName, refText) : fill(t.sourcesSay, count(agreeSources), refText);
  return fill(t.noMajority, [lead, ...phrases].join(t.separator));
}

function verdictFor(
  claim: WorkspaceResult['claims'][number],
  values: MentionValue[],
  rules: ConflictRules,
  names: Map<string, string>,
  conflictsOf: ConflictsOf,
  opts: VerdictOptions,
): ClaimVerdict | undefined {
  const consensus = findConsensus(values, conflictsOf);
  if (!consensus) return undefined;
  const locale = opts.locale ?? 'en';
  const t = phrasesOf(opts.phrases);
  const { rule, reference: ref, agreeing, apart } = consensus;
  const kind = ref.figure.kind;
  const base = rules.baseCurrency;
  const money = kind === 'money';
  const unit = money ? base : ref.figure.unit;
  const toUnit = (v: MentionValue): number | null =>
    money ? (v.common === null ? null : fromEur(v.common, base, v.date)) : v.common;
  const refCommon = toUnit(ref);
  const apartSet = new Set(apart);
  const roleOf = (v: MentionValue): MentionRole =>
    rule === 'all-agree'
      ? 'agree'
      : rule === 'strict-majority'
        ? apartSet.has(v)
          ? 'apart'
          : 'consensus'
        : 'disputed';
  const checked = opts.isChecked ?? (() => false);
  const bySource = new Map<string, VerdictMention[]>();
  for (const v of values) {
    const common = toUnit(v);
    const m: VerdictMention = {
      path: v.path,
      start: v.start,
      end: v.end,
      text: v.figure.text,
      stated: wordFigure(v.figure, locale, t),
      common,
      role: roleOf(v),
      checked: checked(v.path, v.start, v.end),
    };
    if (money && typeof v.figure.unit === 'string') m.currency = v.figure.unit;
    if (money && common !== null && v.figure.unit !== base) m.converted = wordValue('money', common, base, locale);
    if (apartSet.has(v) && common !== null && refCommon !== null && kind !== 'date') {
      const d = wordDistance(common, refCommon, locale);
      if (d) m.distance = d;
    }
    const list = bySource.get(v.path);
    if (list) list.push(m);
    else bySource.set(v.path, [m]);
  }
  const sources = [...bySource]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([path, mentions]) => ({ path, name: names.get(path) ?? path, mentions }));
  const all = sources.flatMap((s) => s.mentions);
  const nChecked = all.filter((m) => m.checked).length;
  const verdict: ClaimVerdict = {
    claimId: claim.id,
    label: claim.label,
    status: claim.status,
    kind,
    unit,
    rule,
    consensus:
      rule === 'strict-majority' && refCommon !== null
        ? {
            common: refCommon,
            stated: wordFigure(ref.figure, locale, t),
            band: bandOf(ref, refCommon, rules),
            sources: consensus.supporters,
          }
        : null,
    apart: [...new Set((rule === 'no-majority' ? values : apart).map((v) => names.get(v.path) ?? v.path))],
    why: whySentence(rule, ref, agreeing, apart, names, kind, locale, t, claim.status, claim.code),
    sources,
    review: nChecked === 0 ? 'none' : nChecked === all.length ? 'all' : 'partly',
  };
  if (claim.code) verdict.code = claim.code;
  if (verdict.review === 'all' && opts.resolutionOf) {
    const found = new Set(all.map((m) => opts.resolutionOf!(m.path, m.start)));
    const [only] = found;
    if (found.size === 1 && only !== undefined) verdict.resolution = only;
  }
  return verdict;
}

/** Most outlying phrases an agreeing mention's message names before "N more differ". */
const AGREEING_MAX_SOURCES = 3;

/**
 * The message of a mention that agrees with the majority (the placement rule `consensus-informed`), worded from the
 * verdict in its language: "4.3 billion US dollars here agrees with 2 other sources; stands apart: lemonde.txt says
 * 4 billion US dollars (−7%)". Undefined when the mention is not one of the majority's. Bounded like the engine's.
 */
export function agreeingMessage(
  v: ClaimVerdict,
  path: string,
  start: number,
  opts: { locale?: string; phrases?: Partial<Phrases> } = {},
): string | undefined {
  const locale = opts.locale ?? 'en';
  const t = phrasesOf(opts.phrases);
  const here = v.sources.find((s) => s.path === path)?.mentions.find((m) => m.start === start);
  if (!here || here.role !== 'consensus') return undefined;
  const agreeing = v.sources.filter((s) => s.path !== path && s.mentions.some((m) => m.role === 'consensus')).length;
  const phrases: string[] = [];
  for (const s of v.sources)
    for (const m of s.mentions) {
      if (m.role !== 'apart') continue;
      const p = fill(t.says, s.name, m.distance ? fill(t.notes, m.stated, m.distance) : m.stated);
      if (!phrases.includes(p)) phrases.push(p);
    }
  const shown = phrases.slice(0, AGREEING_MAX_SOURCES);
  if (phrases.length > AGREEING_MAX_SOURCES)
    shown.push(plural(t.moreDiffer, phrases.length - AGREEING_MAX_SOURCES, locale));
  const who = agreeing === 0 ? t.theMajority : plural(t.otherSources, agreeing, locale);
  return boundMessage(fill(t.agreesHere, here.stated, who, shown.join(t.separator)));
}

/** Codes whose contradiction is among the claim's own values: its verdict can word the warning. */
const WORDED_CODES: ReadonlySet<string> = new Set([
  'conflict',
  'conflict-scale',
  'conflict-currency',
  'conflict-in-article',
]);

/**
 * The message of a warned mention, worded from the verdict in its language. The outlier of a strict majority: "140
 * jobs (+40%) here stands apart: 2 sources agree on 100 jobs"; a mention with no majority: "120 jobs here; no
 * majority: b.txt says 200 jobs" (each other value once; money in another currency also in the base currency).
 * Undefined when the verdict does not place the mention that way (a code about another claim or date, a mention the
 * verdict finds agreeing): the engine's message stays. Bounded like the engine's.
 */
export function conflictMessage(
  v: ClaimVerdict,
  code: string,
  path: string,
  start: number,
  opts: { locale?: string; phrases?: Partial<Phrases> } = {},
): string | undefined {
  if (!WORDED_CODES.has(code)) return undefined;
  const locale = opts.locale ?? 'en';
  const t = phrasesOf(opts.phrases);
  const here = v.sources.find((s) => s.path === path)?.mentions.find((m) => m.start === start);
  if (!here) return undefined;
  // a figure in another currency than the one it is compared with is given in the base currency too (once)
  const said = (m: VerdictMention, other: string | undefined, distance?: string): string => {
    const notes = [m.currency !== other ? m.converted : undefined, distance].filter((n): n is string => Boolean(n));
    return notes.length ? fill(t.notes, m.stated, notes.join(t.noteSeparator)) : m.stated;
  };
  if (here.role === 'apart' && v.consensus) {
    const consensus = v.sources.flatMap((s) => s.mentions).find((m) => m.role === 'consensus');
    const majority = fill(
      t.agreeOn,
      wordNumber(v.consensus.sources, locale),
      consensus && consensus.currency !== here.currency && consensus.converted
        ? fill(t.notes, v.consensus.stated, consensus.converted)
        : v.consensus.stated,
    );
    return boundMessage(fill(t.apartHere, said(here, consensus?.currency, here.distance), majority));
  }
  if (here.role !== 'disputed') return undefined;
  const phrases: string[] = [];
  for (const s of v.sources)
    for (const m of s.mentions) {
      if (m === here || m.role !== 'disputed' || m.stated === here.stated) continue;
      const p =
        s.path === path ? fill(t.elsewhere, said(m, here.currency)) : fill(t.says, s.name, said(m, here.currency));
      if (!phrases.includes(p)) phrases.push(p);
    }
  if (phrases.length === 0) return undefined;
  const shown = phrases.slice(0, AGREEING_MAX_SOURCES);
  if (phrases.length > AGREEING_MAX_SOURCES)
    shown.push(plural(t.moreDiffer, phrases.length - AGREEING_MAX_SOURCES, locale));
  // here in the base currency too when any value it is listed against is in another currency
  const other = v.sources.flatMap((s) => s.mentions).find((m) => m.role === 'disputed' && m.currency !== here.currency);
  return boundMessage(
    fill(t.disputedHere, said(here, other ? other.currency : here.currency), shown.join(t.separator)),
  );
}

/**
 * The verdict of one claim at a time, over one result: what every verdict needs from the whole result (the figure
 * look-up, the source names, the engine's contradictions) is prepared once, so a hover asks for one claim's verdict
 * without walking the workspace again. Undefined for a claim of fewer than two mentions.
 */
export function verdictMaker(
  result: WorkspaceResult,
  opts: VerdictOptions = {},
): (claim: WorkspaceResult['claims'][number]) => ClaimVerdict | undefined {
  const rules = resolveRules(opts.rules);
  const lookup = figureLookup(result.documents);
  const paths = result.documents.map((d) => d.path);
  const shortNames = sourceNames(paths);
  const names = new Map(paths.map((p, i) => [p, shortNames[i]!] as const));
  const conflictsOf = conflictsFromDiagnostics(result.diagnostics);
  return (claim) => {
    const values = mentionValues(claim, lookup);
    return values.length < 2 ? undefined : verdictFor(claim, values, rules, names, conflictsOf, opts);
  };
}

/** The verdict of every claim stated by at least two mentions, in the result's claim order. */
export function buildVerdicts(result: WorkspaceResult, opts: VerdictOptions = {}): ClaimVerdict[] {
  const verdictOf = verdictMaker(result, opts);
  const out: ClaimVerdict[] = [];
  for (const claim of result.claims) {
    if (opts.claims && !opts.claims.has(claim.id)) continue;
    const v = verdictOf(claim);
    if (v) out.push(v);
  }
  return out;
}

/** A figure a source states that no claim holds: the reviewer still sees it, with the source. */
export interface UnmatchedFigure {
  start: number;
  end: number;
  text: string;
  stated: string;
  kind: FigureKind;
}

export interface SourceSummary {
  path: string;
  /** Set by the language server: the URI the editor opens to reveal this source's figures. */
  uri?: string;
  name: string;
  headline: string;
  language: string;
  published: string | null;
  /** How many claims this source takes part in. */
  claims: number;
  unmatched: UnmatchedFigure[];
}

/**
 * Every source of the workspace, those with no matched claim too, with the figures no claim holds (dates left out:
 * an article dates many things that are no claims).
 */
export function sourceSummaries(
  result: WorkspaceResult,
  opts: { locale?: string; phrases?: Partial<Phrases> } = {},
): SourceSummary[] {
  const t = phrasesOf(opts.phrases);
  const paths = result.documents.map((d) => d.path);
  const names = sourceNames(paths);
  const claimsOf = new Map<string, Set<string>>();
  for (const c of result.claims) {
    if (c.mentions.length < 2) continue;
    for (const m of c.mentions) {
      const set = claimsOf.get(m.path) ?? new Set<string>();
      set.add(c.id);
      claimsOf.set(m.path, set);
    }
  }
  return result.documents
    .map((doc, i) => ({
      path: doc.path,
      name: names[i]!,
      headline: firstLine(doc.text),
      language: doc.language,
      published: doc.published,
      claims: claimsOf.get(doc.path)?.size ?? 0,
      unmatched: doc.figures
        .filter((f) => f.kind !== 'date' && !result.claimOfFigure.has(`${doc.path}\u0000${f.start}`))
        .map((f) => ({
          start: f.start,
          end: f.end,
          text: f.text,
          stated: wordFigure(f, opts.locale ?? 'en', t),
          kind: f.kind,
        })),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
