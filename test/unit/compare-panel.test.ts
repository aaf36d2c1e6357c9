import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { comparePanelHtml, contentSecurityPolicy, escapeHtml, makeNonce } from '../../src/extension/compare/html';
import { parseWebviewMessage } from '../../src/extension/compare/messages';

const NONCE = 'q83v7Z0Qm1Ow2fJxKk9pYdA4cRtLsUe6';
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function html(overrides: Partial<Parameters<typeof comparePanelHtml>[0]> = {}): string {
  return comparePanelHtml({
    nonce: NONCE,
    cspSource: CSP_SOURCE,
    scriptUri: `${CSP_SOURCE}/ext/dist/webview/compare.js`,
    styleUri: `${CSP_SOURCE}/ext/media/compare.css`,
    lang: 'fr',
    title: 'Comparer les sources',
    loading: 'Chargement…',
    ...overrides,
  });
}

test('the HTML carries a strict CSP: nothing by default, scripts only by nonce, styles only from the extension', () => {
  const page = html();
  const meta = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  assert.ok(meta, 'CSP meta tag');
  const policy = meta[1]!.replace(/&#39;/g, "'");
  assert.equal(policy, contentSecurityPolicy(NONCE, CSP_SOURCE));
  assert.match(policy, /^default-src 'none'; /);
  assert.match(policy, new RegExp(`script-src 'nonce-${NONCE}'(;|$)`));
  assert.match(policy, new RegExp(`style-src ${CSP_SOURCE.replace(/[.+]/g, '\\$&')}(;|$)`));
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
  // the CSP meta comes before anything that loads
  assert.ok(page.indexOf('Content-Security-Policy') < page.indexOf('<link'));
});

test('one script, nonce-bearing, from the extension; no inline script, style or event handler', () => {
  const page = html();
  const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.match(scripts[0]![1]!, new RegExp(`nonce="${NONCE}"`));
  assert.match(scripts[0]![1]!, /src="[^"]*\/dist\/webview\/compare\.js"/);
  assert.equal(scripts[0]![2], '');
  assert.doesNotMatch(page, /\son[a-z]+\s*=/i, 'no inline event handler');
  assert.doesNotMatch(page, /<style|\sstyle=/i, 'no inline style');
  assert.doesNotMatch(page, /javascript:/i);
});

test('every string put into the shell is escaped', () => {
  const page = html({
    title: '</title><script>alert(1)</script>',
    loading: '<img src=x onerror=alert(1)>',
    lang: '"><b',
  });
  assert.doesNotMatch(page, /<script>alert|<img|<b\b/);
  assert.ok(page.includes('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('a nonce is 32 base64 characters from the given randomness; a malformed one is refused', () => {
  const nonce = makeNonce((n) => new Uint8Array(n).fill(7));
  assert.match(nonce, /^[A-Za-z0-9+/]{32}$/);
  assert.notEqual(
    makeNonce((n) => new Uint8Array(n).fill(1)),
    nonce,
  );
  assert.throws(() => html({ nonce: `abc' 'unsafe-inline` }));
  assert.throws(() => html({ nonce: 'short' }));
});

test('the webview scripts build rows with textContent only, and have no inline handlers or eval', () => {
  const folder = new URL('../../src/webview/', import.meta.url);
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
  assert.ok(files.includes('compare.ts') && files.includes('desk.ts') && files.includes('dom.ts'), files.join(', '));
  for (const file of files) {
    const script = readFileSync(new URL(file, folder), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, ''); // code only, not its comments
    assert.doesNotMatch(
      script,
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*'on/,
      file,
    );
    // Text reaches the page through el() in dom.ts, which sets textContent.
    if (file === 'dom.ts') assert.match(script, /textContent = visible\(/, file);
  }
});

test('webview messages are validated: type, fields and known source URIs', () => {
  const known = new Set(['file:///ws/a.txt']);
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }, known), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'csv' }, known), { type: 'export', format: 'csv' });
  assert.deepEqual(parseWebviewMessage({ type: 'rendered', ms: 12.5, rows: 50 }, known), {
    type: 'rendered',
    ms: 12.5,
    rows: 50,
  });
  assert.deepEqual(parseWebviewMessage({ type: 'reveal', uri: 'file:///ws/a.txt', start: 3, end: 9 }, known), {
    type: 'reveal',
    uri: 'file:///ws/a.txt',
    start: 3,
    end: 9,
  });
  const refused: unknown[] = [
    null,
    'ready',
    [],
    { type: 'run' },
    { type: 'ready', extra: 1 },
    { type: 'export', format: 'html' },
    { type: 'rendered', ms: -1, rows: 1 },
    { type: 'rendered', ms: 'fast', rows: 1 },
    { type: 'rendered', ms: 1, rows: 1.5 },
    { type: 'reveal', uri: 'file:///etc/passwd', start: 0, end: 1 },
    { type: 'reveal', uri: 'command:workbench.action.terminal.new', start: 0, end: 1 },
    { type: 'reveal', uri: 'file:///ws/a.txt', start: -1, end: 1 },
    { type: 'reveal', uri: 'file:///ws/a.txt', start: 5, end: 2 },
    { type: 'reveal', uri: 'file:///ws/a.txt', start: 1.5, end: 2 },
    { type: 'reveal', uri: 'file:///ws/a.txt', start: '1', end: 2 },
  ];
  for (const message of refused) assert.equal(parseWebviewMessage(message, known), undefined, JSON.stringify(message));
});

test('one copy of the invisible-character rule: the webview imports it from the engine through the bundle', async () => {
  const { readdirSync } = await import('node:fs');
  const root = new URL('../../src/', import.meta.url);
  const owners = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f))
    .filter((f) => /\\u202a-\\u202e/i.test(readFileSync(new URL(f, root), 'utf8')));
  assert.deepEqual(
    owners.map((f) => f.replace(/\\/g, '/')),
    ['core/report/text.ts'],
  );

  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL('../../src/webview/compare.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  const bundle = out.outputFiles[0]!.text;
  assert.match(bundle, /\\u202A-\\u202E|\\u202a-\\u202e/, 'the rule is in the bundle');
  assert.doesNotMatch(bundle, /\brequire\(|vscode-languageserver/, 'a browser script: no Node, no protocol runtime');
});

test('a conflict code the panel does not know yet is explained as a contradiction; a known code keeps its own help', async () => {
  const { codeHelp, CODE_HELP } = await import('../../src/webview/codes');
  // a newer engine's code is shown generically, never as a raw code
  assert.equal(codeHelp('conflict-not-yet-known'), CODE_HELP.conflict);
  assert.equal(codeHelp('conflict-scale'), CODE_HELP['conflict-scale']);
  // conflict-update (figures that move over time) has its own help
  assert.match(codeHelp('conflict-update'), /moves over time/);
  assert.notEqual(codeHelp('conflict-scale'), CODE_HELP.conflict);
});
