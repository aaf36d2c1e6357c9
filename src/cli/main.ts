/**
 * `crosscheck` command-line entry (bundled to dist/cli.js). Everything happens in runCli; this file only
 * binds it to the process: arguments, streams, exit code. A run that reads articles happens in a child process
 * under a heap limit, watched by this one (supervise.ts), so that one pathological file never loses the others.
 */
import { version } from '../../package.json';
import { parseArgs } from './args';
import { EXIT_INTERNAL, runCli } from './run';
import { childPlan, defaultMaxMemoryMb, reportStage, superviseCli } from './supervise';

// `crosscheck check ... | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

function internalError(err: unknown): void {
  process.stderr.write(
    `crosscheck: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = EXIT_INTERNAL;
}

const argv = process.argv.slice(2);
try {
  const plan = childPlan(process.env);
  const parsed = plan ? undefined : parseArgs(argv);
  if (parsed?.kind === 'run') {
    // the supervisor: the work runs in a child with the same arguments
    superviseCli({
      script: __filename,
      argv,
      maxMemoryMb: parsed.options.maxMemoryMb ?? defaultMaxMemoryMb(),
      stderr: process.stderr,
    }).then((code) => {
      process.exitCode = code;
    }, internalError);
  } else {
    // help, version, usage errors, or the supervised child itself.
    // exitCode rather than exit(): a large JSON document on a pipe is flushed before the process ends.
    const stderr = plan
      ? { isTTY: plan.stderrIsTTY, write: (text: string) => process.stderr.write(text) }
      : process.stderr;
    process.exitCode = runCli(
      argv,
      { stdout: process.stdout, stderr, version },
      plan ? { skip: new Set(plan.skip), compare: plan.compare, stage: reportStage } : {},
    );
  }
} catch (err) {
  internalError(err);
}
