/**
 * The workspace scan's progress is a notification with a Cancel button (VS Code shows an LSP work-done progress in
 * the status bar, where it cannot be cancelled): it follows the scan and the comparison after it, and its Cancel
 * stops the scan with what was read so far.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { SEEDS, crosscheckApi, ownState, waitFor, workspaceFolder } from './helpers';

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
    assert.ok(shown.read && shown.read.done === shown.read.total, 'a scan run to its end read every file it found');
  });

  it('Cancel stops the scan: the notification ends cancelled, the scan having read only part of the files', async () => {
    const api = await crosscheckApi();
    // Enough articles that the scan outlasts the round trip of the cancellation: copies of a seed, each with its own
    // first line (the analysis is cached by text), found by the re-check's own walk of the folder. The file watchers
    // report them too and the server takes them in, so the outcome is read from the scan's own count (session 7's
    // version counted the checked files and could not tell a cancelled scan).
    const notes = 400;
    const text = readFileSync(path.join(workspaceFolder().fsPath, SEEDS.italian), 'utf8');
    mkdirSync(folderPath(), { recursive: true });
    for (let i = 0; i < notes; i++)
      writeFileSync(path.join(folderPath(), `note-${String(i).padStart(4, '0')}.txt`), `Nota ${i}\n\n${text}`);
    const before = api.scanProgress()?.id ?? -1;
    const scan = vscode.commands.executeCommand('crosscheck.recheckWorkspace');
    // Cancel once the notification shows files read, as a user would press its button.
    await waitFor('the scan’s notification with files read', () => {
      const shown = api.scanProgress();
      if (!shown || shown.id <= before) return undefined;
      // a scan that ended before it could be cancelled would make this test say nothing
      assert.ok(shown.state === 'shown' && shown.percentage < 100, 'the scan is still reading files');
      return shown.percentage > 0 ? shown : undefined;
    });
    assert.equal(api.cancelScan(), true, 'a notification to cancel');
    await scan;
    const ended = await waitFor('the end of the cancelled scan', () => {
      const shown = api.scanProgress();
      return shown && shown.id > before && shown.state !== 'shown' && shown.read ? shown : undefined;
    });
    assert.equal(ended.state, 'cancelled');
    const read = ended.read!;
    assert.ok(read.total >= notes + 4, `the scan found the notes and the seeds (${read.total})`);
    assert.ok(
      read.done > 0 && read.done < read.total,
      `only part of the files were read (${read.done} of ${read.total})`,
    );
  });
});
