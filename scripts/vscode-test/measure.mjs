#!/usr/bin/env node
// Measures what a user waits for, in a real VS Code with the extension installed (node scripts/vscode-test/measure.mjs):
//   - activation time, as VS Code itself reports it (Developer: Show Running Extensions);
//   - from opening the folder to the first Crosscheck diagnostics (the status bar's problem counts turn non-zero),
//     next to the time the workbench alone needs to show the folder, and to the end of the first whole check;
//   - from running "Crosscheck: Compare Sources" to the panel showing its first row.
// On the seeds and on a generated workspace of 2 000 articles (MEASURE_ARTICLES=n for another size).
// Numbers, not pass/fail: timing assertions belong to no test suite on a shared 2-core machine.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { root, setup } from './setup.mjs';
import { copyOfSeeds, generatedWorkspace } from './workspace.mjs';
import { compareFrame, runCommand } from './workbench-ui.mjs';
import { spawnSync } from 'node:child_process';

const ARTICLES = Number(process.env.MEASURE_ARTICLES || 2000);

/** Polls the status bar's problems item until it counts something (only Crosscheck reports on these files). */
async function waitForProblems(page, timeoutMs) {
  const item = page.locator('[id="status.problems"]');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const label = (await item.getAttribute('aria-label', { timeout: 1000 }).catch(() => null)) ?? '';
    if (/[1-9]/.test(label)) return label;
    await page.waitForTimeout(25);
  }
  throw new Error('no diagnostics appeared');
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

/** Waits until the editor shows a figure's dotted underline (Crosscheck's decoration: a dotted bottom border). */
async function waitForUnderline(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await page
      .locator('.editor-instance .view-lines')
      .first()
      .evaluate((lines) =>
        [...lines.querySelectorAll('span')].some(
          (s) => s.ownerDocument.defaultView.getComputedStyle(s).borderBottomStyle === 'dotted',
        ),
      )
      .catch(() => false);
    if (found) return;
    await page.waitForTimeout(25);
  }
  throw new Error('no underline appeared');
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
 * nothing: VS Code's own hover delay (300 ms by default) is part of what the user waits.
 */
async function timeHover(page) {
  const at = await firstDigits(page);
  if (!at) return null;
  await page.mouse.move(at.x + 200, at.y + 200);
  await page
    .locator('.monaco-hover')
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => {});
  const t = Date.now();
  await page.mouse.move(at.x, at.y);
  const card = page.locator('.monaco-hover', { hasText: /Claim|No other source/ }).first();
  const ok = await card.waitFor({ timeout: 60_000 }).then(
    () => true,
    () => false,
  );
  const ms = Date.now() - t;
  await page.mouse.move(at.x + 200, at.y + 200);
  return ok ? ms : null;
}

/**
 * From a keystroke that changes a figure to the problem count changing (the edit's re-check published), the
 * server's debounce included. Null when the count did not change within a minute.
 */
async function timeEdit(page) {
  const at = await firstDigits(page);
  if (!at) return null;
  const item = page.locator('[id="status.problems"]');
  const before = await item.getAttribute('aria-label');
  await page.mouse.click(at.x, at.y);
  const t = Date.now();
  await page.keyboard.type('9');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if ((await item.getAttribute('aria-label').catch(() => before)) !== before) return Date.now() - t;
    await page.waitForTimeout(10);
  }
  return null;
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
    const opened = Date.now();
    await page.goto(workbenchUrl(server.base, workspace));
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
    result.workbenchMs = Date.now() - opened;
    // An article opened as soon as the folder shows, as a user would: its underlines and a hover while the
    // workspace scan runs.
    const fileOpened = Date.now();
    await quickOpen(page, firstFile);
    result.hoverDuringScanMs = await timeHover(page);
    result.hoverBeforeFirstCheck = extensionLog(server.userDataDir).firstCheckAfterActivationMs === null;
    result.problems = await waitForProblems(page, 600_000);
    result.firstDiagnosticsMs = Date.now() - opened;
    // after the first diagnostics: waiting for an underline first would delay them (none shows before the scan
    // when only claims other sources state are underlined, the default)
    result.underlineMs = await waitForUnderline(page, 30_000).then(
      () => Date.now() - fileOpened,
      () => null,
    );
    // The panel is measured on a settled workspace: before the first whole check it can only wait for it.
    const deadline = Date.now() + 600_000;
    while (extensionLog(server.userDataDir).firstCheckAfterActivationMs === null && Date.now() < deadline)
      await page.waitForTimeout(100);
    result.wholeCheckDoneMs = Date.now() - opened;
    result.hoverSettledMs = await timeHover(page);
    result.editToUpdateMs = await timeEdit(page);
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

async function main() {
  setup();
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const seeds = copyOfSeeds();
  const large = generatedWorkspace(ARTICLES);
  try {
    // MEASURE_SEEDS=0 skips the seeds run (the large one is what varies).
    const results = [
      ...(process.env.MEASURE_SEEDS === '0'
        ? []
        : [await measure('seeds (4 articles)', seeds, readdirSync(seeds).sort()[0])]),
      await measure(`generated (${ARTICLES} articles)`, large, '0000-'),
    ];
    for (const r of results) console.log(JSON.stringify(r));
  } finally {
    rmSync(path.dirname(seeds), { recursive: true, force: true });
    rmSync(path.dirname(large), { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
