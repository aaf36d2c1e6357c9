// Counted nouns that no hand-written list of the language modules names reach their English unit through
// the open vocabulary (src/core/vocab), and a noun nothing knows is marked as the article's own word.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { extractFigures } from '../../src/core/figures/extract';
import type { DetectedLanguage } from '../../src/core/types';
import { figureAt } from './figure-helpers';

const CASES: [DetectedLanguage, string, string, number, string][] = [
  ['fr', 'Les pompiers ont évacué 1 200 riverains et secouru 35 blessés dans la nuit.', '35 blessés', 35, 'person'],
  [
    'fr',
    "Le scrutin a mobilisé 4 millions d'électeurs dans 577 circonscriptions.",
    "4 millions d'électeurs",
    4e6,
    'voter',
  ],
  ['fr', 'La préfecture a recensé 14 morts et 6 disparus.', '14 morts', 14, 'death'],
  ['it', 'Il bilancio è di 12 morti e 40 feriti, secondo la protezione civile.', '40 feriti', 40, 'person'],
  ['it', 'Il partito ha ottenuto 118 seggi alla Camera.', '118 seggi', 118, 'seat'],
  [
    'de',
    'Nach Angaben der Polizei waren 1.300 Polizisten im Einsatz, 23 Beamte wurden verletzt.',
    '1.300 Polizisten',
    1300,
    'police officer',
  ],
  [
    'de',
    'Bei dem Unglück kamen 9 Bergleute ums Leben, 31 Verletzte wurden in Kliniken gebracht.',
    '31 Verletzte',
    31,
    'person',
  ],
  ['es', 'El PSOE logró 121 escaños y 7,7 millones de votos.', '121 escaños', 121, 'seat'],
  ['es', 'La DANA dejó 224 fallecidos en la provincia.', '224 fallecidos', 224, 'death'],
  ['pt', 'O incêndio obrigou a retirar 300 moradores e feriu 12 bombeiros.', '12 bombeiros', 12, 'firefighter'],
  ['nl', 'De VVD haalde 24 zetels en ruim 1,5 miljoen stemmen.', '24 zetels', 24, 'seat'],
  ['nl', 'Volgens de organisatie liepen er 20.000 betogers mee.', '20.000 betogers', 20000, 'person'],
  ['sv', 'Socialdemokraterna fick 107 mandat i riksdagen.', '107 mandat', 107, 'seat'],
  ['sv', 'Totalt röstade 6,5 miljoner väljare i valet.', '6,5 miljoner väljare', 6.5e6, 'voter'],
  ['nb', 'Over 4 000 demonstranter samlet seg foran Stortinget.', '4 000 demonstranter', 4000, 'person'],
  ['da', 'Ulykken kostede 3 døde, og 12 sårede blev kørt på hospitalet.', '12 sårede', 12, 'person'],
  // people whose clause says they died count deaths (src/core/vocab/roles.ts)
  ['pl', 'W wypadku zginęło 5 osób, a 17 zostało rannych.', '5 osób', 5, 'death'],
  ['pl', 'Koalicja zdobyła 248 mandatów w Sejmie.', '248 mandatów', 248, 'seat'],
  ['pl', 'Protest zgromadził 30 tys. manifestantów.', '30 tys. manifestantów', 30000, 'person'],
];

test('figures: counted nouns of the open vocabulary get their English unit, in every language', () => {
  for (const [lang, text, phrase, value, unit] of CASES) {
    const f = figureAt(text, lang, phrase);
    assert.equal(f.value, value, `${lang} ${phrase}`);
    assert.equal(f.unit, unit, `${lang} ${phrase}`);
    assert.equal(f.unitKnown, undefined, `${lang} ${phrase}: a known unit is not marked`);
  }
});

test('figures: a noun nothing knows keeps its word and is marked unitKnown: false', () => {
  // (no wordnet of the language lists these: "apicultores" / "apicoltori" are beekeepers there, see vocab-open tests)
  const f = figureAt('La cadena contratará a 450 reponedores este año.', 'es', '450');
  assert.equal(f.unit, 'reponedores');
  assert.equal(f.unitKnown, false);
  const g = figureAt("L'azienda cerca 450 mulettisti per il nuovo magazzino.", 'it', '450');
  assert.equal(g.unit, 'mulettisti');
  assert.equal(g.unitKnown, false);
  // English nouns are English lemmas already: never marked
  const e = extractFigures('The club signed 14 goalkeepers last season.', 'en').find((x) => x.value === 14);
  assert.equal(e?.unitKnown, undefined);
});

test('figures: a bare number borrows no noun of the open vocabulary from its neighbourhood', () => {
  const text = 'The group will cut 5,550 jobs at its mobility unit, around 3,800 of them in Germany.';
  const f = figureAt(text, 'en', '3,800');
  assert.equal(f.unit, 'job');
});
