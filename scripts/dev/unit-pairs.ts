/**
 * Dev tool: every gold figure whose value the engine reads right, as "reported unit -> gold unit", grouped by the
 * open vocabulary's class of the reported unit (vocab/open.ts lemmaClass), with how often the gold keeps the reported
 * unit, writes `person`, or something else. Measures what a unit-class rule would win and lose before it is written.
 *   node --import tsx scripts/dev/unit-pairs.ts SET_DIR... [--class person] [--list]
 * Same matching as scripts/score.mjs (via figure-misses' overlap rule).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../src/core/workspace';
import type { Figure } from '../../src/core/types';
import { lemmaClass } from '../../src/core/vocab/open';
import { goldSets, locate } from './gold-sets';
import { sameUnit, sameValue } from '../score-match.mjs';

const args = process.argv.slice(2);
const clsArg = args.indexOf('--class');
const onlyClass = clsArg >= 0 ? args[clsArg + 1] : null;
const list = args.includes('--list');
const dirs = args.filter((a, i) => !a.startsWith('--') && !(clsArg >= 0 && i === clsArg + 1));
const overlap = (a: [number, number], b: [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

const byClass = new Map<string, { same: number; person: number; other: number }>();
const pairs = new Map<string, number>();
for (const s of goldSets(dirs)) {
  const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(s, gold.root) : s;
  for (const [name, g] of Object.entries(gold.files) as [string, { figures: unknown[] }][]) {
    let text = readFileSync(join(root, name), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const got: Figure[] = analyzeDocument(join(root, name), text).figures;
    const used = new Set<number>();
    for (const gf of g.figures as {
      optional?: boolean;
      kind: string;
      text: string;
      occurrence: number;
      value: unknown;
      unit: string;
    }[]) {
      if (gf.optional || gf.kind !== 'quantity') continue;
      const span = locate(text, gf.text, gf.occurrence);
      let best = -1;
      let bestOv = 0;
      got.forEach((f, i) => {
        const ov = overlap(span, [f.start, f.end]);
        if (used.has(i) || ov <= bestOv) return;
        bestOv = ov;
        best = i;
      });
      if (best < 0) continue;
      used.add(best);
      const f = got[best]!;
      if (f.kind !== 'quantity' || !sameValue(gf.value, f.value) || !f.unit) continue;
      const cls = lemmaClass(f.unit) ?? '(none)';
      if (onlyClass && cls !== onlyClass) continue;
      const row = byClass.get(cls) ?? { same: 0, person: 0, other: 0 };
      if (sameUnit(gf.unit, f.unit)) row.same++;
      else if (sameUnit(gf.unit, 'person')) row.person++;
      else row.other++;
      byClass.set(cls, row);
      const k = `${f.unit} -> ${gf.unit}`;
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
  }
}
console.log('| class of reported unit | gold keeps it | gold writes person | gold other |\n|---|---:|---:|---:|');
for (const [c, r] of [...byClass].sort((a, b) => b[1].same + b[1].person - a[1].same - a[1].person))
  console.log(`| ${c} | ${r.same} | ${r.person} | ${r.other} |`);
if (list) for (const [k, n] of [...pairs].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${k}`);
