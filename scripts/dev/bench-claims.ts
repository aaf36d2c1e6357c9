/**
 * Dev benchmark of the cross-file stage alone: N articles made from the gold corpus by renaming the companies
 * (so that there are many events), analyzed once, then checkWorkspace timed.
 *   node --expose-gc --import tsx scripts/dev/bench-claims.ts [N=10000]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, checkWorkspace } from '../../src/core/workspace';

const n = Number(process.argv[2] ?? 10000);
const texts: string[] = [];
for (const dir of ['seeds', ...readdirSync('test/gold/corpus').map((e) => join('test/gold/corpus', e))]) {
  if (!statSync(dir).isDirectory()) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
}
const NAMES = /Microsoft|Google|Brookfield|Ørsted|Orsted/g;
const t0 = performance.now();
const docs = [];
for (let i = 0; i < n; i++) {
  const variant = Math.floor(i / texts.length);
  const text = texts[i % texts.length]!.replace(NAMES, (m) => `${m}${variant.toString(36)}x`);
  docs.push(analyzeDocument(`doc${i}.txt`, text));
}
(globalThis as { gc?: () => void }).gc?.();
const c1 = process.cpuUsage();
const t1 = performance.now();
const before = process.memoryUsage().heapUsed;
const result = checkWorkspace(docs);
const t2 = performance.now();
const cpu = process.cpuUsage(c1);
(globalThis as { gc?: () => void }).gc?.();
const after = process.memoryUsage().heapUsed;
console.log(
  `${n} articles: analyze ${((t1 - t0) / 1000).toFixed(2)} s, checkWorkspace ${((t2 - t1) / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s); ` +
    `${result.claims.length} claims, ${result.diagnostics.length} diagnostics; heap +${((after - before) / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);
