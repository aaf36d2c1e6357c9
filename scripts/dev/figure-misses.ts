/**
 * Dev tool: classifies every figure miss of gold sets, with the same matching as scripts/score.mjs (a reported
 * figure overlapping the gold span, a range standing for its two ends), into
 *   span   — no reported figure overlaps the gold figure (subclass: digits, number word, other)
 *   value  — found, wrong value (subclass: off by a power of ten / a separator, sign, date, other)
 *   unit   — right value, wrong unit (subclass: the noun is unknown (`unitKnown: false`), a known but other unit,
 *            money vs quantity, currency)
 *   extra  — a reported figure that overlaps no gold figure
 * and prints a count table, then every case (or only some classes: --only unit,span).
 *   node --import tsx scripts/dev/figure-misses.ts SET_DIR... [--only CLASS,...] [--pairs]
 * --pairs prints the unit confusions (reported -> gold) by frequency.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { analyzeDocument } from '../../src/core/workspace';
import type { Figure } from '../../src/core/types';
import { goldSets, locate } from './gold-sets';
import { sameUnit, sameValue } from '../score-match.mjs';

const args = process.argv.slice(2);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1]!.split(',')) : null;
const showPairs = args.includes('--pairs');
const dirs = args.filter((a, i) => !a.startsWith('--') && !(onlyArg >= 0 && i === onlyArg + 1));
const sets = goldSets(dirs);

interface GoldFigure {
  text: string;
  occurrence: number;
  kind: string;
  value: unknown;
  unit: string;
  optional?: boolean;
}
const overlap = (a: [number, number], b: [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

interface Case {
  cls: string;
  sub: string;
  where: string;
  detail: string;
}
const cases: Case[] = [];
const confusions = new Map<string, number>();

function valueSub(g: GoldFigure, f: Figure): string {
  if (typeof g.value !== 'number' || typeof f.value !== 'number') return g.kind === 'date' ? 'date' : 'other';
  if (f.value === -g.value) return 'sign';
  const r = Math.abs(f.value / g.value);
  const lg = Math.log10(r);
  if (g.value !== 0 && Math.abs(lg - Math.round(lg)) < 1e-9) return 'power of ten (separator or scale)';
  return 'other';
}
function unitSub(g: GoldFigure, f: Figure): string {
  if (g.kind === 'money' && f.kind !== 'money') return 'money read as ' + f.kind;
  if (g.kind !== 'money' && f.kind === 'money') return g.kind + ' read as money';
  if (g.kind === 'money') return 'currency';
  if (f.unitKnown === false) return 'noun unknown';
  if (!f.unit) return 'no unit';
  return 'other known unit';
}

for (const s of sets) {
  const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(s, gold.root) : s;
  for (const [name, g] of Object.entries(gold.files) as [string, { figures: GoldFigure[]; ignore_from?: string }][]) {
    const path = join(root, name);
    let text = readFileSync(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const got = analyzeDocument(path, text).figures;
    const where = `${basename(s)}/${name}`;
    const goldSpans = g.figures.map((x) => ({ ...x, span: locate(text, x.text, x.occurrence) }));
    const uses = new Map<number, number>();
    const cap = (f: Figure): number => (f.range ? 2 : 1);
    for (const gf of goldSpans.filter((x) => !x.optional)) {
      let best = -1;
      let bestOv = 0;
      got.forEach((f, i) => {
        if ((uses.get(i) ?? 0) >= cap(f)) return;
        const ov = overlap(gf.span, [f.start, f.end]);
        if (ov > bestOv) {
          bestOv = ov;
          best = i;
        }
      });
      const ctx = text.slice(Math.max(0, gf.span[0] - 30), gf.span[1] + 30).replace(/\s+/g, ' ');
      if (best < 0) {
        const sub = /\d/.test(gf.text) ? 'digits' : /\p{L}/u.test(gf.text) ? 'number word' : 'other';
        cases.push({
          cls: 'span',
          sub,
          where,
          detail: `${JSON.stringify(gf.text)} (${gf.value} ${gf.unit}) … ${ctx} …`,
        });
        continue;
      }
      uses.set(best, (uses.get(best) ?? 0) + 1);
      const f = got[best]!;
      const okValue = sameValue(gf.value, f.value) || (!!f.range && f.range.some((v) => sameValue(gf.value, v)));
      const shown = `${JSON.stringify(gf.text)} -> ${JSON.stringify(f.value)} ${f.unit}${f.unitKnown === false ? '?' : ''} [${f.text}] (want ${JSON.stringify(gf.value)} ${gf.unit})`;
      if (!okValue) {
        cases.push({ cls: 'value', sub: valueSub(gf, f), where, detail: `${shown} … ${ctx} …` });
        continue;
      }
      if (!sameUnit(gf.unit, f.unit)) {
        cases.push({ cls: 'unit', sub: unitSub(gf, f), where, detail: `${shown} … ${ctx} …` });
        const k = `${f.unit}${f.unitKnown === false ? '?' : ''} -> ${gf.unit}`;
        confusions.set(k, (confusions.get(k) ?? 0) + 1);
      }
    }
    const ignoreFrom = g.ignore_from ? text.indexOf(g.ignore_from) : -1;
    got.forEach((f, i) => {
      if (uses.has(i)) return;
      if (ignoreFrom >= 0 && f.start >= ignoreFrom) return;
      if (goldSpans.some((x) => overlap(x.span, [f.start, f.end]) > 0)) return;
      const ctx = text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\s+/g, ' ');
      cases.push({
        cls: 'extra',
        sub: f.kind,
        where,
        detail: `${JSON.stringify(f.text)} ${f.value} ${f.unit} … ${ctx} …`,
      });
    });
  }
}

const table = new Map<string, number>();
for (const c of cases) {
  table.set(c.cls, (table.get(c.cls) ?? 0) + 1);
  table.set(`${c.cls}: ${c.sub}`, (table.get(`${c.cls}: ${c.sub}`) ?? 0) + 1);
}
console.log('| class | count |\n|---|---:|');
for (const [k, n] of [...table].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`| ${k} | ${n} |`);
if (showPairs) {
  console.log('\nunit confusions (reported -> gold; ? = unitKnown false):');
  for (const [k, n] of [...confusions].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${k}`);
}
for (const c of cases) {
  if (only && !only.has(c.cls)) continue;
  console.log(`${c.cls}/${c.sub}  ${c.where}: ${c.detail}`);
}
