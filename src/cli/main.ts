// Minimal CLI so the scorer runs; the CLI stage replaces it with the full one.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, checkWorkspace, figureKey } from '../core/workspace';

function collect(p: string, out: string[]): void {
  if (statSync(p).isDirectory()) {
    for (const e of readdirSync(p).sort()) collect(join(p, e), out);
  } else if (/\.(txt|md|article)$/.test(p)) out.push(p);
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--') && a !== 'json' && a !== 'text');
const paths: string[] = [];
for (const a of args.slice(1)) collect(a, paths);
const docs = paths.map((p) => analyzeDocument(p, readFileSync(p, 'utf8')));
const result = checkWorkspace(docs);
process.stdout.write(JSON.stringify({
  version: 1,
  documents: result.documents.map((d) => ({
    path: d.path, language: d.language, published: d.published,
    figures: d.figures.map((f) => ({ ...f, claim: result.claimOfFigure.get(figureKey(d.path, f.start)) ?? null })),
  })),
  claims: result.claims,
  diagnostics: result.diagnostics,
}) + '\n');
