/**
 * Verdicts: the comparable pairs of each claim judged (compare/compare.ts), deadlines of one target compared, the
 * same count with another counted noun across claims (conflict-predicate).
 */
import type { Claim, DiagnosticCode, Figure } from '../types';
import { CODE_PRIORITY, compareSides, factor, type Verdict } from '../compare/compare';
import type { ConflictRules } from '../compare/rules';
import { placeName, predicateLabel } from '../lang/claim-vocabulary';
import { countryOf } from './context';
import { DURATIONS, SAME_FACT_PREDICATES, UNIT_PREDICATES } from './units';
import type { Item, TimeItems } from './mention';
import type { ConflictClass, Conflicts } from './conflicts';
import { successiveReports } from './time';
import { currencySlip, ownConversion, comparable, comparableAcross, sameTarget, signature, side } from './pairs';

export function judgeClaim(
  group: Item[],
  rules: ConflictRules,
  flag: (a: Item, b: Item, c: DiagnosticCode) => void,
  id: string,
  times: TimeItems,
  trace?: VerdictTracer,
  conflicts?: Conflicts,
): Claim {
  let conflict: DiagnosticCode | undefined;
  let allExact = true;
  // the deadline of one target is compared whatever its amounts say (a currency slip and another year are two errors);
  // the trace records the code the pair is flagged with (an update, a contradiction inside one article)
  const judgePair = (a: Item, b: Item, verdict: Verdict): void => {
    if (verdict.agree) {
      trace?.(a, b, 'agree');
      deadlineConflict(a, b, flag, times);
      allExact &&= verdict.exact;
      return;
    }
    const code: DiagnosticCode =
      verdict.code !== 'conflict'
        ? verdict.code
        : a.docIndex === b.docIndex
          ? 'conflict-in-article'
          : successiveReports(a, b)
            ? 'conflict-update'
            : 'conflict';
    trace?.(a, b, code);
    deadlineConflict(a, b, flag, times);
    flag(a, b, code);
    if (!conflict || CODE_PRIORITY.indexOf(code) < CODE_PRIORITY.indexOf(conflict)) conflict = code;
  };
  const verdictOf = (a: Item, b: Item): Verdict =>
    a.unitClass === 'date'
      ? a.amount === b.amount
        ? { agree: true, exact: true }
        : { agree: false, code: 'conflict-date' }
      : ownConversion(a, b)
        ? { agree: true, exact: false }
        : compareSides(side(a), side(b), rules);

  // inside each article: all pairs (an article has few mentions of one claim)
  const byDoc = new Map<number, Item[]>();
  for (const it of group) {
    const list = byDoc.get(it.docIndex);
    if (list) list.push(it);
    else byDoc.set(it.docIndex, [it]);
  }
  for (const list of byDoc.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++)
        if (comparable(list[i]!, list[j]!, rules)) judgePair(list[i]!, list[j]!, verdictOf(list[i]!, list[j]!));
    }
  }
  // a sentence that states the other source's value next to this one tells two facts ("employs 120,000 people, and
  // strikes involved 100,000 employees"): its second figure does not contradict that source
  const bySentence = new Map<string, Item[]>();
  for (const it of group) {
    const k = `${it.docIndex}:${it.sentence}`;
    const list = bySentence.get(k);
    if (list) list.push(it);
    else bySentence.set(k, [it]);
  }
  // each mention's sentence mates, looked up once: saysBoth runs for every contradicting pair of a large claim
  const matesOf = new Map<Item, Item[]>();
  for (const list of bySentence.values()) for (const it of list) matesOf.set(it, list);
  const saysBoth = (x: Item, other: Item): boolean => {
    const mates = matesOf.get(x)!;
    return (
      mates.length > 1 && mates.some((m) => m !== x && m.figure.value !== x.figure.value && verdictOf(m, other).agree)
    );
  };
  // across articles: one comparison per pair of distinct mention signatures (a claim of hundreds of mentions has few)
  const classes = new Map<string, Item[]>();
  for (const it of group) {
    const k = signature(it);
    const list = classes.get(k);
    if (list) list.push(it);
    else classes.set(k, [it]);
  }
  const reps = [...classes.values()];
  // a currency slip joined the claim through the number it repeats; it contradicts the other sources' conversions
  // of that number too, however far the rate puts them ("2,8 Milliarden Euro" for PLN 2.8bn against "$700 million")
  const slipped = new Set<Item[]>();
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++)
      if (currencySlip(reps[i]![0]!, reps[j]![0]!)) {
        slipped.add(reps[i]!);
        slipped.add(reps[j]!);
      }
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
          for (const a of A) for (const b of B) if (a.docIndex !== b.docIndex) deadlineConflict(a, b, flag, times);
        }
        continue;
      }
      const verdict = verdictOf(a0, b0);
      const excluded = (a: Item, b: Item): boolean =>
        a.docIndex === b.docIndex ||
        (!verdict.agree && verdict.code === 'conflict' && (saysBoth(a, b) || saysBoth(b, a)));
      // two classes that disagree: each mention records the other class once, not every pair (conflicts.ts)
      const byClass: { ofA: ConflictClass; ofB: ConflictClass } | undefined =
        conflicts && i !== j && !verdict.agree
          ? {
              ofA: { members: A, excluded, codeOf: (a, b) => acrossCode(verdict, a, b) },
              ofB: { members: B, excluded, codeOf: (a, b) => acrossCode(verdict, a, b) },
            }
          : undefined;
      for (let x = 0; x < A.length; x++) {
        for (let y = i === j ? x + 1 : 0; y < B.length; y++) {
          const a = A[x]!;
          const b = B[y]!;
          if (excluded(a, b)) continue;
          if (byClass) {
            const code = acrossCode(verdict, a, b);
            trace?.(a, b, code);
            deadlineConflict(a, b, flag, times);
            conflicts!.flagClasses(a, b, byClass.ofB, byClass.ofA);
            if (!conflict || CODE_PRIORITY.indexOf(code) < CODE_PRIORITY.indexOf(conflict)) conflict = code;
          } else judgePair(a, b, verdict);
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

/** The code of two disagreeing mentions of two sources: the verdict's, or an update of a count that moves. */
function acrossCode(verdict: Verdict, a: Item, b: Item): DiagnosticCode {
  if (verdict.agree) throw new Error('acrossCode: the two mentions agree');
  return verdict.code !== 'conflict' ? verdict.code : successiveReports(a, b) ? 'conflict-update' : 'conflict';
}

/** The same target with another deadline ("by the end of 2024" against "by 2025"): the two dates conflict. */
/** Records the verdict of each compared pair: 'agree' or the conflict code (compare/compare.ts decides it). */
export type VerdictTracer = (a: Item, b: Item, verdict: 'agree' | DiagnosticCode) => void;

export function deadlineConflict(
  a: Item,
  b: Item,
  flag: (a: Item, b: Item, c: DiagnosticCode) => void,
  times: TimeItems,
): void {
  const ta = a.time;
  const tb = b.time;
  if (!ta || !tb || !deadlinesDiffer(ta, tb)) return;
  if (!ta.deadline || !tb.deadline) return; // only deadlines: a year nearby may be anything else
  if (a.unitClass !== 'money' && DURATIONS.has(a.unitClass)) return;
  flag(times.of(a, ta), times.of(b, tb), 'conflict-date');
}

/**
 * Two deadlines differ when their years do, or, both to the month, their months do: "do czerwca 2026" against "bis
 * Mitte 2027" conflicts, "by June 2026" against "by the end of 2026" may be one date read at two precisions.
 */
export function deadlinesDiffer(a: Figure, b: Figure): boolean {
  const yearOf = (t: Figure): number | null =>
    t.unit === 'year' && typeof t.value === 'number'
      ? t.value
      : t.unit === 'month' && typeof t.value === 'string' && /^\d{4}-\d{2}$/.test(t.value)
        ? Number(t.value.slice(0, 4))
        : null;
  const ya = yearOf(a);
  const yb = yearOf(b);
  if (ya === null || yb === null) return false;
  return ya !== yb || (a.unit === 'month' && b.unit === 'month' && a.value !== b.value);
}

/**
 * The same count with another counted noun, in sources that never state the other ("un million d'emplois" where the
 * others say one million people trained): both claims conflict.
 */
export function predicateConflicts(
  groups: Item[][],
  rules: ConflictRules,
  flag: (a: Item, b: Item, c: DiagnosticCode) => void,
): void {
  // only counts whose noun says what was done (jobs created, people trained, startups supported): "100 millions
  // d'abonnés" against "100 million paying" is one fact read two ways, not two predicates
  const counted = groups
    .map((items) => ({ items }))
    .filter(({ items }) => UNIT_PREDICATES[items[0]!.unitClass] !== undefined);
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
export function predicateFamily(items: Item[]): string {
  const cue = items.find((it) => it.predicateExplicit)?.predicate;
  const p = cue ?? UNIT_PREDICATES[items[0]!.unitClass] ?? items[0]!.unitClass;
  return (SAME_FACT_PREDICATES as Record<string, string | undefined>)[p] ?? p;
}

/** The place a claim is about: the one its mentions name most, else the country of their articles. */
export function claimPlace(group: Item[]): string | null {
  const counts = new Map<string, number>();
  for (const it of group) if (it.placeExplicit && it.place) counts.set(it.place, (counts.get(it.place) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [p, c] of counts)
    if (c > n || (c === n && best !== null && p.length < best.length)) {
      best = p;
      n = c;
    }
  if (best) return best;
  const p = group[0]!.place;
  return p ? countryOf(p) : null;
}

export function label(it: Item, place: string | null): string {
  const parts = [
    it.subject ? titleCase(it.subject) : null,
    it.predicate ? predicateLabel(it.predicate) : it.unitClass,
    place ? placeName(place) : null,
    it.time ? String(it.time.value) : null,
  ];
  return parts.filter(Boolean).join(' — ');
}

export const titleCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
