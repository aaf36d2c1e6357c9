// Workspaces for the real-VS Code runs. Always a temp copy: the extension never changes an article, but
// the tests do (they edit figures and write .crosscheck/review.json), and seeds/ must stay as committed.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './setup.mjs';

export function copyOfSeeds() {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-seeds-'));
  const workspace = path.join(dir, 'seeds');
  cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  return workspace;
}
