/**
 * Offsets (what the engine speaks) to LSP positions (line, UTF-16 character) for documents that may not be
 * open in the editor: the whole workspace's diagnostics need positions in closed files too.
 */
import { LineIndex } from '../core/lines';

export { LineIndex };

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
