/**
 * `crosscheck check --format sarif`: a SARIF 2.1.0 log valid against the official OASIS schema
 * (test/fixtures/sarif-schema-2.1.0.json, JSON Schema draft-04), with what code-scanning tools need: one rule per
 * diagnostic code with its help page, each result on a rule, a region with lines, related locations for the claim's
 * other sources.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = resolve(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile<any>(schema);

function sarifOf(...args: string[]): any {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'check', '--format', 'sarif', '--no-review', ...args],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('check --format sarif', () => {
  const log = sarifOf('seeds');
  const run = log.runs[0];

  it('is valid SARIF 2.1.0 by the official schema', () => {
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    assert.equal(log.version, '2.1.0');
  });

  it('has one rule per diagnostic code, each with its documentation page', () => {
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    assert.deepEqual([...ids].sort(), [
      'conflict',
      'conflict-currency',
      'conflict-date',
      'conflict-in-article',
      'conflict-predicate',
      'conflict-scale',
      'conflict-update',
      'unreadable-figure',
    ]);
    for (const rule of run.tool.driver.rules) {
      // no public web address exists: the help page is the one installed beside the CLI, and it exists
      assert.match(rule.helpUri, new RegExp(`^file:///.*/docs/codes/${rule.id}\\.md$`));
      assert.ok(existsSync(fileURLToPath(rule.helpUri)), rule.helpUri);
      assert.match(rule.help.text, new RegExp(`docs/codes/${rule.id}\\.md`));
      assert.ok(rule.shortDescription.text.length > 10);
    }
    for (const id of ids)
      assert.ok(readFileSync(join(ROOT, 'docs', 'codes', `${id}.md`), 'utf8').length > 0, `docs/codes/${id}.md exists`);
  });

  it('gives every diagnostic of the JSON contract as a result on its rule, at the figure, with the other sources', () => {
    const json = JSON.parse(
      spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'check', '--format', 'json', '--no-review', 'seeds'],
        { cwd: ROOT, encoding: 'utf8' },
      ).stdout,
    );
    assert.equal(run.results.length, json.diagnostics.length);
    assert.ok(run.results.length > 0);
    run.results.forEach((result: any, i: number) => {
      const d = json.diagnostics[i];
      assert.equal(result.ruleId, d.code);
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, d.code);
      assert.equal(result.message.text, d.message);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, d.path);
      assert.equal(artifactLocation.uriBaseId, 'SRCROOT');
      assert.equal(region.charOffset, d.start);
      assert.equal(region.charLength, d.end - d.start);
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
      const text = readFileSync(join(ROOT, d.path), 'utf8');
      assert.equal(region.snippet.text, text.slice(d.start, d.end));
      // the line and column point at the same place as the offset
      const lines = text.split('\n');
      assert.equal(
        lines.slice(0, region.startLine - 1).reduce((n, l) => n + l.length + 1, 0) + region.startColumn - 1,
        d.start,
      );
      assert.equal(result.relatedLocations?.length ?? 0, d.related.length);
    });
    assert.ok(run.results.some((r: any) => r.relatedLocations?.length > 0 && r.level === 'warning'));
    assert.match(run.originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
  });

  it('the schema refuses a broken log (the validator is not a yes-man)', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'severe';
    assert.equal(validate(broken), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  });

  it('is refused for extract, which has no diagnostics', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'extract', '--format', 'sarif', 'seeds'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
  });
});
