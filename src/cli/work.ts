/**
 * The CLI's work (bundled to dist/cli-work.js, loaded by dist/cli.js, main.ts): help, version and usage errors, or the
 * supervised child's run of runCli. Everything happens in runCli; this file only binds it to the process: arguments,
 * streams, exit code.
 */
import { version } from '../../package.json';
import { EXIT_INTERNAL } from './exit-codes';
import { runCli } from './run';
import { childPlan, reportStage } from './supervise';

try {
  const plan = childPlan(process.env);
  const stderr = plan
    ? { isTTY: plan.stderrIsTTY, write: (text: string) => process.stderr.write(text) }
    : process.stderr;
  // exitCode rather than exit(): a large JSON document on a pipe is flushed before the process ends.
  process.exitCode = runCli(
    process.argv.slice(2),
    { stdout: process.stdout, stderr, version },
    plan ? { skip: new Set(plan.skip), compare: plan.compare, stage: reportStage } : {},
  );
} catch (err) {
  process.stderr.write(
    `crosscheck: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = EXIT_INTERNAL;
}
