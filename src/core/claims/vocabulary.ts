/**
 * The claim vocabularies of all languages, compiled once into word matchers. Entries are folded (lower case, no
 * accents); "word*" matches every word starting with it; other single words also match their inflections through
 * natural's stemmer of the language (the stem, plus at most a few letters).
 */
import { LANGUAGES } from '../lang/index';
import { SHARED_NOT_NAMES, SHARED_PLACES, type ClaimVocabulary, type RelativePeriod } from '../lang/claim-vocabulary';
import type { DetectedLanguage } from '../types';
import { placeForms } from '../vocab/index';
import { STEMMERS } from './stemmers';
import { fold, type Token } from './text';

interface Entry<T> {
  words: string[];
  /** Per word: match as prefix (entry ended in "*", or the stem of a plain word). */
  prefix: (string | null)[];
  value: T;
  /** The order it was added in: of two matches of one length, the first added wins. */
  seq: number;
}

export interface Match<T> {
  index: number;
  length: number;
  value: T;
}

const NONE: readonly never[] = [];

/**
 * Matches phrases of a table on token sequences. An entry whose first word must be matched whole is looked up by that
 * word; only entries whose first word is a prefix (a stem, "word*") are tried one by one, among those sharing the
 * token's first three letters. readDocument asks 14 matchers at every token: trying every entry of a three-letter
 * head was a tenth of a 10 000-article check.
 */
export class PhraseMatcher<T> {
  private readonly byWord = new Map<string, Entry<T>[]>();
  private readonly byHead = new Map<string, Entry<T>[]>();
  private size = 0;
  /** This matcher's bit in the PhraseStarts of its vocabulary (0: in none). */
  gate = 0;

  add(phrase: string, value: T, stem?: (w: string) => string): void {
    // its PhraseStarts indexed the entries it had: one added later would never be asked for
    if (this.gate !== 0) throw new Error('PhraseMatcher.add: the matcher is already indexed by a PhraseStarts');
    const words = fold(phrase)
      .split(/[^\p{L}\p{N}*~]+/u)
      .filter(Boolean);
    if (words.length === 0) return;
    const prefix = words.map((w, i) => {
      if (w.endsWith('*')) return w.slice(0, -1);
      if (stem && words.length === 1 && i === 0) {
        const s = fold(stem(w));
        return s.length >= 4 && s !== w ? s : null;
      }
      return null;
    });
    const clean = words.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w));
    const entry = { words: clean, prefix, value, seq: this.size++ };
    // an entry is found only through its head (first three letters); a whole first word shares the token's head
    const [map, key] = prefix[0] === null ? [this.byWord, clean[0]!] : [this.byHead, clean[0]!.slice(0, 3)];
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }

  /** The longest entry matching at token i, if any (of equal lengths, the first added). */
  matchAt(tokens: readonly Token[], i: number, head = tokens[i]!.folded.slice(0, 3)): Match<T> | undefined {
    const whole = this.byWord.get(tokens[i]!.folded) ?? NONE;
    const prefixed = this.byHead.get(head) ?? NONE;
    if (whole.length === 0 && prefixed.length === 0) return undefined;
    // the best entry and its length, and one result at the end: no closure per call and no object per better
    // candidate (matchAt runs at every token where an entry may begin, in every article)
    let best: Entry<T> | undefined;
    let bestLength = 0;
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? whole : prefixed;
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        const end = matchFrom(tokens, i, e, 0);
        if (end < 0) continue;
        const length = end - i;
        if (!best || length > bestLength || (length === bestLength && e.seq < best.seq)) {
          best = e;
          bestLength = length;
        }
      }
    }
    return best && { index: i, length: bestLength, value: best.value };
  }

  /** matchAt, asked only where `starts` (PhraseStarts.at of the token) says an entry of this matcher may begin. */
  matchWhere(starts: number, tokens: readonly Token[], i: number, head: string): Match<T> | undefined {
    if (this.gate === 0) throw new Error('PhraseMatcher.matchWhere: the matcher is in no PhraseStarts');
    return (starts & this.gate) === 0 ? undefined : this.matchAt(tokens, i, head);
  }

  /** The whole first words and the three-letter heads its entries are found by. */
  firstKeys(): { words: Iterable<string>; heads: Iterable<string> } {
    return { words: this.byWord.keys(), heads: this.byHead.keys() };
  }
}

/**
 * Which of a vocabulary's matchers may match at a token, in two look-ups (its whole word, its first three letters)
 * instead of two per matcher: readDocument asks 13 of them at every token of every article, and most tokens begin
 * no entry of most of them. Exact: a matcher's bit is set for a token exactly when matchAt would find a list of
 * entries to try there.
 */
export class PhraseStarts {
  private readonly byWord = new Map<string, number>();
  private readonly byHead = new Map<string, number>();

  constructor(matchers: readonly PhraseMatcher<unknown>[]) {
    if (matchers.length > 30) throw new Error('PhraseStarts: at most 30 matchers (one bit each)');
    matchers.forEach((m, k) => {
      if (m.gate !== 0) throw new Error('PhraseStarts: a matcher belongs to one PhraseStarts only');
      m.gate = 1 << k;
      const { words, heads } = m.firstKeys();
      for (const w of words) this.byWord.set(w, (this.byWord.get(w) ?? 0) | m.gate);
      for (const h of heads) this.byHead.set(h, (this.byHead.get(h) ?? 0) | m.gate);
    });
  }

  /** The bits of the matchers that may match at a token of this folded word and head (its first three letters). */
  at(folded: string, head: string): number {
    return (this.byWord.get(folded) ?? 0) | (this.byHead.get(head) ?? 0);
  }
}

/** An entry word that stands for a gap of up to GAP_WORDS words of the same sentence ("sa ~ opp"). */
const GAP = '~';
/** Words a gap may skip: a separable verb's particle a few words on ("sa i høst opp", "sagde i går op"). */
const GAP_WORDS = 2;

/** The token index after entry e's words k.. matched from token i, or -1. */
function matchFrom<T>(tokens: readonly Token[], i: number, e: Entry<T>, k: number): number {
  if (k === e.words.length) return i;
  if (e.words[k] === GAP) {
    for (let j = i; j <= i + GAP_WORDS && j < tokens.length; j++) {
      if (j > i && tokens[j]!.sentence !== tokens[i - 1]!.sentence) break;
      const end = matchFrom(tokens, j, e, k + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= tokens.length) return -1;
  const w = tokens[i]!.folded;
  const p = e.prefix[k];
  const ok =
    w === e.words[k] ||
    (p !== null && p !== undefined && w.startsWith(p) && (e.words[k] === p || w.length - p.length <= 4));
  return ok ? matchFrom(tokens, i + 1, e, k + 1) : -1;
}
export interface CompiledVocabulary {
  predicates: PhraseMatcher<string>;
  places: PhraseMatcher<string>;
  /** The language's own place words only (its adjectives and demonyms may be written in lower case). */
  ownPlaces: PhraseMatcher<string>;
  attributions: PhraseMatcher<true>;
  attributedTo: PhraseMatcher<true>;
  contrasts: PhraseMatcher<true>;
  totals: PhraseMatcher<true>;
  /** Words that join a share to its base ("des", "of the", "av"), and whether a noun's case alone does ("objętości"). */
  shareOf: PhraseMatcher<true>;
  shareOfCase: boolean;
  relativeWhen: PhraseMatcher<true>;
  rivals: PhraseMatcher<true>;
  /** Folded words that make an amount the equivalent of the one before it. */
  equivalents: Set<string>;
  /** Folded one-word "since" words ("seit", "depuis"). */
  since: Set<string>;
  ago: PhraseMatcher<true>;
  targets: PhraseMatcher<true>;
  present: PhraseMatcher<true>;
  horizons: PhraseMatcher<true>;
  /** Words that put a figure of their sentence in the past ("le mois dernier", "earlier this year"). */
  past: PhraseMatcher<true>;
  /** Words that mark a count as an earlier value of a figure that moves ("zuvor", "initially", "tidigare"). */
  earlier: PhraseMatcher<true>;
  /** Words for a period relative to the time of writing ("last year", "im Vorjahr"), resolved by claims/time.ts. */
  periods: PhraseMatcher<RelativePeriod>;
  /**
   * Month names of the language (folded) with their number, from its figure vocabulary; abbreviations ("sie", "mar")
   * left out. A name that is also a function word ("may") is a month only when capitalized inside a sentence.
   */
  months: Map<string, number>;
  monthHomonyms: Set<string>;
  /** Words of the language's deadline cues ("bis", "ici", "by"): a month after one is a deadline, not the past. */
  deadlineWords: Set<string>;
  notNames: Set<string>;
  /** The language's function words (folded, from its figure vocabulary): "plus", "more" are no share's base. */
  functionWords: Set<string>;
  nounsCapitalized: boolean;
  /** The matchers readDocument asks at every token, indexed by their first words (matchWhere). */
  starts: PhraseStarts;
}

function compile(
  vocabularies: {
    code: string;
    v: ClaimVocabulary;
    stem?: (w: string) => string;
    months: Record<string, number>;
    deadlineCues: string[];
    functionWords?: string[];
  }[],
): CompiledVocabulary {
  const predicates = new PhraseMatcher<string>();
  const places = new PhraseMatcher<string>();
  const ownPlaces = new PhraseMatcher<string>();
  const attributions = new PhraseMatcher<true>();
  const attributedTo = new PhraseMatcher<true>();
  const contrasts = new PhraseMatcher<true>();
  const totals = new PhraseMatcher<true>();
  const shareOf = new PhraseMatcher<true>();
  let shareOfCase = false;
  const relativeWhen = new PhraseMatcher<true>();
  const rivals = new PhraseMatcher<true>();
  const equivalents = new Set<string>();
  const since = new Set<string>();
  const ago = new PhraseMatcher<true>();
  const targets = new PhraseMatcher<true>();
  const present = new PhraseMatcher<true>();
  const horizons = new PhraseMatcher<true>();
  const past = new PhraseMatcher<true>();
  const earlier = new PhraseMatcher<true>();
  const periods = new PhraseMatcher<RelativePeriod>();
  const months = new Map<string, number>();
  const deadlineWords = new Set<string>();
  const monthHomonyms = new Set<string>();
  const functionWordSet = new Set<string>();
  const notNames = new Set<string>(SHARED_NOT_NAMES);
  for (const [name, id] of Object.entries(SHARED_PLACES)) places.add(name, id);
  let nounsCapitalized = false;
  for (const { v, stem, months: m, deadlineCues, functionWords } of vocabularies) {
    // a one-word cue ("bis", "by", "do"), or the longer words of a phrase ("antes de" -> "antes"; not "de", "en")
    for (const cue of deadlineCues) {
      const words = fold(cue)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      for (const w of words) if (words.length === 1 || w.length >= 3) deadlineWords.add(w);
    }
    const names = Object.entries(m).map(([name, n]) => [fold(name), n] as const);
    for (const [name, n] of names) {
      if (!names.some(([other, k]) => k === n && other.length > name.length && other.startsWith(name)))
        months.set(name, n);
    }
    for (const w of functionWords ?? []) {
      if (months.has(fold(w))) monthHomonyms.add(fold(w));
      functionWordSet.add(fold(w));
    }
    for (const a of v.past ?? []) past.add(a, true);
    for (const a of v.earlier ?? []) earlier.add(a, true);
    for (const [phrase, period] of Object.entries(v.relativePeriods ?? {})) periods.add(phrase, period);
    for (const [cue, id] of Object.entries(v.predicates)) predicates.add(cue, id, stem);
    for (const [name, id] of Object.entries(v.places)) {
      places.add(name, id);
      ownPlaces.add(name, id);
    }
    for (const a of v.attributions) attributions.add(a, true);
    for (const a of v.attributedTo ?? []) attributedTo.add(a, true);
    for (const a of v.contrasts) contrasts.add(a, true);
    for (const a of v.totals) totals.add(a, true);
    for (const a of v.shareOf ?? []) shareOf.add(a, true);
    shareOfCase ||= v.shareOfCase === true;
    for (const a of v.relativeWhen ?? []) relativeWhen.add(a, true);
    for (const a of v.rivals ?? []) rivals.add(a, true);
    for (const a of v.since ?? [])
      since.add(
        fold(a)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .pop()!,
      );
    for (const a of v.equivalents ?? [])
      equivalents.add(
        fold(a)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .join(' '),
      );
    for (const a of v.ago ?? []) ago.add(a, true);
    for (const a of v.targets ?? []) targets.add(a, true, stem);
    for (const a of v.present ?? []) present.add(a, true);
    for (const a of v.horizons ?? []) horizons.add(a, true);
    for (const n of v.notNames) notNames.add(fold(n));
    nounsCapitalized ||= v.nounsCapitalized === true;
  }
  // country names of CLDR in every inflection the dictionaries give ("Duitsland", "w Grecji", "Deutschlands"), after the
  // hand-written places so that a hand entry keeps its word ("Europa" is the EU); a name, so only when capitalized
  const known = new Set<string>();
  for (const { v } of vocabularies) for (const name of Object.keys(v.places)) known.add(fold(name));
  for (const name of Object.keys(SHARED_PLACES)) known.add(fold(name));
  for (const { code } of vocabularies)
    for (const [form, iso] of placeForms(code)) if (!known.has(fold(form))) places.add(form, iso);
  return {
    predicates,
    places,
    ownPlaces,
    attributions,
    attributedTo,
    contrasts,
    totals,
    shareOf,
    shareOfCase,
    relativeWhen,
    rivals,
    equivalents,
    since,
    ago,
    targets,
    present,
    horizons,
    past,
    earlier,
    periods,
    months,
    monthHomonyms,
    deadlineWords,
    notNames,
    functionWords: functionWordSet,
    nounsCapitalized,
    starts: new PhraseStarts([
      predicates,
      ownPlaces,
      attributions,
      attributedTo,
      contrasts,
      totals,
      relativeWhen,
      rivals,
      ago,
      targets,
      present,
      horizons,
      past,
      earlier,
    ] as PhraseMatcher<unknown>[]),
  };
}

const compiled = new Map<string, CompiledVocabulary>();
let everyPlace: PhraseMatcher<string> | undefined;

/** The compiled vocabulary of a language; for "und", all languages together. */
export function vocabularyFor(language: DetectedLanguage): CompiledVocabulary {
  let c = compiled.get(language);
  if (!c) {
    const langs = LANGUAGES.filter((l) => language === 'und' || l.code === language);
    c = compile(
      langs.map((l) => ({
        code: l.code,
        v: l.claims,
        stem: STEMMERS[l.code],
        months: l.figures.months,
        deadlineCues: l.figures.deadlineCues,
        functionWords: l.figures.functionWords,
      })),
    );
    if (language === 'und') {
      c.nounsCapitalized = false;
      c.shareOfCase = false;
    }
    compiled.set(language, c);
  }
  return c;
}

let countryNames: Set<string> | undefined;

/** A one-word country name of CLDR in any language and inflection, folded ("duitsland", "grecji", "deutschlands"). */
export function isCountryName(folded: string): boolean {
  if (!countryNames) {
    countryNames = new Set();
    for (const l of LANGUAGES)
      for (const form of placeForms(l.code).keys()) if (!form.includes(' ')) countryNames.add(fold(form));
  }
  return countryNames.has(folded);
}

/** Place names of every language: an Italian article may well write "Deutschland" in a quote. */
export function allPlaces(): PhraseMatcher<string> {
  if (!everyPlace) everyPlace = vocabularyFor('und').places;
  return everyPlace;
}
