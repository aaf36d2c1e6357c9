/**
 * The workspace scan's progress is a notification with a Cancel button (VS Code shows an LSP work-done progress in
 * the status bar, where it cannot be cancelled): it follows the scan and the comparison after it.
 */
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { crosscheckApi, ownState, waitFor, workspaceFolder } from './helpers';

const FOLDER = 'zz_scan_notes';

function folderPath(): string {
  return path.join(workspaceFolder().fsPath, FOLDER);
}

describe('the workspace scan’s notification', () => {
  ownState('the workspace scan’s notification', async () => {
    rmSync(folderPath(), { recursive: true, force: true });
    await vscode.commands.executeCommand('crosscheck.recheckWorkspace');
    const api = await crosscheckApi();
    await waitFor('the four seeds again', () => (api.summary().summary?.files === 4 ? true : undefined));
  });

  it('shows the scan and the comparison, and closes when the check is done', async () => {
    const api = await crosscheckApi();
    const before = api.scanProgress()?.id ?? -1;
    await vscode.commands.executeCommand('crosscheck.recheckWorkspace');
    const shown = api.scanProgress();
    assert.ok(shown && shown.id > before, 'a notification for this scan');
    assert.equal(shown.state, 'done');
    assert.equal(shown.percentage, 100);
    assert.match(shown.message, /compar/i, 'its last step is the comparison');
  });
});
