#!/usr/bin/env node
// Scores the crosscheck CLI against gold-annotated article sets (owned by the project; the gold format and the
// rules the gold follows are in docs/conflict-rules.md).
//
//   npm run score                                   (build, then the dev sets: test/gold/seeds test/gold/corpus)
//   node scripts/score.mjs [--json] [--cmd "node dist/cli.js"] SET_DIR...
//
// SET_DIR is a folder holding gold.json and its articles (test/gold/seeds points at the repository's seeds/
// through its "root" field), or a folder of such folders (test/gold/corpus, test/heldout, test/probes).
// Without --cmd, the CLI is this repository's dist/cli.js, whatever the working directory.
// All articles of all sets are checked in ONE run of `<cmd> check --format json FILE...`, so a
// conflict reported between two different events counts against the tool.
//
// Figures: a gold figure is found when a reported figure overlaps its span; it is right at the
// "value" level when the value matches too, and at the "unit" level when the unit matches as well.
// Reported figures that overlap no gold figure (outside "ignore_from" tails and optional figures)
// are false positives. Conflicts: every mention that belongs to a gold conflicting pair should
// carry a diagnostic whose code is "conflict"; any other "conflict" diagnostic is a false positive.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sameUnit, sameValue } from './score-match.mjs';

const args = process.argv.slice(2);
let asJson = false;
let cmd = null;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') asJson = true;
  else if (args[i] === '--cmd') cmd = args[++i];
  else dirs.push(args[i]);
}
if (dirs.length === 0) {
  console.error(
    'usage: node scripts/score.mjs [--json] [--cmd "node dist/cli.js"] SET_DIR...   (e.g. test/gold/seeds test/gold/corpus)',
  );
  process.exit(2);
}

// ---- load gold ------------------------------------------------------------------------------
const sets = [];
for (const d of dirs) {
  const abs = resolve(d);
  if (existsSync(join(abs, 'gold.json'))) sets.push(abs);
  else
    for (const e of readdirSync(abs).sort()) {
      const sub = join(abs, e);
      if (statSync(sub).isDirectory() && existsSync(join(sub, 'gold.json'))) sets.push(sub);
    }
}
if (sets.length === 0) {
  console.error('no gold.json found under', dirs.join(' '));
  process.exit(2);
}

function readText(path) {
  let t = readFileSync(path, 'utf8');
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  return t;
}
function locate(text, needle, occurrence, where) {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`gold text not found: ${JSON.stringify(needle)} #${occurrence} in ${where}`);
  }
  return [i, i + needle.length];
}

const docs = new Map(); // absolute path -> {set, name, text, gold}
const claims = [];
for (const s of sets) {
  const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(s, gold.root) : s;
  for (const [name, g] of Object.entries(gold.files)) {
    const path = join(root, name);
    const text = readText(path);
    const figures = g.figures.map((f) => ({ ...f, span: locate(text, f.text, f.occurrence, path) }));
    const ignoreFrom = g.ignore_from ? text.indexOf(g.ignore_from) : -1;
    docs.set(path, { set: s, name, text, gold: g, figures, ignoreFrom });
  }
  for (const c of gold.claims || []) {
    const mentions = c.mentions.map((m) => {
      const path = join(root, m.file);
      return { path, span: locate(docs.get(path).text, m.text, m.occurrence, path) };
    });
    claims.push({ set: s, id: c.id, mentions, pairs: c.conflicting_pairs || [] });
  }
}

// ---- run the tool once over everything ------------------------------------------------------
const files = [...docs.keys()];
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (cmd === null && !existsSync(cli)) {
  console.error(`no ${cli}: run \`npm run build\` first (or \`npm run score\`)`);
  process.exit(2);
}
const [exe, ...pre] = cmd === null ? [process.execPath, cli] : cmd.split(' ').filter(Boolean);
const t0 = process.hrtime.bigint();
const run = spawnSync(exe, [...pre, 'check', '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
if (run.error) {
  console.error('could not run the tool:', run.error.message);
  process.exit(2);
}
let out;
try {
  out = JSON.parse(run.stdout);
} catch (e) {
  console.error(
    `the tool's output is not JSON (exit ${run.status}):`,
    run.stdout.slice(0, 400),
    run.stderr.slice(0, 400),
  );
  process.exit(2);
}

// paths in the output may be absolute or relative to the working directory
const norm = (p) => resolve(p);
const reported = new Map();
for (const d of out.documents || []) reported.set(norm(d.path), d);

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

// ---- figures ----------------------------------------------------------------------------------
const lv = { span: { tp: 0, fp: 0, fn: 0 }, value: { tp: 0, fp: 0, fn: 0 }, unit: { tp: 0, fp: 0, fn: 0 } };
let langRight = 0,
  langTotal = 0;
const misses = [],
  wrong = [],
  extra = [];
for (const [path, d] of docs) {
  const rep = reported.get(path);
  const got = (rep?.figures || []).map((f) => ({ ...f, span: [f.start, f.end] }));
  langTotal++;
  if (rep && rep.language === d.gold.language) langRight++;
  const required = d.figures.filter((f) => !f.optional);
  const optional = d.figures.filter((f) => f.optional);
  // a reported range ("28 to 47", "2026-2030") is one figure that may stand for the two gold figures at its ends
  const uses = new Map();
  const capacity = (p) => (Array.isArray(p.range) ? 2 : 1);
  const used = {
    has: (i) => (uses.get(i) || 0) >= capacity(got[i]),
    add: (i) => uses.set(i, (uses.get(i) || 0) + 1),
    touched: (i) => uses.has(i),
  };
  for (const g of required) {
    let best = -1,
      bestOv = 0;
    got.forEach((p, i) => {
      if (used.has(i)) return;
      const ov = overlap(g.span, p.span);
      if (ov > bestOv) {
        bestOv = ov;
        best = i;
      }
    });
    if (best < 0) {
      for (const l of Object.values(lv)) l.fn++;
      misses.push(`${d.name}: ${g.text}`);
      continue;
    }
    used.add(best);
    const p = got[best];
    lv.span.tp++;
    const okValue =
      sameValue(g.value, p.value) ||
      (Array.isArray(p.range) && (sameValue(g.value, p.range[0]) || sameValue(g.value, p.range[1])));
    const okUnit = okValue && sameUnit(g.unit, p.unit);
    if (okValue) lv.value.tp++;
    else {
      lv.value.fp++;
      lv.value.fn++;
    }
    if (okUnit) lv.unit.tp++;
    else {
      lv.unit.fp++;
      lv.unit.fn++;
    }
    if (!okUnit)
      wrong.push(
        `${d.name}: ${g.text} -> ${JSON.stringify(p.value)} ${p.unit} (want ${JSON.stringify(g.value)} ${g.unit})`,
      );
  }
  got.forEach((p, i) => {
    if (used.touched(i)) return;
    if (d.ignoreFrom >= 0 && p.span[0] >= d.ignoreFrom) return;
    if (optional.some((o) => overlaps(o.span, p.span))) return;
    if (required.some((g) => overlaps(g.span, p.span))) return; // a second piece of a found figure
    for (const l of Object.values(lv)) l.fp++;
    extra.push(`${d.name}: ${JSON.stringify(d.text.slice(p.span[0], p.span[1]))}`);
  });
}
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0,
    r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

// ---- conflicts --------------------------------------------------------------------------------
const goldConflict = []; // {path, span}
const goldPairs = [];
for (const c of claims) {
  const inPair = new Set(c.pairs.flat());
  for (const i of inPair) goldConflict.push(c.mentions[i]);
  for (const [a, b] of c.pairs) goldPairs.push([c.mentions[a], c.mentions[b]]);
}
const diags = (out.diagnostics || [])
  .filter((x) => String(x.code ?? '').startsWith('conflict'))
  .map((x) => ({
    path: norm(x.path),
    span: [x.start, x.end],
    related: (x.related || []).map((r) => ({ path: norm(r.path), span: [r.start, r.end] })),
  }));
const seen = new Set();
const flagged = diags.filter((x) => {
  const k = `${x.path}:${x.span}`;
  if (seen.has(k)) return false;
  seen.add(k);
  return true;
});
const hit = (m, x) => m.path === x.path && overlaps(m.span, x.span);
const cTp = flagged.filter((x) => goldConflict.some((m) => hit(m, x))).length;
const cFound = goldConflict.filter((m) => flagged.some((x) => hit(m, x))).length;
const conflict = {
  precision: flagged.length ? cTp / flagged.length : goldConflict.length ? 0 : 1,
  recall: goldConflict.length ? cFound / goldConflict.length : 1,
};
conflict.f1 =
  conflict.precision + conflict.recall
    ? (2 * conflict.precision * conflict.recall) / (conflict.precision + conflict.recall)
    : 0;
const pairFound = goldPairs.filter(([a, b]) =>
  diags.some((x) => (hit(a, x) && x.related.some((r) => hit(b, r))) || (hit(b, x) && x.related.some((r) => hit(a, r)))),
).length;
const setOf = (p) => docs.get(p)?.set;
const crossEvent = diags.filter((x) => x.related.some((r) => setOf(r.path) && setOf(r.path) !== setOf(x.path))).length;
const falseFlags = flagged
  .filter((x) => !goldConflict.some((m) => hit(m, x)))
  .map(
    (x) => `${docs.get(x.path)?.name ?? x.path}: ${JSON.stringify(docs.get(x.path)?.text.slice(x.span[0], x.span[1]))}`,
  );
const missedFlags = goldConflict
  .filter((m) => !flagged.some((x) => hit(m, x)))
  .map((m) => `${docs.get(m.path).name}: ${JSON.stringify(docs.get(m.path).text.slice(m.span[0], m.span[1]))}`);

const result = {
  files: docs.size,
  seconds: Number(seconds.toFixed(3)),
  exit: run.status,
  language: { right: langRight, total: langTotal },
  figures: { gold: lv.span.tp + lv.span.fn, span: prf(lv.span), value: prf(lv.value), unit: prf(lv.unit) },
  conflicts: {
    gold_mentions: goldConflict.length,
    flagged: flagged.length,
    ...conflict,
    pairs_found: pairFound,
    gold_pairs: goldPairs.length,
    cross_event_false: crossEvent,
  },
  misses,
  wrong,
  extra,
  false_flags: falseFlags,
  missed_flags: missedFlags,
};
if (asJson) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
const pct = (x) => (100 * x).toFixed(1).padStart(5) + '%';
const row = (name, m) => `${name.padEnd(22)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`;
console.log(
  `${docs.size} articles, ${result.figures.gold} gold figures, ${goldConflict.length} conflicting mentions; tool ran ${result.seconds}s (exit ${run.status})`,
);
console.log(`language               ${langRight}/${langTotal}`);
console.log(row('figures: span', result.figures.span));
console.log(row('figures: value', result.figures.value));
console.log(row('figures: value+unit', result.figures.unit));
console.log(row('conflicts: mentions', conflict));
console.log(
  `conflicts: pairs       ${pairFound}/${goldPairs.length} found; ${crossEvent} flagged across different events`,
);
const list = (title, xs) => {
  if (xs.length) console.log(`\n${title} (${xs.length}):\n  ` + xs.slice(0, 40).join('\n  '));
};
list('missed figures', misses);
list('wrong value or unit', wrong);
list('reported figures that are not in the gold', extra);
list('conflict warnings on mentions that do not conflict', falseFlags);
list('conflicting mentions with no warning', missedFlags);
