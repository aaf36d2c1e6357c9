/**
 * `npm run fuzz`: generated inputs, a million by default, against the engine, the byte decoder, the review-file
 * parser and the output formats, each with the invariants that must hold for ANY input (not in `npm test`: it
 * takes minutes). Deterministic from its seed, so a failure is reproduced by its seed and index.
 *
 *   node --import tsx scripts/fuzz.mjs [--count N] [--seed S]
 *
 * Invariants:
 * - engine (analyzeDocument, checkWorkspace): never throws; every figure's span lies in the text and its text is
 *   that slice; values are finite numbers, strings or null; the contract JSON round-trips.
 * - decoder (decodeArticle): never throws; a UTF-8 encoding of text without NUL decodes back to that text.
 * - review parser (parseReview): never throws; what it accepts serializes to text it accepts as the same file;
 *   text with git conflict markers is refused.
 * - outputs (text, Markdown, CSV, terminalSafe): never throw; text output has no control character but the
 *   line break, and exactly one line per finding.
 */
import { analyzeDocument, checkWorkspace } from '../src/core/workspace.ts';
import { decodeArticle } from '../src/node/decode.ts';
import { parseReview, serializeReview } from '../src/core/review.ts';
import { toContractJson } from '../src/core/serialize.ts';
import { buildCompareTable, renderCsv, renderMarkdown } from '../src/core/report/index.ts';
import { renderCheckText, renderExtractText } from '../src/cli/format-text.ts';
import { terminalSafe } from '../src/cli/terminal.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const TOTAL = opt('--count', 1_000_000);
const SEED = opt('--seed', 20261207);

/** mulberry32: small, fast, deterministic. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '4',
  '4,5',
  '4.5',
  '1.234.567',
  '1,234,567',
  '12 345',
  '0,5',
  '-3',
  '−2,4',
  '+1,7',
  '1/2',
  '3½',
  '1.1.0005',
  '13.05.2024',
  '2024-05-13',
  '05/13/2024',
  'Q3',
  '3T',
  '2027',
  '1e400',
  '9'.repeat(30),
  '0x1F',
  '١٢٣',
  '一二三',
  'milliards',
  'mld',
  'Mrd.',
  'billion',
  'bn',
  'million',
  'mn',
  'mio.',
  'miljarder',
  'mia.',
  'miliardów',
  'milhões',
  'euros',
  '€',
  'EUR',
  '$',
  'US$',
  'HK$',
  'kr.',
  'kronor',
  'zł',
  'dollari',
  'reais',
  '%',
  'pour cent',
  'procent',
  'km',
  'km²',
  '°C',
  'MW',
  'tonnes',
  'personnes',
  'Menschen',
  'jobs',
  'posti di lavoro',
  'mai',
  'May',
  'Mai',
  'maggio',
  'mayo',
  'maart',
  'maj',
  'de',
  'la',
  'the',
  'in',
  'und',
  'och',
  'og',
  'w',
  'e',
  'y',
  'entre',
  'between',
  'and',
  'et',
  'zwischen',
  'und',
  'environ',
  'about',
  'plus de',
  'more than',
  'bis',
  'to',
  '–',
  '-',
  'Microsoft',
  'France',
  'Paris',
  'a annoncé',
  'said',
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  '«',
  '»',
  '„',
  '“',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  '\u00a0',
  '\u202f',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\u001b[2J',
  '\u0007',
  '\ud800',
  '\udfff',
  '$1bn and ',
  '1, 2, 3, 4, 5, 6, 7, 8',
  'é',
  'ß',
  'ø',
  'ł',
  'ç',
];

function text(r, maxParts) {
  const n = 1 + Math.floor(r() * maxParts);
  const parts = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.85) parts.push(FRAGMENTS[Math.floor(r() * FRAGMENTS.length)]);
    else if (x < 0.95) parts.push(String(Math.floor(r() * 1e6) / (r() < 0.5 ? 1 : 100)));
    else parts.push(String.fromCharCode(Math.floor(r() * 0x10000)));
    parts.push(r() < 0.7 ? ' ' : '');
  }
  return parts.join('');
}

function fail(area, index, input, message) {
  console.error(
    `fuzz: ${area} #${index} (seed ${SEED}) failed: ${message}\ninput: ${JSON.stringify(input).slice(0, 2000)}`,
  );
  process.exit(1);
}

const KINDS = new Set(['money', 'quantity', 'percent', 'date']);
// Control characters other than the line break that ends each line.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** Spans index into doc.text: the input without one leading BOM, which analyzeDocument removes. */
function checkDoc(doc, raw, index) {
  const input = doc.text;
  if (input !== (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw))
    fail('engine', index, raw, 'doc.text is not the input');
  for (const f of doc.figures) {
    if (!(f.start >= 0 && f.start < f.end && f.end <= input.length))
      fail('engine', index, input, `span ${f.start}-${f.end}`);
    if (input.slice(f.start, f.end) !== f.text)
      fail('engine', index, input, `text ${JSON.stringify(f.text)} is not its slice`);
    if (!KINDS.has(f.kind)) fail('engine', index, input, `kind ${f.kind}`);
    if (typeof f.value === 'number' && !Number.isFinite(f.value)) fail('engine', index, input, `value ${f.value}`);
  }
}

/** Generated inputs by kind: texts analyzed (alone or in a workspace), byte strings decoded, review files parsed,
 * file names made terminal-safe; and output renders (every format of one workspace result). */
const counts = { texts: 0, workspaces: 0, bytes: 0, reviewFiles: 0, names: 0 };
let renders = 0;
const began = performance.now();
function total() {
  return counts.texts + counts.bytes + counts.reviewFiles + counts.names;
}
const r = rng(SEED);
const encoder = new TextEncoder();

let i = 0;
for (; total() < TOTAL; i++) {
  const area = i % 20;
  if (area < 9) {
    // engine: one short text (most inputs)
    const input = text(r, 24);
    let doc;
    try {
      doc = analyzeDocument('f.txt', input);
    } catch (err) {
      fail('engine', i, input, err.stack);
    }
    checkDoc(doc, input, i);
    counts.texts++;
  } else if (area === 9) {
    // workspace: a few texts checked together, then the contract JSON and every output format
    const docs = [];
    const n = 2 + Math.floor(r() * 3);
    const inputs = [];
    for (let k = 0; k < n; k++) {
      const input = text(r, 40);
      inputs.push(input);
      const name = r() < 0.2 ? `s${k}\u001b]0;x\u0007\n.txt` : `s${k}.txt`;
      const doc = analyzeDocument(name, input);
      checkDoc(doc, input, i);
      docs.push(doc);
      counts.texts++;
    }
    let result;
    try {
      result = checkWorkspace(docs);
      JSON.parse(JSON.stringify(toContractJson(result)));
    } catch (err) {
      fail('workspace', i, inputs, err.stack);
    }
    counts.workspaces++;
    try {
      const check = renderCheckText(result);
      const extract = renderExtractText(result);
      for (const out of [check, extract])
        if (CONTROL.test(out))
          fail('outputs', i, inputs, `control character in text output: ${JSON.stringify(out).slice(0, 300)}`);
      const lines = check === '' ? 0 : check.split('\n').length - 1;
      const expected = result.diagnostics.reduce((k, d) => k + 1 + d.related.length, 0);
      if (lines !== expected) fail('outputs', i, inputs, `${lines} lines for ${expected} findings`);
      const table = buildCompareTable(result);
      renderMarkdown(table);
      renderCsv(table);
    } catch (err) {
      fail('outputs', i, inputs, err.stack);
    }
    renders++;
  } else if (area < 15) {
    // decoder: random bytes, or a text's UTF-8 encoding that must decode back
    const roundTrip = r() < 0.5;
    const source = roundTrip ? text(r, 30).replace(/\u0000/g, '') : '';
    let bytes;
    if (roundTrip) bytes = encoder.encode(source);
    else {
      bytes = new Uint8Array(Math.floor(r() * 200));
      for (let k = 0; k < bytes.length; k++)
        bytes[k] = r() < 0.7 ? 0x20 + Math.floor(r() * 0x5f) : Math.floor(r() * 256);
    }
    let decoded;
    try {
      decoded = decodeArticle(bytes);
    } catch (err) {
      fail('decoder', i, [...bytes], err.stack);
    }
    // lone surrogates have no UTF-8 form: TextEncoder wrote U+FFFD for them
    // the decoder removes one leading BOM, as an editor does
    const expected = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    if (roundTrip && !/[\ud800-\udfff]/.test(source) && (!decoded.ok || decoded.text !== expected)) {
      fail('decoder', i, source, `round trip gave ${JSON.stringify(decoded).slice(0, 300)}`);
    }
    counts.bytes++;
  } else if (area < 18) {
    // review parser: valid files, their mutations, and noise
    const entries = Array.from({ length: Math.floor(r() * 4) }, () => ({
      path: text(r, 3),
      text: text(r, 3),
      start: Math.floor(r() * 1000),
    }));
    const valid = JSON.stringify({ version: 1, checked: entries, ignored: [] });
    const x = r();
    const input =
      x < 0.3
        ? valid
        : x < 0.5
          ? valid.slice(0, Math.floor(r() * valid.length))
          : x < 0.65
            ? `<<<<<<< HEAD\n${valid}\n=======\n${valid}\n>>>>>>> theirs\n`
            : x < 0.8
              ? valid.replace(/"start":\d+/, `"start":${JSON.stringify(text(r, 2))}`)
              : text(r, 20);
    let parsed;
    try {
      parsed = parseReview(input);
      if (parsed.ok) {
        const again = parseReview(serializeReview(parsed.file));
        if (!again.ok || serializeReview(again.file) !== serializeReview(parsed.file))
          fail('review', i, input, 'an accepted file does not read back the same');
      }
    } catch (err) {
      fail('review', i, input, err.stack);
    }
    if (x >= 0.5 && x < 0.65 && parsed.ok) fail('review', i, input, 'conflict markers accepted');
    if (x < 0.3 && !parsed.ok) fail('review', i, input, `a valid file refused: ${parsed.error}`);
    counts.reviewFiles++;
  } else {
    // terminalSafe on arbitrary text (file names)
    const input = text(r, 12);
    const out = terminalSafe(input);
    if (CONTROL.test(out) || out.includes('\n')) fail('outputs', i, input, 'terminalSafe left a control character');
    counts.names++;
  }
  if ((i + 1) % 50_000 === 0)
    console.error(`fuzz: ${total()} inputs, ${Math.round((performance.now() - began) / 1000)} s`);
}

const seconds = (performance.now() - began) / 1000;
const cpu = process.cpuUsage();
console.log(
  `fuzz: ${total()} inputs in ${seconds.toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, seed ${SEED}), no failure: ` +
    `${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; ${renders} workspace results rendered in every output format`,
);
