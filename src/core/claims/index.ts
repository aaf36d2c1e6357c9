/**
 * Claims: which figures of which articles state the same fact, and where they contradict each other.
 *
 * The stages, each a module with typed input and output and no module state:
 * 1. context.ts + mention.ts: each article is read once (names, places, cue words, sources) and its figures become
 *    mentions; stories.ts puts it in a story (one principal, one country) and events.ts joins stories into events.
 * 2. keys.ts: each mention gets a claim key (event, subject, unit class, and for money/percentages/dates its
 *    predicate); mentions of one key are bucketed through a Map, so linking never looks at all pairs of the workspace.
 * 3. link.ts: inside a bucket, mentions that can be the same fact are linked; pairs.ts decides each pair by the named
 *    rules of rule-table.ts (traced with `trace: true`).
 * 4. verdicts.ts: the comparable pairs of each claim are judged (compare/compare.ts); across claims of one event the
 *    same count with another counted noun (conflict-predicate); inside a claim the same target with another deadline.
 * 5. diagnostics.ts: one warning per contradicted mention.
 */
import type { AnalyzedDocument, Claim, Diagnostic, DiagnosticCode } from '../types';
import { resolveRules, type ConflictRules } from '../compare/rules';
import { nameEvidence, newNameEvidence, readDocument, type DocContext } from './context';
import { groupEvents, type Events, type EventTracer } from './events';
import { assignStories } from './stories';
import {
  type Item,
  nameAliases,
  collectAcronyms,
  storyPublicationDates,
  readItems,
  finishItems,
  defaultMoneyPredicates,
  TimeItems,
  describeArticles,
  type DropRuleId,
  type DropTracer,
} from './mention';
import { claimKey, figureKey } from './keys';
import { linkGroups } from './link';
import { judgeClaim, predicateConflicts, type VerdictTracer } from './verdicts';
import type { PairDecision, PairRuleId, PairStage, PairTracer } from './pairs';
import { buildDiagnostics, unreadable } from './diagnostics';
import { Conflicts } from './conflicts';
import { describeBucket } from './sameness-features';

export { representatives } from './diagnostics';

export interface ClaimsResult {
  claims: Claim[];
  diagnostics: Diagnostic[];
  claimOfFigure: Map<string, string>;
  /** With `trace: true`: every pair decision (the rule of PAIR_RULES that decided) and every verdict, in order. */
  trace?: ClaimTraceEntry[];
  /** With `trace: true`: the claim key of every mention (figureKey -> key), to see which part of two keys differs. */
  keys?: Map<string, string>;
  /** With `trace: true`: the buckets linking looked inside (scripts/dev/pair-data.ts reads pairs from them). */
  buckets?: Item[][];
  /** With `trace: true`: every figure that is no mention (figureKey -> the rule of mention.ts that dropped it). */
  dropped?: Map<string, DropRuleId>;
}

export interface ClaimOptions {
  rules?: Partial<ConflictRules>;
  /** Record which rule decided each pair (scripts/dev/explain.ts prints it). Off by default: it costs memory. */
  trace?: boolean;
}

/** A mention as a trace names it. */
export interface TracedMention {
  path: string;
  start: number;
  text: string;
}

/** One traced decision: a pair rule (stage link or compare) or a verdict (stage verdict, rule = 'agree' or a code). */
export interface ClaimTraceEntry {
  stage: PairStage | 'verdict';
  rule: PairRuleId | 'agree' | DiagnosticCode;
  decision?: PairDecision;
  /** The sameness model's probability, when the rule that decided asked for it. */
  p?: number;
  a: TracedMention;
  b: TracedMention;
}

const traced = (x: Item): TracedMention => ({ path: x.doc.path, start: x.figure.start, text: x.figure.text });

/** What the reading and the event stage give claim formation: each article's mentions and summary, the name aliases, the events. */
export interface WorkspaceReading {
  perDoc: Item[][];
  summaries: DocContext[];
  alias: (k: string) => string;
  /** The story of each article (stories.ts), before events join them. */
  stories: string[];
  events: Events;
}

/**
 * Stage 1: each article read once (its mentions and a summary without its tokens), then stories and events over the
 * summaries. scripts/dev/event-clusters.ts measures the events this returns, so it is the engine's own grouping.
 */
export function readWorkspace(
  docs: readonly AnalyzedDocument[],
  tracer?: EventTracer,
  onDrop?: DropTracer,
): WorkspaceReading {
  const evidence = newNameEvidence();
  for (const d of docs) nameEvidence(d, evidence);
  // one article at a time: its words are read, its figures described, and only a summary is kept
  const summaries: DocContext[] = [];
  const perDoc: Item[][] = [];
  const acronyms = new Map<string, string>();
  docs.forEach((d, i) => {
    const ctx = readDocument(d, evidence);
    collectAcronyms(ctx, acronyms);
    perDoc.push(readItems(ctx, i, onDrop));
    summaries.push(summarize(ctx));
  });
  const alias = nameAliases(acronyms, summaries);
  const stories = assignStories(summaries, alias);
  const events = groupEvents(summaries, stories, alias, tracer);
  return { perDoc, summaries, alias, stories, events };
}

export function formClaims(docs: readonly AnalyzedDocument[], options: ClaimOptions = {}): ClaimsResult {
  const rules = resolveRules(options.rules);
  const times = new TimeItems();
  const trace: ClaimTraceEntry[] | undefined = options.trace ? [] : undefined;
  const pairTracer: PairTracer | undefined =
    trace &&
    ((e) => trace.push({ stage: e.stage, rule: e.rule, decision: e.decision, p: e.p, a: traced(e.a), b: traced(e.b) }));
  const verdictTracer: VerdictTracer | undefined =
    trace && ((a, b, v) => trace.push({ stage: 'verdict', rule: v, a: traced(a), b: traced(b) }));
  const dropped = trace ? new Map<string, DropRuleId>() : undefined;
  const onDrop: DropTracer | undefined = dropped && ((d, f, rule) => dropped.set(figureKey(d.path, f.start), rule));
  const { perDoc, summaries, alias, events } = readWorkspace(docs, undefined, onDrop);
  const stories = events.eventOf;
  const storyDates = storyPublicationDates(docs, stories);

  const items: Item[] = [];
  perDoc.forEach((list, i) => {
    const event = stories[i]!;
    const kept = finishItems(
      list,
      docs[i]!,
      event,
      storyDates.get(event) ?? null,
      summaries[i]!.mainSubject,
      alias,
      rules,
      events.principals.get(event) ?? new Set(),
      events.label.get(event) ?? null,
      onDrop,
    );
    for (const it of kept) items.push(it);
  });
  defaultMoneyPredicates(items);
  for (const it of items) it.key = claimKey(it);
  describeArticles(items);
  const buckets = new Map<string, Item[]>();
  for (const it of items) {
    const list = buckets.get(it.key);
    if (list) list.push(it);
    else buckets.set(it.key, [it]);
  }

  const claims: Claim[] = [];
  const claimOfFigure = new Map<string, string>();
  // contradictions, stored linearly in the mentions (a mention against a whole class of another source's mentions)
  const conflicts = new Conflicts();
  const flag = (a: Item, b: Item, code: DiagnosticCode): void => conflicts.flag(a, b, code);
  const groupsOfStory = new Map<string, Item[][]>();
  const claimOfGroup = new Map<Item[], Claim>();
  const addClaim = (group: Item[]): void => {
    const claim = judgeClaim(group, rules, flag, `c${claims.length + 1}`, times, verdictTracer, conflicts);
    claims.push(claim);
    claimOfGroup.set(group, claim);
    for (const it of group) claimOfFigure.set(figureKey(it.doc.path, it.figure.start), claim.id);
  };
  for (const bucket of buckets.values()) describeBucket(bucket);
  for (const bucket of buckets.values()) {
    for (const group of linkGroups(bucket, rules, pairTracer)) {
      if (group.length >= 2) addClaim(group);
      const list = groupsOfStory.get(group[0]!.story) ?? [];
      list.push(group);
      groupsOfStory.set(group[0]!.story, list);
    }
  }
  for (const list of groupsOfStory.values()) predicateConflicts(list, rules, flag);
  // a lone mention that contradicts another claim ("un million d'emplois") is a claim of its own
  for (const list of groupsOfStory.values()) {
    for (const group of list) if (!claimOfGroup.has(group) && conflicts.has(group[0]!)) addClaim(group);
  }
  for (const [group, claim] of claimOfGroup) {
    // contradictions found outside the claim's own comparison: another predicate, or another deadline
    if (claim.status !== 'conflict' && group.some((it) => conflicts.has(it))) {
      claim.status = 'conflict';
      claim.code = 'conflict-predicate';
    }
    for (const it of group) {
      const t = it.time ? times.get(it.time) : undefined;
      if (!t || !conflicts.has(t)) continue;
      if (claim.status !== 'conflict') {
        claim.status = 'conflict';
        claim.code = 'conflict-date';
      }
      const k = figureKey(t.doc.path, t.figure.start);
      if (!claimOfFigure.has(k)) claimOfFigure.set(k, claim.id);
    }
  }

  const diagnostics = buildDiagnostics(conflicts, claimOfFigure, rules);
  for (const d of docs) for (const f of d.figures) if (f.value === null) diagnostics.push(unreadable(d, f));
  diagnostics.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
  const result: ClaimsResult = { claims, diagnostics, claimOfFigure };
  if (trace) {
    result.trace = trace;
    result.keys = new Map(items.map((it) => [figureKey(it.doc.path, it.figure.start), it.key]));
    result.buckets = [...buckets.values()];
    result.dropped = dropped;
  }
  return result;
}

/** An article's summary for the cross-file stages: its reading without the per-token parts, which are not kept. */
function summarize(ctx: DocContext): DocContext {
  return {
    ...ctx,
    tokens: [],
    names: [],
    places: [],
    cues: [],
    sourceCues: [],
    cueCounts: new Map(),
    agos: [],
    targets: [],
    presents: [],
    horizons: [],
    pastRefs: [],
    earliers: [],
    sentenceStarts: [],
    clauseStarts: [],
    contrastAt: new Map(),
    totalClauses: new Set(),
    whenClauses: new Set(),
    rivalAt: new Map(),
  };
}
