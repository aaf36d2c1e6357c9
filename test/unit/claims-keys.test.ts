/**
 * Who, what, where of a claim key: a counted noun's concept (or, for a noun no resource knows, its cognate key) is the
 * key's "what", so the same fact meets across languages; CLDR country names in any inflection are places, not
 * subjects; stories whose main countries differ are one event when each names the other's country. Hand-made
 * articles of invented organisations and places.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { unitClass } from '../../src/core/claims/units';
import { newNameEvidence, nameEvidence, readDocument } from '../../src/core/claims/context';
import type { Figure } from '../../src/core/types';
import { claimOf, claimOrAlone, count, diagnosticAt, doc } from './claims-helpers';

const figure = (unit: string, unitKnown?: false): Figure => ({
  start: 0,
  end: 1,
  text: '1',
  kind: 'quantity',
  value: 1,
  unit,
  ...(unitKnown === false ? { unitKnown } : {}),
});

describe('claims keys: what a count counts', () => {
  it("a language table's lemma counts what its concept counts: participants and protesters are persons", () => {
    assert.equal(unitClass(figure('participant')), unitClass(figure('protester')));
    assert.equal(unitClass(figure('participant')), 'person');
  });
  it('a noun no resource knows meets its cognates in the other languages, and no other noun', () => {
    const it_ = unitClass(figure('manifestanti', false));
    assert.equal(it_, unitClass(figure('Manifestanten', false)));
    assert.equal(it_, unitClass(figure('manifestantes', false)));
    assert.notEqual(it_, unitClass(figure('sopravvissuti', false)));
  });
  it('counts of unknown cognate nouns in two languages are one claim, and conflict', () => {
    const a = doc(
      'k/it.txt',
      'it',
      '2025-03-02',
      'Corteo a Capo Vento\n2 marzo 2025\n\nSecondo la guardia costiera, 81 manifestanti hanno sfilato a Capo Vento.',
      [count('81 manifestanti', 81, 'manifestanti')],
    );
    const b = doc(
      'k/es.txt',
      'es',
      '2025-03-02',
      'Marcha en Capo Vento\n2 mar 2025\n\nSegún la guardia costera, 58 manifestantes marcharon en Capo Vento.',
      [count('58 manifestantes', 58, 'manifestantes')],
    );
    a.figures[0]!.unitKnown = false;
    b.figures[0]!.unitKnown = false;
    const r = formClaims([a, b]);
    assert.ok(claimOf(r, a, '81 manifestanti'));
    assert.equal(claimOrAlone(r, a, '81 manifestanti'), claimOrAlone(r, b, '58 manifestantes'));
    assert.equal(diagnosticAt(r, b, '58 manifestantes')?.code, 'conflict');
  });
});

describe('claims keys: countries from CLDR are places, not subjects', () => {
  it("an inflected country name after a headline's first word is the article's country, not its subject", () => {
    const d = doc(
      'k/nl.txt',
      'nl',
      '2025-09-17',
      'Megatunnel Duitsland en Denemarken later klaar\n17 september 2025\n\nDe tunnel tussen Duitsland en Denemarken is vertraagd. In Duitsland is men boos.',
      [],
    );
    const ev = newNameEvidence();
    nameEvidence(d, ev);
    const c = readDocument(d, ev);
    assert.equal(c.mainCountry, 'DE');
    assert.ok(!c.nameScores.has('duitsland'));
  });
  it('"Novo Nordisk": a country adjective after a name still ends no place', () => {
    const d = doc(
      'k/da.txt',
      'da',
      '2025-09-17',
      'Novo Nordisk investerer i Kalundborg\n17 september 2025\n\nNovo Nordisk bygger en fabrik.',
      [],
    );
    const ev = newNameEvidence();
    nameEvidence(d, ev);
    const c = readDocument(d, ev);
    assert.ok(!c.places.some((p) => p.value === 'EU/nordic'));
  });
});

describe('claims keys: one event told from two countries', () => {
  // a tunnel between two countries: each country's paper makes it its own news, and names the other country
  const da = doc(
    't/da.txt',
    'da',
    '2025-09-17',
    'Sundlink forsinker Baltbro\n17. september 2025\n\nSundlink oplyser, at Baltbro mellem Danmark og Tyskland er forsinket. ' +
      'Sundlink skal sænke 89 elementer. Baltbro koster 7,4 milliarder euro. I Danmark er man skuffet, siger Sundlink.',
    [count('89 elementer', 89, 'element')],
  );
  const de = doc(
    't/de.txt',
    'de',
    '2025-09-17',
    'Baltbro verzögert sich\n17. September 2025\n\nDie Baltbro zwischen Deutschland und Dänemark wird später fertig, so Sundlink. ' +
      'Baltbro soll 79 Elemente haben. In Deutschland ist man verärgert. Deutschland zahlt wenig.',
    [count('79 Elemente', 79, 'element')],
  );
  it('two stories whose main countries differ but name each other are one event, and their counts conflict', () => {
    const r = formClaims([da, de]);
    assert.ok(claimOf(r, da, '89 elementer'));
    assert.equal(claimOrAlone(r, da, '89 elementer'), claimOrAlone(r, de, '79 Elemente'));
  });
});
