#!/usr/bin/env node
// npm run test:vscode -> `run.mjs test`: the integration tests (test/integration) inside a real VS Code's
//                        extension host, through @vscode/test-electron's runTests with our launcher.
// npm run test:e2e    -> `run.mjs e2e`: the user's path through the UI (test/e2e), with screenshots, against the
//                        packaged extension: it builds the .vsix (vsce, offline) and installs it into code-server.
//                        --dev: the development folder instead; --update-screenshots: refresh docs/screenshots/.
// Both: set up the machine (cached), build, and work on a fresh temp copy of seeds/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runTests } from '@vscode/test-electron';
import { root, setup } from './setup.mjs';
import { copyOfSeeds } from './workspace.mjs';

const mode = process.argv[2] ?? 'test';
// --update-fixtures: the export test rewrites test/fixtures/seeds-compare.md (review the diff before committing).
const updateFixtures = process.argv.includes('--update-fixtures');
// --order=reverse|shuffle|shuffle:<seed> (or CROSSCHECK_TEST_ORDER): the integration suites in another order,
// to show that none depends on another's leftovers (test/integration/order.ts).
const order =
  process.argv.find((a) => a.startsWith('--order='))?.slice('--order='.length) ?? process.env.CROSSCHECK_TEST_ORDER;
// --grep=TEXT (or CROSSCHECK_TEST_GREP): only the tests whose full title contains TEXT, while developing one suite.
const grep =
  process.argv.find((a) => a.startsWith('--grep='))?.slice('--grep='.length) ?? process.env.CROSSCHECK_TEST_GREP;
const label = mode === 'e2e' ? 'test:e2e' : 'test:vscode';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// The whole run, set-up included, has a ceiling so that a hung browser can never hold CI.
const ceiling = setTimeout(() => {
  console.log(`${label} FAILED in ${elapsed()}: no result after 20 minutes, gave up`);
  process.exit(1);
}, 20 * 60_000);
ceiling.unref();

function build() {
  // Always rebuilt (under a second with esbuild): stale bundles would test yesterday's code.
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

/** Passes the run's output through and keeps the mocha summary that test/integration/index.ts prints. */
function summaryCatcher() {
  const summary = { line: '' };
  let pending = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) if (/^\s*vscode integration: \d+ passed, \d+ failed/.test(l)) summary.line = l.trim();
      done();
    },
  });
  return { stream, summary };
}

async function integration() {
  const workspace = copyOfSeeds();
  const { stream, summary } = summaryCatcher();
  const summaryFile = path.join(path.dirname(workspace), 'summary.txt');
  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: path.join(root, 'scripts', 'vscode-test', 'launcher.mjs'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace],
      extensionTestsEnv: {
        CROSSCHECK_SUMMARY_FILE: summaryFile,
        ...(order ? { CROSSCHECK_TEST_ORDER: order } : {}),
        ...(grep ? { CROSSCHECK_TEST_GREP: grep } : {}),
        ...(updateFixtures ? { CROSSCHECK_UPDATE_FIXTURES: '1' } : {}),
      },
      stdout: stream,
      stderr: process.stderr,
    });
  } catch (e) {
    code = 1;
    console.error(String(e instanceof Error ? e.message : e));
  } finally {
    if (!summary.line && existsSync(summaryFile)) summary.line = readFileSync(summaryFile, 'utf8').trim();
    rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
  // The closing line CI logs are read by: the counts, or why there are none.
  console.log(
    `test:vscode ${code === 0 ? 'PASSED' : 'FAILED'} in ${elapsed()}: ${summary.line || 'no test summary (the extension host did not finish the run)'}`,
  );
  return code;
}

/** The .vsix users install, built the way `npm run package` builds it, into a temp folder. */
function packageVsix(dir) {
  const vsix = path.join(dir, 'crosscheck.vsix');
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`vsce package failed: ${r.stderr || r.stdout}`);
  return vsix;
}

async function e2e() {
  const { runE2e } = await import('../../test/e2e/ui.e2e.mjs');
  const workspace = copyOfSeeds();
  try {
    const vsix = process.argv.includes('--dev') ? undefined : packageVsix(path.dirname(workspace));
    const { passed, failed } = await runE2e({
      workspace,
      vsix,
      updateScreenshots: process.argv.includes('--update-screenshots'),
    });
    console.log(`test:e2e ${failed === 0 ? 'PASSED' : 'FAILED'} in ${elapsed()}: ${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

async function main() {
  if (mode !== 'test' && mode !== 'e2e') throw new Error(`usage: run.mjs test|e2e (got ${mode})`);
  setup();
  build();
  return mode === 'test' ? integration() : e2e();
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.stack : e);
    console.log(`${label} FAILED in ${elapsed()}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    process.exit(1);
  },
);
