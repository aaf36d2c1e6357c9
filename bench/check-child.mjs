// One `check` measurement in a fresh process, so that its peak RSS is its own:
//   node --expose-gc bench/check-child.mjs ENGINE.cjs ARTICLES
// Prints one JSON line on stdout.
import { createRequire } from 'node:module';
import { makeCorpus } from './corpus.mjs';

const [enginePath, countText] = process.argv.slice(2);
const engine = createRequire(import.meta.url)(enginePath);
const count = Number(countText);
const corpus = makeCorpus(count, undefined, engine.ecbRate);
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
globalThis.gc?.();
const mb = (n) => n / (1024 * 1024);
const baseline = process.memoryUsage();
let heapPeak = baseline.heapUsed;
const sample = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};

const c0 = process.cpuUsage();
const t0 = performance.now();
const docs = [];
for (let i = 0; i < corpus.length; i++) {
  docs.push(engine.analyzeDocument(`articles/${corpus[i].name}`, corpus[i].text));
  if ((i & 1023) === 1023) sample();
}
sample();
const t1 = performance.now();
const result = engine.checkWorkspace(docs);
sample();
const t2 = performance.now();
// as the CLI writes it: in chunks, here counted and dropped
let jsonLength = 0;
engine.writeCompactJson(engine.toContractJson(result), (chunk) => {
  jsonLength += chunk.length;
});
sample();
const t3 = performance.now();
const cpu = process.cpuUsage(c0);

process.stdout.write(
  `${JSON.stringify({
    articles: count,
    events: new Set(corpus.map((a) => a.name.slice(0, 4))).size,
    megabytes: bytes / 1e6,
    figures: docs.reduce((n, d) => n + d.figures.length, 0),
    claims: result.claims.length,
    diagnostics: result.diagnostics.length,
    analyzeSeconds: (t1 - t0) / 1000,
    checkSeconds: (t2 - t1) / 1000,
    jsonSeconds: (t3 - t2) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    jsonMegabytes: jsonLength / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    baselineRssMB: mb(baseline.rss),
    peakHeapMB: mb(heapPeak),
  })}\n`,
);
