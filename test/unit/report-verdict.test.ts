/** The reviewer's verdict (core/report/verdict.ts), the consensus rules and the warnings' placement, case by case. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeDiagnostics, MESSAGE_MAX, boundMessage } from '../../src/core/claims/placement';
import { dotPlot } from '../../src/core/report/dotplot';
import { agreeingMessage, buildVerdicts, conflictMessage, sourceSummaries } from '../../src/core/report/verdict';
import { messageTables } from '../../src/server/messages';
import { wordCount, wordDate, wordDistance, wordFigure, wordMoney } from '../../src/core/report/words';
import type {
  AnalyzedDocument,
  Claim,
  Diagnostic,
  DiagnosticCode,
  Figure,
  WorkspaceResult,
} from '../../src/core/types';

interface Stated {
  source: string;
  text: string;
  value: number | string;
  unit: string;
  kind?: Figure['kind'];
  bound?: Figure['bound'];
  published?: string | null;
}

/**
 * A workspace of one claim: each source states its figures; `conflicts` lists the pairs (indexes into `stated`) the
 * engine found contradicting, as its diagnostics would carry them.
 */
function workspace(
  stated: Stated[],
  conflicts: [number, number][],
  code: DiagnosticCode = 'conflict',
): WorkspaceResult {
  const docs = new Map<string, AnalyzedDocument>();
  const places = stated.map((s) => {
    const path = `story/${s.source}.txt`;
    let d = docs.get(path);
    if (!d)
      docs.set(
        path,
        (d = {
          path,
          language: 'en',
          published: s.published === undefined ? '2024-05-13' : s.published,
          text: `${s.source}\n`,
          figures: [],
        }),
      );
    const start = d.text.length;
    d.text += `${s.text}. `;
    const f: Figure = {
      start,
      end: start + s.text.length,
      text: s.text,
      kind: s.kind ?? (/^[A-Z]{3}$/.test(s.unit) ? 'money' : 'quantity'),
      value: s.value,
      unit: s.unit,
    };
    if (s.bound) f.bound = s.bound;
    d.figures.push(f);
    return { path, start: f.start, end: f.end };
  });
  const claim: Claim = {
    id: 'c1',
    label: 'Acme — investment — France',
    status: conflicts.length ? 'conflict' : 'agree',
    mentions: places,
  };
  if (conflicts.length) claim.code = code;
  const related = new Map<number, number[]>();
  for (const [a, b] of conflicts) {
    related.set(a, [...(related.get(a) ?? []), b]);
    related.set(b, [...(related.get(b) ?? []), a]);
  }
  const diagnostics: Diagnostic[] = [...related].map(([i, partners]) => ({
    ...places[i]!,
    severity: 'warning',
    code,
    message: `${stated[i]!.text} here; others differ`,
    claim: 'c1',
    related: partners.map((p) => ({ ...places[p]!, message: stated[p]!.text })),
  }));
  return {
    documents: [...docs.values()],
    claims: [claim],
    diagnostics,
    claimOfFigure: new Map(places.map((p) => [`${p.path}\u0000${p.start}`, 'c1'])),
  };
}

const placed = (r: WorkspaceResult) => placeDiagnostics(r.documents, r.claims, r.diagnostics);
const severityBySource = (r: WorkspaceResult) =>
  Object.fromEntries(placed(r).diagnostics.map((d) => [d.path.replace(/^story\/|\.txt$/g, ''), d.severity]));

// Three sources of one amount, the third apart: the majority case every rule below starts from.
const threeSources = () =>
  workspace(
    [
      { source: 'afp', text: '4.3 billion dollars', value: 4.3e9, unit: 'USD' },
      { source: 'reuters', text: '4.3 billion dollars', value: 4.3e9, unit: 'USD' },
      { source: 'corriere', text: '4 billion dollars', value: 4e9, unit: 'USD' },
    ],
    [
      [0, 2],
      [1, 2],
    ],
  );

describe('consensus and placement rules', () => {
  const three = threeSources;

  it('strict-majority: the outlier keeps its warning, the agreeing mentions are informed (outlier-warned, consensus-informed)', () => {
    const r = three();
    assert.deepEqual(severityBySource(r), { afp: 'information', reuters: 'information', corriere: 'warning' });
    const { diagnostics, trace } = placed(r);
    assert.deepEqual(trace.map((t) => t.rule).sort(), ['consensus-informed', 'consensus-informed', 'outlier-warned']);
    const info = diagnostics.find((d) => d.path === 'story/afp.txt')!;
    assert.equal(info.code, 'conflict', 'the information keeps its conflict code: the scorer and filters count it');
    assert.match(
      info.message,
      /^4\.3 billion US dollars here agrees with 1 other source; stands apart: corriere\.txt says 4 billion US dollars \(−7%\)$/,
    );
  });

  it('placement changes severities and messages only: same mentions, same codes, input untouched', () => {
    const r = three();
    const before = JSON.stringify(r.diagnostics);
    const out = placed(r).diagnostics;
    assert.equal(JSON.stringify(r.diagnostics), before);
    assert.deepEqual(
      out.map((d) => [d.path, d.start, d.code]),
      r.diagnostics.map((d) => [d.path, d.start, d.code]),
    );
  });

  it('no-majority-warned: two sources are both warned', () => {
    const r = workspace(
      [
        { source: 'a', text: '120 jobs', value: 120, unit: 'job' },
        { source: 'b', text: '200 jobs', value: 200, unit: 'job' },
      ],
      [[0, 1]],
    );
    assert.deepEqual(severityBySource(r), { a: 'warning', b: 'warning' });
    assert.equal(buildVerdicts(r)[0]!.rule, 'no-majority');
  });

  it('no-majority-warned: a tie of two against two warns all four', () => {
    const r = workspace(
      [
        { source: 'a', text: '120 jobs', value: 120, unit: 'job' },
        { source: 'b', text: '120 jobs', value: 120, unit: 'job' },
        { source: 'c', text: '200 jobs', value: 200, unit: 'job' },
        { source: 'd', text: '200 jobs', value: 200, unit: 'job' },
      ],
      [
        [0, 2],
        [0, 3],
        [1, 2],
        [1, 3],
      ],
    );
    assert.deepEqual(severityBySource(r), { a: 'warning', b: 'warning', c: 'warning', d: 'warning' });
    const v = buildVerdicts(r)[0]!;
    assert.equal(v.consensus, null);
    assert.deepEqual(v.apart, ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    assert.match(
      v.why,
      /^No majority: 2 sources say 120 jobs; c\.txt says 200 jobs \(\+67%\); d\.txt says 200 jobs \(\+67%\)$/,
    );
  });

  it('no-majority-warned: three sources that all differ have no majority', () => {
    const r = workspace(
      [
        { source: 'a', text: '100 jobs', value: 100, unit: 'job' },
        { source: 'b', text: '150 jobs', value: 150, unit: 'job' },
        { source: 'c', text: '200 jobs', value: 200, unit: 'job' },
      ],
      [
        [0, 1],
        [0, 2],
        [1, 2],
      ],
    );
    assert.deepEqual(severityBySource(r), { a: 'warning', b: 'warning', c: 'warning' });
  });

  it('not-placed: a conflict with another claim (conflict-predicate) keeps its warning on every side', () => {
    const r = workspace(
      [
        { source: 'a', text: '1 million jobs', value: 1e6, unit: 'job' },
        { source: 'b', text: '1 million jobs', value: 1e6, unit: 'job' },
        { source: 'c', text: '2 million jobs', value: 2e6, unit: 'job' },
      ],
      [
        [0, 2],
        [1, 2],
      ],
      'conflict-predicate',
    );
    assert.deepEqual(severityBySource(r), { a: 'warning', b: 'warning', c: 'warning' });
    assert.ok(placed(r).trace.every((t) => t.rule === 'not-placed'));
  });

  it('one article against itself: its mentions vote, the odd one out is warned', () => {
    const r = workspace(
      [
        { source: 'a', text: '3.2 billion euros', value: 3.2e9, unit: 'EUR' },
        { source: 'a', text: '3.2 billion euros', value: 3.2e9, unit: 'EUR' },
        { source: 'a', text: '3.2 billion euros', value: 3.2e9, unit: 'EUR' },
        { source: 'a', text: '1 billion dollars', value: 1e9, unit: 'USD' },
      ],
      [
        [0, 3],
        [1, 3],
        [2, 3],
      ],
      'conflict-in-article',
    );
    const out = placed(r).diagnostics;
    assert.deepEqual(
      [...out].sort((a, b) => a.start - b.start).map((d) => d.severity),
      ['information', 'information', 'information', 'warning'],
    );
    const v = buildVerdicts(r)[0]!;
    assert.match(
      v.why,
      /^a\.txt says 3\.2 billion euros 3 times; elsewhere 1 billion US dollars \([\d.]+ million euros, ÷3\.\d\)$/,
    );
  });

  it('a diagnostic that is no contradiction is left as it is', () => {
    const r = three();
    r.diagnostics.push({
      path: 'story/afp.txt',
      start: 0,
      end: 3,
      severity: 'warning',
      code: 'unreadable-figure',
      message: 'x',
      related: [],
    });
    assert.equal(placed(r).diagnostics.at(-1)!.severity, 'warning');
  });

  it('messages are bounded', () => {
    assert.equal(boundMessage('x'.repeat(1000)).length, MESSAGE_MAX);
    const many = workspace(
      [
        ...Array.from({ length: 6 }, (_, i) => ({ source: `agree${i}`, text: '100 jobs', value: 100, unit: 'job' })),
        ...Array.from({ length: 5 }, (_, i) => ({
          source: `odd${i}-with-a-very-long-file-name-indeed`,
          text: `${300 + i * 50} jobs`,
          value: 300 + i * 50,
          unit: 'job',
        })),
      ],
      Array.from({ length: 6 }, (_, i) => Array.from({ length: 5 }, (_, j) => [i, 6 + j] as [number, number])).flat(),
    );
    for (const d of placed(many).diagnostics) assert.ok(d.message.length <= MESSAGE_MAX, d.message);
    assert.match(buildVerdicts(many)[0]!.why, /2 more differ$/);
  });
});

describe('the verdict a reviewer reads', () => {
  it('currencies: a common value in the base currency, the outlier converted once into the consensus currency', () => {
    const r = workspace(
      [
        { source: 'afp', text: '4.3 billion dollars', value: 4.3e9, unit: 'USD' },
        { source: 'reuters', text: '4.3 billion dollars', value: 4.3e9, unit: 'USD' },
        { source: 'lemonde', text: '3.2 milliards d’euros', value: 3.2e9, unit: 'EUR' },
      ],
      [
        [0, 2],
        [1, 2],
      ],
    );
    const v = buildVerdicts(r)[0]!;
    assert.equal(v.rule, 'strict-majority');
    assert.equal(v.unit, 'EUR');
    assert.match(
      v.why,
      /^2 sources agree on 4\.3 billion US dollars; lemonde\.txt says 3\.2 billion euros \(3\.4\d* billion US dollars, −2\d%\)$/,
    );
    assert.equal((v.why.match(/billion US dollars/g) ?? []).length, 2, 'one conversion per message');
    const afp = v.sources.find((s) => s.name === 'afp.txt')!.mentions[0]!;
    assert.equal(afp.role, 'consensus');
    assert.ok(afp.common! > 3.9e9 && afp.common! < 4.0e9, `USD 4.3 bn at 1.08 is about EUR 3.98 bn, got ${afp.common}`);
    assert.match(afp.converted!, /^3\.9\d billion euros$/);
    const lemonde = v.sources.find((s) => s.name === 'lemonde.txt')!.mentions[0]!;
    assert.equal(lemonde.role, 'apart');
    assert.match(lemonde.distance!, /^−2\d%$/);
    assert.equal(lemonde.converted, undefined, 'a figure in the base currency is not converted');
    assert.deepEqual(v.apart, ['lemonde.txt']);
    assert.ok(
      v.consensus &&
        v.consensus.sources === 2 &&
        v.consensus.band[0] < v.consensus.common &&
        v.consensus.band[1] > v.consensus.common,
    );
  });

  it("an undated article is converted at the date of the claim's other articles", () => {
    const r = workspace(
      [
        { source: 'a', text: '4.3 billion dollars', value: 4.3e9, unit: 'USD', published: null },
        { source: 'b', text: '4 billion euros', value: 4e9, unit: 'EUR', published: '2024-05-13' },
      ],
      [],
    );
    const a = buildVerdicts(r)[0]!.sources[0]!.mentions[0]!;
    assert.ok(Math.abs(a.common! / 3.98e9 - 1) < 0.01, String(a.common));
  });

  it('a scale slip is a factor, not a percentage', () => {
    const r = workspace(
      [
        { source: 'a', text: '700 million', value: 7e8, unit: 'EUR' },
        { source: 'b', text: '700 million', value: 7e8, unit: 'EUR' },
        { source: 'c', text: '700 billion', value: 7e11, unit: 'EUR' },
      ],
      [
        [0, 2],
        [1, 2],
      ],
      'conflict-scale',
    );
    const v = buildVerdicts(r)[0]!;
    assert.equal(v.sources.find((s) => s.name === 'c.txt')!.mentions[0]!.distance, '×1,000');
    assert.match(v.why, /c\.txt says 700 billion euros \(×1,000\)$/);
  });

  it("bounds: the consensus band is the bound's width", () => {
    const r = workspace(
      [
        { source: 'a', text: 'about 1,000 jobs', value: 1000, unit: 'job', bound: 'about' },
        { source: 'b', text: 'about 1,000 jobs', value: 1000, unit: 'job', bound: 'about' },
        { source: 'c', text: '2,000 jobs', value: 2000, unit: 'job' },
      ],
      [
        [0, 2],
        [1, 2],
      ],
    );
    const v = buildVerdicts(r)[0]!;
    assert.deepEqual(
      v.consensus!.band.map((x) => Math.round(x)),
      [940, 1060],
    );
    assert.match(v.why, /^2 sources agree on about 1,000 jobs; c\.txt says 2,000 jobs \(×2\)$/);
  });

  it('agreeing sources: no outlier, a sentence that says they agree', () => {
    const r = workspace(
      [
        { source: 'a', text: '2 500 startups', value: 2500, unit: 'startup' },
        { source: 'b', text: '2.500 startup', value: 2500, unit: 'startup' },
      ],
      [],
    );
    const v = buildVerdicts(r)[0]!;
    assert.equal(v.rule, 'all-agree');
    assert.equal(v.why, '2 sources agree: 2,500 startups');
    assert.deepEqual(v.apart, []);
    assert.ok(v.sources.every((s) => s.mentions.every((m) => m.role === 'agree')));
  });

  it('review state: none, partly, all', () => {
    const r = workspace(
      [
        { source: 'a', text: '120 jobs', value: 120, unit: 'job' },
        { source: 'b', text: '200 jobs', value: 200, unit: 'job' },
      ],
      [[0, 1]],
    );
    assert.equal(buildVerdicts(r)[0]!.review, 'none');
    const checkedA = (p: string) => p === 'story/a.txt';
    const v = buildVerdicts(r, { isChecked: checkedA })[0]!;
    assert.equal(v.review, 'partly');
    assert.deepEqual(
      v.sources.map((s) => s.mentions[0]!.checked),
      [true, false],
    );
    assert.equal(buildVerdicts(r, { isChecked: () => true })[0]!.review, 'all');
  });

  it("numbers and currency names in the reader's locale", () => {
    const r = workspace(
      [
        { source: 'a', text: '4,3 milliards', value: 4.3e9, unit: 'USD' },
        { source: 'b', text: '4,3 milliards', value: 4.3e9, unit: 'USD' },
      ],
      [],
    );
    assert.equal(buildVerdicts(r, { locale: 'fr' })[0]!.why, '2 sources agree: 4,3 milliards dollars des États-Unis');
  });

  it('every source is listed, those in no claim too, with the figures no claim holds (dates left out)', () => {
    const r = workspace(
      [
        { source: 'a', text: '120 jobs', value: 120, unit: 'job' },
        { source: 'b', text: '120 jobs', value: 120, unit: 'job' },
      ],
      [],
    );
    r.documents.push({
      path: 'story/lonely.txt',
      language: 'en',
      published: null,
      text: 'Lonely\n12 dogs in 2027',
      figures: [
        { start: 7, end: 14, text: '12 dogs', kind: 'quantity', value: 12, unit: 'dog' },
        { start: 18, end: 22, text: '2027', kind: 'date', value: 2027, unit: 'year' },
      ],
    });
    const s = sourceSummaries(r);
    assert.deepEqual(
      s.map((x) => [x.name, x.claims]),
      [
        ['a.txt', 1],
        ['b.txt', 1],
        ['lonely.txt', 0],
      ],
    );
    assert.deepEqual(
      s[2]!.unmatched.map((u) => u.stated),
      ['12 dogs'],
    );
    assert.equal(s[2]!.headline, 'Lonely');
  });
});

describe('words a journalist writes', () => {
  it('counts with their noun in the plural the number asks for', () => {
    assert.equal(wordCount(1e6, 'person'), '1 million people');
    assert.equal(wordCount(2500, 'job'), '2,500 jobs');
    assert.equal(wordCount(1, 'job'), '1 job');
    assert.equal(wordCount(4, 'year'), '4 years');
    assert.equal(wordCount(40, 'km'), '40 km', 'a symbol has no plural');
    assert.equal(wordCount(2500, 'job', 'fr'), '2\u202f500 jobs');
  });
  it('money with its currency named, large amounts in words', () => {
    assert.equal(wordMoney(4.3e9, 'USD'), '4.3 billion US dollars');
    assert.equal(wordMoney(2500, 'EUR'), '2,500.00 euros'.replace('.00', ''));
    assert.equal(wordMoney(3.2e9, 'EUR', 'de'), '3,2 Milliarden Euro');
  });
  it('dates as "in" or "by" a year or month', () => {
    assert.equal(wordFigure({ kind: 'date', value: 2027, unit: 'year' }), 'in 2027');
    assert.equal(wordFigure({ kind: 'date', value: 2027, unit: 'year', deadline: true }), 'by 2027');
    assert.equal(wordDate('2027-05'), 'May 2027');
    assert.equal(wordDate('2024-05-13', 'fr'), '13 mai 2024');
  });
  it('bounds and ranges', () => {
    assert.equal(
      wordFigure({ kind: 'quantity', value: 1e6, unit: 'person', bound: 'about' }),
      'about 1 million people',
    );
    assert.equal(wordFigure({ kind: 'money', value: 2.5e9, unit: 'EUR', range: [2e9, 3e9] }), '2–3 billion euros');
    assert.equal(wordFigure({ kind: 'quantity', value: 2250, unit: 'job', range: [2000, 2500] }), '2,000–2,500 jobs');
    assert.equal(wordFigure({ kind: 'percent', value: 12.5, unit: '%' }), '12.5%');
    assert.equal(wordFigure({ kind: 'money', value: null, unit: 'EUR' }), 'unreadable');
  });
  it('distances: a percentage within a factor of two, a factor beyond', () => {
    assert.equal(wordDistance(3.5, 4.3), '−19%');
    assert.equal(wordDistance(4.6, 4.3), '+7%');
    assert.equal(wordDistance(43, 4.3), '×10');
    assert.equal(wordDistance(0.43, 4.3), '÷10');
    assert.equal(wordDistance(1, 0), '');
  });
});

describe('the dot plot', () => {
  const outlier = () =>
    workspace(
      [
        { source: 'a', text: '100 jobs', value: 100, unit: 'job' },
        { source: 'b', text: '101 jobs', value: 101, unit: 'job' },
        { source: 'c', text: '140 jobs', value: 140, unit: 'job' },
      ],
      [
        [0, 2],
        [1, 2],
      ],
    );

  it('places every value on one axis, the consensus band behind the agreeing dots, the outlier outside it', () => {
    const p = dotPlot(buildVerdicts(outlier())[0]!)!;
    assert.equal(p.log, false);
    assert.equal(p.dots.length, 3);
    const [a, b, c] = p.dots;
    assert.ok(a!.x < b!.x && b!.x < c!.x);
    assert.ok(p.dots.every((d) => d.x >= 0 && d.x <= 1));
    assert.ok(p.band && p.band[0] <= a!.x && p.band[1] >= a!.x && p.band[1] < c!.x);
    assert.deepEqual(
      p.dots.map((d) => d.role),
      ['consensus', 'consensus', 'apart'],
    );
    assert.equal(c!.label, 'c.txt: 140 jobs (+40%)');
    assert.equal(a!.lane + b!.lane, 1, 'two dots that would overlap go on two lanes');
    assert.equal(p.alt, 'Consensus 100 jobs (2 sources); stands apart: c.txt says 140 jobs (+40%).');
  });

  it('a scale slip puts the axis on a log scale so the other dots stay apart', () => {
    const r = workspace(
      [
        { source: 'a', text: '700 million', value: 7e8, unit: 'EUR' },
        { source: 'b', text: '650 million', value: 6.5e8, unit: 'EUR' },
        { source: 'c', text: '700 billion', value: 7e11, unit: 'EUR' },
      ],
      [
        [0, 2],
        [1, 2],
      ],
      'conflict-scale',
    );
    const p = dotPlot(buildVerdicts(r)[0]!)!;
    assert.equal(p.log, true);
    assert.ok(p.dots[1]!.x - p.dots[0]!.x > 0.005);
  });

  it('no majority: no band, every dot disputed; dates have no plot', () => {
    const two = workspace(
      [
        { source: 'a', text: '120 jobs', value: 120, unit: 'job' },
        { source: 'b', text: '200 jobs', value: 200, unit: 'job' },
      ],
      [[0, 1]],
    );
    const p = dotPlot(buildVerdicts(two)[0]!)!;
    assert.equal(p.band, null);
    assert.ok(p.dots.every((d) => d.role === 'disputed'));
    assert.equal(p.alt, 'No majority: a.txt says 120 jobs; b.txt says 200 jobs (+67%).');
    const dates = workspace(
      [
        { source: 'a', text: '2027', value: 2027, unit: 'year', kind: 'date' },
        { source: 'b', text: '2028', value: 2028, unit: 'year', kind: 'date' },
      ],
      [[0, 1]],
      'conflict-date',
    );
    assert.equal(dotPlot(buildVerdicts(dates)[0]!), undefined);
  });
});

describe("the reviewer's sentences in the UI language (core/report/phrases.ts, the server's message tables)", () => {
  const tables = messageTables();
  const three = threeSources;
  const two = () =>
    workspace(
      [
        { source: 'afp', text: '4.3 billion euros', value: 4.3e9, unit: 'EUR' },
        { source: 'corriere', text: '4 billion dollars', value: 4e9, unit: 'USD' },
      ],
      [[0, 1]],
    );
  const inLanguage = (r: WorkspaceResult, lang: string) =>
    buildVerdicts(r, { locale: lang, phrases: tables[lang]!.why })[0]!;
  const agreeing = (r: WorkspaceResult, lang: string, source = 'afp.txt') => {
    const v = inLanguage(r, lang);
    const afp = v.sources.find((s) => s.name === source)!.mentions[0]!;
    return agreeingMessage(v, afp.path, afp.start, { locale: lang, phrases: tables[lang]!.why });
  };
  const N = '[\\s\\u00a0\\u202f]'; // CLDR's spaces before "%" differ by version: any space

  it('English by default: the why-sentence and the agreeing message', () => {
    assert.equal(
      buildVerdicts(three())[0]!.why,
      '2 sources agree on 4.3 billion US dollars; corriere.txt says 4 billion US dollars (−7%)',
    );
    assert.equal(
      agreeing(three(), 'en'),
      '4.3 billion US dollars here agrees with 1 other source; stands apart: corriere.txt says 4 billion US dollars (−7%)',
    );
  });

  it("the agreeing message worded from the verdict is the engine's own in English (one template, two places)", () => {
    const r = three();
    const info = placed(r).diagnostics.find((d) => d.path === 'story/afp.txt')!;
    assert.equal(info.severity, 'information');
    assert.equal(agreeing(r, 'en'), info.message);
    // the outlier is no agreeing mention: it keeps the engine's warning and message
    const v = inLanguage(r, 'fr');
    const outlier = v.sources.find((s) => s.name === 'corriere.txt')!.mentions[0]!;
    assert.equal(agreeingMessage(v, outlier.path, outlier.start, { locale: 'fr', phrases: tables.fr!.why }), undefined);
  });

  it('French: sentence, numbers and currency names in French', () => {
    assert.match(
      inLanguage(three(), 'fr').why,
      new RegExp(
        `^2 sources s’accordent sur 4,3 milliards dollars des États-Unis ; corriere\\.txt indique 4 milliards dollars des États-Unis \\(−7${N}?%\\)$`,
      ),
    );
    assert.match(
      agreeing(three(), 'fr')!,
      new RegExp(
        `^4,3 milliards dollars des États-Unis ici concorde avec 1 autre source ; se démarque : corriere\\.txt indique 4 milliards dollars des États-Unis \\(−7${N}?%\\)$`,
      ),
    );
    assert.match(
      inLanguage(two(), 'fr').why,
      new RegExp(
        `^Pas de majorité : afp\\.txt indique 4,3 milliards euros ; corriere\\.txt indique 4 milliards dollars des États-Unis \\(3,7 milliards euros, −14${N}?%\\)$`,
      ),
    );
  });

  it('German: sentence, numbers and currency names in German', () => {
    assert.match(
      inLanguage(three(), 'de').why,
      new RegExp(
        `^2 Quellen nennen übereinstimmend 4,3 Milliarden US-Dollar; corriere\\.txt nennt 4 Milliarden US-Dollar \\(−7${N}?%\\)$`,
      ),
    );
    assert.match(
      agreeing(three(), 'de')!,
      new RegExp(
        `^4,3 Milliarden US-Dollar stimmt hier mit 1 anderen Quelle überein; weicht ab: corriere\\.txt nennt 4 Milliarden US-Dollar \\(−7${N}?%\\)$`,
      ),
    );
    assert.match(inLanguage(two(), 'de').why, /^Keine Mehrheit: afp\.txt nennt 4,3 Milliarden Euro; /);
  });

  it('Italian: sentence, numbers and currency names in Italian', () => {
    assert.match(
      inLanguage(three(), 'it').why,
      new RegExp(
        `^2 fonti concordano su 4,3 miliardi dollari statunitensi; corriere\\.txt riporta 4 miliardi dollari statunitensi \\(−7${N}?%\\)$`,
      ),
    );
    assert.match(
      agreeing(three(), 'it')!,
      /^4,3 miliardi dollari statunitensi qui concorda con 1 altra fonte; si discosta: corriere\.txt riporta /,
    );
    assert.match(inLanguage(two(), 'it').why, /^Nessuna maggioranza: afp\.txt riporta 4,3 miliardi euro; /);
  });

  it('Spanish: sentence in Spanish', () => {
    assert.match(inLanguage(three(), 'es').why, /^2 fuentes coinciden en 4,3 mil millones dólares estadounidenses; /);
    assert.match(agreeing(three(), 'es')!, / aquí coincide con 1 fuente más; se aparta: corriere\.txt indica /);
  });

  it('plural forms follow the language: "1 more differs" / "2 more differ", "1 autre diverge" / "2 autres divergent"', () => {
    const jobs = (extra: number) =>
      workspace(
        [
          ...['a', 'b', 'c', 'd', 'e', 'f'].map((source) => ({ source, text: '100 jobs', value: 100, unit: 'job' })),
          ...[150, 170, 190, 210, 230].slice(0, 3 + extra).map((value, i) => ({
            source: `x${i}`,
            text: `${value} jobs`,
            value,
            unit: 'job',
          })),
        ],
        [0, 1, 2, 3, 4].slice(0, 3 + extra).map((i) => [0, 6 + i] as [number, number]),
      );
    assert.match(inLanguage(jobs(1), 'en').why, /; 1 more differs$/);
    assert.match(inLanguage(jobs(2), 'en').why, /; 2 more differ$/);
    assert.match(inLanguage(jobs(1), 'fr').why, / ; 1 autre diverge$/);
    assert.match(inLanguage(jobs(2), 'fr').why, / ; 2 autres divergent$/);
    assert.match(inLanguage(jobs(2), 'de').why, /; 2 weitere weichen ab$/);
    assert.match(inLanguage(jobs(2), 'it').why, /; 2 altre divergono$/);
    assert.match(agreeing(jobs(2), 'de', 'a.txt') ?? '', /^100 jobs stimmt hier mit 5 anderen Quellen überein; /);
  });

  it('a translated agreeing message stays bounded', () => {
    const sources = Array.from({ length: 12 }, (_, i) => ({
      source: `a-very-long-source-name-of-a-newsroom-${i}`,
      text: i < 7 ? '4.3 billion dollars' : `${5 + i} billion dollars`,
      value: i < 7 ? 4.3e9 : (5 + i) * 1e9,
      unit: 'USD',
    }));
    const r = workspace(
      sources,
      Array.from({ length: 5 }, (_, j) => [0, 7 + j] as [number, number]),
    );
    for (const lang of Object.keys(tables)) {
      const v = buildVerdicts(r, { locale: lang, phrases: tables[lang]!.why })[0]!;
      const m = v.sources.flatMap((s) => s.mentions).find((x) => x.role === 'consensus')!;
      const message = agreeingMessage(v, m.path, m.start, { locale: lang, phrases: tables[lang]!.why })!;
      assert.ok(message.length <= MESSAGE_MAX, `${lang}: ${message.length}`);
      assert.ok(message.endsWith('…'), `${lang}: the long message is cut, not dropped`);
    }
  });
});

describe("the warned mentions' messages and the dot plot's text in the UI language", () => {
  const tables = messageTables();
  const N = '[\\s\\u00a0\\u202f]'; // CLDR's spaces before "%" differ by version: any space
  const two = () =>
    workspace(
      [
        { source: 'afp', text: '4.3 billion euros', value: 4.3e9, unit: 'EUR' },
        { source: 'corriere', text: '4 billion dollars', value: 4e9, unit: 'USD' },
      ],
      [[0, 1]],
    );
  const verdictIn = (r: WorkspaceResult, lang: string) =>
    buildVerdicts(r, { locale: lang, phrases: tables[lang]!.why })[0]!;
  /** The message of `source`'s first mention, worded in `lang` from its verdict. */
  const warned = (r: WorkspaceResult, lang: string, source: string, code: DiagnosticCode = 'conflict') => {
    const v = verdictIn(r, lang);
    const m = v.sources.find((s) => s.name === source)!.mentions[0]!;
    return conflictMessage(v, code, m.path, m.start, { locale: lang, phrases: tables[lang]!.why });
  };

  it('the outlier of a majority: what it states, how far, and what the majority agrees on', () => {
    assert.equal(
      warned(threeSources(), 'en', 'corriere.txt'),
      '4 billion US dollars (−7%) here stands apart: 2 sources agree on 4.3 billion US dollars',
    );
    assert.match(
      warned(threeSources(), 'fr', 'corriere.txt')!,
      new RegExp(
        `^4 milliards dollars des États-Unis \\(−7${N}?%\\) ici se démarque : 2 sources s’accordent sur 4,3 milliards dollars des États-Unis$`,
      ),
    );
    assert.match(
      warned(threeSources(), 'de', 'corriere.txt')!,
      new RegExp(
        `^4 Milliarden US-Dollar \\(−7${N}?%\\) weicht hier ab: 2 Quellen nennen übereinstimmend 4,3 Milliarden US-Dollar$`,
      ),
    );
    assert.match(
      warned(threeSources(), 'it', 'corriere.txt')!,
      new RegExp(
        `^4 miliardi dollari statunitensi \\(−7${N}?%\\) qui si discosta: 2 fonti concordano su 4,3 miliardi dollari statunitensi$`,
      ),
    );
    assert.match(
      warned(threeSources(), 'es', 'corriere.txt')!,
      / aquí se aparta: 2 fuentes coinciden en 4,3 mil millones /,
    );
  });

  it('a mention of the majority is not worded as a warning (it has its agreeing message)', () => {
    assert.equal(warned(threeSources(), 'fr', 'afp.txt'), undefined);
    assert.ok(warned(threeSources(), 'fr', 'corriere.txt'));
  });

  it('no majority: every other value once, money in another currency also in the base currency', () => {
    assert.equal(
      warned(two(), 'en', 'afp.txt'),
      '4.3 billion euros here; no majority: corriere.txt says 4 billion US dollars (3.7 billion euros)',
    );
    assert.equal(
      warned(two(), 'en', 'corriere.txt'),
      '4 billion US dollars (3.7 billion euros) here; no majority: afp.txt says 4.3 billion euros',
    );
    assert.equal(
      warned(two(), 'fr', 'afp.txt'),
      '4,3 milliards euros ici ; pas de majorité : corriere.txt indique 4 milliards dollars des États-Unis (3,7 milliards euros)',
    );
    assert.match(
      warned(two(), 'de', 'afp.txt')!,
      /^4,3 Milliarden Euro hier; keine Mehrheit: corriere\.txt nennt 4 Milliarden US-Dollar /,
    );
    assert.match(
      warned(two(), 'it', 'afp.txt')!,
      /^4,3 miliardi euro qui; nessuna maggioranza: corriere\.txt riporta 4 miliardi /,
    );
  });

  it('a contradiction with another claim, date or report keeps the engine’s message; the claim’s own codes are worded', () => {
    for (const code of ['conflict-predicate', 'conflict-date', 'conflict-update'] as const)
      assert.equal(warned(two(), 'fr', 'afp.txt', code), undefined, code);
    for (const code of ['conflict-scale', 'conflict-currency', 'conflict-in-article'] as const)
      assert.ok(warned(two(), 'fr', 'afp.txt', code), code);
  });

  it('a warned message with many sources stays bounded in every language', () => {
    const r = workspace(
      Array.from({ length: 10 }, (_, i) => ({
        source: `a-very-long-source-name-of-a-regional-newsroom-of-the-north-${i}`,
        text: `${4 + i} billion dollars`,
        value: (4 + i) * 1e9,
        unit: 'USD',
      })),
      // every pair contradicts: no majority, every mention in dispute
      Array.from({ length: 10 }, (_, a) => Array.from({ length: a }, (_, b) => [b, a] as [number, number])).flat(),
    );
    for (const lang of Object.keys(tables)) {
      const message = warned(r, lang, 'a-very-long-source-name-of-a-regional-newsroom-of-the-north-0.txt')!;
      assert.ok(message.length <= MESSAGE_MAX, `${lang}: ${message.length}`);
      assert.ok(message.endsWith('…'), `${lang}: the long message is cut, not dropped`);
    }
  });

  it('the dot plot’s text alternative (aria-label, caption) and ticks in the verdict’s language', () => {
    const plotIn = (r: WorkspaceResult, lang: string) => dotPlot(verdictIn(r, lang), lang, tables[lang]!.why)!;
    assert.match(
      plotIn(threeSources(), 'fr').alt,
      new RegExp(
        `^Consensus 4,3 milliards dollars des États-Unis \\(2 sources\\) ; se démarque : corriere\\.txt indique 4 milliards dollars des États-Unis \\(−7${N}?%\\)\\.$`,
      ),
    );
    assert.match(
      plotIn(threeSources(), 'de').alt,
      /^Konsens 4,3 Milliarden US-Dollar \(2 Quellen\); weicht ab: corriere\.txt nennt /,
    );
    assert.match(
      plotIn(threeSources(), 'it').alt,
      /^Consenso 4,3 miliardi dollari statunitensi \(2 fonti\); si discosta: /,
    );
    assert.match(
      plotIn(threeSources(), 'es').alt,
      /^Consenso 4,3 mil millones dólares estadounidenses \(2 fuentes\); se aparta: /,
    );
    assert.match(
      plotIn(two(), 'fr').alt,
      /^Pas de majorité : afp\.txt indique 4,3 milliards euros ; corriere\.txt indique /,
    );
    assert.match(plotIn(two(), 'de').alt, /^Keine Mehrheit: afp\.txt nennt 4,3 Milliarden Euro; /);
    assert.match(plotIn(two(), 'it').alt, /^Nessuna maggioranza: afp\.txt riporta 4,3 miliardi euro; /);
    const agree = workspace(
      [
        { source: 'a', text: '1,200 jobs', value: 1200, unit: 'job' },
        { source: 'b', text: '1,200 jobs', value: 1200, unit: 'job' },
      ],
      [],
    );
    assert.equal(plotIn(agree, 'en').alt, 'All sources agree: 1,200 jobs.');
    assert.match(plotIn(agree, 'fr').alt, new RegExp(`^Toutes les sources concordent : 1${N}200 jobs\\.$`));
    assert.match(plotIn(agree, 'de').alt, /^Alle Quellen stimmen überein: 1\.200 jobs\.$/);
    assert.ok(
      plotIn(agree, 'fr').ticks.every((t) => !/,\d{3}/.test(t.label)),
      'French ticks group digits the French way',
    );
  });

  it('a language the server ships no table for gets the English text alternative', () => {
    const v = buildVerdicts(threeSources(), { locale: 'en' })[0]!;
    assert.match(
      dotPlot(v, 'en')!.alt,
      /^Consensus 4\.3 billion US dollars \(2 sources\); stands apart: corriere\.txt says /,
    );
  });
});
