/**
 * What a figure takes from the rest of its article: the currency of "400 millions" after
 * "400 millions de dollars", the country of an ambiguous "kroner", the counted noun of a bare
 * "1 000" right after "3 000 arbetstillfällen", the year of "4 juni". One pass over the drafts
 * (plus a token pass only when an ambiguous currency needs its country cues).
 */
import type { Figure } from '../types';
import { TokenKind, type Tokens } from '../numbers/tokenize';
import type { CurrencyRef, Lexicon } from './lexicon';
import { TIME_UNITS } from '../lang/common';

const TIME = new Set(TIME_UNITS);

/**
 * A figure while it is being read. A class with every field set in the constructor, so that all
 * drafts share one hidden class: optional fields added one by one would give V8 a shape per
 * combination, which a full garbage collection then throws away with the code optimized for them.
 */
export class Draft implements Figure {
  range: Figure['range'] = undefined;
  bound: Figure['bound'] = undefined;
  deadline: boolean | undefined = undefined;
  unreadable: string | undefined = undefined;
  currencyFromContext: boolean | undefined = undefined;
  change: Figure['change'] = undefined;
  /** a number with nothing attached: "scaled" (6,7 milliards) or "plain" (1 000) */
  bare: 'scaled' | 'plain' | undefined = undefined;
  currencyCandidates: CurrencyRef | undefined = undefined;
  yearless = false;
  /** the number carries a scale word ("milliards", "bn") */
  scaled = false;
  /** a bare number followed by a noun the vocabulary does not know ("um 9 Uhr", "9h"): it counts that, not a neighbour's unit */
  nounAfter = false;
  /** the unknown word right after a bare number, its unit when no neighbour says what it counts */
  guess: string | undefined = undefined;
  /** the guessed word has a plural noun's ending: it beats a neighbour's noun */
  ownNoun = false;
  /** degrees without a scale ("40 degrés", "the 110-degree mark"): Celsius unless the article writes Fahrenheit */
  bareDegrees = false;

  constructor(
    public start: number,
    public end: number,
    public text: string,
    public kind: Figure['kind'],
    public value: Figure['value'],
    public unit: string,
    public tokFrom: number,
    public tokTo: number,
    public sentence: number,
  ) {}
}

function countryCues(t: Tokens, lex: Lexicon, from: number, to: number, candidates: CurrencyRef): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) {
    if (t.kind[i] !== TokenKind.Word || !t.wordPrefixIn(i, lex.cuePrefixes)) continue;
    const w = t.word(i);
    for (const c of candidates) {
      const cues = lex.cues.get(c);
      if (cues && cues.some((p) => w.startsWith(p))) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return counts;
}

/** How many more times the article must name a country than any other candidate's for its currency to be taken. */
const ARTICLE_MARGIN = 2;

/**
 * The key among `keys` counted most (the first on a tie), or null when it is counted fewer than `margin` times or
 * fewer than `margin` times as often as the runner-up: with margin 1, simply the most counted.
 */
function best(counts: Map<string, number>, keys: Iterable<string> = counts.keys(), margin = 1): string | null {
  let top: string | null = null,
    n = 0,
    second = 0;
  for (const k of keys) {
    const v = counts.get(k) ?? 0;
    if (v > n) {
      second = n;
      top = k;
      n = v;
    } else if (v > second) second = v;
  }
  return n >= margin && n >= margin * second ? top : null;
}

/** How many figures back a bare number looks for the noun it counts. */
const LOOKBACK = 4;
/** How many tokens either side of a figure count as its sentence when looking for a country. */
const SENTENCE_WINDOW = 60;

/** The figure's sentence, cut to a window around it (a sentence can be a whole file without full stops). */
function sentenceRange(t: Tokens, tok: number): [number, number] {
  const s = t.sentence[tok]!;
  let a = tok,
    b = tok;
  while (a > 0 && t.sentence[a - 1] === s && tok - a < SENTENCE_WINDOW) a--;
  while (b < t.count && t.sentence[b] === s && b - tok < SENTENCE_WINDOW) b++;
  return [a, b];
}

/**
 * The currency of the language's own country among ambiguous candidates, if any (ISO 4217 codes begin with the ISO
 * 3166 code of their country: DKK for DK, the region CLDR gives Danish): a Scandinavian paper's "kroner" is its own
 * crown however often the article names a neighbour ("svarende til over 3,2 millioner kroner" in a Danish report on a
 * Norwegian player).
 */
function homeCurrency(language: string, cands: CurrencyRef): string | undefined {
  const region = homeRegion(language);
  return region ? cands.find((c) => c.startsWith(region)) : undefined;
}

/** The region CLDR gives a language, once per language (asked for every ambiguous currency of every article). */
const homeRegions = new Map<string, string | undefined>();
function homeRegion(language: string): string | undefined {
  if (language === 'und') return undefined;
  if (!homeRegions.has(language)) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(language).maximize().region;
    } catch {
      region = undefined;
    }
    homeRegions.set(language, region);
  }
  return homeRegions.get(language);
}

export function resolveContext(drafts: Draft[], t: Tokens, lex: Lexicon, language = 'und'): Figure[] {
  // 1. ambiguous currency names: the sentence's country ("I København ... 308,60 kroner"), then the last such
  //    currency stated, then the article's country where the language has no crown of its own, then the language's
  //    default (a Danish "kr." is DKK even in an article about Sweden)
  let articleCues: Map<string, number> | undefined;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (!d.currencyCandidates) continue;
    const cands = d.currencyCandidates;
    const [a, b] = sentenceRange(t, d.tokFrom);
    let pick = best(countryCues(t, lex, a, b, cands));
    for (let p = k - 1; p >= 0 && p >= k - 50 && !pick; p--) {
      const q = drafts[p]!;
      if (q.kind === 'money' && !q.currencyCandidates && cands.includes(q.unit)) pick = q.unit;
    }
    // "Norway's oil fund ... lost 1.637 billion crowns": the country the whole article names most, when it names one
    // clearly more often than the candidates' other countries (a country named once in passing decides nothing)
    if (!pick && !homeCurrency(language, cands)) {
      articleCues ??= countryCues(t, lex, 0, t.count, [...lex.cues.keys()]);
      pick = best(articleCues, cands, ARTICLE_MARGIN);
    }
    d.unit = pick ?? cands[0]!;
    d.currencyCandidates = undefined;
  }
  // 2. bare figures take their unit from context; unresolvable ones are not figures
  const stated = new Map<unknown, string>();
  const counts = new Map<string, number>();
  for (const q of drafts) {
    if (q.kind !== 'money' || q.bare) continue;
    if (!stated.has(q.value)) stated.set(q.value, q.unit);
    if (!inBrackets(t, q)) counts.set(q.unit, (counts.get(q.unit) ?? 0) + 1);
  }
  // the article's own currency: stated clearly more often than any other (a conversion in brackets is not it)
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const dominant =
    ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : undefined;
  const nextMoney: (string | null)[] = new Array(drafts.length).fill(null);
  for (let k = drafts.length - 2, next: string | null = null; k >= 0; k--) {
    const q = drafts[k + 1]!;
    if (q.kind === 'money' && !q.bare) next = q.unit;
    nextMoney[k] = next;
  }
  const kept: Draft[] = [];
  let lastMoney: string | null = null;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.bare === 'scaled') {
      // the same amount stated with its currency elsewhere (a headline's "400 millions"), then a scaled
      // figure just before in the sentence ("1 million de personnes ... vise 3 millions"), then the
      // article's money around it
      const same = stated.get(d.value);
      let near: Draft | undefined;
      for (let p = kept.length - 1; !same && p >= 0 && p >= kept.length - LOOKBACK; p--) {
        const q = kept[p]!;
        if (q.sentence !== d.sentence) break;
        // "4 miliardi di euro (circa 4,3 miliardi di dollari) e 900 milioni": a stated equivalent lends no currency
        if (inBrackets(t, q)) continue;
        if (q.scaled && !q.bare && (q.kind === 'money' || (q.kind === 'quantity' && !TIME.has(q.unit)))) {
          near = q;
          break;
        }
      }
      if (near && near.kind === 'quantity') {
        d.kind = 'quantity';
        d.unit = near.unit;
        d.bare = undefined;
        kept.push(d);
        continue;
      }
      // "1,5 millones de visitantes", "20 tys. nowych pracowników": it counts the word after it
      if (!same && !near && d.guess) {
        d.kind = 'quantity';
        d.unit = d.guess;
        d.bare = undefined;
        kept.push(d);
        continue;
      }
      const unit = same ?? near?.unit ?? dominant ?? lastMoney ?? nextMoney[k];
      if (!unit) continue;
      d.kind = 'money';
      d.unit = unit;
      d.currencyFromContext = true;
    } else if (d.bare === 'plain') {
      let ref: Draft | undefined;
      if (d.ownNoun && d.guess) {
        d.unit = d.guess;
        kept.push(d);
        continue;
      }
      // the neighbour is close: a few figures back at most (and the look-back stays O(1) per figure)
      for (let p = kept.length - 1; p >= 0 && p >= kept.length - LOOKBACK; p--) {
        const q = kept[p]!;
        if (q.sentence !== d.sentence) break;
        if (q.kind === 'quantity' && q.unit && (!q.bare || knownGuess(q, lex)) && !TIME.has(q.unit)) {
          ref = q;
          break;
        }
      }
      // only a number of the same order as its neighbour counts the same thing ("3 000 jobs, of which 1 000 ...", not "at 9 o'clock")
      if (
        !ref ||
        typeof d.value !== 'number' ||
        typeof ref.value !== 'number' ||
        d.value * 100 < ref.value ||
        d.nounAfter
      ) {
        if (!d.guess) continue;
        d.unit = d.guess;
      } else d.unit = ref.unit;
    } else if (d.kind === 'money' && !inBrackets(t, d)) lastMoney = d.unit;
    kept.push(d);
  }
  // 3. bare degrees take the scale the article states outside brackets ("117 degrees Fahrenheit (47 degrees
  //    Celsius) ... the 110-degree mark" is Fahrenheit); Celsius when it states none or both
  let fahrenheit = 0,
    celsius = 0;
  for (const d of kept) {
    if (d.kind !== 'quantity' || d.bareDegrees || inBrackets(t, d)) continue;
    if (d.unit === '°F') fahrenheit++;
    else if (d.unit === '°C') celsius++;
  }
  if (fahrenheit > 0 && celsius === 0) for (const d of kept) if (d.bareDegrees && d.unit === '°C') d.unit = '°F';
  // 4. "4 juni": the year of the nearest full date
  for (let k = 0; k < kept.length; k++) {
    const d = kept[k]!;
    if (!d.yearless) continue;
    let year: string | null = null;
    for (let p = k - 1; p >= 0 && !year; p--) year = yearOf(kept[p]!);
    for (let p = k + 1; p < kept.length && !year; p++) year = yearOf(kept[p]!);
    if (year) d.value = `${year}${String(d.value).slice(1)}`;
  }
  pointsOfPercent(kept, t, lex);
  return kept.map((d) => toFigure(d, lex));
}

/**
 * 5. "casi tres puntos más que en 2023", "12 punti in più", "five points higher": points said next to percentages
 *    are percentage points, a percent figure (docs/conflict-rules.md: "percentage points are percent figures"). A
 *    point word counts as one only when a percent figure stands in its sentence or the one before (a league table's
 *    points have none), and never before a link word that says what the points are ("320 puntos de concentración").
 */
function pointsOfPercent(kept: Draft[], t: Tokens, lex: Lexicon): void {
  if (lex.pointWords.size === 0) return;
  for (let k = 0; k < kept.length; k++) {
    const d = kept[k]!;
    if (d.kind !== 'quantity' || !lex.pointWords.has(d.unit.toLowerCase())) continue;
    // the point word ends the figure's span or follows it (a bare number's guessed noun)
    const after = d.tokTo < t.count && lex.pointWords.has(t.word(d.tokTo)) ? d.tokTo + 1 : d.tokTo;
    if (after < t.count && lex.link.matchAt(t, after)) continue;
    const near = (q: Draft): boolean =>
      q.kind === 'percent' && q.sentence <= d.sentence && q.sentence >= d.sentence - 1;
    let percent = false;
    for (let p = k - 1; p >= 0 && !percent && kept[p]!.sentence >= d.sentence - 1; p--) percent = near(kept[p]!);
    for (let p = k + 1; p < kept.length && !percent && kept[p]!.sentence === d.sentence; p++) percent = near(kept[p]!);
    if (!percent) continue;
    d.kind = 'percent';
    d.unit = '%';
  }
}

/**
 * A bare number's own guessed noun that a vocabulary knows ("104.000 Anträge", "12.360 demandeurs"): a counted noun
 * like a listed one, which the next numbers of its sentence share ("die Türkei (62.624) und Afghanistan (53.582)");
 * a guess no resource knows may be any word ("um 9 Uhr") and lends nothing.
 */
function knownGuess(q: Draft, lex: Lexicon): boolean {
  return q.bare === 'plain' && q.guess !== undefined && q.unit === q.guess && lex.openNoun(q.unit) !== undefined;
}

/** "(9,5 miliardi di dollari)": an equivalent in brackets, not the currency the article counts in. */
function inBrackets(t: Tokens, d: Draft): boolean {
  const before = d.tokFrom > 0 ? t.word(d.tokFrom - 1) : '';
  return before === '(' || before === '[';
}

function yearOf(f: Draft): string | null {
  if (f.kind !== 'date' || f.yearless || f.unit === 'year') return null;
  return String(f.value).slice(0, 4);
}

function toFigure(d: Draft, lex: Lexicon): Figure {
  const f: Figure = { start: d.start, end: d.end, text: d.text, kind: d.kind, value: d.value, unit: d.unit };
  // a counted noun the lists do not know is read through the open vocabulary (wordnets: "propulsores" -> propeller);
  // a noun no resource knows keeps its source word as unit: say so, it is no English lemma
  if (d.kind === 'quantity' && d.unit && !lex.nounsAreEnglish && !lex.englishUnits.has(d.unit)) {
    const lemma = lex.openNoun(d.unit);
    if (lemma) f.unit = lemma;
    else f.unitKnown = false;
  }
  if (d.range) f.range = d.range;
  if (d.bound) f.bound = d.bound;
  if (d.deadline) f.deadline = true;
  if (d.unreadable) f.unreadable = d.unreadable;
  if (d.currencyFromContext) f.currencyFromContext = true;
  if (d.change) f.change = d.change;
  return f;
}
