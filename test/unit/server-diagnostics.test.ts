import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { quickFixes } from '../../src/server/code-actions';
import { ConvertedDiagnostics, diagnosticsOf, type DiagnosticContext } from '../../src/server/diagnostics';
import { LineIndex } from '../../src/server/lines';
import { pathToUri } from '../../src/node/paths';
import { DiagnosticsPublisher, sameJson } from '../../src/server/publisher';
import { ResultIndex } from '../../src/server/result-index';
import { resolveSettings, severityFor } from '../../src/server/settings';
import { FR_A, FR_B, IT, fixtureResult } from './server-fixture';

const index = new ResultIndex(fixtureResult());

function context(overrides: Partial<DiagnosticContext> = {}): DiagnosticContext {
  return {
    settings: resolveSettings(undefined),
    docsBaseUri: 'file:///ext/docs/codes',
    relatedInformation: true,
    codeDescription: true,
    uriOf: pathToUri,
    lines: (p) => new LineIndex(index.document(p)!.text),
    isChecked: () => false,
    ...overrides,
  };
}

describe('placed severities (core/claims/placement.ts)', () => {
  it('a mention the engine only informs stays information under the default warning, and the setting still lowers or mutes it', () => {
    const d = fixtureResult().diagnostics.find((x) => x.code.startsWith('conflict'))!;
    const informed = { ...d, severity: 'information' as const };
    assert.equal(diagnosticsOf(context(), [informed])[0]!.severity, DiagnosticSeverity.Information);
    assert.equal(diagnosticsOf(context(), [d])[0]!.severity, DiagnosticSeverity.Warning);
    const errors = context({ settings: resolveSettings({ severity: { [d.code]: 'error' } }) });
    assert.equal(diagnosticsOf(errors, [d])[0]!.severity, DiagnosticSeverity.Error, 'the outlier follows the setting');
    assert.equal(diagnosticsOf(errors, [informed])[0]!.severity, DiagnosticSeverity.Information);
    const hints = context({ settings: resolveSettings({ severity: { [d.code]: 'hint' } }) });
    assert.equal(diagnosticsOf(hints, [informed])[0]!.severity, DiagnosticSeverity.Hint);
    assert.equal(
      diagnosticsOf(context({ settings: resolveSettings({ severity: { [d.code]: 'off' } }) }), [informed]).length,
      0,
    );
  });
});

describe('messages in the UI language', () => {
  it('an informed mention carries the message worded again in the UI language; without one, the engine’s stays', () => {
    const d = fixtureResult().diagnostics.find((x) => x.code.startsWith('conflict'))!;
    const informed = { ...d, severity: 'information' as const };
    const french = context({
      reword: (x) => (x.severity === 'information' ? 'ici concorde avec la majorité' : undefined),
    });
    assert.equal(diagnosticsOf(french, [informed])[0]!.message, 'ici concorde avec la majorité');
    assert.equal(diagnosticsOf(french, [d])[0]!.message, d.message, 'the outlier keeps the engine’s message');
    assert.equal(diagnosticsOf(context(), [informed])[0]!.message, d.message);
  });
});

describe('crosscheck.language', () => {
  it('defaults to auto (VS Code’s display language) and takes a language subtag; anything else is auto', () => {
    assert.equal(resolveSettings(undefined).language, 'auto');
    assert.equal(resolveSettings({ language: 'pl' }).language, 'pl');
    assert.equal(resolveSettings({ language: 'pt-br' }).language, 'pt-br');
    assert.equal(resolveSettings({ language: '../../etc' }).language, 'auto');
    assert.equal(resolveSettings({ language: 3 as unknown as string }).language, 'auto');
  });
});

describe('severity settings', () => {
  it('defaults conflicts to warnings and unreadable figures to information', () => {
    const s = resolveSettings(undefined);
    assert.equal(severityFor('conflict', s), DiagnosticSeverity.Warning);
    assert.equal(severityFor('conflict-scale', s), DiagnosticSeverity.Warning);
    assert.equal(severityFor('unreadable-figure', s), DiagnosticSeverity.Information);
  });

  it('follows the per-code setting, "off" included, and ignores invalid values', () => {
    const s = resolveSettings({
      severity: { conflict: 'error', 'conflict-date': 'off', 'conflict-scale': 'loud' as never },
    });
    assert.equal(severityFor('conflict', s), DiagnosticSeverity.Error);
    assert.equal(severityFor('conflict-date', s), undefined);
    assert.equal(severityFor('conflict-scale', s), DiagnosticSeverity.Warning);
  });

  it('fills in defaults and rejects wrong types', () => {
    const s = resolveSettings({
      files: { include: 'x' as never, maxSizeKB: -3 },
      baseCurrency: 'usd',
      check: { trigger: 'sometimes' as never },
    });
    assert.deepEqual(s.include, ['**/*.txt', '**/*.md', '**/*.article']);
    assert.equal(s.maxBytes, 1024 * 1024);
    assert.equal(s.baseCurrency, 'USD');
    assert.equal(s.trigger, 'onType');
    assert.equal(resolveSettings({ baseCurrency: 'euro' }).baseCurrency, 'EUR');
  });
});

describe('LSP diagnostics', () => {
  it('carries source, code, documentation link and related information into the French articles', () => {
    const [d] = diagnosticsOf(context(), index.diagnostics(IT));
    assert.ok(d);
    assert.equal(d.source, 'crosscheck');
    assert.equal(d.code, 'conflict');
    assert.equal(d.codeDescription?.href, 'file:///ext/docs/codes/conflict.md');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(d.range, { start: { line: 2, character: 18 }, end: { line: 2, character: 34 } });
    assert.deepEqual(
      d.relatedInformation?.map((r) => r.location.uri),
      [pathToUri(FR_A), pathToUri(FR_B)],
    );
    assert.deepEqual(d.relatedInformation?.[1]?.location.range.start, { line: 2, character: 21 });
  });

  it('folds related information into the message when the client cannot show it', () => {
    const [d] = diagnosticsOf(context({ relatedInformation: false, codeDescription: false }), index.diagnostics(IT));
    assert.equal(d?.relatedInformation, undefined);
    assert.equal(d?.codeDescription, undefined);
    assert.match(d!.message, /Other sources: 000_fr\.txt:1 USD 4\.3 bn; 001_fr\.txt:3 EUR 4 bn/);
  });

  it('leaves out checked figures and codes turned off', () => {
    assert.deepEqual(diagnosticsOf(context({ isChecked: () => true }), index.diagnostics(IT)), []);
    const off = context({ settings: resolveSettings({ severity: { conflict: 'off' } }) });
    assert.deepEqual(diagnosticsOf(off, index.diagnostics(IT)), []);
  });
});

describe('quick fixes', () => {
  it('offers to open each other source, show the mentions, mark as checked, resolve the claim and ignore', () => {
    const [d] = diagnosticsOf(context(), index.diagnostics(IT));
    const actions = quickFixes(pathToUri(IT), d!, '4 mld di dollari', { start: 18 + 14, end: 34 + 14, claim: 'c1' });
    assert.deepEqual(
      actions.map((a) => a.command?.command),
      [
        'crosscheck.openSource',
        'crosscheck.openSource',
        'crosscheck.showClaimMentions',
        'crosscheck.markChecked',
        'crosscheck.resolveClaim',
        'crosscheck.ignoreFigure',
      ],
    );
    // resolving asks for the conclusion in the client: the arguments name the figure only
    assert.deepEqual(actions[4]!.command?.arguments, [{ uri: pathToUri(IT), start: 32, end: 48 }]);
    // a diagnostic with no claim is not offered the claim's resolution
    const lone = quickFixes(pathToUri(IT), { ...d!, relatedInformation: [] }, '4 mld di dollari', {
      start: 32,
      end: 48,
    });
    assert.ok(!lone.some((a) => a.command?.command === 'crosscheck.resolveClaim'));
    assert.ok(lone.some((a) => a.command?.command === 'crosscheck.markChecked'));
    assert.match(actions[0]!.title, /^Open 000_fr\.txt \(line 1\)/);
    assert.equal(actions[3]!.title, 'Mark as checked: “4 mld di dollari”');
    assert.equal(actions[3]!.isPreferred, true);
    assert.deepEqual(actions[3]!.command?.arguments, [{ uri: pathToUri(IT), start: 32, end: 48 }]);
    assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics?.[0] === d));
  });

  it('offers nothing for another tool’s diagnostic', () => {
    const [d] = diagnosticsOf(context(), index.diagnostics(IT));
    assert.deepEqual(quickFixes('file:///x', { ...d!, source: 'cSpell' }, 'x', { start: 0, end: 1 }), []);
  });
});

describe('converted diagnostics, reused while nothing they read changed', () => {
  // the engine's diagnostics as the check worker sends them: new objects at every check
  // (the Italian article stands apart: its diagnostic points at both French ones)
  const again = () => structuredClone(index.diagnostics(IT));
  const lines = new Map([FR_A, FR_B, IT].map((p) => [p, new LineIndex(index.document(p)!.text)]));
  const ctx = context({ lines: (p) => lines.get(p) });

  it('gives the same conversion as diagnosticsOf, and reuses it for equal diagnostics of the next check', () => {
    const cache = new ConvertedDiagnostics();
    const first = cache.of(ctx, IT, again(), ['doc', '']);
    assert.ok(first.length > 0);
    assert.deepEqual(first, diagnosticsOf(ctx, index.diagnostics(IT)));
    cache.begin();
    assert.equal(cache.of(ctx, IT, again(), ['doc', '']), first, 'the same array: the publisher skips it at once');
    assert.deepEqual([cache.converted, cache.reused], [0, 1]);
  });

  it('converts again when a diagnostic, a related source’s text, the settings or the checked marks change', () => {
    const cache = new ConvertedDiagnostics();
    const first = cache.of(ctx, IT, again(), ['doc', '']);
    const moved = again().map((d, i) => (i === 0 ? { ...d, message: `${d.message}!` } : d));
    assert.notEqual(cache.of(ctx, IT, moved, ['doc', '']), first);
    const base = cache.of(ctx, IT, again(), ['doc', '']);
    // a related source's text changed: its line index is a new one, its ranges may have moved
    const related = index.diagnostics(IT)[0]!.related[0]!.path;
    const edited = new Map(lines).set(related, new LineIndex(`\n${index.document(related)!.text}`));
    const afterEdit = cache.of(context({ lines: (p) => edited.get(p) }), IT, again(), ['doc', '']);
    assert.notEqual(afterEdit, base);
    assert.notDeepEqual(afterEdit, base, 'the related range moved one line down');
    const quiet = context({
      lines: (p) => edited.get(p),
      settings: resolveSettings({ severity: { conflict: 'hint' } }),
    });
    assert.notEqual(cache.of(quiet, IT, again(), ['doc', '']), afterEdit);
    const marked = cache.of(quiet, IT, again(), ['doc', '37']);
    assert.equal(cache.of(quiet, IT, again(), ['doc', '37']), marked);
    assert.notEqual(cache.of(quiet, IT, again(), ['other doc', '37']), marked);
  });

  it('forgets files a publish no longer has', () => {
    const cache = new ConvertedDiagnostics();
    const first = cache.of(ctx, IT, again(), ['doc', '']);
    cache.keepOnly(new Set([FR_A]));
    assert.notEqual(cache.of(ctx, IT, again(), ['doc', '']), first);
  });
});

describe('publisher', () => {
  it('sends only changed files and clears files that lost their diagnostics', () => {
    const sent: [string, number][] = [];
    const p = new DiagnosticsPublisher((uri, ds) => sent.push([uri, ds.length]));
    const [d] = diagnosticsOf(context(), index.diagnostics(IT));
    p.publish(
      new Map([
        ['a', [d!]],
        ['b', [d!]],
      ]),
    );
    assert.deepEqual(sent, [
      ['a', 1],
      ['b', 1],
    ]);
    sent.length = 0;
    p.publish(new Map([['a', [d!]]]));
    assert.deepEqual(sent, [['b', 0]]);
    sent.length = 0;
    p.publish(new Map([['a', [{ ...d!, message: 'changed' }]]]));
    assert.deepEqual(sent, [['a', 1]]);
    assert.equal(p.current('a')[0]?.message, 'changed');
  });
});

describe('sameJson', () => {
  it('compares diagnostics as their JSON would, whatever the key order', () => {
    const a = { range: { start: { line: 1, character: 2 } }, related: [{ uri: 'u', message: 'm' }], data: undefined };
    assert.equal(
      sameJson(a, { related: [{ message: 'm', uri: 'u' }], range: { start: { character: 2, line: 1 } } }),
      true,
    );
    assert.equal(sameJson(a, { ...a, related: [{ uri: 'u', message: 'n' }] }), false);
    assert.equal(sameJson(a, { ...a, related: [] }), false);
    assert.equal(sameJson([1, 2], { 0: 1, 1: 2 }), false);
    assert.equal(sameJson({ a: null }, { a: 0 }), false);
  });
});
