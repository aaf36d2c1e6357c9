/**
 * "analyzing 1234/10000" on stderr, rewritten in place. Only for a person watching a terminal and a folder
 * big enough to wait for: redirected stderr and small runs get nothing extra.
 */
export const PROGRESS_MIN_FILES = 200;
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

export class Progress {
  private lastDraw = 0;
  private drawn = false;

  private constructor(
    private readonly stream: ProgressStream | null,
    private readonly total: number,
  ) {}

  static create(stream: ProgressStream, total: number, quiet: boolean): Progress {
    const enabled = !quiet && stream.isTTY === true && total >= PROGRESS_MIN_FILES;
    return new Progress(enabled ? stream : null, total);
  }

  update(stage: string, done: number): void {
    if (!this.stream) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\u001b[2Kcrosscheck: ${stage} ${done}/${this.total} files`);
  }

  /** A stage without a count (claims, comparison). */
  stage(text: string): void {
    if (!this.stream) return;
    this.drawn = true;
    this.stream.write(`\r\u001b[2Kcrosscheck: ${text}`);
  }

  /** Erases the progress line so later messages start clean. */
  clear(): void {
    if (!this.stream || !this.drawn) return;
    this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
