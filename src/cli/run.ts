/**
 * One CLI run: find the articles, read them, analyze each, check the workspace, write the chosen format.
 * A bad file is reported and skipped; the others are still analyzed and written.
 */
import { discoverArticles, readArticle } from '../node/articles';
import type { AnalyzedDocument, Diagnostic, WorkspaceResult } from '../core/types';
import { analyzeDocument, checkWorkspace } from '../core/workspace';
import { isCrosscheckReport } from '../core/report/marker';
import { parseArgs, USAGE, USAGE_HINT, type CliOptions, type FailOn } from './args';
import { writeOutput } from './format-output';
import { renderSummary } from './format-text';
import { terminalSafe } from './terminal';
import { Progress, type ProgressStream } from './progress';
import { applyReviews, withoutChecked } from './review';
import type { Stage } from './supervise';

import { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE_OR_INPUT } from './exit-codes';

export { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE_OR_INPUT };

export interface CliIo {
  stdout: { isTTY?: boolean; write(text: string): boolean };
  stderr: ProgressStream;
  version: string;
}

/**
 * What a supervised child (supervise.ts) is told and tells: files to leave out, whether to compare, and a reporter
 * of each stage before it starts. Without hooks, runCli runs everything in this process.
 */
export interface RunHooks {
  skip?: ReadonlySet<string>;
  compare?: boolean;
  stage?: (stage: Stage) => void;
}

export function runCli(argv: readonly string[], io: CliIo, hooks: RunHooks = {}): number {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${io.version}\n`);
      return EXIT_OK;
    case 'usage-error':
      // one line and where to look: the whole help would bury the message
      io.stderr.write(`crosscheck: ${terminalSafe(parsed.message)}\n${USAGE_HINT}\n`);
      return EXIT_USAGE_OR_INPUT;
    case 'run':
      return runCommand(parsed.options, io, hooks);
  }
}

function runCommand(options: CliOptions, io: CliIo, hooks: RunHooks): number {
  const discovered = discoverArticles(options.paths, { include: options.include, exclude: options.exclude });
  // files a run before this one died on (supervise.ts reported them)
  if (hooks.skip?.size) discovered.files = discovered.files.filter((f) => !hooks.skip!.has(f));
  const progress = Progress.create(io.stderr, discovered.files.length, options.quiet);
  const report = (path: string, severity: 'error' | 'warning', message: string): void => {
    if (severity === 'warning' && options.quiet) return;
    progress.clear();
    io.stderr.write(`${terminalSafe(`${path}: ${severity}: ${message}`)}\n`);
  };
  let inputErrors = 0;
  let internalErrors = 0;
  for (const e of discovered.errors) {
    inputErrors++;
    report(e.path, 'error', e.error);
  }

  const documents: AnalyzedDocument[] = [];
  discovered.files.forEach((file, i) => {
    progress.update('analyzing', i);
    hooks.stage?.({ file });
    const read = readArticle(file, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
    if (!read.ok) {
      inputErrors++;
      report(file, 'error', read.tooLarge ? `${read.error}; raise it with --max-size KB` : read.error);
      return;
    }
    for (const w of read.warnings) report(file, 'warning', w);
    if (isCrosscheckReport(read.text)) {
      report(file, 'warning', 'skipped: a report Crosscheck wrote, not an article');
      return;
    }
    try {
      documents.push(analyzeDocument(read.path, read.text));
    } catch (err) {
      // An engine bug on one article must not cost the user the others.
      internalErrors++;
      report(file, 'error', `internal error while analyzing this file: ${errorText(err)}`);
    }
  });
  progress.update('analyzing', discovered.files.length);

  const reviewed = options.review
    ? applyReviews(documents, {
        inputs: options.paths,
        ...(options.reviewFile !== undefined ? { reviewFile: options.reviewFile } : {}),
      })
    : { documents, checked: new Map<string, Set<number>>(), files: [], errors: [] };
  for (const e of reviewed.errors) {
    // Reported, never rewritten: the run goes on without its decisions, and the exit code says input was unusable.
    inputErrors++;
    report(e.path, 'error', `review file not applied: ${e.error}`);
  }
  let result: WorkspaceResult;
  if (options.command === 'check' && hooks.compare !== false) {
    progress.stage('comparing claims across sources');
    hooks.stage?.('compare');
    try {
      result = checkWorkspace(reviewed.documents);
    } catch (err) {
      // Every file's figures are still written (without comparison): a bug in comparing must not cost the output.
      internalErrors++;
      progress.clear();
      io.stderr.write(
        `crosscheck: internal error while comparing sources; every file's figures are written without comparison: ${terminalSafe(errorText(err))}\n`,
      );
      result = { documents: reviewed.documents, claims: [], diagnostics: [], claimOfFigure: new Map() };
    }
  } else {
    result = { documents: reviewed.documents, claims: [], diagnostics: [], claimOfFigure: new Map() };
  }
  progress.clear();
  if (!options.quiet) {
    for (const r of reviewed.files) {
      io.stderr.write(
        `crosscheck: applied review file ${terminalSafe(r.path)}: ${r.checked} figure${r.checked === 1 ? '' : 's'} marked checked, ${r.ignored} ignored\n`,
      );
    }
  }

  // A checked figure's diagnostics are not reported (text, JSON, exit code), but the compare table still shows
  // its conflict, exactly as the editor's export does: the table is the evidence, the review is a decision.
  const reported: WorkspaceResult = {
    ...result,
    diagnostics: withoutChecked(result.diagnostics, result.documents, reviewed.checked),
  };
  const isTable = options.format === 'markdown' || options.format === 'csv';
  hooks.stage?.('output');
  writeOutput(isTable ? result : reported, options.command, options.format, io.stdout.isTTY === true, (chunk) =>
    io.stdout.write(chunk),
  );
  if (!options.quiet) io.stderr.write(`${renderSummary(reported, options.command)}\n`);
  hooks.stage?.('done');

  return exitCode({ internalErrors, inputErrors, failOn: options.failOn, diagnostics: reported.diagnostics });
}

/** The exit code of a completed run: a bug outranks unreadable input, which outranks --fail-on findings. */
export function exitCode(run: {
  internalErrors: number;
  inputErrors: number;
  failOn: FailOn;
  diagnostics: readonly Pick<Diagnostic, 'code'>[];
}): number {
  if (run.internalErrors > 0) return EXIT_INTERNAL;
  if (run.inputErrors > 0) return EXIT_USAGE_OR_INPUT;
  if (run.failOn === 'conflict' && run.diagnostics.some((d) => d.code.startsWith('conflict'))) return EXIT_FINDINGS;
  if (run.failOn === 'diagnostic' && run.diagnostics.length > 0) return EXIT_FINDINGS;
  return EXIT_OK;
}

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
