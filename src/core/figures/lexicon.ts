/**
 * A language's figure vocabulary compiled into phrase tries, once per language and cached.
 * The engine reads only this; what differs between languages is data in src/core/lang/<code>.ts.
 */
import type { Bound, DetectedLanguage, LanguageCode } from '../types';
import { LANGUAGES, languageData } from '../lang/index';
import type { FigureVocabulary } from '../lang/figure-vocabulary';
import {
  CURRENCY_SUFFIX_SCALES,
  CURRENCY_SYMBOLS,
  GARBLED_DIGITS,
  CASED_MEASURE_SYMBOLS,
  MEASURE_SYMBOLS,
  PERCENT_SYMBOLS,
  QUARTER_PREFIXES,
  SCALED_CURRENCY_CODES,
} from '../lang/common';
import { addPrefix, newPrefixSet, phraseKeys, TokenKind, type PrefixSet, type Tokens } from '../numbers/tokenize';
import type { SeparatorRules } from '../numbers/literal';
import { CompoundSplitter } from '../numbers/written';
import { PhraseTrie } from './phrase-trie';
import { conceptUnits, nounForms } from '../vocab/index';
import { headwordForms, openNoun } from '../vocab/open';
import { compileChanges, type ChangeLexicon } from './changes';

/** A currency as named in the text: one ISO code, or the candidates of an ambiguous name ("kroner"). */
export type CurrencyRef = readonly string[];

export interface Lexicon {
  numberWords: PhraseTrie<number>;
  articles: PhraseTrie<number>;
  connectors: Set<string>;
  /** "per", "par", "pro": a measure before one is a rate over what follows */
  perWords: PhraseTrie<boolean>;
  /** "bajo cero", "mrozu": after a temperature, below zero */
  belowZero: PhraseTrie<boolean>;
  /** beginnings of words that make degrees an angle ("angle", "Winkel", "giro") */
  angleWords: string[];
  splitter: CompoundSplitter;
  scales: PhraseTrie<number>;
  currencyScales: PhraseTrie<number>;
  suffixScales: PhraseTrie<number>;
  singularScales: Set<string>;
  currencies: PhraseTrie<CurrencyRef>;
  /** a currency's hundredth ("cents", "öre"), to the currencies it may belong to */
  subunits: PhraseTrie<CurrencyRef>;
  /** shares in words ("la moitié"), their percent value; and what must follow them */
  shares: PhraseTrie<number>;
  shareLinks: PhraseTrie<true>;
  shareNeedsLink: boolean;
  basisPoints: PhraseTrie<true>;
  /** the bare word for points: percentage points beside a percentage (figures/context.ts) */
  pointWords: Set<string>;
  pointPhrases: PhraseTrie<number>;
  /** codes with a scale letter ("MUSD"): their scale (the currency trie has their code) */
  scaledCodes: PhraseTrie<number>;
  elided: PhraseTrie<string>;
  nouns: PhraseTrie<string>;
  units: PhraseTrie<string>;
  /** unit symbols read with their letter case (common.ts CASED_MEASURE_SYMBOLS) */
  casedUnits: Map<string, { unit: string; glued: boolean }>;
  percent: PhraseTrie<true>;
  months: PhraseTrie<number>;
  link: PhraseTrie<true>;
  boundsBefore: PhraseTrie<Bound>;
  vague: PhraseTrie<true>;
  boundsAfter: PhraseTrie<Bound>;
  rangeFrom: PhraseTrie<true>;
  rangeTo: PhraseTrie<true>;
  rangeBetween: PhraseTrie<true>;
  rangeAnd: PhraseTrie<true>;
  deadline: PhraseTrie<true>;
  fillers: Set<string>;
  datePreps: PhraseTrie<true>;
  datelineCues: PhraseTrie<true>;
  ordinalSuffixes: Set<string>;
  dotOrdinals: boolean;
  /** FigureVocabulary.measuresBefore */
  measuresBefore: PhraseTrie<string>;
  /** FigureVocabulary.yearPrepositions */
  yearPreps: PhraseTrie<true>;
  /** FigureVocabulary.tenAndArticleOne */
  tenAndArticleOne: boolean;
  quarterWords: PhraseTrie<true>;
  ordinalWords: PhraseTrie<number>;
  quarterPrefixes: Set<string>;
  garbled: Set<string>;
  separators: SeparatorRules;
  /** ISO code -> word beginnings naming its country. */
  cues: Map<string, string[]>;
  nounsCapitalized: boolean;
  nounsAreEnglish: boolean;
  functionWords: Set<string>;
  /** Tokens (other than digits) at which a figure may start. */
  startWords: Set<string>;
  /** First two letters of start words and number words (closed compounds), a cheap first filter. */
  startPrefixes: PrefixSet;
  /** Word beginnings of the currency cues, to skip words cheaply when counting them. */
  cuePrefixes: PrefixSet;
  /** Every token some vocabulary phrase uses, so that an unknown word after a number is recognizable as such. */
  known: Set<string>;
  /** Words that are never a counted noun: function words, detection words, link words. */
  stop: Set<string>;
  /**
   * Every unit a counted noun or a measure of the vocabulary can give (English lemmas, symbols): a
   * quantity whose unit is none of them carries its source word, and says so (`unitKnown: false`).
   */
  englishUnits: Set<string>;
  /**
   * The English lemma of a counted noun no list of the language knows, from the open vocabulary (src/core/vocab/open):
   * undefined for a word no wordnet lists, and for a text of no known language.
   */
  openNoun: (word: string) => string | undefined;
  /** Counted nouns a number counts right after it, but never borrows from its neighbourhood. */
  unlentNouns: Set<string>;
  /** One-word counted nouns (lower case) to their lemma, for inflected and compound forms. */
  nounWords: Map<string, string>;
  /** Ends of number-unit compounds ("jährige" -> year), longest first, and the number forms used only before them. */
  unitCompoundEndings: [string, string][];
  unitCompoundForms: Map<string, number>;
  /** First parts of compound nouns that are a unit's genitive ("års" -> year), and the tails that make no length. */
  unitCompoundHeads: [string, string][];
  unitCompoundExcept: string[];
  /**
   * Words the vocabulary knows only inside longer phrases ("postos" of "postos de trabalho", "units" of
   * "graphics processing units"): on their own they may still be the noun a number counts.
   */
  phraseOnly: Set<string>;
  nounEndings: [string, string][];
  compoundNouns: boolean;
  nounPosition: 'first' | 'last' | null;
  pluralEndings: string[];
  guessNeedsPlural: boolean;
  notNouns: Set<string>;
  /** "and" words and the language's other joiners of two numbers with one unit. */
  joiners: PhraseTrie<true>;
  /**
   * Words after a bare number that let it take the unit and scale of the figure right after them: joiners,
   * range and level words, partitives ("15 av de 25 miljarder", "von 4,8 auf 5,0 Prozent", "tre o quattro anni").
   */
  coordinators: PhraseTrie<true>;
  /** Phrases naming a count of the noun after them ("Zahl der", "nombre de"), with their link words. */
  countWords: PhraseTrie<true>;
  /** Plural definite articles (Romance) before a subject noun a number counts. */
  definite: Set<string>;
  /** Minus words and change words (figures/changes.ts). */
  changes: ChangeLexicon;
}

/** Shortest first part of a compound noun ("el" + "busser"). */
const MIN_COMPOUND_HEAD = 2;
/** Shortest last part a compound may end in ("personbiler" -> "biler"). */
const MIN_COMPOUND_TAIL = 4;
/** Longer words are not split: the lookup stays bounded per number. */
const MAX_COMPOUND = 32;

/**
 * The lemma of a one-word counted noun the vocabulary lists only in another form: an inflected ending
 * rewritten ("kunderna" -> "kunder"), or the last part of a compound ("personbiler" -> "biler").
 */
export function nounLemma(lex: Lexicon, w: string): string | null {
  for (const [end, rep] of lex.nounEndings) {
    if (w.length - end.length < 3 || !w.endsWith(end)) continue;
    const hit = lex.nounWords.get(w.slice(0, w.length - end.length) + rep);
    if (hit) return hit;
  }
  if (!lex.compoundNouns || w.length > MAX_COMPOUND) return null;
  for (let s = MIN_COMPOUND_HEAD; s <= w.length - MIN_COMPOUND_TAIL; s++) {
    const tail = w.slice(s);
    const hit = lex.nounWords.get(tail);
    if (hit) return hit;
    for (const [end, rep] of lex.nounEndings) {
      if (tail.length - end.length < MIN_COMPOUND_TAIL || !tail.endsWith(end)) continue;
      const h = lex.nounWords.get(tail.slice(0, tail.length - end.length) + rep);
      if (h) return h;
    }
  }
  return null;
}

const set = (xs: string[]): PhraseTrie<true> =>
  new PhraseTrie<true>().addAll(xs.map((x) => [x, true] as [string, true]));

function merge(vocabs: FigureVocabulary[]): FigureVocabulary {
  if (vocabs.length === 1) return vocabs[0]!;
  const rec = <K extends keyof FigureVocabulary>(k: K): any =>
    Object.assign({}, ...[...vocabs].reverse().map((v) => v[k] ?? {}));
  const arr = <K extends keyof FigureVocabulary>(k: K): any => [
    ...new Set(vocabs.flatMap((v) => (v[k] as string[] | undefined) ?? [])),
  ];
  return {
    detectionWords: [],
    numberWords: rec('numberWords'),
    articles: [],
    numberConnectors: [],
    scaleWords: rec('scaleWords'),
    currencies: rec('currencies'),
    ambiguousCurrencies: rec('ambiguousCurrencies'),
    currencyCues: {},
    elidedCurrencies: {},
    subunits: rec('subunits'),
    countedNouns: rec('countedNouns'),
    measureUnits: rec('measureUnits'),
    percentWords: arr('percentWords'),
    months: rec('months'),
    threeDigitGroup: { dot: 'group', comma: 'group' },
    linkWords: arr('linkWords'),
    boundsBefore: rec('boundsBefore'),
    vagueQuantifiers: arr('vagueQuantifiers'),
    boundsAfter: rec('boundsAfter'),
    rangeFrom: arr('rangeFrom'),
    rangeTo: arr('rangeTo'),
    rangeBetween: arr('rangeBetween'),
    rangeAnd: arr('rangeAnd'),
    levelTo: arr('levelTo'),
    partitives: arr('partitives'),
    countWords: arr('countWords'),
    definiteArticles: arr('definiteArticles'),
    deadlineCues: arr('deadlineCues'),
    deadlineFillers: arr('deadlineFillers'),
    datePrepositions: arr('datePrepositions'),
    yearPrepositions: arr('yearPrepositions'),
    measuresBefore: rec('measuresBefore'),
    datelineCues: arr('datelineCues'),
    ordinalSuffixes: arr('ordinalSuffixes'),
    dotOrdinals: false,
    tenAndArticleOne: false,
    quarterWords: arr('quarterWords'),
    ordinalWords: rec('ordinalWords'),
    changes: {
      minusWords: [...new Set(vocabs.flatMap((v) => v.changes?.minusWords ?? []))],
      signWords: [...new Set(vocabs.flatMap((v) => v.changes?.signWords ?? []))],
      links: [...new Set(vocabs.flatMap((v) => v.changes?.links ?? []))],
      words: Object.assign({}, ...[...vocabs].reverse().map((v) => v.changes?.words ?? {})),
    },
  };
}

/**
 * The words of a vocabulary: `known`, every word of its phrases (with `single`, those that are a phrase alone), and
 * `stop`, its function words. The lexicon keeps them, and the reading vote of a text of unknown language counts them
 * for every language (readingLexicon): computed apart so that the vote compiles no lexicon but the one it chooses.
 */
function vocabularyWords(v: FigureVocabulary): { known: Set<string>; stop: Set<string>; single: Set<string> } {
  const known = new Set<string>();
  const stop = new Set(
    [
      ...(v.functionWords ?? []),
      ...(v.numberJoiners ?? []),
      ...v.detectionWords,
      ...v.linkWords,
      ...v.articles,
      ...v.numberConnectors,
      ...v.rangeAnd,
      ...v.rangeTo,
    ].map((w) => w.toLowerCase()),
  );
  const vocabPhrases = [
    // multi-word currency names come from CLDR by the hundred: their inner words ("nieuwe" of "nieuwe Taiwanese
    // dollar") must stay unknown words, adjectives a number may stand before
    ...Object.keys(v.numberWords),
    ...v.articles,
    ...Object.keys(v.scaleWords),
    ...Object.keys(v.currencies).filter((k) => !/[\s-]/.test(k)),
    ...Object.keys(v.ambiguousCurrencies ?? {}),
    ...Object.keys(v.subunits ?? {}),
    ...(v.basisPoints ?? []),
    ...Object.keys(v.countedNouns),
    ...Object.keys(v.measureUnits),
    ...v.percentWords,
    ...Object.keys(v.months),
    ...v.linkWords,
    ...Object.keys(v.boundsBefore),
    ...Object.keys(v.boundsAfter),
    ...v.rangeTo,
    ...v.rangeAnd,
    ...v.deadlineCues,
    ...v.datePrepositions,
  ];
  const single = new Set<string>();
  for (const p of vocabPhrases) {
    const keys = phraseKeys(p);
    for (const k of keys) known.add(k);
    if (keys.length === 1) single.add(keys[0]!);
  }
  return { known, stop, single };
}

/**
 * The one-word counted nouns (no space, apostrophe or hyphen), lower-cased, to their lemma, in the record's order (a
 * later key of the same lower case keeps the first one's place and gives its lemma). A loop, not entries, filter and
 * map: the open vocabulary gives a language ten thousand nouns.
 */
function oneWordNouns(nouns: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of Object.keys(nouns)) if (!/[\s'-]/.test(k)) out.set(k.toLowerCase(), nouns[k]!);
  return out;
}

function compile(v: FigureVocabulary): Lexicon {
  const words = vocabularyWords(v);
  const currencies = new PhraseTrie<CurrencyRef>();
  for (const [k, c] of Object.entries(v.currencies)) currencies.add(k, [c]);
  for (const [k, cs] of Object.entries(v.ambiguousCurrencies ?? {})) currencies.add(k, cs);
  for (const [k, c] of Object.entries(CURRENCY_SYMBOLS)) currencies.add(k, [c]);
  for (const [k, [c]] of Object.entries(SCALED_CURRENCY_CODES)) currencies.add(k, [c]);
  const units = new PhraseTrie<string>().addAll(v.measureUnits).addAll(MEASURE_SYMBOLS);
  const lex: Lexicon = {
    numberWords: new PhraseTrie<number>().addAll(v.numberWords),
    articles: new PhraseTrie<number>().addAll(v.articles.map((a) => [a, 1] as [string, number])),
    connectors: new Set(v.numberConnectors.flatMap(phraseKeys)),
    perWords: new PhraseTrie<boolean>().addAll((v.perWords ?? []).map((w) => [w, true] as [string, boolean])),
    angleWords: (v.angleWords ?? []).map((w) => w.toLowerCase()),
    belowZero: new PhraseTrie<boolean>().addAll((v.belowZero ?? []).map((w) => [w, true] as [string, boolean])),
    splitter: new CompoundSplitter([
      ...Object.entries(v.numberWords)
        .filter(([w]) => !/\s|-/.test(w))
        .map(([w, n]) => [w.toLowerCase(), n] as [string, number]),
      ...v.numberConnectors.map((c) => [c.toLowerCase(), 0] as [string, number]),
      ...Object.entries(v.numberMorphs ?? {}).map(([w, n]) => [w.toLowerCase(), n] as [string, number]),
    ]),
    scales: new PhraseTrie<number>().addAll(v.scaleWords),
    currencyScales: new PhraseTrie<number>().addAll(v.currencyScales ?? {}),
    suffixScales: new PhraseTrie<number>().addAll(CURRENCY_SUFFIX_SCALES),
    singularScales: new Set((v.singularScales ?? []).map((w) => w.toLowerCase())),
    currencies,
    subunits: new PhraseTrie<CurrencyRef>().addAll(Object.entries(v.subunits ?? {}) as [string, CurrencyRef][]),
    shares: new PhraseTrie<number>().addAll(v.shares?.words ?? {}),
    shareLinks: set(v.shares?.links ?? []),
    shareNeedsLink: (v.shares?.links.length ?? 0) > 0,
    basisPoints: set(v.basisPoints ?? []),
    pointWords: new Set((v.pointWords ?? []).map((w) => w.toLowerCase())),
    pointPhrases: new PhraseTrie<number>().addAll(v.pointPhrases ?? {}),
    scaledCodes: new PhraseTrie<number>().addAll(
      Object.entries(SCALED_CURRENCY_CODES).map(([k, [, f]]) => [k, f] as [string, number]),
    ),
    elided: new PhraseTrie<string>().addAll(v.elidedCurrencies ?? {}),
    nouns: new PhraseTrie<string>().addAll(v.countedNouns),
    units,
    casedUnits: new Map(Object.entries(CASED_MEASURE_SYMBOLS)),
    percent: set([...v.percentWords, ...PERCENT_SYMBOLS]),
    months: new PhraseTrie<number>().addAll(v.months),
    link: set(v.linkWords),
    boundsBefore: new PhraseTrie<Bound>().addAll(v.boundsBefore),
    vague: set(v.vagueQuantifiers ?? []),
    boundsAfter: new PhraseTrie<Bound>().addAll(v.boundsAfter),
    rangeFrom: set(v.rangeFrom),
    rangeTo: set(['-', ...v.rangeTo]),
    rangeBetween: set(v.rangeBetween),
    rangeAnd: set(v.rangeAnd),
    deadline: set(v.deadlineCues),
    fillers: new Set(v.deadlineFillers.flatMap(phraseKeys)),
    datePreps: set(v.datePrepositions),
    yearPreps: set(v.yearPrepositions ?? []),
    measuresBefore: new PhraseTrie<string>().addAll(Object.entries(v.measuresBefore ?? {})),
    datelineCues: set(v.datelineCues),
    ordinalSuffixes: new Set(v.ordinalSuffixes.flatMap(phraseKeys)),
    dotOrdinals: v.dotOrdinals,
    tenAndArticleOne: v.tenAndArticleOne ?? false,
    quarterWords: set(v.quarterWords),
    ordinalWords: new PhraseTrie<number>().addAll(v.ordinalWords),
    quarterPrefixes: new Set(QUARTER_PREFIXES),
    garbled: new Set(GARBLED_DIGITS),
    separators: v.threeDigitGroup,
    cues: new Map(Object.entries(v.currencyCues ?? {}).map(([k, xs]) => [k, xs.map((x) => x.toLowerCase())])),
    nounsCapitalized: v.nounsCapitalized ?? false,
    nounsAreEnglish: v.nounsAreEnglish ?? false,
    functionWords: new Set((v.functionWords ?? []).map((w) => w.toLowerCase())),
    startWords: new Set(),
    startPrefixes: newPrefixSet(),
    cuePrefixes: newPrefixSet(),
    known: words.known,
    stop: words.stop,
    unlentNouns: new Set((v.unlentNouns ?? []).map((w) => w.toLowerCase())),
    openNoun: () => undefined,
    englishUnits: new Set([
      ...Object.values(v.countedNouns),
      ...Object.values(v.measureUnits),
      ...Object.values(MEASURE_SYMBOLS),
      ...Object.values(v.measuresBefore ?? {}),
      ...conceptUnits(),
    ]),
    unitCompoundEndings: Object.entries(v.unitCompounds?.endings ?? {}).sort((a, b) => b[0].length - a[0].length),
    unitCompoundForms: new Map(Object.entries(v.unitCompounds?.forms ?? {})),
    unitCompoundHeads: Object.entries(v.unitCompounds?.heads ?? {}).sort((a, b) => b[0].length - a[0].length),
    unitCompoundExcept: v.unitCompounds?.except ?? [],
    nounWords: oneWordNouns(v.countedNouns),
    phraseOnly: new Set(),
    nounEndings: v.nounEndings ?? [],
    compoundNouns: v.compoundNouns ?? false,
    nounPosition: v.nounPosition ?? null,
    pluralEndings: v.pluralEndings ?? [],
    guessNeedsPlural: v.guessNeedsPlural ?? false,
    notNouns: new Set((v.notCountedNouns ?? []).map((w) => w.toLowerCase())),
    joiners: set([...v.rangeAnd, ...(v.numberJoiners ?? [])]),
    countWords: set(v.countWords ?? []),
    definite: new Set((v.definiteArticles ?? []).map((w) => w.toLowerCase())),
    coordinators: set([
      '-',
      ...v.rangeAnd,
      ...(v.numberJoiners ?? []),
      ...v.rangeTo,
      ...(v.levelTo ?? []),
      ...(v.partitives ?? []),
    ]),
    changes: compileChanges(v.changes),
  };
  for (const trie of [lex.numberWords, lex.articles, lex.months, lex.ordinalWords, lex.shares, lex.pointPhrases])
    for (const f of trie.firsts) lex.startWords.add(f);
  // a currency stands before its number only as a sign or a code ("US$", "CHF", "R$"), never as a name of
  // several words ("nieuwe Taiwanese dollar"), whose first word is an adjective a number may stand before
  const currencyKeys = [
    ...Object.keys(v.currencies),
    ...Object.keys(v.ambiguousCurrencies ?? {}),
    ...Object.keys(CURRENCY_SYMBOLS),
    ...Object.keys(SCALED_CURRENCY_CODES),
  ];
  for (const k of currencyKeys) if (!/\s/.test(k.trim())) lex.startWords.add(phraseKeys(k)[0]!);
  for (const q of lex.quarterPrefixes) lex.startWords.add(q);
  // a sign or a minus word may start a figure ("-2,4 %", "minus 8 Grad")
  for (const f of [...lex.changes.minus.firsts, '-', '+']) lex.startWords.add(f);
  for (const g of lex.garbled) lex.startWords.add(g);
  // a singular scale word may stand for one of its scale ("około miliona osób", "le milliard d'euros")
  for (const s of lex.singularScales) lex.startWords.add(s);
  for (const w of lex.startWords) addPrefix(lex.startPrefixes, w);
  for (const w of Object.keys(v.numberWords)) addPrefix(lex.startPrefixes, w.toLowerCase(), true);
  for (const w of Object.keys(v.numberMorphs ?? {})) addPrefix(lex.startPrefixes, w.toLowerCase(), true);
  for (const w of lex.unitCompoundForms.keys()) addPrefix(lex.startPrefixes, w, true);
  for (const cues of lex.cues.values()) for (const c of cues) addPrefix(lex.cuePrefixes, c, true);
  for (const k of lex.known) if (!words.single.has(k)) lex.phraseOnly.add(k);
  return lex;
}

const cache = new Map<DetectedLanguage, Lexicon>();

/** How many words of a text too short for language detection are read to choose its figure vocabulary. */
const VOCABULARY_SAMPLE = 300;

/**
 * The lexicon to read a text in when its language is undetermined (a headline alone): the language
 * whose vocabulary knows clearly more of its words ("60 mia. kr. hos" reads as Danish, "$3.2 billion
 * in" as English), else every language's words at once. Its language stays "und": this only chooses
 * how to read "billion" or "kr.", it is no claim about the language.
 */
export function readingLexicon(t: Tokens): Lexicon {
  const vocabularies = LANGUAGES.map((l) => voteWordsFor(l.code));
  const votes = new Array<number>(vocabularies.length).fill(0);
  for (let i = 0; i < t.count && i < VOCABULARY_SAMPLE; i++) {
    if (t.kind[i] !== TokenKind.Word) continue;
    const w = t.word(i);
    for (let k = 0; k < vocabularies.length; k++)
      if (vocabularies[k]!.known.has(w) || vocabularies[k]!.stop.has(w)) votes[k]!++;
  }
  const top = Math.max(...votes);
  if (top < 2) return lexiconFor('und');
  // the leaders' words together: Danish and Norwegian both know "mia. kr.", Swedish does not
  const leaders = LANGUAGES.filter((_, k) => votes[k] === top);
  if (leaders.length === 1) return lexiconFor(leaders[0]!.code);
  // Two languages tied: their words together. More: every language's words (the "und" lexicon). Blends are thus
  // at most one per pair of languages (55), compiled once each: keyed by any tie, one-line files in many
  // languages compiled a new lexicon per file, without bound (2 000 files: 100 s and 4.4 GB).
  if (leaders.length > 2) return lexiconFor('und');
  const key = leaders.map((l) => l.code).join('+');
  let lex = blends.get(key);
  if (!lex) {
    lex = compile(merge(leaders.map((l) => withOpenNouns(l.code, l.figures))));
    blends.set(key, lex);
  }
  return lex;
}

/**
 * The language's figure vocabulary with the counted nouns of the open vocabulary (src/core/vocab) added
 * under its own lists, which win. Open nouns count only the number they follow: their forms include
 * singulars and homographs ("unit", "jobbe"), so a bare number never borrows one from its neighbourhood.
 * A generated form that the language's data already uses for something else (a number word such as
 * Norwegian "tre", a month, a scale, a function word) is left out.
 */
function withOpenNouns(code: string, v: FigureVocabulary): FigureVocabulary {
  const taken = new Set<string>();
  const phrases = [
    ...Object.keys(v.numberWords),
    ...v.articles,
    ...v.numberConnectors,
    ...Object.keys(v.scaleWords),
    ...Object.keys(v.currencies),
    ...Object.keys(v.ambiguousCurrencies ?? {}),
    ...Object.keys(v.measureUnits),
    ...v.percentWords,
    ...Object.keys(v.months),
    ...v.linkWords,
    ...Object.keys(v.boundsBefore),
    ...Object.keys(v.boundsAfter),
    ...v.rangeFrom,
    ...v.rangeTo,
    ...v.rangeBetween,
    ...v.rangeAnd,
    ...v.deadlineCues,
    ...v.deadlineFillers,
    ...v.datePrepositions,
    ...v.detectionWords,
    ...(v.functionWords ?? []),
    ...(v.notCountedNouns ?? []),
    ...(v.vagueQuantifiers ?? []),
    ...v.quarterWords,
    ...Object.keys(v.ordinalWords),
  ];
  for (const p of phrases) taken.add(p.toLowerCase());
  // The counted nouns are { ...genitives, ...open, ...v.countedNouns } (genitives only with genitiveS): written into
  // one record in that order, each later source overwriting a key at the place the first gave it, which is what the
  // spreads gave, without copying a record of ten thousand keys into a fresh object twice (the spreads of
  // dictionary-mode objects were most of a lexicon's compile)
  const countedNouns: Record<string, string> = v.genitiveS ? genitives(v.countedNouns, taken) : {};
  const unlent: string[] = [];
  for (const [form, c] of nounForms(code)) {
    if (taken.has(form)) continue;
    countedNouns[form] = c.unit;
    if (!(form in v.countedNouns)) unlent.push(form);
  }
  Object.assign(countedNouns, v.countedNouns);
  const measureUnits = v.genitiveS ? Object.assign(genitives(v.measureUnits, taken), v.measureUnits) : v.measureUnits;
  return { ...v, countedNouns, measureUnits, unlentNouns: [...(v.unlentNouns ?? []), ...unlent] };
}

/**
 * The genitives of a language that adds "s" to any noun form (`genitiveS`: "års", "ugers", "måneders"), of the
 * module's own words only (the open vocabulary's forms are many and rarely counted in the genitive): one-word
 * lower-case entries of two letters or more not already ending in "s", and no word the language uses otherwise.
 */
function genitives(words: Record<string, string>, taken: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [w, unit] of Object.entries(words))
    if (/^\p{Ll}{2,}$/u.test(w) && !/[sxz]$/.test(w) && !taken.has(w + 's')) out[w + 's'] = unit;
  return out;
}

/**
 * The unit the language's own lists give a form of a listed noun ("po 14 latach": "lat", year): the lists, written
 * for the news, know the sense a counted word has there ("lata" are years, not the wordnet's "long time"), so they
 * win over the open vocabulary for every form of their words, as they do for the forms they list.
 */
function listedHeadword(listed: Map<string, string>, word: string, language: string): string | undefined {
  for (const c of headwordForms(word, language)) {
    const unit = listed.get(c);
    if (unit) return unit;
  }
  return undefined;
}

/** Each language's vocabulary with its open nouns (withOpenNouns), built once: its vote words and its lexicon read it. */
const openVocabularies = new Map<string, FigureVocabulary>();
function openVocabulary(code: string): FigureVocabulary {
  let v = openVocabularies.get(code);
  if (!v) openVocabularies.set(code, (v = withOpenNouns(code, languageData(code as LanguageCode).figures)));
  return v;
}

/** Each language's words as its lexicon has them (vocabularyWords of the vocabulary lexiconFor compiles). */
const voteWords = new Map<string, { known: Set<string>; stop: Set<string> }>();
function voteWordsFor(code: string): { known: Set<string>; stop: Set<string> } {
  let w = cache.get(code as DetectedLanguage) ?? voteWords.get(code);
  if (!w) voteWords.set(code, (w = vocabularyWords(openVocabulary(code))));
  return w;
}

/** Lexicons of two languages read together, by their codes joined with "+": at most one per pair. */
const blends = new Map<string, Lexicon>();

/** The compiled lexicon of a language; "und" reads with every language's words at once. */
export function lexiconFor(language: DetectedLanguage): Lexicon {
  let lex = cache.get(language);
  if (!lex) {
    // a text of no known language gets no open vocabulary: one language's noun is another's function word ("by")
    lex = compile(language === 'und' ? merge(LANGUAGES.map((l) => l.figures)) : openVocabulary(language));
    if (language !== 'und') {
      const listed = lex.nounWords;
      lex.openNoun = (w) => listedHeadword(listed, w, language) ?? openNoun(w, language)?.lemma;
    }
    cache.set(language, lex);
  }
  return lex;
}
