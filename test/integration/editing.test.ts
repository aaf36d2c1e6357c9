/**
 * Typing in one article re-checks the others: issue 4's "editing a figure in one file updates the
 * diagnostics of another". The edit is put back (and saved) afterwards: the suites run in any order.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  crosscheckApi,
  crosscheckDiagnostics,
  describeDiagnostics,
  fileName,
  ownState,
  replaceInDocument,
  SEEDS,
  seed,
  textAt,
  waitFor,
} from './helpers';

/** Conflicts in the Italian article whose related information points into `source`. */
function italianConflictsRelatedTo(source: string): vscode.Diagnostic[] {
  return crosscheckDiagnostics(seed(SEEDS.italian)).filter((d) =>
    (d.relatedInformation ?? []).some((r) => fileName(r.location.uri) === source),
  );
}

describe('editing a figure', () => {
  let french: vscode.TextDocument;
  ownState('editing a figure', async () => {
    if (french.getText().includes('4 milliards de dollars dans des projets')) {
      await replaceInDocument(
        french,
        '4 milliards de dollars dans des projets',
        '4,3 milliards de dollars dans des projets',
      );
    }
    await french.save();
    await waitFor(
      'the Italian conflict with the restored French article',
      () => italianConflictsRelatedTo(SEEDS.franceUsd).length > 0,
    );
  });

  before(async () => {
    await crosscheckApi();
    french = await vscode.workspace.openTextDocument(seed(SEEDS.franceUsd));
    await vscode.window.showTextDocument(french);
  });

  it('in one article updates the diagnostics of another, before saving', async () => {
    // Before: the Italian USD 4 bn contradicts this article's USD 4.3 bn.
    await waitFor(
      'an Italian conflict related to the French USD figure',
      () => italianConflictsRelatedTo(SEEDS.franceUsd).length > 0,
    );
    // The French article now says USD 4 bn, as the Italian one does: they agree, whatever else remains.
    await replaceInDocument(
      french,
      '4,3 milliards de dollars dans des projets',
      '4 milliards de dollars dans des projets',
    );
    assert.ok(french.isDirty, 'the edit is typed, not saved: the re-check must not wait for a save');
    await waitFor(
      'the Italian diagnostics to drop their link to the edited article',
      () => italianConflictsRelatedTo(SEEDS.franceUsd).length === 0,
    ).catch((e: Error) => {
      throw new Error(
        `${e.message}; Italian diagnostics:\n  ${describeDiagnostics(crosscheckDiagnostics(seed(SEEDS.italian)))}`,
      );
    });
  });

  it('keeps the last of quick successive edits, never an older version’s result', async () => {
    // Typed in a burst, faster than a check: 4 -> 7 -> 5 -> 9 -> 4,3 (the original, which conflicts again).
    for (const [from, to] of [
      ['4 ', '7 '],
      ['7 ', '5 '],
      ['5 ', '9 '],
      ['9 ', '4,3 '],
    ]) {
      await replaceInDocument(
        french,
        `${from}milliards de dollars dans des projets`,
        `${to}milliards de dollars dans des projets`,
      );
    }
    const pointsAtFinalText = async () => {
      const related = italianConflictsRelatedTo(SEEDS.franceUsd)
        .flatMap((d) => d.relatedInformation ?? [])
        .filter((r) => fileName(r.location.uri) === SEEDS.franceUsd);
      if (related.length === 0) return false;
      const texts = await Promise.all(related.map((r) => textAt(r.location)));
      return texts.every((t) => t === '4,3 milliards de dollars');
    };
    await waitFor('the Italian conflict pointing at the final “4,3 milliards de dollars”', pointsAtFinalText);
    // A result computed for an older version, arriving late, would point at “9 milliards …” (or nowhere).
    for (let i = 0; i < 15; i++) {
      await new Promise((r) => setTimeout(r, 100));
      assert.ok(await pointsAtFinalText(), 'a stale result replaced the last one');
    }
  });
});
