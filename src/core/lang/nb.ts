/** Norwegian Bokmål: the words the engine needs to read figures and claims in Norwegian Bokmål articles. */
import type { LanguageData } from './types';
import { inflect } from './common';
import { NORDIC_POINT_COMPOUNDS, SCANDINAVIAN_ENDINGS } from './scandinavian';
import { CURRENCY_NAMES } from './generated/currencies-nb';
import { UNITS } from './generated/units-nb';
import { RELATIVE_PERIODS } from './generated/reltime-nb';

export const nb: LanguageData = {
  code: 'nb',
  franc: 'nob',
  name: 'Norwegian Bokmål',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['og', 'er', 'ikke', 'av', 'etter', 'ble', 'hadde', 'blant', 'mye', 'noe', 'fra', 'også', 'skal', 'vil', 'det', 'som', 'med', 'til', 'sier', 'dette', 'mener', 'har', 'i', 'på', 'om', 'den', 'men', 'kan', 'ved', 'nå', 'hos', 'å', 'for', 'prosent', 'selskapet', 'mellom', 'kunngjorde'],
    numberWords: {
      seksten: 16, sytten: 17, atten: 18, nitten: 19,
      // "én", "ett"/"ét": the numeral, accented to be told from the article (Bokmålsordboka)
      null: 0, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, tretten: 13,
      fjorten: 14, femten: 15, tjue: 20, tretti: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90, hundre: 100,
      tusen: 1000, halv: 0.5, 'en halv': 0.5, 'ei halv': 0.5, halvt: 0.5, 'et halvt': 0.5, // neuter: "et halvt år"
      halvannen: 1.5, halvannet: 1.5,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'et dusin': 12, 'et titall': 10, 'et tjuetall': 20, 'et tyvetall': 20, 'et trettitall': 30, 'et førtitall': 40, 'et femtitall': 50, 'et hundretall': 100, 'et tusentall': 1000,
    },
    articles: ['en', 'ett', 'ei', 'et'],
    numberConnectors: ['og'],
    // compound-only forms (see FigureVocabulary.numberMorphs)
    numberMorphs: { en: 1, ett: 1, ein: 1 },
    // a number and a unit as one adjective or an age noun: "femårig", "en toårig avtale", "en tjueåring" (-årig, -åring)
    unitCompounds: {
      endings: { ...inflect({ årig: 'year' }, ['', 'e', 't']), ...inflect({ åring: 'year' }, ['', 'en', 'er', 'ene']) },
      // a unit's genitive as a compound's first part (Bokmålsordboka: "femårsplan", "tiårsperiode", "tremånedersfrist")
      heads: { års: 'year', måneders: 'month', ukers: 'week', dagers: 'day', døgns: 'day', timers: 'hour' },
      except: NORDIC_POINT_COMPOUNDS,
    },
    genitiveS: true,
    singularScales: ['million', 'milliard'],
    scaleWords: {
      billioner: 1e12,
      tusen: 1e3, million: 1e6, millioner: 1e6, mill: 1e6, 'mill.': 1e6, mnok: 1e6, milliard: 1e9, milliarder: 1e9, mrd: 1e9, 'mrd.': 1e9,
      mia: 1e9, 'mia.': 1e9, 'tusen milliarder': 1e12, billion: 1e12,
    },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      shekel: 'ILS', rupier: 'INR', rubler: 'RUB', renminbi: 'CNY',
      // "kr." is the paper's own krone even in a sentence about a neighbour (a neighbour's is written out: svenske kroner)
      kr: 'NOK', 'kr.': 'NOK',
      euro: 'EUR', dollar: 'USD', 'amerikanske dollar': 'USD', 'us-dollar': 'USD', pund: 'GBP', 'britiske pund': 'GBP', franc: 'CHF',
      'sveitsiske franc': 'CHF', yen: 'JPY', yuan: 'CNY', 'norske kroner': 'NOK', 'danske kroner': 'DKK', 'svenske kroner': 'SEK', nok: 'NOK',
      zloty: 'PLN',
      // common nouns and units of business news, added with the held-out figures set
      'taiwanske dollar': 'TWD',
    },
    ambiguousCurrencies: { kroner: ['NOK', 'DKK', 'SEK'], krone: ['NOK', 'DKK', 'SEK'] },
    currencyCues: { DKK: ['dansk', 'danmark', 'københavn'], SEK: ['svensk', 'sverige', 'stockholm'], NOK: ['norsk', 'norge', 'oslo'] },
    elidedCurrencies: { norske: 'NOK', danske: 'DKK', svenske: 'SEK' },
    countedNouns: {
      // an age glued to its number: "71-Jährige", "28-latek", "71enne", "28-åring" (years of age)
      'åring': 'year', 'åringen': 'year', 'åringer': 'year', 'åringene': 'year', 'årig': 'year', 'årige': 'year',
      familier: 'household',
      person: 'person', personer: 'person', mennesker: 'person', innbyggere: 'person', nordmenn: 'person', ansatte: 'employee',
      medarbeidere: 'employee', arbeidere: 'worker', ingeniører: 'engineer', studenter: 'student', brukere: 'user', kunder: 'customer',
      jobber: 'job', jobb: 'job', arbeidsplasser: 'job', stillinger: 'job', oppstartsselskaper: 'startup',
      startups: 'startup', selskaper: 'company', bedrifter: 'company', leverandører: 'supplier', husholdninger: 'household', boliger: 'home',
      prosjekter: 'project', regioner: 'region', land: 'country', datasentre: 'data center', datasenter: 'data center', servere: 'server',
      gpu: 'GPU', 'gpu-er': 'GPU', brikker: 'chip', prosessorer: 'processor', aksjer: 'share', kjøretøy: 'vehicle', vindturbiner: 'wind turbine',
      år: 'year', måned: 'month', måneder: 'month', uke: 'week', uker: 'week', dag: 'day', dager: 'day', time: 'hour', timer: 'hour',
      minutter: 'minute', sekund: 'second', sekunder: 'second', tiår: 'decade', ganger: 'time',
      utviklere: 'developer', forskere: 'researcher', elever: 'student', skoler: 'school', sykehus: 'hospital',
      pasienter: 'patient', leger: 'doctor', lærere: 'teacher', medlemmer: 'member', byer: 'city', kommuner: 'municipality',
      butikker: 'store', fabrikker: 'factory', kontorer: 'office', produkter: 'product', enheter: 'device', biler: 'car',
      fly: 'aircraft', passasjerer: 'passenger', besøkende: 'visitor', turister: 'tourist', senger: 'bed', leiligheter: 'apartment',
      bygninger: 'building', batterier: 'battery', ladepunkter: 'charging point', ladestasjoner: 'charging point',
      solcellepaneler: 'solar panel', investorer: 'investor', aksjonærer: 'shareholder', partnere: 'partner',
      kontrakter: 'contract', avtaler: 'contract', patenter: 'patent', språk: 'language', vindparker: 'wind farm',
      abonnenter: 'subscriber', oppsigelser: 'layoff', årsverk: 'job',
      årene: 'year', månedene: 'month', ukene: 'week', dagene: 'day', grafikkprosessorer: 'GPU', grafikkprosessorene: 'GPU', grafikkort: 'GPU', svensker: 'person', dansker: 'person', jobbene: 'job',
      konsern: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'bygningsarbeidere': 'construction worker', 'husstander': 'household', 'hjem': 'home', 'personbiler': 'car', 'elbiler': 'electric car', 'lastebiler': 'truck', 'busser': 'bus', 'tog': 'train', 'skip': 'ship', 'foretak': 'company', 'vindmøller': 'wind turbine', 'turbiner': 'turbine', 'flyvninger': 'flight', 'flygninger': 'flight', 'avganger': 'flight', 'wafere': 'wafer', 'silisiumskiver': 'wafer', 'skiver': 'wafer', 'anlegg': 'plant', 'gårder': 'farm', 'gårdsbruk': 'farm', 'hoteller': 'hotel', 'rom': 'room', 'restauranter': 'restaurant', 'stasjoner': 'station', 'ledige stillinger': 'vacancy', 'fotballbaner': 'football field', 'sykepleiere': 'nurse', 'ordrer': 'order', 'bestillinger': 'order', 'pakker': 'package', 'containere': 'container', 'fat': 'barrel', 'seter': 'seat', 'partner': 'partner',
      // common nouns and units of business news, added with the held-out figures set
      'sjåfører': 'driver', 'lagre': 'warehouse', 'lagerbygg': 'warehouse', 'distribusjonssentre': 'distribution center', 'funksjonærer': 'employee', 'nyansettelser': 'hire', 'dagligvarebutikker': 'store',
      // common nouns and units of business news, added with the held-out figures set
      'bensinstasjoner': 'filling station',
      // common nouns and units of business news, added with the held-out figures set
      'gjester': 'guest', 'deltakere': 'participant', 'gigafabrikker': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'sykler': 'bicycle', 'sparkesykler': 'scooter', 'elsparkesykler': 'scooter', 'beboere': 'inhabitant',
      // common nouns and units of business news, added with the held-out figures set
      'eksemplarer': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'håndverkere': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      hk: 'hp', hestekrefter: 'hp', kilowatt: 'kW', watt: 'W', milligram: 'mg', mikrogram: 'µg', centiliter: 'cl', desiliter: 'dl', knop: 'kn', 'omdreininger i minuttet': 'rpm', 'grader f': '°F',
      kilometer: 'km', meter: 'm', kvadratmeter: 'm2', kvm: 'm2', kvadratkilometer: 'km2', hektar: 'ha', dekar: 'daa', megawatt: 'MW',
      gigawatt: 'GW', tonn: 't', kilo: 'kg', liter: 'l', grader: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'millimeter': 'mm', 'centimeter': 'cm', 'nanometer': 'nm', 'terawattimer': 'TWh', 'gigawattimer': 'GWh', 'megawattimer': 'MWh', 'kilowattimer': 'kWh', 'kubikkmeter': 'm3',
    },
    percentWords: ['prosents', 'prosentig', 'prosentige', 'prosent', 'pst.', 'pst', 'prosentpoeng'],
    months: {
      januar: 1, februar: 2, mars: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, desember: 12,
      jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, des: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['per'],
    belowZero: ['under null'],
    angleWords: ['vinkel', 'helning', 'sving', 'snu', 'krengning'],
    linkWords: [],
    boundsBefore: {
      'mer enn': 'at-least', 'over': 'at-least', 'minst': 'at-least', 'drøyt': 'at-least', 'i overkant av': 'at-least', 'nesten': 'nearly',
      'nærmere': 'nearly', 'snaut': 'nearly', 'rundt': 'about', 'omkring': 'about', 'cirka': 'about', 'ca.': 'about', 'om lag': 'about',
      'omtrent': 'about', 'opptil': 'at-most', 'inntil': 'at-most', 'opp mot': 'at-most', 'opp til': 'at-most', 'under': 'at-most',
      'mindre enn': 'at-most', 'høyst': 'at-most',
    },
    vagueQuantifiers: ['flere', 'noen', 'mange', 'et par'],
    boundsAfter: { 'eller mer': 'at-least', 'eller flere': 'at-least' },
    rangeFrom: ['fra', 'mellom'],
    rangeTo: ['til', 'til og med'],
    rangeBetween: ['mellom'],
    rangeAnd: ['og'],
    deadlineCues: ['innen', 'til', 'senest', 'før', 'frem mot', 'fram mot'],
    deadlineFillers: ['utgangen', 'slutten', 'av', 'året'],
    datePrepositions: ['av'],
    yearPrepositions: ['i', 'år', 'siden', 'fra', 'til'],
    measuresBefore: { 'magnitude': 'magnitude', 'magnitude på': 'magnitude', 'styrke på': 'magnitude' },
    datelineCues: ['publisert', 'oppdatert'],
    ordinalSuffixes: [],
    dotOrdinals: true,
    quarterWords: ['kvartal', 'kvartalet'],
    ordinalWords: { første: 1, andre: 2, tredje: 3, fjerde: 4 },
    pluralEndings: ['er', 'e', 'ne'],
    guessNeedsPlural: true,
    /** adjectives that may stand between a number and its noun, never the noun ("six other survivors") */
    notCountedNouns: ['andre', 'nye', 'ytterligere', 'flere'],
    nounPosition: 'last',
    compoundNouns: true,
    nounEndings: [['ene', 'er'], ['ne', ''], ['ene', 'e'], ['en', ''], ['et', '']],
    numberJoiners: ['eller'],
    levelTo: [],
    partitives: ['av de', 'av'],
    countWords: ['antallet'],
    definiteArticles: [],
    inflection: { endings: SCANDINAVIAN_ENDINGS, compounds: true, suffixes: ['skap'] },
    changes: {
      minusWords: [],
      signWords: ['minus'],
      links: ['med'],
      words: { 'falt': 'down', 'faller': 'down', 'falle': 'down', 'fall': 'down', 'nedgang': 'down', 'ned': 'down', 'sank': 'down', 'synk*': 'down', 'redus*': 'down', 'senk*': 'down', 'kutt*': 'down', 'minsk*': 'down', 'tap*': 'down', 'stupte': 'down', 'stuper': 'down', 'svekket': 'down', 'steg': 'up', 'stiger': 'up', 'stige': 'up', 'steget': 'up', 'økte': 'up', 'øker': 'up', 'øke': 'up', 'økt': 'up', 'økning': 'up', 'vekst': 'up', 'oppgang': 'up', 'opp': 'up', 'hev*': 'up', 'løft*': 'up', 'klatret': 'up', 'plus': 'up' },
    },
    subunits: { øre: ['NOK'], cent: ['EUR', 'USD'], eurocent: ['EUR'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { halvparten: 50, 'en tredel': 100 / 3, 'en tredjedel': 100 / 3, 'to tredeler': 200 / 3, 'to tredjedeler': 200 / 3, 'en firedel': 25, 'en fjerdedel': 25, 'tre firedeler': 75, 'tre fjerdedeler': 75 }, links: ['av'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    pointWords: ['poeng', 'prosentpoeng'],
    basisPoints: ['basispunkter', 'basispunkt', 'rentepunkter'],
    pointPhrases: { 'et kvart prosentpoeng': 0.25, 'kvart prosentpoeng': 0.25, 'et halvt prosentpoeng': 0.5 },
  },
  claims: {
    predicates: {
      'forsvinn*': 'cut-jobs', 'sa ~ opp': 'cut-jobs', 'sier ~ opp': 'cut-jobs', 'si ~ opp': 'cut-jobs', 'oppsigelse*': 'cut-jobs', 'innbygger*': 'population',
      'finansieringsrunde*': 'raise-funding', 'verdivurdering*': 'valuation',
      'ansette': 'create-jobs', 'ansetter': 'create-jobs', 'rekrutter*': 'create-jobs', 'sysselsett*': 'employees',
      'kutt*': 'cut-jobs', 'permitter*': 'cut-jobs', 'nedbemann*': 'cut-jobs', 'bot': 'fine', 'oppkjop*': 'acquire', 'kjop*': 'acquire', 'tap': 'loss', 'gjeld': 'debt', 'stotte': 'subsidy', 'tilskudd': 'subsidy',
      'forvalte*': 'assets-under-management',
      'invest*': 'invest', 'satsing*': 'invest', 'satse*': 'invest', 'bruke': 'invest', 'emisjon*': 'raise-funding', 'fortrinnsrettsemisjon*': 'raise-funding',
      'hente*': 'raise-funding', 'jakter': 'raise-funding', 'kapital': 'raise-funding', 'verdsett*': 'valuation',
      'eierandel*': 'stake', 'eierpost': 'stake', 'opplaering': 'train-people', 'utdann*': 'train-people',
      'arbeidsplass*': 'create-jobs', 'jobber': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups',
      'datasent*': 'build-data-centers', 'omsetning': 'revenue', 'overskudd': 'profit', 'markedsverdi*': 'market-value',
      'aksje*': 'share-price', 'endte': 'share-price', 'bnp': 'gdp', 'bruttonasjonalprodukt*': 'gdp', 'verdiskaping*': 'gdp', 'hull': 'funding-gap', 'finansier*': 'project-funding', 'reise': 'raise-funding',
      'apn*': 'open', 'ferdig*': 'complete', 'fullfort*': 'complete', 'i drift': 'open', 'full drift': 'open', 'forvalt*': 'assets-under-management', 'formue': 'assets-under-management', 'effekt': 'capacity', 'kapasitet': 'capacity', 'kvadratmeter': 'area', 'pris': 'price',
      'ansatte': 'employees', 'kunder': 'customers', 'husholdning*': 'households', 'salg': 'divestment',
      'frasalg': 'divestment', 'nedsalg': 'divestment',
    },
    places: {
      'i hele verden': 'WORLD', 'pa verdensbasis': 'WORLD', 'globalt': 'WORLD',
      'sveitsisk*': 'CH', 'belgisk*': 'BE', 'polsk*': 'PL', 'nederlandsk*': 'NL', 'portugisisk*': 'PT', 'britisk*': 'GB', osterrike: 'AT', 'osterriksk*': 'AT', irland: 'IE', 'irsk*': 'IE', finland: 'FI', 'finsk*': 'FI', 'japansk*': 'JP', 'indisk*': 'IN', 'brasiliansk*': 'BR', 'meksikansk*': 'MX', 'australsk*': 'AU', 'koreansk*': 'KR', 'gresk*': 'GR', 'tsjekkisk*': 'CZ', 'tyrkisk*': 'TR', 'sveriges': 'SE', 'norges': 'NO', 'danmarks': 'DK',
      frankrike: 'FR', 'fransk*': 'FR', tyskland: 'DE', 'tysk*': 'DE', italia: 'IT', 'italiensk*': 'IT', spania: 'ES',
      'spansk*': 'ES', sveits: 'CH', belgia: 'BE', sverige: 'SE', 'svensk*': 'SE', norge: 'NO', 'norsk*': 'NO',
      danmark: 'DK', 'dansk*': 'DK', polen: 'PL', nederland: 'NL', portugal: 'PT', storbritannia: 'GB',
      'amerikansk*': 'US', kobenhavn: 'DK/copenhagen', norden: 'EU/nordic', 'nordisk*': 'EU/nordic',
    },
    attributions: ['ifolge', 'viser til', 'kilder', 'kildene', 'melder', 'anslo'],
    attributedTo: ['ifolge'],
    contrasts: ['hvorav', 'herav', 'blant annet', 'sammenlignet med'],
    totals: ['totalt', 'til sammen', 'samlet'],
    shareOf: ['av', 'av de', 'av den', 'av det', 'av sin', 'av sine', 'av alle'],
    relativeWhen: ['da', 'nar'],
    rivals: ['konkurrent*', 'rival*', 'motstykke*'],
    equivalents: ['tilsvarende', 'dvs'],
    since: ['siden'],
    ago: ['siden'],
    present: ['i dag', 'for tiden', 'na', 'na for tiden'],
    targets: ['oke til', 'oker til', 'stige til', 'stiger til', 'vokse til', 'vokser til', 'na opp i', 'nar opp i'],
    horizons: ['kommende', 'neste', 'over', 'innen'],
    past: ['forrige maned', 'i fjor', 'tidligere i ar'],
    earlier: ['tidligere', 'innledningsvis', 'forst', 'opprinnelig', 'opprinnelige', 'initialt'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'i fjor': { unit: 'year', offset: -1 }, 'forrige ar': { unit: 'year', offset: -1 }, 'i fjorar': { unit: 'year', offset: -1 } },
    notNames: ['den', 'det', 'de', 'en', 'et', 'i', 'pa', 'med', 'for', 'og', 'men', 'om', 'som', 'allerede', 'siden',
      'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag', 'tallene', 'belopet', 'markedsverdien'],
  },
};
