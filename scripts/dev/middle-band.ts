/**
 * Dev tool: the middle band at the pair level, and what a candidate cut does to it. The band: pairs of two articles'
 * mentions of one bucket, both matching gold figures, that the table (without the rules in CUTS) links by
 * `close-values` although their values disagree (each such link can raise a warning). Label: one gold claim or not.
 * For each cut (a rule of pairs.ts, asked of band pairs), how many same / apart pairs it cuts, per set, and the band's
 * link precision and recall with the cut.
 *   node --import tsx scripts/dev/middle-band.ts SET_DIR... [--list CUT]
 * Each SET_DIR is read as one workspace, like one run of scripts/score.mjs.
 */
import { formClaims } from '../../src/core/claims/index';
import { decideRules, side, statedElsewhere, type PairRuleId } from '../../src/core/claims/pairs';
import { resolveRules } from '../../src/core/compare/rules';
import { compareSides } from '../../src/core/compare/compare';
import type { Item } from '../../src/core/claims/mention';
import { readGoldArticles } from './gold-sets';

const rules = resolveRules();

/** Candidate cuts of the band, by name; the rules they are (left out of the table when the band is read). */
const CUTS: Record<string, { rules: PairRuleId[]; cut: (a: Item, b: Item) => boolean }> = {
  'stated-elsewhere': { rules: ['stated-elsewhere'], cut: (a, b) => statedElsewhere(a, b, rules) },
};
const SKIP = new Set(Object.values(CUTS).flatMap((c) => c.rules));

const args = process.argv.slice(2);
const listing = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
const dirs = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--list');
const agree = (x: Item, y: Item): boolean => compareSides(side(x), side(y), rules).agree;
const total = { same: 0, apart: 0, cut: new Map<string, [number, number]>() };

for (const top of dirs) {
  const { docs, spans } = readGoldArticles(top);
  const formed = formClaims(docs, { trace: true });
  const goldOf = (it: Item) => spans.get(it.doc.path)?.find((g) => g.start < it.figure.end && it.figure.start < g.end);
  let same = 0;
  let apart = 0;
  const cut = new Map<string, [number, number]>();
  for (const bucket of formed.buckets ?? []) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (a.docIndex === b.docIndex) continue;
        const ga = goldOf(a);
        const gb = goldOf(b);
        if (!ga || !gb) continue;
        if (decideRules('link', a, b, rules, { skip: SKIP })?.rule !== 'close-values' || agree(a, b)) continue;
        const isSame = ga.claim !== null && ga.claim === gb.claim;
        if (isSame) same++;
        else apart++;
        for (const [name, c] of Object.entries(CUTS)) {
          if (!c.cut(a, b)) continue;
          const n = cut.get(name) ?? [0, 0];
          n[isSame ? 0 : 1]++;
          cut.set(name, n);
          if (listing === name)
            console.log(
              `${isSame ? 'same ' : 'apart'} ${a.doc.path.split('/').slice(-2).join('/')}: ${a.figure.text} | ${b.doc.path.split('/').pop()}: ${b.figure.text}`,
            );
        }
      }
    }
  }
  const show = (s: number, a: number, c: Map<string, [number, number]>): string =>
    `band ${s + a} (${s} same)` + [...c].map(([n, [x, y]]) => `  ${n}: cuts ${x} same, ${y} apart`).join('');
  console.log(`${top}: ${show(same, apart, cut)}`);
  total.same += same;
  total.apart += apart;
  for (const [n, [x, y]] of cut) {
    const t = total.cut.get(n) ?? [0, 0];
    total.cut.set(n, [t[0] + x, t[1] + y]);
  }
}
const pct = (x: number): string => (100 * x).toFixed(1);
console.log(
  `all: band ${total.same + total.apart} (${total.same} same): links P ${pct(total.same / (total.same + total.apart))} R 100`,
);
for (const [n, [x, y]] of total.cut) {
  const keptSame = total.same - x;
  const kept = keptSame + total.apart - y;
  console.log(
    `  with ${n}: cuts ${x} same, ${y} apart; links P ${pct(keptSame / kept)} R ${pct(keptSame / total.same)}`,
  );
}
