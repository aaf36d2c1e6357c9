#!/usr/bin/env node
// Builds src/core/compare/ecb-rates.json, the compact table of ECB euro reference rates the engine converts money
// with, from the ECB's full daily history (eurofxref-hist.csv).
//
//   node scripts/build-rates.mjs [path/to/eurofxref-hist.csv[.gz]]     (default: data/ecb-eurofxref-hist.csv.gz)
//
// The default source is the ECB's CSV as downloaded, gzipped, in the repository (1999-01-04 to 2026-05-22).
// To refresh: download https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip, unzip it,
// `gzip -9n < eurofxref-hist.csv > data/ecb-eurofxref-hist.csv.gz`, run this script, run `npm run test:unit`
// (test/unit/rates.test.ts checks a few known rates) and commit both files.
//
// Encoding (decoded by src/core/compare/rates.ts): business days as day offsets from `start`, each rate rounded to
// 4 significant digits as an integer of `scale[c]` units, and both series delta-encoded into printable strings:
// each delta is zigzag-encoded and written 5 bits per character, a character from ALPHA_MORE meaning "more chars
// follow". Typical day-to-day moves fit in one character, so 7 000 days x 14 currencies take about 115 KB
// (68 KB gzipped).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CURRENCIES = ['USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'CNY', 'BRL', 'CAD', 'AUD', 'CZK', 'HUF'];
const ALPHA_END = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'; // last 5-bit group of a number
const ALPHA_MORE = 'ghijklmnopqrstuvwxyz0123456789+/'; // a 5-bit group followed by more

const here = dirname(fileURLToPath(import.meta.url));
const csvPath = resolve(process.argv[2] ?? join(here, '../data/ecb-eurofxref-hist.csv.gz'));
const outPath = join(here, '../src/core/compare/ecb-rates.json');

function encodeNumber(n) {
  let z = n >= 0 ? n * 2 : -n * 2 - 1; // zigzag
  const groups = [];
  do {
    groups.push(z % 32);
    z = Math.floor(z / 32);
  } while (z > 0);
  let out = '';
  for (let i = groups.length - 1; i >= 0; i--) out += (i === 0 ? ALPHA_END : ALPHA_MORE)[groups[i]];
  return out;
}

const bytes = readFileSync(csvPath);
const lines = (csvPath.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').trim().split(/\r?\n/);
const header = lines[0].split(',');
const column = Object.fromEntries(CURRENCIES.map((c) => [c, header.indexOf(c)]));
for (const c of CURRENCIES) if (column[c] < 0) throw new Error(`currency ${c} not in ${csvPath}`);
const rows = lines
  .slice(1)
  .map((l) => l.split(','))
  .sort((a, b) => (a[0] < b[0] ? -1 : 1)); // oldest first

const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
const start = rows[0][0];
let days = '';
let prevDay = dayOf(start);
for (const r of rows) {
  days += encodeNumber(dayOf(r[0]) - prevDay);
  prevDay = dayOf(r[0]);
}

const scale = {};
const series = {};
const first = {};
for (const c of CURRENCIES) {
  const values = rows.map((r) => Number(r[column[c]]));
  const firstIndex = values.findIndex((v) => Number.isFinite(v) && v > 0);
  const max = Math.max(...values.filter((v) => Number.isFinite(v)));
  // 4 significant digits at the currency's largest rate (1.082 USD, 184.5 JPY): 0.1 % at worst, far inside the 5 % tolerance
  scale[c] = 10 ** (4 - Math.ceil(Math.log10(max)));
  let prev = 0;
  let s = '';
  for (let i = firstIndex; i < values.length; i++) {
    const v = Number.isFinite(values[i]) && values[i] > 0 ? Math.round(values[i] * scale[c]) : prev; // N/A: carry
    s += encodeNumber(v - prev);
    prev = v;
  }
  first[c] = firstIndex;
  series[c] = s;
}

const table = {
  source: 'ECB euro foreign exchange reference rates (eurofxref-hist.csv)',
  start,
  end: rows.at(-1)[0],
  days,
  first,
  scale,
  series,
};
const json = JSON.stringify(table);
writeFileSync(outPath, json + '\n');
console.log(
  `${outPath}: ${rows.length} days ${start}..${table.end}, ${CURRENCIES.length} currencies, ${json.length} bytes`,
);
