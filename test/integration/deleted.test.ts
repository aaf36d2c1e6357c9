/**
 * A deleted article whose document VS Code still holds (its editor shows it as deleted): it leaves the comparison
 * with its file and does not come back on a re-scan, unless it holds unsaved edits (the user's work is in it, and
 * nothing is lost). Before the fix, every re-scan took the held document back in as a source.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { crosscheckApi, fileName, ownState, replaceInDocument, SEEDS, seed, waitFor, workspaceFolder } from './helpers';

const NAME = 'zz_deleted_copy.txt';
const copyUri = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), NAME);

/** Whether any Crosscheck diagnostic sits in the copy or points at it. */
function copyInDiagnostics(): boolean {
  return vscode.languages
    .getDiagnostics()
    .some(([uri, ds]) =>
      ds.some(
        (d) =>
          d.source === 'crosscheck' &&
          (fileName(uri) === NAME || (d.relatedInformation ?? []).some((r) => fileName(r.location.uri) === NAME)),
      ),
    );
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The articles the server compares now, after every change made so far (the snapshot waits for the check). */
async function comparedNames(): Promise<string[]> {
  const api = await crosscheckApi();
  const snapshot = await api.snapshot();
  return snapshot.documents.map((d) => d.path.split(/[\\/]/).pop() ?? d.path);
}

/** Writes a copy of the French article on Microsoft's investment and waits until it is compared. */
async function writeCopy(): Promise<vscode.TextDocument> {
  const french = await vscode.workspace.fs.readFile(seed(SEEDS.franceUsd));
  await vscode.workspace.fs.writeFile(copyUri(), french);
  await waitFor(`${NAME} compared`, () => copyInDiagnostics());
  const document = await vscode.workspace.openTextDocument(copyUri());
  await vscode.window.showTextDocument(document);
  return document;
}

/** Puts the workspace back as the seeds are: the copy closed, its file gone, the server's count back to four. */
async function removeCopy(): Promise<void> {
  // a copy with unsaved edits gets its file back first, so that reverting and closing it asks nothing
  const held = vscode.workspace.textDocuments.find((d) => fileName(d.uri) === NAME);
  if (held?.isDirty) {
    await vscode.workspace.fs.writeFile(copyUri(), new TextEncoder().encode(held.getText()));
    await vscode.window.showTextDocument(held);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  if (await exists(copyUri())) {
    // emptied before it goes, so that a document VS Code keeps loaded a while states nothing
    await vscode.workspace.fs.writeFile(copyUri(), new Uint8Array());
    await vscode.workspace.fs.delete(copyUri());
  }
  const api = await crosscheckApi();
  await waitFor(`${NAME} gone`, () => (api.summary().summary?.files === 4 && !copyInDiagnostics() ? true : undefined));
}

describe('a deleted article VS Code still holds', () => {
  ownState('a deleted article VS Code still holds', removeCopy);
  afterEach(removeCopy);

  it('leaves the comparison with its file, and a re-scan does not take it back', async () => {
    const api = await crosscheckApi();
    const document = await writeCopy();
    await vscode.workspace.fs.delete(copyUri());
    await waitFor(`${NAME} out of the comparison once deleted`, () =>
      api.summary().summary?.files === 4 && !copyInDiagnostics() ? true : undefined,
    );
    assert.ok(
      vscode.workspace.textDocuments.includes(document) && !document.isDirty,
      'VS Code still holds the deleted copy, with nothing unsaved (the case under test)',
    );
    await vscode.commands.executeCommand('crosscheck.recheckWorkspace');
    assert.ok(!(await comparedNames()).includes(NAME), `${NAME} came back on the re-scan`);
    assert.equal(api.summary().summary?.files, 4);
    assert.ok(!copyInDiagnostics(), `a diagnostic names ${NAME} after the re-scan`);
  });

  it('keeps a deleted article with unsaved edits in the comparison', async () => {
    const document = await writeCopy();
    // an edit that changes no figure: the user's unsaved work
    await replaceInDocument(document, 'Microsoft', 'Microsoft Corp.');
    assert.ok(document.isDirty);
    await vscode.workspace.fs.delete(copyUri());
    await vscode.commands.executeCommand('crosscheck.recheckWorkspace');
    assert.ok((await comparedNames()).includes(NAME), `${NAME} holds unsaved edits: it stays compared`);
    assert.ok(copyInDiagnostics(), `${NAME} still contradicts the Italian article`);
  });

  it('counts a deleted article again once its file is back', async () => {
    const api = await crosscheckApi();
    const document = await writeCopy();
    await vscode.workspace.fs.delete(copyUri());
    await waitFor(`${NAME} out once deleted`, () => (!copyInDiagnostics() ? true : undefined));
    await vscode.workspace.fs.writeFile(copyUri(), new TextEncoder().encode(document.getText()));
    await waitFor(`${NAME} compared again once its file is back`, () => copyInDiagnostics());
    await vscode.commands.executeCommand('crosscheck.recheckWorkspace');
    assert.ok((await comparedNames()).includes(NAME));
    assert.equal(api.summary().summary?.files, 5);
  });
});
