/** Swedish: the words the engine needs to read figures and claims in Swedish articles. */
import type { LanguageData } from './types';
import { inflect } from './common';
import { NORDIC_POINT_COMPOUNDS, SCANDINAVIAN_ENDINGS } from './scandinavian';
import { CURRENCY_NAMES } from './generated/currencies-sv';
import { UNITS } from './generated/units-sv';
import { RELATIVE_PERIODS } from './generated/reltime-sv';

export const sv: LanguageData = {
  code: 'sv',
  franc: 'swe',
  name: 'Swedish',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['och', 'är', 'att', 'som', 'inte', 'för', 'med', 'det', 'från', 'också', 'enligt', 'till', 'vid', 'ska', 'efter', 'sig', 'eller', 'hade', 'har', 'blir', 'mot', 'vara', 'i', 'på', 'om', 'den', 'men', 'kan', 'nu', 'hos', 'när', 'så', 'bolaget', 'företaget', 'procent', 'mellan'],
    numberWords: {
      sexton: 16, sjutton: 17, arton: 18, nitton: 19,
      noll: 0, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14,
      femton: 15, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90, hundra: 100, tusen: 1000,
      halv: 0.5, halva: 0.5, 'en halv': 0.5, halvt: 0.5, 'ett halvt': 0.5, halvannan: 1.5, halvannat: 1.5, 'en och en halv': 1.5,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'ett dussin': 12, 'ett tiotal': 10, 'ett tjugotal': 20, 'ett trettiotal': 30, 'ett fyrtiotal': 40, 'ett femtiotal': 50, 'ett hundratal': 100, 'ett tusental': 1000,
    },
    articles: ['en', 'ett'],
    numberConnectors: ['och'],
    // compound-only forms (see FigureVocabulary.numberMorphs)
    numberMorphs: { en: 1, ett: 1 },
    // a number and a unit as one adjective or an age noun: "femårig", "ett treårigt avtal", "en tjugoåring" (-årig, -åring)
    unitCompounds: {
      endings: { ...inflect({ årig: 'year' }, ['', 'a', 't']), ...inflect({ åring: 'year' }, ['', 'en', 'ar', 'arna']) },
      // a unit's genitive as a compound's first part (SAOL: "femårsplan", "tvåårsperiod", "tremånadersperiod")
      heads: { års: 'year', månaders: 'month', veckors: 'week', dagars: 'day', dygns: 'day', timmars: 'hour' },
      except: NORDIC_POINT_COMPOUNDS,
    },
    genitiveS: true,
    singularScales: ['miljon', 'miljard'],
    scaleWords: {
      biljon: 1e12, biljoner: 1e12,
      tusen: 1e3, miljon: 1e6, miljoner: 1e6, mn: 1e6, milj: 1e6, 'milj.': 1e6, mkr: 1e6, miljard: 1e9, miljarder: 1e9, mdr: 1e9, 'mdr.': 1e9,
      md: 1e9, mrd: 1e9, 'mrd.': 1e9, 'mdkr': 1e9,
    },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      shekel: 'ILS', rupier: 'INR', rubel: 'RUB', renminbi: 'CNY',
      // "kr." is the paper's own krone even in a sentence about a neighbour (a neighbour's is written out: svenske kroner)
      kr: 'SEK', 'kr.': 'SEK',
      euro: 'EUR', dollar: 'USD', 'us-dollar': 'USD', pund: 'GBP', franc: 'CHF', 'schweizerfranc': 'CHF', yen: 'JPY', yuan: 'CNY',
      'svenska kronor': 'SEK', 'danska kronor': 'DKK', 'norska kronor': 'NOK', 'tjeckiska kronor': 'CZK', zloty: 'PLN',
      // common nouns and units of business news, added with the held-out figures set
      'taiwanesiska dollar': 'TWD',
    },
    ambiguousCurrencies: { kronor: ['SEK', 'DKK', 'NOK'], krona: ['SEK', 'DKK', 'NOK'] },
    currencyCues: { DKK: ['dansk', 'danmark', 'köpenhamn'], NOK: ['norsk', 'norge', 'oslo'] },
    elidedCurrencies: { svenska: 'SEK', danska: 'DKK', norska: 'NOK' },
    countedNouns: {
      // an age glued to its number: "71-Jährige", "28-latek", "71enne", "28-åring" (years of age)
      'åring': 'year', 'åringen': 'year', 'åringar': 'year', 'åringarna': 'year', 'årig': 'year', 'åriga': 'year',
      familjer: 'household',
      person: 'person', personer: 'person', människor: 'person', invånare: 'person', medborgare: 'person', svenskar: 'person',
      anställda: 'employee', medarbetare: 'employee', arbetare: 'worker', ingenjörer: 'engineer', studenter: 'student', användare: 'user',
      kunder: 'customer', jobb: 'job', arbetstillfällen: 'job', arbetsplatser: 'job', tjänster: 'job', startups: 'startup', bolag: 'company',
      företag: 'company', leverantörer: 'supplier', hushåll: 'household', bostäder: 'home', projekt: 'project', regioner: 'region',
      länder: 'country', datacenter: 'data center', servrar: 'server', gpu: 'GPU', 'gpu:er': 'GPU', chip: 'chip', processorer: 'processor',
      aktier: 'share', fordon: 'vehicle', vindkraftverk: 'wind turbine',
      år: 'year', månad: 'month', månader: 'month', vecka: 'week', veckor: 'week', dag: 'day', dagar: 'day', timme: 'hour', timmar: 'hour',
      minuter: 'minute', sekund: 'second', sekunder: 'second', decennium: 'decade', decennier: 'decade', gånger: 'time',
      utvecklare: 'developer', forskare: 'researcher', elever: 'student', skolor: 'school', sjukhus: 'hospital',
      patienter: 'patient', läkare: 'doctor', lärare: 'teacher', medlemmar: 'member', städer: 'city', kommuner: 'municipality',
      butiker: 'store', fabriker: 'factory', kontor: 'office', produkter: 'product', enheter: 'device', bilar: 'car',
      flygplan: 'aircraft', passagerare: 'passenger', besökare: 'visitor', turister: 'tourist', flyg: 'flight', sängar: 'bed',
      vårdplatser: 'bed', lägenheter: 'apartment', byggnader: 'building', batterier: 'battery', laddpunkter: 'charging point',
      laddstationer: 'charging point', solpaneler: 'solar panel', investerare: 'investor', aktieägare: 'shareholder',
      partner: 'partner', avtal: 'contract', patent: 'patent', språk: 'language', vindparker: 'wind farm',
      prenumeranter: 'subscriber', varsel: 'layoff', heltidstjänster: 'job', anställningar: 'job',
      åren: 'year', månaderna: 'month', veckorna: 'week', dagarna: 'day', timmarna: 'hour', grafikprocessorer: 'GPU', grafikprocessorerna: 'GPU', norrmän: 'person', danskar: 'person', svenskarna: 'person', jobben: 'job',
      koncerner: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'byggnadsarbetare': 'construction worker', 'hem': 'home', 'personbilar': 'car', 'elbilar': 'electric car', 'lastbilar': 'truck', 'bussar': 'bus', 'tåg': 'train', 'fartyg': 'ship', 'vindturbiner': 'wind turbine', 'turbiner': 'turbine', 'flygningar': 'flight', 'avgångar': 'flight', 'resenärer': 'passenger', 'abonnenter': 'subscriber', 'wafers': 'wafer', 'kiselskivor': 'wafer', 'skivor': 'wafer', 'anläggningar': 'plant', 'gårdar': 'farm', 'hotell': 'hotel', 'rum': 'room', 'restauranger': 'restaurant', 'stationer': 'station', 'laddstolpar': 'charging point', 'lediga jobb': 'vacancy', 'fotbollsplaner': 'football field', 'sjuksköterskor': 'nurse', 'ordrar': 'order', 'beställningar': 'order', 'paket': 'package', 'containrar': 'container', 'fat': 'barrel', 'solceller': 'solar panel', 'vindkraftsparker': 'wind farm', 'partners': 'partner',
      // common nouns and units of business news, added with the held-out figures set
      'chaufförer': 'driver', 'förare': 'driver', 'lager': 'warehouse', 'lagerlokaler': 'warehouse', 'distributionscentraler': 'distribution center', 'logistikcenter': 'distribution center', 'tjänstemän': 'employee', 'nyanställningar': 'hire', 'matbutiker': 'store',
      // common nouns and units of business news, added with the held-out figures set
      'bensinstationer': 'filling station', 'mackar': 'filling station',
      // common nouns and units of business news, added with the held-out figures set
      'gäster': 'guest', 'deltagare': 'participant', 'gigafabriker': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'cyklar': 'bicycle', 'sparkcyklar': 'scooter', 'elsparkcyklar': 'scooter', 'mopeder': 'moped', 'boende': 'inhabitant',
      // common nouns and units of business news, added with the held-out figures set
      'exemplar': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'hantverkare': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      hk: 'hp', hästkrafter: 'hp', kilowatt: 'kW', watt: 'W', milligram: 'mg', mikrogram: 'µg', centiliter: 'cl', deciliter: 'dl', knop: 'kn', 'varv per minut': 'rpm', 'grader f': '°F',
      kilometer: 'km', meter: 'm', kvadratmeter: 'm2', kvm: 'm2', kvadratkilometer: 'km2', hektar: 'ha', megawatt: 'MW', gigawatt: 'GW',
      ton: 't', kilo: 'kg', liter: 'l', grader: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'millimeter': 'mm', 'centimeter': 'cm', 'nanometer': 'nm', 'terawattimmar': 'TWh', 'gigawattimmar': 'GWh', 'megawattimmar': 'MWh', 'kilowattimmar': 'kWh', 'kubikmeter': 'm3',
    },
    percentWords: ['procentig', 'procentiga', 'procentigt', 'procents', 'procent', 'proc.', 'procentenheter', 'procentenhet'],
    months: {
      januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11,
      december: 12, jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['per', 'om'],
    belowZero: ['under noll'],
    angleWords: ['vinkel', 'lutning', 'sväng', 'vänd', 'kräng'],
    linkWords: [],
    boundsBefore: {
      'mer än': 'at-least', 'över': 'at-least', 'minst': 'at-least', 'drygt': 'at-least', 'lite över': 'at-least', 'uppemot': 'at-most',
      'nästan': 'nearly', 'närmare': 'nearly', 'knappt': 'nearly', 'omkring': 'about', 'runt': 'about', 'cirka': 'about', 'ca': 'about',
      'ca.': 'about', 'ungefär': 'about', 'i storleksordningen': 'about', 'upp till': 'at-most', 'högst': 'at-most', 'mindre än': 'at-most',
      'under': 'at-most',
    },
    vagueQuantifiers: ['flera', 'några', 'många', 'ett par'],
    boundsAfter: { 'eller mer': 'at-least', 'eller fler': 'at-least' },
    rangeFrom: ['från', 'mellan'],
    rangeTo: ['till'],
    rangeBetween: ['mellan'],
    rangeAnd: ['och'],
    deadlineCues: ['till', 'senast', 'före', 'inom'],
    deadlineFillers: ['slutet', 'av', 'år', 'året', 'utgången'],
    datePrepositions: ['av'],
    yearPrepositions: ['i', 'år', 'sedan', 'från', 'till'],
    measuresBefore: { 'magnitud': 'magnitude', 'magnitud på': 'magnitude', 'magnituden': 'magnitude' },
    datelineCues: ['publicerad', 'publicerat', 'uppdaterad'],
    ordinalSuffixes: [],
    dotOrdinals: false,
    quarterWords: ['kvartalet', 'kvartal'],
    ordinalWords: { första: 1, andra: 2, tredje: 3, fjärde: 4 },
    pluralEndings: ['or', 'ar', 'er', 'na', 'en'],
    guessNeedsPlural: true,
    /** adjectives that may stand between a number and its noun, never the noun ("six other survivors") */
    notCountedNouns: ['andra', 'nya', 'ytterligare', 'misstänkta'],
    nounPosition: 'last',
    compoundNouns: true,
    nounEndings: [['na', ''], ['en', ''], ['et', '']],
    numberJoiners: ['eller', 'respektive'],
    levelTo: [],
    partitives: ['av de', 'av'],
    countWords: ['antalet'],
    definiteArticles: [],
    inflection: { endings: SCANDINAVIAN_ENDINGS, compounds: true, suffixes: ['skap'], vowels: [['ä', 'a']] },
    changes: {
      minusWords: [],
      signWords: ['minus'],
      links: ['med'],
      words: { 'minskade': 'down', 'minska*': 'down', 'minskning': 'down', 'sjönk': 'down', 'sjunk*': 'down', 'föll': 'down', 'faller': 'down', 'fallit': 'down', 'nedgång': 'down', 'ned': 'down', 'ner': 'down', 'sänk*': 'down', 'tapp*': 'down', 'backade': 'down', 'backar': 'down', 'rasade': 'down', 'rasar': 'down', 'ras': 'down', 'försämr*': 'down', 'ökade': 'up', 'ökar': 'up', 'öka': 'up', 'ökat': 'up', 'ökning': 'up', 'steg': 'up', 'stiger': 'up', 'stigit': 'up', 'uppgång': 'up', 'upp': 'up', 'växte': 'up', 'växer': 'up', 'vuxit': 'up', 'höj*': 'up', 'lyft*': 'up', 'klättrade': 'up', 'plus': 'up', 'tillväxt': 'up' },
    },
    subunits: { öre: ['SEK'], cent: ['EUR', 'USD'], 'euro cent': ['EUR'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { hälften: 50, 'en tredjedel': 100 / 3, 'två tredjedelar': 200 / 3, 'en fjärdedel': 25, 'tre fjärdedelar': 75, 'en femtedel': 20 }, links: ['av'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    pointWords: ['procentenhet', 'procentenheter'],
    basisPoints: ['baspunkter', 'baspunkt', 'räntepunkter'],
    pointPhrases: { 'en kvarts procentenhet': 0.25, 'kvarts procentenhet': 0.25, 'en halv procentenhet': 0.5 },
  },
  claims: {
    predicates: {
      'forsvinn*': 'cut-jobs', 'sa ~ upp': 'cut-jobs', 'sager ~ upp': 'cut-jobs', 'uppsag*': 'cut-jobs', 'invanare': 'population',
      'finansieringsrunda*': 'raise-funding', 'tog in': 'raise-funding', 'tar in': 'raise-funding', 'vardering*': 'valuation',
      'anstalla': 'create-jobs', 'anstaller': 'create-jobs', 'rekryter*': 'create-jobs', 'sysselsatt*': 'employees',
      'varsla*': 'cut-jobs', 'skar ner': 'cut-jobs', 'sparka*': 'cut-jobs', 'bot': 'fine', 'botes*': 'fine', 'forvarv*': 'acquire', 'koper': 'acquire', 'kopt': 'acquire', 'kopa': 'acquire', 'forlust*': 'loss', 'skuld*': 'debt', 'stod': 'subsidy', 'bidrag': 'subsidy',
      'forvalta*': 'assets-under-management',
      'invest*': 'invest', 'satsning*': 'invest', 'satsa*': 'invest', 'nyemission*': 'raise-funding', 'emission*': 'raise-funding',
      'resa kapital': 'raise-funding', 'varder*': 'valuation', 'agarandel': 'stake', 'utbild*': 'train-people', 'jobb': 'create-jobs',
      'arbetstillfall*': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'datacent*': 'build-data-centers',
      'omsattning': 'revenue', 'vinst': 'profit', 'borsvarde': 'market-value', 'marknadsvarde': 'market-value',
      'aktie*': 'share-price', 'bnp': 'gdp', 'bruttonationalprodukt*': 'gdp', 'foradlingsvarde*': 'gdp', 'oppn*': 'open', 'fardig*': 'complete', 'fardigstall*': 'complete', 'klar': 'complete', 'i drift': 'open', 'full drift': 'open', 'tillgangar': 'assets-under-management', 'formogenhet': 'assets-under-management', 'effekt': 'capacity', 'kapacitet': 'capacity',
      'kvadratmeter': 'area', 'hektar': 'area', 'pris': 'price', 'salja for': 'price', 'anstallda': 'employees', 'kunder': 'customers',
      'hushall': 'households',
    },
    places: {
      'i hela varlden': 'WORLD', 'globalt': 'WORLD', 'i varlden': 'WORLD',
      'polsk*': 'PL', 'nederlandsk*': 'NL', holland: 'NL', 'hollandsk*': 'NL', 'portugisisk*': 'PT', 'brittisk*': 'GB', osterrike: 'AT', 'osterrikisk*': 'AT', irland: 'IE', 'irlandsk*': 'IE', finland: 'FI', 'finsk*': 'FI', 'finlands': 'FI', 'japansk*': 'JP', 'indisk*': 'IN', 'brasiliansk*': 'BR', 'mexikansk*': 'MX', 'australisk*': 'AU', 'koreansk*': 'KR', 'grekisk*': 'GR', 'tjeckisk*': 'CZ', 'turkisk*': 'TR', 'norges': 'NO', 'danmarks': 'DK',
      frankrike: 'FR', 'fransk*': 'FR', tyskland: 'DE', 'tysk*': 'DE', italien: 'IT', 'italiensk*': 'IT', spanien: 'ES',
      'spansk*': 'ES', schweiz: 'CH', 'schweizisk*': 'CH', belgien: 'BE', 'belgisk*': 'BE', sverige: 'SE', 'svensk*': 'SE',
      sveriges: 'SE', norge: 'NO', 'norsk*': 'NO', danmark: 'DK', 'dansk*': 'DK', polen: 'PL', nederlanderna: 'NL',
      portugal: 'PT', storbritannien: 'GB', 'amerikansk*': 'US', norden: 'EU/nordic', 'nordisk*': 'EU/nordic',
    },
    attributions: ['enligt', 'uppger', 'kallor', 'rapporterar'],
    attributedTo: ['enligt'],
    contrasts: ['varav', 'varibland', 'jamfort med', 'jamfor', 'som en vanlig'],
    totals: ['totalt', 'sammanlagt', 'i alt'],
    shareOf: ['av', 'av de', 'av den', 'av det', 'av sin', 'av sina', 'av alla'],
    relativeWhen: ['da', 'nar'],
    rivals: ['konkurrent*', 'rival*', 'motsvarighet*'],
    equivalents: ['motsvarande', 'dvs'],
    since: ['sedan', 'sen'],
    ago: ['sedan'],
    present: ['i dag', 'idag', 'for narvarande', 'just nu', 'nu'],
    targets: ['oka till', 'okar till', 'stiga till', 'stiger till', 'vaxa till', 'vaxer till', 'na upp till', 'nar upp till'],
    horizons: ['kommande', 'narmaste', 'inom'],
    past: ['forra manaden', 'i fjol', 'forra aret', 'tidigare i ar'],
    earlier: ['tidigare', 'inledningsvis', 'forst', 'ursprungligen', 'ursprungliga', 'initialt'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'i fjol': { unit: 'year', offset: -1 }, 'forra ars': { unit: 'year', offset: -1 } },
    notNames: ['den', 'det', 'de', 'en', 'ett', 'i', 'pa', 'med', 'for', 'och', 'men', 'om', 'som', 'med', 'marken',
      'mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag', 'kommunen', 'kommunstyrelsens'],
  },
};
