/**
 * The CLI's work runs in a child process under a heap limit, watched by this one (issue 10: one bad file never loses
 * the others). Out of memory, V8 aborts the whole process: run in-process, one pathological article would cost every
 * other file's output. The child says on a pipe (fd 3) which file it is reading and which stage it is in; when it
 * dies, the parent knows what killed it and runs the work again without it:
 * - died reading or analyzing a file: that file is reported and skipped, the others are checked as usual;
 * - died comparing sources: every file's figures are written without comparison;
 * - died writing the output: reported (part of the output may be written).
 * Any of these ends with exit code 3. The child writes stdout and stderr itself (inherited): no copy of the output
 * passes through this process, and a terminal stays a terminal for progress and indented JSON.
 */
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import { totalmem } from 'node:os';
import { EXIT_INTERNAL } from './exit-codes';
import { terminalSafe } from './terminal';

/** The environment variable that makes dist/cli.js the child, with its plan as JSON. */
export const CHILD_ENV = 'CROSSCHECK_CLI_CHILD';
/** The child's end of the pipe it reports its stage on. */
const STAGE_FD = 3;

/** What a child run does: files to leave out (each failed a run before), and whether to compare. */
export interface ChildPlan {
  skip: string[];
  compare: boolean;
  /** The parent's stderr is a terminal: the child's is a pipe through the parent, but progress is still drawn. */
  stderrIsTTY: boolean;
}

/** How V8 starts what it prints when a heap is full. */
const V8_OOM_DUMP = '<--- Last few GCs --->';

/** The stages a child reports, one line each: a file (as JSON), or a letter. */
export type Stage = { file: string } | 'compare' | 'output' | 'done';

const LETTER = { compare: 'c', output: 'o', done: 'd' } as const;

/** The heap limit of the child when --max-memory is not given: 4 GB, or half the machine's memory if less. */
export function defaultMaxMemoryMb(): number {
  return Math.max(256, Math.min(4096, Math.floor(totalmem() / (2 * 1024 * 1024))));
}

/** The child's side: its plan (undefined when this process is not a supervised child) and its stage reporter. */
export function childPlan(env: NodeJS.ProcessEnv): ChildPlan | undefined {
  const raw = env[CHILD_ENV];
  if (raw === undefined) return undefined;
  const plan = JSON.parse(raw) as ChildPlan;
  return {
    skip: Array.isArray(plan.skip) ? plan.skip.map(String) : [],
    compare: plan.compare !== false,
    stderrIsTTY: plan.stderrIsTTY === true,
  };
}

/**
 * Reports a stage to the parent, synchronously: a process that runs out of memory never flushes a queued message,
 * so each line is on the pipe before the work it names starts.
 */
export function reportStage(stage: Stage): void {
  if (stagePipeClosed) return;
  const line = typeof stage === 'string' ? `${LETTER[stage]}\n` : `${JSON.stringify(stage.file)}\n`;
  const bytes = Buffer.from(line);
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(STAGE_FD, bytes, done);
    } catch (err) {
      // the parent reads continuously; a full pipe is only a moment's wait. Any other error (no fd 3: the child run
      // by hand, a parent gone) ends the reports: thrown per file, it cost a tenth of a 10 000-file run
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') {
        stagePipeClosed = true;
        return;
      }
    }
  }
}

let stagePipeClosed = false;

/** Reads the child's stage lines as they come; `last` is the stage in progress when the child died. */
class StageReader {
  last: Stage | undefined;
  private rest = '';

  push(chunk: string): void {
    const lines = (this.rest + chunk).split('\n');
    this.rest = lines.pop()!;
    const line = lines.at(-1);
    if (line === undefined) return;
    const letter = Object.entries(LETTER).find(([, l]) => l === line);
    this.last = letter ? (letter[0] as Stage) : { file: JSON.parse(line) as string };
  }
}

export interface SuperviseOptions {
  /** The script the child runs (dist/cli.js itself). */
  script: string;
  argv: readonly string[];
  maxMemoryMb: number;
  stderr: { isTTY?: boolean; write(text: string): boolean };
}

/** Runs the CLI in children until one completes; resolves to the exit code. */
export async function superviseCli(opts: SuperviseOptions): Promise<number> {
  const plan: ChildPlan = { skip: [], compare: true, stderrIsTTY: opts.stderr.isTTY === true };
  // each rerun leaves one more file out, at most MAX_SKIPPED: past that, the run as a whole (not one file) is too
  // large for the limit, and rerunning would only blame innocent files
  for (;;) {
    const { code, signal, last } = await runChild(opts, plan);
    if (signal === null && code !== null && code <= EXIT_INTERNAL) {
      // completed: a file left out or a comparison given up makes it an internal error
      return plan.skip.length > 0 || !plan.compare ? Math.max(code, EXIT_INTERNAL) : code;
    }
    const how = deathOf(code, signal, opts.maxMemoryMb);
    if (last && typeof last === 'object' && plan.skip.length < MAX_SKIPPED) {
      opts.stderr.write(
        `${terminalSafe(`${last.file}: error: the analysis of this file ${how}; the file is skipped, every other file is checked`)}\n`,
      );
      plan.skip.push(last.file);
      continue;
    }
    if (last === 'compare' && plan.compare) {
      opts.stderr.write(`crosscheck: comparing sources ${how}; every file's figures are written without comparison\n`);
      plan.compare = false;
      continue;
    }
    const where =
      last === 'output'
        ? ' while writing the output, which may be incomplete'
        : last && typeof last === 'object'
          ? ` while analyzing ${last.file}, after ${MAX_SKIPPED} files were skipped: the workspace as a whole needs more memory (raise --max-memory)`
          : '';
    opts.stderr.write(`${terminalSafe(`crosscheck: internal error: the run ${how}${where}`)}\n`);
    return EXIT_INTERNAL;
  }
}

/** Files left out after a run died on each, before the run is judged too large as a whole. */
export const MAX_SKIPPED = 3;

/** How a child died, in words: V8 aborts when the heap is full, the system's OOM killer sends SIGKILL. */
function deathOf(code: number | null, signal: NodeJS.Signals | null, maxMemoryMb: number): string {
  if (signal === 'SIGABRT' || code === 134) return `ran out of memory (over --max-memory ${maxMemoryMb} MB) or crashed`;
  if (signal === 'SIGKILL') return 'was killed (SIGKILL: the system may have run out of memory)';
  return signal ? `was stopped by ${signal}` : `failed (exit code ${code})`;
}

function runChild(
  opts: SuperviseOptions,
  plan: ChildPlan,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; last: Stage | undefined }> {
  return new Promise((resolve) => {
    const nodeOptions = [
      // this process's own Node options (`--import tsx` when run from source), with the child's heap limit
      ...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')),
      `--max-old-space-size=${opts.maxMemoryMb}`,
    ];
    const child = spawn(process.execPath, [...nodeOptions, opts.script, ...opts.argv], {
      stdio: ['inherit', 'inherit', 'pipe', 'pipe'],
      env: { ...process.env, [CHILD_ENV]: JSON.stringify(plan) },
    });
    // the child's messages pass through, but not V8's dump of its last collections and native stack when it runs out
    // of memory: the message that follows names the file and says what happened
    let dumping = false;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      if (dumping) return;
      const at = chunk.indexOf(V8_OOM_DUMP);
      if (at >= 0) dumping = true;
      const shown = at >= 0 ? chunk.slice(0, at) : chunk;
      if (shown) opts.stderr.write(shown);
    });
    const reader = new StageReader();
    const stages = child.stdio[STAGE_FD] as NodeJS.ReadableStream;
    stages.setEncoding('utf8');
    stages.on('data', (chunk: string) => reader.push(chunk));
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let open = 2; // the stage pipe and stderr
    const finish = (): void => {
      if (exited && open === 0) resolve({ ...exited, last: reader.last });
    };
    for (const stream of [stages, child.stderr!])
      stream.on('end', () => {
        open--;
        finish();
      });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      finish();
    });
    child.on('error', (err) => {
      opts.stderr.write(`crosscheck: internal error: could not start the worker process: ${err.message}\n`);
      resolve({ code: EXIT_INTERNAL, signal: null, last: 'done' });
    });
  });
}
