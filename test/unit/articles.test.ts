import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { discoverArticles, readArticle } from '../../src/node/articles';

let dir: string;
const at = (...parts: string[]): string => join(dir, ...parts);
const write = (name: string, content: string | Uint8Array): string => {
  const path = at(name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};

function readOk(path: string, maxBytes?: number): { text: string; warnings: string[] } {
  const r = readArticle(path, maxBytes === undefined ? {} : { maxBytes });
  assert.ok(r.ok, `expected ${path} to be read, got ${r.ok ? '' : r.error}`);
  return r;
}
function readError(path: string, maxBytes?: number): string {
  const r = readArticle(path, maxBytes === undefined ? {} : { maxBytes });
  assert.ok(!r.ok, `expected ${path} to be refused`);
  assert.equal(r.path, path);
  return r.error;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-articles-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticle', () => {
  const article = 'Microsoft investira 4 milliards d’euros en France d’ici 2027.\n';

  it('reads UTF-8 as is', () => {
    const r = readOk(write('plain.txt', article));
    assert.equal(r.text, article);
    assert.deepEqual(r.warnings, []);
  });

  it('removes a UTF-8 byte-order mark so offsets match the engine', () => {
    const r = readOk(write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)])));
    assert.equal(r.text, article);
  });

  it('decodes UTF-16 little and big endian with a byte-order mark', () => {
    assert.equal(readOk(write('le.txt', utf16(article, false))).text, article);
    assert.equal(readOk(write('be.txt', utf16(article, true))).text, article);
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning', () => {
    // "Le coût: 2,5 millions € — «près de»" in Windows-1252: é=E9, €=80, —=97, «=AB, è=E8
    const bytes = Buffer.from([
      ...Buffer.from('Le co'),
      0xfb,
      ...Buffer.from('t: 2,5 millions '),
      0x80,
      0x20,
      0x97,
      0x20,
      0xab,
      ...Buffer.from('pr'),
      0xe8,
      ...Buffer.from('s de'),
      0xbb,
    ]);
    const r = readOk(write('latin1.txt', bytes));
    assert.equal(r.text, 'Le coût: 2,5 millions € — «près de»');
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0]!, /not valid UTF-8.*Windows-1252/);
  });

  it('keeps UTF-8 with one stray byte as UTF-8, replacing only that byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('Zürich: 1 000 Franken, Genève '),
      Buffer.from([0xff]),
      Buffer.from(' ça'),
    ]);
    const r = readOk(write('stray.txt', bytes));
    assert.equal(r.text, 'Zürich: 1 000 Franken, Genève \ufffd ça');
    assert.match(r.warnings[0]!, /1 invalid UTF-8 byte replaced/);
  });

  it('refuses binary files', () => {
    assert.match(
      readError(write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]))),
      /binary file/,
    );
  });

  it('recognises UTF-16 without a byte-order mark and says how to fix it', () => {
    const le = Buffer.from('Le gouvernement a annoncé 2 milliards.', 'utf16le');
    assert.match(readError(write('nobom16.txt', le)), /UTF-16.*without a byte-order mark/);
  });

  it('reads an empty file with a warning', () => {
    const r = readOk(write('empty.txt', ''));
    assert.equal(r.text, '');
    assert.deepEqual(r.warnings, ['empty file']);
    assert.deepEqual(readOk(write('blank.txt', ' \n\t\n')).warnings, ['the file holds only white space']);
  });

  it('refuses files over the size limit without reading them', () => {
    const path = write('big.txt', 'x'.repeat(2048));
    assert.match(readError(path, 1024), /file too large \(2\.0 KB; the limit is 1\.0 KB\)/);
    assert.equal(readOk(path, 4096).text.length, 2048);
  });

  it('gives clear messages for missing paths, folders and non-regular files', () => {
    assert.equal(readError(at('nope.txt')), 'no such file or directory');
    assert.equal(readError(at('plain.txt', 'child')), 'a part of the path is not a directory');
    assert.equal(readError(dir), 'is a directory');
    assert.equal(readError(''), 'empty path');
    if (spawnSync('mkfifo', [at('fifo.txt')]).status === 0) {
      assert.equal(readError(at('fifo.txt')), 'is a named pipe (FIFO), not a regular file');
    }
  });

  it('reads odd file names', () => {
    for (const name of ['with space.txt', 'ünïcødé – 北京.txt', '-dash.txt', 'quote\'d "x".txt']) {
      assert.equal(readOk(write(name, article)).text, article);
    }
  });

  it('never modifies the file it reads', () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('caf'), 0xe9]);
    const path = write('untouched.txt', bytes);
    const before = statSync(path);
    readArticle(path);
    assert.deepEqual(readFileSync(path), bytes);
    assert.equal(statSync(path).mtimeMs, before.mtimeMs);
  });
});

describe('discoverArticles', () => {
  let root: string;
  before(() => {
    root = at('tree');
    for (const name of [
      'b.txt',
      'a.md',
      'c.article',
      'z.html',
      'sub/d.txt',
      'sub/deeper/e.txt',
      'drafts/f.txt',
      '.hidden/g.txt',
      'node_modules/pkg/h.txt',
      '.dotfile.txt',
      'sub/Ä.txt',
    ]) {
      write(join('tree', name), 'text');
    }
    mkdirSync(at('nothing-here'));
    write('no-articles/photo.png', 'png');
    write('no-articles/.git/HEAD.txt', 'ref');
  });

  const rel = (files: string[]): string[] =>
    files.map((f) =>
      f
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    );

  it('walks folders recursively in sorted order with the default globs, skipping dot-folders and node_modules', () => {
    const r = discoverArticles([root]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(rel(r.files), [
      'a.md',
      'b.txt',
      'c.article',
      'drafts/f.txt',
      'sub/d.txt',
      'sub/deeper/e.txt',
      'sub/Ä.txt',
    ]);
    assert.ok(
      r.files.every((f) => f.startsWith(root)),
      'paths are joined under the folder as given',
    );
  });

  it('applies include and exclude globs relative to the folder', () => {
    assert.deepEqual(rel(discoverArticles([root], { exclude: ['drafts'] }).files), [
      'a.md',
      'b.txt',
      'c.article',
      'sub/d.txt',
      'sub/deeper/e.txt',
      'sub/Ä.txt',
    ]);
    assert.deepEqual(rel(discoverArticles([root], { exclude: ['sub/**', '*.md'] }).files), [
      'b.txt',
      'c.article',
      'drafts/f.txt',
    ]);
    assert.deepEqual(rel(discoverArticles([root], { include: ['*.html'] }).files), ['z.html']);
    assert.deepEqual(rel(discoverArticles([root], { include: ['sub/*.txt'] }).files), ['sub/d.txt', 'sub/Ä.txt']);
  });

  it('takes named files as given, whatever their extension, once each', () => {
    const html = join(root, 'z.html');
    const r = discoverArticles([html, root, join(root, 'b.txt')]);
    assert.equal(r.files[0], html);
    assert.equal(r.files.filter((f) => f.endsWith('b.txt')).length, 1);
  });

  it('reports missing inputs and folders without articles, and keeps going', () => {
    const r = discoverArticles([at('missing'), at('nothing-here'), at('no-articles'), join(root, 'b.txt')]);
    assert.deepEqual(r.files, [join(root, 'b.txt')]);
    assert.deepEqual(
      r.errors.map((e) => e.path),
      [at('missing'), at('nothing-here'), at('no-articles')],
    );
    assert.equal(r.errors[0]!.error, 'no such file or directory');
    assert.match(r.errors[1]!.error, /no article files in this folder \(looked for \*\*\/\*\.txt/);
  });

  it('survives a symbolic link that loops back to an ancestor', () => {
    write('loop/x.txt', 'text');
    try {
      symlinkSync(at('loop'), at('loop', 'again'), 'dir');
    } catch {
      return; // no symlink permission on this system
    }
    assert.deepEqual(discoverArticles([at('loop')]).files, [at('loop', 'x.txt')]);
  });
});
