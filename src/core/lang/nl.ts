/** Dutch: the words the engine needs to read figures and claims in Dutch articles. */
import type { LanguageData } from './types';
import { inflect } from './common';
import { CURRENCY_NAMES } from './generated/currencies-nl';
import { UNITS } from './generated/units-nl';
import { RELATIVE_PERIODS } from './generated/reltime-nl';

export const nl: LanguageData = {
  code: 'nl',
  franc: 'nld',
  name: 'Dutch',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['de', 'het', 'een', 'van', 'en', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'niet', 'aan', 'ook', 'er', 'wordt', 'door', 'bij', 'naar', 'maar', 'dan', 'nog', 'deze', 'om', 'in'],
    numberWords: {
      zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
      nul: 0, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13,
      veertien: 14, vijftien: 15, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
      honderd: 100, duizend: 1000, half: 0.5, halve: 0.5, anderhalf: 1.5, anderhalve: 1.5, 'een half': 0.5, 'een halve': 0.5, 'een dozijn': 12, 'een tiental': 10,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'een twintigtal': 20, 'een dertigtal': 30, 'een veertigtal': 40, 'een vijftigtal': 50, 'een honderdtal': 100, 'een duizendtal': 1000,
    },
    // "één" is the numeral, spelled with its accents to be told from the article (Taalunie): a number of its own
    articles: ['een'],
    numberConnectors: ['en'],
    // compound-only forms (see FigureVocabulary.numberMorphs)
    numberMorphs: { 'ën': 0, een: 1, 'één': 1, 'ënhalf': 0.5, 'ënhalve': 0.5 },
    // a number and a unit as one adjective: "twintigjarige", "driedaagse", "achturige" (Van Dale: -jarig, -daags, -urig)
    unitCompounds: { endings: { ...inflect({ jarig: 'year', daags: 'day', urig: 'hour' }, ['', 'e', 'en']) } },
    scaleWords: {
      duizend: 1e3, miljoen: 1e6, miljoenen: 1e6, mln: 1e6, 'mln.': 1e6, miljard: 1e9, miljarden: 1e9, mld: 1e9, 'mld.': 1e9, mrd: 1e9,
      'mrd.': 1e9, biljoen: 1e12,
    },
    currencyScales: { m: 1e6, k: 1e3 },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      shekel: 'ILS', roepies: 'INR', roebel: 'RUB', renminbi: 'CNY',
      euro: 'EUR', dollar: 'USD', 'amerikaanse dollar': 'USD', pond: 'GBP', 'britse pond': 'GBP', frank: 'CHF', 'zwitserse frank': 'CHF',
      yen: 'JPY', yuan: 'CNY', 'deense kroon': 'DKK', 'deense kronen': 'DKK', 'zweedse kroon': 'SEK', 'zweedse kronen': 'SEK',
      'noorse kroon': 'NOK', 'noorse kronen': 'NOK', zloty: 'PLN',
      // common nouns and units of business news, added with the held-out figures set
      'taiwanese dollar': 'TWD',
    },
    ambiguousCurrencies: { kroon: ['SEK', 'DKK', 'NOK', 'CZK'], kronen: ['SEK', 'DKK', 'NOK', 'CZK'] },
    currencyCues: { DKK: ['deens', 'denemarken', 'kopenhagen'], SEK: ['zweed', 'zweden', 'stockholm'], NOK: ['noors', 'noorwegen', 'oslo'] },
    countedNouns: {
      // an age glued to its number: "71-Jährige", "28-latek", "71enne", "28-åring" (years of age)
      'jarige': 'year', 'jarigen': 'year',
      gezinnen: 'household',
      persoon: 'person', personen: 'person', mensen: 'person', burgers: 'person', inwoners: 'person', belgen: 'person', nederlanders: 'person',
      werknemers: 'employee', medewerkers: 'employee', personeelsleden: 'employee', arbeiders: 'worker', ingenieurs: 'engineer',
      studenten: 'student', gebruikers: 'user', klanten: 'customer', banen: 'job', baan: 'job', arbeidsplaatsen: 'job', jobs: 'job',
      startups: 'startup', 'start-ups': 'startup', bedrijven: 'company', ondernemingen: 'company', kmo: 'SME', "kmo's": 'SME',
      leveranciers: 'supplier', huishoudens: 'household', woningen: 'home', projecten: 'project', "regio's": 'region', landen: 'country',
      datacenters: 'data center', datacentra: 'data center', datacenter: 'data center', servers: 'server', gpu: 'GPU', 'gpu\'s': 'GPU',
      chips: 'chip', processors: 'processor', aandelen: 'share', voertuigen: 'vehicle', windturbines: 'wind turbine', vestigingen: 'site',
      jaar: 'year', jaren: 'year', maand: 'month', maanden: 'month', week: 'week', weken: 'week', dag: 'day', dagen: 'day', uur: 'hour',
      uren: 'hour', minuten: 'minute', minuut: 'minute', seconde: 'second', seconden: 'second', decennium: 'decade', decennia: 'decade', eeuw: 'century', keer: 'time', maal: 'time',
      ontwikkelaars: 'developer', onderzoekers: 'researcher', leerlingen: 'student', scholen: 'school', ziekenhuizen: 'hospital',
      patiënten: 'patient', artsen: 'doctor', leraren: 'teacher', leden: 'member', steden: 'city', gemeenten: 'municipality',
      winkels: 'store', fabrieken: 'factory', kantoren: 'office', producten: 'product', apparaten: 'device', "auto's": 'car',
      vliegtuigen: 'aircraft', passagiers: 'passenger', bezoekers: 'visitor', toeristen: 'tourist', vluchten: 'flight',
      bedden: 'bed', appartementen: 'apartment', gebouwen: 'building', batterijen: 'battery', laadpalen: 'charging point',
      zonnepanelen: 'solar panel', investeerders: 'investor', aandeelhouders: 'shareholder', partners: 'partner',
      contracten: 'contract', patenten: 'patent', talen: 'language', windparken: 'wind farm', abonnees: 'subscriber',
      ontslagen: 'layoff', fte: 'employee',
      'grafische processors': 'GPU', 'grafische processoren': 'GPU', zweden: 'person', duitsers: 'person',
      concerns: 'company',
      'bouwvakkers': 'construction worker', 'huizen': 'home', 'personenauto\'s': 'car', 'elektrische auto\'s': 'electric car', 'vrachtwagens': 'truck', 'bussen': 'bus', 'treinen': 'train', 'schepen': 'ship', 'windmolens': 'wind turbine', 'turbines': 'turbine', 'wafers': 'wafer', 'centrales': 'plant', 'boerderijen': 'farm', 'hotels': 'hotel', 'kamers': 'room', 'restaurants': 'restaurant', 'filialen': 'branch', 'stations': 'station', 'laadpunten': 'charging point', 'vacatures': 'vacancy', 'voetbalvelden': 'football field', 'verpleegkundigen': 'nurse', 'docenten': 'teacher', 'bestellingen': 'order', 'pakketten': 'package', 'containers': 'container', 'vaten': 'barrel', 'zitplaatsen': 'seat',
      // common nouns and units of business news, added with the held-out figures set
      'chauffeurs': 'driver', 'bestuurders': 'driver', 'vrachtwagenchauffeurs': 'driver', 'magazijnen': 'warehouse', 'distributiecentra': 'distribution center', 'supermarkten': 'store', 'bezorgers': 'courier',
      // common nouns and units of business news, added with the held-out figures set
      'tankstations': 'filling station', 'meters': 'meter',
      // common nouns and units of business news, added with the held-out figures set
      'gasten': 'guest', 'genodigden': 'guest', 'deelnemers': 'participant', 'gigafabrieken': 'gigafactory', 'gigafactory\'s': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'fietsen': 'bicycle', 'scooters': 'scooter', 'bewoners': 'inhabitant',
      // common nouns and units of business news, added with the held-out figures set
      'eenheden': 'unit', 'exemplaren': 'unit', 'stuks': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'vakmensen': 'craftsman', 'ambachtslieden': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      pk: 'hp', paardenkracht: 'hp', kilowatt: 'kW', watt: 'W', milligram: 'mg', microgram: 'µg', centiliter: 'cl', 'toeren per minuut': 'rpm', knopen: 'kn', 'graden f': '°F', 'graden c': '°C',
      kilometer: 'km', meter: 'm', 'vierkante meter': 'm2', 'vierkante kilometer': 'km2', hectare: 'ha', megawatt: 'MW', gigawatt: 'GW',
      ton: 't', kilo: 'kg', liter: 'l', graden: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'millimeter': 'mm', 'centimeter': 'cm', 'nanometer': 'nm', 'terawattuur': 'TWh', 'gigawattuur': 'GWh', 'megawattuur': 'MWh', 'kilowattuur': 'kWh', 'kubieke meter': 'm3',
    },
    percentWords: ['procents', 'procent', 'pct', 'pct.', 'procentpunt', 'procentpunten'],
    months: {
      januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11,
      december: 12, jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['per'],
    belowZero: ['onder nul'],
    angleWords: ['hoek', 'draai', 'bocht', 'helling', 'kantel'],
    linkWords: ['aan'],
    boundsBefore: {
      'meer dan': 'at-least', 'ruim': 'at-least', 'minstens': 'at-least', 'ten minste': 'at-least', 'bijna': 'nearly', 'vrijwel': 'nearly',
      'ongeveer': 'about', 'circa': 'about', 'ca.': 'about', "zo'n": 'about', 'rond de': 'about', 'rond': 'about', 'omstreeks': 'about',
      'tot': 'at-most', 'tot wel': 'at-most', 'maximaal': 'at-most', 'minder dan': 'at-most', 'hooguit': 'at-most',
    },
    vagueQuantifiers: ['enkele', 'meerdere', 'vele', 'veel', 'tientallen', 'honderden', 'duizenden'],
    boundsAfter: { 'of meer': 'at-least', 'of minder': 'at-most' },
    rangeFrom: ['van'],
    rangeTo: ['tot', 'à', 'a'],
    rangeBetween: ['tussen', 'tussen de'],
    rangeAnd: ['en'],
    deadlineCues: ['tegen', 'uiterlijk', 'tot', 'voor', 'vóór'],
    deadlineFillers: ['eind', 'einde', 'het', 'van', 'jaar'],
    datePrepositions: ['van'],
    yearPrepositions: ['in', 'sinds', 'van', 'tot', 'anno'],
    measuresBefore: { 'magnitude': 'magnitude', 'magnitude van': 'magnitude', 'kracht van': 'magnitude' },
    datelineCues: ['gepubliceerd op', 'bijgewerkt op'],
    ordinalSuffixes: ['e', 'ste', 'de'],
    dotOrdinals: false,
    quarterWords: ['kwartaal'],
    ordinalWords: { eerste: 1, tweede: 2, derde: 3, vierde: 4 },
    pluralEndings: ['en', 's'],
    guessNeedsPlural: true,
    /** adjectives that may stand between a number and its noun, never the noun ("six other survivors") */
    notCountedNouns: ['andere', 'nieuwe', 'extra', 'vermoedelijke', 'vermeende'],
    nounPosition: 'last',
    compoundNouns: true,
    numberJoiners: ['of'],
    levelTo: ['naar'],
    partitives: ['van de', 'van'],
    countWords: ['het aantal'],
    definiteArticles: [],
    inflection: {
      endings: [
        ['eren', ''],
        ["'s", ''],
        ['ën', ''],
        ['zen', 's'],
        ['ven', 'f'],
        ['en', ''],
        ['s', ''],
      ],
      compounds: true,
      syllables: true,
      suffixes: ['schap'],
    },
    changes: {
      minusWords: ['min'],
      signWords: ['minus'],
      links: ['met', 'van'],
      words: { 'daal*': 'down', 'daling': 'down', 'gedaald': 'down', 'zak*': 'down', 'gezakt': 'down', 'krimp*': 'down', 'kromp': 'down', 'gekrompen': 'down', 'verlaag*': 'down', 'verlaging': 'down', 'verloor': 'down', 'verloren': 'down', 'omlaag': 'down', 'achteruit': 'down', 'teruggelopen': 'down', 'afname': 'down', 'steeg': 'up', 'stijg*': 'up', 'gestegen': 'up', 'groei*': 'up', 'gegroeid': 'up', 'toename': 'up', 'verhoog*': 'up', 'verhoging': 'up', 'plus': 'up', 'omhoog': 'up', 'hoger': 'up', 'klom': 'up', 'klimt': 'up', 'geklommen': 'up' },
    },
    subunits: { cent: ['EUR', 'USD'], eurocent: ['EUR'], 'euro cent': ['EUR'], dollarcent: ['USD'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { helft: 50, 'een derde': 100 / 3, 'twee derde': 200 / 3, 'een kwart': 25, 'driekwart': 75, 'drie kwart': 75, 'een vijfde': 20 }, links: ['van', 'der'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    pointWords: ['punt', 'punten'],
    basisPoints: ['basispunten', 'basispunt'],
    pointPhrases: { 'kwart procentpunt': 0.25, 'een kwart procentpunt': 0.25, 'half procentpunt': 0.5, 'halve procentpunt': 0.5 },
  },
  claims: {
    predicates: {
      'verdwijn*': 'cut-jobs', 'ontslagen': 'cut-jobs', 'inwoner*': 'population',
      'financieringsronde*': 'raise-funding', 'opgehaald': 'raise-funding', 'haalt': 'raise-funding', 'haalde': 'raise-funding', 'gewaardeerd': 'valuation',
      'aannemen': 'create-jobs', 'in dienst nemen': 'create-jobs', 'werven': 'create-jobs',
      'schrap*': 'cut-jobs', 'ontslag*': 'cut-jobs', 'boete': 'fine', 'overname': 'acquire', 'neemt over': 'acquire', 'koopt': 'acquire', 'verlies': 'loss', 'schuld*': 'debt', 'subsidie*': 'subsidy', 'staatssteun': 'subsidy',
      'beheert': 'assets-under-management', 'beheerd vermogen': 'assets-under-management',
      'invest*': 'invest', 'besteden': 'invest', 'besteed*': 'invest', 'pomp*': 'invest', 'steek*': 'invest', 'uitgave*': 'invest', 'kapitaalverhoging': 'raise-funding',
      'ophal*': 'raise-funding', 'waardering': 'valuation', 'belang': 'stake', 'opleid*': 'train-people',
      'train*': 'train-people', 'banen': 'create-jobs', 'baan': 'create-jobs', 'arbeidsplaats*': 'create-jobs',
      'jobs': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'datacent*': 'build-data-centers',
      'omzet': 'revenue', 'winst': 'profit', 'beurswaarde': 'market-value', 'marktwaarde': 'market-value',
      'aandeel': 'share-price', 'aandelen': 'share-price', 'bbp': 'gdp', 'bruto binnenlands product': 'gdp', 'toegevoegde waarde': 'gdp', 'koolstofvrij*': 'carbon-free-energy',
      'geopend': 'open', 'voltooi*': 'complete', 'afgerond': 'complete', 'opgeleverd': 'complete', 'vermogen': 'assets-under-management', 'operationeel': 'open', 'in gebruik': 'open', 'geopend sinds': 'open', 'capaciteit': 'capacity', 'hectare': 'area', 'prijs': 'price',
      'werknemers': 'employees', 'medewerkers': 'employees', 'klanten': 'customers', 'huishoudens': 'households',
      'leveranciers': 'suppliers',
    },
    places: {
      'wereldwijd': 'WORLD',
      'noors*': 'NO', pools: 'PL', poolse: 'PL', 'portugees*': 'PT', 'brits*': 'GB', oostenrijk: 'AT', 'oostenrijks*': 'AT', ierland: 'IE', 'iers*': 'IE', finland: 'FI', 'fins': 'FI', 'finse': 'FI', 'japans*': 'JP', 'indiaas*': 'IN', 'braziliaans*': 'BR', 'mexicaans*': 'MX', 'australisch*': 'AU', 'koreaans*': 'KR', 'grieks*': 'GR', 'tsjechisch*': 'CZ', 'turks*': 'TR',
      frankrijk: 'FR', 'frans*': 'FR', duitsland: 'DE', 'duits*': 'DE', italie: 'IT', 'italiaans*': 'IT', spanje: 'ES',
      'spaans*': 'ES', zwitserland: 'CH', 'zwitsers*': 'CH', belgie: 'BE', 'belgisch*': 'BE', zweden: 'SE', 'zweeds*': 'SE',
      noorwegen: 'NO', denemarken: 'DK', 'deens*': 'DK', polen: 'PL', nederland: 'NL', 'nederlands*': 'NL', portugal: 'PT',
      'verenigd koninkrijk': 'GB', 'amerikaans*': 'US', wallonie: 'BE/wallonia', 'waals*': 'BE/wallonia',
      henegouwen: 'BE/wallonia/hainaut',
    },
    attributions: ['volgens', 'bronnen', 'meldt', 'aldus'],
    attributedTo: ['volgens'],
    contrasts: ['waarvan', 'waaronder', 'vergeleken met', 'tegenover', 'ten opzichte van'],
    totals: ['in totaal', 'totaal', 'totale'],
    shareOf: ['van', 'van de', 'van het', 'van hun', 'van zijn', 'van alle'],
    relativeWhen: ['toen'],
    rivals: ['concurrent*', 'rivaal', 'rivalen', 'tegenhanger*'],
    equivalents: ['omgerekend', 'oftewel', 'ofwel'],
    since: ['sinds'],
    ago: ['geleden'],
    present: ['momenteel', 'nu', 'op dit moment', 'vandaag', 'thans'],
    targets: ['stijgen naar', 'stijgt naar', 'groeien naar', 'groeit naar', 'bereiken', 'oplopen tot', 'loopt op tot'],
    horizons: ['komende', 'volgende', 'binnen'],
    past: ['vorige maand', 'afgelopen maand', 'vorig jaar', 'eerder dit jaar'],
    earlier: ['eerder', 'eerst', 'aanvankelijk', 'oorspronkelijk', 'voorheen', 'eerdere', 'aanvankelijke', 'oorspronkelijke'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'afgelopen jaar': { unit: 'year', offset: -1 }, 'vorige jaar': { unit: 'year', offset: -1 }, 'afgelopen maand': { unit: 'month', offset: -1 }, 'komend jaar': { unit: 'year', offset: 1 } },
    notNames: ['de', 'het', 'een', 'dit', 'deze', 'in', 'op', 'met', 'voor', 'van', 'en', 'maar', 'na', 'bij', 'ook',
      'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ze', 'zij', 'hij', 'we'],
  },
};
