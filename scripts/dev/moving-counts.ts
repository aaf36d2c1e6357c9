/**
 * Dev tool: how the gold's counts that move over time (tolls, injured, missing, evacuated, deployments, seats counted)
 * fare in claim formation: for each gold claim of counts (not money, shares, dates), every mention with its article's
 * publication date, the figure read, its claim key's counted noun, the claim it landed in and whether it was warned;
 * then each gold pair, found or missed. Shows a claim split (one article's earlier and later toll in two claims) or
 * joined with another.
 *   node --import tsx scripts/dev/moving-counts.ts SET_DIR... [--grep WORD]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument, checkWorkspace } from '../../src/core/workspace';
import { formClaims } from '../../src/core/claims/index';
import { figureKey } from '../../src/core/claims/keys';
import type { AnalyzedDocument, Figure } from '../../src/core/types';
import { goldSets, locate } from './gold-sets';

const args = process.argv.slice(2);
const g = args.indexOf('--grep');
const grep = g >= 0 ? args[g + 1]!.toLowerCase() : '';
const dirs = args.filter((a, i) => !a.startsWith('--') && (g < 0 || i !== g + 1));
const NOT_COUNTS = /^(EUR|USD|GBP|[A-Z]{3}|%|date|year|month|day|week|hour|km|m|m2|ha|km2|t|kg|l|MW|GW)$/;

interface Mention {
  file: string;
  text: string;
  occurrence: number;
}
const docs: AnalyzedDocument[] = [];
const clusters: { dir: string; root: string; gold: any }[] = [];
for (const s of goldSets(dirs)) {
  const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(s, gold.root) : s;
  for (const name of Object.keys(gold.files)) {
    const path = join(root, name);
    let text = readFileSync(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    docs.push(analyzeDocument(path, text));
  }
  clusters.push({ dir: s, root, gold });
}
const byPath = new Map(docs.map((d) => [d.path, d]));
const formed = formClaims(docs, { trace: true });
const warned = checkWorkspace(docs).diagnostics.filter((d) => String(d.code).startsWith('conflict'));
type At = {
  d: AnalyzedDocument;
  f: Figure | undefined;
  key: string | undefined;
  claim: string | undefined;
  w: boolean;
};
/** Why a gold pair was missed: the first stage that parts the two (as miss-stages.ts says it). */
function why(x: At, y: At): string {
  if (!x.f || !y.f) return 'figure missed';
  if (!x.key || !y.key) return 'dropped';
  if (x.key !== y.key) {
    const pa = x.key.split('\u0001');
    const pb = y.key.split('\u0001');
    const i = pa.findIndex((v, k) => v !== pb[k]);
    return `key ${i}: ${pa[i]} | ${pb[i]}`;
  }
  if (x.claim === y.claim && x.claim !== undefined) return 'verdict';
  const t = formed.trace!.find(
    (e) =>
      e.stage === 'link' &&
      ((e.a.path === x.d.path && e.a.start === x.f!.start && e.b.path === y.d.path && e.b.start === y.f!.start) ||
        (e.b.path === x.d.path && e.b.start === x.f!.start && e.a.path === y.d.path && e.a.start === y.f!.start)),
  );
  return t ? (t.decision === 'same' ? `merge refused after ${t.rule}` : `link ${t.rule}`) : 'not compared';
}
for (const { dir, root, gold } of clusters) {
  for (const c of gold.claims ?? []) {
    const units = new Set<string>();
    for (const m of c.mentions as Mention[]) {
      const f = gold.files[m.file]?.figures?.find((x: any) => x.text === m.text && x.occurrence === m.occurrence);
      if (f) units.add(String(f.unit));
    }
    if ([...units].some((u) => NOT_COUNTS.test(u))) continue;
    const line = `${c.id} ${c.description ?? ''}`;
    if (grep && !line.toLowerCase().includes(grep) && ![...units].join(' ').includes(grep)) continue;
    console.log(`\n== ${dir.split('/').slice(-2).join('/')} ${c.id} [${[...units].join(',')}] ${c.description ?? ''}`);
    const at = (m: Mention) => {
      const path = join(root, m.file);
      const d = byPath.get(path)!;
      const [s0, e0] = locate(d.text, m.text, m.occurrence);
      const f = d.figures.find((x) => x.start < e0 && s0 < x.end);
      const key = f ? formed.keys!.get(figureKey(path, f.start)) : undefined;
      const claim = f ? formed.claimOfFigure.get(figureKey(path, f.start)) : undefined;
      const w = warned.some((x) => x.path === path && x.start < e0 && s0 < x.end);
      return { d, f, key, claim, w };
    };
    (c.mentions as Mention[]).forEach((m, i) => {
      const { d, f, key, claim, w } = at(m);
      const noun = key ? key.split('\u0001')[2] : '-';
      console.log(
        `  ${String(i).padStart(2)} ${m.file.padEnd(34)} ${String(d.published).padEnd(10)} ${JSON.stringify(m.text).padEnd(28)} ` +
          `${f ? `${f.value} ${f.unit}` : 'MISSED'} key=${key ? noun : 'dropped'} claim=${claim ?? '-'}${w ? ' WARNED' : ''}`,
      );
    });
    for (const [a, b] of c.conflicting_pairs ?? []) {
      const x = at(c.mentions[a]);
      const y = at(c.mentions[b]);
      const ok = x.w && y.w && x.claim !== undefined && x.claim === y.claim;
      console.log(`  pair ${a}-${b} ${ok ? 'found' : `MISSED ${why(x, y)}`}`);
    }
    if (c.note) console.log(`  note: ${String(c.note).slice(0, 300)}`);
  }
}
