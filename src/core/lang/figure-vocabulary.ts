/** What the figure extractor needs to know about one language. (Owned by the figures stage.) */
import type { Bound } from '../types';

export type SeparatorReading = 'group' | 'decimal';

/** [ending, replacement]: "propulseurs" with ["s", ""] gives the candidate "propulseur". */
export type Rewrite = readonly [string, string];

/**
 * HAND-WRITTEN inflection data: how a plural or case form of a noun goes back to the headword the wordnets list
 * (src/core/vocab/open.ts). No permissively licensed lemmatizer covers all eleven languages (Italian, German, Swedish
 * and Norwegian have only GPL/LGPL Hunspell data), so the regular endings of each grammar are written once, in each
 * language's module; every rewrite is only a candidate, kept when the wordnet data lists the result.
 */
export interface Inflection {
  /** Endings of plural and case forms, tried in order, each with the headword's ending. */
  endings: readonly Rewrite[];
  /** The language writes compounds as one word whose last part is the head ("Rettungshubschrauber"). */
  compounds?: boolean;
  /** Plurals that change a vowel ("Kräfte" -> "Kraft", "osób" -> "osoba"): the other vowel of the last syllable. */
  vowels?: readonly Rewrite[];
  /**
   * The endings a vowel-changing plural takes ("Fälle", "Anträge", "Häuser", "Städten": -e, -er, -en, -ern): after
   * one of them the changed vowel is tried before the word's own vowel is changed ("Fälle" is "Fall", case, not
   * "Falle", trap, whose plural is "Fallen"). Without the list every form's vowel is changed in the order found.
   */
  vowelEndings?: readonly string[];
  /** Other spellings of one sound, tried on the whole word before its endings (Swiss "Strassen": "Straßen"). */
  spellings?: readonly Rewrite[];
  /**
   * Derivational suffixes that are nouns on their own ("-schaft" shaft, "-skap" cupboard, "-schap" shelf): a
   * compound's last part that begins with one is the suffix, never the head ("Ortschaften", "landskap").
   */
  suffixes?: readonly string[];
  /**
   * Dutch spelling of open and closed syllables: a stem written with one vowel before a single consonant in the
   * plural doubles it in the singular ("banen" -> "baan"), a doubled consonant is single ("bedden" -> "bed").
   */
  syllables?: boolean;
  /**
   * The ending that makes a feminine noun of a noun of persons ("Konkurrent|in", "Minister|in"): a word that is one
   * of a listed noun is a noun too (vocab/open.ts isListedNoun; not the counted unit, which stays the word's own).
   */
  feminine?: string;
}

/**
 * Every key is a word or phrase as written (case-insensitive); multi-word keys ("livres sterling",
 * "posti di lavoro", "d'ici") are matched token by token, spaces and apostrophe styles ignored.
 */
export interface FigureVocabulary {
  /**
   * Frequent function words of the language, lower case. Language detection counts them first and
   * accepts a clear winner; close calls (the Scandinavian languages, short texts) go to franc.
   */
  detectionWords: string[];
  /** Written-out numbers: "deux": 2, "vingt": 20, "cent": 100, "mille": 1000, "mezzo": 0.5. Lower case. */
  numberWords: Record<string, number>;
  /** Words for "a/one" that are the number 1 only before a scale word ("un million", "eine Milliarde"). */
  articles: string[];
  /** Words joining number words ("vingt et un", "hundred and five", "to og en halv"). */
  numberConnectors: string[];
  /**
   * The language says a ten, its connector and "one" as an article's form: "trente et un", "treinta y un",
   * "trinta e um" (31). Elsewhere "twenty and a", "tjugo och en" are a number and a noun's article.
   */
  tenAndArticleOne?: boolean;
  /**
   * Forms a number word takes only inside a closed compound, never alone: elided tens ("vent" of "ventuno",
   * "trent" of "trentotto"), stressed units ("dós" of "veintidós"), the "one" that is an article on its own
   * ("ein" of "einundzwanzig", "een" of "eenentwintig"), and linking letters (0: "ën" of "tweeëntwintig").
   * The compound grammar (numbers/written.ts, validCompound) decides which sequences are one number.
   */
  numberMorphs?: Record<string, number>;
  /**
   * A number and a unit written as one adjective or noun ("achtjährige", "Vierjahres-Vertrag", "twintigjarige",
   * "femårig", "czteroletnią", "siedmiominutowa", "dziesięciometrowej"): `endings`, each word end that follows the
   * number, to the unit it gives (every inflected form written out); `forms`, the forms a number takes only before
   * such an end (the Polish combining form "cztero", "siedmio", "dziesięcio"). The number part is read like any
   * closed compound (numbers/written.ts), so "zweihundert|jährige" is 200.
   */
  unitCompounds?: {
    endings: Record<string, string>;
    forms?: Record<string, number>;
    /**
     * The genitive of a unit as the first part of a compound noun, after its number ("en toårsavtale", "en
     * tvåårsperiod", "Fünfjahresplan"): any noun may follow. `except`: the genitive and noun (as the word goes on
     * from the genitive) that name a point in time, not a length (Nordic "årsdag", German "Jahrestag": an
     * anniversary; "årsskifte", "Jahreswechsel").
     */
    heads?: Record<string, string>;
    except?: string[];
  };
  /**
   * The genitive the language writes by adding "s" to any form of a noun (Danish, Norwegian, Swedish: "tolv års
   * fengsel", "to ugers undtagelsestilstand", "fem måneders forhandlinger"): each of its own counted nouns and units
   * is also read with it.
   */
  genitiveS?: boolean;
  /**
   * Words that make a measure a rate over what follows them ("2 million tonnes per year", "491 litres d'eau par
   * m2", "5 Millionen Tonnen Stahl pro Jahr"): the unit becomes unit/denominator (t/year, l/m2).
   */
  perWords?: string[];
  /** Words after a temperature that put it below zero ("8 grados bajo cero", "10 stopni mrozu"). */
  belowZero?: string[];
  /**
   * Words that say degrees are an angle or a turn, not a temperature ("a 30-degree angle", "un giro de 180
   * grados", "in einem Winkel von 45 Grad"); compared by their beginning.
   */
  angleWords?: string[];
  /** Scale words and abbreviations: "milliards": 1e9, "Md": 1e9, "Mrd.": 1e9, "mila": 1e3. */
  scaleWords: Record<string, number>;
  /** Singular scale words ("milliard", "Milliarde"): a number before one is below two, so "1.016 milliard" is 1.016. */
  singularScales?: string[];
  /** Scale letters that stand only right before a currency sign ("5 M€", "300 k€"), where alone they would be units. */
  currencyScales?: Record<string, number>;
  /** Currency names and symbols to ISO 4217: "dollars": "USD", "livres sterling": "GBP". */
  currencies: Record<string, string>;
  /** Currency names shared by several currencies ("kroner"): candidates, the usual one first. */
  ambiguousCurrencies?: Record<string, string[]>;
  /** Word beginnings that point to a currency's country ("dansk", "københavn" for DKK), to settle ambiguous names. */
  currencyCues?: Record<string, string[]>;
  /** Country adjectives that stand for a currency right after a scale word ("100 milliarder norske"). */
  elidedCurrencies?: Record<string, string>;
  /** Counted nouns to an English singular lemma: "personnes": "person", "emplois": "job". */
  countedNouns: Record<string, string>;
  /**
   * Counted nouns a number counts right after it, but that a bare number never borrows from its
   * neighbourhood: the open vocabulary's forms, which include singulars and homographs ("5,550 jobs at
   * its mobility unit, around 3,800 in Germany"; "Det skal jobbe 900 rørleggere"). Filled in
   * src/core/figures/lexicon.ts.
   */
  unlentNouns?: string[];
  /** Physical units, words and symbols, to a standard symbol: "kilomètres": "km". */
  measureUnits: Record<string, string>;
  /** Words for percent besides "%": "pour cent". */
  percentWords: string[];
  /** Month names and abbreviations to 1..12. */
  months: Record<string, number>;
  /** How "2.500" / "2,500" (one separator, exactly three digits after it) are read in this language's press. */
  threeDigitGroup: { dot: SeparatorReading; comma: SeparatorReading };
  /** Words between a number and what it counts: "de", "d'", "di", "of". */
  linkWords: string[];
  /** Words before a figure that bound or approximate it: "plus de": "at-least", "près de": "nearly". */
  boundsBefore: Record<string, Bound>;
  /** Words that make a following written number vague, not a figure ("plusieurs milliers", "flera tusen"). */
  vagueQuantifiers?: string[];
  /** Words after a figure that bound it: "ou plus": "at-least". */
  boundsAfter: Record<string, Bound>;
  /** "from" words opening a range ("de 10 à 15"); optional before the first number. */
  rangeFrom: string[];
  /** Words between the two ends of a range on their own: "à", "to", "bis", "til" (dashes are always). */
  rangeTo: string[];
  /** "between" words ("entre", "zwischen"), which make rangeAnd words join two numbers. */
  rangeBetween: string[];
  /** "and" words in "between A and B". */
  rangeAnd: string[];
  /** Words that make a following date a deadline: "d'ici", "entro", "bis", "by". */
  deadlineCues: string[];
  /** Words that may sit between a deadline cue and its date: "la", "fin", "de", "l'année", "Ende". */
  deadlineFillers: string[];
  /** Words between day, month and year ("14 de junio de 2024", "maggio del 2024"). */
  datePrepositions: string[];
  /**
   * A measure named before its number, with its link word ("magnitude 7,8", "a magnitude of 6.8", "magnitudo di
   * 6,8", "eine Stärke von 6,8"): the phrase to the unit. Only a number of its scale follows (up to 10).
   */
  measuresBefore?: Record<string, string>;
  /**
   * Prepositions that put a year before 1800 in a date context ("i 1625", "in 1640", "von 1615", "nel 1623"): a
   * bare four-digit number after them, with no noun of its own, is that year. Years from 1800 are read anywhere.
   */
  yearPrepositions?: string[];
  /** Words announcing the publication date ("Pubblicato il", "Publié le"). */
  datelineCues: string[];
  /** Letters glued to a number that make it an ordinal ("1er", "3rd", "2º"). */
  ordinalSuffixes: string[];
  /** Whether "3." before a word is an ordinal (German, Nordic, Polish). */
  dotOrdinals: boolean;
  /** Quarter words ("trimestre", "Quartal") and the ordinals that name a quarter ("troisième": 3). */
  quarterWords: string[];
  ordinalWords: Record<string, number>;
  /**
   * Whether the language's plural nouns are English words: an unknown lower-case word after a number is
   * then taken as the counted noun, singularized ("12 patents" -> patent). `functionWords` are never nouns.
   */
  nounsAreEnglish?: boolean;
  functionWords?: string[];
  /** Whether nouns are capitalized in running text (German): a capital after a number is then no product name. */
  nounsCapitalized?: boolean;
  /**
   * Inflected endings rewritten to a listed form before giving up on a noun: Swedish "kunderna" -> "kunder"
   * is ["na", ""]. Tried in order; the first rewrite that names a counted noun wins.
   */
  nounEndings?: [string, string][];
  /** Whether nouns form closed compounds (Germanic): "personbiler" counts what its last part "biler" counts. */
  compoundNouns?: boolean;
  /**
   * Where the head noun stands in "number + words" when the vocabulary knows none of them: "first"
   * (Romance: "7.000 operários especializados") or "last" (Germanic, Polish: "1.500 extra vacatures").
   * The figure then keeps that word as its unit rather than being dropped.
   */
  nounPosition?: 'first' | 'last';
  /**
   * Endings of plural nouns that a verb or adjective right after a number seldom has (Spanish "-s"):
   * an unknown word so ending counts its number even when a neighbour counts something else
   * ("300 enfermeros y 2.500 conductores"). Without them, a neighbour's noun wins.
   */
  pluralEndings?: string[];
  /** Whether a guessed noun must have one of `pluralEndings` at all (Germanic: "40 gemeenten", not "12 staat"). */
  guessNeedsPlural?: boolean;
  /**
   * Adjectives and participles that follow a bare number and are never what it counts ("los 300
   * restantes", "200 estrangeiras"); they may still stand between a number and its noun.
   */
  notCountedNouns?: string[];
  /** Words besides "and" that join two numbers sharing one unit: "21 respektive 19 procent", "30 or 40 %". */
  numberJoiners?: string[];
  /**
   * Words joining an earlier level to a new one, where the first number leaves its unit to the second
   * ("von 4,8 auf 5,0 Prozent", "van 23 naar 8 procent", "de 62 para 64 anos"); only words not already in
   * `rangeTo`. They never make a range: a level may fall.
   */
  levelTo?: string[];
  /**
   * Partitive words between a part and the whole it is counted from, which share one unit and scale
   * ("15 av de 25 miljarder kronor", "194 de los 460 escaños", "vier van de vijf metrolijnen").
   */
  partitives?: string[];
  /**
   * Phrases that name a count of the noun after them, so that a bare number later in the clause is that count
   * ("Die Zahl der Toten ist auf 43 gestiegen", "le nombre de morts est passé à 45", "liczba ofiar wzrosła do
   * 39"); a link word may follow ("número de", "numero dei"). Closed-class words: no resource lists them.
   */
  countWords?: string[];
  /**
   * Plural definite articles that make a noun the subject a clause-final number counts ("i morti salgono a 39",
   * "Sono 70 le vittime", "Suben a 64 los muertos"): Romance languages, where a count is said so.
   */
  definiteArticles?: string[];
  /** Plural and case endings back to a noun's headword, for the open vocabulary (absent: English, its own lemmas). */
  inflection?: Inflection;
  /**
   * Signs and changes (see figures/changes.ts and docs/figures.md): `minusWords` make the number after them
   * negative before a temperature or a percentage ("minus 8 Grad"); `words` say a figure is a change and its
   * direction (a trailing "*" matches any ending: "recul*"); `links` stand between a change word and its
   * figure ("by", "de", "um", "del", "met", "o"). `signWords` are the minus words that are the arithmetic
   * sign itself and nothing else (the Latin "minus" of the Germanic languages and Polish, never the Romance
   * comparatives "moins", "meno", "menos"): before any amount they make it negative ("minus 14,1 prosent",
   * "minus 1.637 mrd.", "minus 633 mld koron"), as a printed "-" does.
   */
  changes?: { minusWords: string[]; signWords?: string[]; links: string[]; words: Record<string, 'up' | 'down'> };
  /**
   * A currency's hundredth part to the currencies it may belong to, the usual one first ("cents", "pence",
   * "öre", "centimes", "Rappen"): "75 cents" is 0.75 of the article's currency among them. A one-letter name
   * ("120p") counts only glued to its number.
   */
  subunits?: Record<string, string[]>;
  /**
   * A share said in words is a percent figure ("la moitié des", "etwa die Hälfte der", "ponad połowa"): its
   * words to their percent value, and the words that must follow it ("of", "de", "der"; none listed: any word).
   */
  shares?: { words: Record<string, number>; links: string[] };
  /** Words for basis points after a number ("25 Basispunkte", "175 pb"): hundredths of a percentage point. */
  basisPoints?: string[];
  /** Fractions of a percentage point said in words ("kwart procentpunt", "un cuarto de punto porcentual"), in percent. */
  pointPhrases?: Record<string, number>;
  /**
   * The bare word for points, singular and plural ("puntos", "Punkte"): a percentage point when percentages are
   * said beside it ("tres puntos más que en 2023"). HAND-WRITTEN: no resource gives the elliptical sense.
   */
  pointWords?: string[];
}
