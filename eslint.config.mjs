// The house's rules, checked (`npm run lint`, part of `npm test`): typescript-eslint's recommended rules and the
// import boundaries between the layers that the README's architecture describes. Arrows only run down:
//   src/extension (editor client)  ->  src/protocol.ts  ->  src/core types
//   src/server, src/cli            ->  src/node, src/core, src/protocol.ts
//   src/node                       ->  src/core
//   src/webview (browser)          ->  src/core/report/text.ts, types
//   src/core (the engine)          ->  nothing outside itself: no editor, no Node, no I/O layer
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE = [{ regex: '^node:', message: 'the engine and the webview are pure: no Node modules (I/O lives in src/node)' }];
const NODE_BARE = builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: 'no Node modules here' }));
const VSCODE = { name: 'vscode', message: 'only src/extension talks to the editor' };
const LSP = { regex: '^vscode-(languageserver|languageclient|jsonrpc)', message: 'LSP belongs to src/server, src/extension and src/protocol.ts' };
/** A relative import that climbs into one of the named top-level folders of src/. */
const into = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message });

const boundary = (files, patterns, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'bench/.data/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', __dirname: 'readonly', performance: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', structuredClone: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly', require: 'readonly', module: 'writable', globalThis: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: {
      // `_`-prefixed names are the house's way of saying "unused on purpose"
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // tests and dev scripts read untyped JSON (gold files, CLI output); the engine's own code is checked by tsc --strict
      '@typescript-eslint/no-explicit-any': 'off',
      // control characters in a regex are the point of the invisible-character rule
      'no-control-regex': 'off',
      // the house initializes a variable before the branches that set it, for readability
      'no-useless-assignment': 'off',
    },
  },
  {
    // page.evaluate() callbacks run in the workbench page
    files: ['scripts/vscode-test/**', 'test/e2e/**', 'bench/**'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', NodeFilter: 'readonly', requestAnimationFrame: 'readonly' } },
  },
  boundary(['src/core/**'], [...NODE, LSP, into(['node', 'server', 'extension', 'cli', 'webview', 'protocol'], 'src/core imports nothing from the layers above it')], [VSCODE, ...NODE_BARE]),
  boundary(['src/webview/**'], [...NODE, LSP, into(['node', 'server', 'extension', 'cli'], 'the webview talks to the extension by messages only'),
    { regex: '^\\.\\./core/(?!report/text$)', message: 'the webview takes from the engine only the text rule (core/report/text); types come through src/protocol.ts' }], [VSCODE, ...NODE_BARE]),
  boundary(['src/extension/**'], [into(['core', 'node', 'server', 'cli'], 'src/extension reaches the engine only through src/protocol.ts')]),
  boundary(['src/server/**'], [into(['extension', 'cli', 'webview'], 'the server never imports the client, the CLI or the webview')]),
  boundary(['src/node/**'], [LSP, into(['server', 'extension', 'cli', 'webview'], 'src/node is below the server, the extension and the CLI')], [VSCODE]),
  boundary(['src/cli/**'], [LSP, into(['server', 'extension', 'webview'], 'the CLI never imports the editor layers')], [VSCODE]),
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
