/**
 * A pure function of one string, remembered for the strings it was asked: the engine asks the same words again in
 * every article (a cognate key, a noun's look-up form, a folded word), and recomputing them through regular
 * expressions and Unicode normalization was about a tenth of a 10 000-article check (docs/notes/perf.md, Session 8).
 * Bounded: the memory is forgotten when it holds `limit` strings, so a language server that runs for days does not
 * grow with every word it has seen. The function must be pure: the answer is the same remembered or not.
 */
export function memoizeString<T>(f: (s: string) => T, limit = DEFAULT_LIMIT): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined || seen.has(s)) return known as T;
    const value = f(s);
    if (seen.size >= limit) seen.clear();
    seen.set(s, value);
    return value;
  };
}

/** Distinct words of 10 000 news articles in eleven languages: about 150 000; a map of 2^16 short strings is ~5 MB. */
const DEFAULT_LIMIT = 1 << 16;
