#!/usr/bin/env node
// Measures what a user waits for, in a real VS Code with the extension installed, on the seeds and on a generated
// workspace of 2 000 articles (MEASURE_ARTICLES=n for another size, MEASURE_SEEDS=0 to skip the seeds):
//   - the workbench showing the folder, Crosscheck's status item showing, activation as VS Code reports it;
//   - an article opened through Quick Open as soon as the folder shows: its first hover (during the scan when the
//     scan is still running), its first underline;
//   - the first Crosscheck diagnostics (the status bar's problem count turns non-zero) and the first whole check;
//   - a settled hover, an edit's re-check, and "Crosscheck: Compare Sources" to its first card.
// Prints one JSON line per workspace and a Markdown table with the load average, also written to
// test-results/measure.md and measure.json (the extension's own log of each run: test-results/measure-*.log).
// Numbers, not pass/fail: timing assertions belong to no test suite on a shared 2-core machine.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { root, setup } from './setup.mjs';
import { copyOfSeeds, generatedWorkspace } from './workspace.mjs';
import { compareFrame, runCommand } from './workbench-ui.mjs';
import { spawnSync } from 'node:child_process';

const ARTICLES = Number(process.env.MEASURE_ARTICLES || 2000);

/**
 * Watches, inside the workbench page, for the moments a user sees: the status bar's problem count turning non-zero
 * (only Crosscheck reports on these files) and the first figure underline in an editor. It runs in the page from
 * its first script on, every 25 ms, whatever the script is doing meanwhile (opening a file, waiting for a hover), so
 * one wait cannot delay another's time. Times are the page's Date.now(), the same clock as this script's.
 *
 * The underline is Crosscheck's decoration (src/extension/decorations.ts: a dotted bottom border). VS Code draws a
 * decoration's border, background and outline as an overlay <div> in `.view-overlays`, under the text, and only its
 * colour and text-decoration on the text's own spans in `.view-lines`: the border is looked for in both.
 */
function watchFirsts() {
  const marks = {};
  window.__crosscheckMeasure = marks;
  const dotted = (el) => window.getComputedStyle(el).borderBottomStyle === 'dotted';
  const tick = () => {
    if (!marks.problems) {
      const label = document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') ?? '';
      if (/[1-9]/.test(label)) {
        marks.problems = Date.now();
        marks.problemsLabel = label;
      }
    }
    // the extension's summary item shows from activate() on ("Crosscheck: checking…"): activation as the user sees it
    if (!marks.extension && document.querySelector('.statusbar-item[id*="crosscheck.summary"]'))
      marks.extension = Date.now();
    if (!marks.underline) {
      const candidates = document.querySelectorAll(
        '.editor-instance .view-overlays div div, .editor-instance .view-lines span',
      );
      for (const el of candidates)
        if (dotted(el)) {
          marks.underline = Date.now();
          break;
        }
    }
    if (!marks.problems || !marks.underline || !marks.extension) setTimeout(tick, 25);
  };
  setTimeout(tick, 25);
}

/** What the page's watcher saw so far ({} before the workbench loaded). */
const firsts = (page) => page.evaluate(() => ({ ...(window.__crosscheckMeasure ?? {}) })).catch(() => ({}));

/** Waits until the page's watcher saw `what` (the watcher keeps the time it happened). */
async function waitForFirst(page, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const marks = await firsts(page);
    if (marks[what]) return marks;
    await page.waitForTimeout(100);
  }
  throw new Error(`no ${what} within ${timeoutMs} ms`);
}

/** Opens a file by (part of) its name through Quick Open, as a user types it. */
async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 30_000 });
}

/** Where the first run of digits is on screen in the editor (a figure; the hover answers for any figure). */
async function firstDigits(page) {
  return page
    .locator('.editor-instance .view-lines')
    .first()
    .evaluate((lines) => {
      for (const line of lines.querySelectorAll('.view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const m = /\d+/.exec(node.textContent ?? '');
          if (!m) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + 1);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
      }
      return null;
    });
}

/**
 * From the mouse resting on a figure to Crosscheck's hover card (its "Claim" line or "No other source…"), minus
 * nothing: VS Code's own hover delay (300 ms by default) is part of what the user waits. VS Code asks for a hover
 * once per mouse move: when the first answer is empty (the figure is not known yet, during the scan) nothing shows
 * however long the mouse rests, so the mouse is moved off and back every `retryMs`, as a user would, until a card
 * shows. Returns the time from the first move and how many moves it took (1: the first hover answered).
 */
async function timeHover(page, { retryMs = 2_000, timeoutMs = 60_000 } = {}) {
  const at = await firstDigits(page);
  if (!at) return null;
  // the card of a compared figure ("Claim: …", "No other source…"), or, before the other sources are compared, the
  // figure's own card saying how far the scan has read ("Other sources: still reading 120 of 2000 files…")
  const card = page.locator('.monaco-hover', { hasText: /Claim|No other source|Other sources:/ }).first();
  const away = async () => {
    await page.mouse.move(at.x + 200, at.y + 200);
    await page
      .locator('.monaco-hover')
      .first()
      .waitFor({ state: 'hidden', timeout: 5_000 })
      .catch(() => {});
  };
  await away();
  const t = Date.now();
  for (let moves = 1; Date.now() - t < timeoutMs; moves++) {
    await page.mouse.move(at.x, at.y);
    const ok = await card.waitFor({ timeout: retryMs }).then(
      () => true,
      () => false,
    );
    if (ok) {
      const ms = Date.now() - t;
      const said = (await card.innerText().catch(() => '')).replace(/\s+/g, ' ');
      await away();
      return { ms, moves, pending: /Other sources:/.test(said) };
    }
    await away();
  }
  return null;
}

/**
 * From a keystroke that changes a figure to the edit's re-check: the problem count changing (its diagnostics
 * published; the count may not change), and the extension's log gaining a "check of N articles" line (the check
 * done, in the server). The server's debounce is included in both. Null for what did not happen within a minute.
 */
async function timeEdit(page, userDataDir) {
  const at = await firstDigits(page);
  if (!at) return null;
  const item = page.locator('[id="status.problems"]');
  const before = await item.getAttribute('aria-label');
  const checksBefore = extensionLog(userDataDir).checks;
  await page.mouse.click(at.x, at.y);
  const t = Date.now();
  await page.keyboard.type('9');
  const out = { countChangedMs: null, checkLoggedMs: null };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (out.countChangedMs === null || out.checkLoggedMs === null)) {
    if (out.countChangedMs === null && (await item.getAttribute('aria-label').catch(() => before)) !== before)
      out.countChangedMs = Date.now() - t;
    if (out.checkLoggedMs === null && extensionLog(userDataDir).checks > checksBefore)
      out.checkLoggedMs = Date.now() - t;
    await page.waitForTimeout(10);
  }
  return out;
}

async function activationTime(page) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Crosscheck' }).first();
  await row.waitFor({ timeout: 20_000 });
  const text = (await row.innerText()).replace(/\s+/g, ' ');
  const ms = /(\d+)\s*ms/.exec(text)?.[1];
  await page.keyboard.press('Control+W').catch(() => {});
  return { ms: ms ? Number(ms) : null, text };
}

/**
 * What the extension says in its own "Crosscheck" output channel, which VS Code also writes to a log file in the
 * profile: the language server's start-up and the first whole-workspace check, both from activate() on.
 */
function extensionLog(userDataDir) {
  const files = readdirSync(path.join(userDataDir, 'logs'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    /Crosscheck\.log$/.test(f),
  );
  const text = files.map((f) => readFileSync(path.join(userDataDir, 'logs', f), 'utf8')).join('\n');
  const number = (re) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  return {
    text,
    serverStartMs: number(/Language server started in (\d+) ms/),
    firstCheckAfterActivationMs: number(/First workspace check done (\d+) ms/),
    openArticlesPublishedMs: number(
      /open articles checked before the workspace scan: \d+ in \d+ ms, published (\d+) ms/,
    ),
    openFiguresSentMs: number(/open articles' figures before the workspace scan: \d+ in \d+ ms, sent (\d+) ms/),
    checks: [...text.matchAll(/check of \d+ articles in \d+ ms/g)].length,
    lastCheck: [...text.matchAll(/check of \d+ articles in \d+ ms[^\n]*/g)].at(-1)?.[0] ?? null,
  };
}

async function measure(label, workspace, firstFile) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-measure-'));
  const server = await startCodeServer({ tmp, installExtension: root });
  const browser = await launchBrowser();
  const result = { workspace: label };
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(watchFirsts);
    const opened = Date.now();
    await page.goto(workbenchUrl(server.base, workspace));
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
    result.workbenchMs = Date.now() - opened;
    // An article opened as soon as the folder shows, as a user would: its underlines and a hover while the
    // workspace scan runs.
    const fileOpened = Date.now();
    await quickOpen(page, firstFile);
    result.fileOpenMs = Date.now() - fileOpened;
    const during = await timeHover(page);
    result.hoverDuringScanMs = during?.ms ?? null;
    result.hoverDuringScanMoves = during?.moves ?? null;
    result.hoverDuringScanPending = during?.pending ?? null;
    // the hover was answered during the scan only if the first whole check was not done when it returned
    result.hoverBeforeFirstCheck = extensionLog(server.userDataDir).firstCheckAfterActivationMs === null;
    const marks = await waitForFirst(page, 'problems', 600_000);
    result.problems = marks.problemsLabel;
    result.firstDiagnosticsMs = marks.problems - opened;
    // from the moment the extension shows (its status item): the part of the wait that is Crosscheck's
    result.extensionShownMs = marks.extension ? marks.extension - opened : null;
    result.firstDiagnosticsAfterExtensionShownMs = marks.extension ? marks.problems - marks.extension : null;
    // none shows before the first check when only claims other sources state are underlined (the default)
    const underlined = await waitForFirst(page, 'underline', 60_000).catch(() => null);
    result.underlineAfterFileOpenMs = underlined ? underlined.underline - fileOpened : null;
    // The panel is measured on a settled workspace: before the first whole check it can only wait for it.
    const deadline = Date.now() + 600_000;
    while (extensionLog(server.userDataDir).firstCheckAfterActivationMs === null && Date.now() < deadline)
      await page.waitForTimeout(100);
    result.wholeCheckDoneMs = Date.now() - opened;
    // MEASURE_HOVER_WAIT_MS: quiet time before the settled hover, to tell a workbench still taking in the first
    // whole check's diagnostics (thousands of files) from a slow hover.
    await page.waitForTimeout(Number(process.env.MEASURE_HOVER_WAIT_MS || 0));
    result.hoverSettledMs = (await timeHover(page))?.ms ?? null;
    const edit = await timeEdit(page, server.userDataDir);
    result.editToCountChangedMs = edit?.countChangedMs ?? null;
    result.editToCheckLoggedMs = edit?.checkLoggedMs ?? null;
    // MEASURE_SETTLE_MS: extra quiet time before the panel, to tell a busy host from a slow panel.
    await page.waitForTimeout(Number(process.env.MEASURE_SETTLE_MS || 0));
    const activation = await activationTime(page);
    result.activationMs = activation.ms;
    result.activationRow = activation.text.slice(0, 160);
    const { text: _log, ...fromLog } = extensionLog(server.userDataDir);
    Object.assign(result, fromLog);
    const started = Date.now();
    await runCommand(page, 'Crosscheck: Compare Sources');
    result.comparePaletteMs = Date.now() - started;
    await page.locator('iframe.webview').last().waitFor({ state: 'attached', timeout: 120_000 });
    result.comparePanelShownMs = Date.now() - started;
    const frame = compareFrame(page);
    // Compare Sources opens on the reviewer's desk: one card per claim (the table is one select away)
    await frame.locator('article.card').first().waitFor({ timeout: 120_000 });
    result.compareOpenMs = Date.now() - started;
    result.compareCards = await frame.locator('article.card').count();
  } finally {
    // The extension's own log of the run, for reading the numbers behind the numbers.
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    writeFileSync(
      path.join(root, 'test-results', `measure-${label.replace(/\W+/g, '-')}.log`),
      extensionLog(server.userDataDir).text,
    );
    await browser.close().catch(() => {});
    server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

/** The rows of the report: what a user waits for, in the order they wait. */
const ROWS = [
  ['workbenchMs', 'workbench shows the folder, from opening it'],
  ['extensionShownMs', "Crosscheck's status item shows, from opening the folder"],
  ['activationMs', "activation (VS Code's number)"],
  ['serverStartMs', 'language server started, after activation'],
  ['fileOpenMs', 'an article opened through Quick Open'],
  ['openFiguresSentMs', "open article's figures (underlines, hover) ready, after server start"],
  ['openArticlesPublishedMs', 'open article checked and published, after server start'],
  ['hoverDuringScanMs', 'first hover on the opened article, mouse on a figure to the card'],
  ['firstDiagnosticsMs', 'first diagnostics, from opening the folder'],
  ['firstDiagnosticsAfterExtensionShownMs', "first diagnostics, from Crosscheck's status item"],
  ['underlineAfterFileOpenMs', 'first underline in the opened article, from opening it'],
  ['firstCheckAfterActivationMs', 'first whole check done, after activation'],
  ['hoverSettledMs', 'hover, settled'],
  ['editToCheckLoggedMs', "edit → the re-check done (extension's log; debounce included)"],
  ['editToCountChangedMs', 'edit → problem count changed (when the edit changes it)'],
  ['compareOpenMs', 'Compare Sources, palette to first card'],
];

/** One Markdown table, a column per workspace, the load average beside it: a number without it means little. */
function report(results, load) {
  const cell = (r, key) => {
    const v = r[key];
    if (key === 'hoverDuringScanMs' && v != null) {
      const when = r.hoverBeforeFirstCheck ? 'during the scan' : 'the first check done meanwhile';
      const card = r.hoverDuringScanPending ? ', the card says the other sources are still read' : '';
      return `${v} ms (${r.hoverDuringScanMoves} mouse move${r.hoverDuringScanMoves === 1 ? '' : 's'}, ${when}${card})`;
    }
    return v == null ? '—' : `${v} ms`;
  };
  const lines = [
    `| | ${results.map((r) => r.workspace).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
    ...ROWS.map(([key, title]) => `| ${title} | ${results.map((r) => cell(r, key)).join(' | ')} |`),
    `| Compare Sources cards | ${results.map((r) => r.compareCards ?? '—').join(' | ')} |`,
    `| last re-check (log) | ${results.map((r) => r.lastCheck ?? '—').join(' | ')} |`,
  ];
  return `${lines.join('\n')}\n\nload average (1, 5, 15 min): before ${load.before}; after ${load.after}; ${load.cores} cores\n`;
}

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

async function main() {
  setup();
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const seeds = copyOfSeeds();
  const large = generatedWorkspace(ARTICLES);
  const load = { before: loadAverage(), after: '', cores: cpus().length };
  try {
    // MEASURE_SEEDS=0 skips the seeds run (the large one is what varies).
    const results = [
      ...(process.env.MEASURE_SEEDS === '0'
        ? []
        : [await measure('seeds (4 articles)', seeds, readdirSync(seeds).sort()[0])]),
      await measure(`generated (${ARTICLES} articles)`, large, '0000-'),
    ];
    load.after = loadAverage();
    for (const r of results) console.log(JSON.stringify(r));
    const table = report(results, load);
    console.log(`\n${table}`);
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    writeFileSync(path.join(root, 'test-results', 'measure.md'), `${new Date().toISOString()}\n\n${table}`);
    writeFileSync(path.join(root, 'test-results', 'measure.json'), JSON.stringify({ load, results }, null, 2));
  } finally {
    rmSync(path.dirname(seeds), { recursive: true, force: true });
    rmSync(path.dirname(large), { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
