/**
 * Dev tool (not part of the build): runs claim formation on PERFECT figures, taken from the gold files, so that
 * grouping and conflicts can be measured independently of the figure extractor.
 *
 *   node --import tsx scripts/dev/gold-as-figures.ts [--claims] [--verbose] [SET_DIR...]
 *     (default sets: test/gold/seeds test/gold/corpus, all checked as ONE workspace like score.mjs does)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formClaims } from '../../src/core/claims/index';
import { figureContext, nameEvidence, newNameEvidence, readDocument } from '../../src/core/claims/context';
import type { AnalyzedDocument, Bound, Figure, FigureKind } from '../../src/core/types';
import { goldSets, locate } from './gold-sets';

const args = process.argv.slice(2);
const showClaims = args.includes('--claims');
const verbose = args.includes('--verbose');
let dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs = ['test/gold/seeds', 'test/gold/corpus'];

const sets = goldSets(dirs);

// what the figure extractor is expected to report as a bound, read here from the gold text and the words before it
const BOUNDS: [RegExp, Bound][] = [
  [
    /(plus de|more than|mehr als|über|oltre|más de|mais de|meer dan|mer än|mer enn|over|ponad|au-delà de)\s*$/i,
    'at-least',
  ],
  [/(jusqu'à|jusqu’à|up to|bis zu|fino a|hasta|até|tot|upp till|opptil|inntil|opp mot|op mod|do)\s*$/i, 'at-most'],
  [
    /(près de|presque|nearly|close to|almost|fast|quasi|quasi|casi|quase|bijna|nästan|nesten|næsten|prawie)\s*$/i,
    'nearly',
  ],
  [
    /(environ|circa|rund|about|around|approximately|aproximadamente|cerca de|ongeveer|omkring|rundt|cirka|około|i storleksordningen)\s*$/i,
    'about',
  ],
];
const DEADLINE =
  /(d'ici|d’ici|d'ici la fin de|fin de l'année|fin de|entro( la fine del?)?( il)?|bis( Ende)?|by( the end of)?|hasta|até|tegen|innen|inden|till|do|senast|före|avant|before)\s*(l'année\s*)?$/i;
const AT_LEAST_AFTER = /^\s*(oder mehr|ou plus|or more|o più|eller mer)/i;

function boundOf(text: string, start: number, end: number, figText: string): Bound | undefined {
  const before = text.slice(Math.max(0, start - 30), start) + figText.replace(/[\d\s.,’'\u00a0\u202f].*$/s, '');
  for (const [re, b] of BOUNDS) if (re.test(before)) return b;
  const lead = figText.match(/^\D+/)?.[0] ?? '';
  for (const [re, b] of BOUNDS) if (re.test(lead)) return b;
  if (AT_LEAST_AFTER.test(text.slice(end, end + 20))) return 'at-least';
  return undefined;
}

const docs: AnalyzedDocument[] = [];
const setOf = new Map<string, string>();
const claimsGold: {
  set: string;
  id: string;
  mentions: { path: string; span: [number, number] }[];
  pairs: [number, number][];
}[] = [];
const texts = new Map<string, string>();
for (const s of sets) {
  const gold = JSON.parse(readFileSync(join(s, 'gold.json'), 'utf8'));
  const root = gold.root ? resolve(s, gold.root) : s;
  for (const [name, g] of Object.entries<any>(gold.files)) {
    const path = join(root, name);
    let text = readFileSync(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    texts.set(path, text);
    setOf.set(path, s);
    const figures: Figure[] = g.figures
      .map((f: any) => {
        const [start, end] = locate(text, f.text, f.occurrence);
        const fig: Figure = { start, end, text: f.text, kind: f.kind as FigureKind, value: f.value, unit: f.unit };
        const b = boundOf(text, start, end, f.text);
        if (b) fig.bound = b;
        if (f.unit === 'year' && f.kind === 'date' && DEADLINE.test(text.slice(Math.max(0, start - 30), start)))
          fig.deadline = true;
        return fig;
      })
      .sort((a: Figure, b: Figure) => a.start - b.start);
    // ranges: two figures joined by a dash or "to"/"till"/"do"/"-" become one figure with a range, like the extractor
    const merged: Figure[] = [];
    for (const f of figures) {
      const prev = merged[merged.length - 1];
      const gap = prev ? text.slice(prev.end, f.start) : '';
      if (
        prev &&
        typeof prev.value === 'number' &&
        typeof f.value === 'number' &&
        prev.kind === f.kind &&
        /^\s*(–|-|to|till|do|à|a|bis|al|e)\s*$/.test(gap) &&
        prev.value < f.value &&
        !/^\s*(e|a)\s*$/.test(gap)
      ) {
        merged[merged.length - 1] = {
          ...prev,
          end: f.end,
          text: text.slice(prev.start, f.end),
          unit: f.unit,
          range: [prev.value, f.value],
          value: (prev.value + f.value) / 2,
        };
      } else merged.push(f);
    }
    docs.push({ path, language: g.language, published: g.published ?? null, figures: merged, text });
  }
  for (const c of gold.claims ?? []) {
    claimsGold.push({
      set: s,
      id: c.id,
      pairs: c.conflicting_pairs ?? [],
      mentions: c.mentions.map((m: any) => {
        const path = join(root, m.file);
        return { path, span: locate(texts.get(path)!, m.text, m.occurrence) };
      }),
    });
  }
}

formClaims(docs); // warm-up: vocabularies compile on first use
const t0 = performance.now();
const result = formClaims(docs);
const ms = performance.now() - t0;

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const goldConflict: { path: string; span: [number, number] }[] = [];
const goldPairs: [{ path: string; span: [number, number] }, { path: string; span: [number, number] }][] = [];
for (const c of claimsGold) {
  for (const i of new Set(c.pairs.flat())) goldConflict.push(c.mentions[i]!);
  for (const [a, b] of c.pairs) goldPairs.push([c.mentions[a]!, c.mentions[b]!]);
}
const diags = result.diagnostics.filter((d) => d.code.startsWith('conflict'));
const hit = (m: { path: string; span: [number, number] }, d: { path: string; start: number; end: number }) =>
  m.path === d.path && overlaps(m.span, [d.start, d.end]);
const tp = diags.filter((d) => goldConflict.some((m) => hit(m, d))).length;
const found = goldConflict.filter((m) => diags.some((d) => hit(m, d))).length;
const P = diags.length ? tp / diags.length : 1;
const R = goldConflict.length ? found / goldConflict.length : 1;
const F = P + R ? (2 * P * R) / (P + R) : 0;
const pairsFound = goldPairs.filter(([a, b]) =>
  diags.some((d) => (hit(a, d) && d.related.some((r) => hit(b, r))) || (hit(b, d) && d.related.some((r) => hit(a, r)))),
).length;
const cross = diags.filter((d) => d.related.some((r) => setOf.get(r.path) !== setOf.get(d.path))).length;
const short = (p: string) => p.split('/').slice(-2).join('/');
const snip = (p: string, a: number, b: number) => JSON.stringify(texts.get(p)!.slice(a, b));
console.log(`${docs.length} docs; formClaims ${ms.toFixed(1)} ms; ${result.claims.length} claims`);
console.log(
  `conflicts: mentions P ${(100 * P).toFixed(1)}% R ${(100 * R).toFixed(1)}% F1 ${(100 * F).toFixed(1)}%  (${diags.length} flagged, ${goldConflict.length} gold)`,
);
console.log(`pairs ${pairsFound}/${goldPairs.length}; ${cross} flagged across different events`);
const fps = diags.filter((d) => !goldConflict.some((m) => hit(m, d)));
if (fps.length)
  console.log(
    `\nfalse flags (${fps.length}):\n  ` +
      fps
        .map((d) => `${short(d.path)} ${snip(d.path, d.start, d.end)} [${d.code}] ${verbose ? d.message : ''}`)
        .join('\n  '),
  );
const missed = goldConflict.filter((m) => !diags.some((d) => hit(m, d)));
if (missed.length)
  console.log(
    `\nmissed (${missed.length}):\n  ` +
      missed
        .map(
          (m) =>
            `${short(m.path)} ${snip(m.path, m.span[0], m.span[1])} claim=${result.claimOfFigure.get(`${m.path}\u0000${m.span[0]}`) ?? '-'}`,
        )
        .join('\n  '),
  );
if (verbose)
  for (const d of diags.filter((x) => goldConflict.some((m) => hit(m, x))))
    console.log(`  ok ${short(d.path)} ${snip(d.path, d.start, d.end)} [${d.code}] ${d.message}`);
if (showClaims) {
  for (const c of result.claims) {
    console.log(`\n${c.id} ${c.status}${c.code ? ` ${c.code}` : ''} ${c.label}`);
    for (const m of c.mentions) console.log(`    ${short(m.path)} ${snip(m.path, m.start, m.end)}`);
  }
}
// DEBUG_TEXT="bis zu 1.500" prints what claim formation read around matching figures
if (process.env.DEBUG_TEXT) {
  const ev = newNameEvidence();
  for (const d of docs) nameEvidence(d, ev);
  for (const d of docs) {
    for (const f of d.figures) {
      if (!f.text.includes(process.env.DEBUG_TEXT)) continue;
      const fc = figureContext(
        readDocument(d, ev),
        f,
        d.figures.filter((x) => x.kind === 'date'),
      );
      console.log(short(d.path), JSON.stringify(f), { ...fc, figure: undefined, time: fc.time?.text });
    }
  }
}
