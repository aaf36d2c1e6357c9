/**
 * What the integration suites share: the extension's test API, the seed articles by name, waiting for the
 * language server (it checks the workspace in another process, so every result arrives asynchronously), and
 * each suite's own state: `ownState()` gives a suite the pristine seeds and puts them back after it, so that
 * the suites pass in any order (test/integration/index.ts runs them reversed or shuffled on request).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/extension/main';

export const EXTENSION_ID = 'crosscheck.crosscheck';

/** The object the extension's activate() returns, as the extension declares it. */
export type { CrosscheckApi };

export const SEEDS = {
  /** fr, Choose France: "4,3 milliards de dollars" */
  franceUsd: '000_c28f4febe2540ed8.txt',
  /** fr, KultureGeek: "4 milliards d’euros" (= USD 4.3 bn at the 2024-05-13 rate) */
  franceEur: '001_a693729f8f5373f7.txt',
  /** it: "4 mld di dollari", "25mila GPU" — disagrees with both French articles */
  italian: '002_25e5ca3ece719531.txt',
  /** fr, about Germany: "3.2 milliards d'euros" — a different event */
  germany: '003_f682fc99880f227e.txt',
} as const;

export async function crosscheckApi(): Promise<CrosscheckApi> {
  const extension = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  assert.ok(
    api && typeof api.ready === 'function',
    'activate() must return the test API (ready, snapshot, compareTable, ...)',
  );
  await api.ready();
  return api;
}

export function extensionPath(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.extensionPath;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a copy of seeds/ open as the workspace folder');
  return folder.uri;
}

export function seed(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : (d.code ?? ''));
}

export function crosscheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'crosscheck');
}

/** The range of the `occurrence`-th `needle` in the document. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `“${needle}” (occurrence ${occurrence}) is not in ${fileName(document.uri)}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

/** The conflict diagnostics that sit on `range`. */
export function conflictsOn(uri: vscode.Uri, range: vscode.Range): vscode.Diagnostic[] {
  return crosscheckDiagnostics(uri).filter(
    (d) => codeOf(d).startsWith('conflict') && d.range.intersection(range) !== undefined,
  );
}

/** The text a location points at, read from the document (opened if needed). */
export async function textAt(location: vscode.Location): Promise<string> {
  const document = await vscode.workspace.openTextDocument(location.uri);
  return document.getText(location.range);
}

/**
 * Polls `probe` until it returns something other than undefined/false. Results come from the language server
 * in its own time; a fixed sleep would be slow when it is fast and flaky when it is slow.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A readable summary of diagnostics for assertion messages. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map(
      (d) =>
        `${codeOf(d)} @${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message} -> [${(
          d.relatedInformation ?? []
        )
          .map((r) => fileName(r.location.uri))
          .join(', ')}]`,
    )
    .join('\n  ');
}

/** Replaces every occurrence of `from` by `to` in the document and waits for the edit to apply (not saved). */
export async function replaceInDocument(document: vscode.TextDocument, from: string, to: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  const text = document.getText();
  for (let at = text.indexOf(from); at !== -1; at = text.indexOf(from, at + from.length)) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to);
  }
  assert.ok(edit.size > 0, `“${from}” is not in ${fileName(document.uri)}`);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the workspace edit was refused');
}

/** Where "Mark as checked" and "Ignore this figure" write the team's decisions. */
export function reviewFileUri(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), '.crosscheck', 'review.json');
}

async function readIfThere(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** Every Crosscheck diagnostic of the workspace as sorted lines: what the suites must leave as they found it. */
export function diagnosticsFingerprint(): string[] {
  return vscode.languages
    .getDiagnostics()
    .flatMap(([uri, ds]) =>
      ds
        .filter((d) => d.source === 'crosscheck')
        .map(
          (d) =>
            `${fileName(uri)} ${codeOf(d)} ${d.range.start.line}:${d.range.start.character} ${d.severity} ${(
              d.relatedInformation ?? []
            )
              .map((r) => fileName(r.location.uri))
              .sort()
              .join(',')}`,
        ),
    )
    .sort();
}

/** The lines of `a` that are not in `b` (a multiset difference), for messages. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

let pristine: string[] | undefined;

/**
 * The diagnostics of the untouched seeds, taken once by whichever suite runs first: after the first workspace
 * check, once the Italian conflict is there and two looks half a second apart agree.
 */
async function pristineDiagnostics(): Promise<string[]> {
  if (pristine) return pristine;
  await crosscheckApi();
  const italian = seed(SEEDS.italian);
  let last: string[] = [];
  pristine = await waitFor('the first workspace check to settle', async () => {
    const now = diagnosticsFingerprint();
    const settled = now.length > 0 && now.join('\n') === last.join('\n');
    last = now;
    if (!settled || crosscheckDiagnostics(italian).length === 0) {
      await new Promise((r) => setTimeout(r, 500));
      return undefined;
    }
    return now;
  });
  return pristine;
}

/** Waits until the workspace's diagnostics are those of the pristine seeds again; says what differs if not. */
export async function backToPristine(what: string): Promise<void> {
  const expected = await pristineDiagnostics();
  await waitFor(what, () => diagnosticsFingerprint().join('\n') === expected.join('\n')).catch((e: Error) => {
    const now = diagnosticsFingerprint();
    throw new Error(
      `${e.message}\n  missing: ${missingFrom(expected, now).join('\n    ') || '-'}\n  extra: ${
        missingFrom(now, expected).join('\n    ') || '-'
      }`,
    );
  });
}

/** Reverts the unsaved edits a failed test may have left, so that closing their editors asks nothing. */
async function revertUnsaved(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

/**
 * Hooks for a suite that owns its state. Before it: the extension is ready and the workspace is as the seeds
 * are (no review decision, no edit, default settings). After it: `putBack` (what the suite changed: settings,
 * edits, added files), unsaved edits reverted and editors closed, the review file as it was (removed if the
 * suite created it), and the diagnostics back to the seeds' before the next suite starts.
 */
export function ownState(suite: string, putBack?: () => Promise<void>): void {
  let review: Uint8Array | undefined;
  before(async () => {
    await backToPristine(`the pristine seeds before “${suite}”`);
    review = await readIfThere(reviewFileUri());
  });
  after(async () => {
    try {
      await putBack?.();
    } finally {
      await revertUnsaved();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (review) await vscode.workspace.fs.writeFile(reviewFileUri(), review);
      else if (await readIfThere(reviewFileUri())) await vscode.workspace.fs.delete(reviewFileUri());
    }
    await backToPristine(`the pristine seeds after “${suite}”`);
  });
}
