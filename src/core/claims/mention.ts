/**
 * Mentions: the figures of one article as claim mentions, described from their context (subject, predicate, place,
 * time, source), with the story-dependent parts filled in once events are known. Pure per article.
 */
import type { AnalyzedDocument, Figure } from '../types';
import { compareSides } from '../compare/compare';
import { statedRates, toEur, type StatedRates } from '../compare/money';
import type { ConflictRules } from '../compare/rules';
import { figureContext, resolveSubject, type DocContext, type FigureContext } from './context';
import { fold } from './text';
import { vocabularyFor } from './vocabulary';
import { measureAmount } from './units';
import { side } from './pairs';
import { countsThings, periodDates, periodOf, reportDay, type Period } from './time';
import { clues } from './sameness-features';

/** One figure as a mention of a claim, with everything comparison needs. */
export interface Item extends FigureContext {
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
  /** The absolute period its clause dates it by ("l'an dernier" -> 2023, "Q3 2024"), from time.ts. */
  period: Period | null;
  /** Cognate keys of the content words around the figure, and the names of its sentence (sameness-features.ts). */
  words: readonly string[];
  names: readonly string[];
  /**
   * An earlier value of a count its article also gives as it is now ("zuvor war von 39 Toten die Rede" beside "auf 38
   * korrigiert"): kept in its claim with its time, never compared (pairs.ts `superseded`), never a reason to split.
   */
  superseded: boolean;
  /** Distinct values its article states in its bucket, and this one's rank among them (0 = largest): set at linking. */
  mates: number;
  rank: number;
  /** The number as its article states it: event, unit class, currency, value (`describeArticles`). */
  number: string;
  /**
   * The numbers its article states in its event, whatever their claim key, shared by the article's mentions: another
   * article's number this one also states is explained by it (pairs.ts, `stated-elsewhere`).
   */
  stated: ReadonlySet<string>;
  /**
   * Its article's mentions of the event by unit class and currency (`numberGroup`), one per value, sorted by amount:
   * a restatement of another article's number, rounded or bounded, is found by its amount (pairs.ts).
   */
  statedAmounts: ReadonlyMap<string, readonly Item[]>;
}

const NOTHING_STATED: ReadonlySet<string> = new Set();
const NO_AMOUNTS: ReadonlyMap<string, readonly Item[]> = new Map();

/** The event, unit class and currency of a mention: the numbers of one article that can restate each other. */
export const numberGroup = (x: Item): string => `${x.story}\u0000${x.unitClass}\u0000${x.currency ?? ''}`;

/**
 * Each article's numbers in its event (`stated`), read once event, unit class and currency are known: a number the
 * article states in any claim key, so a mention's counterpart is found even when the two articles key it apart.
 */
export function describeArticles(items: readonly Item[]): void {
  const byDoc = new Map<number, Set<string>>();
  const amounts = new Map<number, Map<string, Item[]>>();
  for (const it of items) {
    it.number = `${numberGroup(it)}\u0000${it.figure.value}`;
    let set = byDoc.get(it.docIndex);
    if (!set) byDoc.set(it.docIndex, (set = new Set()));
    let groups = amounts.get(it.docIndex);
    if (!groups) amounts.set(it.docIndex, (groups = new Map()));
    if (!set.has(it.number)) {
      const g = numberGroup(it);
      const list = groups.get(g);
      if (list) list.push(it);
      else groups.set(g, [it]);
    }
    set.add(it.number);
    it.stated = set;
    it.statedAmounts = groups;
  }
  for (const groups of amounts.values()) for (const list of groups.values()) list.sort((x, y) => x.amount - y.amount);
}

/**
 * Why a figure is no mention: each drop is a named rule, recorded with `trace: true` (formClaims' `dropped`) and
 * printed by scripts/dev/explain.ts and miss-stages.ts.
 * - `unreadable`: a figure whose value could not be read (its own diagnostic);
 * - `not-positive`: a zero or a negative level ("0 commentaires", "-5 °C") has no scale to compare;
 * - `contrast`: a figure of a clause of contrast ("contre 12 l'an dernier", "compared with") is the other side;
 * - `ago`: a duration made a past point ("il y a quatre ans");
 * - `date-not-year`: a day, month or quarter ("2024-03", "2024-Q3") is a time of another figure, not a fact of its own (unless a deadline);
 * - `year-no-cue`: a year without a cue word cannot be told from the story's other years;
 * - `year-not-event`: a year with a cue word that is no event's (a deadline, compared as a time);
 * - `share-no-cue`: a percentage without a cue word nor a base (share-base.ts);
 * - `money-no-currency`: an amount whose currency neither it nor its article says;
 * - `rival`: a rival's figure ("concurrent Microsoft ...") in an article about another subject;
 * - `no-rate`: money without an exchange rate for its date.
 */
export type DropRuleId =
  | 'unreadable'
  | 'not-positive'
  | 'contrast'
  | 'ago'
  | 'date-not-year'
  | 'year-no-cue'
  | 'year-not-event'
  | 'share-no-cue'
  | 'money-no-currency'
  | 'rival'
  | 'no-rate';

/** Receives each figure that is no mention, with the rule that dropped it (only when tracing). */
export type DropTracer = (doc: AnalyzedDocument, figure: Figure, rule: DropRuleId) => void;

/** Predicates whose year is a fact of its own (the year a site opened), not the deadline of another claim. */
export const EVENT_PREDICATES = new Set(['open', 'complete']);

/**
 * One key per organization: an acronym stands for its multi-word name, and an inflected name ("Microsofts",
 * "Ørsteds", "Microsoftu") for the bare one when the workspace also names it bare.
 */
export function nameAliases(acronyms: Map<string, string>, summaries: DocContext[]): (k: string) => string {
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
export function collectAcronyms(c: DocContext, into: Map<string, string>): void {
  for (const n of c.names) {
    if (n.length < 2) continue;
    let initials = '';
    for (let k = 0; k < n.length; k++) initials += c.tokens[n.index + k]!.folded[0];
    if (!into.has(initials)) into.set(initials, n.key);
  }
}

/** The publication date most articles of a story share: the date for articles that give none. */
export function storyPublicationDates(docs: readonly AnalyzedDocument[], stories: string[]): Map<string, string> {
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
export function contextCurrency(doc: AnalyzedDocument): (f: Figure) => string | undefined {
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

/**
 * A fall printed with its sign ("-2,1", "minus 14,1 prosent") is the same fact as a fall said in words ("straciła
 * 2,1 punktu", "tapte 14,1 prosent"): both are compared by their size, the direction being the change's
 * (docs/conflict-rules.md, losses and negative returns). A negative level (a temperature) has no change and stays out.
 */
export function asFall(f: Figure): Figure {
  return f.change === 'down' && typeof f.value === 'number' && f.value < 0 ? { ...f, value: -f.value } : f;
}

/** The figures of one article as mentions, described from their context; story-dependent parts come later. */
export function readItems(ctx: DocContext, docIndex: number, onDrop?: DropTracer): Item[] {
  const doc = ctx.doc;
  const drop = (f: Figure, rule: DropRuleId): void => onDrop?.(doc, f, rule);
  // years date figures; a month is only read as a deadline ("do czerwca 2026"), compared by deadlinesDiffer
  const dates = doc.figures.filter(
    (f) => f.kind === 'date' && (typeof f.value === 'number' || (f.unit === 'month' && f.deadline === true)),
  );
  const currencyOf = contextCurrency(doc);
  const clauseDates = periodDates(ctx);
  // each token's clue word, read once for the article: neighbouring figures share their clue windows
  const clueWords = new Array<string | null | undefined>(ctx.tokens.length).fill(undefined);
  const out: Item[] = [];
  const contexts: FigureContext[] = [];
  for (const printed of doc.figures) {
    const figure = asFall(printed);
    // a zero ("0 commentaires") or a negative level ("-5 °C") has no scale to compare
    if (typeof figure.value !== 'number' || !Number.isFinite(figure.value) || figure.value <= 0) {
      drop(
        printed,
        figure.value === null ? 'unreadable' : typeof figure.value === 'string' ? 'date-not-year' : 'not-positive',
      );
      continue;
    }
    contexts.push(figureContext(ctx, figure, dates));
  }
  listBases(contexts);
  for (const fc of contexts) {
    const figure = fc.figure;
    const rule = dropRule(fc);
    if (rule !== null) {
      drop(figure, rule);
      continue;
    }
    const item = newItem(fc, doc, docIndex);
    // a measure is compared in its class's unit: miles as kilometres, Fahrenheit as Celsius
    item.amount = measureAmount(figure, figure.value as number);
    item.period = periodOf(ctx, figure, clauseDates);
    const c = clues(ctx, figure, clueWords);
    item.words = c.words;
    item.names = c.names;
    if (Array.isArray(figure.range) && typeof figure.range[0] === 'number')
      item.range = [measureAmount(figure, figure.range[0]), measureAmount(figure, figure.range[1] as number)];
    if (fc.unitClass === 'money') {
      const currency = /^[A-Z]{3}$/.test(figure.unit) ? figure.unit : currencyOf(figure);
      if (!currency) {
        drop(figure, 'money-no-currency');
        continue;
      }
      item.currency = currency;
    }
    out.push(item);
  }
  return out;
}

/** The rule that keeps a figure out of the mentions, or null when it is one. */
export function dropRule(fc: FigureContext): DropRuleId | null {
  if (fc.contrast) return 'contrast';
  if (fc.ago) return 'ago';
  if (fc.unitClass === 'date' && fc.figure.unit !== 'year') return 'date-not-year';
  // a year or a percentage without a cue word cannot be told from the story's other years and rates, unless the
  // share says what it is of ("29,49 % des voix": share-base.ts)
  if (fc.unitClass === 'date' && !fc.predicateExplicit) return 'year-no-cue';
  if (fc.unitClass === '%' && !fc.predicateExplicit && fc.base === null) return 'share-no-cue';
  if (fc.unitClass === 'date' && !EVENT_PREDICATES.has(fc.predicate!)) return 'year-not-event'; // compared as times
  return null;
}

/**
 * `share-base-of-list`: a share without a cue word or a base of its own takes the base of the last share before it in
 * its article that names one; a headline's share, the first after it (the headline's "avec 29,49 %" is the body's
 * "29,49 % des voix"; the body's "Con el 97 % escrutado" before "32,84% de los votos" is not). Results are listed so: "el PS obtuvo el 28,66 % (77 escaños), frente a AD, que sumó el 28,63 % de los
 * sufragios", "con il 32,6 per cento dei voti ... fermo al 28,8 per cento. Chega ... con il 19,3 per cento": the base
 * is said once, the list's other shares are of it too.
 */
export function listBases(contexts: readonly FigureContext[]): void {
  let base: string | null = null;
  const waiting: FigureContext[] = [];
  for (const fc of contexts) {
    if (fc.unitClass !== '%' || fc.predicateExplicit) continue;
    if (fc.base !== null) {
      base = fc.base;
      for (const w of waiting.splice(0)) w.base = base;
    } else if (base !== null) fc.base = base;
    else if (fc.sentence === 0) waiting.push(fc);
  }
}

/**
 * A mention from its figure's context, every field written in one literal in one order (the optional ones too): items
 * made by spreading the context each got a hidden class of their own in V8, about 1 KB per mention on 10 000 articles.
 */
export function newItem(fc: FigureContext, doc: AnalyzedDocument, docIndex: number): Item {
  return {
    figure: fc.figure,
    source: fc.source,
    role: fc.role,
    sentence: fc.sentence,
    clause: fc.clause,
    subject: fc.subject,
    subjectCandidates: fc.subjectCandidates,
    subjectExplicit: fc.subjectExplicit,
    predicate: fc.predicate,
    predicateExplicit: fc.predicateExplicit,
    base: fc.base,
    concept: fc.concept,
    place: fc.place,
    placeExplicit: fc.placeExplicit,
    placeNear: fc.placeNear,
    site: fc.site,
    time: fc.time,
    unitClass: fc.unitClass,
    contrast: fc.contrast,
    total: fc.total,
    cumulative: fc.cumulative,
    rivalNames: fc.rivalNames,
    ago: fc.ago,
    target: fc.target,
    present: fc.present,
    horizon: fc.horizon,
    pastMonth: fc.pastMonth,
    past: fc.past,
    earlierWord: fc.earlierWord,
    doc,
    docIndex,
    story: '',
    amount: fc.figure.value as number,
    range: undefined,
    currency: undefined,
    conversion: undefined,
    key: '',
    equivalentOf: undefined,
    period: null,
    words: [],
    names: [],
    superseded: false,
    mates: 1,
    rank: 0,
    number: '',
    stated: NOTHING_STATED,
    statedAmounts: NO_AMOUNTS,
  };
}

/** Story, subject and money conversion of one article's mentions, once stories are known. */
export function finishItems(
  items: Item[],
  doc: AnalyzedDocument,
  story: string,
  storyDate: string | null,
  mainSubject: string | null,
  alias: (k: string) => string,
  rules: ConflictRules,
  principals: ReadonlySet<string>,
  eventSubject: string | null,
  onDrop?: DropTracer,
): Item[] {
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
    if (it.rivalNames && !it.rivalNames.some((k) => alias(k) === mainSubject)) {
      onDrop?.(doc, it.figure, 'rival');
      continue;
    }
    if (it.currency) {
      const conv = toEur(it.figure.value as number, it.currency, date, stated);
      if (!conv) {
        onDrop?.(doc, it.figure, 'no-rate');
        continue;
      }
      it.amount = conv.eur;
      if (it.range) it.range = [it.range[0] / conv.perEur, it.range[1] / conv.perEur];
      it.conversion = { perEur: conv.perEur, source: conv.source, date: conv.date };
    }
    out.push(it);
  }
  sameNumberSameFact(out);
  statedEquivalentsShare(out, doc.text, vocabularyFor(doc.language).equivalents);
  runningTotals(out, rules);
  supersededValues(out);
  return out;
}

/**
 * `superseded`: a count its article marks as an earlier value (a word of anteriority next to it, or a day of its own
 * before the report's day: "51 dead yesterday") while it states another value of the same counted thing without one:
 * the article gives the figure as it was and as it is ("Die Polizei hat die Zahl der Todesopfer auf 38 korrigiert –
 * zuvor war von 39 Toten die Rede"). The earlier value is no claim of the article (docs/conflict-rules.md: "a figure
 * the article itself marks as superseded is not a claim of that article"), but it stays in the claim with its time.
 * Counts of things only (time.ts `countsThings`): money and shares marked "initial" are often another fact (an initial
 * fee beside its add-ons).
 */
export function supersededValues(items: readonly Item[]): void {
  const earlier = (x: Item): boolean => x.earlierWord || dayBefore(x);
  for (const it of items) {
    if (!countsThings(it) || !earlier(it)) continue;
    it.superseded = items.some(
      (o) => o !== it && o.unitClass === it.unitClass && o.figure.value !== it.figure.value && !earlier(o),
    );
  }
}

/** A mention dated by a day of its own ("yesterday", "hier") before its article's publication day. */
function dayBefore(x: Item): boolean {
  const day = reportDay(x);
  return x.period !== null && x.period.unit === 'day' && day !== null && x.period.value < day;
}

/**
 * A total amount ("Totalt har X dermed investert ...") that no other amount of its article restates, beside amounts of
 * the news, sums the news with earlier ones: a running total, like one counted "since" a year.
 */
export function runningTotals(items: Item[], rules: ConflictRules): void {
  const money = items.filter((x) => x.unitClass === 'money');
  const news = money.filter((x) => !x.total);
  if (news.length === 0) return;
  for (const x of money) {
    if (!x.total || x.cumulative) continue;
    if (!news.some((y) => y.equivalentOf === x || x.equivalentOf === y || compareSides(side(x), side(y), rules).agree))
      x.cumulative = true;
  }
}

/** "3.2 milliards d'euros (2.7 milliards de livres sterling, 3.4 milliards de dollars)": the bracket restates its figure. */
export function statedEquivalentsShare(items: Item[], text: string, words: Set<string>): void {
  const money = items.filter((x) => x.unitClass === 'money');
  // ", soit ", " (umgerechnet ": an equivalence word between the two amounts, nothing else
  const saysEquivalent = (gap: string): boolean =>
    words.has(
      fold(gap)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' '),
    ) && /^[\s,(:–-]*[\p{L}\s.]+$/u.test(gap);
  for (let i = 0; i < money.length; i++) {
    const anchor = money[i]!;
    for (let j = i + 1; j < money.length; j++) {
      const gap = text.slice(money[j - 1]!.figure.end, money[j]!.figure.start);
      if (!(j === i + 1 ? /^\s*\(\s*$/.test(gap) || saysEquivalent(gap) : /^\s*[,;/]\s*$/.test(gap))) break;
      const x = money[j]!;
      x.equivalentOf = anchor;
      x.subject = anchor.subject;
      x.subjectExplicit = anchor.subjectExplicit;
      x.predicate = anchor.predicate;
      x.predicateExplicit = anchor.predicateExplicit;
      x.concept = anchor.concept;
      x.place = anchor.place;
      x.placeExplicit = anchor.placeExplicit;
      x.placeNear = anchor.placeNear;
      x.time = anchor.time;
      x.period = anchor.period;
      x.total = anchor.total;
      x.contrast = anchor.contrast;
    }
  }
}

/** Money without a cue word takes the predicate most money figures of its story have ("invest", "raise-funding"). */
export function defaultMoneyPredicates(items: Item[]): void {
  const counts = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (it.unitClass !== 'money' || !it.predicateExplicit || !it.predicate) continue;
    const m = counts.get(it.story) ?? new Map<string, number>();
    m.set(it.predicate, (m.get(it.predicate) ?? 0) + 1);
    counts.set(it.story, m);
  }
  const usual = new Map<string, string>();
  for (const [story, m] of counts)
    usual.set(story, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  for (const it of items) {
    if (it.unitClass !== 'money' || it.predicate) continue;
    const p = usual.get(it.story);
    if (p) it.predicate = p;
  }
}

/** Inside one article the same number with the same unit is the same fact: share what its mentions make explicit. */
export function sameNumberSameFact(items: Item[]): void {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${it.unitClass}|${it.currency ?? ''}|${it.figure.value}`;
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const subj = g.find((x) => x.subjectExplicit);
    const pred = g.find((x) => x.predicateExplicit);
    const concept = g.find((x) => x.concept !== null)?.concept ?? null;
    const place = g.find((x) => x.placeNear) ?? g.find((x) => x.placeExplicit);
    const time = g.find((x) => x.time);
    const period = g.find((x) => x.period);
    for (const x of g) {
      if (subj && !x.subjectExplicit) {
        x.subject = subj.subject;
        x.subjectExplicit = true;
      }
      if (pred && !x.predicateExplicit) {
        x.predicate = pred.predicate;
        x.predicateExplicit = true;
      }
      // the same number of one article is of one thing: a concept said once holds for its repetitions
      if (x.concept === null) x.concept = concept;
      if (place && !x.placeExplicit) {
        x.place = place.place;
        x.placeExplicit = true;
        x.placeNear = place.placeNear;
      }
      if (time && !x.time) x.time = time.time;
      if (period && !x.period) x.period = period.period;
    }
  }
}

/** The date figures mentions' times point at, as items of their own for the diagnostics (one per run, no module state). */
export class TimeItems {
  private readonly items = new Map<Figure, Item>();
  get(f: Figure): Item | undefined {
    return this.items.get(f);
  }
  of(owner: Item, f: Figure): Item {
    let it = this.items.get(f);
    if (!it) {
      it = newItem(owner, owner.doc, owner.docIndex);
      it.story = owner.story;
      it.figure = f;
      it.amount = typeof f.value === 'number' ? f.value : Number(String(f.value).slice(0, 4));
      it.unitClass = 'date';
      it.time = null;
      this.items.set(f, it);
    }
    return it;
  }
}
