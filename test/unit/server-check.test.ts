import { strict as assert } from 'node:assert';
import { MessageChannel } from 'node:worker_threads';
import { describe, it } from 'node:test';
import { ArticleSet } from '../../src/server/article-set';
import { CheckRunner, serveChecks, type CheckRequest, type CheckResponse } from '../../src/server/check-worker';
import { fixtureResult } from './server-fixture';

describe('check worker protocol', () => {
  it('keeps its copy of the documents between requests: upserts, removals, order', async () => {
    const { port1, port2 } = new MessageChannel();
    serveChecks(port1);
    const ask = (req: CheckRequest) =>
      new Promise<CheckResponse>((resolve) => {
        port2.once('message', resolve);
        port2.postMessage(req);
      });
    const docs = fixtureResult().documents;
    const first = await ask({
      kind: 'check',
      id: 1,
      upsert: docs,
      remove: [],
      order: docs.map((d) => d.path),
      options: {},
    });
    assert.equal(first.id, 1);
    assert.ok(!('error' in first));
    // Nothing re-sent: the worker still has the three documents.
    const second = await ask({
      kind: 'check',
      id: 2,
      upsert: [],
      remove: [docs[2]!.path],
      order: [docs[0]!.path, docs[1]!.path],
      options: {},
    });
    assert.equal(second.id, 2);
    assert.ok(!('error' in second));
    port2.close();
  });

  it('checks on the calling thread when no worker is available', async () => {
    const runner = new CheckRunner({ workerScript: undefined, log: () => undefined });
    const result = await runner.check(fixtureResult().documents, {});
    assert.equal(result.documents.length, 3);
    assert.ok(result.claimOfFigure instanceof Map);
  });
});

describe('discarding results of older texts', () => {
  it('drops a result computed while an article changed, and keeps the next one', () => {
    const set = new ArticleSet();
    set.setFolders(['/ws']);
    set.setDiskText('/ws/a.txt', 'Microsoft investit 4 milliards d’euros en France.');
    const prepared = set.prepareCheck();
    set.setOpenText('/ws/a.txt', 'Microsoft investit 5 milliards d’euros en France.', false);
    const stale = { documents: prepared.docs, claims: [], diagnostics: [], claimOfFigure: new Map<string, string>() };
    assert.equal(set.commit(prepared, stale), false);
    assert.equal(set.stale, true);
    const fresh = set.prepareCheck();
    assert.equal(set.commit(fresh, { ...stale, documents: fresh.docs }), true);
    assert.equal(set.stale, false);
    assert.equal(set.index.document('/ws/a.txt')?.text, 'Microsoft investit 5 milliards d’euros en France.');
  });
});

describe('the open articles before the first scan', () => {
  const fr = '/w/fr.txt';
  const it2 = '/w/it.txt';
  const disk = '/w/disk.txt';
  const french = 'Microsoft investira 4,3 milliards de dollars en France, a annoncé le groupe lundi 13 mai 2024.';
  const italian =
    'Microsoft investirà 4 miliardi di dollari in Francia, ha annunciato il gruppo lunedì 13 maggio 2024.';

  it('checks the open articles among themselves, leaving the kept result and the disk texts alone', () => {
    const set = new ArticleSet();
    set.setFolders(['/w']);
    set.setDiskText(disk, french);
    set.setOpenText(fr, french, false);
    set.setOpenText(it2, italian, false);
    const before = set.index;
    const early = set.checkOpenArticles();
    assert.deepEqual(
      early.result.documents.map((d) => d.path),
      [fr, it2],
      'open articles only: the disk is still being read',
    );
    assert.ok(
      early.result.claims.some((c) => c.mentions.some((m) => m.path === fr) && c.mentions.some((m) => m.path === it2)),
    );
    assert.equal(set.index, before, 'the kept result is the whole check’s to replace');
    assert.equal(set.stale, true, 'the whole check still has to run');
  });

  it('gives an open article’s own figures at once, before any check: what the hover and underlines answer from', () => {
    const set = new ArticleSet();
    set.setFolders(['/w']);
    set.setOpenText(fr, french, false);
    set.setOpenText('/w/notes.json', '{"a": 4}', false);
    const figures = set.articleAnalysis(fr)?.figures ?? [];
    assert.ok(
      figures.some((f) => f.text === '4,3 milliards de dollars'),
      figures.map((f) => f.text).join(' | '),
    );
    assert.equal(set.index.document(fr), undefined, 'no check ran: the kept result is untouched');
    assert.equal(set.articleAnalysis('/w/notes.json'), undefined, 'not an article under the settings');
    assert.equal(set.articleAnalysis('/w/unknown.txt'), undefined, 'not known at all');
  });

  it('has nothing to check when no article is open', () => {
    const set = new ArticleSet();
    set.setFolders(['/w']);
    set.setDiskText(disk, french);
    assert.equal(set.checkOpenArticles().result.documents.length, 0);
  });
});
