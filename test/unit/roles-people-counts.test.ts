// A count of people takes the role its clause says (src/core/vocab/roles.ts): injured, missing, evacuee (evacuated,
// displaced, homeless), survivor (rescued), arrested, hospitalised; deaths keep taking the unit `death`. The role is a
// context feature of the mention: two counts of different roles are never one fact (claims rule `other-role`), one
// role is one fact in every language. Rows paraphrase real reporting of earthquakes, floods, fires, accidents and
// protests in the eleven languages; each language has a positive row and the negatives say where a role must not be
// read (victims, a crowd, another statement's verb).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims, type ClaimTraceEntry } from '../../src/core/claims/index';
import { extractFigures } from '../../src/core/figures/extract';
import { conjunctionOf } from '../../src/core/vocab/roles';
import type { LanguageCode } from '../../src/core/types';
import { claimOf, count, diagnosticAt, doc } from './claims-helpers';

interface RoleCase {
  lang: LanguageCode;
  text: string;
  /** the count's text (or a part of it) */
  phrase: string;
  /** the role it must take; null: none */
  role: string | null;
  /** the unit it must keep (person unless said) */
  unit?: string;
}

const cases: RoleCase[] = [
  // a verb of being hurt after the count, before it (the verb stands once), or the count's own noun
  {
    lang: 'fr',
    text: 'Le séisme a coûté la vie à 2.012 personnes et en a blessé 2.059.',
    phrase: '2.059',
    role: 'injured',
  },
  {
    lang: 'fr',
    text: 'Le séisme a coûté la vie à 2.012 personnes et en a blessé 2.059.',
    phrase: '2.012',
    role: null,
    unit: 'death',
  },
  { lang: 'de', text: 'Mehr als 2.500 Menschen wurden verletzt.', phrase: '2.500', role: 'injured' },
  { lang: 'it', text: 'Almeno 45 persone sono rimaste ferite nel crollo.', phrase: '45', role: 'injured' },
  { lang: 'en', text: 'At least 120 people were injured in the blast.', phrase: '120', role: 'injured' },
  { lang: 'es', text: 'Unas 200 personas resultaron heridas.', phrase: '200', role: 'injured' },
  { lang: 'nl', text: 'Bij het ongeluk raakten 32 mensen gewond.', phrase: '32', role: 'injured' },
  { lang: 'da', text: 'Over 200 mennesker blev såret under urolighederne.', phrase: '200', role: 'injured' },
  { lang: 'pl', text: 'W wypadkach zginęło 35 osób, a 587 zostało rannych.', phrase: '587', role: 'injured' },
  { lang: 'pl', text: 'W wypadkach zginęło 35 osób, a 587 zostało rannych.', phrase: '35', role: null, unit: 'death' },
  // missing
  { lang: 'de', text: 'Rund 300 Menschen werden noch vermisst.', phrase: '300', role: 'missing' },
  { lang: 'nl', text: 'Nog 12 mensen worden vermist.', phrase: '12', role: 'missing' },
  {
    lang: 'fr',
    text: 'Au moins 300 personnes ont été blessées et 120 sont portées disparues.',
    phrase: '120',
    role: 'missing',
  },
  {
    lang: 'fr',
    text: 'Au moins 300 personnes ont été blessées et 120 sont portées disparues.',
    phrase: '300',
    role: 'injured',
  },
  // evacuated, displaced, homeless: one role
  { lang: 'sv', text: 'Omkring 4000 personer har evakuerats.', phrase: '4000', role: 'evacuee' },
  { lang: 'it', text: 'Circa 3.000 abitanti sono stati evacuati.', phrase: '3.000', role: 'evacuee' },
  { lang: 'pt', text: 'Há ainda 30 mil desalojados na região.', phrase: '30 mil', role: 'evacuee' },
  // rescued, survivors: one role
  { lang: 'pt', text: 'Cerca de 400 pessoas foram resgatadas.', phrase: '400', role: 'survivor' },
  { lang: 'es', text: 'Los bomberos rescataron a 60 personas.', phrase: '60', role: 'survivor' },
  { lang: 'nb', text: '104 personer er reddet, 78 er funnet døde.', phrase: '104', role: 'survivor' },
  // arrested
  { lang: 'en', text: 'Police arrested 45 people after the march.', phrase: '45', role: 'arrested' },
  { lang: 'sv', text: 'Fem personer greps av polisen.', phrase: 'Fem', role: 'arrested' },
  { lang: 'da', text: 'I alt 30 personer blev anholdt.', phrase: '30', role: 'arrested' },
  // hospitalised
  { lang: 'it', text: 'Sono 14 le persone ricoverate in ospedale.', phrase: '14', role: 'hospitalised' },
  // no role: victims counted as such, a crowd, a count whose clause names none
  { lang: 'it', text: 'Il nubifragio ha fatto sei vittime e migliaia di sfollati.', phrase: 'sei', role: null },
  { lang: 'en', text: 'The ferry was carrying 300 people.', phrase: '300', role: null },
  { lang: 'de', text: 'Rund 5.000 Menschen demonstrierten in Berlin.', phrase: '5.000', role: null },
  { lang: 'nb', text: 'Om lag 20.000 personer deltok i markeringen.', phrase: '20.000', role: null },
];

describe('roles: a count of people takes the role its clause says (vocab/roles.ts)', () => {
  for (const c of cases)
    it(`${c.lang}: ${c.phrase} in "${c.text}" → ${c.role ?? 'no role'}`, () => {
      const at = c.text.indexOf(c.phrase);
      const f = extractFigures(c.text, c.lang).find((x) => x.start <= at && x.end >= at + c.phrase.length);
      assert.ok(f, `no figure covers ${c.phrase}`);
      assert.equal(f.role ?? null, c.role);
      assert.equal(f.unit, c.unit ?? 'person');
    });
  it("the conjunction that ends a count's own statement comes from CLDR in every language", () => {
    const want = {
      fr: 'et',
      it: 'e',
      de: 'und',
      en: 'and',
      es: 'y',
      pt: 'e',
      nl: 'en',
      sv: 'och',
      nb: 'og',
      da: 'og',
      pl: 'i',
    };
    for (const [lang, w] of Object.entries(want)) assert.equal(conjunctionOf(lang), w, lang);
  });
});

/** The link-stage decision recorded for two figures (either order). */
const linkRule = (trace: ClaimTraceEntry[] | undefined, a: string, b: string): string | undefined =>
  trace?.find((t) => t.stage === 'link' && ((t.a.text === a && t.b.text === b) || (t.a.text === b && t.b.text === a)))
    ?.rule;

describe('claims rules: two roles are two facts, one role is one fact across languages (other-role)', () => {
  // an earthquake's injured and missing in three reports of one day (paraphrased from the reporting of the Al Haouz
  // earthquake, Morocco, September 2023): the missing never meet the injured, the injured of two languages do
  const injuredDe = doc(
    'quake/de.txt',
    'de',
    '2023-09-10',
    'Erdbeben in Al Haouz\n10. September 2023\n\nBei dem Erdbeben von Al Haouz wurden 140 Menschen verletzt.',
    [count('140 Menschen', 140, 'person', { role: 'injured' })],
  );
  const missingFr = doc(
    'quake/fr.txt',
    'fr',
    '2023-09-10',
    "Séisme d'Al Haouz\n10 septembre 2023\n\nAprès le séisme d'Al Haouz, 150 personnes sont portées disparues.",
    [count('150 personnes', 150, 'person', { role: 'missing' })],
  );
  const injuredIt = doc(
    'quake/it.txt',
    'it',
    '2023-09-10',
    'Terremoto ad Al Haouz\n10 settembre 2023\n\nNel terremoto di Al Haouz sono rimaste ferite 190 persone.',
    [count('190 persone', 190, 'person', { role: 'injured' })],
  );
  const noRole = doc(
    'quake/es.txt',
    'es',
    '2023-09-10',
    'Terremoto en Al Haouz\n10 septiembre 2023\n\nEl terremoto de Al Haouz afectó a 150 personas.',
    [count('150 personas', 150, 'person')],
  );

  it('other-role keeps the missing apart from the injured, however close the values (no conflict)', () => {
    const r = formClaims([injuredDe, missingFr], { trace: true });
    assert.equal(linkRule(r.trace, '140 Menschen', '150 personnes'), 'other-role');
    assert.equal(diagnosticAt(r, missingFr, '150 personnes'), undefined);
    assert.equal(diagnosticAt(r, injuredDe, '140 Menschen'), undefined);
  });
  it('the injured of two languages are one toll (one-toll), and 140 against 190 is a conflict', () => {
    const r = formClaims([injuredDe, missingFr, injuredIt], { trace: true });
    assert.equal(linkRule(r.trace, '140 Menschen', '190 persone'), 'one-toll');
    assert.equal(claimOf(r, injuredDe, '140 Menschen'), claimOf(r, injuredIt, '190 persone'));
    assert.ok(diagnosticAt(r, injuredIt, '190 persone')?.code.startsWith('conflict'));
    assert.notEqual(claimOf(r, missingFr, '150 personnes'), claimOf(r, injuredIt, '190 persone'));
  });
  it('a count whose clause says no role is not kept apart by other-role', () => {
    const r = formClaims([missingFr, noRole], { trace: true });
    assert.notEqual(linkRule(r.trace, '150 personnes', '150 personas'), 'other-role');
  });
  it('evacuees are counted by place and wave, no toll: two reports far apart are not linked by one-toll', () => {
    const a = doc(
      'ev/de.txt',
      'de',
      '2023-09-10',
      'Erdbeben in Al Haouz\n10. September 2023\n\nNach dem Erdbeben von Al Haouz wurden 300 Menschen evakuiert.',
      [count('300 Menschen', 300, 'person', { role: 'evacuee' })],
    );
    const b = doc(
      'ev/it.txt',
      'it',
      '2023-09-10',
      'Terremoto ad Al Haouz\n10 settembre 2023\n\nDopo il terremoto di Al Haouz sono state evacuate 5.000 persone.',
      [count('5.000 persone', 5000, 'person', { role: 'evacuee' })],
    );
    const r = formClaims([a, b], { trace: true });
    const rule = linkRule(r.trace, '300 Menschen', '5.000 persone');
    assert.ok(rule !== undefined && rule !== 'one-toll', String(rule));
    assert.equal(diagnosticAt(r, b, '5.000 persone'), undefined);
  });
});
