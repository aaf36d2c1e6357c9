import { LineIndex } from '../core/lines';

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
    const { line, column } = index.lineColumn(offset);
    return `${path}:${line}:${column}`;
  }
}
