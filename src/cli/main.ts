/**
 * `crosscheck` command-line entry (bundled to dist/cli.js). Everything happens in runCli; this file only
 * binds it to the process: arguments, streams, exit code.
 */
import { version } from '../../package.json';
import { EXIT_INTERNAL, runCli } from './run';

// `crosscheck check ... | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  // exitCode rather than exit(): a large JSON document on a pipe is flushed before the process ends.
  process.exitCode = runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, version });
} catch (err) {
  process.stderr.write(
    `crosscheck: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = EXIT_INTERNAL;
}
