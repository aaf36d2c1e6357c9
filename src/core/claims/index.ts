/**
 * Claims: which figures of which articles state the same fact, and where they contradict each other.
 *
 * 1. Each article is read once (names, places, cue words) and put in a story (stories.ts).
 * 2. Each figure gets a claim key: story, subject, unit class, and for money/percentages/dates its predicate.
 *    Figures of one key are bucketed through a Map: matching never looks at all pairs of the workspace.
 * 3. Inside a bucket, mentions that can be the same fact are linked (values within the related factor, a scale
 *    slip with the same digits, an article restating who invests what where); linked groups are claims, and their
 *    comparable pairs are judged (compare/compare.ts).
 * 4. Across claims of one story: the same count with another counted noun (conflict-predicate); inside a claim:
 *    the same target with another deadline (conflict-date).
 */
import type { AnalyzedDocument, Claim, Diagnostic, DiagnosticCode, Figure } from '../types';
import { CODE_PRIORITY, compareSides, factor, type Side, type Verdict } from '../compare/compare';
import { formatAmount, STATED_RATE_FACTOR, statedRates, toEur, type StatedRates } from '../compare/money';
import { ecbRate } from '../compare/rates';
import { resolveRules, type ConflictRules } from '../compare/rules';
import { PREDICATES, placeName } from '../lang/claim-vocabulary';
import { countryOf, figureContext, nameEvidence, newNameEvidence, readDocument, resolveSubject, type DocContext, type FigureContext } from './context';
import { groupEvents } from './events';
import { assignStories } from './stories';
import { fold } from './text';
import { vocabularyFor } from './vocabulary';
import { DURATIONS, KEYED_COUNT_PREDICATES, SAME_FACT_PREDICATES, UNIT_PREDICATES } from './units';

export interface ClaimsResult {
  claims: Claim[];
  diagnostics: Diagnostic[];
  claimOfFigure: Map<string, string>;
}

export interface ClaimOptions {
  rules?: Partial<ConflictRules>;
}

/** One figure as a mention of a claim, with everything comparison needs. */
interface Item extends FigureContext {
  doc: AnalyzedDocument;
  docIndex: number;
  story: string;
  /** Comparable value: euros for money, the number otherwise (a year for dates). */
  amount: number;
  range?: [number, number];
  currency?: string;
  conversion?: { perEur: number; source: string; date: string | null };
  key: string;
  /** The figure a stated equivalent in brackets restates ("8 millions de livres (9,5 milliards d'euros)"). */
  equivalentOf?: Item;
}

/** Predicates whose year is a fact of its own (the year a site opened), not the deadline of another claim. */
const EVENT_PREDICATES = new Set(['open', 'complete']);
/** Predicates whose value changes from day to day. */
const VOLATILE_PREDICATES = new Set(['share-price', 'share-price-change', 'market-value']);

const figureKey = (path: string, start: number): string => `${path}\u0000${start}`;

export function formClaims(docs: readonly AnalyzedDocument[], options: ClaimOptions = {}): ClaimsResult {
  const rules = resolveRules(options.rules);
  timeItems = new Map();
  const evidence = newNameEvidence();
  for (const d of docs) nameEvidence(d, evidence);
  // one article at a time: its words are read, its figures described, and only a summary is kept
  const summaries: DocContext[] = [];
  const perDoc: Item[][] = [];
  const acronyms = new Map<string, string>();
  docs.forEach((d, i) => {
    const ctx = readDocument(d, evidence);
    collectAcronyms(ctx, acronyms);
    perDoc.push(readItems(ctx, i));
    summaries.push({ ...ctx, tokens: [], names: [], places: [], cues: [], sourceCues: [], cueCounts: new Map(), agos: [], targets: [], presents: [], horizons: [], pastRefs: [], sentenceStarts: [], clauseStarts: [], contrastAt: new Map(), totalClauses: new Set(), whenClauses: new Set(), rivalAt: new Map() });
  });
  const alias = nameAliases(acronyms, summaries);
  const events = groupEvents(summaries, assignStories(summaries, alias), alias);
  const stories = events.eventOf;
  const storyDates = storyPublicationDates(docs, stories);

  const items: Item[] = [];
  perDoc.forEach((list, i) => {
    const event = stories[i]!;
    const kept = finishItems(list, docs[i]!, event, storyDates.get(event) ?? null, summaries[i]!.mainSubject, alias, rules,
      events.principals.get(event) ?? new Set(), events.label.get(event) ?? null);
    for (const it of kept) items.push(it);
  });
  defaultMoneyPredicates(items);
  for (const it of items) it.key = claimKey(it);
  const buckets = new Map<string, Item[]>();
  for (const it of items) {
    const list = buckets.get(it.key);
    if (list) list.push(it); else buckets.set(it.key, [it]);
  }

  const claims: Claim[] = [];
  const claimOfFigure = new Map<string, string>();
  const conflicts = new Map<Item, Map<Item, DiagnosticCode>>();
  const flag = (a: Item, b: Item, code: DiagnosticCode): void => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let m = conflicts.get(x);
      if (!m) conflicts.set(x, (m = new Map()));
      const prev = m.get(y);
      if (!prev || CODE_PRIORITY.indexOf(code) < CODE_PRIORITY.indexOf(prev)) m.set(y, code);
    }
  };
  const groupsOfStory = new Map<string, Item[][]>();
  const claimOfGroup = new Map<Item[], Claim>();
  const addClaim = (group: Item[]): void => {
    const claim = judgeClaim(group, rules, flag, `c${claims.length + 1}`);
    claims.push(claim);
    claimOfGroup.set(group, claim);
    for (const it of group) claimOfFigure.set(figureKey(it.doc.path, it.figure.start), claim.id);
  };
  for (const bucket of buckets.values()) {
    for (const group of linkGroups(bucket, rules)) {
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
      const t = it.time ? timeItems.get(it.time) : undefined;
      if (!t || !conflicts.has(t)) continue;
      if (claim.status !== 'conflict') { claim.status = 'conflict'; claim.code = 'conflict-date'; }
      const k = figureKey(t.doc.path, t.figure.start);
      if (!claimOfFigure.has(k)) claimOfFigure.set(k, claim.id);
    }
  }

  const diagnostics = buildDiagnostics(conflicts, claimOfFigure, rules);
  timeItems = new Map();
  for (const d of docs) for (const f of d.figures) if (f.value === null) diagnostics.push(unreadable(d, f));
  diagnostics.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
  return { claims, diagnostics, claimOfFigure };
}

/**
 * One key per organization: an acronym stands for its multi-word name, and an inflected name ("Microsofts",
 * "Ørsteds", "Microsoftu") for the bare one when the workspace also names it bare.
 */
function nameAliases(acronyms: Map<string, string>, summaries: DocContext[]): (k: string) => string {
  const known = new Set<string>();
  for (const s of summaries) for (const k of s.nameScores.keys()) known.add(k);
  const cache = new Map<string, string>();
  return (k) => {
    let out = cache.get(k);
    if (out !== undefined) return out;
    out = acronyms.get(k) ?? k;
    for (let cut = 1; cut <= 3 && out === k && k.length - cut >= 4; cut++) {
      const bare = k.slice(0, -cut);
      if (known.has(bare)) out = acronyms.get(bare) ?? bare;
    }
    cache.set(k, out);
    return out;
  };
}

/** Acronyms of multi-word names ("AWS" for "Amazon Web Services") stand for the name's first word. */
function collectAcronyms(c: DocContext, into: Map<string, string>): void {
  for (const n of c.names) {
    if (n.length < 2) continue;
    let initials = '';
    for (let k = 0; k < n.length; k++) initials += c.tokens[n.index + k]!.folded[0];
    if (!into.has(initials)) into.set(initials, n.key);
  }
}

/** The publication date most articles of a story share: the date for articles that give none. */
function storyPublicationDates(docs: readonly AnalyzedDocument[], stories: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  docs.forEach((d, i) => {
    if (!d.published) return;
    const m = counts.get(stories[i]!) ?? new Map<string, number>();
    m.set(d.published, (m.get(d.published) ?? 0) + (d.published.length === 10 ? 2 : 1));
    counts.set(stories[i]!, m);
  });
  const out = new Map<string, string>();
  for (const [s, m] of counts) out.set(s, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  return out;
}

/** The currency of a money figure the article states without one: the same number's, else the article's usual one. */
function contextCurrency(doc: AnalyzedDocument): (f: Figure) => string | undefined {
  const counts = new Map<string, number>();
  const byValue = new Map<number, string>();
  for (const f of doc.figures) {
    if (f.kind !== 'money' || !/^[A-Z]{3}$/.test(f.unit) || typeof f.value !== 'number') continue;
    counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
    if (!byValue.has(f.value)) byValue.set(f.value, f.unit);
  }
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (f) => (typeof f.value === 'number' ? byValue.get(f.value) : undefined) ?? usual;
}

/** The figures of one article as mentions, described from their context; story-dependent parts come later. */
function readItems(ctx: DocContext, docIndex: number): Item[] {
  const doc = ctx.doc;
  // years date figures; a month is only read as a deadline ("do czerwca 2026"), compared by deadlinesDiffer
  const dates = doc.figures.filter((f) => f.kind === 'date' && (typeof f.value === 'number' || (f.unit === 'month' && f.deadline === true)));
  const currencyOf = contextCurrency(doc);
  const out: Item[] = [];
  for (const figure of doc.figures) {
    // a zero ("0 commentaires") or a negative change has no scale to compare
    if (typeof figure.value !== 'number' || !Number.isFinite(figure.value) || figure.value <= 0) continue;
    const fc = figureContext(ctx, figure, dates);
    if (fc.contrast || fc.ago) continue;
    if (fc.unitClass === 'date' && figure.unit !== 'year') continue;
    // a year or a percentage without a cue word cannot be told from the story's other years and rates
    if ((fc.unitClass === 'date' || fc.unitClass === '%') && !fc.predicateExplicit) continue;
    if (fc.unitClass === 'date' && !EVENT_PREDICATES.has(fc.predicate!)) continue; // deadlines are compared as times
    const item = newItem(fc, doc, docIndex);
    if (Array.isArray(figure.range) && typeof figure.range[0] === 'number') item.range = [figure.range[0], figure.range[1] as number];
    if (fc.unitClass === 'money') {
      const currency = /^[A-Z]{3}$/.test(figure.unit) ? figure.unit : currencyOf(figure);
      if (!currency) continue;
      item.currency = currency;
    }
    out.push(item);
  }
  return out;
}

/**
 * A mention from its figure's context, every field written in one literal in one order (the optional ones too): items
 * made by spreading the context each got a hidden class of their own in V8, about 1 KB per mention on 10 000 articles.
 */
function newItem(fc: FigureContext, doc: AnalyzedDocument, docIndex: number): Item {
  return {
    figure: fc.figure, source: fc.source, sentence: fc.sentence, clause: fc.clause, subject: fc.subject, subjectCandidates: fc.subjectCandidates,
    subjectExplicit: fc.subjectExplicit, predicate: fc.predicate, predicateExplicit: fc.predicateExplicit, place: fc.place,
    placeExplicit: fc.placeExplicit, placeNear: fc.placeNear, site: fc.site, time: fc.time, unitClass: fc.unitClass,
    contrast: fc.contrast, total: fc.total, cumulative: fc.cumulative, rivalNames: fc.rivalNames, ago: fc.ago, target: fc.target,
    present: fc.present, horizon: fc.horizon, pastMonth: fc.pastMonth, past: fc.past,
    doc, docIndex, story: '', amount: fc.figure.value as number, range: undefined, currency: undefined, conversion: undefined, key: '',
    equivalentOf: undefined,
  };
}

/** Story, subject and money conversion of one article's mentions, once stories are known. */
function finishItems(items: Item[], doc: AnalyzedDocument, story: string, storyDate: string | null, mainSubject: string | null,
  alias: (k: string) => string, rules: ConflictRules, principals: ReadonlySet<string>, eventSubject: string | null): Item[] {
  const stated: StatedRates = statedRates(doc);
  const date = doc.published ?? storyDate;
  // a month before the story's own (the month most of its articles were published in) is an earlier event; a later
  // article's "en juin" about a June story is not
  const storyMonth = storyDate ?? doc.published;
  const month = storyMonth && storyMonth.length >= 7 ? Number(storyMonth.slice(5, 7)) : null;
  const out: Item[] = [];
  for (const it of items) {
    it.story = story;
    it.past = it.pastMonth !== undefined && (it.pastMonth === 0 || (month !== null && it.pastMonth < month));
    const subject = resolveSubject(it, mainSubject, alias);
    // a figure about any principal of the event's articles is about the event ("Cgil" here, "Gaza" there)
    it.subject = subject !== null && principals.has(subject) ? eventSubject : subject;
    // a rival's figure ("concurrent Microsoft ...") is not the story's, unless its sentence names the story's subject
    if (it.rivalNames && !it.rivalNames.some((k) => alias(k) === mainSubject)) continue;
    if (it.currency) {
      const conv = toEur(it.figure.value as number, it.currency, date, stated);
      if (!conv) continue;
      it.amount = conv.eur;
      if (it.range) it.range = [it.range[0] / conv.perEur, it.range[1] / conv.perEur];
      it.conversion = { perEur: conv.perEur, source: conv.source, date: conv.date };
    }
    out.push(it);
  }
  sameNumberSameFact(out);
  statedEquivalentsShare(out, doc.text, vocabularyFor(doc.language).equivalents);
  runningTotals(out, rules);
  return out;
}

/**
 * A total amount ("Totalt har X dermed investert ...") that no other amount of its article restates, beside amounts of
 * the news, sums the news with earlier ones: a running total, like one counted "since" a year.
 */
function runningTotals(items: Item[], rules: ConflictRules): void {
  const money = items.filter((x) => x.unitClass === 'money');
  const news = money.filter((x) => !x.total);
  if (news.length === 0) return;
  for (const x of money) {
    if (!x.total || x.cumulative) continue;
    if (!news.some((y) => y.equivalentOf === x || x.equivalentOf === y || compareSides(side(x), side(y), rules).agree)) x.cumulative = true;
  }
}

/** "3.2 milliards d'euros (2.7 milliards de livres sterling, 3.4 milliards de dollars)": the bracket restates its figure. */
function statedEquivalentsShare(items: Item[], text: string, words: Set<string>): void {
  const money = items.filter((x) => x.unitClass === 'money');
  // ", soit ", " (umgerechnet ": an equivalence word between the two amounts, nothing else
  const saysEquivalent = (gap: string): boolean =>
    words.has(fold(gap).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')) && /^[\s,(:–-]*[\p{L}\s.]+$/u.test(gap);
  for (let i = 0; i < money.length; i++) {
    const anchor = money[i]!;
    for (let j = i + 1; j < money.length; j++) {
      const gap = text.slice(money[j - 1]!.figure.end, money[j]!.figure.start);
      if (!(j === i + 1 ? /^\s*\(\s*$/.test(gap) || saysEquivalent(gap) : /^\s*[,;/]\s*$/.test(gap))) break;
      const x = money[j]!;
      x.equivalentOf = anchor;
      x.subject = anchor.subject; x.subjectExplicit = anchor.subjectExplicit;
      x.predicate = anchor.predicate; x.predicateExplicit = anchor.predicateExplicit;
      x.place = anchor.place; x.placeExplicit = anchor.placeExplicit; x.placeNear = anchor.placeNear;
      x.time = anchor.time; x.total = anchor.total; x.contrast = anchor.contrast;
    }
  }
}

/** Money without a cue word takes the predicate most money figures of its story have ("invest", "raise-funding"). */
function defaultMoneyPredicates(items: Item[]): void {
  const counts = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (it.unitClass !== 'money' || !it.predicateExplicit || !it.predicate) continue;
    const m = counts.get(it.story) ?? new Map<string, number>();
    m.set(it.predicate, (m.get(it.predicate) ?? 0) + 1);
    counts.set(it.story, m);
  }
  const usual = new Map<string, string>();
  for (const [story, m] of counts) usual.set(story, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  for (const it of items) {
    if (it.unitClass !== 'money' || it.predicate) continue;
    const p = usual.get(it.story);
    if (p) it.predicate = p;
  }
}

/** Inside one article the same number with the same unit is the same fact: share what its mentions make explicit. */
function sameNumberSameFact(items: Item[]): void {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${it.unitClass}|${it.currency ?? ''}|${it.figure.value}`;
    const g = groups.get(k);
    if (g) g.push(it); else groups.set(k, [it]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const subj = g.find((x) => x.subjectExplicit);
    const pred = g.find((x) => x.predicateExplicit);
    const place = g.find((x) => x.placeNear) ?? g.find((x) => x.placeExplicit);
    const time = g.find((x) => x.time);
    for (const x of g) {
      if (subj && !x.subjectExplicit) { x.subject = subj.subject; x.subjectExplicit = true; }
      if (pred && !x.predicateExplicit) { x.predicate = pred.predicate; x.predicateExplicit = true; }
      if (place && !x.placeExplicit) { x.place = place.place; x.placeExplicit = true; x.placeNear = place.placeNear; }
      if (time && !x.time) x.time = time.time;
    }
  }
}

function claimKey(it: Item): string {
  const byPredicate = it.unitClass === 'money' || it.unitClass === '%' || it.unitClass === 'date' ||
    (it.predicateExplicit && KEYED_COUNT_PREDICATES.has(it.predicate ?? ''));
  // a total of counted things ("totalt 3 000 arbetstillfällen, där 1 000 blir permanenta") is not its parts
  // so is a running total ("seit 2009 auf rund 3,4 Milliarden") from the amounts of the news, whatever its unit
  const total = (it.total && !byPredicate) || it.cumulative ? 'total' : '';
  // a share price or a market value changes by the day: only mentions published the same day are compared
  const day = it.predicate && VOLATILE_PREDICATES.has(it.predicate) ? it.doc.published ?? '' : '';
  return `${it.story}\u0001${it.subject ?? ''}\u0001${it.unitClass}\u0001${byPredicate ? it.predicate ?? '' : ''}\u0001${total}\u0001${day}`;
}

/**
 * Two places are compatible when one contains the other (Aragon lies in Spain). A place named right by one of the
 * figures is checked against the other's place, named or the article's main one ("3,3 milliards de dollars dans le
 * Wisconsin" is not about France); places merely named in the sentences are not ("efter havvind-salg i USA").
 */
const placesCompatible = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/** Whether two mentions of one bucket may be the same fact (and are then compared). */
function related(a: Item, b: Item, rules: ConflictRules): boolean {
  if (equivalents(a, b)) return true;
  const sameDoc = a.docIndex === b.docIndex;
  if (sameDoc && a.sentence === b.sentence) return false; // one sentence does not contradict itself: "10–15 år", parts
  // inside one article, only figures that both say what they are about are compared (not "worth 1000 bn" and
  // "invested 100 bn" worldwide)
  if (sameDoc && !saysWhatItIs(a, b)) return a.figure.value === b.figure.value;
  if (sameDoc && totalAndPart(a, b)) return false;
  if (otherSources(a, b) || otherScopes(a, b)) return false;
  if (a.unitClass === 'date') return Math.abs(a.amount - b.amount) <= 5; // the year of one event: no place to compare
  if (otherYears(a, b) || otherSites(a, b)) return false;
  if ((a.placeNear || b.placeNear) && !placesCompatible(a.place, b.place)) return false;
  if (otherFacts(a, b, rules)) return false;
  const f = factor(sideValue(a, b), sideValue(b, a));
  if (f < rules.relatedFactor || (!sameDoc && currencySlip(a, b))) return true;
  if (a.unitClass === '%') return false; // 0,1 % and 4,2 % are two rates, not a slip of scale
  if (f >= rules.slipFactor) {
    // a slip: the same digits at another power of ten, or one article saying who invests what where twice
    return (a.currency === b.currency && (digitsAgree(a.figure.value as number, b.figure.value as number) ||
        (!sameDoc && sameNumeral(a.figure.text, b.figure.text) && powerOfTenApart(a.figure.value as number, b.figure.value as number, rules)))) ||
      (sameDoc && a.predicateExplicit && b.predicateExplicit && a.placeExplicit && b.placeExplicit);
  }
  // far apart but both say explicitly who, what and where, in one article: the article contradicts itself
  return sameDoc && strong(a) && strong(b);
}

/**
 * The same number as written, each side stating another currency ("700 milioni di dollari" where the others write 700
 * millioner kroner): a currency slip, whatever the exchange rate makes of it (PLN, SEK, DKK are far from the euro).
 */
const currencySlip = (a: Item, b: Item): boolean =>
  a.unitClass === 'money' && a.currency !== b.currency && a.figure.value === b.figure.value && statesCurrency(a) && statesCurrency(b);

/**
 * One article's total ("Totalt har X dermed investert ...", "au total") and another of its amounts are two facts: the
 * sum is no restatement of a part, and far apart they are no scale slip either.
 */
const totalAndPart = (a: Item, b: Item): boolean => a.total !== b.total && a.figure.value !== b.figure.value;

/** A level to reach: said so, or dated by a deadline after its article's year ("tegen 2030 ... 20.000 medewerkers"). */
function aims(x: Item): boolean {
  if (x.target) return true;
  const t = x.time;
  const published = x.doc.published ? Number(x.doc.published.slice(0, 4)) : NaN;
  return t !== null && t.deadline === true && Number(String(t.value).slice(0, 4)) > published;
}

/**
 * Counts that do not agree and are of different kinds: a level to reach against today's ("steigen auf 40.000" /
 * "nu zo'n 36.000"), a plan's horizon against another span ("over the next two years" / "the second in three years").
 */
function otherFacts(a: Item, b: Item, rules: ConflictRules): boolean {
  if (a.target === b.target && a.horizon === b.horizon && !(a.present && aims(b)) && !(b.present && aims(a))) return false;
  return !compareSides(side(a), side(b), rules).agree;
}

/**
 * "4,6 mld dolarów, czyli ok. 20 mld zł": an article's own conversion into another currency states the rate it
 * converts at, which takes precedence over the ECB's (as a bracket's does, within the same factor): no contradiction.
 * Far from the market rate it is a slip (millions for billions) and compared as usual.
 */
const ownConversion = (a: Item, b: Item): boolean => equivalents(a, b) && a.currency !== undefined &&
  b.currency !== undefined && a.currency !== b.currency && factor(a.amount, b.amount) < STATED_RATE_FACTOR;

/** A figure and the equivalent its bracket states are one fact: they are linked and compared, whatever the values. */
const equivalents = (a: Item, b: Item): boolean => a.equivalentOf === b || b.equivalentOf === a;

/** Whether two mentions of one claim are compared: all pairs but those of one sentence, of incompatible places, or
 * in the band of factors that marks two different facts rather than a slip. */
function comparable(a: Item, b: Item, rules: ConflictRules): boolean {
  if (equivalents(a, b)) return true;
  const sameDoc = a.docIndex === b.docIndex;
  if (sameDoc && a.sentence === b.sentence) return false;
  // one claim, one article, the same digits a power of ten apart: the article slips ("Amazon va investir 8 milliards
  // de livres" in its headline, "un plan de 8 millions de livres sterling" in its body)
  if (sameDoc && a.currency === b.currency && powerOfTenApart(a.figure.value as number, b.figure.value as number, rules)) return true;
  if (sameDoc && !saysWhatItIs(a, b)) return false;
  if (sameDoc && totalAndPart(a, b)) return false;
  if (otherSources(a, b) || otherScopes(a, b)) return false;
  if (a.unitClass === 'date') return true;
  if (otherYears(a, b) || otherSites(a, b) || otherFacts(a, b, rules)) return false;
  if ((a.placeNear || b.placeNear) && !placesCompatible(a.place, b.place)) return false;
  const f = factor(sideValue(a, b), sideValue(b, a));
  if (f < rules.relatedFactor) return true;
  if (f >= rules.slipFactor && a.unitClass !== '%') return true;
  return sameDoc && strong(a) && strong(b);
}

/**
 * Figures dated in different years ("en 2023, 3 milliards"; "2 milliards en 2024") are facts of different times, not
 * a contradiction; different deadlines of one target are (deadlineConflict).
 */
function otherYears(a: Item, b: Item): boolean {
  const ya = eventYear(a);
  const yb = eventYear(b);
  if (ya !== null && yb !== null) return ya !== yb;
  // "déjà engagés depuis 2019" is a past fact; a figure of the article's own time is not compared with it. So is one
  // said "le mois dernier" or "Mitte Mai", unless it is the same number (one article dates it, the other does not)
  if (pastYear(a, ya) !== pastYear(b, yb)) return true;
  return a.past !== b.past && !(a.figure.value === b.figure.value && a.currency === b.currency);
}

/** The year a mention is dated with in its sentence, unless that year is a deadline. */
function eventYear(x: Item): number | null {
  const t = x.time;
  return t && t.unit === 'year' && !t.deadline && typeof t.value === 'number' ? t.value : null;
}

/** Whether a mention is dated before its article's publication year. */
function pastYear(x: Item, year: number | null): boolean {
  const published = x.doc.published;
  return year !== null && published !== null && year < Number(published.slice(0, 4));
}

/**
 * "According to the police" and "according to the unions" are two claims: two counts attributed to different sources
 * are never one fact (a count without a source may join either). Sources of amounts of money, shares and dates are
 * where news agencies and papers are named ("selon Reuters", "segundo o Diário"): they relay one fact.
 */
const otherSources = (a: Item, b: Item): boolean => {
  const sa = countSource(a);
  const sb = countSource(b);
  return sa !== null && sb !== null && sa !== sb;
};
/**
 * A count said of one city or region ("in Rome 300,000 marched", the place right by the figure) is not the count of the
 * whole country ("more than two million across Italy"): another scope is another fact, whatever the values.
 */
const otherScopes = (a: Item, b: Item): boolean => {
  if (!isCount(a)) return false;
  const sa = scopeOf(a);
  const sb = scopeOf(b);
  return sa !== sb && (sa.includes('/') || sb.includes('/'));
};
const scopeOf = (x: Item): string => (x.place === null ? '' : x.placeNear ? x.place : countryOf(x.place));
const isCount = (x: Item): boolean => x.unitClass !== 'money' && x.unitClass !== '%' && x.unitClass !== 'date';
const countSource = (x: Item): string | null => (isCount(x) ? x.source : null);

/** Measures of a site (area, power, length). */
const SITE_MEASURES = new Set(['ha', 'm2', 'km', 'MW', 'GW']);

/**
 * Different sites of one company are different claims: a site's measure named at one site is not compared with one
 * that names another site or none ("le campus de 88 hectares" / "o terreno fica em Villamayor ... 80 hectares").
 */
function otherSites(a: Item, b: Item): boolean {
  return SITE_MEASURES.has(a.unitClass) && (a.site ?? null) !== (b.site ?? null);
}

/** Inside one article, two figures are compared only when both say what they are: a cue word, or who and where. */
const saysWhatItIs = (a: Item, b: Item): boolean =>
  (a.predicateExplicit && b.predicateExplicit) || (a.subjectExplicit && b.subjectExplicit && a.placeExplicit && b.placeExplicit);

/** comparable() for mentions of two different articles (what a signature holds decides it). */
function comparableAcross(a: Item, b: Item, rules: ConflictRules): boolean {
  if (otherSources(a, b) || otherScopes(a, b)) return false;
  if (a.unitClass === 'date') return true;
  if (!sameTarget(a, b, rules)) return false;
  const f = factor(sideValue(a, b), sideValue(b, a));
  return f < rules.relatedFactor || (f >= rules.slipFactor && a.unitClass !== '%') || currencySlip(a, b);
}

/** Whether two mentions of one claim in two articles are about one target, whatever their amounts say. */
function sameTarget(a: Item, b: Item, rules: ConflictRules): boolean {
  if (otherSources(a, b) || otherScopes(a, b) || otherYears(a, b) || otherSites(a, b)) return false;
  if ((a.placeNear || b.placeNear) && !placesCompatible(a.place, b.place)) return false;
  return !otherFacts(a, b, rules);
}

const strong = (x: Item): boolean => x.subjectExplicit && x.predicateExplicit && x.placeExplicit;

function sideValue(a: Item, b: Item): number {
  if (!a.range) return a.amount;
  return b.amount < a.range[0] ? a.range[0] : b.amount > a.range[1] ? a.range[1] : b.amount;
}

/** 8 millions against 8 milliards: the same number as written, at least the slip factor apart. */
function powerOfTenApart(a: number, b: number, rules: ConflictRules): boolean {
  const f = factor(a, b);
  const k = Math.round(Math.log10(f));
  return f >= rules.slipFactor && Math.abs(f / 10 ** k - 1) < 0.005;
}

/**
 * "700 miljarder kronor" against "700 millioner kroner": the same numeral of three digits or more, written before
 * another scale word. (A one-digit numeral, "1 million" and "1 milliard", agrees with too much to be evidence.)
 */
function sameNumeral(a: string, b: string): boolean {
  const na = /\d[\d.,\s\u00a0\u202f']*/.exec(a)?.[0].trim();
  return na !== undefined && na.replace(/\D/g, '').length >= 3 && na === /\d[\d.,\s\u00a0\u202f']*/.exec(b)?.[0].trim();
}

/** 6,69 millions against 6,69 milliards: the same digits at another power of ten. */
function digitsAgree(a: number, b: number): boolean {
  // one significant digit (1, 10, 400...) agrees with too much to be evidence
  const lo = Math.min(a, b);
  const mantissa = lo / 10 ** Math.floor(Math.log10(lo));
  if (Math.abs(mantissa - Math.round(mantissa)) < 1e-9) return false;
  const k = Math.round(Math.log10(Math.max(a, b) / Math.min(a, b)));
  const scaled = Math.min(a, b) * 10 ** k;
  return k >= 1 && Math.abs(scaled - Math.max(a, b)) <= Math.max(a, b) * 0.005;
}

/** Buckets up to this size are linked by comparing all their pairs; larger ones through sorted windows. */
const SMALL_BUCKET = 64;
/** How many neighbours (by value) each mention of a large bucket is compared with. */
const WINDOW = 48;

/**
 * Connected groups of related mentions (union-find). A bucket holds one story's figures of one key, so it is small;
 * a large one (hundreds of articles on one event) is linked without looking at all its pairs: neighbours in value
 * order, the same digits at other powers of ten, and the pairs inside each article.
 *
 * Links are made closest first, and two groups are never joined when one article states a different amount in each
 * (distinctFacts): "8,8 Mrd. Euro" for one plan, "rund 7,8 Milliarden" for an earlier one and "mehr als 10
 * Milliarden" for the total are three facts even though each is within the related factor of the next.
 */
function linkGroups(bucket: Item[], rules: ConflictRules): Item[][] {
  const parent = bucket.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) { const next = parent[i]!; parent[i] = r; i = next; }
    return r;
  };
  // members of each group by article, to check cannot-links when two groups meet
  const byDocOf = new Map<number, Map<number, Item[]>>();
  bucket.forEach((it, i) => byDocOf.set(i, new Map([[it.docIndex, [it]]])));
  // the source each group is attributed to, if any: a group never holds two sources' figures
  const sourceOf = new Map<number, string>();
  bucket.forEach((it, i) => { const src = countSource(it); if (src !== null) sourceOf.set(i, src); });
  const candidates: { i: number; j: number; w: number }[] = [];
  const tryLink = (i: number, j: number): void => {
    if (related(bucket[i]!, bucket[j]!, rules)) candidates.push({ i, j, w: linkWeight(bucket[i]!, bucket[j]!) });
  };
  if (bucket.length <= SMALL_BUCKET) {
    for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) tryLink(i, j);
  } else {
    const order = bucket.map((_, i) => i).sort((x, y) => bucket[x]!.amount - bucket[y]!.amount);
    const near = (lo: Item, hi: Item) => (lo.unitClass === 'date' ? hi.amount - lo.amount <= 5 : hi.amount < Math.abs(lo.amount) * rules.relatedFactor);
    for (let k = 0; k < order.length; k++) {
      for (let m = k + 1; m < order.length && m <= k + WINDOW && near(bucket[order[k]!]!, bucket[order[m]!]!); m++) tryLink(order[k]!, order[m]!);
    }
    const byDigits = new Map<string, number[]>();
    const byDoc = new Map<number, number[]>();
    bucket.forEach((it, i) => {
      const v = it.figure.value as number;
      if (v > 0) {
        const key = `${it.currency ?? ''}|${Math.round((v / 10 ** Math.floor(Math.log10(v))) * 200)}`;
        const list = byDigits.get(key) ?? [];
        if (list.length < 8) list.push(i);
        byDigits.set(key, list);
        for (const j of list) if (j !== i) tryLink(i, j);
      }
      const d = byDoc.get(it.docIndex) ?? [];
      for (const j of d) tryLink(i, j);
      d.push(i);
      byDoc.set(it.docIndex, d);
    });
  }
  candidates.sort((x, y) => x.w - y.w);
  for (const { i, j } of candidates) {
    let a = find(i);
    let b = find(j);
    if (a === b) continue;
    let ma = byDocOf.get(a)!;
    let mb = byDocOf.get(b)!;
    if (ma.size > mb.size) { [a, b] = [b, a]; [ma, mb] = [mb, ma]; }
    if (cannotLink(ma, mb, rules)) continue;
    const sa = sourceOf.get(a);
    const sb = sourceOf.get(b);
    if (sa !== undefined && sb !== undefined && sa !== sb) continue;
    if (sa !== undefined) sourceOf.set(b, sa);
    for (const [d, list] of ma) {
      const other = mb.get(d);
      if (other) for (const x of list) other.push(x); else mb.set(d, list);
    }
    byDocOf.delete(a);
    parent[a] = b;
  }
  const groups = new Map<number, Item[]>();
  bucket.forEach((it, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(it); else groups.set(r, [it]);
  });
  return [...groups.values()];
}

/** How far apart two linked mentions are: the closest are linked first. */
function linkWeight(a: Item, b: Item): number {
  if (equivalents(a, b)) return 0;
  // the same number is as close as mentions get; in another currency (a currency slip) just after the same number in
  // the same currency: "$100m" in a headline is its article's "about $100 million" before another's "DKK 100 million"
  if (a.figure.value === b.figure.value) return a.currency === b.currency ? 1 : 1 + 1e-6;
  if (a.unitClass === 'date') return Math.abs(a.amount - b.amount);
  const f = factor(a.amount, b.amount);
  return Number.isFinite(f) ? f : Number.MAX_VALUE;
}

/** Whether some article states a different fact in each of two groups. */
function cannotLink(small: Map<number, Item[]>, large: Map<number, Item[]>, rules: ConflictRules): boolean {
  for (const [d, xs] of small) {
    const ys = large.get(d);
    if (!ys) continue;
    for (const x of xs) for (const y of ys) if (distinctFacts(x, y, rules)) return true;
  }
  return false;
}

/**
 * Two amounts one article states in the same unit, near each other but not the same ("8,8 Mrd. Euro" and "rund 7,8
 * Milliarden Euro"): the article tells two facts, it does not contradict itself. Amounts in two currencies (a
 * conversion) and scale slips (far apart) are not meant.
 */
function distinctFacts(x: Item, y: Item, rules: ConflictRules): boolean {
  if (x.docIndex !== y.docIndex || x.unitClass === 'date' || x.figure.value === y.figure.value) return false;
  if (x.unitClass === 'money' && (x.currency !== y.currency || !statesCurrency(x) || !statesCurrency(y))) return false;
  // one sentence states two amounts in one unit as two things, whatever their ratio ("450 Millionen Euro bei einer
  // Bewertung von 4,5 Milliarden Euro" is no scale slip)
  if (x.sentence === y.sentence && !equivalents(x, y)) return true;
  // a headline restates the article's news, rounded or slipped ("4 miliardi" over "4,3 miliardi di euro")
  if (x.sentence === HEADLINE || y.sentence === HEADLINE) return false;
  if (factor(x.amount, y.amount) >= rules.relatedFactor) return false;
  return !compareSides(side(x), side(y), rules).agree;
}

/** The sentence index of an article's headline (its first line). */
const HEADLINE = 0;

const statesCurrency = (x: Item): boolean => /^[A-Z]{3}$/.test(x.figure.unit);

/** Everything a comparison across articles looks at: two mentions with one signature are judged alike. */
const signature = (it: Item): string =>
  `${it.source ?? ''}|${it.amount}|${it.figure.value}|${it.currency ?? ''}|${it.figure.bound ?? ''}|${it.target}|${it.present}|${it.horizon}|${it.range ? it.range.join('-') : ''}|` +
  `${it.place ?? ''}|${it.placeNear}|${it.site ?? ''}|${it.time ? `${it.time.value}${it.time.deadline ? 'd' : ''}|${it.doc.published?.slice(0, 4)}` : ''}`;

function side(it: Item): Side {
  const s: Side = { value: it.amount, raw: it.figure.value as number };
  if (it.range) s.range = it.range;
  if (it.figure.bound) s.bound = it.figure.bound;
  if (it.currency) s.currency = it.currency;
  return s;
}

function judgeClaim(group: Item[], rules: ConflictRules, flag: (a: Item, b: Item, c: DiagnosticCode) => void, id: string): Claim {
  let conflict: DiagnosticCode | undefined;
  let allExact = true;
  const judgePair = (a: Item, b: Item, verdict: Verdict): void => {
    // the deadline of one target is compared whatever its amounts say (a currency slip and another year are two errors)
    deadlineConflict(a, b, flag);
    if (verdict.agree) {
      allExact &&= verdict.exact;
      return;
    }
    const code: DiagnosticCode = verdict.code === 'conflict' && a.docIndex === b.docIndex ? 'conflict-in-article' : verdict.code;
    flag(a, b, code);
    if (!conflict || CODE_PRIORITY.indexOf(code) < CODE_PRIORITY.indexOf(conflict)) conflict = code;
  };
  const verdictOf = (a: Item, b: Item): Verdict => (a.unitClass === 'date'
    ? (a.amount === b.amount ? { agree: true, exact: true } : { agree: false, code: 'conflict-date' })
    : ownConversion(a, b) ? { agree: true, exact: false }
    : compareSides(side(a), side(b), rules));

  // inside each article: all pairs (an article has few mentions of one claim)
  const byDoc = new Map<number, Item[]>();
  for (const it of group) {
    const list = byDoc.get(it.docIndex);
    if (list) list.push(it); else byDoc.set(it.docIndex, [it]);
  }
  for (const list of byDoc.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (comparable(list[i]!, list[j]!, rules)) judgePair(list[i]!, list[j]!, verdictOf(list[i]!, list[j]!));
    }
  }
  // a sentence that states the other source's value next to this one tells two facts ("employs 120,000 people, and
  // strikes involved 100,000 employees"): its second figure does not contradict that source
  const bySentence = new Map<string, Item[]>();
  for (const it of group) {
    const k = `${it.docIndex}:${it.sentence}`;
    const list = bySentence.get(k);
    if (list) list.push(it); else bySentence.set(k, [it]);
  }
  const saysBoth = (x: Item, other: Item): boolean => {
    const mates = bySentence.get(`${x.docIndex}:${x.sentence}`)!;
    return mates.length > 1 && mates.some((m) => m !== x && m.figure.value !== x.figure.value && verdictOf(m, other).agree);
  };
  // across articles: one comparison per pair of distinct mention signatures (a claim of hundreds of mentions has few)
  const classes = new Map<string, Item[]>();
  for (const it of group) {
    const k = signature(it);
    const list = classes.get(k);
    if (list) list.push(it); else classes.set(k, [it]);
  }
  const reps = [...classes.values()];
  // a currency slip joined the claim through the number it repeats; it contradicts the other sources' conversions
  // of that number too, however far the rate puts them ("2,8 Milliarden Euro" for PLN 2.8bn against "$700 million")
  const slipped = new Set<Item[]>();
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) if (currencySlip(reps[i]![0]!, reps[j]![0]!)) { slipped.add(reps[i]!); slipped.add(reps[j]!); }
  }
  for (let i = 0; i < reps.length; i++) {
    for (let j = i; j < reps.length; j++) {
      const A = reps[i]!;
      const B = reps[j]!;
      const a0 = A[0]!;
      const b0 = B[0]!;
      if (!comparableAcross(a0, b0, rules) && !((slipped.has(A) || slipped.has(B)) && sameTarget(a0, b0, rules))) {
        // amounts too far apart to compare (a currency slip against a third source's conversion) still share their
        // target's deadline
        if (a0.unitClass !== 'date' && a0.time && b0.time && sameTarget(a0, b0, rules)) {
          for (const a of A) for (const b of B) if (a.docIndex !== b.docIndex) deadlineConflict(a, b, flag);
        }
        continue;
      }
      const verdict = verdictOf(a0, b0);
      for (let x = 0; x < A.length; x++) {
        for (let y = i === j ? x + 1 : 0; y < B.length; y++) {
          const a = A[x]!;
          const b = B[y]!;
          if (a.docIndex === b.docIndex) continue;
          if (!verdict.agree && verdict.code === 'conflict' && (saysBoth(a, b) || saysBoth(b, a))) continue;
          judgePair(a, b, verdict);
        }
      }
    }
  }
  const first = group[0]!;
  const docsCount = new Set(group.map((g) => g.docIndex)).size;
  const claim: Claim = {
    id,
    label: label(first, claimPlace(group)),
    status: conflict ? 'conflict' : docsCount < 2 ? 'single' : allExact ? 'agree' : 'approximate',
    mentions: group.map((g) => ({ path: g.doc.path, start: g.figure.start, end: g.figure.end })),
    subject: first.subject,
    predicate: first.predicate,
    place: claimPlace(group),
    time: first.time ? String(first.time.value) : null,
    unitClass: first.unitClass,
  };
  if (conflict) claim.code = conflict;
  return claim;
}

/** The same target with another deadline ("by the end of 2024" against "by 2025"): the two dates conflict. */
function deadlineConflict(a: Item, b: Item, flag: (a: Item, b: Item, c: DiagnosticCode) => void): void {
  const ta = a.time;
  const tb = b.time;
  if (!ta || !tb || !deadlinesDiffer(ta, tb)) return;
  if (!ta.deadline || !tb.deadline) return; // only deadlines: a year nearby may be anything else
  if (a.unitClass !== 'money' && DURATIONS.has(a.unitClass)) return;
  flag(timeItem(a, ta), timeItem(b, tb), 'conflict-date');
}

/**
 * Two deadlines differ when their years do, or, both to the month, their months do: "do czerwca 2026" against "bis
 * Mitte 2027" conflicts, "by June 2026" against "by the end of 2026" may be one date read at two precisions.
 */
function deadlinesDiffer(a: Figure, b: Figure): boolean {
  const yearOf = (t: Figure): number | null =>
    t.unit === 'year' && typeof t.value === 'number' ? t.value
      : t.unit === 'month' && typeof t.value === 'string' && /^\d{4}-\d{2}$/.test(t.value) ? Number(t.value.slice(0, 4)) : null;
  const ya = yearOf(a);
  const yb = yearOf(b);
  if (ya === null || yb === null) return false;
  return ya !== yb || (a.unit === 'month' && b.unit === 'month' && a.value !== b.value);
}

/** The date figure a mention's time points at, as an item of its own for the diagnostics (one run's cache). */
let timeItems = new Map<Figure, Item>();
function timeItem(owner: Item, f: Figure): Item {
  let it = timeItems.get(f);
  if (!it) {
    it = newItem(owner, owner.doc, owner.docIndex);
    it.story = owner.story;
    it.figure = f;
    it.amount = typeof f.value === 'number' ? f.value : Number(String(f.value).slice(0, 4));
    it.unitClass = 'date';
    it.time = null;
    timeItems.set(f, it);
  }
  return it;
}

/**
 * The same count with another counted noun, in sources that never state the other ("un million d'emplois" where the
 * others say one million people trained): both claims conflict.
 */
function predicateConflicts(groups: Item[][], rules: ConflictRules, flag: (a: Item, b: Item, c: DiagnosticCode) => void): void {
  // only counts whose noun says what was done (jobs created, people trained, startups supported): "100 millions
  // d'abonnés" against "100 million paying" is one fact read two ways, not two predicates
  const counted = groups.map((items) => ({ items })).filter(({ items }) => UNIT_PREDICATES[items[0]!.unitClass] !== undefined);
  const bySubjectValue = new Map<string, { items: Item[]; docs: Set<number> }[]>();
  for (const { items } of counted) {
    const v = items[0]!.figure.value as number;
    if (v < rules.predicateMinValue) continue;
    const k = `${items[0]!.subject}|${Math.round(Math.log10(v) * 40)}`;
    const list2 = bySubjectValue.get(k) ?? [];
    // the documents that state this number: one that states it of both nouns tells two facts; its other counts
    // ("75 000 salariés" beside "14 000 emplois") say nothing about this one
    list2.push({ items, docs: new Set(items.map((it) => it.docIndex)) });
    bySubjectValue.set(k, list2);
  }
  for (const group of bySubjectValue.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.items[0]!.unitClass === b.items[0]!.unitClass) continue;
        if (UNIT_PREDICATES[a.items[0]!.unitClass] === UNIT_PREDICATES[b.items[0]!.unitClass]) continue;
        // "emplear a 1.200 personas" and "1,200 jobs" say one thing: people employed are jobs
        if (predicateFamily(a.items) === predicateFamily(b.items)) continue;
        if (factor(a.items[0]!.amount, b.items[0]!.amount) > 1 + rules.tolerance) continue;
        if ([...a.docs].some((d) => b.docs.has(d))) continue; // one source states both: two facts
        for (const x of a.items) for (const y of b.items) flag(x, y, 'conflict-predicate');
      }
    }
  }
  // single mentions are not claims: a lone "un million d'emplois" is found through the same index
}

/** What a claim's counts say was done: its mentions' cue word when one has one, else what its noun implies. */
function predicateFamily(items: Item[]): string {
  const cue = items.find((it) => it.predicateExplicit)?.predicate;
  const p = cue ?? UNIT_PREDICATES[items[0]!.unitClass] ?? items[0]!.unitClass;
  return SAME_FACT_PREDICATES[p] ?? p;
}

/** The place a claim is about: the one its mentions name most, else the country of their articles. */
function claimPlace(group: Item[]): string | null {
  const counts = new Map<string, number>();
  for (const it of group) if (it.placeExplicit && it.place) counts.set(it.place, (counts.get(it.place) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [p, c] of counts) if (c > n || (c === n && best !== null && p.length < best.length)) { best = p; n = c; }
  if (best) return best;
  const p = group[0]!.place;
  return p ? countryOf(p) : null;
}

function label(it: Item, place: string | null): string {
  const parts = [it.subject ? titleCase(it.subject) : null, it.predicate ? PREDICATES[it.predicate] ?? it.predicate : it.unitClass,
    place ? placeName(place) : null, it.time ? String(it.time.value) : null];
  return parts.filter(Boolean).join(' — ');
}

const titleCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function describe(it: Item): string {
  const f = it.figure;
  if (it.unitClass === 'date') return String(f.value);
  const unit = it.currency ?? (f.kind === 'percent' ? '%' : f.unit);
  const bound = f.bound === 'at-least' ? 'at least ' : f.bound === 'at-most' ? 'up to ' : f.bound === 'about' ? 'about ' : f.bound === 'nearly' ? 'nearly ' : '';
  return bound + formatAmount(f.value as number, unit);
}


const round4 = (v: number): string => String(Math.round(v * 10000) / 10000);

/**
 * The code of a mention's diagnostic: a scale slip against any source wins; currency, predicate, date and in-article
 * only when they explain every contradiction of the mention; else a plain conflict.
 */
function mentionCode(it: Item, others: Map<Item, DiagnosticCode>): DiagnosticCode {
  const codes = [...others.values()];
  if (codes.includes('conflict-scale')) return 'conflict-scale';
  for (const c of ['conflict-predicate', 'conflict-date', 'conflict-currency'] as const) if (codes.every((x) => x === c)) return c;
  if ([...others.keys()].every((p) => p.docIndex === it.docIndex)) return 'conflict-in-article';
  return 'conflict';
}

/**
 * The rate (units of the mention's currency per euro) a partner's figure is brought into the mention's currency at:
 * the mention's article's own stated rate, else the ECB rate of the partner's date (when its figure was written).
 */
function rateFor(p: Item, it: Item): { perEur: number; source: string; date: string | null } | undefined {
  if (!it.currency || !p.currency || !it.conversion) return undefined;
  if (it.currency === 'EUR') return { perEur: 1, source: 'none', date: null };
  if (it.conversion.source === 'stated') return it.conversion;
  const date = p.conversion?.date ?? it.conversion.date;
  const ecb = date ? ecbRate(it.currency, date) : undefined;
  return ecb ? { perEur: ecb.perEur, source: 'ecb', date: ecb.date } : it.conversion;
}

/** A partner's value in the mention's own currency, when both are money. */
function inCurrencyOf(p: Item, it: Item): number | undefined {
  const rate = rateFor(p, it);
  return rate ? p.amount * rate.perEur : undefined;
}

/** "EUR 4 bn at 1.08 on 2024-05-13": how a partner's figure was brought into the mention's currency. */
function conversionNote(p: Item, it: Item): string {
  const howOf = (rate: Item['conversion']): string =>
    rate?.source === 'stated' ? ' at the article\'s own rate' : rate ? ` at ${round4(rate.perEur)}${rate.date ? ` on ${rate.date}` : ''}` : '';
  if (it.currency === 'EUR') return `${describe(p)}${howOf(p.conversion)}`;
  if (p.currency === 'EUR') return `${describe(p)}${howOf(rateFor(p, it))}`;
  // neither is the euro: both rates are per euro ("NOK 60 bn = EUR 5.02 bn at 11.95 on 2025-08-08")
  return `${describe(p)} = ${formatAmount(p.amount, 'EUR', 3)}${howOf(p.conversion)}`;
}

/** What the other mentions say, in this mention's currency when they use another one. */
function summarize(it: Item, partners: Item[], rules: ConflictRules): string {
  const values = partners.map((p) => inCurrencyOf(p, it));
  const foreign = partners.filter((p) => p.currency && p.currency !== it.currency);
  if (values.every((v) => v !== undefined) && foreign.length > 0) {
    const vs = values as number[];
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    if (hi <= lo * (1 + rules.tolerance)) {
      const mean = vs.reduce((x, y) => x + y, 0) / vs.length;
      const notes = [...new Set(foreign.map((p) => conversionNote(p, it)))];
      return `about ${formatAmount(mean, it.currency!, 2)} (${notes.join('; ')})`;
    }
    return [...new Set(partners.map((p) => (p.currency !== it.currency ? `${describe(p)} (${formatAmount(inCurrencyOf(p, it)!, it.currency!)})` : describe(p))))].join('; ');
  }
  return [...new Set(partners.map(describe))].join('; ');
}

function buildDiagnostics(conflicts: Map<Item, Map<Item, DiagnosticCode>>, claimOf: Map<string, string>, rules: ConflictRules): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [it, others] of conflicts) {
    const code = mentionCode(it, others);
    const partners = [...others.keys()].sort((a, b) => a.docIndex - b.docIndex || a.figure.start - b.figure.start);
    const sources = new Set(partners.filter((p) => p.docIndex !== it.docIndex).map((p) => p.docIndex)).size;
    const here = partners.some((p) => p.docIndex === it.docIndex);
    const who = sources === 0 ? 'elsewhere this article says' :
      `${sources} other source${sources === 1 ? '' : 's'}${here ? ' and this article say' : sources === 1 ? ' says' : ' say'}`;
    const predicateNote = (x: Item) => (code === 'conflict-predicate' ? ` (${describePredicate(x)})` : '');
    const diag: Diagnostic = {
      path: it.doc.path,
      start: it.figure.start,
      end: it.figure.end,
      severity: 'warning',
      code,
      message: code === 'conflict-predicate'
        ? `${describe(it)}${predicateNote(it)} here; ${who} ${[...new Set(partners.map((p) => describe(p) + predicateNote(p)))].join('; ')}`
        : `${describe(it)} here; ${who} ${summarize(it, partners, rules)}`,
      related: representatives(partners, describe, rules.maxRelated).map((p) => ({
        path: p.doc.path, start: p.figure.start, end: p.figure.end,
        message: p.currency && it.currency && p.currency !== it.currency ? `${describe(p)} (${formatAmount(inCurrencyOf(p, it)!, it.currency)})` : describe(p),
      })),
    };
    const claim = claimOf.get(figureKey(it.doc.path, it.figure.start));
    if (claim) diag.claim = claim;
    out.push(diag);
  }
  return out;
}

/**
 * At most `max` partners for the related information, in their order: the first mention of every distinct value
 * first, so each contradicting value stays reachable, then the others.
 */
export function representatives<T>(partners: readonly T[], valueOf: (p: T) => string, max: number): T[] {
  if (partners.length <= max) return [...partners];
  const chosen = new Set<T>();
  const values = new Set<string>();
  for (const p of partners) {
    if (chosen.size >= max) break;
    const v = valueOf(p);
    if (!values.has(v)) { values.add(v); chosen.add(p); }
  }
  for (const p of partners) {
    if (chosen.size >= max) break;
    chosen.add(p);
  }
  return partners.filter((p) => chosen.has(p));
}

function describePredicate(it: Item): string {
  return it.predicate ? PREDICATES[it.predicate] ?? it.predicate : it.unitClass;
}

function unreadable(doc: AnalyzedDocument, f: Figure): Diagnostic {
  return {
    path: doc.path,
    start: f.start,
    end: f.end,
    severity: 'warning',
    code: 'unreadable-figure',
    message: `"${f.text}" cannot be read as a number${f.unreadable ? ` (${f.unreadable})` : ''}; check the source`,
    related: [],
  };
}

