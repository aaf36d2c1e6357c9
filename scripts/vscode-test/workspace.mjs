// Workspaces for the real-VS Code runs. Always a temp copy: the extension never changes an article, but
// the tests do (they edit figures and write .crosscheck/review.json), and seeds/ must stay as committed.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './setup.mjs';

export function copyOfSeeds() {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-seeds-'));
  const workspace = path.join(dir, 'seeds');
  cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  return workspace;
}

// Texts to multiply into a large workspace: the seeds and the dev corpus (test/gold/corpus).
function sourceTexts() {
  const texts = readdirSync(path.join(root, 'seeds')).map((f) => ({
    name: f,
    text: readFileSync(path.join(root, 'seeds', f), 'utf8'),
  }));
  const corpus = path.join(root, 'test', 'gold', 'corpus');
  if (existsSync(corpus)) {
    for (const cluster of readdirSync(corpus)) {
      const dir = path.join(corpus, cluster);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
        texts.push({ name: `${cluster}-${f}`, text: readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return texts;
}

/**
 * Every number that is not a year is scaled by a factor of the copy: the same stories with other figures,
 * so the claims grow and conflict as they would in a newsroom's folder, instead of 2 000 identical files.
 */
function varyFigures(text, copy) {
  const factor = 1 + ((copy % 9) - 4) * 0.04;
  return text.replace(/\d+/g, (digits) => {
    if (/^(19|20)\d\d$/.test(digits)) return digits;
    const n = Math.max(1, Math.round(Number(digits) * factor));
    return String(n)
      .padStart(digits.length, '0')
      .slice(-Math.max(digits.length, String(n).length));
  });
}

/** A temp workspace of `count` articles in folders of 100, made from the seeds (and the corpus). */
export function generatedWorkspace(count) {
  const texts = sourceTexts();
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-large-'));
  const workspace = path.join(dir, `articles-${count}`);
  for (let i = 0; i < count; i++) {
    const source = texts[i % texts.length];
    const folder = path.join(workspace, `batch-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, `${String(i).padStart(4, '0')}-${source.name}`),
      varyFigures(source.text, Math.floor(i / texts.length)),
    );
  }
  return workspace;
}
