// `npm run bench`: throughput of extraction and the cost of a whole-workspace check, on a deterministic
// multilingual corpus generated here (bench/corpus.mjs). Measures the engine as it ships: src/core bundled by
// esbuild with the options of scripts/build.mjs (bench/.data/engine.cjs), plus the real CLI (dist/cli.js) end to
// end on files on disk. Prints a Markdown table and writes it to bench/results.md.
//
//   node --expose-gc bench/run.mjs [--quick] [--real]
//     --quick: smaller sizes, for a smoke test; --real: only the real-article and worst-pattern CLI runs (e, f).
// Each run inserts a dated section at the top of bench/results.md (earlier runs are kept below it).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, makeCorpus } from './corpus.mjs';
import { makeRealCorpus, writeRealCorpus } from './real-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const data = join(here, '.data');
const quick = process.argv.includes('--quick');
// --real: only the real-article and worst-pattern measurements (sections e, f), for iterating on the CLI
const realOnly = process.argv.includes('--real');
mkdirSync(data, { recursive: true });
const log = (...xs) => console.error('bench:', ...xs);

// ---- the engine, bundled like dist/cli.js -------------------------------------------------------------------
const enginePath = join(data, 'engine.cjs');
await build({
  entryPoints: [join(here, 'engine.ts')],
  outfile: enginePath,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  external: ['vscode'],
  logLevel: 'warning',
});
const engine = createRequire(import.meta.url)(enginePath);

const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
/** CPU seconds (user + system) of this process since `start`: unlike wall time, not inflated by other load. */
const cpuSeconds = (start) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
};
const utf8Bytes = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Articles from the generated corpus until `megabytes` of UTF-8 text. */
function corpusOf(megabytes) {
  const target = megabytes * 1e6;
  const all = makeCorpus(Math.ceil(target / 500), undefined, engine.ecbRate);
  const out = [];
  let bytes = 0;
  for (const a of all) {
    if (bytes >= target) break;
    out.push(a);
    bytes += Buffer.byteLength(a.text);
  }
  return out;
}

/**
 * Seconds to analyze every (path, text) once: the median of up to `runs` passes, fewer when the passes use up
 * `budget` seconds (one core, synchronous). Returns { seconds, passes }.
 */
function timeAnalyze(inputs, runs, budget = 6) {
  const times = [];
  const cpuTimes = [];
  let spent = 0;
  for (let r = 0; r < runs && (r === 0 || spent < budget); r++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let figures = 0;
    for (const [path, text] of inputs) figures += engine.analyzeDocument(path, text).figures.length;
    times.push((performance.now() - t0) / 1000);
    cpuTimes.push(cpuSeconds(c0));
    spent += times.at(-1);
    if (figures < 0) throw new Error('unreachable'); // keeps the work observable
  }
  return { seconds: median(times), cpuSeconds: median(cpuTimes), passes: times.length };
}

// ---- (a) extract throughput ---------------------------------------------------------------------------------
const extractRows = [];
const sizes = realOnly ? [] : quick ? [0.2, 1] : [1, 10];
// JIT warm-up on other text than what is timed, long enough for the optimizing tier to settle.
if (!realOnly) log('warming up');
if (!realOnly)
  timeAnalyze(
    makeCorpus(3000, 99, engine.ecbRate).map((a) => [a.name, a.text]),
    3,
    3,
  );
for (const mb of sizes) {
  const articles = corpusOf(mb);
  const inputs = articles.map((a) => [a.name, a.text]);
  const bytes = utf8Bytes(articles.map((a) => a.text));
  log(`extract: ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB`);
  const timing = timeAnalyze(inputs, mb <= 1 ? 9 : 3);
  const figures = inputs.reduce((n, [p, t]) => n + engine.analyzeDocument(p, t).figures.length, 0);
  extractRows.push({ input: `${mb} MB as ${articles.length} articles`, bytes, ...timing, figures });

  // The same text as one long document per language: extraction must stay linear in a document's length.
  const perLanguage = LANGUAGES.map((lang) => [
    `long-${lang}.txt`,
    articles
      .filter((a) => a.lang === lang)
      .map((a) => a.text)
      .join('\n'),
  ]);
  log(`extract: ${mb} MB as ${perLanguage.length} long documents`);
  const long = timeAnalyze(perLanguage, mb <= 1 ? 9 : 3);
  const longFigures = perLanguage.reduce((n, [p, t]) => n + engine.analyzeDocument(p, t).figures.length, 0);
  extractRows.push({
    input: `${mb} MB as ${perLanguage.length} long documents (one per language)`,
    bytes,
    ...long,
    figures: longFigures,
  });
}

// ---- (b) check: analysis + claims + JSON, in a fresh process per size ---------------------------------------
// Each size has a time limit, and 10 000 is skipped when 1 000 already projects past it: a full run stays within
// about three minutes even while the engine is slow, and a failure is reported in the table instead of a crash.
const CHILD_HEAP_MB = 2048;
const checkRows = [];
const checkSizes = realOnly ? [] : quick ? [200, 1000] : [1000, 10000];
const checkLimit = (n) => (n <= 1000 ? 45 : 120);
for (const n of checkSizes) {
  // projected from CPU time: wall time on a machine shared with other work says little about the code
  const previous = checkRows.at(-1);
  const projected = previous?.cpuSeconds !== undefined ? previous.cpuSeconds * (n / previous.articles) : 0;
  if (projected > checkLimit(n) / 2) {
    checkRows.push({
      articles: n,
      failure: `skipped: ${previous.articles} took ${f2(previous.cpuSeconds)} CPU s, linear projection ${Math.round(projected)} s`,
    });
    continue;
  }
  log(`check: ${n} articles`);
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${CHILD_HEAP_MB}`, '--expose-gc', join(here, 'check-child.mjs'), enginePath, String(n)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: checkLimit(n) * 1000,
      killSignal: 'SIGKILL',
    },
  );
  if (run.status === 0) checkRows.push(JSON.parse(run.stdout));
  else checkRows.push({ articles: n, failure: childFailure(run, checkLimit(n)) });
}

/** Why a child measurement did not finish, in a few words. */
function childFailure(run, limit) {
  if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGKILL') return `did not finish within ${limit} s`;
  const tail = (run.stderr ?? '').trim().split('\n').filter(Boolean);
  const oom = tail.find((l) => /heap out of memory|Allocation failed/.test(l));
  return oom
    ? `out of memory (heap limit ${CHILD_HEAP_MB} MB)`
    : `failed (exit ${run.status}): ${tail.at(-1) ?? ''}`.slice(0, 160);
}

// ---- (c) the CLI end to end on files on disk ----------------------------------------------------------------
const cliRows = [];
const cli = join(root, 'dist', 'cli.js');
const haveTime = existsSync('/usr/bin/time');
for (const n of realOnly ? [] : quick ? [1000] : [1000, 10000]) {
  const inProcess = checkRows.find((r) => r.articles === n);
  const inProcessSeconds = inProcess && !inProcess.failure ? inProcess.cpuSeconds : Infinity;
  if (n > 1000 && inProcessSeconds > 40) {
    cliRows.push({
      articles: n,
      failure: 'skipped: the in-process check of this size took over 40 CPU s or did not finish',
    });
    continue;
  }
  const dir = join(data, `articles-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const a of makeCorpus(n, undefined, engine.ecbRate)) writeFileSync(join(dir, a.name), a.text);
  log(`cli: node dist/cli.js check --format json ${n} files`);
  const args = [cli, 'check', '--format', 'json', '--quiet', dir];
  const t0 = performance.now();
  const limit = checkLimit(n);
  const options = {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: limit * 1000,
    killSignal: 'SIGKILL',
  };
  const run = haveTime
    ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', process.execPath, ...args], options)
    : spawnSync(process.execPath, args, options);
  const seconds = (performance.now() - t0) / 1000;
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  if (run.error?.code === 'ETIMEDOUT') cliRows.push({ articles: n, failure: `did not finish within ${limit} s` });
  else
    cliRows.push({
      articles: n,
      seconds,
      cpuSeconds: m ? Number(m[3]) + Number(m[4]) : null,
      peakRssMB: m ? Number(m[2]) / 1024 : null,
      status: run.status,
    });
}

// ---- (d) would a worker_threads pool pay? Same analysis, split over 2 threads, results cloned back -------------
const poolRows = [];
if (!realOnly) {
  // 10 000 articles when analysis is fast enough to keep the run short, else 1 000
  const tenMB = extractRows.find((r) => r.input.startsWith('10 MB as') && r.input.endsWith('articles'));
  const n = quick || !tenMB || tenMB.seconds > 5 ? 1000 : 10000;
  const corpus = makeCorpus(n, undefined, engine.ecbRate);
  const oneThread = timeAnalyze(
    corpus.map((a) => [a.name, a.text]),
    2,
  ).seconds;
  const poolTimes = [];
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    await Promise.all(
      [0, 1].map(
        (w) =>
          new Promise((resolve, reject) => {
            const articles = corpus.filter((_, i) => i % 2 === w);
            const worker = new Worker(join(here, 'pool-worker.mjs'), { workerData: { enginePath, articles } });
            worker.once('message', (docs) => {
              resolve(docs);
              void worker.terminate();
            });
            worker.once('error', reject);
          }),
      ),
    );
    poolTimes.push((performance.now() - t0) / 1000);
  }
  poolRows.push({ articles: n, oneThread, twoThreads: Math.min(...poolTimes) });
}

// ---- (e) the CLI on real articles: check and extract, files on disk ------------------------------------------
// The repository's own real articles (bench/real-corpus.mjs), each event copied with its names and figures varied:
// what a newsroom's folder costs, unlike the regular generated sentences above.
/** One CLI run under /usr/bin/time: wall, CPU (user + system) and peak RSS of the process, and its stdout size. */
function timeCli(args, limit) {
  const out = join(data, 'cli-stdout.json');
  const t0 = performance.now();
  const run = spawnSync(
    '/bin/sh',
    [
      '-c',
      `exec "$@" > "${out}"`,
      'sh',
      ...(haveTime ? ['/usr/bin/time', '-f', 'TIME %e %M %U %S'] : []),
      process.execPath,
      cli,
      ...args,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: limit * 1000,
      killSignal: 'SIGKILL',
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGKILL')
    return { failure: `did not finish within ${limit} s` };
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  let outputMB = 0;
  try {
    outputMB = readFileSync(out).length / 1e6;
  } catch {
    /* no output */
  }
  rmSync(out, { force: true });
  return {
    seconds,
    cpuSeconds: m ? Number(m[3]) + Number(m[4]) : null,
    peakRssMB: m ? Number(m[2]) / 1024 : null,
    status: run.status,
    outputMB,
  };
}

const realRows = [];
const realCounts = quick ? [1000] : [1000, 10000];
for (const n of realCounts) {
  const dir = join(data, `real-${n}`);
  const made = writeRealCorpus(dir, n);
  log(`real: check --format json, ${made.files} files, ${(made.bytes / 1e6).toFixed(1)} MB`);
  realRows.push({
    what: `check --format json: ${made.files} real-article files (${made.events} event copies)`,
    megabytes: made.bytes / 1e6,
    ...timeCli(['check', '--format', 'json', '--quiet', dir], n <= 1000 ? 120 : 600),
  });
}
{
  // extract end to end on about 10 MB of files, and on one file of real articles just under the 5 MB default limit
  const n = quick ? 1000 : 8300;
  const dir = join(data, `real-${n}`);
  const { bytes } = writeRealCorpus(dir, n);
  log(`real: extract --format json, ${n} files`);
  realRows.push({
    what: `extract --format json: ${n} real-article files`,
    megabytes: bytes / 1e6,
    ...timeCli(['extract', '--format', 'json', '--quiet', dir], 300),
  });
  const one = join(data, 'real-one-file.txt');
  const texts = [];
  let size = 0;
  for (const a of makeRealCorpus(quick ? 1000 : 5000)) {
    const b = Buffer.byteLength(a.text) + 2;
    if (size + b > (quick ? 1e6 : 4.9e6)) break;
    texts.push(a.text);
    size += b;
  }
  writeFileSync(one, texts.join('\n\n'));
  log(`real: extract --format json, one file of ${(size / 1e6).toFixed(1)} MB`);
  realRows.push({
    what: `extract --format json: one file of ${texts.length} real articles`,
    megabytes: size / 1e6,
    ...timeCli(['extract', '--format', 'json', '--quiet', one], 300),
  });
}

// ---- (f) the worst patterns within the size limit: work per MB must stay flat as a file grows ----------------
// One file each, checked through the CLI at 0.25, 1 and 4.9 MB (under the default 5 MB limit): an ordinary real
// article repeated, `$1bn and ` repeated (a figure every 9 bytes), a long list of numbers. Linear work shows as
// the same CPU s per MB at both sizes.
const worstRows = [];
const WORST_LIMIT = 90;
{
  const article = makeRealCorpus(1)[0].text;
  // a table of figures that all differ (a statistics annex: region, count, share, amount), 40 rows per block
  const tableRows = Array.from(
    { length: 40 },
    (_, r) =>
      `| Region ${r + 1} | ${(r * 7919 + 1234) % 99991} | ${((r * 37) % 1000) / 10} % | ${r * 13 + 7} 000 € |\n`,
  ).join('');
  const patterns = [
    ['one real article repeated', `${article}\n\n`],
    ['`$1bn and ` repeated', '$1bn and '],
    ['a list of numbers `12 345, 6,7 %, `', '12 345, 6,7 %, '],
    ['a table of numbers (4 a row; 10 000 numbers = 0.11 MB)', tableRows],
  ];
  for (const [name, unit] of patterns) {
    for (const mb of quick ? [0.25, 1] : [0.25, 1, 4.9]) {
      // a size whose linear projection from the previous one is past the limit, or after a failure, is not run:
      // superlinear work shows already, and the machine is shared
      const previous = worstRows.at(-1)?.what === name ? worstRows.at(-1) : undefined;
      const projected = previous?.cpuSeconds ? (previous.cpuSeconds / previous.megabytes) * mb : 0;
      if (previous?.failure || projected > WORST_LIMIT / 2) {
        worstRows.push({
          what: name,
          megabytes: mb,
          failure: previous.failure
            ? 'skipped: the smaller size did not finish'
            : `skipped: linear projection ${Math.round(projected)} CPU s`,
        });
        continue;
      }
      const file = join(data, 'worst.txt');
      writeFileSync(file, unit.repeat(Math.floor((mb * 1e6) / Buffer.byteLength(unit))));
      log(`worst: ${name}, ${mb} MB`);
      worstRows.push({
        what: name,
        megabytes: mb,
        ...timeCli(['check', '--format', 'json', '--quiet', file], WORST_LIMIT),
      });
    }
  }
}

// ---- report ---------------------------------------------------------------------------------------------------
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  /* not a checkout */
}
const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).stdout?.trim()
  ? ' + uncommitted changes in src/'
  : '';
const lines = [
  `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${realOnly ? ': real articles and worst patterns (--real)' : ''}`,
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores shared with other work, load average ${loadavg()[0].toFixed(1)}), Node ${process.version}, commit ${commit}${dirty}.`,
  'Generated corpus (sections on generated text): bench/corpus.mjs (deterministic; 11 languages; one event per ~12 articles, at least 50 events; each sentence at most once per article; amounts in other currencies converted at the ECB rate of the day, about 2 % of money mentions carry a deliberate slip). Engine: src/core bundled by esbuild as in dist/cli.js. MB = 10^6 bytes of UTF-8.',
  quick ? '\n**Quick run (--quick): smaller sizes, not the reference numbers.**' : '',
  '',
  ...(realOnly
    ? []
    : [
        '### Extract throughput (analyzeDocument: language, publication date, figures; one core)',
        '',
        '| input | MB | figures | wall s (passes) | CPU s | MB/s (wall) | MB/s (CPU) |',
        '|---|---:|---:|---:|---:|---:|---:|',
        ...extractRows.map(
          (r) =>
            `| ${r.input} | ${f2(r.bytes / 1e6)} | ${r.figures} | ${f2(r.seconds)} (${r.passes}) | ${f2(r.cpuSeconds)} | ${f1(r.bytes / 1e6 / r.seconds)} | **${f1(r.bytes / 1e6 / r.cpuSeconds)}** |`,
        ),
        '',
        "Times: the median of (n) passes (up to 9 at 1 MB and 3 at 10 MB, fewer past 6 s) after a warm-up on other text. CPU s is user + system time of the process (includes the garbage collector's helper threads); on a loaded machine it is the fairer measure, wall time is what a user waits.",
        '',
        '### Check a workspace (analyze every article, form claims, compare, serialize the JSON; one core, in-process)',
        '',
        '| articles | events | MB | figures | claims | diagnostics | analyze s | claims+compare s | JSON s | **total wall s** | total CPU s | peak RSS MB | peak heap MB |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...checkRows.map((r) =>
          r.failure
            ? `| ${r.articles} | ${r.failure} ||||||||||||`
            : `| ${r.articles} | ${r.events} | ${f1(r.megabytes)} | ${r.figures} | ${r.claims} | ${r.diagnostics} | ${f2(r.analyzeSeconds)} | ${f2(r.checkSeconds)} | ${f2(r.jsonSeconds)} | **${f2(r.analyzeSeconds + r.checkSeconds + r.jsonSeconds)}** | ${f2(r.cpuSeconds)} | ${f1(r.peakRssMB)} | ${f1(r.peakHeapMB)} |`,
        ),
        '',
        `Peak RSS is the process maximum (includes Node itself and the generated texts); peak heap is sampled after each stage. Time limits: ${checkLimit(1000)} s for 1 000 articles, ${checkLimit(10000)} s for 10 000; heap limit ${CHILD_HEAP_MB} MB.`,
        '',
        '### The CLI end to end (`node dist/cli.js check --format json --quiet DIR`, files on disk, stdout discarded)',
        '',
        '| articles | wall s | CPU s | peak RSS MB | exit |',
        '|---:|---:|---:|---:|---:|',
        ...cliRows.map((r) =>
          r.failure
            ? `| ${r.articles} | ${r.failure} ||||`
            : `| ${r.articles} | ${f2(r.seconds)} | ${r.cpuSeconds === null ? 'n/a' : f2(r.cpuSeconds)} | ${r.peakRssMB === null ? 'n/a' : f1(r.peakRssMB)} | ${r.status} |`,
        ),
        '',
        '### Would a worker_threads pool pay? (analysis only; 2 threads, startup and result cloning included)',
        '',
        '| articles | one thread s | 2 worker threads s | speed-up |',
        '|---:|---:|---:|---:|',
        ...poolRows.map(
          (r) => `| ${r.articles} | ${f2(r.oneThread)} | ${f2(r.twoThreads)} | ${f2(r.oneThread / r.twoThreads)}x |`,
        ),
        '',
      ]),
  ...(realRows.length === 0
    ? []
    : [
        "### The CLI on real articles (bench/real-corpus.mjs: the repository's real articles, each event copied with names and figures varied; stdout to a file)",
        '',
        '| run | MB in | wall s | CPU s | **MB/s (CPU)** | peak RSS MB | JSON out MB | exit |',
        '|---|---:|---:|---:|---:|---:|---:|---:|',
        ...realRows.map((r) =>
          r.failure
            ? `| ${r.what} | ${f2(r.megabytes)} | ${r.failure} ||||||`
            : `| ${r.what} | ${f2(r.megabytes)} | ${f2(r.seconds)} | ${r.cpuSeconds === null ? 'n/a' : f2(r.cpuSeconds)} | **${r.cpuSeconds ? f1(r.megabytes / r.cpuSeconds) : 'n/a'}** | ${r.peakRssMB === null ? 'n/a' : f1(r.peakRssMB)} | ${f1(r.outputMB)} | ${r.status} |`,
        ),
        '',
        "Targets (issue 11): check of 10 000 articles < 5 s and < 300 MB; extraction >= 10 MB/s end to end. CPU s includes Node's start (about 0.1 s) and the garbage collector's threads.",
        '',
      ]),
  ...(worstRows.length === 0
    ? []
    : [
        '### Worst patterns in one file (`check --format json`; linear work = flat CPU s per MB)',
        '',
        '| file | MB | wall s | CPU s | **CPU s per MB** | peak RSS MB | JSON out MB | exit |',
        '|---|---:|---:|---:|---:|---:|---:|---:|',
        ...worstRows.map((r) =>
          r.failure
            ? `| ${r.what} | ${r.megabytes} | ${r.failure} ||||||`
            : `| ${r.what} | ${r.megabytes} | ${f2(r.seconds)} | ${r.cpuSeconds === null ? 'n/a' : f2(r.cpuSeconds)} | **${r.cpuSeconds ? f2(r.cpuSeconds / r.megabytes) : 'n/a'}** | ${r.peakRssMB === null ? 'n/a' : f1(r.peakRssMB)} | ${f1(r.outputMB)} | ${r.status} |`,
        ),
        '',
      ]),
];
const table = lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
process.stdout.write(`${table}\n`);
// a new dated section under the title; the earlier runs stay below it, newest first
const resultsPath = join(here, 'results.md');
const title = '# Crosscheck benchmarks\n';
let previous = '';
try {
  previous = readFileSync(resultsPath, 'utf8');
} catch {
  /* first run */
}
previous = previous.startsWith(title) ? previous.slice(title.length).replace(/^\n+/, '') : previous;
writeFileSync(resultsPath, `${title}\n${table}\n\n${previous}`.replace(/\n+$/, '\n'));
log('added to bench/results.md');
