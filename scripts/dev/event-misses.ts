/**
 * Dev tool: how the articles of each gold cluster are grouped into events, and why a cluster is split. For every
 * cluster in more than one event: each article's story, event, publication day, main country and event features,
 * then for each two of its events the traced decisions between their stories (EVENT_RULE_IDS, with the evidence
 * and the shared features) or "nothing shared". Also lists events that hold articles of several clusters.
 *   node --import tsx scripts/dev/event-misses.ts SET_DIR... [--all]
 * All articles of the given sets are read in one workspace, like scripts/score.mjs, through the engine's own
 * readWorkspace (the summaries events.ts groups: no town or region feature, as in formClaims).
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeDocument } from '../../src/core/workspace';
import { readWorkspace } from '../../src/core/claims/index';
import { articleFeatures, type EventDecision } from '../../src/core/claims/events';
import type { AnalyzedDocument } from '../../src/core/types';
import { goldSets } from './gold-sets';

const args = process.argv.slice(2);
const all = args.includes('--all');
const sets = goldSets(args.filter((a) => !a.startsWith('--')));
const docs: AnalyzedDocument[] = [];
const clusterOf: string[] = [];
for (const s of sets) {
  const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(s, gold.root) : s;
  for (const name of Object.keys(gold.files)) {
    const path = join(root, name);
    docs.push(analyzeDocument(path, readFileSync(path, 'utf8')));
    clusterOf.push(`${basename(s)}/${name.includes('/') ? name.split('/')[0] : ''}`.replace(/\/$/, ''));
  }
}
// the engine's own reading and events (formClaims' readWorkspace): the summaries it groups, the features it sees
const decisions: EventDecision[] = [];
const { summaries: ctxs, alias, stories, events } = readWorkspace(docs, (d) => decisions.push(d));

const byCluster = new Map<string, number[]>();
clusterOf.forEach((c, i) => byCluster.set(c, [...(byCluster.get(c) ?? []), i]));
let split = 0;
for (const [cluster, members] of byCluster) {
  const evs = [...new Set(members.map((i) => events.eventOf[i]!))];
  if (evs.length < 2 && !all) continue;
  if (evs.length > 1) split++;
  console.log(`\n== ${cluster}: ${evs.length} event(s)`);
  for (const i of members) {
    const c = ctxs[i]!;
    const feats = articleFeatures(c, alias);
    console.log(
      `  ${basename(c.doc.path)} ${c.doc.language} ${c.doc.published ?? 'undated'} country=${c.mainCountry} named=${[...c.countries].map(([k, n]) => `${k}:${n}`).join(',')} subject=${c.mainSubject} story=${stories[i]} event=${events.eventOf[i]}\n    ${feats.join(' ')}`,
    );
  }
  for (let x = 0; x < evs.length; x++) {
    for (let y = x + 1; y < evs.length; y++) {
      const inX = new Set(members.filter((i) => events.eventOf[i] === evs[x]));
      const inY = new Set(members.filter((i) => events.eventOf[i] === evs[y]));
      const between = decisions.filter((d) => (inX.has(d.a) && inY.has(d.b)) || (inY.has(d.a) && inX.has(d.b)));
      console.log(`  ${evs[x]} | ${evs[y]}:`);
      if (!between.length) console.log('    nothing shared');
      for (const d of between.sort((p, q) => q.evidence - p.evidence).slice(0, 4))
        console.log(`    ${d.rule} ${d.evidence}: ${d.shared.join(' ')}`);
    }
  }
}
const clustersOfEvent = new Map<string, Set<string>>();
events.eventOf.forEach((e, i) => clustersOfEvent.set(e, (clustersOfEvent.get(e) ?? new Set()).add(clusterOf[i]!)));
const mixed = [...clustersOfEvent].filter(([, s]) => s.size > 1);
console.log(`\n${split} of ${byCluster.size} clusters split; ${mixed.length} events hold several clusters`);
for (const [e, s] of mixed) console.log(`  ${e}: ${[...s].join(', ')}`);
