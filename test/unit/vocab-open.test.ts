// The open noun vocabulary (src/core/vocab/open.ts, data from scripts/build-nouns.mjs): counted nouns as news writes
// them, in plural and case forms, to one English lemma and class per concept, so that the same thing counted in two
// languages meets. Nouns from real reporting: the dev sets' articles (Ariane 6, farmers' protests, heat deaths,
// floods, shipwrecks) and stored news pages on rescue operations (helicopters, ambulances, pilots).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OPEN_LANGUAGES, isListedNoun, openNoun } from '../../src/core/vocab/open';
import { extractFigures } from '../../src/core/figures/index';

/** [form as written, English lemma, class]: at least five per language. */
const NOUNS: Record<string, [string, string, string][]> = {
  fr: [
    ['hélicoptères', 'helicopter', 'vehicle'],
    ['pilotes', 'pilot', 'person'],
    ['tracteurs', 'tractor', 'vehicle'],
    ['satellites', 'satellite', 'object'],
    ['donateurs', 'donor', 'person'],
    ['diamants', 'diamond', 'object'],
    ['camions', 'truck', 'vehicle'],
  ],
  it: [
    ['elicotteri', 'helicopter', 'vehicle'],
    ['razzi', 'missile', 'vehicle'],
    ['trattori', 'tractor', 'vehicle'],
    ['ambulanze', 'ambulance', 'vehicle'],
    ['medici', 'doctor', 'person'],
    ['barellieri', 'stretcher-bearer', 'person'],
    ['decessi', 'death', 'event'],
  ],
  de: [
    ['Hubschrauber', 'helicopter', 'vehicle'],
    ['Traktoren', 'tractor', 'vehicle'],
    ['Soldaten', 'soldier', 'person'],
    ['Satelliten', 'satellite', 'object'],
    ['Krankenwagen', 'ambulance', 'vehicle'],
    ['Ärzte', 'doctor', 'person'],
  ],
  es: [
    ['helicópteros', 'helicopter', 'vehicle'],
    ['tractores', 'tractor', 'vehicle'],
    ['satélites', 'satellite', 'object'],
    ['versiones', 'version', 'other'],
    ['ambulancias', 'ambulance', 'vehicle'],
    ['muertes', 'death', 'event'],
  ],
  pt: [
    ['cápsulas', 'capsule', 'object'],
    ['caminhões', 'truck', 'vehicle'],
    ['helicópteros', 'helicopter', 'vehicle'],
    ['tratores', 'tractor', 'vehicle'],
    ['soldados', 'soldier', 'person'],
    ['mortes', 'death', 'event'],
  ],
  nl: [
    ['helikopters', 'helicopter', 'vehicle'],
    ['tractoren', 'tractor', 'vehicle'],
    ['soldaten', 'soldier', 'person'],
    ['satellieten', 'satellite', 'object'],
    ['artsen', 'doctor', 'person'],
    ['banen', 'job', 'event'],
  ],
  sv: [
    ['bilar', 'car', 'vehicle'],
    ['skepp', 'ship', 'vehicle'],
    ['traktorer', 'tractor', 'vehicle'],
    ['soldater', 'soldier', 'person'],
    ['läkare', 'doctor', 'person'],
    ['satelliter', 'satellite', 'object'],
  ],
  nb: [
    ['traktorer', 'tractor', 'vehicle'],
    ['soldater', 'soldier', 'person'],
    ['leger', 'doctor', 'person'],
    ['turister', 'tourist', 'person'],
    ['biler', 'car', 'vehicle'],
    ['ambulanser', 'ambulance', 'vehicle'],
  ],
  da: [
    ['traktorer', 'tractor', 'vehicle'],
    ['soldater', 'soldier', 'person'],
    ['læger', 'doctor', 'person'],
    ['turister', 'tourist', 'person'],
    ['biler', 'car', 'vehicle'],
    ['ambulancer', 'ambulance', 'vehicle'],
  ],
  pl: [
    ['karetki', 'ambulance', 'vehicle'],
    ['pilotów', 'pilot', 'person'],
    ['samochodów', 'car', 'vehicle'],
    ['traktorów', 'tractor', 'vehicle'],
    ['mieszkańców', 'resident', 'person'],
    ['osób', 'person', 'person'],
  ],
};

test('open vocabulary: plural and case forms of real counted nouns give one English lemma and class, per language', () => {
  for (const [lang, cases] of Object.entries(NOUNS)) {
    assert.ok(cases.length >= 5, `${lang}: at least five nouns`);
    for (const [form, lemma, cls] of cases) {
      const n = openNoun(form, lang);
      assert.equal(n?.lemma, lemma, `${lang} ${form}`);
      assert.equal(n?.class, cls, `${lang} ${form}`);
    }
  }
});

test('open vocabulary: one concept in several languages meets in one lemma', () => {
  const helicopters: [string, string][] = [
    ['hélicoptères', 'fr'],
    ['elicotteri', 'it'],
    ['Hubschrauber', 'de'],
    ['helicópteros', 'es'],
    ['helicópteros', 'pt'],
    ['helikopters', 'nl'],
  ];
  const tractors: [string, string][] = [
    ['tracteurs', 'fr'],
    ['Traktoren', 'de'],
    ['traktorer', 'nb'],
    ['traktorer', 'sv'],
    ['traktorów', 'pl'],
    ['tractores', 'es'],
  ];
  for (const group of [helicopters, tractors])
    assert.equal(new Set(group.map(([w, l]) => openNoun(w, l)?.lemma)).size, 1, group.map(([w]) => w).join(' '));
});

test('open vocabulary: a compound is read by its head, an abstract head reads nothing', () => {
  assert.equal(openNoun('Rettungshubschrauber', 'de')?.lemma, 'helicopter');
  assert.equal(openNoun('Rettungsfahrzeuge', 'de')?.lemma, 'vehicle');
  // "Pflege|kräfte" and "Einsatz|kräfte" are different people: their head "Kräfte" (forces) would make them one unit
  assert.equal(openNoun('Pflegekräfte', 'de'), undefined);
  // a number word at the end of a verb is no head ("verdreif|acht")
  assert.equal(openNoun('verdreifacht', 'de'), undefined);
});

test('open vocabulary: a vowel-changing plural loses its ending before its vowel changes (German)', () => {
  // "Fälle" is the plural of "Fall" (case), never of "Falle" (trap, plural "Fallen"): measles and asylum reporting
  assert.equal(openNoun('Fälle', 'de')?.lemma, 'case');
  assert.equal(openNoun('Fällen', 'de')?.lemma, 'case');
  assert.equal(openNoun('Masernfälle', 'de')?.lemma, 'case');
  assert.equal(openNoun('Asylanträge', 'de')?.lemma, 'application');
  assert.equal(openNoun('Städten', 'de')?.lemma, 'city');
  // a plural in -n takes no umlaut: "Läden" is "Laden" (shop), not "Lade" (drawer)
  assert.equal(openNoun('Läden', 'de')?.lemma, 'store');
  assert.equal(openNoun('Väter', 'de')?.lemma, 'father');
});

test('open vocabulary: a compound is read by its longest listed last part, never by a part inside it', () => {
  // "Erst|anträge": the head is "Anträge" (applications); "an|träge" (stretchers) is no part of the word's structure
  assert.equal(openNoun('Erstanträge', 'de')?.lemma, 'application');
  assert.equal(openNoun('Asylerstanträge', 'de')?.lemma, 'application');
  // the positive side: a listed head still reads its compound
  assert.equal(openNoun('Rettungshubschrauber', 'de')?.lemma, 'helicopter');
});

test('open vocabulary: a derivational suffix is no compound head (-schaft, -schap, -skap, -skab)', () => {
  // "Ort|schaften" are localities, no shafts; "land|skap" a landscape, no cupboard
  assert.notEqual(openNoun('Ortschaften', 'de')?.lemma, 'quill');
  assert.equal(openNoun('landskap', 'nb'), undefined);
  // the same words listed whole keep their sense: teams, companies
  assert.equal(openNoun('Mannschaften', 'de')?.lemma, 'team');
  assert.equal(openNoun('selskaper', 'nb')?.lemma, 'company');
  assert.equal(openNoun('vennootschappen', 'nl')?.lemma, 'company');
});

test('open vocabulary: Swiss German "ss" is read as the "ß" it stands for', () => {
  assert.equal(openNoun('Strassen', 'de')?.lemma, 'road');
  assert.equal(openNoun('Straßen', 'de')?.lemma, 'road');
  // a word written with "ss" everywhere stays itself
  assert.equal(openNoun('Wasser', 'de')?.lemma, 'water');
});

test('open vocabulary: a word no wordnet lists, English, and languages without data give nothing', () => {
  assert.equal(openNoun('reponedores', 'es'), undefined);
  assert.equal(openNoun('mulettisti', 'it'), undefined);
  assert.equal(openNoun('helicopters', 'en'), undefined);
  assert.equal(openNoun('hélicoptères', 'und'), undefined);
  // the positive side of the same lookups
  assert.equal(openNoun('helicópteros', 'es')?.lemma, 'helicopter');
});

test('figures: a counted noun of the open vocabulary becomes the figure unit (real sentences)', () => {
  const cases: [string, string, number, string][] = [
    ['fr', 'L’exercice mobilisait six hélicoptères et deux avions.', 6, 'helicopter'],
    ['de', 'Am Ende sind rund 20 Rettungsfahrzeuge im Einsatz.', 20, 'vehicle'],
    ['pl', 'W ciągu kilkunastu minut przyjechały 4 karetki pogotowia.', 4, 'ambulance'],
    ['pt', 'O Ariane 62 voou com dois propulsores e nove cápsulas.', 9, 'capsule'],
  ];
  for (const [lang, text, value, unit] of cases) {
    const f = extractFigures(text, lang as 'fr').find((x) => x.value === value);
    assert.equal(f?.unit, unit, `${lang}: ${text}`);
    assert.equal(f?.unitKnown, undefined, `${lang}: ${text}`);
  }
});

test('open vocabulary: lookup never throws and is deterministic (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...OPEN_LANGUAGES, 'en', 'und', ''), (w, lang) => {
      const a = openNoun(w, lang);
      const b = openNoun(w, lang);
      assert.deepEqual(a, b);
      if (a) assert.ok(a.lemma.length > 0 && a.class.length > 0);
    }),
    { numRuns: 2000 },
  );
});

// isListedNoun tells a capitalized German noun from a name (claims/context.ts `listed-noun`): nouns and names of the
// German reports of the dev sets (the Calenzano explosion, the OPEC+ cut, the UBS takeover, the Ariane 6 launch)
test('isListedNoun: German nouns in any form, feminine, compound or plural in -en of -um, are listed', () => {
  for (const w of [
    'Prognose',
    'Potenzial',
    'Touristen',
    'Explosion',
    'Konkurrentin',
    'Finanzministerin',
    'Öl',
    'Ölallianz',
    'Rechenzentren',
    'Stadien',
  ])
    assert.ok(isListedNoun(w, 'de'), w);
});

test('isListedNoun: names are not, nor a name ending in a noun, nor a short stem before a feminine ending', () => {
  for (const w of ['Apple', 'Lufthansa', 'Opec', 'Eni', 'Scholz', 'Lolland', 'Hildesheim', 'Putin', 'Karin'])
    assert.ok(!isListedNoun(w, 'de'), w);
});
