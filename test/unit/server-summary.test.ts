/** The status-bar summary of the workspace (src/server/summary.ts) and the crosscheck.scope setting's values. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../src/server/settings';
import { workspaceSummary } from '../../src/server/summary';
import { IT, fixtureResult } from './server-fixture';

describe('workspace summary', () => {
  const result = fixtureResult();

  it('counts the claims in conflict, the claims several sources state, and the articles', () => {
    assert.deepEqual(
      workspaceSummary(result, () => false, 'workspace'),
      {
        conflicts: 1,
        claims: 1,
        files: 3,
        scope: 'workspace',
      },
    );
  });

  it('no longer counts a conflict every mention of which a reviewer checked, but does while one is not', () => {
    assert.equal(workspaceSummary(result, () => true, 'workspace').conflicts, 0);
    assert.equal(workspaceSummary(result, (p) => p !== IT, 'workspace').conflicts, 1);
    // the claim is still a claim once settled
    assert.equal(workspaceSummary(result, () => true, 'workspace').claims, 1);
  });

  it('leaves out claims of one source (the Claims view does not list them)', () => {
    const single = { ...result, claims: result.claims.map((c) => ({ ...c, status: 'single' as const })) };
    assert.deepEqual(
      workspaceSummary(single, () => false, 'openFiles'),
      {
        conflicts: 0,
        claims: 0,
        files: 3,
        scope: 'openFiles',
      },
    );
  });
});

describe('crosscheck.scope', () => {
  it('is "openFiles" only when set so; anything else checks the workspace', () => {
    assert.equal(resolveSettings({ scope: 'openFiles' }).scope, 'openFiles');
    assert.equal(resolveSettings({}).scope, 'workspace');
    assert.equal(resolveSettings({ scope: 'all' as never }).scope, 'workspace');
  });
});
