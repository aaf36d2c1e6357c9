/**
 * Dev tool: fits the sameness model (L2-regularized logistic regression, Newton's method, plain TypeScript) on the pair
 * data of scripts/dev/pair-data.ts, reports leave-one-cluster-out P/R/F1 of pair sameness beside what the rule table
 * without the model decides, and writes the weights to src/core/claims/generated/sameness-model.ts.
 *   node --import tsx scripts/dev/pair-fit.ts [--write] [--with-values] SET_DIR...      (npm run fit:sameness)
 * --with-values adds the two values' closeness as features: measured for the report only, never written (the issue
 * forbids sameness from the values compared).
 */
import { writeFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../../src/core/claims/sameness-features';
import { inMiddleBand, pairData, type PairRow } from './pair-data';

const args = process.argv.slice(2);
const write = args.includes('--write');
const withValues = args.includes('--with-values');
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
/** --exclude SET_DIR: fit without that set (leave-one-set-out runs of the whole engine, scored by score.mjs). */
const exclude = valueOf('--exclude');
/** --band LO,HI: the apart and same thresholds to write (default: one threshold, the best LOCO F1). */
const bandArg = valueOf('--band')?.split(',').map(Number);
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--exclude', '--band'].includes(args[i - 1] ?? ''));
/** L2 penalty: small data (a few thousand pairs), a few dozen features. */
const LAMBDA = 1;
/** Thresholds written with the weights: chosen on the leave-one-cluster-out predictions (see pickThresholds). */
const BAND_GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

const rows = pairData(dirs.filter((d) => exclude === undefined || d.replace(/\/$/, '') !== exclude.replace(/\/$/, '')));
const x = (r: PairRow): number[] =>
  withValues ? [...r.features, Math.log2(r.factor), r.factor < 2 ? 1 : 0, r.factor >= 10 ? 1 : 0] : r.features;
const names = withValues ? [...FEATURE_NAMES, 'log2-factor', 'within-2x', 'over-10x'] : [...FEATURE_NAMES];

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], v: readonly number[]): number => w.reduce((s, wk, k) => s + wk * v[k]!, 0);

/** Newton-Raphson on the penalized log-likelihood (the bias is not penalized). */
export function fit(data: readonly { x: number[]; y: number }[], dim: number, lambda = LAMBDA): number[] {
  let w = new Array<number>(dim).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const g = w.map((wk, k) => (k === 0 ? 0 : lambda * wk));
    const h = Array.from({ length: dim }, (_, i) =>
      Array.from({ length: dim }, (_, j) => (i === j && i !== 0 ? lambda : i === j ? 1e-6 : 0)),
    );
    for (const d of data) {
      const p = sigmoid(dot(w, d.x));
      const r = p * (1 - p);
      for (let i = 0; i < dim; i++) {
        const xi = d.x[i]!;
        if (xi === 0) continue;
        g[i]! += (p - d.y) * xi;
        for (let j = 0; j < dim; j++) h[i]![j]! += r * xi * d.x[j]!;
      }
    }
    const step = solve(h, g);
    w = w.map((wk, k) => wk - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (the Hessian is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * out[k]!;
    out[r] = s / m[r]![r]!;
  }
  return out;
}

interface Score {
  p: number;
  r: number;
  f1: number;
}
function prf(pred: readonly boolean[], gold: readonly boolean[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  pred.forEach((q, i) => {
    if (q && gold[i]) tp++;
    else if (q) fp++;
    else if (gold[i]) fn++;
  });
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}
const pct = (s: Score): string =>
  `P ${(100 * s.p).toFixed(1)} R ${(100 * s.r).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)}`;

// leave-one-cluster-out: each gold folder's pairs predicted by a model fitted on all the others
const clusters = [...new Set(rows.map((r) => r.cluster))];
const loco = new Array<number>(rows.length).fill(0);
for (const c of clusters) {
  const train = rows.filter((r) => r.cluster !== c).map((r) => ({ x: x(r), y: r.label }));
  const w = fit(train, names.length);
  rows.forEach((r, i) => {
    if (r.cluster === c) loco[i] = sigmoid(dot(w, x(r)));
  });
}
const gold = rows.map((r) => r.label === 1);
const pos = gold.filter(Boolean).length;
console.log(
  `${rows.length} pairs (${pos} same, ${rows.length - pos} apart), ${clusters.length} clusters; features: ${names.length}${withValues ? ' (with the values closeness: report only)' : ''}`,
);
console.log(
  `rule table without the model (close-values and value rules): ${pct(
    prf(
      rows.map((r) => r.legacy === 1),
      gold,
    ),
  )}`,
);
for (const t of GRID) {
  const s = prf(
    loco.map((p) => p >= t),
    gold,
  );
  console.log(`leave-one-cluster-out, threshold ${t.toFixed(2)}: ${pct(s)}`);
}
/** The threshold of the best leave-one-cluster-out F1 on the pairs that can raise a warning. */
let best = { t: 0.5, f1: -1 };
// the pairs that can raise a warning: values that disagree under the conflict rules (a same pair is a conflict, an
// apart pair linked is a false warning)
{
  const idx = rows.map((_, i) => i).filter((i) => !rows[i]!.agree);
  const g = idx.map((i) => gold[i]!);
  console.log(
    `disagreeing values (${idx.length} pairs, ${g.filter(Boolean).length} same): table ${pct(
      prf(
        idx.map((i) => rows[i]!.legacy === 1),
        g,
      ),
    )}`,
  );
  for (const t of GRID) {
    const s = prf(
      idx.map((i) => loco[i]! >= t),
      g,
    );
    if (s.f1 > best.f1) best = { t, f1: s.f1 };
    console.log(`  LOCO@${t.toFixed(2)}: ${pct(s)}`);
  }
}
const bySet = new Map<string, number[]>();
rows.forEach((r, i) => bySet.set(r.set, [...(bySet.get(r.set) ?? []), i]));
for (const [set, idx] of bySet) {
  const g = idx.map((i) => gold[i]!);
  console.log(
    `  ${set.split('/').pop()!.padEnd(14)} LOCO@${best.t}: ${pct(
      prf(
        idx.map((i) => loco[i]! >= best.t),
        g,
      ),
    )}   table: ${pct(
      prf(
        idx.map((i) => rows[i]!.legacy === 1),
        g,
      ),
    )}`,
  );
}

// the middle band: pairs the table links by close-values (within the related factor) whose values disagree, so that
// linking them raises a warning. A model of its own, fitted on these pairs only, is measured here (report only: in
// leave-one-set-out runs of the engine it did not beat close-values, docs/notes/claims.md Session 6 — model).
const band = rows.map((_, i) => i).filter((i) => inMiddleBand(rows[i]!));
const bandLoco = new Map<number, number>();
const bandGroups = (key: 'cluster' | 'set') => {
  const out = new Map<number, number>();
  for (const c of new Set(band.map((i) => rows[i]![key]))) {
    const wc = fit(
      band.filter((i) => rows[i]![key] !== c).map((i) => ({ x: x(rows[i]!), y: rows[i]!.label })),
      names.length,
    );
    for (const i of band) if (rows[i]![key] === c) out.set(i, sigmoid(dot(wc, x(rows[i]!))));
  }
  return out;
};
for (const [i, p] of bandGroups('cluster')) bandLoco.set(i, p);
const bandLoso = bandGroups('set');
{
  const g = band.map((i) => gold[i]!);
  console.log(
    `middle band (close-values, values disagree: ${band.length} pairs, ${g.filter(Boolean).length} same): table links all, ${pct(
      prf(
        band.map(() => true),
        g,
      ),
    )}`,
  );
  for (const t of BAND_GRID)
    console.log(
      `  band model @${t.toFixed(2)}: leave-one-cluster-out ${pct(
        prf(
          band.map((i) => bandLoco.get(i)! >= t),
          g,
        ),
      )}; leave-one-set-out ${pct(
        prf(
          band.map((i) => bandLoso.get(i)! >= t),
          g,
        ),
      )}`,
    );
}
const wBand = fit(
  band.map((i) => ({ x: x(rows[i]!), y: rows[i]!.label })),
  names.length,
);

const w = fit(
  rows.map((r) => ({ x: x(r), y: r.label })),
  names.length,
);
console.log('weights (all dev gold; middle band):');
names.forEach((n, k) =>
  console.log(`  ${n.padEnd(28)} ${w[k]!.toFixed(3).padStart(7)} ${wBand[k]!.toFixed(3).padStart(7)}`),
);
if (write && !withValues) {
  // keys quoted only where Prettier quotes them, so that the generated file passes format:check as written
  const key = (n: string): string => (/^[A-Za-z_$][\w$]*$/.test(n) ? n : `'${n}'`);
  const body = names.map((n, k) => `  ${key(n)}: ${Number(w[k]!.toFixed(4))},`).join('\n');
  writeFileSync(
    new URL('../../src/core/claims/generated/sameness-model.ts', import.meta.url),
    `// Generated by scripts/dev/pair-fit.ts (npm run fit:sameness) from the dev gold${exclude ? ` without ${exclude}` : ''}: ${rows.length} pairs, ${clusters.length} clusters. Do not edit.\n` +
      `/** Logistic-regression weights over FEATURES of sameness-features.ts, by feature name (docs/sameness.md). */\n` +
      `export const SAMENESS_WEIGHTS: Readonly<Record<string, number>> = {\n${body}\n};\n` +
      `/** Probability at or above which two mentions are one fact (best leave-one-cluster-out F1 on pairs whose values disagree), and below which two. */\n` +
      `export const SAME_THRESHOLD = ${bandArg ? bandArg[1] : best.t};\nexport const APART_THRESHOLD = ${bandArg ? bandArg[0] : best.t};\n`,
  );
  console.log(`written: src/core/claims/generated/sameness-model.ts (threshold ${best.t})`);
}
