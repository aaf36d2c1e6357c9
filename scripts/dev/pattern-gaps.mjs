// Runs the pattern suites (test/unit/patterns-*.test.ts) strictly, prints each table's pass rate, and writes
// the rows that still fail, with what the engine did instead, to test/unit/pattern-gaps.json (the known gaps
// the suites run as todo tests).   node scripts/dev/pattern-gaps.mjs [--check]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/unit';
const files = readdirSync(dir)
  .filter((f) => /^patterns-.*\.test\.ts$/.test(f))
  .sort();
const gaps = {};
let pass = 0,
  total = 0;
for (const f of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', join(dir, f)], {
    env: { ...process.env, PATTERN_STRICT: '1' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const lines = r.stdout.split('\n');
  let p = 0,
    n = 0;
  for (let k = 0; k < lines.length; k++) {
    const m = /^\s{4}(not ok|ok) \d+ - (.*)$/.exec(lines[k]);
    if (!m) continue;
    n++;
    if (m[1] === 'ok') {
      p++;
      continue;
    }
    const name = m[2].replace(/\\#/g, '#').replace(/ # TODO.*$/, '');
    let why = 'fails';
    for (let j = k + 1; j < Math.min(lines.length, k + 40); j++) {
      const e = /^\s+error: [|>]?-?\s*(.*)$/.exec(lines[j]);
      if (e) {
        why = (e[1] || lines[j + 1] || '').trim().replace(/^'|'$/g, '');
        break;
      }
    }
    gaps[name] = why;
  }
  pass += p;
  total += n;
  console.log(`${f.replace('.test.ts', '')}: ${p}/${n}`);
}
console.log(`all: ${pass}/${total} (${((100 * pass) / total).toFixed(1)} %)`);
if (!process.argv.includes('--check'))
  writeFileSync(join(dir, 'pattern-gaps.json'), `${JSON.stringify(gaps, null, 1)}\n`);
