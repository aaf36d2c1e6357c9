// One esbuild bundle per entry point; `vscode` stays external (the host provides it).
// Type checking is `tsc --noEmit` (npm run typecheck): esbuild only strips types.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  logLevel: 'warning',
  // natural's modules are imported by path; its package root would pull database clients and dotenv.
  mainFields: ['module', 'main'],
};

const entries = [
  { in: 'src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  // the engine's part of the CLI, loaded by dist/cli.js in the supervised child only (src/cli/main.ts)
  { in: 'src/cli/work.ts', out: 'dist/cli-work.js' },
  { in: 'src/extension/main.ts', out: 'dist/extension.js' },
  { in: 'src/server/main.ts', out: 'dist/server.js' },
  // the Compare Sources webview: a browser script, no Node, no `vscode` (it talks to the extension by messages)
  { in: 'src/webview/compare.ts', out: 'dist/webview/compare.js', browser: true },
  { in: 'test/integration/index.ts', out: 'out/test/integration/index.js', mocha: true },
].filter((e) => existsSync(e.in));

await Promise.all(
  entries.map((e) =>
    build({
      ...common,
      entryPoints: [e.in],
      outfile: e.out,
      banner: e.banner ? { js: e.banner } : undefined,
      ...(e.browser ? { platform: 'browser', format: 'iife', target: 'es2022', external: [] } : {}),
      // mocha is resolved at run time from node_modules inside the extension host
      ...(e.browser ? {} : { external: e.mocha ? ['vscode', 'mocha'] : common.external }),
    }),
  ),
);
if (!watch) console.error(`built ${entries.map((e) => e.out).join(', ')}`);
