/**
 * The CLI as `npm pack` ships it (.npmignore): the files npm would pack, copied alone into an empty folder, make a
 * working `crosscheck` whose output on the seeds is the repository's. The CLI is two bundles (dist/cli.js supervises,
 * dist/cli-work.js is the engine the child loads): a package without the second one would start and then fail on
 * every run that reads articles. Uses the bundles built by `npm run build`, as the other spawned-CLI tests do.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');

/** The paths `npm pack` would put in the package (no build: --ignore-scripts). */
function packedFiles(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  assert.equal(r.status, 0, r.stderr);
  const [pack] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path);
}

function run(cli: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the packed CLI (npm pack)', () => {
  let files: string[] = [];
  let dir = '';
  before(() => {
    files = packedFiles();
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-pack-'));
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      copyFileSync(join(ROOT, f), join(dir, f));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds both CLI bundles and the command, and neither sources nor source maps', () => {
    for (const f of ['bin/crosscheck.cjs', 'dist/cli.js', 'dist/cli-work.js', 'package.json']) {
      assert.ok(files.includes(f), `${f} is not packed`);
    }
    assert.deepEqual(
      files.filter((f) => f.startsWith('src/') || f.endsWith('.map') || f.startsWith('test/')),
      [],
    );
  });

  it('checks the seeds from the packed files alone, as the built CLI does', () => {
    const packed = run(join(dir, 'bin', 'crosscheck.cjs'), 'check', 'seeds', '--format', 'json', '--quiet');
    const built = run(join(ROOT, 'dist', 'cli.js'), 'check', 'seeds', '--format', 'json', '--quiet');
    assert.equal(packed.stderr, '');
    assert.equal(packed.status, built.status);
    assert.ok(JSON.parse(packed.stdout).documents.length > 0);
    assert.equal(packed.stdout, built.stdout);
  });

  it('answers --version and a usage error from the packed files', () => {
    const version = run(join(dir, 'bin', 'crosscheck.cjs'), '--version');
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    const usage = run(join(dir, 'bin', 'crosscheck.cjs'), '--no-such-option');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /unknown option/);
  });
});
