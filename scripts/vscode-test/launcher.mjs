#!/usr/bin/env node
// The "VS Code executable" handed to @vscode/test-electron's runTests(): instead of desktop VS Code (which
// it cannot download offline) it starts code-server and opens its workbench in Chromium as an Extension
// Development Host, so the tests run inside a real extension host. runTests spawns it as
//   launcher.mjs <workspace> --extensionTestsPath=… --extensionDevelopmentPath=… [desktop-only flags]
// and takes its exit code as the result; the desktop-only flags (--no-sandbox, --user-data-dir, …) are
// ignored because every run gets a fresh profile in a temp folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCodeServer } from './code-server.mjs';
import { forwardExtensionHostConsole, launchBrowser, workbenchUrl } from './browser.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const workspace = argv.find((a) => !a.startsWith('-'));
const developmentPath = flag('extensionDevelopmentPath');
const testsPath = flag('extensionTestsPath');
const timeoutMs = Number(process.env.CROSSCHECK_VSCODE_TIMEOUT_MS || 600_000);

const t0 = Date.now();
const log = (msg) => console.error(`[launcher ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

async function main() {
  if (!workspace || !developmentPath || !testsPath) {
    throw new Error('usage: launcher.mjs <workspace> --extensionDevelopmentPath=<dir> --extensionTestsPath=<file>');
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-vscode-'));
  let server;
  let browser;
  // Whatever happens (failure, timeout, Ctrl+C from runTests), the server's process group and the
  // browser must not outlive this process.
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    server?.stop();
    if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      void cleanup().then(() => process.exit(130));
    });
  try {
    server = await startCodeServer({ tmp });
    log(`code-server on ${server.base}`);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The workbench calls window.codeAutomationExit(code) when the extension tests end.
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
      // A crashed workbench never reports; fail now rather than at the timeout.
      page.on('crash', () => {
        log('the workbench page crashed');
        resolve(1);
      });
    });
    forwardExtensionHostConsole(page, (line) => process.stdout.write(`${line}\n`));
    const payload = [
      ['extensionDevelopmentPath', server.remote(path.resolve(developmentPath))],
      ['extensionTestsPath', server.remote(path.resolve(testsPath))],
    ];
    await page.goto(workbenchUrl(server.base, path.resolve(workspace), payload));
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const code = await Promise.race([exited, timedOut]);
    if (code === 'timeout') {
      log(`no result after ${timeoutMs / 1000} s; code-server log:`);
      console.error(readFileSync(server.logPath, 'utf8').split('\n').slice(-40).join('\n'));
      return 1;
    }
    // The last console lines (mocha's summary) travel behind the exit call; let them arrive before closing.
    await new Promise((r) => setTimeout(r, 500));
    log(`extension host exited with ${code}`);
    return typeof code === 'number' ? code : 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
