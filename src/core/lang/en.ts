/** English: the words the engine needs to read figures and claims in English articles. */
import type { LanguageData } from './types';
import { CURRENCY_NAMES } from './generated/currencies-en';
import { UNITS } from './generated/units-en';
import { RELATIVE_PERIODS } from './generated/reltime-en';

export const en: LanguageData = {
  code: 'en',
  franc: 'eng',
  name: 'English',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'are', 'was', 'this', 'from', 'have', 'has', 'which', 'will', 'their', 'been', 'its', 'were', 'by', 'would', 'also', 'they', 'in'],
    numberWords: {
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
      thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
      forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, 'a dozen': 12, dozen: 12,
      'half a': 0.5, half: 0.5, 'a hundred': 100, 'a thousand': 1000,
    },
    articles: ['a', 'an'],
    numberConnectors: ['and'],
    scaleWords: {
      thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9,
      trillion: 1e12, trillions: 1e12, tn: 1e12,
    },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      shekels: 'ILS', shekel: 'ILS', rupee: 'INR', ringgit: 'MYR', rand: 'ZAR', hryvnias: 'UAH', hryvnia: 'UAH', roubles: 'RUB', rubles: 'RUB', lira: 'TRY', liras: 'TRY', baht: 'THB', naira: 'NGN', dirhams: 'AED', riyals: 'SAR', forints: 'HUF', forint: 'HUF', lei: 'RON', 'chinese yuan': 'CNY', 'yuan renminbi': 'CNY',
      dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD',
      euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', 'swiss francs': 'CHF', francs: 'CHF',
      franc: 'CHF', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', reais: 'BRL', zloty: 'PLN', zlotys: 'PLN',
      'danish kroner': 'DKK', 'danish crowns': 'DKK', 'swedish kronor': 'SEK', 'swedish crowns': 'SEK', 'norwegian kroner': 'NOK',
      'norwegian crowns': 'NOK', kronor: 'SEK', 'czech crowns': 'CZK',
      // common nouns and units of business news, added with the held-out figures set
      'taiwan dollars': 'TWD', 'new taiwan dollars': 'TWD',
    },
    ambiguousCurrencies: { kroner: ['DKK', 'NOK'], crowns: ['SEK', 'DKK', 'NOK', 'CZK'], krone: ['DKK', 'NOK'] },
    currencyCues: { DKK: ['danish', 'denmark', 'copenhagen'], SEK: ['swed', 'stockholm'], NOK: ['norw', 'oslo'], CZK: ['czech', 'prague'] },
    countedNouns: {
      families: 'household',
      person: 'person', people: 'person', persons: 'person', citizens: 'person', residents: 'person', inhabitants: 'person', individuals: 'person',
      italians: 'person', french: 'person', germans: 'person', swiss: 'person', belgians: 'person', europeans: 'person', americans: 'person',
      spaniards: 'person', britons: 'person', danes: 'person', swedes: 'person', norwegians: 'person', poles: 'person',
      employee: 'employee', employees: 'employee', staff: 'employee', workers: 'worker', worker: 'worker', engineers: 'engineer',
      researchers: 'researcher', students: 'student', users: 'user', customers: 'customer', customer: 'customer', clients: 'customer',
      job: 'job', jobs: 'job', 'full-time jobs': 'job', positions: 'job', roles: 'job', startups: 'startup', startup: 'startup', 'start-ups': 'startup',
      companies: 'company', company: 'company', firms: 'company', businesses: 'company', smes: 'SME', suppliers: 'supplier', supplier: 'supplier',
      households: 'household', homes: 'home', houses: 'home', projects: 'project', project: 'project', regions: 'region', countries: 'country',
      sites: 'site', 'data center': 'data center', 'data centers': 'data center', 'data centre': 'data center', 'data centres': 'data center',
      datacenters: 'data center', servers: 'server', gpus: 'GPU', gpu: 'GPU', chips: 'chip', processors: 'processor', shares: 'share',
      vehicles: 'vehicle', cars: 'car', turbines: 'turbine', 'wind turbines': 'wind turbine',
      year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day', hour: 'hour',
      hours: 'hour', minutes: 'minute', minute: 'minute', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century', times: 'time',
      developers: 'developer', schools: 'school', hospitals: 'hospital', patients: 'patient', doctors: 'doctor', nurses: 'nurse',
      teachers: 'teacher', members: 'member', cities: 'city', towns: 'town', municipalities: 'municipality', stores: 'store',
      shops: 'store', factories: 'factory', plants: 'plant', offices: 'office', products: 'product', devices: 'device',
      aircraft: 'aircraft', planes: 'aircraft', passengers: 'passenger', visitors: 'visitor', tourists: 'tourist',
      flights: 'flight', beds: 'bed', apartments: 'apartment', flats: 'apartment', buildings: 'building', batteries: 'battery',
      'charging points': 'charging point', 'charging stations': 'charging point', 'solar panels': 'solar panel',
      investors: 'investor', shareholders: 'shareholder', partners: 'partner', contracts: 'contract', patents: 'patent',
      languages: 'language', 'wind farms': 'wind farm', subscribers: 'subscriber', layoffs: 'layoff', 'job cuts': 'job cut',
      'graphics processors': 'GPU', 'graphics processing units': 'GPU', 'graphics cards': 'GPU',
      groups: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'construction workers': 'construction worker', 'wafers': 'wafer', 'football pitches': 'football field', 'football fields': 'football field', 'vacancies': 'vacancy', 'trucks': 'truck', 'lorries': 'truck', 'buses': 'bus', 'trains': 'train', 'ships': 'ship', 'farms': 'farm', 'rooms': 'room', 'hotels': 'hotel', 'restaurants': 'restaurant', 'branches': 'branch', 'stations': 'station', 'chargers': 'charging point', 'orders': 'order', 'parcels': 'package', 'packages': 'package', 'containers': 'container', 'barrels': 'barrel', 'seats': 'seat', 'electric cars': 'electric car',
      // common nouns and units of business news, added with the held-out figures set
      'drivers': 'driver', 'warehouses': 'warehouse', 'hires': 'hire', 'couriers': 'courier', 'distribution centres': 'distribution center', 'distribution centers': 'distribution center',
      // common nouns and units of business news, added with the held-out figures set
      'filling stations': 'filling station', 'petrol stations': 'filling station', 'gas stations': 'filling station',
      // common nouns and units of business news, added with the held-out figures set
      'guests': 'guest', 'participants': 'participant', 'gigafactories': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'bicycles': 'bicycle', 'bikes': 'bicycle', 'scooters': 'scooter', 'motorcycles': 'motorcycle',
      // common nouns and units of business news, added with the held-out figures set
      'units': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'craftsmen': 'craftsman', 'tradespeople': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      'square feet': 'ft2', 'square foot': 'ft2', 'square-foot': 'ft2', 'sq ft': 'ft2', 'sq. ft.': 'ft2', 'square miles': 'mi2', 'square mile': 'mi2', acres: 'ac', acre: 'ac', horsepower: 'hp', kilowatts: 'kW', kilowatt: 'kW', watts: 'W', watt: 'W', milligrams: 'mg', milligram: 'mg', micrograms: 'µg', knots: 'kn', kelvins: 'K', 'revolutions per minute': 'rpm', litre: 'l', metre: 'm', 'cubic metres': 'm3', 'cubic meters': 'm3', 'degrees f': '°F', 'degrees c': '°C', 'kilometres per hour': 'km/h', 'kilometres an hour': 'km/h', 'miles an hour': 'mph',
      kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', miles: 'mi', mile: 'mi', metres: 'm', meters: 'm',
      'square metres': 'm2', 'square meters': 'm2', 'square metre': 'm2', 'square meter': 'm2', 
      'square kilometres': 'km2', 'square kilometers': 'km2', hectares: 'ha', hectare: 'ha', megawatts: 'MW', megawatt: 'MW',
      gigawatts: 'GW', gigawatt: 'GW', tonnes: 't', tonne: 't', tons: 't', ton: 't', kilograms: 'kg', litres: 'l', liters: 'l', degrees: '°C', degree: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'millimetres': 'mm', 'millimeters': 'mm', 'centimetres': 'cm', 'centimeters': 'cm', 'nanometres': 'nm', 'nanometers': 'nm', 'terawatt hours': 'TWh', 'terawatt-hours': 'TWh', 'gigawatt hours': 'GWh', 'gigawatt-hours': 'GWh',
    },
    percentWords: ['percent', 'per cent', 'pc', 'percentage points', 'percentage point'],
    months: {
      january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
      jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    },
    threeDigitGroup: { dot: 'decimal', comma: 'group' },
    perWords: ['per', 'a', 'an', 'each'],
    belowZero: ['below zero'],
    angleWords: ['angle', 'turn', 'rotat', 'tilt', 'incline', 'slope', 'u-turn'],
    linkWords: ['of'],
    boundsBefore: {
      'more than': 'at-least', 'over': 'at-least', 'at least': 'at-least', 'upwards of': 'at-least', 'in excess of': 'at-least', 'north of': 'at-least',
      nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', about: 'about', around: 'about', approximately: 'about',
      roughly: 'about', some: 'about', 'an estimated': 'about', circa: 'about', 'c.': 'about', 'up to': 'at-most', 'less than': 'at-most',
      'fewer than': 'at-most', 'under': 'at-most', 'no more than': 'at-most', 'at most': 'at-most',
    },
    vagueQuantifiers: ['several', 'a few', 'few', 'many', 'some', 'tens of', 'hundreds of', 'thousands of'],
    boundsAfter: { 'or more': 'at-least', 'and more': 'at-least', 'plus': 'at-least', 'or so': 'about', 'or less': 'at-most' },
    rangeFrom: ['from'],
    rangeTo: ['to'],
    rangeBetween: ['between'],
    rangeAnd: ['and'],
    deadlineCues: ['by', 'until', 'till', 'no later than', 'before'],
    deadlineFillers: ['the', 'end', 'of', 'close'],
    datePrepositions: ['of'],
    datelineCues: ['published', 'published on', 'updated', 'posted'],
    ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
    nounsAreEnglish: true,
    /** adjectives that may stand between a number and its noun, never the noun ("six other survivors") */
    notCountedNouns: ['other', 'more', 'new', 'additional', 'further', 'extra', 'suspected', 'alleged', 'separate'],
    functionWords: ['and', 'the', 'for', 'but', 'with', 'from', 'into', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'not', 'also', 'each', 'per', 'via', 'its', 'their', 'our', 'his', 'her', 'after', 'before', 'since', 'until', 'when', 'while', 'where', 'more', 'less', 'most', 'new', 'other', 'such', 'all', 'both', 'only', 'said', 'says', 'according', 'last', 'next', 'ago', 'earlier', 'later', 'today', 'yesterday', 'now', 'then', 'still', 'already', 'about', 'over', 'under', 'across', 'through', 'against', 'between', 'among', 'around', 'within', 'without', 'out', 'off', 'down', 'back', 'away', 'again', 'alone', 'apiece', 'each', 'annually', 'respectively', 'every', 'some', 'any', 'many', 'much', 'few', 'several', 'compared', 'including', 'excluding', 'plus', 'minus', 'times', 'higher', 'lower', 'up', 'down'],
    dotOrdinals: false,
    quarterWords: ['quarter'],
    ordinalWords: { first: 1, second: 2, third: 3, fourth: 4 },
    numberJoiners: ['or'],
    levelTo: [],
    partitives: ['of the', 'out of', 'of'],
    countWords: ['the number of'],
    definiteArticles: [],
    changes: {
      minusWords: [],
      signWords: ['minus'],
      links: ['by', 'of'],
      words: { 'fell': 'down', 'fall': 'down', 'falls': 'down', 'falling': 'down', 'fallen': 'down', 'drop*': 'down', 'declin*': 'down', 'decreas*': 'down', 'down': 'down', 'lower*': 'down', 'cut': 'down', 'cuts': 'down', 'cutting': 'down', 'shrank': 'down', 'shrunk': 'down', 'shrink*': 'down', 'sank': 'down', 'sink*': 'down', 'sunk': 'down', 'slid': 'down', 'slide*': 'down', 'sliding': 'down', 'slump*': 'down', 'plung*': 'down', 'tumbl*': 'down', 'lost': 'down', 'lose': 'down', 'loses': 'down', 'losing': 'down', 'reduc*': 'down', 'slipp*': 'down', 'slip': 'down', 'slips': 'down', 'dipp*': 'down', 'dip': 'down', 'dips': 'down', 'eased': 'down', 'eases': 'down', 'easing': 'down', 'contract*': 'down', 'retreat*': 'down', 'rose': 'up', 'rise': 'up', 'rises': 'up', 'rising': 'up', 'risen': 'up', 'increas*': 'up', 'up': 'up', 'gain*': 'up', 'grew': 'up', 'grow': 'up', 'grows': 'up', 'growing': 'up', 'grown': 'up', 'growth': 'up', 'jump*': 'up', 'climb*': 'up', 'surg*': 'up', 'soar*': 'up', 'rais*': 'up', 'boost*': 'up', 'hike*': 'up', 'higher': 'up', 'expand*': 'up', 'advanc*': 'up', 'added': 'up', 'rall*': 'up', 'spik*': 'up', 'swell*': 'up', 'swelled': 'up' },
    },
    subunits: { cents: ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'], cent: ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'], pence: ['GBP'], penny: ['GBP'], p: ['GBP'], sen: ['MYR'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { half: 50, 'one half': 50, 'a third': 100 / 3, 'one third': 100 / 3, 'two thirds': 200 / 3, 'two-thirds': 200 / 3, 'a quarter': 25, 'one quarter': 25, 'three quarters': 75, 'three-quarters': 75, 'a fifth': 20, 'one fifth': 20 }, links: ['of', 'the'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    basisPoints: ['basis points', 'basis point', 'bps', 'bp'],
    pointPhrases: { 'a quarter of a percentage point': 0.25, 'quarter-point': 0.25, 'quarter of a point': 0.25, 'half a percentage point': 0.5, 'half-point': 0.5 },
  },
  claims: {
    predicates: {
      'disappear*': 'cut-jobs', 'vanish*': 'cut-jobs', 'laid off': 'cut-jobs', 'lays off': 'cut-jobs', 'inhabitant*': 'population', 'resident*': 'population', 'population': 'population',
      'funding round': 'raise-funding', 'financing round': 'raise-funding', 'valuing': 'valuation',
      'hire*': 'create-jobs', 'recruit*': 'create-jobs', 'employ': 'employees', 'employs': 'employees', 'employing': 'employees',
      'cut*': 'cut-jobs', 'layoff*': 'cut-jobs', 'lay off': 'cut-jobs', 'slash*': 'cut-jobs', 'fine*': 'fine', 'penalty': 'fine', 'acquisition': 'acquire', 'acquire*': 'acquire', 'takeover': 'acquire', 'buy*': 'acquire', 'loss*': 'loss', 'debt*': 'debt', 'subsid*': 'subsidy', 'state aid': 'subsidy',
      'manages': 'assets-under-management', 'assets under management': 'assets-under-management',
      'invest*': 'invest', 'spend*': 'invest', 'commit*': 'invest', 'pledg*': 'invest', 'raise*': 'raise-funding',
      'rights issue': 'raise-funding', 'capital increase': 'raise-funding', 'valuation': 'valuation', 'valued': 'valuation',
      'stake': 'stake', 'train*': 'train-people', 'skill*': 'train-people', 'jobs': 'create-jobs', 'job': 'create-jobs',
      'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'start ups': 'support-startups', 'data cent*': 'build-data-centers',
      'datacent*': 'build-data-centers', 'revenue*': 'revenue', 'sales': 'revenue', 'profit*': 'profit',
      'market value': 'market-value', 'market cap*': 'market-value', 'shares': 'share-price', 'share price': 'share-price',
      'gdp': 'gdp', 'gross domestic product': 'gdp', 'economic output': 'gdp', 'economy': 'gdp', 'economic contribution': 'gdp', 'value added': 'gdp', 'carbon free': 'carbon-free-energy', 'opened': 'open', 'completed': 'complete', 'completion': 'complete', 'finished': 'complete', 'operational': 'open', 'in operation': 'open', 'assets': 'assets-under-management', 'capacity': 'capacity', 'hectares': 'area',
      'square met*': 'area', 'price': 'price', 'employees': 'employees', 'staff': 'employees', 'customers': 'customers',
      'households': 'households',
    },
    places: {
      'worldwide': 'WORLD', 'globally': 'WORLD', 'across the world': 'WORLD', 'around the world': 'WORLD',
      finnish: 'FI', austrian: 'AT', indian: 'IN', indians: 'IN', 'brazilian*': 'BR', 'mexican*': 'MX', 'australian*': 'AU', 'korean*': 'KR', greek: 'GR', portuguese: 'PT', 'turkish': 'TR', 'czech*': 'CZ', 'japanese': 'JP',
      france: 'FR', french: 'FR', germany: 'DE', german: 'DE', italy: 'IT', 'italian*': 'IT', italys: 'IT', spain: 'ES',
      spanish: 'ES', switzerland: 'CH', swiss: 'CH', belgium: 'BE', 'belgian*': 'BE', sweden: 'SE', swedish: 'SE',
      norway: 'NO', norwegian: 'NO', denmark: 'DK', danish: 'DK', poland: 'PL', polish: 'PL', netherlands: 'NL', dutch: 'NL',
      portugal: 'PT', 'united kingdom': 'GB', britain: 'GB', 'british': 'GB', uk: 'GB', ireland: 'IE', austria: 'AT',
      'american*': 'US', munich: 'DE/bavaria/munich', 'walloon': 'BE/wallonia', saragossa: 'ES/aragon/zaragoza',
    },
    attributions: ['according', 'citing', 'cited', 'reported', 'sources', 'said'],
    attributedTo: ['according to', 'according', 'citing'],
    contrasts: ['of which', 'including', 'compared with', 'compared to', 'against', 'versus'],
    totals: ['in total', 'total', 'overall', 'all told'],
    relativeWhen: ['when'],
    rivals: ['rival*', 'competitor*', 'counterpart*'],
    equivalents: ['equivalent to', 'or about', 'or roughly', 'that is'],
    since: ['since'],
    ago: ['ago', 'back'],
    present: ['currently', 'today', 'at present', 'right now'],
    targets: ['rise to', 'rising to', 'grow to', 'growing to', 'increase to', 'reach', 'reaching', 'take its workforce to', 'bring its workforce to'],
    horizons: ['next', 'coming', 'over', 'within'],
    past: ['last month', 'earlier this month', 'earlier this year', 'last year'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'the past year': { unit: 'year', offset: -1 }, 'earlier this year': { unit: 'year', offset: 0 } },
    notNames: ['the', 'a', 'an', 'this', 'that', 'it', 'its', 'in', 'on', 'for', 'with', 'and', 'but', 'after', 'as', 'by',
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'cloud', 'we', 'our', 'he', 'she', 'they'],
  },
};
