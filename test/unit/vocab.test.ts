import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cognateKey, conceptUnits, nounConcept, nounForms, placeForms, placeOf } from '../../src/core/vocab/index';
import { CONCEPT_LINES } from '../../src/core/lang/generated/vocab-data';
import { LANGUAGES } from '../../src/core/lang/index';

/** [inflected form as news writes it, English lemma]: plural, case and definite forms, from real reports. */
const NOUNS: Record<string, [string, string][]> = {
  fr: [
    ['manifestants', 'protester'],
    ['blessés', 'injured'],
    ['morts', 'death'],
    ['sans-abri', 'homeless person'],
    ['électeurs', 'voter'],
    ['sièges', 'seat'],
    ['policiers', 'police officer'],
    ['pompiers', 'firefighter'],
    ['réfugiés', 'refugee'],
    ['écoles', 'school'],
    ['réacteurs', 'reactor'],
    ['doses', 'dose'],
    ['grèves', 'strike'],
    ['passagers', 'passenger'],
    ['spectateurs', 'spectator'],
    ['victimes', 'victim'],
  ],
  it: [
    ['manifestanti', 'protester'],
    ['feriti', 'injured'],
    ['morti', 'death'],
    ['vittime', 'victim'],
    ['elettori', 'voter'],
    ['seggi', 'seat'],
    ['reattori', 'reactor'],
    ['manifestazioni', 'demonstration'],
    ['partecipanti', 'participant'],
    ['sfollati', 'evacuee'],
    ['dispersi', 'missing person'],
    ['poliziotti', 'police officer'],
    ['scuole', 'school'],
    ['voti', 'vote'],
    ['biglietti', 'ticket'],
    ['passeggeri', 'passenger'],
  ],
  de: [
    ['Polizisten', 'police officer'],
    ['Demonstranten', 'protester'],
    ['Toten', 'death'],
    ['Verletzten', 'injured'],
    ['Vermissten', 'missing person'],
    ['Wähler', 'voter'],
    ['Stimmen', 'vote'],
    ['Sitze', 'seat'],
    ['Einwohner', 'inhabitant'],
    ['Flüchtlinge', 'refugee'],
    ['Fahrzeugen', 'vehicle'],
    ['Schulen', 'school'],
    ['Teilnehmer', 'participant'],
    ['Soldaten', 'soldier'],
    ['Tore', 'goal'],
    ['Wohnungen', 'home'],
  ],
  en: [
    ['protesters', 'protester'],
    ['deaths', 'death'],
    ['voters', 'voter'],
    ['seats', 'seat'],
    ['refugees', 'refugee'],
    ['passengers', 'passenger'],
    ['doses', 'dose'],
    ['flights', 'flight'],
    ['cases', 'case'],
    ['homes', 'home'],
    ['ballots', 'ballot'],
  ],
  es: [
    ['manifestantes', 'protester'],
    ['heridos', 'injured'],
    ['muertos', 'death'],
    ['fallecidos', 'death'],
    ['escaños', 'seat'],
    ['votos', 'vote'],
    ['protestas', 'demonstration'],
    ['asistentes', 'participant'],
    ['desaparecidos', 'missing person'],
    ['damnificados', 'homeless person'],
    ['viviendas', 'home'],
    ['vuelos', 'flight'],
    ['goles', 'goal'],
    ['encuentros', 'match'],
    ['policías', 'police officer'],
    ['municipios', 'municipality'],
  ],
  pt: [
    ['manifestantes', 'protester'],
    ['feridos', 'injured'],
    ['mortos', 'death'],
    ['vítimas', 'victim'],
    ['desalojados', 'evacuee'],
    ['eleitores', 'voter'],
    ['votos', 'vote'],
    ['deputados', 'member of parliament'],
    ['escolas', 'school'],
    ['passageiros', 'passenger'],
    ['voos', 'flight'],
    ['carros', 'car'],
    ['casas', 'home'],
    ['bombeiros', 'firefighter'],
  ],
  nl: [
    ['zetels', 'seat'],
    ['stemmen', 'vote'],
    ['betogers', 'protester'],
    ['demonstranten', 'protester'],
    ['doden', 'death'],
    ['gewonden', 'injured'],
    ['kiezers', 'voter'],
    ['inwoners', 'inhabitant'],
    ['vluchtelingen', 'refugee'],
    ['woningen', 'home'],
    ['scholen', 'school'],
    ['passagiers', 'passenger'],
    ['agenten', 'police officer'],
    ['gemeenten', 'municipality'],
  ],
  sv: [
    ['väljare', 'voter'],
    ['väljarna', 'voter'],
    ['mandat', 'seat'],
    ['röster', 'vote'],
    ['döda', 'death'],
    ['skadade', 'injured'],
    ['demonstranter', 'protester'],
    ['invånare', 'inhabitant'],
    ['passagerare', 'passenger'],
    ['flygningar', 'flight'],
    ['bostäder', 'home'],
    ['poliser', 'police officer'],
    ['flyktingar', 'refugee'],
    ['skolor', 'school'],
  ],
  nb: [
    ['mandater', 'seat'],
    ['stemmer', 'vote'],
    ['stemmesedler', 'ballot'],
    ['velgere', 'voter'],
    ['døde', 'death'],
    ['skadde', 'injured'],
    ['demonstranter', 'protester'],
    ['innbyggere', 'inhabitant'],
    ['passasjerer', 'passenger'],
    ['avganger', 'flight'],
    ['boliger', 'home'],
    ['flyktninger', 'refugee'],
    ['skoler', 'school'],
    ['ansatte', 'employee'],
  ],
  da: [
    ['indbyggere', 'inhabitant'],
    ['mandater', 'seat'],
    ['stemmer', 'vote'],
    ['vælgere', 'voter'],
    ['døde', 'death'],
    ['sårede', 'injured'],
    ['demonstranter', 'protester'],
    ['passagerer', 'passenger'],
    ['flyafgange', 'flight'],
    ['boliger', 'home'],
    ['flygtninge', 'refugee'],
    ['skoler', 'school'],
    ['ansatte', 'employee'],
    ['husstande', 'household'],
  ],
  pl: [
    ['osób', 'person'],
    ['osoby', 'person'],
    ['ludzi', 'person'],
    ['ranne', 'injured'],
    ['rannych', 'injured'],
    ['zabitych', 'death'],
    ['ofiar', 'victim'],
    ['mandatów', 'seat'],
    ['mandaty', 'seat'],
    ['głosów', 'vote'],
    ['wyborców', 'voter'],
    ['miastach', 'city'],
    ['manifestantów', 'protester'],
    ['mieszkańców', 'inhabitant'],
    ['pasażerów', 'passenger'],
    ['szkół', 'school'],
    ['policjantów', 'police officer'],
    ['uchodźców', 'refugee'],
  ],
};

for (const [lang, cases] of Object.entries(NOUNS)) {
  test(`vocab ${lang}: counted nouns in their inflected forms reach one English lemma`, () => {
    for (const [word, lemma] of cases) assert.equal(nounConcept(word, lang)?.lemma, lemma, `${lang} ${word}`);
  });
}

test('vocab: the same crowd in eleven languages counts persons; a death keeps its own unit, an injured person is a casualty', () => {
  const crowd: [string, string][] = [
    ['manifestants', 'fr'],
    ['manifestanti', 'it'],
    ['Demonstranten', 'de'],
    ['protesters', 'en'],
    ['manifestantes', 'es'],
    ['manifestantes', 'pt'],
    ['betogers', 'nl'],
    ['demonstranter', 'sv'],
    ['demonstranter', 'nb'],
    ['demonstranter', 'da'],
    ['manifestantów', 'pl'],
  ];
  for (const [w, l] of crowd) {
    const c = nounConcept(w, l);
    assert.equal(c?.unit, 'person', `${l} ${w}`);
    assert.equal(c?.class, 'person');
  }
  assert.equal(nounConcept('morts', 'fr')?.unit, 'death');
  assert.equal(nounConcept('Verletzten', 'de')?.lemma, 'injured');
  assert.equal(nounConcept('Verletzten', 'de')?.class, 'casualty');
});

test('vocab: lookups ignore case, and a word of another language or no noun is unknown', () => {
  assert.equal(nounConcept('POLIZISTEN', 'de')?.lemma, 'police officer');
  assert.equal(nounConcept('escaños', 'de'), undefined);
  assert.equal(nounConcept('rapidement', 'fr'), undefined);
  assert.equal(nounConcept('stemte', 'da'), undefined, "a verb form of a noun's homograph is left out");
  assert.equal(nounConcept('Sitzungen', 'de'), undefined, 'a derived word is not an inflection');
});

test('vocab data: every concept has an English lemma and a class, every language has nouns and places', () => {
  const lines = CONCEPT_LINES.split('\n');
  assert.ok(lines.length >= 100);
  for (const line of lines) {
    const [lemma, cls] = line.split('|');
    assert.match(lemma!, /^[a-z][a-z ]*$/, line);
    assert.match(cls!, /^[a-z]+$/, line);
  }
  for (const lang of LANGUAGES.map((l) => l.code)) {
    assert.ok(nounForms(lang).size >= 200, `${lang} nouns: ${nounForms(lang).size}`);
    assert.ok(placeForms(lang).size >= 200, `${lang} places: ${placeForms(lang).size}`);
  }
  assert.ok(conceptUnits().has('person') && conceptUnits().has('seat'));
});

test('vocab places: CLDR names in the inflections news uses, to ISO codes', () => {
  const cases: [string, string, string][] = [
    ['Deutschlands', 'de', 'DE'],
    ['Frankreichs', 'de', 'FR'],
    ['Polsce', 'pl', 'PL'],
    ['Niemczech', 'pl', 'DE'],
    ['Hiszpanii', 'pl', 'ES'],
    ['Sveriges', 'sv', 'SE'],
    ['Norges', 'nb', 'NO'],
    ['Danmarks', 'da', 'DK'],
    ['Italia', 'it', 'IT'],
    ['Stati Uniti', 'it', 'US'],
    ['Royaume-Uni', 'fr', 'GB'],
    ['Allemagne', 'fr', 'DE'],
    ['España', 'es', 'ES'],
    ['Alemanha', 'pt', 'DE'],
    ['Nederland', 'nl', 'NL'],
    ['Belgique', 'fr', 'BE'],
    ['United Kingdom', 'en', 'GB'],
    ['Japan', 'en', 'JP'],
    ['Ukrainy', 'pl', 'UA'],
    ['Brasil', 'pt', 'BR'],
  ];
  for (const [w, l, code] of cases) assert.equal(placeOf(w, l), code, `${l} ${w}`);
  assert.equal(placeOf(['Stati', 'Uniti'], 'it'), 'US');
  assert.equal(placeOf('Deutschland', 'fr'), undefined);
  assert.equal(placeOf('Mensch', 'de'), undefined);
});

test('vocab cognates: one key for a word across languages, another for another word', () => {
  const k = cognateKey('manifestants', 'fr');
  for (const [w, l] of [
    ['manifestantes', 'es'],
    ['Manifestanten', 'de'],
    ['manifestanti', 'it'],
    ['manifestantów', 'pl'],
  ])
    assert.equal(cognateKey(w, l), k, w);
  assert.equal(cognateKey('Kandidaten', 'de'), cognateKey('candidats', 'fr'));
  assert.equal(cognateKey('photographes', 'fr'), cognateKey('fotografos', 'es'));
  assert.notEqual(cognateKey('manifestations', 'fr'), k);
});
