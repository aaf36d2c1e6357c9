import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { verdictMaker } from '../../src/core/report/index';
import { convertFigure } from '../../src/server/currency';
import { MAX_ROWS, buildHoverCard, renderHoverCard, roughly, type HoverContext } from '../../src/server/hover';
import { setLocale } from '../../src/server/messages';
import { inlayHints } from '../../src/server/inlay-hints';
import { LineIndex } from '../../src/server/lines';
import { pathToUri } from '../../src/node/paths';
import { ResultIndex } from '../../src/server/result-index';
import { FR_A, IT, fixtureResult } from './server-fixture';

function context(index: ResultIndex, checked = false): HoverContext {
  const verdictOf = verdictMaker(index.result, { isChecked: () => checked });
  return {
    verdictOf,
    index,
    uriOf: pathToUri,
    lines: (p) => {
      const text = index.document(p)?.text;
      return text === undefined ? undefined : new LineIndex(text);
    },
    convert: convertFigure,
    baseCurrency: 'EUR',
    isChecked: () => checked,
  };
}

describe('hover card', () => {
  const index = new ResultIndex(fixtureResult());

  it('gives the normalized value of "25mila GPU" as 25 000 GPU, and says no other source states it', () => {
    const gpu = index.document(IT)!.figures[1]!;
    const markdown = renderHoverCard(buildHoverCard(context(index), IT, gpu));
    assert.match(markdown, /\*\*25 000 GPU\*\*/);
    assert.match(markdown, /25mila GPU/);
    assert.match(markdown, /No other source states this figure/);
  });

  it('converts money into the base currency with the ECB rate and date of the publication day', () => {
    const it4 = index.document(IT)!.figures[0]!;
    const card = buildHoverCard(context(index), IT, it4);
    assert.ok(card.conversion && !('missing' in card.conversion));
    assert.equal(card.conversion.currency, 'EUR');
    assert.equal(card.conversion.from, 'USD');
    assert.equal(card.conversion.date, '2024-05-17');
    // USD was 1.08-1.09 per euro in May 2024.
    assert.ok(card.conversion.rate > 1.07 && card.conversion.rate < 1.1, String(card.conversion.rate));
    const markdown = renderHoverCard(card);
    assert.match(markdown, /\*\*4 000 000 000 USD\*\*/);
    assert.match(markdown, /≈ 3 \d{2}0 000 000 EUR/);
    assert.match(markdown, /1 EUR = 1\.0\d+ USD, ECB reference rate of 2024-05-17/);
  });

  it("leads with the verdict, this figure's part in it, the why and the other sources; details after a rule", () => {
    const it4 = index.document(IT)!.figures[0]!;
    const markdown = renderHoverCard(buildHoverCard(context(index), IT, it4));
    const lines = markdown.split('\n');
    assert.equal(lines[0], '**⚠ conflict** · `conflict` — this figure stands apart (−7%)');
    assert.match(
      lines[2]!,
      /^2 sources agree on 4\.3 billion US dollars; 002\\_it\.txt says 4 billion US dollars \(−7%\)$/,
    );
    const rows = lines.filter((l) => l.startsWith('- '));
    assert.equal(rows.length, 2);
    assert.match(rows[0]!, /^- \[000\\_fr\.txt:1\]\(command:crosscheck\.openSource\?/);
    assert.match(rows[0]!, /«4,3 milliards de dollars» → 4\.3 billion US dollars$/);
    assert.match(rows[1]!, /^- \[001\\_fr\.txt:3\]/);
    // the other sources come before the details, which follow a rule
    const rule = lines.indexOf('---');
    assert.ok(rule > lines.indexOf(rows[1]!), markdown);
    assert.ok(lines.findIndex((l) => l.includes('**4 000 000 000 USD**')) > rule, markdown);
    assert.ok(lines.findIndex((l) => l.includes('**Claim:** Microsoft — investment — France')) > rule, markdown);
    const link = /\(command:crosscheck\.openSource\?([^)]+)\)/.exec(rows[0]!)![1]!;
    const [args] = JSON.parse(decodeURIComponent(link)) as [
      { uri: string; range: { start: { line: number; character: number } } },
    ];
    assert.equal(args.uri, pathToUri(FR_A));
    assert.deepEqual(args.range.start, { line: 0, character: 20 });
  });

  it('says when the hovered figure agrees with the majority, and marks the source that stands apart', () => {
    const fr = index.document(FR_A)!.figures[0]!;
    const markdown = renderHoverCard(buildHoverCard(context(index), FR_A, fr));
    assert.match(markdown.split('\n')[0]!, /— this figure agrees with the majority$/);
    assert.match(markdown, /^- ⚠ \[002\\_it\.txt:3\].*→ 4 billion US dollars \(−7%\)$/m);
  });

  it('marks the conflicting mention and a checked figure', () => {
    const fr = index.document(FR_A)!.figures[0]!;
    const markdown = renderHoverCard(buildHoverCard(context(index), FR_A, fr));
    assert.match(markdown, /^- ⚠ \[002/m);
    const checked = renderHoverCard(buildHoverCard(context(index, true), FR_A, fr));
    assert.match(checked, /Checked by a reviewer/);
    // a checked mention is no longer shown as conflicting
    assert.match(checked, /^- ✓ \[002/m);
    assert.doesNotMatch(checked, /⚠ \[/);
  });

  it('says how far the scan has read, not "no other source", while the other sources are not compared yet', () => {
    const gpu = index.document(IT)!.figures[1]!;
    const pending = 'Other sources: still reading 120 of 2000 files…';
    const alone = renderHoverCard(buildHoverCard({ ...context(index), pending }, IT, gpu));
    assert.match(alone, /\*\*25 000 GPU\*\*/, 'the figure itself is known at once');
    assert.match(alone, /_Other sources: still reading 120 of 2000 files…_$/);
    assert.doesNotMatch(alone, /No other source states this figure/);
    // a claim among the open articles: its verdict first, then what the other sources wait for
    const it4 = index.document(IT)!.figures[0]!;
    const claimed = renderHoverCard(buildHoverCard({ ...context(index), pending }, IT, it4)).split('\n');
    assert.match(claimed[0]!, /^\*\*⚠ conflict\*\*/);
    assert.equal(claimed[2], `_${pending}_`);
    assert.doesNotMatch(renderHoverCard(buildHoverCard(context(index), IT, it4)), /Other sources:/);
  });

  it('escapes article text so it cannot inject Markdown or HTML', () => {
    const card = {
      text: '<img src=x onerror=alert(1)> | [x](command:evil)',
      normalized: '1 EUR',
      conversion: null,
      claim: { label: '*bold* <script>', status: 'agree' as const },
      others: [
        {
          source: 'a|b.txt',
          line: 1,
          text: '</td>|`x`',
          normalized: '2 EUR',
          conflicting: false,
          link: 'command:crosscheck.openSource?%5B%5D',
        },
      ],
      checked: false,
    };
    const markdown = renderHoverCard(card);
    // Every character that means something to Markdown is escaped: no tag, no link can come from the article.
    assert.doesNotMatch(markdown, /(?<!\\)</);
    assert.doesNotMatch(markdown, /(?<!\\)\[x(?<!\\)\]\(command:evil/);
    assert.ok(markdown.includes('\\<img src=x onerror=alert(1)\\>'));
    // One list line with one link, the command's own: the brackets of the article are escaped.
    const row = markdown.split('\n').find((l) => l.startsWith('- '))!;
    assert.equal(row.match(/(?<!\\)\]\(/g)?.length, 1);
    assert.ok(row.includes('«\\</td\\>\\|\\`x\\`»'), row);
  });
});

describe('converted amounts', () => {
  it('keep three significant digits', () => {
    assert.equal(roughly(3_690_036_900), 3_690_000_000);
    assert.equal(roughly(941_234), 941_000);
    assert.equal(roughly(12_345.6), 12_300);
    assert.equal(roughly(987.6), 988);
  });
});

describe('hover card limits and language', () => {
  const row = (i: number) => ({
    source: `s${i}.txt`,
    line: i,
    text: `${i} M€`,
    normalized: `${i} 000 000 EUR`,
    conflicting: false,
    link: 'command:crosscheck.openSource?%5B%5D',
  });
  const card = (n: number) => ({
    text: '4 M€',
    normalized: '4 000 000 EUR',
    conversion: null,
    checked: false,
    claim: { label: 'A — investment — B', status: 'agree' as const },
    others: Array.from({ length: n }, (_, i) => row(i)),
    allMentionsLink: 'command:crosscheck.showClaimMentions?%5B%5D',
  });

  it('shows at most MAX_ROWS other mentions and links to all of them', () => {
    const markdown = renderHoverCard(card(MAX_ROWS + 5));
    assert.equal(markdown.split('\n').filter((l) => l.startsWith('- [')).length, MAX_ROWS);
    assert.match(markdown, /\[…and 5 more: show all mentions\]\(command:crosscheck\.showClaimMentions\?/);
    assert.doesNotMatch(renderHoverCard(card(3)), /more: show all mentions/);
  });

  it('speaks French when VS Code does', () => {
    setLocale('fr');
    try {
      const markdown = renderHoverCard(card(1));
      assert.match(markdown, /\*\*Affirmation :\*\*|\*\*Affirmation:\*\*/);
      assert.match(markdown, /^\*\*✓ concordant\*\*/);
      const verdict = renderHoverCard({
        ...card(1),
        claim: { label: 'A', status: 'conflict', code: 'conflict', role: 'apart', distance: '−7%' },
      });
      assert.match(verdict.split('\n')[0]!, /^\*\*⚠ conflit\*\* · `conflict` — ce chiffre se démarque \(−7%\)$/);
    } finally {
      setLocale('en');
    }
  });
});

describe('inlay hints', () => {
  it('follow each figure with its normalized value, except where the text already says it', () => {
    const doc = new ResultIndex(fixtureResult()).document(IT)!;
    const lines = new LineIndex(doc.text);
    const hints = inlayHints(
      [...doc.figures, { start: 0, end: 4, text: '2027', kind: 'date', value: 2027, unit: 'year' }],
      lines,
    );
    assert.deepEqual(
      hints.map((h) => h.label),
      ['= 4 000 000 000 USD', '= 25 000 GPU'],
    );
    assert.deepEqual(hints[1]!.position, lines.positionAt(doc.figures[1]!.end));
    assert.equal(hints[0]!.paddingLeft, true);
  });
});
