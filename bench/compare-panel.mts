/**
 * Compare Sources at scale: a synthetic workspace of 2 000 articles, the table built as the language server
 * builds it, then rendered by the webview script (dist/webview/compare.js, from src/webview/compare.ts) in a real Chromium (playwright-core, /usr/bin/chromium).
 * Run: npm run build && node --import tsx bench/compare-panel.mts [articles] [claims]
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildCompareTable, buildCompareView } from '../src/core/report/index';
import type { AnalyzedDocument, Claim, ClaimStatus, Diagnostic, Figure, WorkspaceResult } from '../src/core/types';

const ARTICLES = Number(process.argv[2] ?? 2000);
const CLAIMS = Number(process.argv[3] ?? 3000);
const LANGS = ['fr', 'it', 'de', 'en', 'es', 'pt', 'nl', 'sv', 'nb', 'da', 'pl'] as const;

/** Deterministic pseudo-random numbers, so runs compare. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function workspace(): WorkspaceResult {
  const random = rng(42);
  const docs: AnalyzedDocument[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    docs.push({
      path: `/ws/story-${i % 40}/article-${String(i).padStart(4, '0')}.txt`,
      language: LANGS[i % LANGS.length]!,
      published: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`,
      figures: [],
      text: `Outlet ${i} — headline of article ${i}\n`,
    });
  }
  const claims: Claim[] = [];
  const diagnostics: Diagnostic[] = [];
  const statuses: ClaimStatus[] = ['conflict', 'approximate', 'agree'];
  for (let c = 0; c < CLAIMS; c++) {
    // claims stay inside one story of ~50 articles, 2 to 12 mentions each
    const story = c % 40;
    const count = 2 + Math.floor(random() * 11);
    const status = statuses[Math.floor(random() * 3)]!;
    const mentions = [];
    for (let m = 0; m < count; m++) {
      const doc = docs[story + 40 * Math.floor(random() * (ARTICLES / 40))]!;
      const text = `${(4 + random()).toFixed(1)} milliards de dollars`;
      const start = doc.text.length;
      doc.text += `${text}. `;
      const figure: Figure = {
        start,
        end: start + text.length,
        text,
        kind: 'money',
        value: Math.round(4e9 + random() * 1e9),
        unit: 'USD',
      };
      doc.figures.push(figure);
      mentions.push({ path: doc.path, start, end: figure.end });
      if (status === 'conflict' && m === 0)
        diagnostics.push({
          path: doc.path,
          start,
          end: figure.end,
          severity: 'warning',
          code: 'conflict',
          message: '',
          related: [],
          claim: `c${c}`,
        });
    }
    claims.push({
      id: `c${c}`,
      label: `Company ${c} — investment — Country ${story} — 2027`,
      status,
      ...(status === 'conflict' ? { code: 'conflict' as const } : {}),
      mentions,
    });
  }
  return { documents: docs, claims, diagnostics, claimOfFigure: new Map() };
}

const result = workspace();
let t = performance.now();
const view = buildCompareView(result);
for (const s of view.sources) s.uri = `file://${s.path}`;
const viewMs = performance.now() - t;
t = performance.now();
const json = JSON.stringify(view);
const jsonMs = performance.now() - t;
t = performance.now();
const denseBytes = JSON.stringify(buildCompareTable(result)).length;
const denseMs = performance.now() - t;
console.log(`${ARTICLES} articles, ${view.rows.length} claims, ${view.sources.length} sources`);
console.log(
  `panel view built in ${viewMs.toFixed(0)} ms, JSON ${jsonMs.toFixed(0)} ms, ${(json.length / 1e6).toFixed(1)} MB` +
    ` (the dense table: ${denseMs.toFixed(0)} ms with its JSON, ${(denseBytes / 1e6).toFixed(1)} MB)`,
);

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!executablePath) {
  console.log('no Chromium: skipping the rendering measure');
  process.exit(0);
}
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('crash', () => console.error('page crashed'));
  await page.setContent('<!DOCTYPE html><html><head></head><body><main id="app"></main></body></html>');
  await page.addStyleTag({ path: fileURLToPath(new URL('../media/compare.css', import.meta.url)) });
  await page.evaluate(`window.posted = [];
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => undefined, setState: () => undefined });`);
  await page.addScriptTag({ path: fileURLToPath(new URL('../dist/webview/compare.js', import.meta.url)) });
  await page.evaluate((payload) => {
    (globalThis as unknown as { payload: string }).payload = payload;
  }, json);
  // page-side code as a string: tsx's helpers (__name) do not exist in the page
  const ms = (await page.evaluate(`(async () => {
    const start = performance.now();
    window.postMessage({ type: 'table', table: JSON.parse(window.payload), story: null, strings: {} }, '*');
    while (!document.querySelector('table.compare tbody tr')) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const firstPaint = performance.now() - start;
    const filterStart = performance.now();
    const box = document.querySelector('[data-filter="conflictsOnly"]');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { firstPaint, filter: performance.now() - filterStart,
      rows: document.querySelectorAll('table.compare tbody tr').length, cells: document.querySelectorAll('button.mention').length };
  })()`)) as { firstPaint: number; filter: number; rows: number; cells: number };
  console.log(
    `webview: first page rendered in ${ms.firstPaint.toFixed(0)} ms (${ms.rows} rows, ${ms.cells} mentions in the DOM); "conflicts only" re-render ${ms.filter.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
}
