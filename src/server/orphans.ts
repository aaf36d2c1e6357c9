/**
 * Documents VS Code still holds after their file was deleted, with nothing unsaved in them. VS Code keeps such a
 * document loaded (a tab marked deleted, or no editor at all for a while), and the language server still lists it
 * among the open documents: without this, every re-scan took it back into the comparison, a source the user had
 * deleted. It counts again once its file is back (saved, restored, created again) or the user types in it.
 */
import { existsSync } from 'node:fs';

export class OrphanedDocuments {
  private readonly paths = new Set<string>();

  constructor(private readonly exists: (path: string) => boolean = existsSync) {}

  /** The file of this open document was deleted and the editor holds no unsaved edit of it. */
  mark(path: string): void {
    this.paths.add(path);
  }

  /** The user typed in it (unsaved work now) or closed it: nothing to keep out any more. */
  unmark(path: string): void {
    this.paths.delete(path);
  }

  /** Whether the open document at this path stays out of the comparison: marked, and its file still gone. */
  isOrphan(path: string): boolean {
    if (!this.paths.has(path)) return false;
    if (!this.exists(path)) return true;
    this.paths.delete(path);
    return false;
  }

  get size(): number {
    return this.paths.size;
  }
}
