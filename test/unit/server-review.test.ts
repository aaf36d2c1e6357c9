import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Figure } from '../../src/core/types';
import {
  emptyReview,
  matchEntries,
  matchEntryMap,
  withEntries,
  withoutEntries,
  onMarkedFigure,
  parseReview,
  serializeReview,
  withEntry,
} from '../../src/core/review';
import { loadReview, reviewPath, updateReview } from '../../src/node/review-store';

const fig = (start: number, text: string): Figure => ({
  start,
  end: start + text.length,
  text,
  kind: 'money',
  value: 1,
  unit: 'EUR',
});

describe('review file', () => {
  it('records a figure as checked, and moves it out of the ignored list', () => {
    const entry = { path: 'a/it.txt', text: '4 mld di dollari', start: 120 };
    const ignored = withEntry(emptyReview(), 'ignored', entry);
    assert.deepEqual(ignored.ignored, [entry]);
    const checked = withEntry(ignored, 'checked', entry);
    assert.deepEqual(checked.checked, [entry]);
    assert.deepEqual(checked.ignored, []);
    // Recording twice keeps one entry.
    assert.equal(withEntry(checked, 'checked', entry).checked.length, 1);
  });

  it('writes sorted, indented JSON that reads back the same', () => {
    let file = emptyReview();
    file = withEntry(file, 'checked', { path: 'b.txt', text: 'x', start: 5 });
    file = withEntry(file, 'checked', { path: 'a.txt', text: 'y', start: 9 });
    file = withEntry(file, 'checked', { path: 'a.txt', text: 'z', start: 2 });
    const text = serializeReview(file);
    assert.ok(text.endsWith('\n'));
    assert.match(text, /\n {2}"version": 1,/);
    const parsed = parseReview(text);
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.file.checked.map((e) => `${e.path}@${e.start}`),
      ['a.txt@2', 'a.txt@9', 'b.txt@5'],
    );
  });

  it('writes one decision per line, its keys in a fixed order whatever order they were given in', () => {
    let file = emptyReview();
    file = withEntry(file, 'checked', { at: '2026-12-07T10:00:00Z', start: 9, text: 'y', path: 'a.txt' });
    file = withEntry(file, 'checked', {
      claim: 'Microsoft — investment — France',
      resolution: 'apart-wrong',
      text: '4 mld',
      path: 'b.txt',
      start: 5,
      note: 'called the ministry',
    } as never);
    const text = serializeReview(file);
    const lines = text.split('\n');
    assert.deepEqual(lines.slice(0, 3), ['{', '  "version": 1,', '  "checked": [']);
    assert.equal(lines[3], '    {"path": "a.txt", "start": 9, "text": "y", "at": "2026-12-07T10:00:00Z"},');
    assert.equal(
      lines[4],
      '    {"path": "b.txt", "start": 5, "text": "4 mld", "resolution": "apart-wrong", "claim": "Microsoft — investment — France", "note": "called the ministry"}',
    );
    assert.equal(lines[6], '  "ignored": []');
    // the same decisions in another order give the same text, and it reads back as written
    const reordered = { ...file, checked: [...file.checked].reverse() };
    assert.equal(serializeReview(reordered), text);
    const parsed = parseReview(text);
    assert.ok(parsed.ok);
    assert.equal(serializeReview(parsed.file), text);
  });

  it('records a whole claim at once, and undoes it entry by entry without touching other decisions', () => {
    const claim = [
      { path: 'a.txt', text: '4 mld', start: 5, resolution: 'majority-wrong' },
      { path: 'b.txt', text: '4,3 milliards', start: 40, resolution: 'majority-wrong' },
    ];
    const other = { path: 'c.txt', text: '25mila', start: 3 };
    const file = withEntries(withEntry(emptyReview(), 'checked', other), 'checked', claim);
    assert.equal(file.checked.length, 3);
    const undone = withoutEntries(file, 'checked', claim);
    assert.deepEqual(undone.checked, [other]);
    // an entry that names another place or text is not removed
    assert.equal(withoutEntries(file, 'checked', [{ ...other, start: 4 }]).checked.length, 3);
  });

  it('refuses an entry whose resolution or claim is not a string, and accepts one that is', () => {
    const bad = parseReview(
      JSON.stringify({ version: 1, checked: [{ path: 'a', text: 't', start: 1, resolution: 3 }] }),
    );
    assert.equal(bad.ok, false);
    const good = parseReview(
      JSON.stringify({
        version: 1,
        checked: [{ path: 'a', text: 't', start: 1, resolution: 'both-stand', claim: 'x' }],
      }),
    );
    assert.ok(good.ok);
    assert.equal(good.file.checked[0]!.resolution, 'both-stand');
  });

  it('refuses broken JSON, conflict markers, malformed entries and other versions as a whole (the file is never read as empty)', () => {
    const refused = (text: string, why: RegExp): void => {
      const parsed = parseReview(text);
      assert.equal(parsed.ok, false, text);
      if (!parsed.ok) assert.match(parsed.error, why);
    };
    refused('{ not json', /not valid JSON/);
    refused(
      '<<<<<<< HEAD\n{"version":1}\n=======\n{"version":1,"checked":[]}\n>>>>>>> theirs\n',
      /merge-conflict markers/,
    );
    refused(
      JSON.stringify({ version: 1, checked: [{ path: 'a', text: 't', start: 1 }, { path: 2 }] }),
      /entry 2 of "checked"/,
    );
    refused(JSON.stringify({ version: 1, ignored: 'no' }), /"ignored" is not a list/);
    refused(JSON.stringify({ version: 2, checked: [] }), /version 2/);
    refused('[]', /not a JSON object/);
  });

  it('keeps fields it does not know, in entries and at the top, when the file is written again', () => {
    const text = JSON.stringify({
      version: 1,
      team: 'desk',
      checked: [{ path: 'a', text: 't', start: 1, note: 'called the ministry' }],
    });
    const parsed = parseReview(text);
    assert.ok(parsed.ok);
    const again = JSON.parse(serializeReview(withEntry(parsed.file, 'ignored', { path: 'b', text: 'u', start: 2 })));
    assert.equal(again.team, 'desk');
    assert.equal(again.checked[0].note, 'called the ministry');
    assert.equal(again.ignored.length, 1);
  });

  it('matches an entry to its figure exactly, or to the nearest figure with the same text after an edit', () => {
    const figures = [fig(10, '4 mld'), fig(50, '4 mld'), fig(90, '3 mld')];
    assert.deepEqual([...matchEntries([{ path: 'p', text: '4 mld', start: 50 }], figures)], [50]);
    // Text was inserted before the figure: it moved from 50 to 57.
    const moved = [fig(10, '4 mld'), fig(57, '4 mld'), fig(97, '3 mld')];
    assert.deepEqual([...matchEntries([{ path: 'p', text: '4 mld', start: 50 }], moved)], [57]);
    // The figure's text changed: the entry no longer applies.
    assert.deepEqual([...matchEntries([{ path: 'p', text: '5 mld', start: 50 }], moved)], []);
  });

  it('gives, for each matched figure, the entry that matched it (what undoing the decision removes)', () => {
    const entry = { path: 'p', text: '4 mld', start: 50, resolution: 'both-stand' };
    const moved = [fig(10, '4 mld'), fig(57, '4 mld')];
    assert.deepEqual([...matchEntryMap([entry], moved)], [[57, entry]]);
    assert.deepEqual([...matchEntryMap([entry], [fig(57, '5 mld')])], []);
  });

  it('does not let two entries claim the same figure', () => {
    const figures = [fig(10, '4 mld'), fig(60, '4 mld')];
    const matched = matchEntries(
      [
        { path: 'p', text: '4 mld', start: 12 },
        { path: 'p', text: '4 mld', start: 14 },
      ],
      figures,
    );
    assert.deepEqual(
      [...matched].sort((a, b) => a - b),
      [10, 60],
    );
  });
});

describe('review store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-review-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .crosscheck/review.json atomically and leaves no temporary file or lock', async () => {
    const entry = { path: 'it.txt', text: '4 mld di dollari', start: 3 };
    const written = await updateReview(dir, (f) => withEntry(f, 'checked', entry));
    assert.ok(written.ok);
    assert.equal(written.path, reviewPath(dir));
    assert.equal(written.path, join(dir, '.crosscheck', 'review.json'));
    assert.deepEqual(readdirSync(join(dir, '.crosscheck')), ['review.json']);
    const load = loadReview(dir);
    assert.equal(load.status, 'ok');
    if (load.status === 'ok') assert.deepEqual(load.file, withEntry(emptyReview(), 'checked', entry));
    assert.equal(readFileSync(written.path, 'utf8'), serializeReview(withEntry(emptyReview(), 'checked', entry)));
  });

  it('reads a missing file as absent, and a broken one as invalid without touching it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'crosscheck-review-'));
    assert.equal(loadReview(other).status, 'absent');
    mkdirSync(join(other, '.crosscheck'));
    writeFileSync(join(other, '.crosscheck', 'review.json'), '{');
    assert.equal(loadReview(other).status, 'invalid');
    const write = await updateReview(other, (f) => withEntry(f, 'checked', { path: 'a', text: 'b', start: 0 }));
    assert.equal(write.ok, false);
    assert.equal(readFileSync(join(other, '.crosscheck', 'review.json'), 'utf8'), '{');
    rmSync(other, { recursive: true, force: true });
  });
});

describe('a diagnostic on a checked figure', () => {
  const figures = [fig(10, '4 mld di dollari'), fig(40, '25mila GPU')];
  it('is withheld when its span touches a marked figure, empty spans included', () => {
    assert.equal(onMarkedFigure(figures, new Set([10]), 10, 26), true);
    assert.equal(onMarkedFigure(figures, new Set([10]), 15, 15), true);
  });
  it('stays when the figure under it is not marked, or it touches no figure', () => {
    assert.equal(onMarkedFigure(figures, new Set([10]), 40, 50), false);
    assert.equal(onMarkedFigure(figures, new Set([10, 40]), 30, 35), false);
    assert.equal(onMarkedFigure(figures, new Set(), 10, 26), false);
  });
});
