/**
 * The workspace scan's progress is a notification with a Cancel button (VS Code shows an LSP work-done progress in
 * the status bar, where it cannot be cancelled): it follows the scan and the comparison after it, and a cancelled
 * scan stops, keeps and compares what it read so far.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { crosscheckApi, ownState, waitFor, workspaceFolder } from './helpers';

const FOLDER = 'zz_scan_notes';
const NOTES = 3000;

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

  it('stops when cancelled, and compares what it read so far', async () => {
    const api = await crosscheckApi();
    mkdirSync(folderPath(), { recursive: true });
    for (let i = 0; i < NOTES; i++)
      writeFileSync(path.join(folderPath(), `note-${i}.txt`), 'Une note sans chiffres.\n');
    await waitFor(
      `the ${NOTES} notes read`,
      () => (api.summary().summary?.files === NOTES + 4 ? true : undefined),
      120_000,
    );
    const before = api.scanProgress()?.id ?? -1;
    const recheck = vscode.commands.executeCommand('crosscheck.recheckWorkspace');
    // the Cancel button, pressed as soon as the notification shows
    await waitFor(
      'the scan notification to cancel',
      () => api.scanProgress()?.id !== before && api.cancelScan(),
      60_000,
    );
    await recheck;
    assert.equal(api.scanProgress()?.state, 'cancelled');
    const files = await waitFor('the summary after the cancelled scan', () => api.summary().summary?.files);
    assert.ok(files < NOTES + 4, `a cancelled scan reads part of the workspace (${files} of ${NOTES + 4} files)`);
  });
});
