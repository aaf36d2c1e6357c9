/**
 * Dev tool: pair data for the sameness model, from the dev gold. Every pair of engine mentions of one bucket that the
 * hard context rules of PAIR_RULES leave open (the rules before `same-by-context`), both of which match gold figures,
 * gets a label (1 when both are mentions of one gold claim; 0 otherwise, a figure of no gold claim included) and the
 * context features of sameness-features.ts. The cluster (gold folder) of each pair is kept for leave-one-cluster-out.
 *   node --import tsx scripts/dev/pair-data.ts SET_DIR... [--stats]
 * Each SET_DIR is read as one workspace, like one run of scripts/score.mjs.
 */
import { formClaims } from '../../src/core/claims/index';
import { decideRules, side, type PairRuleId } from '../../src/core/claims/pairs';
import { resolveRules } from '../../src/core/compare/rules';
import { compareSides, factor } from '../../src/core/compare/compare';
import type { Item } from '../../src/core/claims/mention';
import { FEATURE_NAMES, pairFeatures } from '../../src/core/claims/sameness-features';
import { readGoldArticles, type GoldSpan } from './gold-sets';

export interface PairRow {
  /** The gold folder (cluster) the pair's articles belong to. */
  cluster: string;
  /** The top-level set given on the command line. */
  set: string;
  label: 0 | 1;
  features: number[];
  /** What the old value rules would say: the factor between the values (for the report's value-closeness variant). */
  factor: number;
  sameDoc: boolean;
  /** The values agree under the conflict rules: linking such a pair or not raises no warning by itself. */
  agree: boolean;
  /** What the table decides without the model (close-values and the value rules): 1 = same. */
  legacy: 0 | 1;
  legacyRule: string;
  a: string;
  b: string;
}

/** The model's position in the table: pairs decided by a rule before it are not the model's to decide. */
export const MODEL_RULE = 'same-by-context';
const MODEL_RULES = new Set<PairRuleId>(['same-by-context', 'other-by-context']);

/** The middle band: pairs the table without the models links by close-values whose values disagree (a warning). */
export const inMiddleBand = (r: PairRow): boolean => r.legacyRule === 'close-values' && !r.agree;

export function pairData(setDirs: readonly string[]): PairRow[] {
  const rows: PairRow[] = [];
  const rules = resolveRules();
  for (const top of setDirs) {
    const { docs, spans, clusterOf } = readGoldArticles(top);
    const formed = formClaims(docs, { trace: true });
    const goldOf = (it: Item): GoldSpan | undefined =>
      spans.get(it.doc.path)?.find((g) => g.start < it.figure.end && it.figure.start < g.end);
    for (const bucket of formed.buckets ?? []) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const a = bucket[i]!;
          const b = bucket[j]!;
          const ga = goldOf(a);
          const gb = goldOf(b);
          if (!ga || !gb) continue;
          if (decideRules('link', a, b, rules, { stop: MODEL_RULE })) continue;
          const legacy = decideRules('link', a, b, rules, { skip: MODEL_RULES });
          rows.push({
            cluster: clusterOf.get(a.doc.path)!,
            set: top,
            label: ga.claim !== null && ga.claim === gb.claim ? 1 : 0,
            features: pairFeatures(a, b),
            factor: factor(a.amount, b.amount),
            sameDoc: a.docIndex === b.docIndex,
            agree: compareSides(side(a), side(b), rules).agree,
            legacy: legacy?.decision === 'same' ? 1 : 0,
            legacyRule: legacy?.rule ?? 'far-apart',
            a: `${a.doc.path.split('/').pop()}:${a.figure.text}`,
            b: `${b.doc.path.split('/').pop()}:${b.figure.text}`,
          });
        }
      }
    }
  }
  return rows;
}

if (process.argv[1]?.endsWith('pair-data.ts')) {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const rows = pairData(dirs);
  if (process.argv.includes('--stats')) {
    const clusters = new Set(rows.map((r) => r.cluster));
    const pos = rows.filter((r) => r.label === 1).length;
    console.log(`${rows.length} pairs (${pos} same, ${rows.length - pos} apart) in ${clusters.size} clusters`);
    FEATURE_NAMES.forEach((n, k) => {
      const on = (l: number) => rows.filter((r) => r.label === l && r.features[k] !== 0).length;
      console.log(`${n.padEnd(28)} same ${String(on(1)).padStart(5)}  apart ${String(on(0)).padStart(5)}`);
    });
  } else for (const r of rows) console.log(JSON.stringify(r));
}
