/**
 * The quick fix "Mark as checked" on the Italian conflict: the diagnostic goes away, the decision lands in
 * .crosscheck/review.json of the workspace folder, and the article itself is not touched. Each suite removes the
 * review file it wrote (ownState), so that the others see every conflict of the seeds in any order.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import {
  conflictsOn,
  crosscheckApi,
  describeDiagnostics,
  crosscheckDiagnostics,
  extensionPath,
  ownState,
  rangeOf,
  reviewFileUri,
  SEEDS,
  seed,
  waitFor,
  workspaceFolder,
} from './helpers';

interface ReviewEntry {
  path: string;
  text: string;
  start: number;
}
interface ReviewFile {
  version: number;
  checked: ReviewEntry[];
  ignored?: ReviewEntry[];
}

async function runAction(action: vscode.CodeAction | vscode.Command): Promise<void> {
  if ('command' in action && typeof action.command === 'string') {
    const command = action as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    return;
  }
  const codeAction = action as vscode.CodeAction;
  if (codeAction.edit) assert.ok(await vscode.workspace.applyEdit(codeAction.edit));
  if (codeAction.command)
    await vscode.commands.executeCommand(codeAction.command.command, ...(codeAction.command.arguments ?? []));
}

async function quickFixesOn(
  document: vscode.TextDocument,
  figure: vscode.Range,
): Promise<(vscode.CodeAction | vscode.Command)[]> {
  const [conflict] = await waitFor(`a conflict on “${document.getText(figure)}”`, () => {
    const found = conflictsOn(document.uri, figure);
    return found.length > 0 ? found : undefined;
  });
  assert.ok(conflict);
  return (
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      conflict.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

describe('the quick fixes on a conflict', () => {
  ownState('the quick fixes on a conflict');

  it('open each other source, show the claim’s mentions, mark as checked, ignore the figure', async () => {
    await crosscheckApi();
    const italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    await vscode.window.showTextDocument(italian);
    const actions = await quickFixesOn(italian, rangeOf(italian, '4 mld di dollari'));
    const titles = actions.map((a) => a.title);
    for (const expected of [
      new RegExp(`^Open ${SEEDS.franceUsd.replace('.', '\\.')}`),
      new RegExp(`^Open ${SEEDS.franceEur.replace('.', '\\.')}`),
      /mentions/i,
      /^Mark as checked/,
      /^Ignore this figure/,
    ]) {
      assert.ok(
        titles.some((t) => expected.test(t)),
        `${expected} among ${JSON.stringify(titles)}`,
      );
    }
    const open = actions.find((a) => a.title.startsWith(`Open ${SEEDS.franceUsd}`));
    assert.ok(open);
    await runAction(open);
    const editor = await waitFor(`${SEEDS.franceUsd} in the active editor`, () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(`/${SEEDS.franceUsd}`) ? e : undefined;
    });
    assert.equal(
      editor.document.getText(editor.selection),
      '4,3 milliards de dollars',
      'the other source opens on its figure',
    );
  });
});

describe('the quick fix "Mark as checked"', () => {
  ownState('the quick fix "Mark as checked"');

  it('removes the conflict and records it in .crosscheck/review.json', async () => {
    await crosscheckApi();
    const italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    await vscode.window.showTextDocument(italian);
    const before = italian.getText();
    const figure = rangeOf(italian, '4 mld di dollari');
    const [conflict] = await waitFor('the conflict on “4 mld di dollari”', () => {
      const found = conflictsOn(italian.uri, figure);
      return found.length > 0 ? found : undefined;
    });
    assert.ok(conflict);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      italian.uri,
      conflict.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = (actions ?? []).map((a) => a.title);
    const markChecked = (actions ?? []).find((a) => /^Mark as checked/i.test(a.title));
    assert.ok(markChecked, `quick fixes offered: ${JSON.stringify(titles)}`);
    await runAction(markChecked);

    await waitFor(
      'the conflict on “4 mld di dollari” to go away',
      () => conflictsOn(italian.uri, figure).length === 0,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; now:\n  ${describeDiagnostics(crosscheckDiagnostics(italian.uri))}`);
    });

    const review = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewFileUri())),
    ) as ReviewFile;
    assert.equal(review.version, 1);
    const entry = review.checked.find((c) => c.text === '4 mld di dollari');
    assert.ok(entry, `checked entries: ${JSON.stringify(review.checked)}`);
    assert.equal(
      entry.path.replace(/\\/g, '/'),
      SEEDS.italian,
      'paths in the review file are relative to the workspace folder',
    );
    assert.equal(entry.start, italian.offsetAt(figure.start));

    assert.equal(italian.getText(), before, 'the extension never changes an article');
    assert.equal(italian.isDirty, false);
  });

  it('"Ignore this figure" takes the figure out of the comparison and records it as ignored', async () => {
    const italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    const figure = rangeOf(italian, '4 miliardi di dollari');
    const ignore = (await quickFixesOn(italian, figure)).find((a) => /^Ignore this figure/.test(a.title));
    assert.ok(ignore, 'an "Ignore this figure" quick fix');
    await runAction(ignore);
    await waitFor(
      'the conflict on “4 miliardi di dollari” to go away',
      () => conflictsOn(italian.uri, figure).length === 0,
    );
    const review = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewFileUri())),
    ) as ReviewFile;
    assert.ok(
      (review.ignored ?? []).some(
        (e) => e.text === '4 miliardi di dollari' && e.path.replace(/\\/g, '/') === SEEDS.italian,
      ),
      `ignored entries: ${JSON.stringify(review.ignored)}`,
    );
    assert.ok(
      review.checked.some((e) => e.text === '4 mld di dollari'),
      'the earlier decision is kept',
    );
  });

  it('is shared through the review file: the CLI on the same folder no longer reports it', () => {
    const italian = seed(SEEDS.italian);
    const cli = spawnSync(
      process.execPath,
      [path.join(extensionPath(), 'dist', 'cli.js'), 'check', workspaceFolder().fsPath, '--format', 'json'],
      { encoding: 'utf8', cwd: workspaceFolder().fsPath },
    );
    assert.equal(cli.error, undefined);
    const result = JSON.parse(cli.stdout) as {
      diagnostics: { path: string; start: number; end: number; code: string }[];
    };
    const text = readFileSync(italian.fsPath, 'utf8');
    const start = text.indexOf('4 mld di dollari');
    const onFigure = result.diagnostics.filter(
      (d) =>
        d.path.endsWith(SEEDS.italian) &&
        d.code.startsWith('conflict') &&
        d.start < start + '4 mld di dollari'.length &&
        d.end > start,
    );
    assert.ok(
      result.diagnostics.some((d) => d.path.endsWith(SEEDS.italian)),
      'the CLI still reports the article’s other conflicts',
    );
    assert.deepEqual(onFigure, [], 'the figure marked as checked in .crosscheck/review.json');
  });
});

describe('resolving a whole claim', () => {
  ownState('resolving a whole claim');

  async function reviewText(): Promise<string> {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewFileUri()));
  }

  it('checks every mention with the conclusion, lists the claim under Reviewed, and unmarking brings the conflict back', async () => {
    const api = await crosscheckApi();
    const italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    await vscode.window.showTextDocument(italian);
    const figure = rangeOf(italian, '4 mld di dollari');
    const french = await vscode.workspace.openTextDocument(seed(SEEDS.franceUsd));
    const frenchFigure = rangeOf(french, '4,3 milliards de dollars');
    await waitFor('the conflict on “4 mld di dollari”', () => conflictsOn(italian.uri, figure).length > 0);
    assert.ok(conflictsOn(french.uri, frenchFigure).length > 0, 'the agreeing French figure is informed first');
    assert.ok(!(await api.claimsViewItems()).some((i) => i.section === 'reviewed'), 'nothing reviewed yet');

    const target = {
      uri: italian.uri.toString(),
      start: italian.offsetAt(figure.start),
      end: italian.offsetAt(figure.end),
    };
    const done = await vscode.commands.executeCommand('crosscheck.resolveClaim', {
      ...target,
      resolution: 'apart-wrong',
    });
    assert.equal(done, true);
    await waitFor(
      'the claim’s diagnostics to go, in the Italian and the French article',
      () => conflictsOn(italian.uri, figure).length === 0 && conflictsOn(french.uri, frenchFigure).length === 0,
    );
    const text = await reviewText();
    const lines = text.split('\n').filter((l) => l.includes('"resolution": "apart-wrong"'));
    for (const name of [SEEDS.italian, SEEDS.franceUsd, SEEDS.franceEur])
      assert.ok(
        lines.some((l) => l.trim().startsWith(`{"path": "${name}"`)),
        `one line per decision, ${name} among them:\n${text}`,
      );
    const reviewed = await waitFor('the claim in the Reviewed section of the Claims view', async () => {
      const items = (await api.claimsViewItems()).filter((i) => i.section === 'reviewed');
      return items.length > 0 ? items : undefined;
    });
    assert.ok(
      reviewed.some((i) => i.resolution === 'apart-wrong' && i.verdict === 'conflict'),
      JSON.stringify(reviewed),
    );
    assert.equal(italian.isDirty, false, 'the extension never changes an article');

    assert.equal(await vscode.commands.executeCommand('crosscheck.unmarkClaim', target), true);
    await waitFor('the conflict on “4 mld di dollari” to come back', () => conflictsOn(italian.uri, figure).length > 0);
    assert.doesNotMatch(await reviewText(), /"resolution"/, 'every decision of the claim is undone');
    await waitFor('the Reviewed section to empty', async () =>
      (await api.claimsViewItems()).every((i) => i.section !== 'reviewed'),
    );
  });

  it('"Unmark Figure as Checked" undoes one figure’s mark', async () => {
    await crosscheckApi();
    const italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    await vscode.window.showTextDocument(italian);
    const figure = rangeOf(italian, '4 mld di dollari');
    await waitFor('the conflict on “4 mld di dollari”', () => conflictsOn(italian.uri, figure).length > 0);
    const target = {
      uri: italian.uri.toString(),
      start: italian.offsetAt(figure.start),
      end: italian.offsetAt(figure.end),
    };
    await vscode.commands.executeCommand('crosscheck.markChecked', target);
    await waitFor('the conflict to go', () => conflictsOn(italian.uri, figure).length === 0);
    assert.match(await reviewText(), /"text": "4 mld di dollari"/);
    await vscode.commands.executeCommand('crosscheck.unmarkChecked', target);
    await waitFor('the conflict to come back', () => conflictsOn(italian.uri, figure).length > 0);
    assert.doesNotMatch(await reviewText(), /4 mld di dollari/);
  });
});
