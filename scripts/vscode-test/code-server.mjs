// Starts code-server (a real VS Code server with its web workbench) on a free loopback port, with a
// throw-away profile, and stops it with everything it spawned.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { codeServerEntry } from './setup.mjs';

// The workbench must open straight onto the workspace: no welcome page (it steals focus from the
// explorer and the quick-open box), no update checks or telemetry (they only fail offline).
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * @param {{ tmp: string, installExtension?: string, installVsix?: string, settings?: Record<string, unknown> }} opts
 *   tmp: a fresh folder for the profile and logs; installExtension: an extension folder to load as an
 *   installed extension, linked as <extensions-dir>/<publisher>.<name>-<version>; installVsix: a packaged
 *   extension installed the way users install it (`code-server --install-extension x.vsix`).
 */
export async function startCodeServer({ tmp, installExtension, installVsix, settings = {} }) {
  const data = path.join(tmp, 'data');
  const extensions = path.join(tmp, 'extensions');
  mkdirSync(path.join(data, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(path.join(data, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  writeFileSync(path.join(tmp, 'config.yaml'), '');
  if (installExtension) {
    const manifest = JSON.parse(readFileSync(path.join(installExtension, 'package.json'), 'utf8'));
    symlinkSync(installExtension, path.join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
  }
  if (installVsix) {
    const r = spawnSync(
      process.execPath,
      [codeServerEntry, '--user-data-dir', data, '--extensions-dir', extensions, '--install-extension', installVsix],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
          XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
        },
      },
    );
    if (r.status !== 0)
      throw new Error(`code-server --install-extension ${installVsix} failed (${r.status}): ${r.stderr || r.stdout}`);
  }
  const port = await freePort();
  const args = [
    codeServerEntry,
    '--config',
    path.join(tmp, 'config.yaml'),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    data,
    '--extensions-dir',
    extensions,
  ];
  // Without these, code-server keeps its config and state in ~/.config/code-server and ~/.local/share.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
  };
  // detached: its own process group, so that stop() also ends the extension host and file watchers.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logPath = path.join(tmp, 'code-server.log');
  const logFile = createWriteStream(logPath);
  child.stdout.pipe(logFile);
  child.stderr.pipe(logFile);
  const stop = () => {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 300; i++) {
    if (await canConnect(port)) {
      const base = `http://127.0.0.1:${port}`;
      return {
        base,
        port,
        logPath,
        stop,
        userDataDir: data,
        /** A path on this machine as the workbench names it (code-server is a "remote" for the browser). */
        remote: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
      };
    }
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logPath}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`code-server did not listen within 30 s; see ${logPath}`);
}
