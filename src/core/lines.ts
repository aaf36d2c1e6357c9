/**
 * Offsets (what the engine speaks) to lines and columns, the way VS Code counts: columns in UTF-16 code units, lines
 * broken by \n, \r\n (once) or a lone \r. One index serves the language server (0-based LSP positions, also for
 * files that are not open) and the CLI (1-based "path:line:col", what problem matchers and terminal links read).
 */
export interface LinePosition {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** 0-based line and UTF-16 character of an offset (clamped into the text). */
  positionAt(offset: number): LinePosition {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  offsetAt(position: LinePosition): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    return Math.min(this.starts[line]! + Math.max(0, position.character), next);
  }

  range(start: number, end: number): { start: LinePosition; end: LinePosition } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** 1-based line and column, as compilers print them. */
  lineColumn(offset: number): { line: number; column: number } {
    const { line, character } = this.positionAt(offset);
    return { line: line + 1, column: character + 1 };
  }
}
