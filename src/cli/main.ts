/**
 * `crosscheck` command-line entry (bundled to dist/cli.js). A run that reads articles happens in a child process
 * under a heap limit, watched by this one (supervise.ts), so that one pathological file never loses the others.
 * This process only parses the arguments and supervises: the engine is another bundle (dist/cli-work.js, work.ts),
 * loaded by the child alone (and for help, version and usage errors). Loading the engine's 4.6 MB in the supervisor
 * too cost about 0.4 CPU s per run, a tenth of an extraction of 5 MB.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './args';
import { EXIT_INTERNAL } from './exit-codes';
import { childPlan, defaultMaxMemoryMb, superviseCli } from './supervise';

/** The engine's bundle, beside this one (scripts/build.mjs); run from the sources (tsx), work.ts itself. */
const WORK_BUNDLE = 'cli-work.js';
const WORK_SOURCE = 'work';

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
  const parsed = childPlan(process.env) ? undefined : parseArgs(argv);
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
    // help, version, usage errors, or the supervised child itself: the engine's bundle runs them
    // a path the bundler cannot follow: the engine stays out of dist/cli.js
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(join(__dirname, existsSync(join(__dirname, WORK_BUNDLE)) ? WORK_BUNDLE : WORK_SOURCE));
  }
} catch (err) {
  internalError(err);
}
