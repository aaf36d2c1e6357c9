/**
 * Figures that move over time: a count whose reports of different days differ is an update (`conflict-update`, whose
 * message says which report is older and what later ones say); the same difference on one day, or in an amount of
 * money or a measure, stays a plain conflict. Hand-made articles after the reporting of the July 2021 floods in
 * western Germany (the toll in Germany rose from 81 on 16 July to 133 on 17 July and 156 on 18 July).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import type { AnalyzedDocument } from '../../src/core/types';
import { count, doc, money } from './claims-helpers';

const at = (d: AnalyzedDocument, text: string) => d.figures.find((f) => f.text === text)!.start;
const diagnosticAt = (r: ReturnType<typeof formClaims>, d: AnalyzedDocument, text: string) =>
  r.diagnostics.find((x) => x.path === d.path && x.start === at(d, text));

const en = doc(
  'flood/en.txt',
  'en',
  '2021-07-16',
  'Floods in Germany\n\nThe floods in Germany have left 81 dead, authorities said on Friday. Malu Dreyer visited Ahrweiler.',
  [count('81 dead', 81, 'death')],
);
const fr = doc(
  'flood/fr.txt',
  'fr',
  '2021-07-17',
  "Inondations en Allemagne\n\nLes inondations ont fait 133 morts en Allemagne. Malu Dreyer s'est rendue à Ahrweiler.",
  [count('133 morts', 133, 'death')],
);
const de = doc(
  'flood/de.txt',
  'de',
  '2021-07-18',
  'Hochwasser in Deutschland\n\nDas Hochwasser hat in Deutschland 156 Tote gefordert. Malu Dreyer besuchte Ahrweiler.',
  [count('156 Tote', 156, 'death')],
);

describe('claims time: a count that moves between reports of different days (conflict-update)', () => {
  it('gives every report of a rising toll conflict-update, in English, French and German', () => {
    const r = formClaims([en, fr, de]);
    for (const [d, text] of [
      [en, '81 dead'],
      [fr, '133 morts'],
      [de, '156 Tote'],
    ] as const)
      assert.equal(diagnosticAt(r, d, text)?.code, 'conflict-update', `${d.path}: ${text}`);
    const c = r.claims.find((x) => x.status === 'conflict');
    assert.equal(c?.code, 'conflict-update');
  });

  it('says which report is older and what the later ones say, each with its day', () => {
    const r = formClaims([en, fr, de]);
    assert.equal(
      diagnosticAt(r, en, '81 dead')?.message,
      '81 death (2021-07-16) here, an older report; later reports: 133 death (2021-07-17); 156 death (2021-07-18)',
    );
    assert.equal(
      diagnosticAt(r, de, '156 Tote')?.message,
      '156 death (2021-07-18) here, the latest report; earlier reports: 81 death (2021-07-16); 133 death (2021-07-17)',
    );
    assert.match(diagnosticAt(r, fr, '133 morts')!.message, /earlier reports: 81 .*; later reports: 156 /);
  });

  it('keeps a plain conflict for two reports of the same day', () => {
    const nl = doc(
      'flood/nl.txt',
      'nl',
      '2021-07-17',
      'Overstromingen in Duitsland\n\nDe overstromingen in Duitsland hebben 90 doden geëist. Malu Dreyer bezocht Ahrweiler.',
      [count('90 doden', 90, 'death')],
    );
    const r = formClaims([nl, fr]);
    assert.equal(diagnosticAt(r, nl, '90 doden')?.code, 'conflict');
    assert.equal(diagnosticAt(r, fr, '133 morts')?.code, 'conflict');
  });

  it('keeps a plain conflict when a mention contradicts a report of its own day as well as a later one', () => {
    const nl = doc(
      'flood/nl.txt',
      'nl',
      '2021-07-16',
      'Overstromingen in Duitsland\n\nDe overstromingen in Duitsland hebben 60 doden geëist. Malu Dreyer bezocht Ahrweiler.',
      [count('60 doden', 60, 'death')],
    );
    const r = formClaims([nl, en, de]);
    assert.equal(diagnosticAt(r, nl, '60 doden')?.code, 'conflict');
    assert.equal(diagnosticAt(r, de, '156 Tote')?.code, 'conflict-update');
  });

  it('keeps a plain conflict for an amount of money reported on different days (a fixed fact)', () => {
    const a = doc(
      'aid/en.txt',
      'en',
      '2021-07-16',
      'Flood aid\n\nThe government of Germany pledged 400 million euros in flood aid. Malu Dreyer visited Ahrweiler.',
      [money('400 million euros', 4e8, 'EUR')],
    );
    const b = doc(
      'aid/de.txt',
      'de',
      '2021-07-21',
      'Fluthilfe\n\nDie Regierung von Deutschland sagte 300 Millionen Euro Fluthilfe zu. Malu Dreyer besuchte Ahrweiler.',
      [money('300 Millionen Euro', 3e8, 'EUR')],
    );
    const r = formClaims([a, b]);
    assert.equal(diagnosticAt(r, a, '400 million euros')?.code, 'conflict');
    assert.equal(diagnosticAt(r, b, '300 Millionen Euro')?.code, 'conflict');
  });
});
