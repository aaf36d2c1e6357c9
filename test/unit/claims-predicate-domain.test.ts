/**
 * `keyed-predicate-domain` (units.ts `keyedPredicateFits`): a keyed count predicate (jobs cut, a population) keys only
 * the counts it can be of. A toll is named by its own verb ("han perdido la vida", "desaparecidos"), so the verb of
 * losing or disappearing near it is no job cut; a measure is neither cut nor a population; only people are a
 * population. Sentences from the dev articles on the Pedrógão Grande fire (June 2017), the Cutro shipwreck (February
 * 2023), the Grindavík evacuation (November 2023) and Spain's election (July 2023), shortened.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formClaims } from '../../src/core/claims/index';
import { keyedPredicateFits, unitClass } from '../../src/core/claims/units';
import type { Figure } from '../../src/core/types';
import { at, claimOf, count, diagnosticAt, doc, type Claims } from './claims-helpers';
import type { AnalyzedDocument } from '../../src/core/types';

/** The predicate slot of a figure's claim key ('' when the key has none), or undefined when it is no mention. */
const keyedPredicate = (r: Claims, d: AnalyzedDocument, text: string): string | undefined =>
  r.keys?.get(`${d.path}\u0000${at(d, text)}`)?.split('\u0001')[3];

describe('claims keys: a keyed count predicate keys only what it can count (keyed-predicate-domain)', () => {
  const es = doc(
    'pg/es.txt',
    'es',
    '2017-06-18',
    'Al menos 57 muertos en el incendio de Pedrógão Grande\nLa República, 18 de junio de 2017\n\n' +
      'Al menos 57 personas han perdido la vida en el incendio de Pedrógão Grande, en el centro de Portugal.',
    [count('Al menos 57 personas', 57, 'death', { bound: 'at-least' })],
  );
  const pt = doc(
    'pg/pt.txt',
    'pt',
    '2017-06-18',
    'Incêndio em Pedrógão Grande\n18 junho 2017\n\nO incêndio de Pedrógão Grande, no centro de Portugal, fez 19 mortos.',
    [count('19 mortos', 19, 'death')],
  );
  it('a toll said with "han perdido la vida" is no job cut: it meets the toll of another language and conflicts', () => {
    const r = formClaims([es, pt], { trace: true });
    assert.equal(keyedPredicate(r, es, 'Al menos 57 personas'), '');
    assert.ok(claimOf(r, es, 'Al menos 57 personas'));
    assert.equal(claimOf(r, es, 'Al menos 57 personas'), claimOf(r, pt, '19 mortos'));
    assert.ok(diagnosticAt(r, pt, '19 mortos')?.code.startsWith('conflict'));
  });

  it('the missing of a shipwreck ("70 desaparecidos") are a role, not jobs that disappear', () => {
    const cutro = doc(
      'cutro/es.txt',
      'es',
      '2023-02-26',
      'Naufragio de migrantes en Calabria\n26 feb 2023\n\n' +
        'Fuentes de la prefectura de Crotone hablan de 40 muertos, 70 desaparecidos y 58 supervivientes.',
      [
        count('40 muertos', 40, 'death'),
        count('70 desaparecidos', 70, 'person', { role: 'missing' }),
        count('58 supervivientes', 58, 'person', { role: 'survivor' }),
      ],
    );
    const r = formClaims([cutro], { trace: true });
    for (const t of ['40 muertos', '70 desaparecidos', '58 supervivientes'])
      assert.equal(keyedPredicate(r, cutro, t), '', t);
  });

  it('a distance is no population, though the sentence names the inhabitants: two lengths of one tunnel conflict', () => {
    const nb = doc(
      'gv/nb.txt',
      'nb',
      '2023-11-12',
      'Grindavik evakuert\n12. november 2023\n\n' +
        'Han er en av innbyggerne fra Grindavik, der det har dannet seg en 12 kilometer lang magmatunnel under bakken.',
      [count('12 kilometer', 12, 'km')],
    );
    const da = doc(
      'gv/da.txt',
      'da',
      '2023-11-12',
      'Grindavik evakueret\n12. november 2023\n\nUnder Grindavik har der dannet sig en 15 kilometer lang magmatunnel.',
      [count('15 kilometer', 15, 'km')],
    );
    const r = formClaims([nb, da], { trace: true });
    assert.equal(keyedPredicate(r, nb, '12 kilometer'), '');
    assert.equal(claimOf(r, nb, '12 kilometer'), claimOf(r, da, '15 kilometer'));
  });

  it('negative: jobs cut keep their predicate and stay apart from the jobs a plan creates', () => {
    const fr = doc(
      'jobs/fr.txt',
      'fr',
      '2025-03-02',
      'Stellar réduit ses effectifs\n2 mars 2025\n\nStellar va supprimer 3 000 emplois en France.',
      [count('3 000 emplois', 3000, 'job')],
    );
    const it_ = doc(
      'jobs/it.txt',
      'it',
      '2025-03-02',
      'Stellar in Francia\n2 marzo 2025\n\nStellar creerà 2.800 posti di lavoro in Francia.',
      [count('2.800 posti di lavoro', 2800, 'job')],
    );
    const r = formClaims([fr, it_], { trace: true });
    assert.equal(keyedPredicate(r, fr, '3 000 emplois'), 'cut-jobs');
    assert.notEqual(claimOf(r, fr, '3 000 emplois') ?? 'none', claimOf(r, it_, '2.800 posti di lavoro'));
  });

  it("negative: a town's inhabitants are its population; seats lost keep the verb of losing", () => {
    const nb = doc(
      'pop/nb.txt',
      'nb',
      '2023-11-12',
      'Grindavik evakuert\n12. november 2023\n\nAlle de 3 700 innbyggerne i Grindavik er evakuert.',
      [count('3 700 innbyggerne', 3700, 'inhabitant')],
    );
    const pt = doc(
      'seats/pt.txt',
      'pt',
      '2023-07-24',
      'Eleições em Espanha\n24 julho 2023\n\nO Vox perdeu 19 deputados em relação a 2019.',
      [count('19 deputados', 19, 'seat')],
    );
    const r = formClaims([nb, pt], { trace: true });
    assert.equal(keyedPredicate(r, nb, '3 700 innbyggerne'), 'population');
    assert.equal(keyedPredicate(r, pt, '19 deputados'), 'cut-jobs');
  });
});

describe('claims keys: keyedPredicateFits (data and property)', () => {
  const figure = (unit: string, role?: string): Figure => ({
    start: 0,
    end: 1,
    text: '1',
    kind: 'quantity',
    value: 1,
    unit,
    ...(role ? { role } : {}),
  });
  it('people and jobs can be cut; people can be a population; measures, tolls and towns are no population', () => {
    assert.ok(keyedPredicateFits('cut-jobs', unitClass(figure('job')), figure('job')));
    assert.ok(keyedPredicateFits('population', unitClass(figure('inhabitant')), figure('inhabitant')));
    assert.ok(!keyedPredicateFits('population', unitClass(figure('town')), figure('town')));
    for (const u of ['km', 'm', 'ha', 'kg', 'MW', 'l'])
      for (const p of ['cut-jobs', 'population']) assert.ok(!keyedPredicateFits(p, unitClass(figure(u)), figure(u)), u);
    assert.ok(!keyedPredicateFits('cut-jobs', unitClass(figure('death')), figure('death')));
  });
  it('a count with a role is never keyed by a keyed count predicate, whatever its noun (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('person', 'job', 'passenger', 'migrant', 'worker', 'seat'),
        fc.constantFrom('injured', 'missing', 'evacuee', 'survivor', 'arrested', 'hospitalised'),
        fc.constantFrom('cut-jobs', 'population'),
        (unit, role, p) => !keyedPredicateFits(p, unitClass(figure(unit, role)), figure(unit, role)),
      ),
    );
  });
});
