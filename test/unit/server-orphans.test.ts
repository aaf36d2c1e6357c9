/** Open documents whose file was deleted (src/server/orphans.ts): out of the comparison until the file is back. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OrphanedDocuments } from '../../src/server/orphans';

describe('OrphanedDocuments', () => {
  it('keeps a marked document out while its file is gone, and lets it back once the file exists again', () => {
    const onDisk = new Set<string>();
    const orphans = new OrphanedDocuments((p) => onDisk.has(p));
    orphans.mark('/w/a.txt');
    assert.equal(orphans.isOrphan('/w/a.txt'), true);
    assert.equal(orphans.isOrphan('/w/a.txt'), true, 'still gone on the next re-scan');
    onDisk.add('/w/a.txt');
    assert.equal(orphans.isOrphan('/w/a.txt'), false, 'the file is back');
    onDisk.delete('/w/a.txt');
    assert.equal(orphans.isOrphan('/w/a.txt'), false, 'forgotten once back: a later deletion is marked anew');
  });

  it('never keeps out a document it was not told about, nor one the user typed in', () => {
    const orphans = new OrphanedDocuments(() => false);
    assert.equal(orphans.isOrphan('/w/b.txt'), false);
    orphans.mark('/w/b.txt');
    orphans.unmark('/w/b.txt');
    assert.equal(orphans.isOrphan('/w/b.txt'), false);
    assert.equal(orphans.size, 0);
  });
});
