/**
 * What claim formation needs to know about one language. (Owned by the claims stage.)
 *
 * Words are matched on lower-cased, diacritic-folded tokens ("Aragón" = "aragon", "Ørsted" = "orsted").
 * An entry ending in "*" matches every word starting with it ("investi*" covers investir, investit,
 * investissement). Entries without "*" are run through the language's stemmer (natural's Porter stemmers,
 * by module path) when it has one, so "emplois" also matches "emploi"; multi-word entries ("au total",
 * "grand est") match consecutive words; a "~" between two words lets up to two words of the same sentence stand
 * between them (a separable verb: "sa ~ opp" matches "sa i høst opp").
 */
export interface ClaimVocabulary {
  /** Cue words to language-independent predicate concept ids: "investir": "invest", "emisjon*": "raise-funding". */
  predicates: Record<string, PredicateId>;
  /**
   * Place names, adjectives and demonyms to a place id: "Allemagne": "DE", "tedesc*": "DE", "Aragon": "ES/aragon".
   * Ids are hierarchical ("ES/aragon" lies inside "ES"): two places are compatible when one contains the other.
   */
  places: Record<string, string>;
  /** Words that introduce a source ("selon", "d'après", "according"): the name right after is not the subject. */
  attributions: string[];
  /**
   * Words after which the source of a figure is named ("selon la police", "secondo i sindacati", "laut Polizei"): the
   * source is part of the claim, so two sources' counts are two claims. A subset of `attributions`, source after.
   */
  attributedTo?: string[];
  /**
   * Words that introduce a comparison with something else ("compared with", "jämfört med", "par rapport à") or a
   * part of a figure just given ("dont", "of which", "davon"): a figure after them in its clause is about that other
   * thing, not a restatement of the story's figure.
   */
  contrasts: string[];
  /**
   * Words that join a share to what it is a share of, right after it ("29,49 % des voix", "18,06 % de los votos",
   * "6 Prozent ihres Volumens", "99,16 prosent av strømforsyningen"): the noun after them is the share's base, which
   * makes a percentage without a cue word a claim of its own (claims/context.ts, shareBase).
   */
  shareOf?: string[];
  /** True when the language says "of" by the noun's case alone ("6 proc. objętości"): the noun right after a share is its base. */
  shareOfCase?: boolean;
  /** Words that make a figure a total ("au total", "insgesamt", "totalt"): a total and its parts are different facts. */
  totals: string[];
  /**
   * Words that open a clause dated by the date just before it ("en 2020, quand X a annoncé 1 milliard", "z 2020 r.,
   * kiedy"): the clause's figures are of that date.
   */
  relativeWhen?: string[];
  /**
   * Words that make the figures after them in their sentence another organization's ("concurrent Microsoft bouwt ...",
   * "Sveriges största motsvarighet ... har 752"), unless the sentence names the story's own subject.
   */
  rivals?: string[];
  /**
   * Words between two amounts that make the second the first one's equivalent ("42 millions de couronnes, soit
   * environ 5,6 milliards d'euros", "umgerechnet"): one fact, compared with itself.
   */
  equivalents?: string[];
  /**
   * Words that make the year after them the start of a running total ("seit 2009 auf rund 3,4 Milliarden", "desde
   * 2009"): the figure is a cumulative total, not a fact of that year.
   */
  since?: string[];
  /**
   * Words that make a duration next to them a point in the past ("four years ago", "il y a quatre ans", "for fire år
   * siden", "vor vier Jahren"): a time reference, not a fact to compare.
   */
  ago?: string[];
  /**
   * Words that make a count a level to be reached ("steigen auf", "atteindre", "alcanzará", "rise to"): a different
   * fact from the level of today ("heeft nu zo'n 36.000 medewerkers").
   */
  targets?: string[];
  /**
   * Words that make a count the level of today ("actualmente", "currently", "heute", "i dag"), matched as written: a
   * different fact from a level to reach by a later year ("tegen 2030 ... zo'n 20.000 medewerkers").
   */
  present?: string[];
  /**
   * Words that make a duration next to them the horizon of a plan ("over the next two years", "under de kommande två
   * åren", "sur cinq ans"): a duration without one ("the second in three years", "for nearly 40 years") is another fact.
   */
  horizons?: string[];
  /**
   * Words that put the figures of their sentence in the past, before the article's news ("le mois dernier", "earlier
   * this year", "bereits"): an earlier event, not the one the article reports. (Month names before the publication
   * month do the same; they come from the language's figure vocabulary.)
   */
  past?: string[];
  /**
   * Words that mark a count as the value it had before the report's own, an earlier state of a figure that moves over
   * time ("zuvor war von 39 Toten die Rede", "som tidigare angavs till 288 personer", "a informação inicial de quatro
   * mortos", "Ryanair first cancelled 170 flights but later raised the figure to 468"): the adverbs and adjectives of
   * anteriority of the language (previously, earlier, initially, at first, originally, initial), all of the class, not
   * only those seen in the dev sets. Read as superseded only where the article states another value of the count
   * (mention.ts, `superseded`): alone, "initially" is often a first phase ("will initially employ 100").
   */
  earlier?: string[];
  /**
   * Words for a period relative to the time of writing ("last year", "l'an dernier", "im Vorjahr", "i fjor"): CLDR's
   * through Intl.RelativeTimeFormat (generated/reltime-<code>.ts), then the inflected or prepositional variants Intl
   * lacks. The claims stage resolves them against the article's publication date (claims/time.ts).
   */
  relativePeriods?: Record<string, RelativePeriod>;
  /** Capitalized words that are not names of organizations or people (IA, KI, sentence openers). */
  notNames: string[];
  /** True when the language capitalizes every noun (German): a capital letter alone does not make a name. */
  nounsCapitalized?: boolean;
}

/** A period of the calendar a figure can be dated by: a quarter and its year, a month and its year are two periods. */
export type PeriodUnit = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day';

/** A period named relative to the time of writing: "last year" is { unit: 'year', offset: -1 }. */
export interface RelativePeriod {
  unit: PeriodUnit;
  offset: number;
}

/** Concept ids the vocabularies map to, with an English phrase for claim labels and messages. */
export const PREDICATES = {
  invest: 'investment',
  'raise-funding': 'funds raised',
  valuation: 'valuation',
  stake: 'stake',
  'train-people': 'people trained',
  'create-jobs': 'jobs created',
  'supply-gpus': 'GPUs supplied',
  'support-startups': 'startups supported',
  'build-data-centers': 'data centers',
  revenue: 'revenue',
  profit: 'profit',
  'market-value': 'market value',
  'share-price': 'share price',
  'share-price-change': 'share price change',
  gdp: 'contribution to GDP',
  'funding-gap': 'funding gap',
  'project-funding': 'project funding',
  'assets-under-management': 'assets under management',
  'cut-jobs': 'jobs cut',
  fine: 'fine',
  acquire: 'acquisition price',
  loss: 'loss',
  debt: 'debt',
  subsidy: 'subsidy',
  'carbon-free-energy': 'carbon-free energy',
  open: 'opening',
  complete: 'completion',
  capacity: 'capacity',
  area: 'area',
  price: 'price',
  employees: 'staff',
  customers: 'customers',
  households: 'households',
  population: 'population',
  duration: 'duration',
  divestment: 'divestment',
  suppliers: 'suppliers',
  taxpayers: 'taxpayers',
} as const satisfies Record<string, string>;

/** A predicate concept id: only the ids declared in PREDICATES (a data test checks every vocabulary's). */
export type PredicateId = keyof typeof PREDICATES;

/** The English phrase of a predicate id for labels and messages (the id itself when it is not declared). */
export const predicateLabel = (id: string): string => (PREDICATES as Record<string, string>)[id] ?? id;

/** Whether a string is a declared predicate id. */
export const isPredicateId = (id: string): id is PredicateId => Object.prototype.hasOwnProperty.call(PREDICATES, id);

/**
 * Names written the same way in (nearly) every language: regions, cities, sites. Each language module adds its own
 * exonyms and adjectives ("Saragosse", "tedesco"). Ids: ISO 3166 country, then "/" and a folded local name.
 */
export const SHARED_PLACES: Record<string, string> = {
  aragon: 'ES/aragon',
  zaragoza: 'ES/aragon/zaragoza',
  'villamayor de gallego': 'ES/aragon/villamayor',
  madrid: 'ES/madrid',
  barcelona: 'ES/catalonia/barcelona',
  catalonia: 'ES/catalonia',
  paris: 'FR/paris',
  marseille: 'FR/marseille',
  mulhouse: 'FR/grand-est/mulhouse',
  'grand est': 'FR/grand-est',
  alsace: 'FR/grand-est/alsace',
  'grand-est': 'FR/grand-est',
  wallonie: 'BE/wallonia',
  wallonia: 'BE/wallonia',
  'saint ghislain': 'BE/wallonia/saint-ghislain',
  mons: 'BE/wallonia/mons',
  bruxelles: 'BE/brussels',
  brussels: 'BE/brussels',
  brussel: 'BE/brussels',
  frankfurt: 'DE/hesse/frankfurt',
  hanau: 'DE/hesse/hanau',
  dietzenbach: 'DE/hesse/dietzenbach',
  hessen: 'DE/hesse',
  berlin: 'DE/berlin',
  hamburg: 'DE/hamburg',
  nordrhein: 'DE/nrw',
  'nordrhein westfalen': 'DE/nrw',
  milano: 'IT/milan',
  milan: 'IT/milan',
  roma: 'IT/rome',
  rome: 'IT/rome',
  rom: 'IT/rome',
  torino: 'IT/turin',
  zurich: 'CH/zurich',
  zuerich: 'CH/zurich',
  geneve: 'CH/geneva',
  geneva: 'CH/geneva',
  genf: 'CH/geneva',
  ginevra: 'CH/geneva',
  zurigo: 'CH/zurich',
  bern: 'CH/bern',
  berne: 'CH/bern',
  berna: 'CH/bern',
  lausanne: 'CH/lausanne',
  basel: 'CH/basel',
  strangnas: 'SE/strangnas',
  stockholm: 'SE/stockholm',
  goteborg: 'SE/gothenburg',
  gorsingeberget: 'SE/strangnas',
  oslo: 'NO/oslo',
  kobenhavn: 'DK/copenhagen',
  copenhagen: 'DK/copenhagen',
  warszawa: 'PL/warsaw',
  amsterdam: 'NL/amsterdam',
  lisboa: 'PT/lisbon',
  london: 'GB/london',
  dublin: 'IE/dublin',
  wien: 'AT/vienna',
  wisconsin: 'US/wisconsin',
  'new york': 'US/new-york',
  virginia: 'US/virginia',
  texas: 'US/texas',
  california: 'US/california',
  malaysia: 'MY',
  malesia: 'MY',
  indonesia: 'ID',
  japan: 'JP',
  giappone: 'JP',
  japon: 'JP',
  china: 'CN',
  india: 'IN',
  usa: 'US',
  'u s': 'US',
  'etats unis': 'US',
  'stati uniti': 'US',
  'estados unidos': 'US',
  'verenigde staten': 'US',
  'vereinigte staaten': 'US',
  'united states': 'US',
  'stany zjednoczone': 'US',
  'stanach zjednoczonych': 'US',
  'stanow zjednoczonych': 'US',
  europe: 'EU',
  europa: 'EU',
  'european union': 'EU',
  // countries whose names and adjectives are (nearly) shared across the supported languages
  canada: 'CA',
  kanada: 'CA',
  'canad*': 'CA',
  'kanad*': 'CA',
  chine: 'CN',
  cina: 'CN',
  kina: 'CN',
  chiny: 'CN',
  'chinois*': 'CN',
  'chines*': 'CN',
  'cines*': 'CN',
  'kinesisk*': 'CN',
  'chinsk*': 'CN',
  inde: 'IN',
  indien: 'IN',
  indie: 'IN',
  brasil: 'BR',
  bresil: 'BR',
  brazil: 'BR',
  brasilien: 'BR',
  brazylia: 'BR',
  'brasilian*': 'BR',
  finland: 'FI',
  finlande: 'FI',
  finnland: 'FI',
  finlandia: 'FI',
  'finlandes*': 'FI',
  irlanda: 'IE',
  irlande: 'IE',
  ireland: 'IE',
  irland: 'IE',
  irish: 'IE',
  grecia: 'GR',
  grece: 'GR',
  greece: 'GR',
  griechenland: 'GR',
  grecja: 'GR',
  luxembourg: 'LU',
  luxemburg: 'LU',
  lussemburgo: 'LU',
  luksemburg: 'LU',
  austria: 'AT',
  autriche: 'AT',
  osterrike: 'AT',
  ostrig: 'AT',
  'japan*': 'JP',
  'japon*': 'JP',
  'giappon*': 'JP',
  japonia: 'JP',
  korea: 'KR',
  coree: 'KR',
  corea: 'KR',
  turkey: 'TR',
  turquie: 'TR',
  turchia: 'TR',
  turkei: 'TR',
  turquia: 'TR',
  turcja: 'TR',
  israel: 'IL',
  singapore: 'SG',
  singapour: 'SG',
  singapur: 'SG',
  taiwan: 'TW',
  australia: 'AU',
  australie: 'AU',
  australien: 'AU',
  mexico: 'MX',
  mexique: 'MX',
  messico: 'MX',
  mexiko: 'MX',
};

/** Words no language treats as a name although they are capitalized (acronyms of the field, currency codes). */
export const SHARED_NOT_NAMES: string[] = [
  'ai',
  'ia',
  'ki',
  'it',
  'ceo',
  'cfo',
  'gpu',
  'gpus',
  'llm',
  'usd',
  'eur',
  'chf',
  'gbp',
  'sek',
  'nok',
  'dkk',
  'pln',
  'gw',
  'mw',
  'km',
  'pib',
  'gdp',
  'bip',
  'pil',
  'ue',
  'eu',
  'cloud',
  'ok',
  'tv',
  'pc',
  'co2',
  'esg',
  'ipo',
  'us',
  'usa',
];

/**
 * News agencies and outlets: they report figures, they do not invest them. A name from this list is never taken as
 * the subject of a figure ("Bloomberg News hadde fått opplyst at danskene ville reise inntil fem milliarder euro").
 */
export const SHARED_SOURCES: string[] = [
  'reuters',
  'bloomberg',
  'afp',
  'ap',
  'dpa',
  'ansa',
  'efe',
  'anp',
  'belga',
  'sda',
  'ats',
  'keystone',
  'apa',
  'tt',
  'ntb',
  'ritzau',
  'pap',
  'lusa',
  'idc',
  'gartner',
  'pymnts',
  'svt',
  'di',
  'heraldo',
  'citi',
];

/** The place id of a figure for the whole world ("weltweit", "en el mundo"): it contains no country. */
export const WORLD = 'WORLD';

/** English names of place ids, for claim labels and messages ("ES/aragon" reads "Aragon, Spain"). */
export const COUNTRY_NAMES: Record<string, string> = {
  FR: 'France',
  IT: 'Italy',
  DE: 'Germany',
  ES: 'Spain',
  CH: 'Switzerland',
  BE: 'Belgium',
  SE: 'Sweden',
  NO: 'Norway',
  DK: 'Denmark',
  PL: 'Poland',
  NL: 'Netherlands',
  PT: 'Portugal',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AT: 'Austria',
  FI: 'Finland',
  GR: 'Greece',
  LU: 'Luxembourg',
  US: 'United States',
  CA: 'Canada',
  CN: 'China',
  IN: 'India',
  JP: 'Japan',
  KR: 'South Korea',
  BR: 'Brazil',
  TR: 'Turkey',
  IL: 'Israel',
  SG: 'Singapore',
  TW: 'Taiwan',
  AU: 'Australia',
  MX: 'Mexico',
  MY: 'Malaysia',
  ID: 'Indonesia',
  EU: 'Europe',
  // a company's figure for the whole world ("weltweit", "en el mundo"): contains no country, so it never joins one
  WORLD: 'worldwide',
};

export function placeName(id: string): string {
  const parts = id.split('/');
  const country = COUNTRY_NAMES[parts[0]!] ?? parts[0]!;
  if (parts.length === 1) return country;
  const local = parts[parts.length - 1]!.split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('-');
  return `${local}, ${country}`;
}
