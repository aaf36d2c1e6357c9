/**
 * Dev tool: how well the engine's events match the gold's clusters, a number read from the events alone (no figure,
 * no key, no verdict). Each set is read as its own workspace (as `node scripts/score.mjs SET` checks it); each
 * cluster folder of a set is one event. Prints per set the B-cubed precision / recall / F1 of the article -> event
 * assignment (scripts/dev/bcubed.ts), then (with --list) the clusters split over several events (each article with its
 * event, language, date, main subject and country) and the events holding several clusters.
 *   node --import tsx scripts/dev/event-clusters.ts [--list] SET_DIR...
 * `test/heldout+test/heldout-figures+test/probes` (joined by +) reads those sets as one workspace.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeDocument } from '../../src/core/workspace';
import { readWorkspace } from '../../src/core/claims/index';
import type { AnalyzedDocument } from '../../src/core/types';
import { goldSets } from './gold-sets';
import { bcubed, clusterErrors } from './bcubed';

const args = process.argv.slice(2);
const list = args.includes('--list');
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
let sumF = 0;
const rows: string[] = [];
for (const arg of args.filter((a) => !a.startsWith('--'))) {
  const docs: AnalyzedDocument[] = [];
  const gold: string[] = [];
  for (const s of goldSets(arg.split('+'))) {
    const g = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
    const root = g.root ? resolve(s, g.root) : s;
    for (const name of Object.keys(g.files)) {
      const path = join(root, name);
      docs.push(analyzeDocument(path, readFileSync(path, 'utf8')));
      gold.push(`${basename(s)}${name.includes('/') ? `/${name.split('/')[0]}` : ''}`);
    }
  }
  const { summaries, events } = readWorkspace(docs);
  const found = events.eventOf;
  const m = bcubed(found, gold);
  const { split, mixed } = clusterErrors(found, gold);
  sumF += m.f1;
  const clusters = new Set(gold).size;
  const row = `${arg}: B-cubed P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)}  articles ${docs.length} clusters ${clusters} events ${new Set(found).size}  split ${split.size} mixed ${mixed.size}`;
  rows.push(row);
  console.log(row);
  if (!list) continue;
  const describe = (i: number): string => {
    const c = summaries[i]!;
    return `${basename(c.doc.path)} ${c.doc.language} ${c.doc.published ?? 'undated'} subject=${c.mainSubject} country=${c.mainCountry}`;
  };
  for (const [cluster, byEvent] of split) {
    console.log(`  split ${cluster}:`);
    for (const [event, members] of byEvent) console.log(`    ${event}: ${members.map(describe).join(' ; ')}`);
  }
  for (const [event, byCluster] of mixed) {
    console.log(`  mixed ${event}:`);
    for (const [cluster, members] of byCluster) console.log(`    ${cluster}: ${members.map(describe).join(' ; ')}`);
  }
}
if (rows.length > 1) console.log(`sum of B-cubed F1: ${(100 * sumF).toFixed(1)}`);
