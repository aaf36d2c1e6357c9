/**
 * Mocha's entry inside the extension host: VS Code calls `run()` when the window is an Extension Development
 * Host opened with extensionTestsPath (scripts/vscode-test/launcher.mjs). Bundled to out/test/integration/index.js;
 * mocha itself stays external and is resolved from node_modules.
 */
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { reorderSuites } from './order';

export async function run(): Promise<void> {
  // color off: the output is forwarded line by line through the workbench's console to CI logs.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  // Test files call describe/it at load time, so the globals must exist before they are imported.
  mocha.suite.emit('pre-require', globalThis, 'crosscheck-integration', mocha);
  // Each suite sets up and puts back its own state (ownState in ./helpers), so the order is free:
  // CROSSCHECK_TEST_ORDER=reverse or shuffle[:<seed>] runs the top-level suites in another order to prove it.
  await import('./diagnostics.test');
  await import('./compare.test');
  await import('./editing.test');
  await import('./review.test');
  await import('./workspace.test');
  await import('./security.test');
  await import('./summary.test');
  await import('./deleted.test');
  await import('./restart.test');
  await import('./scan.test');
  await import('./language.test');
  // npm run test:vscode -- --grep=TEXT: one suite while developing (the merge check runs them all)
  if (process.env.CROSSCHECK_TEST_GREP) mocha.grep(new RegExp(process.env.CROSSCHECK_TEST_GREP));
  const order = reorderSuites(mocha.suite, process.env.CROSSCHECK_TEST_ORDER);
  console.log(`suite order (${order.spec}): ${order.titles.join(' | ')}`);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  const total = mocha.suite.total();
  // Start-up timings as the extension measured them on the seeds (a report, not a test: the machine is shared).
  const api = vscode.extensions.getExtension<{ timings?: () => unknown }>('crosscheck.crosscheck')?.exports;
  if (typeof api?.timings === 'function')
    console.log(`extension start-up on the seeds (ms): ${JSON.stringify(api.timings())}`);
  // The line scripts/vscode-test/run.mjs repeats at the end of the run (the closing line of CI logs).
  const summary = `vscode integration: ${total - failures} passed, ${failures} failed`;
  console.log(summary);
  // Also to a file: @vscode/test-electron 2.x (the last for Node 20) prints the host's output itself, so the
  // launcher cannot always catch this line from the stream it passes.
  if (process.env.CROSSCHECK_SUMMARY_FILE) writeFileSync(process.env.CROSSCHECK_SUMMARY_FILE, summary);
  if (failures > 0) throw new Error(`${failures} of ${total} integration tests failed`);
}
