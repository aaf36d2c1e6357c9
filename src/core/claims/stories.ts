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
    if (list) list.push(i); else bySubject.set(k, [i]);
  });
  const story: string[] = ctxs.map((_, i) => `doc${i}`);
  for (const [subject, members] of bySubject) {
    if (subject.startsWith('\u0000')) continue;
    const parent = new Map<number, number>(members.map((i) => [i, i]));
    const find = (i: number): number => { let r = i; while (parent.get(r) !== r) r = parent.get(r)!; return r; };
    const located = members.filter((i) => ctxs[i]!.mainCountry !== null);
    // articles of one organization: few per subject, and compared by country only
    const byCountry = new Map<string, number>();
    for (const i of located) {
      const c = ctxs[i]!.mainCountry!;
      const first = byCountry.get(c);
      if (first === undefined) byCountry.set(c, i); else parent.set(find(i), find(first));
    }
    const reps = [...byCountry.entries()];
    for (let a = 0; a < reps.length; a++) {
      for (let b = a + 1; b < reps.length; b++) {
        if (mutuallyNamed(ctxs, members, reps[a]![0], reps[b]![0])) parent.set(find(reps[a]![1]), find(reps[b]![1]));
      }
    }
    const roots = new Set(located.map(find));
    for (const i of members) {
      // an article without a country joins its subject's only story; articles of a subject that name no country at
      // all are one story
      const r = ctxs[i]!.mainCountry !== null ? find(i) : roots.size === 1 ? [...roots][0]! : roots.size === 0 ? members[0]! : i;
      story[i] = `${subject}|${ctxs[r]!.mainCountry ?? '?'}|${r}`;
    }
  }
  // articles without a subject join the only story of their country, if there is exactly one
  const byCountry = new Map<string, Set<string>>();
  ctxs.forEach((c, i) => {
    if (c.mainSubject === null || c.mainCountry === null) return;
    const s = byCountry.get(c.mainCountry) ?? new Set<string>();
    s.add(story[i]!);
    byCountry.set(c.mainCountry, s);
  });
  ctxs.forEach((c, i) => {
    if (c.mainSubject !== null || c.mainCountry === null) return;
    const s = byCountry.get(c.mainCountry);
    if (s?.size === 1) story[i] = [...s][0]!;
  });
  return story;
}

/** Whether the articles about country a name country b and those about b name a. */
function mutuallyNamed(ctxs: DocContext[], members: number[], a: string, b: string): boolean {
  let aNamesB = false;
  let bNamesA = false;
  for (const i of members) {
    const c = ctxs[i]!;
    if (c.mainCountry === a && c.countries.has(b)) aNamesB = true;
    if (c.mainCountry === b && c.countries.has(a)) bNamesA = true;
  }
  return aNamesB && bNamesA;
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
      if (s > bestScore) { bestScore = s; best = k; }
    }
    c.mainSubject = best;
  }
}
