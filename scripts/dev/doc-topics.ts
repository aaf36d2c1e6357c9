/** Dev tool: the main subject, country and story key of each article (gold sets), to debug story formation. */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nameEvidence, newNameEvidence, readDocument } from '../../src/core/claims/context';
import { assignStories } from '../../src/core/claims/stories';
import type { AnalyzedDocument } from '../../src/core/types';

const docs: AnalyzedDocument[] = [];
for (const d of ['test/gold/seeds', ...readdirSync('test/gold/corpus').map((e) => join('test/gold/corpus', e))]) {
  if (!existsSync(join(d, 'gold.json')) || !statSync(d).isDirectory()) continue;
  const gold = JSON.parse(readFileSync(join(d, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(d, gold.root) : resolve(d);
  for (const [name, g] of Object.entries<any>(gold.files)) {
    docs.push({
      path: join(root, name),
      language: g.language,
      published: g.published,
      figures: [],
      text: readFileSync(join(root, name), 'utf8'),
    });
  }
}
const ev = newNameEvidence();
for (const d of docs) nameEvidence(d, ev);
const ctxs = docs.map((d) => readDocument(d, ev));
const stories = assignStories(ctxs, (k) => k);
for (const [i, d] of docs.entries()) {
  const c = ctxs[i]!;
  process.stdout.write(stories[i]!.padEnd(22));
  const names = new Map<string, number>();
  for (const n of c.names) if (!n.attributed) names.set(n.key, (names.get(n.key) ?? 0) + 1);
  console.log(
    d.path.split('/').slice(-2).join('/').padEnd(50),
    String(c.mainSubject).padEnd(12),
    [...c.countries].map(([k, v]) => k + ':' + v).join(','),
    String(c.mainCountry).padEnd(4),
    String(c.mainPlace).padEnd(20),
    [...names]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k}:${v}`)
      .join(' '),
  );
}
