/**
 * Offsets (what the engine speaks) to LSP positions (line, UTF-16 character) for documents that may not be
 * open in the editor: the whole workspace's diagnostics need positions in closed files too.
 */
import type { Position, Range } from 'vscode-languageserver';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // \r\n counts once; a lone \r ends a line as it does in VS Code.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
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

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    return Math.min(this.starts[line]! + Math.max(0, position.character), next);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** One LineIndex per path, rebuilt only when the text changes. */
export class LineIndexCache {
  private readonly byPath = new Map<string, LineIndex>();

  get(path: string, text: string): LineIndex {
    const cached = this.byPath.get(path);
    if (cached && cached.text === text) return cached;
    const index = new LineIndex(text);
    this.byPath.set(path, index);
    return index;
  }

  delete(path: string): void {
    this.byPath.delete(path);
  }
}
