/**
 * Dev tool: where the conflict warnings of a gold set are lost or wrongly made, stage by stage.
 * Misses: each conflicting mention without a warning, by the first stage where it and its conflicting partners part:
 * the figure (missed, wrong value), the mention (dropped), the claim key (event, subject, counted noun, predicate,
 * total/day), the link (the rule that kept them apart, or a group merge refused: one article's two facts or two
 * sources), or the verdict.
 * False warnings: each warned mention that conflicts with nothing in the gold, by what it was warned against: a figure
 * the gold does not have, a mention of no gold claim, a mention of another gold claim (the link rule that joined
 * them), another event (another gold set), or the same gold claim (a verdict the gold does not share).
 *   node --import tsx scripts/dev/miss-stages.ts SET_DIR... [--list]
 * All articles of the given sets are read in one workspace, like scripts/score.mjs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../src/core/workspace';
import { checkWorkspace } from '../../src/core/workspace';
import { formClaims } from '../../src/core/claims/index';
import { figureKey } from '../../src/core/claims/keys';
import type { AnalyzedDocument, Figure } from '../../src/core/types';
import { goldSets, locate } from './gold-sets';

const args = process.argv.slice(2);
const list = args.includes('--list');
const dirs = args.filter((a) => !a.startsWith('--'));
const sets = goldSets(dirs);

interface GoldFigure {
  text: string;
  occurrence: number;
  value: unknown;
  unit: string;
}
interface Where {
  path: string;
  span: [number, number];
  text: string;
  gold?: GoldFigure;
}
const docs: AnalyzedDocument[] = [];
const texts = new Map<string, string>();
const goldFigures = new Map<string, GoldFigure[]>();
const pairs: [Where, Where][] = [];
/** Every mention of every gold claim, with its claim's id (set and claim), and the gold set of every article. */
const claimMentions: (Where & { claim: string })[] = [];
const setOfPath = new Map<string, string>();
for (const s of sets) {
  const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(s, gold.root) : s;
  for (const [name, g] of Object.entries(gold.files) as [string, { figures: GoldFigure[] }][]) {
    const path = join(root, name);
    const text = readFileSync(path, 'utf8');
    texts.set(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    goldFigures.set(path, g.figures);
    setOfPath.set(path, s);
    docs.push(analyzeDocument(path, text));
  }
  for (const c of gold.claims ?? []) {
    const ms: Where[] = c.mentions.map((m: { file: string; text: string; occurrence: number }) => {
      const path = join(root, m.file);
      const span = locate(texts.get(path)!, m.text, m.occurrence);
      const g = goldFigures.get(path)!.find((f) => f.text === m.text && f.occurrence === m.occurrence);
      return { path, span, text: m.text, gold: g };
    });
    for (const [a, b] of c.conflicting_pairs ?? []) pairs.push([ms[a]!, ms[b]!]);
    for (const m of ms) claimMentions.push({ ...m, claim: `${s}#${c.id}` });
  }
}

const byPath = new Map(docs.map((d) => [d.path, d]));
const formed = formClaims(docs, { trace: true });
const placed = checkWorkspace(docs);
const flagged = new Set<string>();
for (const d of placed.diagnostics)
  if (String(d.code).startsWith('conflict')) flagged.add(`${d.path}\u0000${d.start}\u0000${d.end}`);
const figureAt = (w: Where): Figure | undefined =>
  byPath.get(w.path)!.figures.find((f) => f.start < w.span[1] && w.span[0] < f.end);
const isFlagged = (w: Where): boolean => {
  for (const k of flagged) {
    const [p, s, e] = k.split('\u0000');
    if (p === w.path && Number(s) < w.span[1] && w.span[0] < Number(e)) return true;
  }
  return false;
};
const KEY_PARTS = ['event', 'subject', 'counted noun / unit class', 'predicate', 'total', 'day'];

function cause(a: Where, b: Where): [string, string] {
  for (const w of [a, b]) {
    const f = figureAt(w);
    if (!f) return ['figure missed', w.text];
    if (w.gold && typeof w.gold.value === 'number' && f.value !== w.gold.value)
      return ['figure value wrong', `${w.text}: ${f.value} (gold ${w.gold.value})`];
  }
  const fa = figureAt(a)!;
  const fb = figureAt(b)!;
  const ka = formed.keys!.get(figureKey(a.path, fa.start));
  const kb = formed.keys!.get(figureKey(b.path, fb.start));
  const dropped = (w: Where, f: Figure): string =>
    `not a mention (dropped: ${formed.dropped!.get(figureKey(w.path, f.start)) ?? '?'})`;
  if (!ka) return [dropped(a, fa), a.text];
  if (!kb) return [dropped(b, fb), b.text];
  if (ka !== kb) {
    const pa = ka.split('\u0001');
    const pb = kb.split('\u0001');
    const i = pa.findIndex((x, k) => x !== pb[k]);
    return [`key: ${KEY_PARTS[i]}`, `${a.text} [${pa[i]}] | ${b.text} [${pb[i]}]`];
  }
  const ca = formed.claimOfFigure.get(figureKey(a.path, fa.start));
  const cb = formed.claimOfFigure.get(figureKey(b.path, fb.start));
  const t = formed.trace!.find(
    (x) =>
      (x.a.path === a.path && x.a.start === fa.start && x.b.path === b.path && x.b.start === fb.start) ||
      (x.b.path === a.path && x.b.start === fa.start && x.a.path === b.path && x.a.start === fb.start),
  );
  if (ca !== cb || !ca) {
    // a pair the table calls one fact but whose groups were never joined: a cannot-link (one article states both, or
    // two sources) refused the merge of their groups
    const refused = t && t.decision === 'same' ? `merge refused after ${t.rule}` : t ? t.rule : 'not compared';
    return [`link: ${refused}`, `${a.text} | ${b.text}`];
  }
  return [`verdict: ${t ? t.rule : '?'}`, `${a.text} | ${b.text}`];
}

// one cause per missed mention: the cause of its partner pair that got furthest through the stages
const ORDER = [
  'verdict',
  'link',
  'key: day',
  'key: total',
  'key: predicate',
  'key: counted',
  'key: subject',
  'key: event',
];
const rank = (c: string): number => {
  const i = ORDER.findIndex((o) => c.startsWith(o));
  return i < 0 ? ORDER.length : i;
};
const missed = new Map<string, { cause: string; detail: string }>();
for (const [a, b] of pairs) {
  const c = cause(a, b);
  for (const w of [a, b]) {
    if (isFlagged(w)) continue;
    const id = `${w.path}\u0000${w.span[0]}`;
    const prev = missed.get(id);
    if (!prev || rank(c[0]) < rank(prev.cause)) missed.set(id, { cause: c[0], detail: c[1] });
  }
}
// the scorer's measure, in process: conflicting mentions warned, and warnings on mentions that conflict with none
const goldMentions: Where[] = [];
for (const [a, b] of pairs)
  for (const w of [a, b])
    if (!goldMentions.some((g) => g.path === w.path && g.span[0] === w.span[0])) goldMentions.push(w);
const overlapsSpan = (p: string, s: number, e: number, w: Where): boolean =>
  w.path === p && s < w.span[1] && w.span[0] < e;
const falseWarnings = new Map<string, { cause: string; detail: string }>();
const FALSE_ORDER = ['across events', 'figure', 'linked with another gold claim', 'linked with a figure of no claim'];
const falseRank = (c: string): number => {
  const i = FALSE_ORDER.findIndex((o) => c.startsWith(o));
  return i < 0 ? FALSE_ORDER.length : i;
};
/** The rule that linked two mentions directly, if the trace has one (groups also join through other mentions). */
const linkRule = (d: { path: string; start: number }, r: { path: string; start: number }): string => {
  const t = formed.trace!.find(
    (x) =>
      x.stage === 'link' &&
      x.decision === 'same' &&
      ((x.a.path === d.path && x.a.start === r.start && x.b.path === r.path) ||
        (x.a.path === d.path && x.a.start === d.start && x.b.path === r.path && x.b.start === r.start) ||
        (x.b.path === d.path && x.b.start === d.start && x.a.path === r.path && x.a.start === r.start)),
  );
  return t ? t.rule : 'through other mentions';
};
for (const d of placed.diagnostics) {
  if (!String(d.code).startsWith('conflict')) continue;
  if (goldMentions.some((g) => overlapsSpan(d.path, d.start, d.end, g))) continue;
  const id = `${d.path}\u0000${d.start}`;
  const fd = byPath.get(d.path)!.figures.find((f) => f.start === d.start);
  const text = fd?.text ?? '?';
  const gold = goldFigures.get(d.path)?.find((g) => {
    const [s0, e0] = locate(texts.get(d.path)!, g.text, g.occurrence);
    return d.start < e0 && s0 < d.end;
  });
  const set = (p: string): string => setOfPath.get(p) ?? '';
  let best: { cause: string; detail: string } | undefined;
  const keep = (c: { cause: string; detail: string }): void => {
    if (!best || falseRank(c.cause) < falseRank(best.cause)) best = c;
  };
  if (!gold) keep({ cause: 'figure not in gold', detail: text });
  else if (typeof gold.value === 'number' && fd && fd.value !== gold.value)
    keep({ cause: 'figure value wrong', detail: `${text}: ${fd.value} (gold ${gold.value})` });
  const mine = claimMentions.find((m) => overlapsSpan(d.path, d.start, d.end, m));
  for (const r of d.related) {
    const fr = byPath.get(r.path)?.figures.find((f) => f.start === r.start);
    const pair = `${text} | ${r.path.split('/').pop()}:${fr?.text ?? '?'}`;
    if (set(r.path) !== set(d.path)) {
      keep({ cause: 'across events', detail: pair });
      continue;
    }
    const theirs = claimMentions.find((m) => overlapsSpan(r.path, r.start, r.end, m));
    const rule = linkRule(d, r);
    if (!mine) keep({ cause: `no gold claim (linked by ${rule})`, detail: pair });
    else if (!theirs) keep({ cause: `linked with a figure of no claim by ${rule}`, detail: pair });
    else if (theirs.claim !== mine.claim) keep({ cause: `linked with another gold claim by ${rule}`, detail: pair });
    else keep({ cause: `same gold claim: verdict ${d.code}`, detail: pair });
  }
  falseWarnings.set(id, best ?? { cause: 'no related mention', detail: text });
}
const falseFlags = falseWarnings.size;
const found = goldMentions.length - missed.size;
const precision = found / Math.max(1, found + falseFlags);
const recall = found / Math.max(1, goldMentions.length);
console.log(
  `conflicts: P ${(100 * precision).toFixed(1)} R ${(100 * recall).toFixed(1)} F1 ${((200 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(1)} (${found}/${goldMentions.length}, ${falseFlags} false)`,
);
const counts = new Map<string, number>();
for (const m of missed.values()) counts.set(m.cause, (counts.get(m.cause) ?? 0) + 1);
console.log(`${missed.size} missed conflicting mentions`);
for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${c}`);
if (list)
  for (const [id, m] of missed)
    console.log(`  ${m.cause}: ${id.split('\u0000')[0]!.split('/').slice(-2).join('/')}: ${m.detail}`);
const fcounts = new Map<string, number>();
for (const m of falseWarnings.values()) fcounts.set(m.cause, (fcounts.get(m.cause) ?? 0) + 1);
console.log(`${falseWarnings.size} false warnings`);
for (const [c, n] of [...fcounts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${c}`);
if (list)
  for (const [id, m] of falseWarnings)
    console.log(`  ${m.cause}: ${id.split('\u0000')[0]!.split('/').slice(-2).join('/')}: ${m.detail}`);
