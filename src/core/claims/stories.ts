/**
 * Stories: the articles that report one event. Claims only form inside a story, so that Microsoft's investment in
 * France and its investment in Germany, or Google's and Microsoft's German plans, never meet.
 *
 * An article's main subject is the name it gives most prominence (mentions, the headline counting triple; ties go to
 * the name more articles of the workspace share). Articles with the same main subject are one story when they are
 * about the same country: the same main country, or each one's main country named in the other. An article that
 * names no country joins its subject's story when there is only one. Linear apart from the per-subject grouping,
 * whose groups are the articles of one organization.
 */
import type { DocContext } from './context';

export function assignStories(ctxs: DocContext[], alias: (k: string) => string): string[] {
  chooseSubjects(ctxs, alias);
  const bySubject = new Map<string, number[]>();
  ctxs.forEach((c, i) => {
    const k = c.mainSubject ?? `\u0000${i}`;
    const list = bySubject.get(k);
    if (list) list.push(i);
    else bySubject.set(k, [i]);
  });
  const story: string[] = ctxs.map((_, i) => `doc${i}`);
  for (const [subject, all] of bySubject) {
    if (subject.startsWith('\u0000')) continue;
    for (const members of byPeriod(ctxs, all)) assignSubjectStories(ctxs, subject, members, story);
  }
  assignUnnamed(ctxs, story);
  return story;
}

/**
 * Two months without news between two articles of one subject make them two periods (two events, not one story):
 * a pledge and its follow-up within weeks stay together; the same company's plans for one country a year apart
 * (or a few months apart, as the dev corpus's Aragon pledge of February and plans of June) are told apart.
 */
const PERIOD_GAP_DAYS = 60;

function byPeriod(ctxs: DocContext[], members: number[]): number[][] {
  const day = (i: number): number => dayOf(ctxs[i]!);
  const dated = members.filter((i) => !Number.isNaN(day(i))).sort((a, b) => day(a) - day(b));
  if (dated.length < 2) return [members];
  const periods: number[][] = [[dated[0]!]];
  for (let k = 1; k < dated.length; k++) {
    if (day(dated[k]!) - day(dated[k - 1]!) > PERIOD_GAP_DAYS) periods.push([]);
    periods[periods.length - 1]!.push(dated[k]!);
  }
  // an undated article goes with the period whose articles state most of its numbers (the latest on a tie)
  const numbers = (i: number): Set<string> =>
    new Set(ctxs[i]!.doc.figures.filter((f) => typeof f.value === 'number').map((f) => `${f.unit}:${f.value}`));
  const periodNumbers = periods.map((p) => {
    const all = new Set<string>();
    for (const i of p) for (const n of numbers(i)) all.add(n);
    return all;
  });
  for (const i of members) {
    if (!Number.isNaN(day(i))) continue;
    let best = periods.length - 1;
    let bestShared = -1;
    const own = numbers(i);
    periodNumbers.forEach((set, k) => {
      let shared = 0;
      for (const n of own) if (set.has(n)) shared++;
      if (shared >= bestShared) {
        bestShared = shared;
        best = k;
      }
    });
    periods[best]!.push(i);
  }
  return periods;
}

function assignSubjectStories(ctxs: DocContext[], subject: string, members: number[], story: string[]): void {
  const parent = new Map<number, number>(members.map((i) => [i, i]));
  const find = (i: number): number => {
    let r = i;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const located = members.filter((i) => ctxs[i]!.mainCountry !== null);
  // articles of one organization: few per subject, and compared by country only
  const byCountry = new Map<string, number>();
  for (const i of located) {
    const c = ctxs[i]!.mainCountry!;
    const first = byCountry.get(c);
    if (first === undefined) byCountry.set(c, i);
    else parent.set(find(i), find(first));
  }
  const reps = [...byCountry.entries()];
  const named = namedCountries(ctxs, members);
  for (let a = 0; a < reps.length; a++) {
    for (let b = a + 1; b < reps.length; b++) {
      const [ca, ia] = reps[a]!;
      const [cb, ib] = reps[b]!;
      if (named.get(ca)?.has(cb) && named.get(cb)?.has(ca)) parent.set(find(ia), find(ib));
    }
  }
  joinSharedNumbers(ctxs, located, find, parent);
  const roots = new Set(located.map(find));
  for (const i of members) {
    // an article without a country joins its subject's only story; articles of a subject that name no country at
    // all are one story
    const r =
      ctxs[i]!.mainCountry !== null ? find(i) : roots.size === 1 ? [...roots][0]! : roots.size === 0 ? members[0]! : i;
    story[i] = `${subject}|${ctxs[r]!.mainCountry ?? '?'}|${r}`;
  }
}

function assignUnnamed(ctxs: DocContext[], story: string[]): void {
  // an article without a subject joins the only story of its country published around the same time (within the
  // period gap of one of its articles), if there is exactly one
  const byCountry = new Map<string, Map<string, number[]>>(); // country -> story -> publication days
  ctxs.forEach((c, i) => {
    if (c.mainSubject === null || c.mainCountry === null) return;
    const stories = byCountry.get(c.mainCountry) ?? new Map<string, number[]>();
    const days = stories.get(story[i]!) ?? [];
    days.push(dayOf(c));
    stories.set(story[i]!, days);
    byCountry.set(c.mainCountry, stories);
  });
  ctxs.forEach((c, i) => {
    if (c.mainSubject !== null || c.mainCountry === null) return;
    const d = dayOf(c);
    const near = [...(byCountry.get(c.mainCountry) ?? new Map<string, number[]>())].filter(([, days]) =>
      days.some((x) =>
        Number.isNaN(x) || Number.isNaN(d) ? Number.isNaN(x) && Number.isNaN(d) : Math.abs(x - d) <= PERIOD_GAP_DAYS,
      ),
    );
    if (near.length === 1) story[i] = near[0]![0];
  });
}

/** Articles compared pairwise for shared numbers only up to this many per subject and period. */
const SHARED_NUMBERS_MAX_ARTICLES = 200;
/** Amounts and counts two articles must share to be one event although their main countries differ. */
const SHARED_NUMBERS_MIN = 2;

/**
 * An article whose only country is one named in passing, once and outside its headline ("2,1 mia. euro til fabrikken
 * i Chartres i Frankrig" in a story about a Danish site its headline and lead name by town only), joins the story of
 * another article of its subject that names that country too and states at least two of the same amounts or counts.
 */
function joinSharedNumbers(
  ctxs: DocContext[],
  located: number[],
  find: (i: number) => number,
  parent: Map<number, number>,
): void {
  if (located.length > SHARED_NUMBERS_MAX_ARTICLES) return;
  const numbers = located.map(
    (i) =>
      new Set(
        ctxs[i]!.doc.figures.filter(
          (f) => (f.kind === 'money' || f.kind === 'quantity') && typeof f.value === 'number',
        ).map((f) => `${f.unit}:${f.value}`),
      ),
  );
  for (let a = 0; a < located.length; a++) {
    for (let b = a + 1; b < located.length; b++) {
      const ia = located[a]!;
      const ib = located[b]!;
      if (find(ia) === find(ib)) continue;
      const ca = ctxs[ia]!;
      const cb = ctxs[ib]!;
      // only an article whose main country is named just once, outside its headline, may be elsewhere
      const aWeak = ca.countries.get(ca.mainCountry!) === 1 && cb.countries.has(ca.mainCountry!);
      const bWeak = cb.countries.get(cb.mainCountry!) === 1 && ca.countries.has(cb.mainCountry!);
      if (!aWeak && !bWeak) continue;
      let shared = 0;
      for (const n of numbers[a]!) if (numbers[b]!.has(n) && ++shared >= SHARED_NUMBERS_MIN) break;
      if (shared >= SHARED_NUMBERS_MIN) parent.set(find(ia), find(ib));
    }
  }
}

/** Day number of an article's publication date (a month counts as its 15th), NaN when it has none. */
function dayOf(c: DocContext): number {
  const p = c.doc.published;
  return p ? Date.parse(`${p.length === 7 ? `${p}-15` : p.slice(0, 10)}T00:00:00Z`) / 86_400_000 : NaN;
}

/** For each main country of the subject's articles, the countries those articles name. */
function namedCountries(ctxs: DocContext[], members: number[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const i of members) {
    const c = ctxs[i]!;
    if (c.mainCountry === null) continue;
    const set = out.get(c.mainCountry) ?? new Set<string>();
    for (const k of c.countries.keys()) set.add(k);
    out.set(c.mainCountry, set);
  }
  return out;
}

/** Each article's main subject, ties broken by how many articles of the workspace name it. */
function chooseSubjects(ctxs: DocContext[], alias: (k: string) => string): void {
  const df = new Map<string, number>();
  for (const c of ctxs) for (const k of new Set([...c.nameScores.keys()].map(alias))) df.set(k, (df.get(k) ?? 0) + 1);
  for (const c of ctxs) {
    const scores = new Map<string, number>();
    for (const [k, v] of c.nameScores) scores.set(alias(k), (scores.get(alias(k)) ?? 0) + v);
    let best: string | null = null;
    let bestScore = 0;
    for (const [k, v] of scores) {
      const s = v + Math.min(df.get(k) ?? 0, 50) / 100; // df only breaks ties
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    c.mainSubject = best;
  }
}
