/**
 * The status-bar summary of the workspace (conflicts, claims, files) and crosscheck.scope "openFiles": only the
 * articles open in the editor are read and compared; an article on disk that is not open counts once opened.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceSummary } from '../../src/protocol';
import { crosscheckApi, fileName, ownState, SEEDS, seed, waitFor, workspaceFolder } from './helpers';

/** A copy of the French article on Microsoft's investment, written to disk and never opened by the suite. */
const EXTRA = 'zz_scope_extra.txt';
const extraUri = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), EXTRA);

async function setScope(value: 'openFiles' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('crosscheck').update('scope', value, vscode.ConfigurationTarget.Workspace);
}

/** Files of the workspace that any Crosscheck diagnostic sits in or points at. */
function filesInDiagnostics(): Set<string> {
  const names = new Set<string>();
  for (const [uri, ds] of vscode.languages.getDiagnostics()) {
    for (const d of ds.filter((x) => x.source === 'crosscheck')) {
      names.add(fileName(uri));
      for (const r of d.relatedInformation ?? []) names.add(fileName(r.location.uri));
    }
  }
  return names;
}

describe('the status-bar summary and crosscheck.scope', () => {
  ownState('the status-bar summary and crosscheck.scope', async () => {
    // close the copy's editor before the scope widens again and the file goes: an open copy would be compared (its
    // editor keeps it in the workspace even once deleted) and every later suite would find five sources, not four
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setScope(undefined);
    try {
      // VS Code keeps a document the suite opened loaded for a while after its editor closes, and the server keeps
      // comparing a loaded document even once its file is deleted (see docs/notes/desk.md): empty it first, so that
      // what stays loaded states nothing, then delete the file
      await vscode.workspace.fs.writeFile(extraUri(), new Uint8Array());
      await waitFor(`${EXTRA} emptied in the editor's copy`, () => {
        const loaded = vscode.workspace.textDocuments.find((d) => fileName(d.uri) === EXTRA);
        return !loaded || loaded.getText() === '' ? true : undefined;
      });
      await vscode.workspace.fs.delete(extraUri());
    } catch {
      // not created (an earlier step failed)
    }
    const api = await crosscheckApi();
    await waitFor(`${EXTRA} gone from the summary and the diagnostics`, () =>
      api.summary().summary?.files === 4 && !filesInDiagnostics().has(EXTRA) ? true : undefined,
    );
  });

  async function summary(
    what: string,
    ok: (s: WorkspaceSummary) => boolean,
  ): Promise<{ text: string; s: WorkspaceSummary }> {
    const api = await crosscheckApi();
    return waitFor(what, () => {
      const { text, summary: s } = api.summary();
      return s && ok(s) ? { text, s } : undefined;
    });
  }

  it('sums up the workspace in the status bar: claims in conflict, claims, files', async () => {
    const api = await crosscheckApi();
    const { text, s } = await summary('the summary of the four seeds', (x) => x.scope === 'workspace' && x.files === 4);
    const table = await api.compareTable();
    assert.equal(s.claims, table.rows.length, 'the claims the Claims view lists');
    assert.equal(s.conflicts, table.rows.filter((r) => r.status === 'conflict').length);
    assert.ok(s.conflicts > 0, 'the seeds contradict each other');
    assert.equal(text, `$(warning) ${s.conflicts} conflicts · ${s.claims} claims · 4 files`);
  });

  it('with "openFiles" checks only open articles, and one opened later joins the comparison', async () => {
    const french = new TextDecoder().decode(await vscode.workspace.fs.readFile(seed(SEEDS.franceUsd)));
    await vscode.workspace.fs.writeFile(extraUri(), new TextEncoder().encode(french));
    // on the whole workspace the copy is read from disk and compared
    await summary('the copy counted in the workspace', (x) => x.files === 5);
    await waitFor(`a diagnostic pointing at ${EXTRA}`, () => filesInDiagnostics().has(EXTRA));

    await setScope('openFiles');
    const italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    await vscode.window.showTextDocument(italian);
    const open = (): number =>
      vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && d.uri.path.endsWith('.txt')).length;
    const { text } = await summary(
      'a summary of the open articles only',
      (x) => x.scope === 'openFiles' && x.files === open() && x.files < 5,
    );
    assert.match(text, /open files?$/);
    // diagnostics are published after the summary: wait for the re-check under the new scope, then assert on it
    await waitFor(`${EXTRA} (not open) no longer compared`, () => (filesInDiagnostics().has(EXTRA) ? undefined : true));
    assert.ok(!filesInDiagnostics().has(EXTRA), `${EXTRA} is not open: it is not compared`);
    for (const name of filesInDiagnostics())
      assert.ok(
        vscode.workspace.textDocuments.some((d) => fileName(d.uri) === name),
        `${name} is in a diagnostic but not open`,
      );

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(extraUri()));
    await summary('the opened copy counted', (x) => x.scope === 'openFiles' && x.files === open());
    await waitFor(`a diagnostic pointing at ${EXTRA} once it is open`, () => filesInDiagnostics().has(EXTRA));
  });
});
