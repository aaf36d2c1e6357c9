/**
 * The client's handler for a dead language server (src/extension/client.ts `restartingErrorHandler`): when the
 * server process dies it is started again, the workspace is checked again, and nothing the dead server published
 * stays behind (a file deleted while no server listened loses its diagnostics).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { backToPristine, crosscheckApi, ownState, SEEDS, seed, waitFor, workspaceFolder } from './helpers';

const NAME = 'zz_restart_copy.txt';
const copyUri = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), NAME);

function diagnosticsInCopy(): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(copyUri()).filter((d) => d.source === 'crosscheck');
}

async function serverPid(): Promise<number | undefined> {
  try {
    return await (await crosscheckApi()).serverPid();
  } catch {
    return undefined; // the client is between two servers
  }
}

describe('a language server that dies', () => {
  ownState('a language server that dies', async () => {
    try {
      await vscode.workspace.fs.delete(copyUri());
    } catch {
      // already gone (the test deletes it)
    }
  });

  it('is started again, checks the workspace again, and leaves nothing stale from the dead one', async () => {
    await vscode.workspace.fs.writeFile(copyUri(), await vscode.workspace.fs.readFile(seed(SEEDS.franceUsd)));
    await waitFor(`diagnostics in ${NAME}`, () => diagnosticsInCopy().length > 0);
    const dead = await serverPid();
    assert.ok(dead && dead !== process.pid, 'the server runs in its own process');
    process.kill(dead, 'SIGKILL');
    // deleted while no server listens: only the client can drop what the dead server said about it
    await vscode.workspace.fs.delete(copyUri());
    const next = await waitFor('a new server process', async () => {
      const pid = await serverPid();
      return pid !== undefined && pid !== dead ? pid : undefined;
    });
    assert.notEqual(next, dead);
    await backToPristine('the seeds’ diagnostics from the new server');
    assert.equal(diagnosticsInCopy().length, 0, `${NAME} keeps diagnostics of the dead server`);
    const api = await crosscheckApi();
    const snapshot = await api.snapshot();
    assert.deepEqual(
      snapshot.documents.map((d) => d.path.split(/[\\/]/).pop()).sort(),
      Object.values(SEEDS).sort(),
      'the new server compares the four seeds',
    );
    await waitFor('the status-bar summary from the new server', () => api.summary().summary?.files === 4);
  });
});
