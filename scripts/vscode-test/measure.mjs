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
  };
}

async function measure(label, workspace) {
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
    result.problems = await waitForProblems(page, 600_000);
    result.firstDiagnosticsMs = Date.now() - opened;
    // The panel is measured on a settled workspace: before the first whole check it can only wait for it.
    const deadline = Date.now() + 600_000;
    while (extensionLog(server.userDataDir).firstCheckAfterActivationMs === null && Date.now() < deadline)
      await page.waitForTimeout(100);
    result.wholeCheckDoneMs = Date.now() - opened;
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
    await frame.locator('table tbody tr').first().waitFor({ timeout: 120_000 });
    result.compareOpenMs = Date.now() - started;
    result.compareRows = (await frame.locator('body').innerText()).match(/Claims? \d+[–-]\d+ of \d+/)?.[0] ?? null;
    // What the webview had to build: with 2 000 sources, the columns matter as much as the rows.
    result.compareCells = await frame
      .locator('table')
      .first()
      .evaluate((t) => ({
        columns: t.querySelectorAll('thead th').length,
        rows: t.querySelectorAll('tbody tr').length,
        cells: t.querySelectorAll('tbody td').length,
      }));
    // Responsiveness: the next page of rows, or a filter, must not take as long as opening did.
    const next = frame.getByRole('button', { name: /Next/ });
    if (await next.isEnabled().catch(() => false)) {
      const t = Date.now();
      await next.click();
      await frame.locator('table tbody tr').first().waitFor();
      result.nextPageMs = Date.now() - t;
    }
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
      ...(process.env.MEASURE_SEEDS === '0' ? [] : [await measure('seeds (4 articles)', seeds)]),
      await measure(`generated (${ARTICLES} articles)`, large),
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
