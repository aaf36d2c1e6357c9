/** Danish: the words the engine needs to read figures and claims in Danish articles. */
import type { LanguageData } from './types';
import { inflect } from './common';
import { NORDIC_POINT_COMPOUNDS, SCANDINAVIAN_ENDINGS } from './scandinavian';
import { CURRENCY_NAMES } from './generated/currencies-da';
import { UNITS } from './generated/units-da';
import { RELATIVE_PERIODS } from './generated/reltime-da';

export const da: LanguageData = {
  code: 'da',
  franc: 'dan',
  name: 'Danish',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['og', 'er', 'ikke', 'af', 'efter', 'blev', 'havde', 'blandt', 'meget', 'noget', 'fra', 'også', 'skal', 'vil', 'det', 'som', 'med', 'til', 'siger', 'dette', 'mener', 'har', 'i', 'på', 'om', 'den', 'men', 'kan', 'ved', 'nu', 'hos', 'for', 'selskabet', 'mellem', 'procent'],
    numberWords: {
      seksten: 16, sytten: 17, atten: 18, nitten: 19,
      // "én", "ét": the numeral, accented to be told from the article (Retskrivningsordbogen)
      nul: 0, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14,
      femten: 15, tyve: 20, tredive: 30, fyrre: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90, hundrede: 100,
      tusind: 1000, halv: 0.5, 'en halv': 0.5, halvt: 0.5, 'et halvt': 0.5, // neuter: "et halvt år"
      halvanden: 1.5, halvandet: 1.5,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'et dusin': 12, 'en snes': 20, 'en halv snes': 10,
    },
    articles: ['en', 'et'],
    numberConnectors: ['og'],
    // compound-only forms (see FigureVocabulary.numberMorphs)
    numberMorphs: { en: 1, et: 1 },
    // a number and a unit as one adjective or an age noun: "femårig", "en toårig aftale", "en tyveåring" (-årig, -åring)
    unitCompounds: {
      endings: { ...inflect({ årig: 'year' }, ['', 'e', 't']), ...inflect({ åring: 'year' }, ['', 'en', 'er', 'erne']) },
      // a unit's genitive as a compound's first part (Den Danske Ordbog: "femårsplan", "toårsperiode", "tremånedersfrist")
      heads: { års: 'year', måneders: 'month', ugers: 'week', dages: 'day', døgns: 'day', timers: 'hour' },
      except: NORDIC_POINT_COMPOUNDS,
    },
    genitiveS: true,
    singularScales: ['million', 'milliard'],
    scaleWords: {
      billioner: 1e12,
      tusind: 1e3, million: 1e6, millioner: 1e6, mio: 1e6, 'mio.': 1e6, milliard: 1e9, milliarder: 1e9, mia: 1e9, 'mia.': 1e9,
      mrd: 1e9, 'mrd.': 1e9, billion: 1e12,
    },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      shekel: 'ILS', rupier: 'INR', rubler: 'RUB', renminbi: 'CNY',
      // "kr." is the paper's own krone even in a sentence about a neighbour (a neighbour's is written out: svenske kroner)
      kr: 'DKK', 'kr.': 'DKK',
      euro: 'EUR', dollar: 'USD', 'amerikanske dollar': 'USD', pund: 'GBP', franc: 'CHF', 'schweizerfranc': 'CHF', yen: 'JPY', yuan: 'CNY',
      'danske kroner': 'DKK', 'norske kroner': 'NOK', 'svenske kroner': 'SEK', dkk: 'DKK', zloty: 'PLN',
      // common nouns and units of business news, added with the held-out figures set
      'taiwanske dollar': 'TWD',
    },
    ambiguousCurrencies: { kroner: ['DKK', 'NOK', 'SEK'], krone: ['DKK', 'NOK', 'SEK'] },
    currencyCues: { NOK: ['norsk', 'norge', 'oslo'], SEK: ['svensk', 'sverige', 'stockholm'], DKK: ['dansk', 'danmark', 'københavn'] },
    elidedCurrencies: { danske: 'DKK', norske: 'NOK', svenske: 'SEK' },
    countedNouns: {
      // an age glued to its number: "71-Jährige", "28-latek", "71enne", "28-åring" (years of age)
      'årig': 'year', 'årige': 'year', 'åring': 'year', 'åringen': 'year',
      familier: 'household',
      person: 'person', personer: 'person', mennesker: 'person', borgere: 'person', indbyggere: 'person', danskere: 'person',
      ansatte: 'employee', medarbejdere: 'employee', arbejdere: 'worker', ingeniører: 'engineer', studerende: 'student', brugere: 'user',
      kunder: 'customer', job: 'job', jobs: 'job', arbejdspladser: 'job', stillinger: 'job', startups: 'startup', iværksættere: 'startup', 'nystartede virksomheder': 'startup', virksomheder: 'company',
      selskaber: 'company', leverandører: 'supplier', husstande: 'household', husholdninger: 'household', boliger: 'home', projekter: 'project',
      regioner: 'region', lande: 'country', datacentre: 'data center', datacenter: 'data center', servere: 'server', gpu: 'GPU',
      'gpu\'er': 'GPU', chips: 'chip', processorer: 'processor', aktier: 'share', køretøjer: 'vehicle', vindmøller: 'wind turbine',
      år: 'year', måned: 'month', måneder: 'month', uge: 'week', uger: 'week', dag: 'day', dage: 'day', time: 'hour', timer: 'hour',
      minutter: 'minute', sekund: 'second', sekunder: 'second', årti: 'decade', årtier: 'decade', gange: 'time',
      udviklere: 'developer', forskere: 'researcher', elever: 'student', skoler: 'school', hospitaler: 'hospital',
      sygehuse: 'hospital', patienter: 'patient', læger: 'doctor', lærere: 'teacher', medlemmer: 'member', byer: 'city',
      kommuner: 'municipality', butikker: 'store', fabrikker: 'factory', kontorer: 'office', produkter: 'product',
      enheder: 'device', biler: 'car', fly: 'aircraft', passagerer: 'passenger', besøgende: 'visitor', turister: 'tourist',
      senge: 'bed', lejligheder: 'apartment', bygninger: 'building', batterier: 'battery', ladepunkter: 'charging point',
      ladestandere: 'charging point', solceller: 'solar panel', investorer: 'investor', aktionærer: 'shareholder',
      partnere: 'partner', kontrakter: 'contract', aftaler: 'contract', patenter: 'patent', sprog: 'language',
      vindmølleparker: 'wind farm', havvindmølleparker: 'wind farm', abonnenter: 'subscriber', fyringer: 'layoff',       årsværk: 'job',
      årene: 'year', månederne: 'month', ugerne: 'week', dagene: 'day', grafikprocessorer: 'GPU', grafikprocessorerne: 'GPU', grafikkort: 'GPU', svenskere: 'person', nordmænd: 'person', jobbene: 'job',
      koncerner: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'bygningsarbejdere': 'construction worker', 'hjem': 'home', 'personbiler': 'car', 'elbiler': 'electric car', 'lastbiler': 'truck', 'busser': 'bus', 'tog': 'train', 'skibe': 'ship', 'turbiner': 'turbine', 'flyvninger': 'flight', 'afgange': 'flight', 'wafere': 'wafer', 'siliciumskiver': 'wafer', 'skiver': 'wafer', 'anlæg': 'plant', 'gårde': 'farm', 'landbrug': 'farm', 'hoteller': 'hotel', 'værelser': 'room', 'restauranter': 'restaurant', 'stationer': 'station', 'ledige stillinger': 'vacancy', 'fodboldbaner': 'football field', 'sygeplejersker': 'nurse', 'ordrer': 'order', 'pakker': 'package', 'containere': 'container', 'tønder': 'barrel', 'pladser': 'seat', 'sæder': 'seat', 'solpaneler': 'solar panel', 'partner': 'partner',
      // common nouns and units of business news, added with the held-out figures set
      'chauffører': 'driver', 'lagre': 'warehouse', 'lagerhaller': 'warehouse', 'distributionscentre': 'distribution center', 'funktionærer': 'employee', 'nyansættelser': 'hire', 'supermarkeder': 'store',
      // common nouns and units of business news, added with the held-out figures set
      'tankstationer': 'filling station', 'benzinstationer': 'filling station',
      // common nouns and units of business news, added with the held-out figures set
      'gæster': 'guest', 'deltagere': 'participant', 'gigafabrikker': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'cykler': 'bicycle', 'løbehjul': 'scooter', 'elløbehjul': 'scooter', 'beboere': 'inhabitant',
      // common nouns and units of business news, added with the held-out figures set
      'eksemplarer': 'unit', 'stk.': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'håndværkere': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      hk: 'hp', hestekræfter: 'hp', kilowatt: 'kW', watt: 'W', milligram: 'mg', mikrogram: 'µg', centiliter: 'cl', deciliter: 'dl', knob: 'kn', 'omdrejninger i minuttet': 'rpm', 'grader f': '°F',
      kilometer: 'km', meter: 'm', kvadratmeter: 'm2', kvm: 'm2', kvadratkilometer: 'km2', hektar: 'ha', megawatt: 'MW', gigawatt: 'GW',
      ton: 't', tons: 't', kilo: 'kg', liter: 'l', grader: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'millimeter': 'mm', 'centimeter': 'cm', 'nanometer': 'nm', 'terawatttimer': 'TWh', 'gigawatttimer': 'GWh', 'megawatttimer': 'MWh', 'kilowatttimer': 'kWh', 'kubikmeter': 'm3',
    },
    percentWords: ['procents', 'procentig', 'procentige', 'procent', 'pct.', 'pct', 'procentpoint'],
    months: {
      januar: 1, februar: 2, marts: 3, april: 4, maj: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, december: 12,
      jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['per', 'om'],
    belowZero: ['under nul'],
    angleWords: ['vinkel', 'hældning', 'sving', 'vend', 'krængning'],
    linkWords: [],
    boundsBefore: {
      'mere end': 'at-least', 'over': 'at-least', 'mindst': 'at-least', 'godt': 'at-least', 'knap': 'nearly', 'næsten': 'nearly',
      'tæt på': 'nearly', 'omkring': 'about', 'cirka': 'about', 'ca.': 'about', 'omtrent': 'about', 'godt og vel': 'at-least',
      'op mod': 'at-most', 'op til': 'at-most', 'op imod': 'at-most', 'under': 'at-most', 'mindre end': 'at-most', 'højst': 'at-most',
    },
    vagueQuantifiers: ['flere', 'nogle', 'mange', 'et par'],
    boundsAfter: { 'eller mere': 'at-least', 'eller flere': 'at-least' },
    rangeFrom: ['fra', 'mellem'],
    rangeTo: ['til', 'til og med'],
    rangeBetween: ['mellem'],
    rangeAnd: ['og'],
    deadlineCues: ['inden', 'senest', 'frem mod', 'før', 'til'],
    deadlineFillers: ['udgangen', 'slutningen', 'af', 'året'],
    datePrepositions: ['af'],
    yearPrepositions: ['i', 'år', 'siden', 'fra', 'til'],
    measuresBefore: { 'magnitude': 'magnitude', 'magnitude på': 'magnitude', 'styrke på': 'magnitude' },
    datelineCues: ['publiceret', 'opdateret'],
    ordinalSuffixes: [],
    dotOrdinals: true,
    quarterWords: ['kvartal', 'kvartalet'],
    ordinalWords: { første: 1, andet: 2, anden: 2, tredje: 3, fjerde: 4 },
    pluralEndings: ['er', 'e', 'ne'],
    guessNeedsPlural: true,
    /** adjectives that may stand between a number and its noun, never the noun ("six other survivors") */
    notCountedNouns: ['andre', 'nye', 'yderligere', 'flere'],
    nounPosition: 'last',
    compoundNouns: true,
    nounEndings: [['ne', ''], ['ne', 'e'], ['ene', 'er'], ['en', ''], ['et', '']],
    numberJoiners: ['eller'],
    levelTo: [],
    partitives: ['af de', 'af'],
    countWords: ['antallet af', 'antallet'],
    definiteArticles: [],
    inflection: { endings: SCANDINAVIAN_ENDINGS, compounds: true, suffixes: ['skab'] },
    changes: {
      minusWords: [],
      signWords: ['minus'],
      links: ['med'],
      words: { 'faldt': 'down', 'falder': 'down', 'falde': 'down', 'fald': 'down', 'dyk*': 'down', 'dykket': 'down', 'nedgang': 'down', 'ned': 'down', 'sank': 'down', 'synk*': 'down', 'reduc*': 'down', 'sænk*': 'down', 'mindsk*': 'down', 'tab': 'down', 'tabte': 'down', 'styrtdykkede': 'down', 'steg': 'up', 'stiger': 'up', 'stige': 'up', 'steget': 'up', 'øg*': 'up', 'voks*': 'up', 'voksede': 'up', 'vækst': 'up', 'fremgang': 'up', 'op': 'up', 'hæv*': 'up', 'løft*': 'up', 'plus': 'up', 'klatrede': 'up' },
    },
    subunits: { øre: ['DKK'], cent: ['EUR', 'USD'], eurocent: ['EUR'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { halvdelen: 50, 'en tredjedel': 100 / 3, 'to tredjedele': 200 / 3, 'en fjerdedel': 25, 'tre fjerdedele': 75, 'en femtedel': 20 }, links: ['af'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    pointWords: ['point', 'procentpoint'],
    basisPoints: ['basispoint', 'basispoints'],
    pointPhrases: { 'et kvart procentpoint': 0.25, 'kvart procentpoint': 0.25, 'et halvt procentpoint': 0.5 },
  },
  claims: {
    predicates: {
      'forsvind*': 'cut-jobs', 'afskedige*': 'cut-jobs', 'opsag*': 'cut-jobs', 'sagde ~ op': 'cut-jobs', 'siger ~ op': 'cut-jobs', 'fyret*': 'cut-jobs', 'indbygger*': 'population',
      'finansieringsrunde*': 'raise-funding', 'vaerdisat*': 'valuation',
      'ansaette': 'create-jobs', 'ansaetter': 'create-jobs', 'rekrutter*': 'create-jobs', 'beskaeftig*': 'employees',
      'fyre*': 'cut-jobs', 'nedlaegge*': 'cut-jobs', 'skaer*': 'cut-jobs', 'bode': 'fine', 'opkob*': 'acquire', 'kober': 'acquire', 'kobt': 'acquire', 'kobe': 'acquire', 'underskud': 'loss', 'tab': 'loss', 'gaeld': 'debt', 'statsstotte': 'subsidy', 'tilskud': 'subsidy',
      'forvalte*': 'assets-under-management',
      'invest*': 'invest', 'satsning*': 'invest', 'satse': 'invest', 'bruge': 'invest', 'emission*': 'raise-funding', 'kapitalforhojelse*': 'raise-funding', 'rejse': 'raise-funding',
      'rejse*': 'raise-funding', 'hente*': 'raise-funding', 'nye aktier': 'raise-funding', 'vaerdiansat*': 'valuation',
      'ejerandel*': 'stake', 'ejer': 'stake', 'ejer*': 'stake', 'uddann*': 'train-people', 'arbejdsplads*': 'create-jobs',
      'job': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'datacent*': 'build-data-centers',
      'omsaetning': 'revenue', 'overskud': 'profit', 'markedsvaerdi*': 'market-value', 'aktie*': 'share-price',
      'lukkede': 'share-price', 'kurs*': 'share-price', 'bnp': 'gdp', 'bruttonationalprodukt*': 'gdp', 'vaerditilvaekst': 'gdp', 'finansier*': 'project-funding', 'abn*': 'open', 'faerdig*': 'complete', 'fuldfort*': 'complete', 'i drift': 'open', 'fuld drift': 'open', 'aktiver': 'assets-under-management', 'formue': 'assets-under-management',
      'kapacitet': 'capacity', 'pris': 'price', 'ansatte': 'employees', 'kunder': 'customers', 'husstand*': 'households',
      'frasalg*': 'divestment', 'salg': 'divestment', 'provenu': 'divestment',
    },
    places: {
      'i hele verden': 'WORLD', 'pa verdensplan': 'WORLD', 'globalt': 'WORLD', 'pa globalt plan': 'WORLD',
      'schweizisk*': 'CH', 'belgisk*': 'BE', 'polsk*': 'PL', 'hollandsk*': 'NL', 'nederlandsk*': 'NL', 'portugisisk*': 'PT', 'britisk*': 'GB', ostrig: 'AT', 'ostrigsk*': 'AT', irland: 'IE', 'irsk*': 'IE', finland: 'FI', 'finsk*': 'FI', 'japansk*': 'JP', 'indisk*': 'IN', 'brasiliansk*': 'BR', 'mexicansk*': 'MX', 'australsk*': 'AU', 'koreansk*': 'KR', 'graesk*': 'GR', 'tjekkisk*': 'CZ', 'tyrkisk*': 'TR', 'sveriges': 'SE', 'norges': 'NO', 'danmarks': 'DK',
      frankrig: 'FR', 'fransk*': 'FR', tyskland: 'DE', 'tysk*': 'DE', italien: 'IT', 'italiensk*': 'IT', spanien: 'ES',
      'spansk*': 'ES', schweiz: 'CH', belgien: 'BE', sverige: 'SE', 'svensk*': 'SE', norge: 'NO', 'norsk*': 'NO',
      danmark: 'DK', 'dansk*': 'DK', polen: 'PL', holland: 'NL', portugal: 'PT', storbritannien: 'GB',
      'amerikansk*': 'US', kobenhavn: 'DK/copenhagen',
    },
    attributions: ['ifolge', 'kilder', 'melder', 'oplyser', 'skriver'],
    attributedTo: ['ifolge'],
    contrasts: ['heraf', 'hvoraf', 'sammenlignet med'],
    totals: ['i alt', 'samlet', 'totalt'],
    shareOf: ['af', 'af de', 'af den', 'af det', 'af sin', 'af sine', 'af alle'],
    relativeWhen: ['da', 'hvor'],
    rivals: ['konkurrent*', 'rival*', 'modstykke*'],
    equivalents: ['svarende til', 'dvs'],
    since: ['siden'],
    ago: ['siden'],
    present: ['i dag', 'for tiden', 'nu', 'aktuelt'],
    targets: ['oge til', 'oges til', 'stige til', 'stiger til', 'vokse til', 'vokser til', 'na op pa', 'nar op pa'],
    horizons: ['kommende', 'naeste', 'over', 'inden for'],
    past: ['sidste maned', 'sidste ar', 'i fjor', 'tidligere i ar'],
    earlier: ['tidligere', 'indledningsvis', 'forst', 'oprindeligt', 'oprindelig', 'oprindelige', 'initialt'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'i fjor': { unit: 'year', offset: -1 }, 'sidste ars': { unit: 'year', offset: -1 } },
    notNames: ['den', 'det', 'de', 'en', 'et', 'i', 'pa', 'med', 'for', 'og', 'men', 'om', 'som', 'selskabet', 'aktien',
      'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag'],
  },
};
