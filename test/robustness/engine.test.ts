/**
 * Engine cases of issue 10: output that stays bounded however many sources repeat a claim (item 10), dates that
 * are not dates (item 9), and the engine never throwing on hostile text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeDocument, checkWorkspace } from '../../src/core/workspace';
import { listValues, MAX_LISTED_VALUES } from '../../src/core/claims/diagnostics';

const story = (i: number, billions: number): string =>
  `Paris, le 13 mai 2024 — Microsoft va investir ${billions} milliards d’euros en France, a annoncé le groupe (source ${i}).\n`;

function longestMessage(copies: number, distinct: number) {
  const docs = Array.from({ length: copies }, (_, i) => analyzeDocument(`s${i}.txt`, story(i, 2 + (i % distinct))));
  const result = checkWorkspace(docs);
  assert.ok(result.diagnostics.length > 0, 'the copies contradict each other');
  return {
    message: Math.max(...result.diagnostics.map((d) => d.message.length)),
    related: Math.max(...result.diagnostics.map((d) => d.related.length)),
    messages: result.diagnostics.map((d) => d.message),
  };
}

describe('bounded output however many sources repeat a claim', () => {
  it('a message lists at most a few values, the most stated first, and counts the rest', () => {
    const few = longestMessage(40, 8);
    const many = longestMessage(160, 40);
    assert.ok(many.message <= few.message + 40, `messages grew with the sources: ${few.message} -> ${many.message}`);
    assert.ok(many.related <= 20, `related information grew: ${many.related}`);
    assert.ok(
      many.messages.some((m) => /\d+ other sources say .*; and \d+ other values$/.test(m)),
      many.messages[0],
    );
  });

  it('listValues keeps every value when there are few, in their order', () => {
    assert.equal(listValues(['4 bn', '5 bn', '4 bn']), '4 bn; 5 bn');
    const many = Array.from({ length: 50 }, (_, i) => `${i} bn`).concat(['7 bn', '7 bn', '9 bn']);
    const text = listValues(many);
    assert.ok(text.startsWith('7 bn (3 mentions); 9 bn (2 mentions)'), text);
    assert.equal(text.split('; ').length, MAX_LISTED_VALUES + 1);
    assert.match(text, /and 46 other values$/);
  });
});

describe('dates that are not dates', () => {
  it('a dotted or slashed triple with a year below 1000 is no date ("1.1.0005" is a version)', () => {
    for (const text of ['Version 1.1.0005 est sortie.', 'le fichier 01/02/0003 est là']) {
      const dates = analyzeDocument('x.txt', text).figures.filter((f) => f.kind === 'date');
      assert.deepEqual(dates, [], text);
    }
    const real = analyzeDocument('x.txt', 'Le décret du 1.1.2005 reste en vigueur.').figures.find(
      (f) => f.kind === 'date',
    );
    assert.equal(real?.value, '2005-01-01');
  });

  it('a day and month without a year has the value --MM-DD (ISO 8601 without year), unit "day"', () => {
    const f = analyzeDocument('x.txt', 'Le 13 mai, le groupe a annoncé son plan.').figures.find(
      (x) => x.kind === 'date',
    );
    assert.equal(f?.value, '--05-13');
    assert.equal(f?.unit, 'day');
  });
});

describe('hostile text', () => {
  it('control characters, lone surrogates, huge numbers and long runs never make the engine throw', () => {
    const texts = [
      '\u0000\u001b[2J\u0007 4 milliards \ud800 d’euros \udfff',
      '9'.repeat(5000) + ' milliards',
      '1.'.repeat(3000) + '5 %',
      '$1bn and '.repeat(2000),
      '\u202e4 milliards d’euros\u202c',
    ];
    for (const text of texts) {
      const doc = analyzeDocument('x.txt', text);
      for (const f of doc.figures) assert.equal(text.slice(f.start, f.end), f.text);
      assert.doesNotThrow(() => checkWorkspace([doc, analyzeDocument('y.txt', text)]));
    }
  });
});
