/**
 * Stories: the articles that report one event. Claims only form inside a story, so that Microsoft's investment in
 * France and its investment in Germany, or Google's and Microsoft's German plans, never meet. An article belongs to
 * the story of its main subject (the organization it names most, its headline counting triple) and its main country;
 * an article that lacks one of the two joins the only story that matches the other, if there is exactly one.
 * Linear: one map lookup per article.
 */
import type { DocContext } from './context';

export function assignStories(ctxs: readonly DocContext[], alias: (k: string) => string): string[] {
  const keyOf = (c: DocContext) => ({ s: c.mainSubject === null ? null : alias(c.mainSubject), p: c.mainCountry });
  const full = new Map<string, Set<string>>(); // subject -> countries, country -> subjects (prefixed)
  const add = (k: string, v: string) => { let s = full.get(k); if (!s) full.set(k, (s = new Set())); s.add(v); };
  for (const c of ctxs) {
    const { s, p } = keyOf(c);
    if (s !== null && p !== null) { add(`s:${s}`, p); add(`p:${p}`, s); }
  }
  return ctxs.map((c, i) => {
    const { s, p } = keyOf(c);
    if (s !== null && p !== null) return `${s}|${p}`;
    if (s !== null) {
      const countries = full.get(`s:${s}`);
      return countries?.size === 1 ? `${s}|${[...countries][0]}` : `${s}|?`;
    }
    if (p !== null) {
      const subjects = full.get(`p:${p}`);
      return subjects?.size === 1 ? `${[...subjects][0]}|${p}` : `?|${p}`;
    }
    return `?|?|${i}`;
  });
}
