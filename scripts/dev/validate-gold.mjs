// Validates gold cluster folders (format only, never accuracy): node scripts/dev/validate-gold.mjs test/gold/<set>/<cluster> ...
// Checks format only (never accuracy): files, header, figures located, claims' mentions located and annotated, pairs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const LANGS = new Set(['fr', 'it', 'de', 'en', 'es', 'pt', 'nl', 'sv', 'nb', 'da', 'pl']);
const KINDS = new Set(['money', 'quantity', 'percent', 'date']);
let errors = 0;
const err = (m) => {
  errors++;
  console.log('ERROR ' + m);
};
function locate(text, needle, occ) {
  let i = -1;
  for (let k = 0; k <= occ; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) return -1;
  }
  return i;
}
for (const dir of process.argv.slice(2)) {
  const gp = join(dir, 'gold.json');
  if (!existsSync(gp)) {
    err(`${dir}: no gold.json`);
    continue;
  }
  let g;
  try {
    g = JSON.parse(readFileSync(gp, 'utf8'));
  } catch (e) {
    err(`${gp}: ${e.message}`);
    continue;
  }
  const txts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  for (const f of txts) if (!g.files[f]) err(`${dir}: ${f} not in gold.files`);
  if (!existsSync(join(dir, 'SOURCES.md'))) err(`${dir}: no SOURCES.md`);
  const figs = new Map();
  let nfig = 0,
    nreq = 0;
  for (const [name, fg] of Object.entries(g.files)) {
    const p = join(dir, name);
    if (!existsSync(p)) {
      err(`${name}: file missing`);
      continue;
    }
    const text = readFileSync(p, 'utf8');
    const lines = text.split('\n');
    if (text.includes('\r')) err(`${name}: CR characters (use LF)`);
    if (!(lines[0].trim() && lines[1].trim() && lines[2] === ''))
      err(`${name}: line 1 headline, line 2 dateline, line 3 blank`);
    if (!/^\d\d-[a-z]{2}-[a-z0-9-]+\.txt$/.test(name)) err(`${name}: name must be NN-lang-outlet.txt`);
    if (!LANGS.has(fg.language)) err(`${name}: language ${fg.language}`);
    if (name.slice(3, 5) !== fg.language) err(`${name}: language in name differs from ${fg.language}`);
    if (!/^\d{4}-\d\d(-\d\d)?$/.test(fg.published || '')) err(`${name}: published ${fg.published}`);
    const seen = new Set();
    for (const f of fg.figures || []) {
      nfig++;
      if (!f.optional) nreq++;
      const key = `${f.text}#${f.occurrence}`;
      if (seen.has(key)) err(`${name}: figure twice: ${key}`);
      seen.add(key);
      if (!KINDS.has(f.kind)) err(`${name}: ${key}: kind ${f.kind}`);
      if (typeof f.occurrence !== 'number') err(`${name}: ${key}: occurrence missing`);
      if (locate(text, f.text, f.occurrence) < 0) err(`${name}: figure text not found: ${key}`);
      if (f.unit === undefined || f.unit === '') err(`${name}: ${key}: unit missing`);
      if (f.kind === 'date' && !['year', 'month', 'day', 'quarter'].includes(f.unit) && !f.range)
        console.log(`warn ${name}: ${key}: date unit ${f.unit}`);
      if (f.kind === 'percent' && f.unit !== '%') err(`${name}: ${key}: percent unit must be %`);
      if (f.kind === 'money' && !/^[A-Z]{3}$/.test(f.unit)) err(`${name}: ${key}: money unit must be ISO 4217`);
    }
    figs.set(name, seen);
  }
  const claimIds = new Set();
  let npairs = 0,
    nconf = 0;
  for (const c of g.claims || []) {
    if (claimIds.has(c.id)) err(`claim id twice: ${c.id}`);
    claimIds.add(c.id);
    const ms = c.mentions || [];
    if (ms.length < 2) console.log(`warn claim ${c.id}: fewer than 2 mentions`);
    const mk = new Set();
    for (const m of ms) {
      const key = `${m.text}#${m.occurrence}`;
      if (!figs.has(m.file)) {
        err(`claim ${c.id}: file ${m.file} unknown`);
        continue;
      }
      if (!figs.get(m.file).has(key)) err(`claim ${c.id}: mention ${m.file} ${key} is not an annotated figure`);
      if (mk.has(m.file + key)) err(`claim ${c.id}: mention twice ${m.file} ${key}`);
      mk.add(m.file + key);
    }
    for (const p of c.conflicting_pairs || []) {
      npairs++;
      if (!Array.isArray(p) || p.length !== 2 || p.some((i) => !(i >= 0 && i < ms.length)) || p[0] === p[1])
        err(`claim ${c.id}: bad pair ${JSON.stringify(p)}`);
    }
    if ((c.conflicting_pairs || []).length) nconf++;
  }
  const langs = [...new Set(Object.values(g.files).map((f) => f.language))].sort();
  console.log(
    `${dir}: ${Object.keys(g.files).length} files, ${nfig} figures (${nreq} required), ${(g.claims || []).length} claims, ${nconf} conflicting, ${npairs} pairs, ${langs.join(',')}`,
  );
}
console.log(errors ? `${errors} error(s)` : 'OK');
process.exit(errors ? 1 : 0);
