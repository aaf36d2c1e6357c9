/** The command line, parsed into options. Hand-written: four options do not justify a dependency. */

export type Command = 'extract' | 'check';
export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'csv';
/** `--fail-on`: which findings turn a successful run into exit code 1. */
export type FailOn = 'never' | 'conflict' | 'diagnostic';

export interface CliOptions {
  command: Command;
  format: OutputFormat;
  include: string[];
  exclude: string[];
  quiet: boolean;
  /** Apply the team's decisions in .crosscheck/review.json (checked and ignored figures). */
  review: boolean;
  /** `--review FILE`: the one review file to apply, wherever it is (instead of those found in the given folders). */
  reviewFile?: string;
  failOn: FailOn;
  maxBytes?: number;
  /** `--max-memory MB`: the heap limit of the process that does the work (supervise.ts); past it, see exit code 3. */
  maxMemoryMb?: number;
  paths: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown', 'csv'];
const FAIL_ON: readonly FailOn[] = ['never', 'conflict', 'diagnostic'];
const COMMANDS: readonly Command[] = ['extract', 'check'];

/** Options that take a value, as `--name value` or `--name=value`. */
const VALUED = new Set(['--format', '--include', '--exclude', '--fail-on', '--max-size', '--max-memory', '--review']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let command: Command | undefined;
  let format: OutputFormat = 'text';
  const include: string[] = [];
  const exclude: string[] = [];
  let quiet = false;
  let review = true;
  let failOn: FailOn = 'never';
  let maxBytes: number | undefined;
  let maxMemoryMb: number | undefined;
  let reviewFile: string | undefined;
  const paths: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      if (command === undefined) {
        if (!(COMMANDS as readonly string[]).includes(arg)) {
          return { kind: 'usage-error', message: `unknown command '${arg}' (expected 'extract' or 'check')` };
        }
        command = arg as Command;
      } else {
        paths.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version' || arg === '-V') return { kind: 'version' };
    if (arg === '--quiet' || arg === '-q') {
      quiet = true;
      continue;
    }
    if (arg === '--no-review') {
      review = false;
      continue;
    }

    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) return { kind: 'usage-error', message: `unknown option '${name}'` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) return { kind: 'usage-error', message: `option '${name}' needs a value` };

    switch (name) {
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value)) {
          return { kind: 'usage-error', message: `unknown format '${value}' (expected ${FORMATS.join(', ')})` };
        }
        format = value as OutputFormat;
        break;
      case '--include':
        include.push(value);
        break;
      case '--exclude':
        exclude.push(value);
        break;
      case '--fail-on':
        if (!(FAIL_ON as readonly string[]).includes(value)) {
          return {
            kind: 'usage-error',
            message: `unknown --fail-on value '${value}' (expected ${FAIL_ON.join(', ')})`,
          };
        }
        failOn = value as FailOn;
        break;
      case '--review':
        if (value === '') return { kind: 'usage-error', message: '--review takes the path of a review file' };
        reviewFile = value;
        break;
      case '--max-size': {
        const kb = Number(value);
        if (!Number.isFinite(kb) || kb <= 0) {
          return { kind: 'usage-error', message: `--max-size takes a size in kilobytes, got '${value}'` };
        }
        maxBytes = Math.round(kb * 1024);
        break;
      }
      case '--max-memory': {
        const mb = Number(value);
        // below this Node itself hardly starts: the limit would fail every run, not a bad file
        if (!Number.isInteger(mb) || mb < MIN_MEMORY_MB) {
          return {
            kind: 'usage-error',
            message: `--max-memory takes a whole number of megabytes, at least ${MIN_MEMORY_MB}, got '${value}'`,
          };
        }
        maxMemoryMb = mb;
        break;
      }
    }
  }

  if (command === undefined) return { kind: 'usage-error', message: "missing command: 'extract' or 'check'" };
  if (paths.length === 0) return { kind: 'usage-error', message: 'no files or folders given' };
  if (command === 'extract' && (format === 'markdown' || format === 'csv' || format === 'sarif')) {
    return {
      kind: 'usage-error',
      message: `--format ${format} is an output of 'check'; 'extract' writes text or json`,
    };
  }
  const options: CliOptions = { command, format, include, exclude, quiet, review, failOn, paths };
  if (maxBytes !== undefined) options.maxBytes = maxBytes;
  if (maxMemoryMb !== undefined) options.maxMemoryMb = maxMemoryMb;
  if (reviewFile !== undefined) {
    if (!review) return { kind: 'usage-error', message: '--review FILE and --no-review exclude each other' };
    options.reviewFile = reviewFile;
  }
  return { kind: 'run', options };
}

/** The smallest --max-memory accepted, in MB. */
export const MIN_MEMORY_MB = 32;

/** What follows a usage error, instead of the whole help. */
export const USAGE_HINT = "Run 'crosscheck --help' for the commands and options.";

export const USAGE = `Usage: crosscheck <command> [options] PATH...

Finds every figure (money, quantities, percentages, dates) in news articles in eleven
languages, groups them into claims across files, and reports where sources contradict
each other. PATH is an article file or a folder (walked recursively).

Commands:
  extract   list the figures of each article, with their normalized values
  check     the whole workspace: figures, claims and contradictions between sources

Options:
  --format text|json|sarif|markdown|csv
                      text (default): compiler-style lines "path:line:col: severity: message [code]"
                      json: one JSON document (the CLI contract, version 1)
                      sarif: the diagnostics as SARIF 2.1.0, for code-scanning tools
                      markdown, csv: the compare table of 'check' (claims x sources)
  --include GLOB      article files to take from folders (repeatable;
                      default **/*.txt, **/*.md, **/*.article)
  --exclude GLOB      files or folders to leave out (repeatable); a glob without "/"
                      matches a name at any depth
  --fail-on never|conflict|diagnostic
                      exit with 1 when 'check' finds a contradiction (conflict) or any
                      diagnostic (diagnostic); default never
  --max-size KB       refuse files larger than this (default 5120)
  --max-memory MB     heap limit of the process doing the work (default 4096, or half the
                      machine's memory if less): a file whose analysis exceeds it is
                      reported and skipped (exit 3), every other file is still checked
  --no-review         report everything, ignoring the team's decisions in .crosscheck/review.json
                      (by default, as in the editor, a figure marked "ignored" is left out and
                      a figure marked "checked" gets no diagnostic; the nearest review file in
                      an article's folder or above, up to the FOLDER given, applies: never one
                      above the folders given, nor one for a file given by itself)
  --review FILE       apply this review file (.crosscheck/review.json of another folder) to
                      every article; its entries are relative to the folder holding .crosscheck
  -q, --quiet         no summary, warnings or progress on stderr; errors are still shown
  -h, --help          this help
  -V, --version       the version
  --                  every later argument is a path, even one starting with "-"

Exit codes:
  0  the run completed (contradictions found or not, unless --fail-on says otherwise)
  1  --fail-on was given and its findings were found
  2  usage error, or some input could not be read (missing, binary, too large, a folder
     without articles); the output still covers every other file
  3  internal error (a bug: please report it), or a file or the comparison exceeded
     --max-memory: that file is skipped (or the figures are written without comparison),
     and the output still covers every other file

Output goes to stdout (one JSON document with --format json, nothing else); messages,
warnings and progress go to stderr. Progress is shown only when stderr is a terminal.
`;
