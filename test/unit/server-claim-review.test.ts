/**
 * Resolving a whole claim and undoing it, as changes to the review files (src/server/claim-review.ts), and the review
 * state the panel's table and the Claims view show (compare-requests.ts markReview).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildCompareView } from '../../src/core/report/index';
import { emptyReview, parseReview, serializeReview, withEntry, type ReviewEntry } from '../../src/core/review';
import { claimChanges, type ClaimReviewContext } from '../../src/server/claim-review';
import { markReview } from '../../src/server/compare-requests';
import { ResultIndex } from '../../src/server/result-index';
import { FR_A, FR_B, IT, fixtureResult } from './server-fixture';

const index = new ResultIndex(fixtureResult());
const itFigure = index.document(IT)!.figures[0]!;
const gpu = index.document(IT)!.figures[1]!;

function context(marked = new Map<string, ReviewEntry>()): ClaimReviewContext {
  return {
    index,
    reviewFolderOf: (p) => (p.startsWith('/ws/') ? '/ws' : undefined),
    checkedEntry: (p, s) => marked.get(`${p}@${s}`),
    now: () => '2026-12-07T13:00:00.000Z',
  };
}

describe('resolving a whole claim', () => {
  it('checks every mention of the claim, each with the conclusion and the claim label, in its folder’s file', () => {
    const planned = claimChanges(context(), IT, itFigure.start, 'apart-wrong');
    assert.ok(planned);
    assert.equal(planned.claim.label, 'Microsoft — investment — France');
    assert.equal(planned.count, 3);
    assert.deepEqual([...planned.changes.keys()], ['/ws']);
    const file = planned.changes.get('/ws')!(emptyReview());
    assert.deepEqual(
      file.checked.map((e) => [e.path, e.text, e.resolution, e.claim]),
      [
        ['000_fr.txt', '4,3 milliards de dollars', 'apart-wrong', 'Microsoft — investment — France'],
        ['001_fr.txt', '4 milliards d’euros', 'apart-wrong', 'Microsoft — investment — France'],
        ['002_it.txt', '4 mld di dollari', 'apart-wrong', 'Microsoft — investment — France'],
      ],
    );
    // one decision per line in the file people diff
    const text = serializeReview(file);
    assert.equal(text.split('\n').filter((l) => l.includes('"resolution": "apart-wrong"')).length, 3);
    assert.ok(parseReview(text).ok);
  });

  it('does nothing for a figure that belongs to no claim', () => {
    assert.equal(claimChanges(context(), IT, gpu.start, 'both-stand'), undefined);
  });

  it('unmarks the entries that mark the claim’s mentions, also when they name an older offset, and keeps others', () => {
    const moved: ReviewEntry = { path: '002_it.txt', text: '4 mld di dollari', start: itFigure.start - 7 };
    const fr: ReviewEntry = {
      path: '000_fr.txt',
      text: '4,3 milliards de dollars',
      start: 20,
      resolution: 'both-stand',
    };
    const other: ReviewEntry = { path: '002_it.txt', text: '25mila GPU', start: gpu.start };
    const marked = new Map([
      [`${IT}@${itFigure.start}`, moved],
      [`${FR_A}@${index.document(FR_A)!.figures[0]!.start}`, fr],
    ]);
    const planned = claimChanges(context(marked), FR_B, index.document(FR_B)!.figures[0]!.start, null);
    assert.ok(planned);
    assert.equal(planned.count, 2);
    const before = [moved, fr, other].reduce((f, e) => withEntry(f, 'checked', e), emptyReview());
    const after = planned.changes.get('/ws')!(before);
    assert.deepEqual(after.checked, [other]);
  });
});

describe('the review state in the panel’s table and the Claims view', () => {
  const row = (checked: (path: string) => boolean, resolution?: string) =>
    markReview(buildCompareView(index.result, {}), {
      isChecked: (p) => checked(p),
      resolutionOf: () => resolution,
      locale: () => 'en',
    }).rows.find((r) => r.claimId === 'c1')!;

  it('marks checked mentions as such and never as conflicting; a claim all checked is reviewed, with its conclusion', () => {
    const all = row(() => true, 'majority-wrong');
    assert.equal(all.review, 'all');
    assert.equal(all.resolution, 'majority-wrong');
    const mentions = all.cells.flatMap((c) => c.mentions);
    assert.ok(mentions.every((m) => m.checked === true && m.conflicting === false));
  });

  it('a claim partly checked is not reviewed; its unchecked conflicting mention keeps its mark', () => {
    const partly = row((p) => p !== IT);
    assert.equal(partly.review, 'partly');
    assert.equal(partly.resolution, undefined);
    const it = partly.cells.flatMap((c) => c.mentions).find((m) => m.text === '4 mld di dollari')!;
    assert.equal(it.conflicting, true);
    assert.equal(it.checked, undefined);
    const none = row(() => false);
    assert.equal(none.review, undefined);
  });
});

describe('the verdict of a resolved claim (Compare Sources cards)', () => {
  it('carries the conclusion when every mention is checked with it, and none when one mention is not checked', async () => {
    const { buildVerdicts } = await import('../../src/core/report/index');
    const all = buildVerdicts(index.result, { isChecked: () => true, resolutionOf: () => 'both-stand' })[0]!;
    assert.equal(all.review, 'all');
    assert.equal(all.resolution, 'both-stand');
    const partly = buildVerdicts(index.result, { isChecked: (p) => p !== IT, resolutionOf: () => 'both-stand' })[0]!;
    assert.equal(partly.review, 'partly');
    assert.equal(partly.resolution, undefined);
  });
});
