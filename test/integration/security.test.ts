/**
 * Articles are untrusted text (issue 5, Security). An article whose headline, body and file name carry markup
 * and bidirectional controls joins the workspace; the Compare Sources panel must show it as text. The panel's
 * HTML (the test API's comparePanelHtml()) must hold none of it unescaped and no way to run it: a strict
 * CSP with a nonce and no inline handlers. That the webview really displays it as text is checked in the
 * browser by the e2e test (test/e2e/ui.e2e.mjs), which opens the same article.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import hostileArticle from '../fixtures/hostile-article.json';
import { crosscheckApi, fileName, ownState, waitFor, workspaceFolder, type CrosscheckApi } from './helpers';

const { fileName: HOSTILE_FILE_NAME, headline: HOSTILE_HEADLINE, text: HOSTILE_ARTICLE } = hostileArticle;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;

/** An attribute value as the browser reads it. */
function unescapeAttribute(value: string): string {
  return value
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('an article carrying markup in the Compare Sources panel', () => {
  let api: CrosscheckApi;
  let hostile: vscode.Uri;
  // The hostile article leaves with the suite: the other suites compare the seeds alone, in any order.
  ownState('an article carrying markup', async () => {
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs))
      if (tab.input instanceof vscode.TabInputWebview) await vscode.window.tabGroups.close(tab);
    await vscode.workspace.fs.delete(hostile);
  });

  before(async () => {
    api = await crosscheckApi();
    hostile = vscode.Uri.joinPath(workspaceFolder(), HOSTILE_FILE_NAME);
    await vscode.workspace.fs.writeFile(hostile, new TextEncoder().encode(HOSTILE_ARTICLE));
    // The file watcher brings it in; the panel can only show it once the server has read it.
    await waitFor('the hostile article in the compare table', async () =>
      (await api.compareTable()).sources.some((s) => s.name === HOSTILE_FILE_NAME),
    );
  });

  it('reaches the panel as data, unchanged', async () => {
    const table = await api.compareTable(hostile.toString());
    const source = table.sources.find((s) => s.name === HOSTILE_FILE_NAME);
    assert.ok(source, `sources: ${table.sources.map((s) => s.name).join(', ')}`);
    // The table is data; escaping (or revealing invisible characters) is the renderer's job.
    assert.equal(source.headline, HOSTILE_HEADLINE);
    assert.equal(fileName(hostile), HOSTILE_FILE_NAME);
  });

  it('is never written into the panel HTML unescaped, and the HTML cannot run anything inline', async () => {
    await vscode.commands.executeCommand('crosscheck.compareStory', hostile);
    const html = await waitFor('the panel HTML', () => api.comparePanelHtml());
    assert.ok(!html.includes('<script>window.__crosscheckXss'), 'raw <script> from the article');
    assert.ok(!/<img[^>]*onerror/i.test(html), 'raw <img onerror> from the article');
    assert.ok(!html.includes('</td></tr><tr><td>INJECTED'), 'raw table markup from the article');
    assert.ok(!BIDI.test(html), 'raw bidirectional controls');
    // No inline handlers anywhere, and scripts only with the nonce the CSP names.
    assert.ok(!/<[^>]+\son[a-z]+\s*=/i.test(html), 'an inline event handler attribute');
    const attribute = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html)?.[1];
    assert.ok(attribute, 'a Content-Security-Policy meta tag');
    const csp = unescapeAttribute(attribute);
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src[^;]*'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, `script-src with a nonce: ${csp}`);
    assert.ok(!/script-src[^;]*'unsafe-inline'/.test(csp), 'unsafe-inline scripts');
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? [])
      assert.ok(tag.includes(`nonce="${nonce}"`), `script without the nonce: ${tag}`);
  });
});
