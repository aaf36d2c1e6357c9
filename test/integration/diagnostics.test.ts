/**
 * Issue 4 in a real VS Code, on a pristine copy of seeds/: the conflicts of the Italian article in the
 * Problems panel, no link between the German story and the French ones, the hover card of a figure.
 * Nothing here edits the workspace; its editor is closed after it (ownState).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  conflictsOn,
  crosscheckApi,
  crosscheckDiagnostics,
  describeDiagnostics,
  fileName,
  ownState,
  rangeOf,
  SEEDS,
  seed,
  textAt,
  waitFor,
} from './helpers';

describe('diagnostics on the seeds', () => {
  let italian: vscode.TextDocument;
  ownState('diagnostics on the seeds');

  before(async () => {
    await crosscheckApi();
    italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    await vscode.window.showTextDocument(italian);
  });

  it('flags "4 mld di dollari" with a conflict whose related information points into both French articles on France', async () => {
    const figure = rangeOf(italian, '4 mld di dollari');
    const [conflict] = await waitFor('a conflict diagnostic on “4 mld di dollari”', () => {
      const found = conflictsOn(italian.uri, figure);
      return found.length > 0 ? found : undefined;
    }).catch((e: Error) => {
      throw new Error(
        `${e.message}; diagnostics of ${SEEDS.italian}:\n  ${describeDiagnostics(crosscheckDiagnostics(italian.uri))}`,
      );
    });
    assert.ok(conflict);
    assert.equal(conflict.source, 'crosscheck');
    const related = conflict.relatedInformation ?? [];
    const into = (name: string) => related.filter((r) => fileName(r.location.uri) === name);
    assert.ok(
      into(SEEDS.franceUsd).length > 0,
      `related information should point into ${SEEDS.franceUsd}: ${describeDiagnostics([conflict])}`,
    );
    assert.ok(
      into(SEEDS.franceEur).length > 0,
      `related information should point into ${SEEDS.franceEur}: ${describeDiagnostics([conflict])}`,
    );
    // ... and at the investment figures there, not just anywhere in those files.
    const usdTexts = await Promise.all(into(SEEDS.franceUsd).map((r) => textAt(r.location)));
    const eurTexts = await Promise.all(into(SEEDS.franceEur).map((r) => textAt(r.location)));
    assert.ok(
      usdTexts.some((t) => t.includes('4,3 milliards de dollars')),
      `related text in ${SEEDS.franceUsd}: ${JSON.stringify(usdTexts)}`,
    );
    assert.ok(
      eurTexts.some((t) => t.includes('4 milliards d’euros')),
      `related text in ${SEEDS.franceEur}: ${JSON.stringify(eurTexts)}`,
    );
  });

  it('warns where the disagreement is: the Italian figure that stands apart, while the French figures that agree are only informed and name it', async () => {
    const french = await vscode.workspace.openTextDocument(seed(SEEDS.franceUsd));
    const agreeing = await waitFor('an information-level conflict on “4,3 milliards de dollars”', () => {
      const found = conflictsOn(french.uri, rangeOf(french, '4,3 milliards de dollars'));
      return found.length > 0 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Information)
        ? found
        : undefined;
    }).catch((e: Error) => {
      throw new Error(
        `${e.message}; diagnostics of ${SEEDS.franceUsd}:\n  ${describeDiagnostics(crosscheckDiagnostics(french.uri))}`,
      );
    });
    assert.equal(agreeing.length, 1, 'one diagnostic per mention per claim');
    assert.ok(codeOf(agreeing[0]!).startsWith('conflict'), 'the information keeps its conflict code');
    assert.ok(agreeing[0]!.message.includes(SEEDS.italian), `names the outlier: ${agreeing[0]!.message}`);
    const outlier = conflictsOn(italian.uri, rangeOf(italian, '4 mld di dollari'));
    assert.ok(
      outlier.length === 1 && outlier[0]!.severity === vscode.DiagnosticSeverity.Warning,
      describeDiagnostics(outlier),
    );
  });

  it('links each diagnostic code to its documentation page in the repository', async () => {
    const conflicts = await waitFor('conflicts in the Italian article', () => {
      const found = crosscheckDiagnostics(italian.uri).filter((d) => codeOf(d).startsWith('conflict'));
      return found.length > 0 ? found : undefined;
    });
    for (const d of conflicts) {
      assert.ok(
        typeof d.code === 'object' && d.code.target instanceof vscode.Uri,
        `code of “${d.message}” should be { value, target }`,
      );
      assert.ok(
        d.code.target.path.endsWith(`/docs/codes/${codeOf(d)}.md`),
        `target ${d.code.target.toString()} for code ${codeOf(d)}`,
      );
    }
  });

  it('never links the German story with the French ones', async () => {
    // Wait for the workspace's diagnostics to be there, so that "no link" is not just "nothing yet".
    await waitFor(
      'the Italian conflict',
      () => conflictsOn(italian.uri, rangeOf(italian, '4 mld di dollari')).length > 0,
    );
    const france = new Set<string>([SEEDS.franceUsd, SEEDS.franceEur]);
    const links: string[] = [];
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics.filter((x) => x.source === 'crosscheck')) {
        const ends = [fileName(uri), ...(d.relatedInformation ?? []).map((r) => fileName(r.location.uri))];
        if (ends.includes(SEEDS.germany) && ends.some((e) => france.has(e)))
          links.push(`${fileName(uri)}: ${describeDiagnostics([d])}`);
      }
    }
    assert.deepEqual(links, [], 'diagnostics linking the German article with the French ones');
  });

  /** The Markdown of the hovers at `needle`, without escapes and with plain spaces for digit grouping. */
  async function hoverText(needle: string): Promise<string> {
    const inside = rangeOf(italian, needle).start.translate(0, 2);
    const text = await waitFor(`a Crosscheck hover on “${needle}”`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        italian.uri,
        inside,
      );
      const all = (hovers ?? [])
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : c.value))
        .join('\n');
      return all.trim() === '' ? undefined : all;
    });
    // Grouping may use a plain, no-break or narrow no-break space; the value is what matters.
    return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\\(?=[^\s])/g, '');
  }

  it('shows 25 000 GPU when hovering “25mila GPU”', async () => {
    const text = await hoverText('25mila GPU');
    assert.ok(text.includes('25 000 GPU'), `hover text:\n${text}`);
  });

  it('leads the hover with the verdict and the other sources, details (normalized value, conversion) after', async () => {
    const text = await hoverText('4 mld di dollari');
    const lines = text.split('\n');
    // the first line is the verdict and the hovered figure's part in it: the Italian figure stands apart
    assert.match(
      lines[0] ?? '',
      /^\*\*⚠ conflict\*\* · `conflict[a-z-]*` — this figure stands apart/,
      `hover text:\n${text}`,
    );
    const firstLink = text.indexOf('](command:crosscheck.openSource');
    const details = text.indexOf('4 000 000 000 USD');
    assert.ok(firstLink > 0 && details > firstLink, `the other sources come before the details:\n${text}`);
    assert.ok(
      text.indexOf('\n---\n') > firstLink && text.indexOf('\n---\n') < details,
      `a rule before the details:\n${text}`,
    );
  });

  it('shows a money figure normalized, in the base currency with its rate and date, and what the other sources say', async () => {
    const text = await hoverText('4 mld di dollari');
    assert.ok(text.includes('4 000 000 000 USD'), `hover text:\n${text}`);
    assert.match(text, /[\d ]+ EUR/, 'the amount in the base currency (EUR by default)');
    assert.match(text, /\b2024-05-\d\d\b/, 'the date of the rate used');
    assert.match(text, /\b1[.,]0\d+/, 'the USD/EUR rate used');
    // Every other source of the claim, each linked to open that place.
    for (const other of [SEEDS.franceUsd, SEEDS.franceEur]) {
      assert.ok(
        new RegExp(`\\[${other.replace(/[.]/g, '\\.')}:\\d+\\]\\(command:crosscheck\\.openSource`).test(text),
        `a link to ${other} in:\n${text}`,
      );
    }
  });
});
