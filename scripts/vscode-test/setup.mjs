#!/usr/bin/env node
// Prepares a machine to run a real VS Code offline: code-server from npm (the VS Code server and web
// workbench) driven by Debian's Chromium. Idempotent and cached: a second run only checks and returns.
// Only the npm registry and Debian's apt are reachable here (and in CI), which is why nothing is
// downloaded from GitHub or Microsoft's update server. See scripts/vscode-test/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// 4.100.3 (VS Code 1.100.3) is the last code-server that runs on Node 20 and honours the test payload.
export const CODE_SERVER_VERSION = '4.100.3';
export const codeServerDir = path.join(root, '.vscode-test', 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// Debian packages and what needs them. The build tools are usually there already; a bare CI image may lack them.
const SYSTEM_PACKAGES = [
  { pkg: 'chromium', why: 'the browser that shows the workbench' },
  { pkg: 'libkrb5-dev', why: 'headers for the kerberos native module of code-server' },
  { pkg: 'ripgrep', why: "replaces @vscode/ripgrep's download from GitHub" },
  { pkg: 'g++', why: 'compiles the native modules' },
  { pkg: 'make', why: 'compiles the native modules' },
  { pkg: 'python3', why: 'node-gyp' },
];

// What code-server 4.100.3 pins: @vscode/ripgrep 1.15.11, whose postinstall fetches ripgrep v13.0.0-10.
const RIPGREP = { pkgVersion: '1.15.11', tag: 'v13.0.0-10' };

// The two top-level packages whose install scripts must run. npm 11.19 still runs unlisted scripts (with a
// warning) but announces that a later release will skip them, so they are approved in our package.json.
// The nested installs that code-server's postinstall runs in lib/vscode (node-pty, kerberos, spdlog, ...)
// cannot be approved from here: npm rejects allow-scripts passed down through the environment
// (EALLOWSCRIPTS). They run by default today; NATIVE_PARTS below turns a skipped one into a clear error.
const ALLOWED_SCRIPTS = ['code-server', 'argon2'];

// The files a working install has; a postinstall that was skipped or failed leaves some of them out.
const NATIVE_PARTS = [
  'node_modules/argon2/lib/binding/napi-v3/argon2.node',
  'node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
  'node_modules/code-server/lib/vscode/node_modules/native-watchdog/build/Release/watchdog.node',
  'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  'node_modules/code-server/lib/vscode/node_modules.asar',
];
const marker = path.join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);

const log = (msg) => console.error(`[setup] ${msg}`);

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

export function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !isInstalled(p.pkg));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg);
  if (process.getuid?.() !== 0) {
    throw new Error(
      `missing Debian packages ${names.join(' ')}; as root run: apt-get update && apt-get install -y ${names.join(' ')}`,
    );
  }
  log(`installing ${missing.map((p) => `${p.pkg} (${p.why})`).join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // stdin ignored: CI has none, and apt must never wait for an answer.
  const opts = { env, stdio: ['ignore', 'inherit', 'inherit'] };
  execFileSync('apt-get', ['update', '-qq'], opts);
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], opts);
}

// @vscode/ripgrep's postinstall would retry GitHub for about a minute and fail; it accepts a cached tarball.
export function seedRipgrepCache() {
  const dir = path.join(tmpdir(), `vscode-ripgrep-cache-${RIPGREP.pkgVersion}`);
  const tarball = path.join(dir, `ripgrep-${RIPGREP.tag}-x86_64-unknown-linux-musl.tar.gz`);
  if (existsSync(tarball)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is not on PATH');
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'rg-seed-'));
  copyFileSync(rg, path.join(work, 'rg'));
  execFileSync('tar', ['-C', work, '-czf', tarball, 'rg']);
  rmSync(work, { recursive: true, force: true });
}

// The settings code-server's install needs, kept in its own folder so the project's npm config stays plain.
function npmrc() {
  const lines = [
    "# code-server's postinstall exits when run as root unless npm passes npm_config_unsafe_perm=true.",
    'unsafe-perm=true',
    "# node-pty's postinstall runs `npx node-gyp`; without yes=true npx cancels in a shell without stdin.",
    'yes=true',
    'audit=false',
    'fund=false',
  ];
  // node-gyp downloads Node's headers from nodejs.org unless it is told where they are; use the running Node's.
  const headers = path.resolve(process.execPath, '..', '..');
  if (existsSync(path.join(headers, 'include', 'node', 'node.h'))) lines.push(`nodedir=${headers}`);
  return lines.join('\n') + '\n';
}

// The outer `npm test` exports npm_* variables (prefix, package, lifecycle); the inner install must not see them.
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));
}

export function missingNativeParts() {
  return NATIVE_PARTS.filter((p) => !existsSync(path.join(codeServerDir, p)));
}

export function ensureCodeServer() {
  if (existsSync(marker) && existsSync(codeServerEntry)) return;
  seedRipgrepCache();
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(
    path.join(codeServerDir, 'package.json'),
    JSON.stringify(
      {
        name: 'crosscheck-vscode-test',
        private: true,
        description: 'code-server for the integration and e2e tests; installed by scripts/vscode-test/setup.mjs',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        allowScripts: Object.fromEntries(ALLOWED_SCRIPTS.map((n) => [n, true])),
      },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(path.join(codeServerDir, '.npmrc'), npmrc());
  log(
    `installing code-server@${CODE_SERVER_VERSION} into ${path.relative(root, codeServerDir)} (about a minute; native modules are compiled)`,
  );
  const logFile = path.join(codeServerDir, 'install.log');
  const started = Date.now();
  const r = spawnSync('npm', ['install', '--no-package-lock', '--omit=dev'], {
    cwd: codeServerDir,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
  writeFileSync(logFile, `${r.stdout}\n${r.stderr}`);
  const missing = missingNativeParts();
  if (r.status !== 0 || missing.length > 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(
      `code-server install failed (exit ${r.status}; missing: ${missing.join(', ') || 'none'}); log ${logFile}:\n${tail}`,
    );
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function setup() {
  const started = Date.now();
  ensureSystemPackages();
  if (!existsSync(chromiumPath)) throw new Error(`no browser at ${chromiumPath} (set CHROMIUM)`);
  ensureCodeServer();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setup();
  } catch (e) {
    console.error(`[setup] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
