/**
 * Where a claim's disagreement is: the value most sources agree on (the consensus) and the mentions that stand apart
 * from it. Shared by the diagnostics' placement (claims/placement.ts) and the reviewer's verdict (verdict.ts), so the
 * Problems panel and Compare Sources always name the same outlier.
 *
 * The rules, by name (PLACEMENT_RULES): a claim whose values all agree has no outlier; a value that a strict majority
 * of three or more sources agree on is the consensus and every other value stands apart; otherwise (two sources, a
 * tie, no value most agree on) there is no majority and every value is in dispute.
 */
import type { AnalyzedDocument, Claim, Diagnostic, Figure } from '../types';
import type { Side } from '../compare/compare';
import { statedRates, toEur, type StatedRates } from '../compare/money';

/** The rules that decide a claim's consensus, by name: what the trace and the tests call them. */
export const CONSENSUS_RULES = {
  'all-agree': 'every value of the claim agrees with one value: nothing stands apart',
  'strict-majority': 'a strict majority of three or more sources agree on one value: the other values stand apart',
  'no-majority': 'two sources, or no value that more than half of the sources agree on: every value is in dispute',
} as const;
export type ConsensusRule = keyof typeof CONSENSUS_RULES;

/** One mention of a claim with its value in a common unit (euros for money; the number otherwise). */
export interface MentionValue {
  path: string;
  start: number;
  end: number;
  figure: Figure;
  doc: AnalyzedDocument;
  /** The date money is converted at: the article's, else the earliest of the claim's other articles. */
  date: string | null;
  /** euros for money (ECB or the article's own rate), the figure's number otherwise; null when not comparable */
  common: number | null;
  side: Side | null;
}

export interface Consensus {
  rule: ConsensusRule;
  /** The value the others are measured against: the consensus, or (no majority) the most supported value. */
  reference: MentionValue;
  agreeing: MentionValue[];
  apart: MentionValue[];
  /** Sources (or, in a claim of one source, mentions) that vote, and how many of them agree with the reference. */
  voters: number;
  supporters: number;
}

const ratesCache = new WeakMap<AnalyzedDocument, StatedRates>();
function ratesOf(doc: AnalyzedDocument): StatedRates {
  let r = ratesCache.get(doc);
  if (!r) ratesCache.set(doc, (r = statedRates(doc)));
  return r;
}

const yearOf = (v: Figure['value']): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' && /^\d{4}/.test(v) ? Number(v.slice(0, 4)) : null;

/** A figure's value in the common unit and the side compare/compare.ts judges it by. */
export function commonValue(
  figure: Figure,
  doc: AnalyzedDocument,
  date: string | null = doc.published,
): { common: number | null; side: Side | null } {
  if (figure.kind === 'date') return { common: yearOf(figure.value), side: null };
  if (typeof figure.value !== 'number') return { common: null, side: null };
  let factor = 1;
  let currency: string | undefined;
  if (figure.kind === 'money') {
    const conv = toEur(figure.value, figure.unit, date, ratesOf(doc));
    if (!conv) return { common: null, side: null };
    factor = conv.perEur;
    currency = figure.unit;
  }
  const side: Side = { value: figure.value / factor, raw: figure.value };
  if (figure.range && typeof figure.range[0] === 'number' && typeof figure.range[1] === 'number') {
    side.range = [figure.range[0] / factor, figure.range[1] / factor];
  }
  if (figure.bound) side.bound = figure.bound;
  if (currency) side.currency = currency;
  return { common: side.value, side };
}

/** Index of figures by path and start, built once per result. */
export function figureLookup(
  documents: readonly AnalyzedDocument[],
): (path: string, start: number) => { doc: AnalyzedDocument; figure: Figure } | undefined {
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const perDoc = new WeakMap<AnalyzedDocument, Map<number, Figure>>();
  return (path, start) => {
    const doc = byPath.get(path);
    if (!doc) return undefined;
    let m = perDoc.get(doc);
    if (!m) perDoc.set(doc, (m = new Map(doc.figures.map((f) => [f.start, f]))));
    const figure = m.get(start);
    return figure ? { doc, figure } : undefined;
  };
}

export function mentionValues(claim: Claim, lookup: ReturnType<typeof figureLookup>): MentionValue[] {
  const found = claim.mentions.map((m) => ({ m, f: lookup(m.path, m.start) }));
  // an undated article is taken as written when the story's other articles were (as the claims stage does)
  const dates = found.flatMap(({ f }) => (f?.doc.published ? [f.doc.published] : [])).sort();
  const storyDate = dates[0] ?? null;
  const out: MentionValue[] = [];
  for (const { m, f } of found) {
    if (!f) continue;
    const date = f.doc.published ?? storyDate;
    const { common, side } = commonValue(f.figure, f.doc, date);
    out.push({ path: m.path, start: m.start, end: m.end, figure: f.figure, doc: f.doc, date, common, side });
  }
  return out;
}

/** Where a mention's diagnostic says it contradicts another mention: the engine's own judgement, by place. */
export type ConflictsOf = (v: MentionValue) => readonly { path: string; start: number }[];

/** The contradictions the engine found, from its diagnostics' related places (conflict codes only). */
export function conflictsFromDiagnostics(diagnostics: readonly Diagnostic[]): ConflictsOf {
  const at = new Map<string, { path: string; start: number }[]>();
  for (const d of diagnostics) {
    if (!d.code.startsWith('conflict')) continue;
    const k = `${d.path}\u0000${d.start}`;
    at.set(k, [...(at.get(k) ?? []), ...d.related]);
  }
  return (v) => at.get(`${v.path}\u0000${v.start}`) ?? [];
}

/** Mentions that state one value the same way share a signature: a claim of hundreds of mentions has few. */
function signature(v: MentionValue): string {
  const f = v.figure;
  // the stated value, not its conversion: "40 milliards de couronnes" in two articles of different dates is one value
  return `${f.kind}|${f.unit}|${String(f.value)}|${f.bound ?? ''}|${f.range ? f.range.join('-') : ''}`;
}

/**
 * The consensus of a claim's mentions. Sources vote (one vote each, for every value they state); a claim stated by
 * one source only lets its mentions vote, so that one figure an article contradicts six times stands apart.
 */
export function findConsensus(values: readonly MentionValue[], conflictsOf: ConflictsOf): Consensus | undefined {
  if (values.length === 0) return undefined;
  const paths = new Set(values.map((v) => v.path));
  const voterOf = paths.size >= 2 ? (v: MentionValue) => v.path : (v: MentionValue) => `${v.start}`;
  const classes = new Map<string, MentionValue[]>();
  for (const v of values) {
    const k = signature(v);
    const list = classes.get(k);
    if (list) list.push(v);
    else classes.set(k, [v]);
  }
  const reps = [...classes.values()];
  // two values agree unless the engine found a contradiction between any of their mentions (its judgement, not a
  // second one that could differ from it): quadratic in distinct values, linear in mentions and related places
  const classOf = new Map<string, number>();
  reps.forEach((members, i) => {
    for (const m of members) classOf.set(`${m.path}\u0000${m.start}`, i);
  });
  const agrees = reps.map(() => reps.map(() => true));
  reps.forEach((members, i) => {
    for (const m of members) {
      for (const r of conflictsOf(m)) {
        const j = classOf.get(`${r.path}\u0000${r.start}`);
        if (j === undefined) continue;
        agrees[i]![j] = false;
        agrees[j]![i] = false;
      }
    }
  });
  // a value always agrees with itself (two articles stating it at different dates may convert apart)
  reps.forEach((_, i) => {
    agrees[i]![i] = true;
  });
  let best = 0;
  let bestVoters = new Set<string>();
  let bestCount = -1;
  reps.forEach((_, i) => {
    const voters = new Set<string>();
    let count = 0;
    reps.forEach((members, j) => {
      if (!agrees[i]![j]) return;
      count += members.length;
      for (const m of members) voters.add(voterOf(m));
    });
    if (voters.size > bestVoters.size || (voters.size === bestVoters.size && count > bestCount)) {
      best = i;
      bestVoters = voters;
      bestCount = count;
    }
  });
  const agreeing: MentionValue[] = [];
  const apart: MentionValue[] = [];
  reps.forEach((members, j) => (agrees[best]![j] ? agreeing : apart).push(...members));
  const voters = new Set(values.map(voterOf)).size;
  const rule: ConsensusRule =
    apart.length === 0 ? 'all-agree' : voters >= 3 && bestVoters.size * 2 > voters ? 'strict-majority' : 'no-majority';
  const order = (a: MentionValue, b: MentionValue) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start);
  return {
    rule,
    reference: reps[best]![0]!,
    agreeing: agreeing.sort(order),
    apart: apart.sort(order),
    voters,
    supporters: bestVoters.size,
  };
}
