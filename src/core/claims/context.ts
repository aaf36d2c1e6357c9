/**
 * What an article says around its figures: the names it mentions (organizations, people), its places, its cue
 * words, and for each figure the subject, predicate, place and time nearest to it. Linear in the article's length.
 */
import type { AnalyzedDocument, Figure } from '../types';
import { SHARED_SOURCES, WORLD } from '../lang/claim-vocabulary';
import { allPlaces, isCountryName, vocabularyFor, type CompiledVocabulary, type Match } from './vocabulary';
import { shareBase } from './share-base';
import { amountConcept, CONCEPT_AFTER, CONCEPT_BEFORE } from './amount-concept';
import type { AmountConceptId } from '../lang/amounts/concepts';
import { fold, segmentOf, sortedRange, tokenAt, tokenize, type Token } from './text';
import { isListedNoun } from '../vocab/open';
import {
  DURATIONS,
  KEYED_COUNT_PREDICATES,
  keyedPredicateFits,
  MONEY_PREDICATES,
  PERCENT_PREDICATES,
  UNIT_PREDICATES,
  unitClass,
} from './units';

export interface NameMention {
  index: number;
  length: number;
  key: string;
  attributed: boolean;
}

export interface DocContext {
  doc: AnalyzedDocument;
  tokens: Token[];
  sentenceStarts: number[];
  clauseStarts: number[];
  names: NameMention[];
  places: Match<string>[];
  cues: Match<string>[];
  /** Words that make a duration next to them a past point ("ago"), words that make a count a level to reach. */
  /** How many cue words of each predicate the article has near its figures: the rarer, the more specific. */
  cueCounts: Map<string, number>;
  agos: Match<true>[];
  targets: Match<true>[];
  presents: Match<true>[];
  horizons: Match<true>[];
  /** Past references near figures: a past phrase (month 0), or a month name (its number) that is no deadline. */
  pastRefs: { index: number; month: number }[];
  /** Words of anteriority near figures ("zuvor", "initially", "tidigare"): a count's earlier value (mention.ts). */
  earliers: Match<true>[];
  /** Clauses holding a comparison word, with the token index of that word; clauses holding a total word. */
  contrastAt: Map<number, number>;
  totalClauses: Set<number>;
  /** Clauses opened by a relative "when" word: dated by the date of the clause before. */
  whenClauses: Set<number>;
  /** Sentences naming a rival (competitor, counterpart), with the token index of that word. */
  rivalAt: Map<number, number>;
  /** Attribution words with the source they name ("selon la police": key "poli"), in sentences with figures. */
  sourceCues: SourceCue[];
  /** How prominent each name is in the article (mentions, headline counting triple); attributed sources left out. */
  nameScores: Map<string, number>;
  /** The organization or person the article is mostly about (folded name key): set by the story stage. */
  mainSubject: string | null;
  /** Countries the article names, with their prominence. */
  countries: Map<string, number>;
  /** The country the article is mostly about (ISO code), null when it names none. */
  mainCountry: string | null;
  /** The most detailed place of that country the article names most ("ES/aragon"). */
  mainPlace: string | null;
  /** Money figures by the tokens they cover, built the first time an amount's concept is read (moneyCover). */
  moneyCover?: Map<number, Figure[]>;
}

/** An attribution word and the source it names, keyed by the source word's first letters (see sourceKey). */
export interface SourceCue {
  index: number;
  length: number;
  key: string;
}

export interface FigureContext {
  figure: Figure;
  /** Who the figure is attributed to ("according to the police": "poli"), null when its sentence does not say. */
  source: string | null;
  /**
   * What befell the people a count counts, from its clause ("2.500 Menschen wurden verletzt": 'injured'; the figure
   * stage's Figure.role), null when the clause says no role. Deaths are the unit `death`, not a role.
   */
  role: string | null;
  sentence: number;
  clause: number;
  /** Set by resolveSubject. */
  subject: string | null;
  /** Names near the figure in its clause that may be its subject, with their distance. */
  subjectCandidates: { key: string; d: number }[];
  subjectExplicit: boolean;
  predicate: string | null;
  predicateExplicit: boolean;
  /** What a share is of, as a cross-lingual noun key ("29,49 % des voix": "vote"); null for other figures (share-base.ts). */
  base: string | null;
  /**
   * What an amount of money is of, from its own noun phrase ("utile operativo", "free cash flow", "Umsatz"); null when
   * no concept word stands by it, and for other figures (amount-concept.ts).
   */
  concept: AmountConceptId | null;
  place: string | null;
  placeExplicit: boolean;
  /**
   * The place is named right by the figure ("3,3 milliards de dollars dans le Wisconsin"), not just somewhere in its
   * sentence ("... efter afbrudt havvind-salg i USA"): only such places keep two mentions apart.
   */
  placeNear: boolean;
  /** A place of the figure's sentence more precise than its article's main place: the site a measure is about. */
  site: string | undefined;
  /** The date figure nearest in the same sentence (its deadline or period), if any. */
  time: Figure | null;
  unitClass: string;
  /** Said of something the story compares with ("jämfört med 1000 MW från en kärnreaktor"). */
  contrast: boolean;
  /** A total ("au total", "totalt 3 000 arbetstillfällen"): a different fact from its parts. */
  total: boolean;
  /**
   * After a rival word of its sentence ("Concurrent Microsoft bouwt ... 40 procent"): the names of the sentence, one
   * of which must be the story's subject for the figure to be the story's; undefined when no rival word precedes it.
   */
  rivalNames: string[] | undefined;
  /** A running total since a year ("seit 2009 auf rund 3,4 Milliarden", "desde 2009"). */
  cumulative: boolean;
  /** A duration that dates something in the past ("for fire år siden"), not a fact of its own. */
  ago: boolean;
  /** A level to be reached ("soll auf 40.000 steigen"), not the level of today. */
  target: boolean;
  /** The level of today ("Seat tiene actualmente 15.000 trabajadores"), not one to reach. */
  present: boolean;
  /** A duration named as a plan's horizon ("over the next two years"). */
  horizon: boolean;
  /** A month named near the figure in its sentence ("Mitte Mai"; 0 for a past phrase such as "le mois dernier"). */
  pastMonth: number | undefined;
  /**
   * Said of an earlier time than its story's news ("Bereits Mitte Mai hatte AWS angekündigt, ... 7,8 Milliarden" in a
   * story of June): set once stories are known.
   */
  past: boolean;
  /**
   * A word of anteriority in its clause, a few words away ("zuvor war von 39 Toten die Rede", "Ryanair first cancelled
   * 170 flights"): the figure may be an earlier value of a count the article also gives as it is now (mention.ts).
   */
  earlierWord: boolean;
}

/** Names seen with a capital in the middle of a sentence in an article whose language does not capitalize nouns. */
export interface NameEvidence {
  /** Words capitalized in the middle of a sentence, in an article whose language keeps capitals for names. */
  midSentence: Set<string>;
  /**
   * The languages of the articles that open a sentence with the word: a name opens sentences in several languages
   * ("Microsoft investit ...", "Microsoft investe ..."), a common word ("Bolaget", "Inwestycja") in one.
   */
  openingLanguages: Map<string, Set<string>>;
}

export const newNameEvidence = (): NameEvidence => ({ midSentence: new Set(), openingLanguages: new Map() });

const HEADLINE_WEIGHT = 3;
/** Words after an attribution word ("selon", "according to") within which a name is the source. */
const ATTRIBUTION_REACH = 3;
/** Words between a figure and a name that can be its subject ("Telefónica e ligada ao compromisso de investir" is too far). */
const SUBJECT_WINDOW = 5;
/** Words between a figure and the place it is about. */
const PLACE_WINDOW = 4;
/** How close a date before a figure, in another clause of its sentence, must be to date it. */
const FRONTED_DATE_CHARS = 40;
const SOURCES = new Set(SHARED_SOURCES);
/** Words further than the nearest cue within which a more specific cue still wins (a preposition and an article). */
const CUE_MARGIN = 2;
/** Words between a duration and the horizon word before or after it ("over the next two years", "cinq ans à venir"). */
const HORIZON_WINDOW = 3;
/** Words between a count and the word of anteriority that makes it an earlier value ("zuvor war von 39 Toten"). */
const EARLIER_WINDOW = 4;
/** Words between a figure and a past reference of its sentence that dates it. */
const PAST_WINDOW = 12;

/** A month name ("Mitte Mai", "en juin"), not after a deadline word ("bis März"). */
function monthRef(tokens: readonly Token[], i: number, vocab: CompiledVocabulary): number | undefined {
  const t = tokens[i]!;
  const m = vocab.months.get(t.folded);
  if (m === undefined) return undefined;
  if (vocab.monthHomonyms.has(t.folded) && !(t.capital && !t.opensSentence)) return undefined;
  for (let k = Math.max(0, i - 3); k < i; k++) if (vocab.deadlineWords.has(tokens[k]!.folded)) return undefined;
  return m;
}

/** Words between a count and the target word that governs it ("far salire a 40.000", "auf 40.000 steigen"). */
const TARGET_WINDOW = 3;

export function countryOf(place: string): string {
  const slash = place.indexOf('/');
  return slash < 0 ? place : place.slice(0, slash);
}

/** First pass over one article: tokens, places, cues, names (needs the workspace's name evidence). */
export function readDocument(doc: AnalyzedDocument, evidence: NameEvidence): DocContext {
  const { tokens, sentenceStarts, clauseStarts } = tokenize(doc.text);
  const vocab = vocabularyFor(doc.language);
  const placeMatcher = allPlaces();
  const places: Match<string>[] = [];
  const cues: Match<string>[] = [];
  const agos: Match<true>[] = [];
  const targets: Match<true>[] = [];
  const presents: Match<true>[] = [];
  const horizons: Match<true>[] = [];
  const pastRefs: { index: number; month: number }[] = [];
  const earliers: Match<true>[] = [];
  const sourceCues: SourceCue[] = [];
  const attributedUntil: number[] = [];
  const inPlace = new Uint8Array(tokens.length);
  const figureEnds = doc.figures.map((x) => [x.start, x.end] as const);
  const figureSentences = new Set(doc.figures.map((x) => segmentOf(sentenceStarts, x.start)));
  let f = 0;
  const contrastAt = new Map<number, number>();
  const totalClauses = new Set<number>();
  const whenClauses = new Set<number>();
  const rivalAt = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!.folded.slice(0, 3);
    const p = placeMatcher.matchAt(tokens, i, head);
    const can = vocab.starts.at(tokens[i]!.folded, head);
    while (f < figureEnds.length && figureEnds[f]![1] <= tokens[i]!.start) f++;
    const inFigure = f < figureEnds.length && figureEnds[f]![0] <= tokens[i]!.start;
    if (inFigure) inPlace[i] = 1; // "US$ 11.4 billion", "Mrd. Euro": words of a figure are neither places nor names
    // a place is a capitalized name, or a country adjective of the article's language ("français", "tedesco",
    // "danske"; not Danish "inde" for India; a phrase of short words: "en el mundo"), but not the adjective of a currency
    // ("60 milliarder danske kroner")
    // a capitalized place word right after another capitalized word that is no place ends a name ("Novo Nordisk",
    // "Choose France"); a country's name after a headline's or sentence's first word, capitalized anyway, is the country
    // ("Megatunnel Duitsland en Denemarken"; not "Novo Nordisk": an adjective)
    const prev = tokens[i - 1];
    const inName =
      p !== undefined &&
      tokens[i]!.capital &&
      prev !== undefined &&
      prev.capital &&
      !(prev.opensSentence && isCountryName(tokens[i]!.folded)) &&
      !inPlace[i - 1] &&
      prev.sentence === tokens[i]!.sentence &&
      tokens[i]!.start - prev.end <= 1 &&
      !vocab.notNames.has(prev.folded);
    if (
      p &&
      !inFigure &&
      !inName &&
      (tokens[i]!.capital ||
        (!p.value.includes('/') &&
          (tokens[i]!.folded.length > 3 || p.length > 1) &&
          vocab.ownPlaces.matchWhere(can, tokens, i, head) !== undefined))
    ) {
      places.push(p);
      for (let k = 0; k < p.length; k++) inPlace[i + k] = 1;
    }
    const a = vocab.attributions.matchWhere(can, tokens, i, head);
    if (a) attributedUntil.push(i + a.length + ATTRIBUTION_REACH);
    if (!figureSentences.has(tokens[i]!.sentence)) continue; // cue words only matter next to figures
    const c = vocab.predicates.matchWhere(can, tokens, i, head);
    if (c) cues.push(c);
    const by = vocab.attributedTo.matchWhere(can, tokens, i, head);
    if (by) {
      const key = sourceKey(tokens, i + by.length);
      if (key !== null) sourceCues.push({ index: i, length: by.length, key });
    }
    const ago = vocab.ago.matchWhere(can, tokens, i, head);
    if (ago) agos.push(ago);
    const target = vocab.targets.matchWhere(can, tokens, i, head);
    if (target) targets.push(target);
    const now = vocab.present.matchWhere(can, tokens, i, head);
    if (now) presents.push(now);
    const horizon = vocab.horizons.matchWhere(can, tokens, i, head);
    if (horizon) horizons.push(horizon);
    const before = vocab.earlier.matchWhere(can, tokens, i, head);
    if (before) earliers.push(before);
    if (vocab.past.matchWhere(can, tokens, i, head)) pastRefs.push({ index: i, month: 0 });
    else if (!inFigure) {
      const month = monthRef(tokens, i, vocab);
      if (month !== undefined) pastRefs.push({ index: i, month });
    }
    const clause = tokens[i]!.clause;
    if (!contrastAt.has(clause) && vocab.contrasts.matchWhere(can, tokens, i, head)) contrastAt.set(clause, i);
    if (vocab.totals.matchWhere(can, tokens, i, head)) totalClauses.add(clause);
    if ((i === 0 || tokens[i - 1]!.clause !== clause) && vocab.relativeWhen.matchWhere(can, tokens, i, head))
      whenClauses.add(clause);
    if (!rivalAt.has(tokens[i]!.sentence) && vocab.rivals.matchWhere(can, tokens, i, head))
      rivalAt.set(tokens[i]!.sentence, i);
  }
  const cueCounts = new Map<string, number>();
  for (const c of cues) cueCounts.set(c.value, (cueCounts.get(c.value) ?? 0) + 1);
  const nounLanguage = vocab.nounsCapitalized ? doc.language : null;
  const names = findNames(doc.text, tokens, inPlace, vocab.notNames, nounLanguage, evidence, attributedUntil);
  const ownPlaces = withoutNationalities(places, names, tokens);
  return {
    doc,
    tokens,
    sentenceStarts,
    clauseStarts,
    names,
    places: ownPlaces,
    cues,
    cueCounts,
    sourceCues,
    agos,
    targets,
    presents,
    horizons,
    pastRefs,
    earliers,
    contrastAt,
    totalClauses,
    whenClauses,
    rivalAt,
    ...mainTopics(tokens, names, ownPlaces),
  };
}

/** Words after an attribution word within which its source is named ("according to the local police"). */
const SOURCE_REACH = 3;
/** Letters of a source word that name it across languages: polizia, policía, politie, Polizei, police -> "poli". */
const SOURCE_KEY_LETTERS = 4;

/**
 * The source an attribution word names: the first word of four letters or more after it, within reach and in its
 * sentence (articles and prepositions are shorter), cut to its first letters so that cognates meet across languages
 * ("sindacati" / "sindicatos", "organizzatori" / "organizadores" / "organisers").
 */
function sourceKey(tokens: readonly Token[], from: number): string | null {
  const sentence = tokens[from - 1]?.sentence;
  for (let k = from; k < tokens.length && k < from + SOURCE_REACH; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return null;
    // a news agency relays a figure, it does not count it
    if (SOURCES.has(t.folded)) return null;
    if (t.folded.length >= SOURCE_KEY_LETTERS && /^\p{L}/u.test(t.folded)) return t.folded.slice(0, SOURCE_KEY_LETTERS);
  }
  return null;
}

/** Words between a country word and the name it describes ("Den amerikanske teknologigiganten Microsoft"). */
const NATIONALITY_REACH = 2;

/**
 * A country word right before a name describes who the name is ("le géant américain Amazon", "Den amerikanske
 * teknologigiganten Microsoft"), not where its figures are: it is no place of the article.
 */
function withoutNationalities(places: Match<string>[], names: NameMention[], tokens: Token[]): Match<string>[] {
  const nameAt = new Set(names.map((n) => n.index));
  return places.filter((p) => {
    if (p.value.includes('/') || p.value === WORLD) return true; // "Nel mondo Contoso ha ...": a scope, no nationality
    const end = p.index + p.length;
    for (let k = end; k <= end + NATIONALITY_REACH && k < tokens.length; k++) {
      if (tokens[k]!.sentence !== tokens[p.index]!.sentence) break;
      if (nameAt.has(k)) return false;
    }
    return true;
  });
}

const CAPITALIZED = /\p{Lu}[\p{L}\p{M}\p{N}]*/gu;

/**
 * Adds what one article says about which capitalized words are names. A light scan (not the full tokenizer): a
 * capitalized word opens a sentence when only spaces separate it from a line start or from . ! ? :.
 */
export function nameEvidence(doc: AnalyzedDocument, into: NameEvidence): void {
  const nouns = vocabularyFor(doc.language).nounsCapitalized;
  const text = doc.text;
  const opening = new Set<string>();
  for (const m of text.matchAll(CAPITALIZED)) {
    const start = m.index!;
    if (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1]!)) continue; // inside a word ("McDonald", "iPhone")
    let i = start - 1;
    while (
      i >= 0 &&
      (text[i] === ' ' ||
        text[i] === '\u00a0' ||
        text[i] === '\t' ||
        text[i] === '"' ||
        text[i] === '«' ||
        text[i] === '“')
    )
      i--;
    const opens = i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === ':';
    const folded = fold(m[0]);
    if (opens) opening.add(folded);
    else if (!nouns) into.midSentence.add(folded);
  }
  if (doc.language === 'und') return; // an article of unknown language says nothing about other languages
  for (const w of opening) {
    const langs = into.openingLanguages.get(w) ?? new Set<string>();
    langs.add(doc.language);
    into.openingLanguages.set(w, langs);
  }
}

/**
 * The names of an article: capitalized words, in a language that capitalizes every noun (German) only those the
 * folder's other articles write capitalized mid-sentence or open sentences with (NameEvidence), and never a noun of
 * the language's data (`listed-noun`: vocab/open.ts isListedNoun, German from german-pos-dict): "Explosion",
 * capitalized in an English headline, is no name of a German report; "Volkswagen", a compound of listed nouns that
 * other languages capitalize, is one.
 */
function findNames(
  text: string,
  tokens: Token[],
  inPlace: Uint8Array,
  notNames: Set<string>,
  nounLanguage: string | null,
  evidence: NameEvidence,
  attributedUntil: number[],
): NameMention[] {
  const midSentence = new Set<string>();
  for (const t of tokens) if (t.capital && !t.opensSentence) midSentence.add(t.folded);
  // a word that only ever opens sentences is a name when it opens sentences in articles of several languages
  const openingName = (w: string): boolean => w.length >= 3 && (evidence.openingLanguages.get(w)?.size ?? 0) >= 2;
  const isName = (i: number): boolean => {
    const t = tokens[i]!;
    if (!t.capital || inPlace[i] || t.folded.length < 2 || notNames.has(t.folded)) return false;
    if (/^\p{N}/u.test(t.folded)) return false;
    if (t.opensSentence && !midSentence.has(t.folded) && !evidence.midSentence.has(t.folded) && !openingName(t.folded))
      return false;
    const innerCapital = t.innerCapital;
    if (nounLanguage !== null && !innerCapital) {
      if (!evidence.midSentence.has(t.folded) && !openingName(t.folded)) return false;
      // `listed-noun`: a noun of the language's data is no name, whatever other articles capitalize; a compound of
      // listed nouns that other languages capitalize is one ("Volks|wagen")
      if (isListedNoun(text.slice(t.start, t.end), nounLanguage, false)) return false;
    }
    return true;
  };
  const names: NameMention[] = [];
  let a = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(i)) continue;
    // "Inwestycja Microsoftu ...": a sentence opener never seen mid-sentence is not the start of the name after it
    const t = tokens[i]!;
    if (
      t.opensSentence &&
      i + 1 < tokens.length &&
      isName(i + 1) &&
      !midSentence.has(t.folded) &&
      !evidence.midSentence.has(t.folded) &&
      !openingName(t.folded)
    )
      continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      isName(j) &&
      tokens[j]!.sentence === tokens[i]!.sentence &&
      tokens[j]!.start - tokens[j - 1]!.end <= 1
    )
      j++;
    // attributedUntil[a] = end of an attribution word + its reach: the name must start after the word, within reach
    while (a < attributedUntil.length && attributedUntil[a]! < i) a++;
    const attributed = a < attributedUntil.length && attributedUntil[a]! - ATTRIBUTION_REACH <= i;
    names.push({
      index: i,
      length: j - i,
      key: tokens[i]!.folded,
      attributed: attributed || SOURCES.has(tokens[i]!.folded),
    });
    i = j - 1;
  }
  return names;
}

function mainTopics(tokens: Token[], names: NameMention[], places: Match<string>[]) {
  const headline = tokens.length ? tokens[0]!.sentence : 0;
  const score = (m: Map<string, number>, k: string, i: number): void => {
    m.set(k, (m.get(k) ?? 0) + (tokens[i]!.sentence === headline ? HEADLINE_WEIGHT : 1));
  };
  const nameScores = new Map<string, number>();
  for (const n of names) if (!n.attributed) score(nameScores, n.key, n.index);
  // a headline names its subject first ("Novo Nordisk sales rise 25% as Wegovy booms"): that breaks ties
  const lead = names.find((n) => !n.attributed && tokens[n.index]!.sentence === headline);
  if (lead) nameScores.set(lead.key, nameScores.get(lead.key)! + 0.5);
  const countries = new Map<string, number>();
  const detailed = new Map<string, number>();
  for (const p of places) {
    const c = countryOf(p.value);
    if (c === 'EU' || c === WORLD) continue;
    score(countries, c, p.index);
    score(detailed, p.value, p.index);
  }
  const mainCountry = top(countries);
  let mainPlace = mainCountry;
  let best = 0;
  for (const [p, n] of detailed)
    if (p.startsWith(`${mainCountry}/`) && n > best) {
      best = n;
      mainPlace = p;
    }
  return { nameScores, mainSubject: null, countries, mainCountry, mainPlace };
}

/** The key with the highest count; null when there is none or when the first two tie. */
export function top(m: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  let tie = false;
  for (const [k, v] of m) {
    if (v > n) {
      best = k;
      n = v;
      tie = false;
    } else if (v === n) tie = true;
  }
  return tie ? null : best;
}

/** Second pass: what surrounds one figure. */
export function figureContext(ctx: DocContext, figure: Figure, dates: readonly Figure[]): FigureContext {
  const sentence = segmentOf(ctx.sentenceStarts, figure.start);
  const clause = segmentOf(ctx.clauseStarts, figure.start);
  const cls = unitClass(figure);
  // token range of the figure: [first, last)
  const first = tokenAt(ctx.tokens, figure.start);
  let last = tokenAt(ctx.tokens, figure.end);
  if (last < first) last = first;
  const distance = (index: number, length: number): number => {
    if (index + length <= first) return first - (index + length);
    if (index >= last) return index - last + 1;
    return 0; // inside the figure ("9.000 Arbeitsplätze")
  };
  // token sentence/clause numbers are indices into sentenceStarts/clauseStarts
  const inSentence = (index: number): boolean => ctx.tokens[index]!.sentence === sentence;
  const sameClause = (index: number): boolean => ctx.tokens[index]!.clause === clause;
  // only the words of the figure's own sentence matter: found by binary search, so that an article of any length costs
  // each figure its sentence's words, not the whole article's (linear in the article, not quadratic)
  const [sLo, sHi] = sentenceTokens(ctx.tokens, sentence, first);
  const own = <T extends { index: number }>(list: readonly T[]): readonly T[] => within(list, sLo, sHi);

  // predicate: nearest compatible cue word in the sentence, a clause boundary counting as five words; of cues about as
  // near, the most specific (the rarer in the article) wins: "o investimento contribua com 14 mil milhões de libras
  // para o PIB" is about GDP, the article's usual "invest" cue is only the subject of another verb
  let predicate: string | null = null;
  let bestCue = Infinity;
  const nearCues: { value: string; d: number }[] = [];
  for (const c of own(ctx.cues)) {
    if (!inSentence(c.index)) continue;
    if (
      cls === 'money'
        ? !MONEY_PREDICATES.has(c.value)
        : cls === '%'
          ? !PERCENT_PREDICATES.has(c.value)
          : cls === 'date'
            ? false
            : MONEY_PREDICATES.has(c.value) ||
              (KEYED_COUNT_PREDICATES.has(c.value) && !keyedPredicateFits(c.value, cls, figure))
    )
      continue;
    const d = distance(c.index, c.length) + (sameClause(c.index) ? 0 : 5);
    if (d > 15) continue;
    nearCues.push({ value: c.value, d });
    if (d < bestCue) {
      bestCue = d;
      predicate = c.value;
    }
  }
  let rarest = predicate === null ? Infinity : ctx.cueCounts.get(predicate)!;
  for (const c of nearCues) {
    if (c.d > bestCue + CUE_MARGIN || c.value === predicate) continue;
    const n = ctx.cueCounts.get(c.value)!;
    if (n < rarest) {
      rarest = n;
      predicate = c.value;
    }
  }
  // what happens to the counted thing beats the thing's own name: "1.600 job forsvinder", "3 000 emplois supprimés"
  // are jobs cut although "job" is the nearest cue
  if (predicate !== null && !KEYED_COUNT_PREDICATES.has(predicate)) {
    const keyed = nearCues.find((c) => c.d <= bestCue + CUE_MARGIN && KEYED_COUNT_PREDICATES.has(c.value));
    if (keyed) predicate = keyed.value;
  }
  const predicateExplicit = predicate !== null;
  const base =
    cls === '%'
      ? shareBase(ctx.tokens, ctx.doc.text, figure.end, last, ctx.doc.language, vocabularyFor(ctx.doc.language))
      : null;
  const concept =
    cls === 'money'
      ? amountConcept(
          ctx.tokens,
          first,
          last,
          ctx.doc.language,
          moneyStops(ctx, figure, sentence, first, last),
          clause,
          segmentOf(ctx.clauseStarts, Math.max(figure.start, figure.end - 1)),
        )
      : null;
  if (!predicate && cls !== 'money' && cls !== '%' && cls !== 'date') predicate = UNIT_PREDICATES[cls] ?? null;
  // the people a job cut lays off are the jobs it cuts ("1 000 anställda" sägs upp, "1,000 jobs" cut, "1000
  // kantoorbanen" geschrapt): one counted unit, so the mentions meet in one claim and are compared
  const counted = cls === 'person' && predicateExplicit && predicate === 'cut-jobs' ? 'job' : cls;

  // subject candidates: names in the figure's clause, a few words away ("15 millions de dollars injectés dans Mistral");
  // counted things and measures belong to the article's subject ("l'edificio Arnulfpost ... 2.000 dipendenti"), money
  // and shares are where other companies show up ("rival Amazon Web Services ... 15,7 milliards", "Equinor 10 %").
  // Resolved once stories know each article's main subject (resolveSubject).
  const subjectCandidates: { key: string; d: number }[] = [];
  if (cls === 'money' || cls === '%') {
    for (const n of own(ctx.names)) {
      if (n.attributed || !sameClause(n.index)) continue;
      const before = n.index + n.length <= first;
      const gap = before ? first - (n.index + n.length) : n.index - last;
      if (gap > SUBJECT_WINDOW) continue;
      // a name after the figure that is half of a compound ("a $100m Nvidia-powered supercomputer") describes the
      // thing the money is about, it does not spend it
      if (!before && modifierCompound(ctx.doc.text, ctx.tokens[n.index + n.length - 1]!.end)) continue;
      // a name after the figure that is nearer the next figure is that one's ("kostat 700 miljarder ... och finansieras
      // av Novo Nordisk Fonden med 600 miljoner")
      if (!before && nextFigureNearer(ctx, figure, n.index + n.length, gap)) continue;
      subjectCandidates.push({ key: n.key, d: before ? first - n.index : 100 + n.index - last });
    }
  }

  // place: nearest place named in the sentence, else the article's
  let place: string | null = null;
  let bestPlace = Infinity;
  let near = false;
  for (const p of own(ctx.places)) {
    if (!inSentence(p.index)) continue;
    if (p.index >= first && p.index < last) continue; // "norske kroner", "Schweizer Franken": the currency, not a place
    const d = distance(p.index, p.length);
    if (d < bestPlace) {
      bestPlace = d;
      place = p.value;
      // the place a figure is about follows it ("... dans le Wisconsin") or stands right before it ("Swiss 400 m");
      // "i USA vil Ørsted nu hente 60 mia." names where something else happened
      near = p.index >= last ? d <= PLACE_WINDOW : d <= 1;
      // "Weltweit beschäftigt Contoso 131.000": a worldwide scope covers its whole clause
      if (p.value === WORLD && sameClause(p.index)) near = true;
    }
  }
  const placeExplicit = place !== null;
  const placeNear = near;
  // a site: a place of the sentence more precise than the article's main place ("em Villamayor de Gállego")
  let site: string | undefined;
  let bestSite = Infinity;
  for (const p of own(ctx.places)) {
    if (!inSentence(p.index) || ctx.mainPlace === null || !p.value.startsWith(`${ctx.mainPlace}/`)) continue;
    const d = distance(p.index, p.length);
    if (d < bestSite) {
      bestSite = d;
      site = p.value;
    }
  }
  if (!place) place = ctx.mainPlace;

  // time: nearest date figure of the same clause ("bis Ende 2024 über eine Million Menschen"; not "..., die Microsoft
  // 2019 eröffnet hatte"), or of the sentence for a deadline ("25mila GPU nel Paese entro la fine del 2025")
  let time: Figure | null = null;
  let bestTime = Infinity;
  if (figure.kind !== 'date') {
    for (const d of datesOfSentence(dates, ctx.sentenceStarts, sentence)) {
      if (segmentOf(ctx.sentenceStarts, d.start) !== sentence) continue;
      // a fronted date ("En 2023, Microsoft a investi ...") also dates the figure after it, and so does the date of the
      // clause a relative "when" follows ("z 2020 r., kiedy Microsoft ogłosił program wart 1 mld dolarów")
      const dateClause = segmentOf(ctx.clauseStarts, d.start);
      const whenDated = dateClause === clause - 1 && ctx.whenClauses.has(clause);
      if (
        !d.deadline &&
        dateClause !== clause &&
        !whenDated &&
        !(d.end <= figure.start && figure.start - d.end <= FRONTED_DATE_CHARS)
      )
        continue;
      // a deadline of another clause belongs to the figure of its own clause that stands between ("byens 16.000
      // indbyggere ...; kommunen planlægger 2.000 nye boliger frem mod 2030")
      if (
        d.deadline &&
        dateClause !== clause &&
        figureBetween(ctx.doc.figures, figure, d, dateClause, ctx.clauseStarts)
      )
        continue;
      const gap = d.start >= figure.end ? d.start - figure.end : figure.start - d.end + 40;
      if (gap < bestTime) {
        bestTime = gap;
        time = d;
      }
    }
  }
  const contrastIndex = ctx.contrastAt.get(clause);
  const contrast = contrastIndex !== undefined && contrastIndex < first;
  // "seit 2009 auf rund 3,4 Milliarden": the year starts a running total, it does not date the figure
  // ("dal 2026", "desde 2027" of a later year is a start, not a running total)
  const published = ctx.doc.published ? Number(ctx.doc.published.slice(0, 4)) : null;
  const since =
    time !== null &&
    time.unit === 'year' &&
    !time.deadline &&
    (published === null || (time.value as number) < published) &&
    sinceBefore(ctx, time);
  if (since) time = null;
  const total = ctx.totalClauses.has(clause) || since;
  const cumulative = since;
  const rivalIndex = ctx.rivalAt.get(sentence);
  const rivalNames =
    rivalIndex !== undefined && rivalIndex < first
      ? own(ctx.names)
          .filter((n) => inSentence(n.index) && !n.attributed)
          .map((n) => n.key)
      : undefined;
  // "four years ago", "il y a quatre ans": the word stands right before or right after the duration
  const ago = DURATIONS.has(cls) && own(ctx.agos).some((m) => inSentence(m.index) && distance(m.index, m.length) <= 1);
  const target =
    cls !== 'money' &&
    cls !== '%' &&
    cls !== 'date' &&
    own(ctx.targets).some((m) => sameClause(m.index) && distance(m.index, m.length) <= TARGET_WINDOW);
  const present =
    cls !== 'money' &&
    cls !== '%' &&
    cls !== 'date' &&
    !target &&
    own(ctx.presents).some((m) => sameClause(m.index) && distance(m.index, m.length) <= TARGET_WINDOW);
  const horizon =
    DURATIONS.has(cls) &&
    own(ctx.horizons).some((m) => sameClause(m.index) && distance(m.index, m.length) <= HORIZON_WINDOW);
  // the earliest month the figure's sentence names near it (0: a past phrase); past or not is decided once the
  // story's date is known
  let pastMonth: number | undefined;
  for (const r of own(ctx.pastRefs)) {
    if (inSentence(r.index) && distance(r.index, 1) <= PAST_WINDOW && (pastMonth === undefined || r.month < pastMonth))
      pastMonth = r.month;
  }
  // before the figure only: after it, the word mostly belongs to a comparison or a count of times ("o 27 więcej niż
  // poprzednio", "zeven keer eerder") or describes the counted thing ("23mila domande iniziali": first applications)
  const earlierWord = own(ctx.earliers).some(
    (m) => m.index < first && sameClause(m.index) && distance(m.index, m.length) <= EARLIER_WINDOW,
  );
  // source: the nearest attribution of the sentence, one of the figure's own clause first ("2 milioni secondo la Cgil,
  // 400mila secondo la questura")
  let source: string | null = null;
  let bestSource = Infinity;
  for (const a of own(ctx.sourceCues)) {
    if (!inSentence(a.index)) continue;
    const d = distance(a.index, a.length) + (sameClause(a.index) ? 0 : 5);
    if (d < bestSource) {
      bestSource = d;
      source = a.key;
    }
  }
  return {
    figure,
    source,
    role: figure.role ?? null,
    sentence,
    clause,
    subject: null,
    subjectExplicit: subjectCandidates.length > 0,
    subjectCandidates,
    predicate,
    predicateExplicit,
    base,
    concept,
    place,
    placeExplicit,
    placeNear,
    site,
    time,
    unitClass: counted,
    contrast,
    total,
    cumulative,
    rivalNames,
    ago,
    target,
    present,
    horizon,
    pastMonth,
    past: false,
    earlierWord,
  };
}

/** Whether a figure other than a date lies between figure and date, inside the date's clause. */
function figureBetween(
  figures: readonly Figure[],
  figure: Figure,
  date: Figure,
  dateClause: number,
  clauseStarts: number[],
): boolean {
  const lo = Math.min(figure.end, date.end);
  const hi = Math.max(figure.start, date.start);
  return figures.some(
    (f) =>
      f !== figure &&
      f.kind !== 'date' &&
      f.start >= lo &&
      f.end <= hi &&
      segmentOf(clauseStarts, f.start) === dateClause,
  );
}

/** Whether the word right before a date is a "since" word of the article's language. */
function sinceBefore(ctx: DocContext, date: Figure): boolean {
  const i = tokenAt(ctx.tokens, date.start) - 1;
  return (
    i >= 0 &&
    ctx.tokens[i]!.sentence === segmentOf(ctx.sentenceStarts, date.start) &&
    vocabularyFor(ctx.doc.language).since.has(ctx.tokens[i]!.folded)
  );
}

/** Whether a figure after the figure's own starts fewer than `gap` words after token `from` (a name's end). */
function nextFigureNearer(ctx: DocContext, figure: Figure, from: number, gap: number): boolean {
  const figures = ctx.doc.figures;
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.start <= figure.start) lo = mid + 1;
    else hi = mid;
  }
  const next = figures[lo];
  return next !== undefined && tokenAt(ctx.tokens, next.start) - from < gap;
}

/** A hyphen and a lower-case word right after a name ("Nvidia-powered", "Microsoft-backed"). */
function modifierCompound(text: string, end: number): boolean {
  if (text[end] !== '-') return false;
  const next = text[end + 1];
  return next !== undefined && next !== next.toUpperCase() && next === next.toLowerCase();
}

/** The figure's subject: its article's main subject when its clause names it, else the nearest name, else the main one. */
export function resolveSubject(
  fc: FigureContext,
  mainSubject: string | null,
  alias: (k: string) => string,
): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of fc.subjectCandidates) {
    const key = alias(c.key);
    const d = key === mainSubject ? -1 : c.d;
    if (d < bestD) {
      bestD = d;
      best = key;
    }
  }
  return best ?? mainSubject;
}

/** The first and last token index of a sentence, searched from one of its tokens (a sentence is contiguous). */
function sentenceTokens(tokens: readonly Token[], sentence: number, near: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (tokens[m]!.sentence < sentence) lo = m + 1;
    else hi = m;
  }
  const first = lo;
  hi = tokens.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (tokens[m]!.sentence <= sentence) lo = m + 1;
    else hi = m;
  }
  return lo > first ? [first, lo - 1] : [near, near];
}

/** The items of a list sorted by token index whose index lies in [lo, hi] (binary search, no copy of the rest). */
function within<T extends { index: number }>(list: readonly T[], lo: number, hi: number): readonly T[] {
  return sortedRange(list, byIndex, lo, hi + 1);
}

const byIndex = (t: { index: number }): number => t.index;

/**
 * The token ranges of the other amounts of money of a figure's sentence that lie in reach of its concept reading
 * (amount-concept.ts walks CONCEPT_BEFORE + 4 tokens back and CONCEPT_AFTER forward): their words are theirs. Only
 * those in reach, found through moneyCover: taking every amount of the sentence made a sentence of thousands of
 * amounts (a table, a list) quadratic.
 */
function moneyStops(
  ctx: DocContext,
  figure: Figure,
  sentence: number,
  first: number,
  last: number,
): [number, number][] {
  const from = ctx.sentenceStarts[sentence] ?? 0;
  const to = ctx.sentenceStarts[sentence + 1] ?? Infinity;
  const cover = moneyCover(ctx);
  const seen = new Set<Figure>();
  const out: [number, number][] = [];
  for (let i = Math.max(0, first - CONCEPT_BEFORE - 4); i <= last + CONCEPT_AFTER; i++) {
    for (const f of cover.get(i) ?? []) {
      if (f === figure || seen.has(f) || f.start < from || f.start >= to) continue;
      seen.add(f);
      out.push([tokenAt(ctx.tokens, f.start), tokenAt(ctx.tokens, f.end)]);
    }
  }
  return out;
}

/** Money figures by the token indexes they cover; built once per document and kept on its context. */
function moneyCover(ctx: DocContext): Map<number, Figure[]> {
  if (ctx.moneyCover) return ctx.moneyCover;
  const cover = new Map<number, Figure[]>();
  for (const f of ctx.doc.figures) {
    if (f.kind !== 'money') continue;
    for (let i = tokenAt(ctx.tokens, f.start), end = tokenAt(ctx.tokens, f.end); i < end; i++) {
      const here = cover.get(i);
      if (here) here.push(f);
      else cover.set(i, [f]);
    }
  }
  ctx.moneyCover = cover;
  return cover;
}

/** The date figures (sorted by offset) that start inside one sentence. */
function datesOfSentence(
  dates: readonly Figure[],
  sentenceStarts: readonly number[],
  sentence: number,
): readonly Figure[] {
  return sortedRange(dates, (d) => d.start, sentenceStarts[sentence] ?? 0, sentenceStarts[sentence + 1] ?? Infinity);
}
