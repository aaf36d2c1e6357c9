/**
 * Diagnostics: one warning per contradicted mention, with what the other sources say (in its currency) and bounded
 * related information.
 */
import type {
  AnalyzedDocument,
  Diagnostic,
  DiagnosticCode,
  Figure,
  MessageFigure,
  MessageParts,
  MessageValues,
} from '../types';
import { formatAmount } from '../compare/money';
import { ecbRate } from '../compare/rates';
import type { ConflictRules } from '../compare/rules';
import { predicateLabel } from '../lang/claim-vocabulary';
import type { Item } from './mention';
import type { Conflicts } from './conflicts';
import { figureKey } from './keys';
import { aroundDay, reportDay } from './time';

export function describe(it: Item): string {
  const f = it.figure;
  if (it.unitClass === 'date') return String(f.value);
  const unit = it.currency ?? (f.kind === 'percent' ? '%' : f.unit);
  const bound =
    f.bound === 'at-least'
      ? 'at least '
      : f.bound === 'at-most'
        ? 'up to '
        : f.bound === 'about'
          ? 'about '
          : f.bound === 'nearly'
            ? 'nearly '
            : '';
  return bound + formatAmount(f.value as number, unit);
}

export const round4 = (v: number): string => String(Math.round(v * 10000) / 10000);

/**
 * The code of a mention's diagnostic: a scale slip against any source wins; currency, predicate, date, update and
 * in-article only when they explain every contradiction of the mention; else a plain conflict.
 */
export function mentionCode(it: Item, others: Map<Item, DiagnosticCode>): DiagnosticCode {
  const codes = [...others.values()];
  if (codes.includes('conflict-scale')) return 'conflict-scale';
  for (const c of ['conflict-predicate', 'conflict-date', 'conflict-currency', 'conflict-update'] as const)
    if (codes.every((x) => x === c)) return c;
  if ([...others.keys()].every((p) => p.docIndex === it.docIndex)) return 'conflict-in-article';
  return 'conflict';
}

/**
 * The rate (units of the mention's currency per euro) a partner's figure is brought into the mention's currency at:
 * the mention's article's own stated rate, else the ECB rate of the partner's date (when its figure was written).
 */
export function rateFor(p: Item, it: Item): { perEur: number; source: string; date: string | null } | undefined {
  if (!it.currency || !p.currency || !it.conversion) return undefined;
  if (it.currency === 'EUR') return { perEur: 1, source: 'none', date: null };
  if (it.conversion.source === 'stated') return it.conversion;
  const date = p.conversion?.date ?? it.conversion.date;
  const ecb = date ? ecbRate(it.currency, date) : undefined;
  return ecb ? { perEur: ecb.perEur, source: 'ecb', date: ecb.date } : it.conversion;
}

/** A partner's value in the mention's own currency, when both are money. */
export function inCurrencyOf(p: Item, it: Item): number | undefined {
  const rate = rateFor(p, it);
  return rate ? p.amount * rate.perEur : undefined;
}

/** "EUR 4 bn at 1.08 on 2024-05-13": how a partner's figure was brought into the mention's currency. */
export function conversionNote(p: Item, it: Item): string {
  const howOf = (rate: Item['conversion']): string =>
    rate?.source === 'stated'
      ? " at the article's own rate"
      : rate
        ? ` at ${round4(rate.perEur)}${rate.date ? ` on ${rate.date}` : ''}`
        : '';
  if (it.currency === 'EUR') return `${describe(p)}${howOf(p.conversion)}`;
  if (p.currency === 'EUR') return `${describe(p)}${howOf(rateFor(p, it))}`;
  // neither is the euro: both rates are per euro ("NOK 60 bn = EUR 5.02 bn at 11.95 on 2025-08-08")
  return `${describe(p)} = ${formatAmount(p.amount, 'EUR', 3)}${howOf(p.conversion)}`;
}

/**
 * What the other mentions say, in this mention's currency when they use another one. `describeOf` is `describe`,
 * or a memo of it: a mention of a story copied thousands of times is described once per partner it contradicts.
 */
export function summarize(
  it: Item,
  partners: Item[],
  rules: ConflictRules,
  describeOf: (p: Item) => string = describe,
): string {
  const values = partners.map((p) => inCurrencyOf(p, it));
  const foreign = partners.filter((p) => p.currency && p.currency !== it.currency);
  if (values.every((v) => v !== undefined) && foreign.length > 0) {
    const vs = values as number[];
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of vs) {
      // a loop, not Math.min(...vs): thousands of partners would overflow the call's argument list
      if (Number.isNaN(v)) {
        lo = hi = NaN; // as Math.min/max would say: no band
        break;
      }
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi <= lo * (1 + rules.tolerance)) {
      const mean = vs.reduce((x, y) => x + y, 0) / vs.length;
      return `about ${formatAmount(mean, it.currency!, 2)} (${listValues(foreign.map((p) => conversionNote(p, it)))})`;
    }
    // many partners repeat one value in one currency: each distinct text is formatted once
    const converted = new Map<string, string>();
    return listValues(
      partners.map((p, k) => {
        if (p.currency === it.currency) return describeOf(p);
        const key = `${describeOf(p)}\u0000${vs[k]!}`;
        let text = converted.get(key);
        if (text === undefined) {
          text = `${describeOf(p)} (${formatAmount(vs[k]!, it.currency!)})`;
          converted.set(key, text);
        }
        return text;
      }),
    );
  }
  return listValues(partners.map(describeOf));
}

export function buildDiagnostics(
  conflicts: Conflicts,
  claimOf: Map<string, string>,
  rules: ConflictRules,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // each mention is described once, however many contradicted mentions list it
  const described = new Map<Item, string>();
  const describeOf = (p: Item): string => {
    let text = described.get(p);
    if (text === undefined) described.set(p, (text = describe(p)));
    return text;
  };
  for (const it of conflicts.mentions()) {
    // built for this mention only: a mention of a large claim has thousands of partners, held one mention at a time
    const others = conflicts.partnersOf(it);
    const code = mentionCode(it, others);
    const partners = [...others.keys()].sort((a, b) => a.docIndex - b.docIndex || a.figure.start - b.figure.start);
    const sources = new Set(partners.filter((p) => p.docIndex !== it.docIndex).map((p) => p.docIndex)).size;
    const here = partners.some((p) => p.docIndex === it.docIndex);
    const who =
      sources === 0
        ? 'elsewhere this article says'
        : `${sources} other source${sources === 1 ? '' : 's'}${here ? ' and this article say' : sources === 1 ? ' says' : ' say'}`;
    const predicateNote = (x: Item) => (code === 'conflict-predicate' ? ` (${describePredicate(x)})` : '');
    const diag: Diagnostic = {
      path: it.doc.path,
      start: it.figure.start,
      end: it.figure.end,
      severity: 'warning',
      code,
      message:
        code === 'conflict-predicate'
          ? `${describeOf(it)}${predicateNote(it)} here; ${who} ${listValues(partners.map((p) => describeOf(p) + predicateNote(p)))}`
          : code === 'conflict-update'
            ? updateMessage(it, partners)
            : `${describeOf(it)} here; ${who} ${summarize(it, partners, rules, describeOf)}`,
      related: representatives(partners, describeOf, rules.maxRelated).map((p) => ({
        path: p.doc.path,
        start: p.figure.start,
        end: p.figure.end,
        message:
          p.currency && it.currency && p.currency !== it.currency
            ? `${describeOf(p)} (${formatAmount(inCurrencyOf(p, it)!, it.currency)})`
            : describeOf(p),
      })),
    };
    const claim = claimOf.get(figureKey(it.doc.path, it.figure.start));
    if (claim) diag.claim = claim;
    const parts = messageParts(it, partners, code, sources, here, describeOf);
    if (parts) diag.parts = parts;
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
    if (!values.has(v)) {
      values.add(v);
      chosen.add(p);
    }
  }
  for (const p of partners) {
    if (chosen.size >= max) break;
    chosen.add(p);
  }
  return partners.filter((p) => chosen.has(p));
}

/**
 * A figure that moved between reports: which one is older and what the later ones say, each with its day ("12 death
 * here (2024-03-03), an older report; later reports: 19 death (2024-03-04); 27 death (2024-03-06)"). Each side is
 * bounded like any list of values.
 */
export function updateMessage(it: Item, partners: readonly Item[]): string {
  const { earlier, later } = aroundDay(it, partners);
  const dated = (x: Item): string => `${describe(x)} (${reportDay(x) ?? 'undated'})`;
  const parts = [`${dated(it)} here, ${later.length > 0 ? 'an older report' : 'the latest report'}`];
  if (earlier.length > 0) parts.push(`earlier reports: ${listValues(earlier.map(dated))}`);
  if (later.length > 0) parts.push(`later reports: ${listValues(later.map(dated))}`);
  return parts.join('; ');
}

/** A mention's figure as a message's part: its value in the currency it is compared in, as `describe` states it. */
export function messageFigure(it: Item, note: { predicate?: string; day?: string | null } = {}): MessageFigure {
  const f = it.figure;
  const out: MessageFigure = {
    kind: f.kind,
    value: f.value,
    unit: it.unitClass !== 'date' && f.kind === 'money' && it.currency ? it.currency : f.unit,
  };
  if (f.range) out.range = f.range;
  if (f.bound) out.bound = f.bound;
  if (f.deadline) out.deadline = true;
  if (note.predicate !== undefined) out.predicate = note.predicate;
  if (note.day !== undefined) out.day = note.day;
  return out;
}

/** The distinct values of `items` by `keyOf`, bounded as `listValues` bounds a message's list. */
export function messageValues(
  items: readonly Item[],
  keyOf: (x: Item) => string,
  figureOf: (x: Item) => MessageFigure,
): MessageValues {
  const { values, more } = boundedValues(items, keyOf);
  return { values: values.map(({ item, count }) => ({ figure: figureOf(item), count })), more };
}

/**
 * The parts of the messages no claim verdict can word (a count of something else, another date, an older or later
 * report), for the language server to word in the UI language; undefined for the other codes. Values are grouped
 * by the same keys as the English message, so both list the same values.
 */
export function messageParts(
  it: Item,
  partners: readonly Item[],
  code: DiagnosticCode,
  sources: number,
  alsoHere: boolean,
  describeOf: (p: Item) => string,
): MessageParts | undefined {
  if (code === 'conflict-predicate' || code === 'conflict-date') {
    const predicated = (x: Item): MessageFigure =>
      messageFigure(x, code === 'conflict-predicate' ? { predicate: x.predicate || x.unitClass } : {});
    const key = (x: Item): string =>
      code === 'conflict-predicate' ? `${describeOf(x)}\u0000${x.predicate || x.unitClass}` : describeOf(x);
    return { code, here: predicated(it), sources, alsoHere, others: messageValues(partners, key, predicated) };
  }
  if (code === 'conflict-update') {
    const { earlier, later } = aroundDay(it, partners);
    const dated = (x: Item): MessageFigure => messageFigure(x, { day: reportDay(x) });
    const key = (x: Item): string => `${describe(x)}\u0000${reportDay(x) ?? ''}`;
    return {
      code,
      here: dated(it),
      earlier: messageValues(earlier, key, dated),
      later: messageValues(later, key, dated),
    };
  }
  return undefined;
}

export function describePredicate(it: Item): string {
  return it.predicate ? predicateLabel(it.predicate) : it.unitClass;
}

export function unreadable(doc: AnalyzedDocument, f: Figure): Diagnostic {
  return {
    path: doc.path,
    start: f.start,
    end: f.end,
    severity: 'warning',
    code: 'unreadable-figure',
    message: `"${f.text}" cannot be read as a number${f.unreadable ? ` (${f.unreadable})` : ''}; check the source`,
    related: [],
    parts: { code: 'unreadable-figure', text: f.text },
  };
}

/** The most distinct values a message lists: past it, the most stated ones and how many others there are. */
export const MAX_LISTED_VALUES = 4;

/**
 * The distinct values of `texts`, joined with "; ". Bounded however many sources repeat a claim: past
 * MAX_LISTED_VALUES distinct values, the most stated ones (with their counts) and "N other values", so a story
 * copied by thousands of sites gives messages of the same length as one copied by ten.
 */
export function listValues(texts: readonly string[]): string {
  const { values, more } = boundedValues(texts, (t) => t);
  if (more === 0) return values.map((v) => v.item).join('; ');
  const shown = values.map(({ item, count }) => (count > 1 ? `${item} (${count} mentions)` : item));
  return `${shown.join('; ')}; and ${more} other value${more === 1 ? '' : 's'}`;
}

/**
 * The distinct values of `items` (by `keyOf`), each with its first item and how often it is stated: all of them in
 * order of first statement when there are at most MAX_LISTED_VALUES, else the most stated ones and how many others.
 */
export function boundedValues<T>(
  items: readonly T[],
  keyOf: (x: T) => string,
): { values: { item: T; count: number }[]; more: number } {
  const counts = new Map<string, { item: T; count: number }>();
  for (const x of items) {
    const k = keyOf(x);
    const seen = counts.get(k);
    if (seen) seen.count++;
    else counts.set(k, { item: x, count: 1 });
  }
  if (counts.size <= MAX_LISTED_VALUES) return { values: [...counts.values()], more: 0 };
  // stable: among values stated as often, the first stated comes first
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  return { values: ranked.slice(0, MAX_LISTED_VALUES), more: ranked.length - MAX_LISTED_VALUES };
}
