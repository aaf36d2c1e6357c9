// Counted nouns the vocabulary does not list as written, and the words around a figure that change
// what it says (hand-made phrases, several languages).
import { describe, it } from 'node:test';
import { expectAll, expectNone } from './figure-helpers';

describe('unknown counted nouns keep their figure', () => {
  it('reads the word after the number as its unit (English where a wordnet knows it) when no neighbour tells what it counts', () => {
    expectAll('es', [
      [
        'La cadena contratará a 1.200 reponedores este año.',
        { kind: 'quantity', value: 1200, unit: 'reponedores' },
        '1.200',
      ],
    ]);
    expectAll('fr', [
      [
        'Le groupe emploie 2 300 caristes dans la région.',
        { kind: 'quantity', value: 2300, unit: 'caristes' },
        '2 300',
      ],
    ]);
    expectAll('nl', [
      ['Er komen 650 extra stewardessen bij.', { kind: 'quantity', value: 650, unit: 'hostess' }, '650'],
    ]);
    expectAll('pl', [
      ['Firma zatrudni 900 spawaczy w Gdyni.', { kind: 'quantity', value: 900, unit: 'welder' }, '900'],
    ]);
  });
  it("prefers a Romance plural noun of its own over a neighbour's noun", () => {
    expectAll('pt', [
      ['Vai contratar 300 enfermeiros e 2.500 maqueiros.', { value: 2500, unit: 'maqueiros' }, '2.500'],
    ]);
    expectAll('it', [['Servono 40 medici e 120 barellieri.', { value: 120, unit: 'stretcher-bearer' }, '120']]);
  });
  it("still lets a number followed by a verb count its neighbour's noun", () => {
    expectAll('es', [
      ['Tiene 12.000 empleados, de los que 3.000 trabajan en Chile.', { value: 3000, unit: 'employee' }, '3.000'],
    ]);
  });
  it('does not take a name, a function word or a German lower-case word as a noun', () => {
    expectNone('es', 'El modelo 300 Turbo llega en mayo.', '300');
    expectNone('de', 'Die Anlage soll 2028 mit 300 starten.', '300');
  });
  it('takes the first word of a listed phrase as a noun of its own', () => {
    expectAll('es', [['Hay 900 puestos de venta y 3.000 trabajadores.', { value: 900 }, '900']]);
    expectAll('pt', [['Tem 6 mil trabalhadores e 1.500 postos de venda.', { value: 1500, unit: 'stand' }, '1.500']]);
  });
  it('reads a scaled count before a link word and an unknown noun as a quantity', () => {
    expectAll('es', [
      ['Espera 1,5 millones de peregrinos.', { kind: 'quantity', value: 1.5e6, unit: 'pilgrim' }, '1,5 millones'],
    ]);
  });
});

describe('inflected and compound counted nouns', () => {
  it("reads definite plurals through the language's endings", () => {
    expectAll('sv', [['De 40 lastbilarna levereras i höst.', { value: 40, unit: 'truck' }, '40 lastbilarna']]);
    expectAll('nb', [['De 12 butikkene selges.', { value: 12, unit: 'store' }, '12 butikkene']]);
    expectAll('da', [['De 300 kunderne fik besked.', { value: 300, unit: 'customer' }, '300 kunderne']]);
  });
  it('reads a closed compound by its last part', () => {
    expectAll('da', [['Selskabet køber 90 elbusser.', { value: 90, unit: 'bus' }, '90 elbusser']]);
    expectAll('nl', [['Er komen 2.000 huurwoningen bij.', { value: 2000, unit: 'home' }, '2.000 huurwoningen']]);
    expectAll('de', [['Es entstehen 450 Mietwohnungen.', { value: 450, unit: 'home' }, '450 Mietwohnungen']]);
    expectAll('sv', [['Kommunen har 120 laddstolpar.', { value: 120, unit: 'charging point' }, '120 laddstolpar']]);
  });
  it('skips a short adjective before the noun', () => {
    expectAll('nb', [
      ['Det ble solgt 90 000 nye elbiler.', { value: 90000, unit: 'electric car' }, '90 000 nye elbiler'],
    ]);
    expectAll('sv', [['Det såldes 70 000 nya elbilar.', { value: 70000, unit: 'electric car' }, '70 000 nya elbilar']]);
  });
});

describe('everyday nouns and units of business news', () => {
  it('knows them in every language', () => {
    expectAll('es', [['Instalará 35 aerogeneradores.', { value: 35, unit: 'wind turbine' }, '35 aerogeneradores']]);
    expectAll('it', [['La fabbrica produrrà wafer da 300 millimetri.', { value: 300, unit: 'mm' }, '300 millimetri']]);
    expectAll('nl', [['Het park levert 1,2 terawattuur per jaar.', { value: 1.2, unit: 'TWh' }, '1,2 terawattuur']]);
    expectAll('pl', [['Koncern zatrudnia 400 kierowców.', { value: 400, unit: 'driver' }, '400 kierowców']]);
    expectAll('fr', [
      [
        "L'usine occupe l'équivalent de 90 terrains de football.",
        { value: 90, unit: 'football field' },
        '90 terrains de football',
      ],
    ]);
    expectAll('da', [
      ['Der står 6.000 vindmøller på land.', { value: 6000, unit: 'wind turbine' }, '6.000 vindmøller'],
    ]);
  });
  it('reads the Polish "dol." and Taiwan dollars', () => {
    expectAll('pl', [['Akcje kosztują 41,2 dol.', { kind: 'money', value: 41.2, unit: 'USD' }, '41,2 dol.']]);
    expectAll('it', [
      ['Il titolo vale 590 dollari taiwanesi.', { kind: 'money', value: 590, unit: 'TWD' }, '590 dollari taiwanesi'],
    ]);
  });
});

describe('numbers joined to a figure', () => {
  it('reads a range of written numbers', () => {
    expectAll('es', [
      ['Tardará de tres a cuatro años.', { value: 3.5, range: [3, 4], unit: 'year' }, 'tres a cuatro años'],
    ]);
    expectAll('nl', [['Dat duurt zes tot acht weken.', { range: [6, 8], unit: 'week' }, 'zes tot acht weken']]);
  });
  it('gives a number joined by "and" the unit of the next one', () => {
    expectAll('it', [['Chip da 7 e 5 nanometri.', { value: 7, unit: 'nm' }, '7']]);
    expectAll('en', [['Stakes of 30 and 45 %.', { value: 30, unit: '%', kind: 'percent' }, '30']]);
  });
  it("takes the second end's own word in a range", () => {
    expectAll('it', [['Sono previste tra 200 e 300 assunzioni.', { range: [200, 300], unit: 'hire' }, '200 e 300']]);
  });
  it('does not borrow a noun past a comma or an "and"', () => {
    expectAll('sv', [['Bolaget har 1 200 tjänstemän och fem fabriker.', { value: 1200, unit: 'employee' }, '1 200']]);
    expectNone('es', 'Son 40 en total, y compra chips.', '40');
  });
});

describe('"up to" after a change', () => {
  it('is where the change ended, not a ceiling', () => {
    expectAll('es', [
      ['Las ventas subieron un 6 %, hasta 900 millones de euros.', { value: 9e8, bound: undefined }, '900 millones'],
    ]);
    expectAll('pl', [['Zysk wzrósł o 5 proc. do 3,1 mld zł.', { value: 3.1e9, bound: undefined }, '3,1 mld zł']]);
    expectAll('nl', [['De omzet steeg 4 procent tot 1,1 miljard euro.', { bound: undefined }, '1,1 miljard euro']]);
  });
  it('stays a ceiling without a change before it', () => {
    expectAll('es', [['Creará hasta 800 empleos.', { bound: 'at-most' }, '800 empleos']]);
    expectAll('it', [['Aiuti fino a 2 miliardi di euro.', { bound: 'at-most' }, '2 miliardi di euro']]);
  });
});

describe('joined numbers and quarters', () => {
  it('shares a unit across "or" and "respectively"', () => {
    expectAll('sv', [['Fonderna äger 12 respektive 8 procent.', { kind: 'percent', value: 12 }, '12']]);
    expectAll('de', [['Die Preise steigen um 3 oder 4 Prozent.', { kind: 'percent', value: 3 }, '3']]);
    expectAll('pl', [['Firma zbuduje 2 lub 3 fabryki.', { kind: 'quantity', value: 2, unit: 'factory' }, '2']]);
  });
  it('reads quarters with a preposition, a Polish genitive, a Roman numeral or a T prefix', () => {
    expectAll('da', [
      [
        'Resultatet kommer i tredje kvartal af 2026.',
        { kind: 'date', value: '2026-Q3', unit: 'quarter' },
        'tredje kvartal af 2026',
      ],
    ]);
    expectAll('nb', [
      ['Leveransen kommer i fjerde kvartal av 2026.', { value: '2026-Q4', unit: 'quarter' }, 'fjerde kvartal av 2026'],
    ]);
    expectAll('pl', [
      ['Umowa do drugiego kwartału 2026 r.', { value: '2026-Q2', unit: 'quarter' }, 'drugiego kwartału 2026'],
    ]);
    expectAll('pl', [
      ['Zysk w III kwartale 2025 r. wzrósł.', { value: '2025-Q3', unit: 'quarter' }, 'III kwartale 2025'],
    ]);
    expectAll('es', [['Las ventas del T3 2025 crecieron.', { value: '2025-Q3', unit: 'quarter' }, 'T3 2025']]);
  });
});

describe('the Nordic "kr." abbreviation', () => {
  it("is the paper's own krone even when the sentence names a neighbour", () => {
    expectAll('da', [
      [
        'Investeringen i Sverige er på omkring 18 mia. kr., oplyser selskabet.',
        { kind: 'money', value: 18e9, unit: 'DKK' },
        '18 mia. kr.',
      ],
    ]);
    expectAll('nb', [['Fabrikken i Sverige koster 4 mrd. kr.', { unit: 'NOK' }, '4 mrd. kr.']]);
    expectAll('sv', [['Satsningen i Norge kostar 2 miljarder kr.', { unit: 'SEK' }, '2 miljarder kr.']]);
  });
  it("leaves the written-out name to the sentence's country", () => {
    expectAll('nb', [['I Stockholm steg aksjen til 250 kroner.', { unit: 'SEK' }, '250 kroner']]);
  });
});

describe('a bare scaled amount after a bracketed equivalent', () => {
  it('takes the currency stated outside the brackets', () => {
    expectAll('it', [
      [
        'Investirà 4 miliardi di euro in Spagna (circa 4,3 miliardi di dollari) e 900 milioni in Portogallo.',
        { kind: 'money', unit: 'EUR' },
        '900 milioni',
      ],
    ]);
    expectAll('es', [
      [
        'Destinará 2.000 millones de euros (2.150 millones de dólares) y otros 300 millones a Chile.',
        { kind: 'money', unit: 'EUR' },
        '300 millones',
      ],
    ]);
  });
});

describe('percentage points and more written numbers', () => {
  it('reads percentage points as percent', () => {
    expectAll('es', [
      ['La tasa cayó 0,4 puntos porcentuales.', { kind: 'percent', value: 0.4 }, '0,4 puntos porcentuales'],
    ]);
    expectAll('de', [['Die Marge stieg um 1,5 Prozentpunkte.', { kind: 'percent', value: 1.5 }, '1,5 Prozentpunkte']]);
    expectAll('sv', [
      ['Räntan sänks med 0,25 procentenheter.', { kind: 'percent', value: 0.25 }, '0,25 procentenheter'],
    ]);
  });
  it('reads "one and a half", hundreds and Polish genitives', () => {
    expectAll('da', [
      [
        'Der ansættes halvanden tusind sygeplejersker.',
        { value: 1500, unit: 'nurse' },
        'halvanden tusind sygeplejersker',
      ],
    ]);
    expectAll('pt', [
      ['Vai contratar três centenas de enfermeiros.', { value: 300, unit: 'nurse' }, 'três centenas de enfermeiros'],
    ]);
    expectAll('pl', [['Zatrudni trzystu lekarzy.', { value: 300, unit: 'doctor' }, 'trzystu lekarzy']]);
  });
});

describe('vague hundreds and thousands', () => {
  it('keeps "centenas de", "milhares de" out', () => {
    expectNone('pt', 'Há centenas de pessoas e milhares de empregos em causa.', 'centenas');
    expectNone('pt', 'Há centenas de pessoas e milhares de empregos em causa.', 'milhares');
  });
  it('the twin: a number before the same nouns is a figure', () => {
    expectAll('pt', [
      ['Há 300 pessoas e 3 mil empregos em causa.', { value: 300, unit: 'person' }, '300 pessoas'],
      ['Há 300 pessoas e 3 mil empregos em causa.', { value: 3000, unit: 'job' }, '3 mil empregos'],
    ]);
  });
});

describe('words after a number that are not what it counts', () => {
  it("lets an adjective or participle borrow the neighbour's noun", () => {
    expectAll('es', [['Había 500 empleados y los 300 restantes se irán.', { value: 300, unit: 'employee' }, '300']]);
    expectAll('pt', [['Emprega 900 pessoas, das quais 200 estrangeiras.', { value: 200, unit: 'person' }, '200']]);
  });
  it('takes no Germanic verb as a noun', () => {
    expectNone('nl', 'Op pagina 12 staat het plan.', '12');
    expectAll('nl', [['Er komen 650 extra stewardessen bij.', { unit: 'hostess' }, '650']]);
  });
});

describe('a text whose language is undetermined (a headline alone)', () => {
  it('reads its figures with the vocabulary that knows most of its words', () => {
    expectAll('und', [
      ['Microsoft to invest $3.2 billion in Sweden', { kind: 'money', value: 3.2e9, unit: 'USD' }, '$3.2 billion'],
    ]);
    expectAll('und', [
      ['Vestas bygger 48 vindmøller hos kunden', { value: 48, unit: 'wind turbine' }, '48 vindmøller'],
    ]);
    expectAll('und', [
      ['Siemens annonce un milliard de dollars', { value: 1e9, unit: 'USD' }, 'un milliard de dollars'],
    ]);
  });
});

describe('a written number with a Romance plural noun of its own', () => {
  it('counts that noun', () => {
    expectAll('es', [
      ['Abrirá cinco gigafactorías en Europa.', { value: 5, unit: 'gigafactory' }, 'cinco gigafactorías'],
    ]);
    expectAll('pt', [['Serão criadas quatro creches na cidade.', { value: 4, unit: 'daycare' }, 'quatro']]);
  });
  it('not an adjective', () => {
    expectNone('es', 'Hay dos grandes y tres pequeñas.', 'dos');
  });
});

describe('scaled counts of unknown nouns', () => {
  it('reads the noun after an elided link word and a word listed only inside a phrase', () => {
    expectAll('fr', [
      ["Le pays a importé 3 millions d'ordinateurs.", { kind: 'quantity', value: 3e6, unit: 'computer' }, '3 millions'],
    ]);
    expectAll('en', [
      ['It shipped 40 million handsets.', { kind: 'quantity', value: 40e6, unit: 'handset' }, '40 million'],
    ]);
    expectAll('en', [
      ['It sold 5 million cards last year.', { kind: 'quantity', value: 5e6, unit: 'card' }, '5 million'],
    ]);
  });
});

describe('Germanic runs of unknown words', () => {
  it('take the first long plural, not the verb after it', () => {
    expectAll('da', [
      ['Der vil være op mod 2.000 murersvende beskæftiget.', { value: 2000, unit: 'murersvende' }, '2.000'],
    ]);
    expectAll('nb', [['Det skal jobbe 900 rørleggere der.', { value: 900, unit: 'rørleggere' }, '900']]);
  });
});
describe('abbreviations end no sentence', () => {
  it('lets a figure after "ok." or before a lower-case word count its neighbour\'s noun', () => {
    expectAll('pl', [
      ['Firma zatrudnia 64 tys. osób, w tym ok. 1,4 tys. w Polsce.', { value: 1400, unit: 'person' }, '1,4 tys.'],
    ]);
  });
});

describe('ranges between year-like counts', () => {
  it('reads "between 2000 and 2500 jobs" as a count, and a year range as years', () => {
    expectAll('nl', [
      [
        'Het gaat om tussen de 2000 en 2500 banen.',
        { kind: 'quantity', range: [2000, 2500], unit: 'job' },
        '2000 en 2500 banen',
      ],
    ]);
    expectAll('en', [
      [
        'It will hire between 2100 and 2300 engineers.',
        { kind: 'quantity', range: [2100, 2300], unit: 'engineer' },
        '2100 and 2300 engineers',
      ],
    ]);
    expectAll('nl', [
      ['Tussen 2020 en 2024 groeide het bedrijf.', { kind: 'date', range: [2020, 2024] }, '2020 en 2024'],
    ]);
  });
  it('reads the Dutch "15 à 20"', () => {
    expectAll('nl', [
      ['Het kost 15 à 20 miljoen euro.', { kind: 'money', range: [15e6, 20e6], unit: 'EUR' }, '15 à 20 miljoen euro'],
    ]);
  });
});
