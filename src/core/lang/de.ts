/** German: the words the engine needs to read figures and claims in German articles. */
import type { LanguageData } from './types';
import { inflect } from './common';
import { CURRENCY_NAMES } from './generated/currencies-de';
import { UNITS } from './generated/units-de';
import { RELATIVE_PERIODS } from './generated/reltime-de';

export const de: LanguageData = {
  code: 'de',
  franc: 'deu',
  name: 'German',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'den', 'dem', 'des', 'ein', 'eine', 'auch', 'wird', 'werden', 'wurde', 'nach', 'bei', 'aus', 'oder', 'über', 'einen', 'in'],
    numberWords: {
      null: 0, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
      dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30,
      vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000, zweihundert: 200,
      halbe: 0.5, halben: 0.5, 'eine halbe': 0.5, 'einer halben': 0.5,
      // the rest of "halb"'s declension after the article (Duden): "ein halbes Jahr", "einen halben Tag"
      halbes: 0.5, halber: 0.5, halbem: 0.5, 'ein halbes': 0.5, 'einen halben': 0.5, 'einem halben': 0.5, 'eines halben': 0.5, 'ein dutzend': 12,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'zwei dutzend': 24,
    },
    articles: ['ein', 'eine', 'einer', 'einen', 'einem'],
    numberConnectors: ['und'],
    // compound-only forms (see FigureVocabulary.numberMorphs)
    numberMorphs: { ein: 1, eins: 1, einhalb: 0.5 },
    // a number and a unit as one adjective: "achtjährige", "zweistündigen", "Vierjahres-Vertrag" (Duden: -jährig, -tägig...)
    unitCompounds: {
      endings: {
        ...inflect({ jährig: 'year', monatig: 'month', wöchig: 'week', tägig: 'day', stündig: 'hour', minütig: 'minute' }, ['', 'e', 'en', 'er', 'es', 'em']),
        jahres: 'year',
      },
      // a unit's genitive as a compound's first part (Duden: "Fünfjahresplan", "Dreimonatsfrist", "Achtstundentag")
      heads: { jahres: 'year', monats: 'month', wochen: 'week', tages: 'day', stunden: 'hour', minuten: 'minute' },
      // "Jahrestag" is an anniversary, "Jahreswechsel" the turn of a year: points in time (Duden)
      except: ['jahrestag', 'jahreswechsel', 'jahresende', 'jahresbeginn', 'jahresanfang', 'jahresmitte'],
    },
    singularScales: ['million', 'milliarde'],
    scaleWords: {
      tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9,
      billion: 1e12, billionen: 1e12, 'tsd.': 1e3, tsd: 1e3,
    },
    currencyScales: { m: 1e6, k: 1e3 },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      'taiwan-dollar': 'TWD', 'neue taiwan-dollar': 'TWD', schekel: 'ILS', rupien: 'INR', rubel: 'RUB', lira: 'TRY', forint: 'HUF', hrywnja: 'UAH', hrywen: 'UAH', renminbi: 'CNY',
      euro: 'EUR', dollar: 'USD', 'us-dollar': 'USD', 'us dollar': 'USD', 'kanadische dollar': 'CAD', franken: 'CHF',
      'schweizer franken': 'CHF', pfund: 'GBP', 'britische pfund': 'GBP', 'pfund sterling': 'GBP', yen: 'JPY', yuan: 'CNY',
      'dänische kronen': 'DKK', 'schwedische kronen': 'SEK', 'norwegische kronen': 'NOK', 'tschechische kronen': 'CZK', zloty: 'PLN',     },
    ambiguousCurrencies: { krone: ['SEK', 'DKK', 'NOK', 'CZK'], kronen: ['SEK', 'DKK', 'NOK', 'CZK'] },
    currencyCues: { DKK: ['dän', 'dänemark', 'kopenhagen'], SEK: ['schwed', 'stockholm'], NOK: ['norweg', 'oslo'], CZK: ['tschech', 'prag'] },
    countedNouns: {
      // an age glued to its number: "71-Jährige", "28-latek", "71enne", "28-åring" (years of age)
      'jährige': 'year', 'jährigen': 'year', 'jähriger': 'year', 'jähriges': 'year', 'jährigem': 'year',
      familien: 'household',
      menschen: 'person', personen: 'person', person: 'person', bürger: 'person', bürgerinnen: 'person', einwohner: 'person',
      schweizer: 'person', schweizerinnen: 'person', deutsche: 'person', italiener: 'person', franzosen: 'person', europäer: 'person',
      'schweizerinnen und schweizer': 'person', mitarbeiter: 'employee', mitarbeitende: 'employee', mitarbeiterinnen: 'employee',
      beschäftigte: 'employee', angestellte: 'employee', arbeitnehmer: 'worker', arbeiter: 'worker', fachkräfte: 'worker',
      ingenieure: 'engineer', forscher: 'researcher', studierende: 'student', studenten: 'student', nutzer: 'user', kunden: 'customer',
      arbeitsplätze: 'job', arbeitsplatz: 'job', jobs: 'job', job: 'job', stellen: 'job',       startups: 'startup', 'start-ups': 'startup', startup: 'startup', unternehmen: 'company', firmen: 'company', betriebe: 'company',
      lieferanten: 'supplier', zulieferer: 'supplier', haushalte: 'household', haushalten: 'household', projekte: 'project', regionen: 'region',
      länder: 'country', standorte: 'site', rechenzentren: 'data center', rechenzentrum: 'data center', server: 'server', gpus: 'GPU', gpu: 'GPU',
      chips: 'chip', prozessoren: 'processor', grafikprozessoren: 'GPU', aktien: 'share', wohnungen: 'home', fahrzeuge: 'vehicle',
      jahr: 'year', jahre: 'year', jahren: 'year', monat: 'month', monate: 'month', monaten: 'month', woche: 'week', wochen: 'week',
      tag: 'day', tage: 'day', tagen: 'day', stunde: 'hour', stunden: 'hour', minuten: 'minute', minute: 'minute', sekunde: 'second', sekunden: 'second', jahrzehnt: 'decade', jahrzehnte: 'decade', jahrzehnten: 'decade',
      mal: 'time',
      entwickler: 'developer', schüler: 'student', schulen: 'school', krankenhäuser: 'hospital', kliniken: 'hospital',
      patienten: 'patient', ärzte: 'doctor', lehrer: 'teacher', lehrkräfte: 'teacher', mitglieder: 'member', städte: 'city',
      gemeinden: 'municipality', kommunen: 'municipality', filialen: 'store', geschäfte: 'store', läden: 'store',
      fabriken: 'factory', werke: 'factory', büros: 'office', produkte: 'product', geräte: 'device', autos: 'car',
      flugzeuge: 'aircraft', passagiere: 'passenger', fluggäste: 'passenger', besucher: 'visitor', touristen: 'tourist',
      flüge: 'flight', betten: 'bed', gebäude: 'building', batterien: 'battery', ladepunkte: 'charging point',
      ladestationen: 'charging point', solarmodule: 'solar panel', investoren: 'investor', anleger: 'investor',
      aktionäre: 'shareholder', partner: 'partner', verträge: 'contract', patente: 'patent', sprachen: 'language',
      windparks: 'wind farm', abonnenten: 'subscriber', beschäftigten: 'employee', mitarbeitern: 'employee',
      grafikchips: 'GPU', schweden: 'person', dänen: 'person',
      konzerne: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'arbeitskräfte': 'worker', 'bauarbeiter': 'construction worker', 'häuser': 'home', 'pkw': 'car', 'elektroautos': 'electric car', 'e-autos': 'electric car', 'lkw': 'truck', 'busse': 'bus', 'züge': 'train', 'schiffe': 'ship', 'windräder': 'wind turbine', 'windkraftanlagen': 'wind turbine', 'windenergieanlagen': 'wind turbine', 'turbinen': 'turbine', 'wafer': 'wafer', 'kraftwerke': 'plant', 'bauernhöfe': 'farm', 'hotels': 'hotel', 'zimmer': 'room', 'restaurants': 'restaurant', 'bahnhöfe': 'station', 'ladesäulen': 'charging point', 'offene stellen': 'vacancy', 'fußballfelder': 'football field', 'fußballplätze': 'football field', 'pflegekräfte': 'nurse', 'bestellungen': 'order', 'aufträge': 'order', 'pakete': 'package', 'container': 'container', 'barrel': 'barrel', 'sitzplätze': 'seat',
      // common nouns and units of business news, added with the held-out figures set
      // common nouns and units of business news, added with the held-out figures set
      'fahrer': 'driver', 'lkw-fahrer': 'driver', 'lagerhallen': 'warehouse', 'lager': 'warehouse', 'verteilzentren': 'distribution center', 'logistikzentren': 'distribution center', 'supermärkte': 'store', 'kuriere': 'courier', 'neueinstellungen': 'hire',
      // common nouns and units of business news, added with the held-out figures set
      'tankstellen': 'filling station', 'zähler': 'meter',
      // common nouns and units of business news, added with the held-out figures set
      'gäste': 'guest', 'teilnehmer': 'participant', 'gigafabriken': 'gigafactory', 'gigafactorys': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'fahrräder': 'bicycle', 'roller': 'scooter', 'bewohner': 'inhabitant', 'bewohnern': 'inhabitant', 'einwohnern': 'inhabitant',
      // common nouns and units of business news, added with the held-out figures set
      'einheiten': 'unit', 'stück': 'unit', 'exemplare': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'handwerker': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      pferdestärken: 'hp', kilowatt: 'kW', watt: 'W', milligramm: 'mg', mikrogramm: 'µg', millilitern: 'ml', litern: 'l', zentiliter: 'cl', deziliter: 'dl', 'umdrehungen pro minute': 'rpm', knoten: 'kn', 'grad f': '°F', 'grad c': '°C', stundenkilometer: 'km/h', stundenkilometern: 'km/h', zentimetern: 'cm', millimetern: 'mm', quadratkilometern: 'km2', kubikmetern: 'm3',
      kilometer: 'km', kilometern: 'km', meter: 'm', metern: 'm', quadratmeter: 'm2', quadratmetern: 'm2', quadratkilometer: 'km2',
      hektar: 'ha', megawatt: 'MW', gigawatt: 'GW', tonnen: 't', tonne: 't', kilogramm: 'kg', liter: 'l', grad: '°C', 'grad celsius': '°C',
      // common nouns and units of business news, added with the held-out figures set
      'millimeter': 'mm', 'zentimeter': 'cm', 'nanometer': 'nm', 'terawattstunden': 'TWh', 'gigawattstunden': 'GWh', 'megawattstunden': 'MWh', 'kilowattstunden': 'kWh', 'kubikmeter': 'm3',
    },
    percentWords: ['prozentig', 'prozentige', 'prozentigen', 'prozentiger', 'prozentiges', 'prozentigem', 'prozent', 'proz.', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt'],
    months: {
      januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
      jan: 1, feb: 2, mär: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['pro', 'je', 'im', 'in der'],
    belowZero: ['unter null'],
    angleWords: ['winkel', 'neigung', 'drehung', 'kehrtwende', 'gedreht', 'schräg', 'steigung'],
    linkWords: ['an'],
    boundsBefore: {
      'mehr als': 'at-least', über: 'at-least', mindestens: 'at-least', 'gut': 'at-least', 'knapp über': 'at-least', 'fast': 'nearly',
      knapp: 'nearly', beinahe: 'nearly', nahezu: 'nearly', rund: 'about', etwa: 'about', ungefähr: 'about', circa: 'about', 'ca.': 'about',
      zirka: 'about', gegen: 'about', 'bis zu': 'at-most', 'weniger als': 'at-most', höchstens: 'at-most', maximal: 'at-most', 'unter': 'at-most',
    },
    vagueQuantifiers: ['mehrere', 'einige', 'viele', 'etliche', 'zahlreiche', 'ein paar'],
    boundsAfter: { 'oder mehr': 'at-least', 'und mehr': 'at-least', 'oder weniger': 'at-most' },
    rangeFrom: ['von', 'zwischen'],
    rangeTo: ['bis'],
    rangeBetween: ['zwischen'],
    rangeAnd: ['und'],
    deadlineCues: ['bis', 'bis spätestens', 'spätestens', 'vor'],
    deadlineFillers: ['ende', 'zum', 'jahr', 'jahres', 'des', 'anfang', 'mitte', 'im'],
    datePrepositions: [],
    yearPrepositions: ['im jahr', 'im jahre', 'seit', 'von', 'bis', 'anno'],
    measuresBefore: { 'magnitude': 'magnitude', 'magnitude von': 'magnitude', 'stärke von': 'magnitude' },
    datelineCues: ['veröffentlicht am', 'aktualisiert am', 'stand'],
    ordinalSuffixes: [],
    dotOrdinals: true,
    quarterWords: ['quartal', 'quartals'],
    ordinalWords: { ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4 },
    nounsCapitalized: true,
    /** adjectives that may stand between a number and its noun, never the noun ("six other survivors") */
    notCountedNouns: ['weitere', 'weiteren', 'andere', 'anderen', 'neue', 'neuen', 'zusätzliche', 'zusätzlichen', 'mutmaßliche', 'mutmaßlichen', 'mehrere'],
    nounPosition: 'last',
    compoundNouns: true,
    nounEndings: [['n', '']],
    numberJoiners: ['oder', 'bzw.', 'beziehungsweise'],
    levelTo: ['auf'],
    partitives: ['der', 'von den', 'von'],
    countWords: ['die zahl der', 'die anzahl der'],
    definiteArticles: [],
    inflection: {
      endings: [
        ['innen', 'in'],
        ['ien', 'ium'],
        ['ien', 'ion'],
        ['en', 'um'],
        ['nen', ''],
        ['ern', ''],
        ['en', ''],
        ['er', ''],
        ['es', ''],
        ['e', ''],
        ['n', ''],
        ['s', ''],
      ],
      compounds: true,
      feminine: 'in',
      vowels: [
        ['äu', 'au'],
        ['ä', 'a'],
        ['ö', 'o'],
        ['ü', 'u'],
      ],
      vowelEndings: ['e', 'er', 'en', 'ern'],
      spellings: [['ss', 'ß']],
      suffixes: ['schaft'],
    },
    changes: {
      minusWords: [],
      signWords: ['minus'],
      links: ['um', 'von'],
      words: { 'sank': 'down', 'sinkt': 'down', 'sinken': 'down', 'gesunken': 'down', 'fiel': 'down', 'fällt': 'down', 'fallen': 'down', 'gefallen': 'down', 'rückgang': 'down', 'rückgänge': 'down', 'minus': 'down', 'verlor': 'down', 'verliert': 'down', 'verloren': 'down', 'schrumpf*': 'down', 'geschrumpft': 'down', 'senkt*': 'down', 'gesenkt': 'down', 'senkung': 'down', 'abnahme': 'down', 'reduziert*': 'down', 'verringer*': 'down', 'rutscht*': 'down', 'einbruch': 'down', 'nachgegeben': 'down', 'gab': 'down', 'abgesackt': 'down', 'sackte': 'down', 'sackt': 'down', 'einbußen': 'down', 'senken': 'down', 'stieg': 'up', 'steigt': 'up', 'steigen': 'up', 'gestiegen': 'up', 'anstieg': 'up', 'zuwachs': 'up', 'wuchs': 'up', 'wächst': 'up', 'gewachsen': 'up', 'plus': 'up', 'erhöh*': 'up', 'kletter*': 'up', 'geklettert': 'up', 'sprang': 'up', 'gesprungen': 'up', 'anhebung': 'up', 'hob': 'up', 'hebt': 'up', 'angehoben': 'up', 'wachstum': 'up', 'zugelegt': 'up', 'legte': 'up', 'legt': 'up', 'steigerung': 'up', 'steigert*': 'up', 'gesteigert': 'up' },
    },
    subunits: { cent: ['EUR', 'USD'], cents: ['EUR', 'USD'], 'euro-cent': ['EUR'], eurocent: ['EUR'], rappen: ['CHF'], pence: ['GBP'], öre: ['SEK'], øre: ['NOK', 'DKK'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { hälfte: 50, drittel: 100 / 3, 'zwei drittel': 200 / 3, viertel: 25, 'drei viertel': 75, 'dreiviertel': 75, fünftel: 20 }, links: ['der', 'des', 'aller', 'von'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    pointWords: ['punkt', 'punkte', 'punkten'],
    basisPoints: ['basispunkte', 'basispunkten', 'basispunkt', 'bp'],
    pointPhrases: { 'viertelprozentpunkt': 0.25, 'einen viertelprozentpunkt': 0.25 },
  },
  claims: {
    predicates: {
      'wegfall*': 'cut-jobs', 'fallen ~ weg': 'cut-jobs', 'verlor': 'cut-jobs', 'einwohner*': 'population',
      'finanzierungsrunde*': 'raise-funding', 'eingesammelt': 'raise-funding', 'einsammeln': 'raise-funding', 'sammelt': 'raise-funding', 'bewertet': 'valuation',
      'einstell*': 'create-jobs', 'beschaftigt': 'employees',
      'streich*': 'cut-jobs', 'stellenabbau': 'cut-jobs', 'abbau*': 'cut-jobs', 'entlass*': 'cut-jobs', 'strafe': 'fine', 'geldstrafe': 'fine', 'bussgeld': 'fine', 'ubernahme*': 'acquire', 'ubernimmt': 'acquire', 'kauft': 'acquire', 'verlust*': 'loss', 'schulden': 'debt', 'subvention*': 'subsidy', 'fordermittel': 'subsidy',
      'verwaltet*': 'assets-under-management', 'verwaltetes vermogen': 'assets-under-management',
      'invest*': 'invest', 'steck*': 'invest', 'ausgab*': 'invest', 'budget': 'invest', 'kapitalerhoh*': 'raise-funding',
      'bezugsrecht*': 'raise-funding', 'bewertung': 'valuation', 'beteiligung': 'stake',
      'weiterbild*': 'train-people', 'schul*': 'train-people', 'ausbild*': 'train-people', 'qualifizier*': 'train-people',
      'arbeitsplatz*': 'create-jobs', 'arbeitsplatze': 'create-jobs', 'jobs': 'create-jobs', 'stellen': 'create-jobs',
      'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'start ups': 'support-startups', 'rechenzentr*': 'build-data-centers',
      'umsatz*': 'revenue', 'gewinn*': 'profit', 'borsenwert': 'market-value', 'marktwert': 'market-value',
      'marktkapitalisierung': 'market-value', 'aktie*': 'share-price', 'kurs*': 'share-price', 'bip': 'gdp', 'wirtschaftsleistung': 'gdp', 'wertschopfung': 'gdp',
      'bruttoinlandsprodukt*': 'gdp', 'co2 frei*': 'carbon-free-energy', 'kohlenstofffrei*': 'carbon-free-energy',
      'eroffn*': 'open', 'fertiggestellt': 'complete', 'fertigstellung': 'complete', 'abgeschlossen': 'complete', 'in betrieb': 'open', 'betriebsbereit': 'open', 'vermogen': 'assets-under-management', 'leistung': 'capacity', 'quadratmeter*': 'area', 'hektar': 'area', 'preis': 'price',
      'mitarbeiter*': 'employees', 'beschaftigte*': 'employees', 'kunden*': 'customers', 'geschult': 'train-people', 'haushalt*': 'households',
    },
    places: {
      'weltweit': 'WORLD',
      'norwegisch*': 'NO', 'polnisch*': 'PL', 'niederlandisch*': 'NL', 'hollandisch*': 'NL', 'portugiesisch*': 'PT', 'britisch*': 'GB', 'irisch*': 'IE', 'osterreichisch*': 'AT', 'finnisch*': 'FI', 'japanisch*': 'JP', 'indisch*': 'IN', 'brasilianisch*': 'BR', 'mexikanisch*': 'MX', 'australisch*': 'AU', 'koreanisch*': 'KR', 'griechisch*': 'GR', 'tschechisch*': 'CZ', tschechien: 'CZ', 'turkisch*': 'TR',
      frankreich: 'FR', 'franzosisch*': 'FR', deutschland: 'DE', 'deutsch*': 'DE', 'bundesrepublik': 'DE', italien: 'IT',
      'italienisch*': 'IT', italiens: 'IT', spanien: 'ES', 'spanisch*': 'ES', schweiz: 'CH', 'schweizer*': 'CH', belgien: 'BE',
      'belgisch*': 'BE', schweden: 'SE', 'schwedisch*': 'SE', norwegen: 'NO', danemark: 'DK', 'danisch*': 'DK', polen: 'PL',
      niederlande: 'NL', portugal: 'PT', grossbritannien: 'GB', osterreich: 'AT', 'amerikanisch*': 'US', munchen: 'DE/bavaria/munich',
      'hessisch*': 'DE/hesse', 'rheinland': 'DE/nrw', mailand: 'IT/milan', zurich: 'CH/zurich', genf: 'CH/geneva',
    },
    attributions: ['laut', 'zufolge', 'nach angaben', 'berichtet', 'quellen', 'kreise'],
    attributedTo: ['laut', 'nach angaben'],
    contrasts: ['davon', 'darunter', 'hiervon', 'im vergleich', 'verglichen mit', 'gegenuber'],
    totals: ['insgesamt', 'gesamt*', 'total'],
    shareOf: ['der', 'des', 'von', 'vom', 'von den', 'ihres', 'ihrer', 'seines', 'seiner', 'aller'],
    relativeWhen: ['als'],
    rivals: ['konkurrent*', 'rivale*', 'wettbewerber*', 'pendant*'],
    equivalents: ['umgerechnet', 'das sind', 'also'],
    since: ['seit'],
    ago: ['vor'],
    present: ['derzeit', 'aktuell', 'heute', 'zurzeit', 'momentan', 'gegenwartig'],
    targets: ['steigen', 'steigt', 'wachsen', 'wachst', 'erhohen', 'anwachsen'],
    horizons: ['kommenden', 'nachsten', 'uber', 'innerhalb'],
    past: ['letzten monat', 'vergangenen monat', 'vorigen monat', 'anfang des jahres', 'im vorjahr', 'vergangenes jahr', 'vergangenen jahr', 'letzten jahr', 'vorigen jahr', 'letztes jahr'],
    earlier: ['zuvor', 'vorher', 'zunachst', 'ursprunglich', 'anfangs', 'anfanglich', 'anfangliche', 'anfanglichen', 'ursprungliche', 'ursprunglichen'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'im vorjahr': { unit: 'year', offset: -1 }, 'vergangenes jahr': { unit: 'year', offset: -1 }, 'im vergangenen jahr': { unit: 'year', offset: -1 }, 'im letzten jahr': { unit: 'year', offset: -1 }, 'vorigen jahr': { unit: 'year', offset: -1 }, 'im laufenden jahr': { unit: 'year', offset: 0 }, 'in diesem jahr': { unit: 'year', offset: 0 }, 'im kommenden jahr': { unit: 'year', offset: 1 }, 'im nachsten jahr': { unit: 'year', offset: 1 }, 'vergangenen monat': { unit: 'month', offset: -1 }, 'vorigen monat': { unit: 'month', offset: -1 }, 'im vorquartal': { unit: 'quarter', offset: -1 }, 'im letzten quartal': { unit: 'quarter', offset: -1 } },
    notNames: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'im', 'in', 'mit', 'fur', 'auf', 'und', 'aber',
      'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    nounsCapitalized: true,
  },
};
