/**
 * Offsets to 1-based line:column, the way editors count: columns in UTF-16 code units (what VS Code's
 * terminal links and problem matchers expect), lines broken by \n, \r\n or a lone \r.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Line indexes built on demand, once per document. */
export class Positions {
  private readonly texts = new Map<string, string>();
  private readonly indexes = new Map<string, LineIndex>();

  constructor(documents: Iterable<{ path: string; text: string }>) {
    for (const d of documents) this.texts.set(d.path, d.text);
  }

  /** "path:line:col"; a path the workspace does not know keeps its raw offset as column. */
  locate(path: string, offset: number): string {
    let index = this.indexes.get(path);
    if (!index) {
      const text = this.texts.get(path);
      if (text === undefined) return `${path}:1:${offset + 1}`;
      index = new LineIndex(text);
      this.indexes.set(path, index);
    }
    const { line, column } = index.position(offset);
    return `${path}:${line}:${column}`;
  }
}
