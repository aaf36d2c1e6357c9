import { strict as assert } from 'node:assert';
import { MARKDOWN_MARKER_LINE } from '../../src/core/report/marker';
import { describe, it } from 'node:test';
import { articleFilter } from '../../src/server/article-filter';
import { ArticleSet } from '../../src/server/article-set';
import { LineIndex } from '../../src/server/lines';
import { folderOf, pathToUri, relativeTo, uriToPath } from '../../src/node/paths';
import { resolveSettings } from '../../src/server/settings';

describe('article filter', () => {
  it('follows the CLI: globs relative to the folder, bare globs match file names anywhere', () => {
    const f = articleFilter(['**/*.txt', '*.article'], ['drafts/**']);
    assert.equal(f('a.txt'), true);
    assert.equal(f('x/y/a.txt'), true);
    assert.equal(f('x/y/a.article'), true);
    assert.equal(f('x/a.md'), false);
    assert.equal(f('drafts/a.txt'), false);
    assert.equal(f('.git/a.txt'), false);
    assert.equal(f('node_modules/p/readme.txt'), false);
    assert.equal(f('.crosscheck/review.json'), false);
  });
});

describe('paths and lines', () => {
  it('maps file URIs and paths both ways and keeps other URIs as they are', () => {
    assert.equal(uriToPath('file:///ws/a%20b.txt'), '/ws/a b.txt');
    assert.equal(pathToUri('/ws/a b.txt'), 'file:///ws/a%20b.txt');
    assert.equal(uriToPath('vscode-vfs://github/o/r/a.txt'), 'vscode-vfs://github/o/r/a.txt');
    assert.equal(folderOf('/ws/sub/a.txt', ['/ws', '/ws/sub', '/other']), '/ws/sub');
    assert.equal(folderOf('/wsx/a.txt', ['/ws']), undefined);
    assert.equal(relativeTo('/ws', '/ws/sub/a.txt'), 'sub/a.txt');
  });

  it('converts offsets to positions across \\n, \\r\\n and \\r line ends', () => {
    const lines = new LineIndex('ab\r\ncd\ref\ngh');
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(11), { line: 3, character: 1 });
    assert.equal(lines.offsetAt({ line: 3, character: 1 }), 11);
    assert.equal(lines.offsetAt({ line: 99, character: 0 }), 10);
  });
});

describe('article set', () => {
  it('lets the editor’s text win over the disk’s and drops files that grow past the size limit', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    set.setSettings(resolveSettings({ files: { maxSizeKB: 1 } }));
    set.setDiskText('/ws/a.txt', 'disk');
    assert.equal(set.textOf('/ws/a.txt'), 'disk');
    set.setOpenText('/ws/a.txt', 'editor', false);
    assert.equal(set.textOf('/ws/a.txt'), 'editor');
    set.setOpenText('/ws/a.txt', 'x'.repeat(2000), false);
    assert.equal(set.exclusion('/ws/a.txt'), 'too-large');
    set.setOpenText('/ws/a.txt', 'small again', false);
    assert.equal(set.exclusion('/ws/a.txt'), undefined);
    assert.equal(set.textOf('/ws/a.txt'), 'small again');
  });

  it('checks open documents only when they are articles, or forced by the article language', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    set.setOpenText('/ws/notes.json', '{}', false);
    set.setOpenText('/ws/story.txt', 'text', false);
    set.setOpenText('/ws/story.news', 'text', true);
    set.setOpenText('git:/ws/story.txt', 'text', false);
    assert.deepEqual(set.articlePaths(), ['/ws/story.news', '/ws/story.txt']);
  });

  it('forgets a deleted folder and everything under it, open documents included', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    set.setDiskText('/ws/sub/a.txt', 'a');
    set.setDiskText('/ws/sub2/b.txt', 'b');
    set.setOpenText('/ws/sub/open.txt', 'typed', false);
    set.remove('/ws/sub');
    assert.deepEqual(set.articlePaths(), ['/ws/sub2/b.txt']);
  });
});

describe('article set staleness', () => {
  it('needs no re-check when a file is opened, saved or closed as it is on disk', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    set.setDiskText('/ws/a.txt', 'disk text');
    set.check();
    assert.equal(set.stale, false);
    set.setDiskText('/ws/a.txt', 'disk text');
    set.setOpenText('/ws/a.txt', 'disk text', false);
    set.closeOpen('/ws/a.txt');
    set.setOpenText('/ws/notes.json', '{}', false);
    set.setSettings(resolveSettings(undefined));
    assert.equal(set.stale, false);
  });

  it('needs one after typing, a change on disk, a deletion or a review decision', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    set.setDiskText('/ws/a.txt', 'disk text');
    const changes: [string, () => void][] = [
      ['typing', () => set.setOpenText('/ws/a.txt', 'typed text', false)],
      ['closing without saving', () => set.closeOpen('/ws/a.txt')],
      ['disk change', () => set.setDiskText('/ws/a.txt', 'new text')],
      ['deletion', () => set.remove('/ws/a.txt')],
      [
        'review',
        () => set.setReview('/ws', { version: 1, checked: [{ path: 'a.txt', text: 'x', start: 0 }], ignored: [] }),
      ],
      ['settings', () => set.setSettings(resolveSettings({ severity: { conflict: 'error' } }))],
    ];
    for (const [what, change] of changes) {
      set.check();
      change();
      assert.equal(set.stale, true, what);
    }
  });
});

describe('a report Crosscheck wrote', () => {
  it('is never read as a source, whether on disk or open in the editor', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    set.setDiskText('/ws/good.txt', 'Microsoft investit 4 milliards d’euros.');
    set.setDiskText(
      '/ws/crosscheck-compare.md',
      `${MARKDOWN_MARKER_LINE}\n\n## Sources compared\n\n| 4 milliards d’euros |\n`,
    );
    set.setOpenText('/ws/notes.md', `${MARKDOWN_MARKER_LINE}\n4,3 milliards de dollars`, false);
    set.check();
    assert.ok(set.index.document('/ws/good.txt'));
    assert.equal(set.index.document('/ws/crosscheck-compare.md'), undefined);
    assert.equal(set.index.document('/ws/notes.md'), undefined);
  });
});

describe('an article the engine fails on', () => {
  it('is left out and reported once, and the others are still checked', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    const errors: string[] = [];
    set.onEngineError = (path) => errors.push(path);
    set.setDiskText('/ws/good.txt', 'Microsoft investit 4 milliards d’euros.');
    // Stands in for an engine bug: analyzeDocument throws on anything that is not a string.
    const bad = {
      toString: () => {
        throw new Error('boom');
      },
    } as unknown as string;
    set.setDiskText('/ws/bad.txt', bad);
    set.check();
    set.check();
    assert.deepEqual(errors, ['/ws/bad.txt']);
    assert.ok(set.index.document('/ws/good.txt'));
    assert.equal(set.index.document('/ws/bad.txt'), undefined);
  });
});
