/**
 * Dev benchmark of the cross-file stage on bench/corpus.mjs's generated corpus (many events, 11 languages, injected
 * slips): time of checkWorkspace alone, and how the conflicts found relate to the events.
 *   node --expose-gc --import tsx scripts/dev/bench-generated.ts [N=1000]
 */
import { analyzeDocument, checkWorkspace } from '../../src/core/workspace';
import { ecbRate } from '../../src/core/compare/rates';
// @ts-expect-error plain JS module without types
import { makeCorpus } from '../../bench/corpus.mjs';

const n = Number(process.argv[2] ?? 1000);
const corpus = makeCorpus(n, 7, ecbRate) as { name: string; text: string }[];
const docs = corpus.map((c) => analyzeDocument(c.name, c.text));
(globalThis as { gc?: () => void }).gc?.();
const c0 = process.cpuUsage();
const t0 = performance.now();
const result = checkWorkspace(docs);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const eventOf = (p: string) => p.slice(0, 4);
const conflicts = result.diagnostics.filter((d) => d.code.startsWith('conflict'));
const cross = conflicts.filter((d) => d.related.some((r) => eventOf(r.path) !== eventOf(d.path))).length;
const byCode = new Map<string, number>();
for (const d of conflicts) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
const stories = new Set(
  result.claims.map((c) =>
    c.mentions
      .map((m) => eventOf(m.path))
      .sort()
      .join(),
  ),
);
const mixed = result.claims.filter((c) => new Set(c.mentions.map((m) => eventOf(m.path))).size > 1).length;
console.log(
  `${n} articles: checkWorkspace ${(ms / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s); ` +
    `${result.claims.length} claims (${mixed} mixing events, ${stories.size} event sets), ${conflicts.length} conflict diagnostics ` +
    `(${[...byCode].map(([k, v]) => `${k} ${v}`).join(', ')}), ${cross} across events`,
);
if (process.env.SHOW_MIXED) {
  const text = new Map(corpus.map((c) => [c.name, c.text]));
  for (const c of result.claims.filter((x) => new Set(x.mentions.map((m) => eventOf(m.path))).size > 1)) {
    console.log(`\n${c.label} ${c.status}`);
    for (const m of c.mentions)
      console.log(
        `  ${m.path} ${JSON.stringify(text.get(m.path)!.slice(m.start, m.end))} | ${text.get(m.path)!.split('\n')[0]}`,
      );
  }
}
if (process.env.SHOW_CONFLICTS) {
  const text = new Map(corpus.map((c) => [c.name, c.text]));
  const shown = new Set<string>();
  for (const d of conflicts) {
    if (d.code !== process.env.SHOW_CONFLICTS || shown.has(d.message) || shown.size > 12) continue;
    shown.add(d.message);
    console.log(`${d.path} ${JSON.stringify(text.get(d.path)!.slice(d.start, d.end))} [${d.code}] ${d.message}`);
  }
}
