/**
 * A non-English UI in a real VS Code: with `crosscheck.language` set to Polish (VS Code's display language stays
 * English: code-server has no language pack offline, and Dutch, Swedish, Norwegian and Danish users have none at
 * all), the Problems panel's messages are Polish, numbers through `Intl` ("1 milion"), counts in Polish plural forms
 * ("2 inne źródła"), the codes a verdict cannot word (`conflict-predicate`, `unreadable-figure`) included; the hover
 * card too. Back to "auto", the messages are English again.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  crosscheckApi,
  crosscheckDiagnostics,
  describeDiagnostics,
  ownState,
  rangeOf,
  SEEDS,
  seed,
  waitFor,
} from './helpers';

async function setLanguage(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('crosscheck').update('language', value, vscode.ConfigurationTarget.Workspace);
}

/** The message of the first diagnostic of `code` in `name` once `ready` accepts it. */
async function messageOf(name: string, code: string, what: string, ready: (m: string) => boolean): Promise<string> {
  const uri = seed(name);
  return waitFor(what, () => {
    const d = crosscheckDiagnostics(uri).find((x) => codeOf(x) === code && ready(x.message));
    return d?.message;
  }).catch((e: Error) => {
    throw new Error(`${e.message}; diagnostics of ${name}:\n  ${describeDiagnostics(crosscheckDiagnostics(uri))}`);
  });
}

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the UI in Polish (crosscheck.language)', () => {
  ownState('the UI in Polish (crosscheck.language)', async () => {
    await setLanguage(undefined);
    await messageOf(SEEDS.franceEur, 'conflict-predicate', 'English messages again', (m) => m.includes(' here; '));
  });

  before(async () => {
    await crosscheckApi();
    await setLanguage('pl');
  });

  it('words conflict-predicate in Polish: the counts through Intl, "2 inne źródła" in its plural form, what each counts', async () => {
    const message = plain(
      await messageOf(SEEDS.franceEur, 'conflict-predicate', 'a Polish conflict-predicate message', (m) =>
        m.includes('tutaj'),
      ),
    );
    assert.match(
      message,
      /^1 milion jobs \(utworzone miejsca pracy\) tutaj; 2 inne źródła podają 1 milion people \(przeszkolone osoby\)$/,
      message,
    );
  });

  it('words unreadable-figure in Polish, with the text as the source writes it', async () => {
    const message = await messageOf(SEEDS.germany, 'unreadable-figure', 'a Polish unreadable-figure message', (m) =>
      m.includes('sprawdź'),
    );
    assert.equal(
      message,
      '„au-delà de 3 XNUMX milliards de dollars” nie daje się odczytać jako liczba; sprawdź źródło',
    );
  });

  it('words the outlier’s conflict in Polish, and the hover card leads with Polish words', async () => {
    const message = plain(
      await messageOf(SEEDS.italian, 'conflict', 'a Polish conflict message', (m) => m.includes('odbiega')),
    );
    assert.match(message, /miliard/, message);
    const italian = await vscode.workspace.openTextDocument(seed(SEEDS.italian));
    await vscode.window.showTextDocument(italian);
    const inside = rangeOf(italian, '4 mld di dollari').start.translate(0, 2);
    const text = await waitFor('a Polish hover card', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        italian.uri,
        inside,
      );
      const all = (hovers ?? [])
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : c.value))
        .join('\n');
      return all.includes('Twierdzenie') || all.includes('odbiega') ? all : undefined;
    });
    assert.ok(!text.includes('Other sources'), text);
  });
});
