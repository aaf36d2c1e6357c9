/**
 * Figure extraction: one tokenizer pass, then a left-to-right scan that, at each token that can
 * start a figure, reads the number and what is attached to it (scale, currency, unit, counted noun,
 * bounds, ranges, dates) through phrase-trie lookups. Nothing here knows a language: the words
 * come from the language's compiled lexicon.
 */
import type { DetectedLanguage, Figure } from '../types';
import { Gap, TokenKind, tokenize, type Tokens } from '../numbers/tokenize';
import { readLiteral, type SeparatorRules } from '../numbers/literal';
import { documentSeparators } from '../numbers/convention';
import { composeNumberWords } from '../numbers/written';
import { lexiconFor, nounLemma, readingLexicon, type CurrencyRef, type Lexicon } from './lexicon';
import { Draft, resolveContext } from './context';
import { applyCasualtyRoles, casualtyAfter } from '../vocab/roles';
import { TEMPERATURE_UNITS, TIME_UNITS } from '../lang/common';
import { changeBefore, changeOf } from './changes';

interface NumberRead {
  /** token range of the number itself */
  from: number;
  to: number;
  value: number | null;
  /** the digits as written, when a literal without separators (for years and days) */
  plain: string | null;
  written: boolean;
  article: boolean;
  garbled?: string;
  /** the decimal reading of an ambiguous "1.016" */
  decimalAlternative?: number;
  /** a written number ending in a multiplier ("four thousand"): that multiplier, the scale a range's first end takes */
  tailScale?: number;
  /** a singular scale word with no number before it, one of that scale ("około miliona osób", "le milliard d'euros") */
  scaleAlone?: boolean;
}

/** How far apart (a factor) two coordinated numbers may be for the first to take the second's unit. */
const MAX_SHARED_RATIO = 100;
const MAX_SHARED_MONEY_RATIO = 10;
/** How many tokens back a clause-final number looks for the subject noun it counts. */
const SUBJECT_REACH = 8;
/** How many tokens back a bare number looks for a count word naming what it counts ("Zahl der Toten"). */
const COUNT_REACH = 14;
/** How many tokens away a bare number may find the noun it counts. */
const NEARBY = 6;
const TIME = new Set(TIME_UNITS);
/** Time units that are a length of time (not "time", a count of occasions: "ein Mal"). */
const LENGTHS_OF_TIME = new Set([...TIME_UNITS.filter((u) => u !== 'time'), 'second']);
const TEMPERATURE = new Set(TEMPERATURE_UNITS);
/** Shortest word taken as a plural noun in a run of unknown words (shorter ones are adjectives: "nye", "nya"). */
const MIN_GUESSED_PLURAL = 5;
/** Punctuation that ends the phrase a number belongs to. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')']);
/** A written number is a few words; a longer run of number words is a list, not one number. */
const MAX_NUMBER_WORDS = 8;
/** Drops floating-point noise from scaling (4.3 × 1e9 = 4299999999.9999995). */
const round = (v: number): number => {
  const r = Math.round(v);
  if (Math.abs(v - r) <= 1e-7 * Math.max(1, Math.abs(v))) return r;
  return Number(v.toPrecision(12));
};
/** Seconds in the time units a duration is told in, largest first ("2 heures et 35 secondes", "2:00:35"). */
const SECONDS: Record<string, number> = { hour: 3600, minute: 60, second: 1 };
/** "2:00:35", a race time: one-digit hours (a clock time writes "04:17:35"), minutes and seconds below 60 */
const HMS = /^(\d):([0-5]\d):([0-5]\d)$/;
/** the minutes and seconds after "2h" in "2h01:09" or "2h01.25" */
const MS = /^([0-5]\d)[:.]([0-5]\d)$/;
const TWO_DIGITS = /^[0-5]\d$/;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const isYear = (n: NumberRead): boolean =>
  n.plain !== null && n.plain.length === 4 && Number(n.plain) >= 1800 && Number(n.plain) <= 2199;

class Scanner {
  /** the document's reading of "120,000" and "2.300" (numbers/convention.ts) */
  private readonly separators: SeparatorRules;

  constructor(
    private readonly text: string,
    private readonly t: Tokens,
    private readonly lex: Lexicon,
    private readonly language: DetectedLanguage = 'und',
  ) {
    this.separators = documentSeparators(t, lex.separators);
  }

  private isNum(i: number): boolean {
    return i < this.t.count && this.t.kind[i] === TokenKind.Number;
  }
  private glued(i: number): boolean {
    return i < this.t.count && this.t.gap[i] === Gap.None;
  }
  private inline(i: number): boolean {
    return i < this.t.count && this.t.gap[i] !== Gap.Newline;
  }
  private is(i: number, s: string): boolean {
    return i < this.t.count && this.t.word(i) === s;
  }

  /** A plain literal's integer value, or -1. */
  private plainInt(i: number): number {
    if (!this.isNum(i)) return -1;
    const s = this.t.word(i);
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) return -1;
    }
    return Number(s);
  }

  /** Reads a number (digits, written words, or a garbled placeholder) at token i. */
  readNumber(i: number): NumberRead | null {
    const { t, lex } = this;
    if (i >= t.count) return null;
    if (t.kind[i] === TokenKind.Number) {
      const raw = t.word(i);
      const lit = this.plainInt(i) >= 0 ? null : readLiteral(raw, this.separators);
      if (lit && lit.kind !== 'number') return null;
      let to = i + 1;
      // "3 XNUMX milliards": a digit group lost in scraping
      if (to < t.count && lex.garbled.has(t.word(to)) && this.inline(to)) {
        while (
          to < t.count &&
          to - i < 8 &&
          (lex.garbled.has(t.word(to)) || (this.isNum(to) && lex.garbled.has(t.word(to - 1))))
        )
          to++;
        return {
          from: i,
          to,
          value: null,
          plain: null,
          written: false,
          article: false,
          garbled: this.text.slice(t.start[i]!, t.end[to - 1]!),
        };
      }
      if (!lit)
        return raw.length > 15 ? null : { from: i, to, value: Number(raw), plain: raw, written: false, article: false };
      return {
        from: i,
        to,
        value: lit.value,
        plain: null,
        written: false,
        article: false,
        decimalAlternative: lit.decimalAlternative,
      };
    }
    if (lex.garbled.has(t.word(i))) {
      let to = i + 1;
      while (to < t.count && to - i < 8 && lex.garbled.has(t.word(to))) to++;
      return {
        from: i,
        to,
        value: null,
        plain: null,
        written: false,
        article: false,
        garbled: this.text.slice(t.start[i]!, t.end[to - 1]!),
      };
    }
    // written-out numbers, possibly hyphenated or joined ("vingt-cinq mille", "vingt et un")
    const values: number[] = [];
    let j = i;
    for (let guard = 0; guard < MAX_NUMBER_WORDS; guard++) {
      const m = lex.numberWords.matchAt(t, j);
      let vals: number[] | null = m ? [m.value] : null;
      let next = m ? m.at : j;
      if (!vals && t.kind[j] === TokenKind.Word && t.word(j).length >= 4) {
        const parts = lex.splitter.split(t.word(j));
        if (parts && parts.some((p) => p > 0)) {
          vals = parts.filter((p) => p > 0);
          next = j + 1;
        }
      }
      if (!vals) break;
      values.push(...vals);
      j = next;
      if (
        this.is(j, '-') &&
        this.glued(j) &&
        j + 1 < t.count &&
        this.glued(j + 1) &&
        lex.numberWords.matchAt(t, j + 1)
      ) {
        j++;
        continue;
      }
      // "vingt-et-un": the connector may be hyphenated to the words it joins
      const hyphenLink = this.is(j, '-') && this.glued(j) && this.glued(j + 1) && lex.connectors.has(t.word(j + 1));
      const conn = hyphenLink ? j + 1 : j;
      if (conn < t.count && lex.connectors.has(t.word(conn))) {
        const last = values[values.length - 1]!;
        const next = this.is(conn + 1, '-') && this.glued(conn + 1) ? conn + 2 : conn + 1;
        const after = last >= 20 ? lex.numberWords.matchAt(t, next) : null;
        if (after && after.value < last) {
          j = next;
          continue;
        }
        // "two and a half million", "trois et demi": an article and a fraction
        const art = lex.articles.matchAt(t, next);
        const frac = art ? lex.numberWords.matchAt(t, art.at) : lex.numberWords.matchAt(t, next);
        if (frac && frac.value < 1 && frac.value > 0) {
          values.push(frac.value);
          j = frac.at;
          break;
        }
        // "trente et un", "treinta y un", "vingt-et-une": the one after a ten is its article form
        if (
          lex.tenAndArticleOne &&
          art &&
          last >= 20 &&
          last < 100 &&
          last % 10 === 0 &&
          !lex.numberWords.matchAt(t, art.at)
        ) {
          values.push(1);
          j = art.at;
          break;
        }
      }
      if (lex.numberWords.matchAt(t, j) && this.inline(j)) continue;
      break;
    }
    if (values.length > 0) {
      const last = values[values.length - 1]!;
      const tailScale = values.length > 1 && last >= 100 ? last : undefined;
      return {
        from: i,
        to: j,
        value: composeNumberWords(values),
        plain: null,
        written: true,
        article: false,
        tailScale,
      };
    }
    const a = lex.articles.matchAt(t, i);
    if (a) return { from: i, to: a.at, value: 1, plain: null, written: true, article: true };
    if (this.scaleAlone(i))
      return { from: i, to: i, value: 1, plain: null, written: true, article: true, scaleAlone: true };
    return null;
  }

  /**
   * Whether token i is a singular scale word that stands for one of its scale, with no number before it: Polish
   * writes no "one" before it ("około miliona osób", "prawie miliard euro"), and after a definite article the
   * Romance languages do not either ("le milliard d'euros", "el millón de toneladas"). After a per word it is the
   * base of a rate ("295 dödsfall per miljon invånare"), and a capitalized one inside a sentence where nouns are not
   * capitalized is a name.
   */
  private scaleAlone(i: number): boolean {
    const { t, lex } = this;
    if (!lex.singularScales.has(t.word(i)) || (i > 0 && this.isNum(i - 1) && this.inline(i))) return false;
    if (lex.perWords.matchBefore(t, i, Math.max(0, i - 2))) return false;
    return lex.nounsCapitalized || !this.capitalizedWordAt(i) || !this.midSentence(i);
  }

  /**
   * A share said in words ("la moitié des voix", "etwa die Hälfte der Stellen", "ponad połowa budynków") or a
   * fraction of a percentage point ("kwart procentpunt"): a percent figure. A share counts only before what it
   * is a share of (the language's link words), so "half a million" and "two and a half" stay numbers.
   */
  private shareAt(i: number, floor: number): Draft | null {
    const { t, lex } = this;
    if (t.kind[i] !== TokenKind.Word) return null;
    const p = lex.pointPhrases.matchAt(t, i);
    if (p) return this.draft(i, p.at, 'percent', round(p.value), '%');
    const m = lex.shares.matchAt(t, i);
    if (!m || !this.inline(m.at) || (this.glued(m.at) && !this.is(m.at, "'"))) return null;
    const link = lex.shareLinks.matchAt(t, m.at);
    if (lex.shareNeedsLink ? !link : t.kind[m.at] !== TokenKind.Word) return null;
    // "la seconda metà del 2024", "the first half of 2025": a part of a period, not a share
    if (
      lex.ordinalWords.matchBefore(t, i, floor) ||
      this.yearAt(link ? link.at : m.at) !== null ||
      this.yearAt((link ? link.at : m.at) + 1) !== null
    )
      return null;
    // the article before it belongs to it, so that a bound before the article reaches it ("près de la moitié")
    const from =
      i - 1 >= floor &&
      t.kind[i - 1] === TokenKind.Word &&
      t.word(i - 1).length <= 3 &&
      lex.stop.has(t.word(i - 1)) &&
      this.inline(i)
        ? i - 1
        : i;
    return this.draft(from, m.at, 'percent', round(m.value), '%');
  }

  /** Year literal at token i (4 digits), or a two-digit end of a year range completed from `after`. */
  private yearAt(i: number, after?: number): number | null {
    const v = this.plainInt(i);
    if (v < 0) return null;
    const s = this.t.word(i);
    if (s.length === 4 && v >= 1800 && v <= 2199) return v;
    if (after !== undefined && s.length === 2) {
      const full = after - (after % 100) + v;
      if (full > after) return full;
    }
    return null;
  }

  /** Skips date prepositions and commas ("de", "del", ","). */
  private skipDatePreps(j: number): number {
    for (let k = 0; k < 3; k++) {
      const m = this.lex.datePreps.matchAt(this.t, j);
      if (m) {
        j = m.at;
        continue;
      }
      if (this.is(j, ',')) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /** "13 mai 2024", "3. Juli 2024", "14 de junio de 2024", "1er mai", "4 juni". */
  private dayFirstDate(i: number): Draft | null {
    const day = this.plainInt(i);
    if (day < 1 || day > 31 || this.t.word(i).length > 2) return null;
    // a day is never glued to a word: "Nyheter24, augusti 2023", "RMF24, listopad 2019" are an outlet's name
    if (i > 0 && this.glued(i) && this.t.kind[i - 1] === TokenKind.Word) return null;
    let j = i + 1;
    if (this.is(j, '.') && this.glued(j)) j++;
    else if (j < this.t.count && this.glued(j) && this.lex.ordinalSuffixes.has(this.t.word(j))) j++;
    // nor parted from its month by a comma: "TV 2, april 2021", "Europe 1, février 2025" (a dateline after a name)
    if (this.is(j, ',')) return null;
    j = this.skipDatePreps(j);
    const m = this.lex.months.matchAt(this.t, j);
    if (!m || !this.inline(j)) return null;
    let k = m.at;
    if (this.is(k, '.') && this.glued(k)) k++;
    const y = this.yearAt(this.skipDatePreps(k));
    if (y !== null) {
      const end = this.skipDatePreps(k) + 1;
      return this.draft(i, end, 'date', `${y}-${pad2(m.value)}-${pad2(day)}`, 'day');
    }
    const d = this.draft(i, m.at, 'date', `--${pad2(m.value)}-${pad2(day)}`, 'day');
    d.yearless = true;
    return d;
  }

  /** "juni 2025", "outubro de 2023", "October 9, 2025", "June 2025". */
  private monthFirstDate(i: number): Draft | null {
    const m = this.lex.months.matchAt(this.t, i);
    if (!m) return null;
    let j = m.at;
    if (this.is(j, '.') && this.glued(j)) j++;
    const day = this.plainInt(j);
    if (day >= 1 && day <= 31 && this.t.word(j).length <= 2) {
      const k = this.skipDatePreps(j + 1);
      const y = this.yearAt(k);
      if (y !== null && k > j + 1) return this.draft(i, k + 1, 'date', `${y}-${pad2(m.value)}-${pad2(day)}`, 'day');
    }
    const k = this.skipDatePreps(j);
    const y = this.yearAt(k);
    if (y === null || !this.inline(k)) return null;
    return this.draft(i, k + 1, 'date', `${y}-${pad2(m.value)}`, 'month');
  }

  /** "Q3 2024", "third quarter of 2024", "3. Quartal 2024". */
  private quarter(i: number): Draft | null {
    const { t, lex } = this;
    let q = -1;
    let j = i;
    if (lex.quarterPrefixes.has(t.word(i)) && this.isNum(i + 1) && this.glued(i + 1)) {
      q = this.plainInt(i + 1);
      j = i + 2;
    } else {
      const o = lex.ordinalWords.matchAt(t, i);
      let k = o ? o.at : -1;
      if (!o) {
        const n = this.plainInt(i);
        if (n >= 1 && n <= 4 && (this.is(i + 1, '.') || (this.glued(i + 1) && lex.ordinalSuffixes.has(t.word(i + 1)))))
          k = i + 2;
        if (k > 0) q = n;
      } else q = o.value;
      if (k < 0) return null;
      const w = lex.quarterWords.matchAt(t, k);
      if (!w) return null;
      j = w.at;
    }
    if (q < 1 || q > 4) return null;
    const k = this.skipDatePreps(j);
    const y = this.yearAt(k);
    if (y === null) return null;
    return this.draft(i, k + 1, 'date', `${y}-Q${q}`, 'quarter');
  }

  /** ISO "2024-05-13" and "13.05.2024" / "13/05/2024". */
  private numericDate(i: number): Draft | null {
    const { t } = this;
    const y = this.yearAt(i);
    if (
      y !== null &&
      this.is(i + 1, '-') &&
      this.glued(i + 1) &&
      this.glued(i + 2) &&
      this.is(i + 3, '-') &&
      this.glued(i + 3) &&
      this.glued(i + 4)
    ) {
      const mo = this.plainInt(i + 2),
        d = this.plainInt(i + 4);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && t.word(i + 2).length === 2)
        return this.draft(i, i + 5, 'date', `${y}-${pad2(mo)}-${pad2(d)}`, 'day');
    }
    if (t.kind[i] === TokenKind.Number) {
      const plain = this.plainInt(i) >= 0;
      // only a literal with dots can be a d.m.y date
      const lit = plain || !t.word(i).includes('.') ? null : readLiteral(t.word(i), this.separators);
      let parts: string[] | null = null;
      if (lit && lit.kind === 'dotted' && lit.groups.length === 3 && lit.separators.every((s) => s === '.'))
        parts = lit.groups;
      else if (
        this.plainInt(i) >= 0 &&
        this.is(i + 1, '/') &&
        this.glued(i + 1) &&
        this.glued(i + 2) &&
        this.is(i + 3, '/') &&
        this.glued(i + 3) &&
        this.glued(i + 4)
      )
        parts = [t.word(i), t.word(i + 2), t.word(i + 4)];
      // every part digits: a path or URL ("10/03/news") has slashes too
      if (parts && parts[0]!.length <= 2 && parts[1]!.length <= 2 && /^\d{4}$/.test(parts[2]!)) {
        const d = Number(parts[0]),
          mo = Number(parts[1]),
          yy = Number(parts[2]);
        // four digits from 1000: "1.1.0005" is a version number, not the year 5
        if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && yy >= 1000)
          return this.draft(i, lit ? i + 1 : i + 5, 'date', `${yy}-${pad2(mo)}-${pad2(d)}`, 'day');
      }
    }
    return null;
  }

  draft(from: number, to: number, kind: Figure['kind'], value: Figure['value'], unit: string): Draft {
    // a sign read before the number: the figure starts at it and its value is negative
    const signed = from === this.signedAt && kind !== 'date' && typeof value === 'number';
    if (signed) {
      from = this.signFrom;
      if (this.sign < 0) value = -(value as number);
    }
    const start = this.t.start[from]!,
      end = this.t.end[to - 1]!;
    const d = new Draft(start, end, this.text.slice(start, end), kind, value, unit, from, to, this.t.sentence[from]!);
    if (signed && this.signGlued) d.change = this.sign < 0 ? 'down' : 'up';
    return d;
  }

  /** The sign token before the number at `signedAt` while that number is read (-1: none). */
  private signFrom = -1;
  private signedAt = -1;
  private sign = 0;
  /** the sign is a glued "-" or "+", not a minus word */
  private signGlued = false;

  /**
   * "-2,4 %", "−3,2 %", "+1,7", "(-5,9": a sign glued to the number (or to its currency sign) and not to
   * what precedes it (a dash between two numbers or after a name is no sign: "2020-2024", "3-1", "COVID-19").
   */
  private signAt(i: number, floor: number): number {
    const { t } = this;
    if (i < floor || !(this.is(i, '-') || this.is(i, '+'))) return -1;
    if (i > 0 && t.gap[i] === Gap.None && !['(', '[', '/'].includes(t.word(i - 1))) return -1;
    if (i > 0 && t.kind[i - 1] === TokenKind.Number && this.inline(i)) return -1;
    if (!this.glued(i + 1)) return -1;
    if (this.isNum(i + 1)) return i + 1;
    const c = this.lex.currencies.matchAt(t, i + 1);
    return c && this.isNum(c.at) ? i + 1 : -1;
  }

  /**
   * Whether an article before token `at` is the number one, where what follows leaves no other reading: a percent
   * ("um ein Prozent zurück"); a unit of measure or a length of time after a bound word ("almost a minute", "rund
   * einer Stunde", "mais de um quilómetro"); the plain noun of people when a casualty role follows ("una persona
   * murió", "En person død"). An article before any other noun ("a year ago", "una persona", "a fire killed") stays an
   * article.
   */
  private articleIsOne(numAt: number, at: number, floor: number): boolean {
    const { t, lex } = this;
    if (!this.inline(at)) return false;
    if (lex.percent.matchAt(t, at)) return true;
    const noun = this.noun(at, false);
    const measure = lex.units.matchAt(t, at) !== null || (noun !== null && LENGTHS_OF_TIME.has(noun.value));
    if (measure && lex.boundsBefore.matchBefore(t, numAt, floor)) return true;
    // the plain noun of people makes a toll ("una persona murió"); a more telling one tells of someone ("a woman died")
    return noun !== null && noun.value === 'person' && this.casualtySubject(noun.at);
  }

  /**
   * Whether a number without a noun is the subject of a role verb said right after it ("Mindst 135 er omkommet",
   * "Minst 50 omkom", "ventisei sono state ferite", "12 were arrested"): it counts people (vocab/roles.ts then makes
   * the dead `death` and gives the others their role).
   */
  private casualtySubject(j: number): boolean {
    return this.language !== 'und' && this.inline(j) && casualtyAfter(this.t, j, this.language) !== undefined;
  }

  /**
   * Reads the figure that starts at token i, with a sign or a minus word before it: a glued sign makes any
   * amount negative; a minus word ("minus", "moins", "meno") a temperature, and before a percentage it says
   * a decrease ("menos 36 % do que"); never as the end of a bound ("au moins 171", "al menos 100").
   */
  parseAt(i: number, floor: number, inRange = false): Draft | null {
    if (!inRange) {
      let at = this.signAt(i, floor);
      let glued = true;
      let signWord = false;
      if (at < 0 && this.t.kind[i] === TokenKind.Word) {
        const m = this.lex.changes.minus.matchAt(this.t, i);
        const bound = m ? this.lex.boundsBefore.matchBefore(this.t, m.at, floor) : null;
        if (m && this.isNum(m.at) && this.inline(m.at) && !(bound && bound.at < i)) {
          at = m.at;
          glued = false;
          // "minus" is the sign itself unless it subtracts one number from another ("10 minus 3")
          signWord =
            this.lex.changes.sign.matchAt(this.t, i) !== null &&
            !(i > floor && this.t.kind[i - 1] === TokenKind.Number && this.inline(i));
        }
      }
      if (at >= 0) {
        this.signFrom = i;
        this.signedAt = at;
        this.sign = this.is(i, '+') ? 1 : -1;
        this.signGlued = glued;
        const d = this.parseFigure(at, floor, false);
        this.signFrom = -1;
        this.signedAt = -1;
        if (!d || d.tokFrom > i || d.range) return glued && d && !d.range ? d : null;
        if (glued || (d.kind === 'quantity' && TEMPERATURE.has(d.unit))) return d;
        // "minus 14,1 prosent", "minus 1.637 mrd.": the sign word signs any amount, as a printed "-" does
        if (signWord && d.kind !== 'date') {
          d.change = 'down';
          return d;
        }
        // "menos 36 % do que", "minus 3,2 Prozent": a decrease said in words, its magnitude stays the value
        if (d.kind !== 'percent') return null;
        d.value = -(d.value as number);
        d.change = 'down';
        return d;
      }
    }
    return this.parseFigure(i, floor, inRange);
  }

  /** Skips a link word ("de", "di", "of") when something in `trie` follows it. */
  private after<T>(
    trie: { matchAt(t: Tokens, i: number): { value: T; at: number } | null },
    j: number,
  ): { value: T; at: number } | null {
    if (!this.inline(j)) return null;
    const direct = trie.matchAt(this.t, j);
    if (direct) return direct;
    const l = this.lex.link.matchAt(this.t, j);
    if (l && this.inline(l.at)) return trie.matchAt(this.t, l.at);
    return null;
  }

  /**
   * A counted noun after the number, as listed or inflected ("kunderna", "personbiler"), past at most
   * two adjectives ("300 nieuwe voltijdse banen", "174 000 nye personbiler").
   */
  private noun(j: number, allowSkip: boolean): { value: string; at: number } | null {
    const direct = this.after(this.lex.nouns, j) ?? this.inflectedNoun(j);
    if (direct || !allowSkip) return direct;
    const { t, lex } = this;
    let k = j;
    for (let skipped = 0; skipped < 2; skipped++) {
      const adjective = this.adjectiveAt(k);
      if (adjective < 0) return null;
      k = adjective;
      const m = lex.nouns.matchAt(t, k);
      if (m && this.inline(k)) return m;
      const g = this.inflectedNoun(k);
      if (g) return g;
    }
    return null;
  }

  /**
   * The token after a word that may stand between a number and its noun, or -1: a word no list knows ("300
   * kidney transplants"), an adjective the language lists as never counted ("sei altri feriti", "six other
   * survivors"), or a hyphenated compound adjective ("two water-bombing planes").
   */
  private adjectiveAt(k: number): number {
    const { t, lex } = this;
    if (this.unknownWord(k)) {
      // "water-bombing": the compound is one adjective when its parts are words
      if (this.is(k + 1, '-') && this.glued(k + 1) && this.glued(k + 2) && t.kind[k + 2] === TokenKind.Word)
        return k + 3;
      return k + 1;
    }
    if (k < t.count && t.kind[k] === TokenKind.Word && this.inline(k) && !this.glued(k) && lex.notNouns.has(t.word(k)))
      return k + 1;
    return -1;
  }

  /** A lower-case word that no vocabulary list knows and that is no function word (an adjective, a noun). */
  private unknownWord(k: number, inPhrases = false, glued = false): boolean {
    const { t, lex } = this;
    if (
      k >= this.t.count ||
      t.kind[k] !== TokenKind.Word ||
      t.gap[k] === Gap.Newline ||
      (t.gap[k] === Gap.None && !glued)
    )
      return false;
    const w = t.word(k);
    return (
      w.length >= 3 &&
      (!lex.known.has(w) || (inPhrases && lex.phraseOnly.has(w))) &&
      !lex.stop.has(w) &&
      !lex.startWords.has(w)
    );
  }

  /** The counted noun of a word listed in another inflection or as the last part of a compound. */
  private inflectedNoun(k: number): { value: string; at: number } | null {
    const { t, lex } = this;
    if (lex.nounEndings.length === 0 && !lex.compoundNouns) return null;
    if (!this.unknownWord(k) || t.word(k).length < 5) return null;
    if (this.glued(k + 1) && (this.is(k + 1, '-') || this.is(k + 1, "'"))) return null;
    const lemma = nounLemma(lex, t.word(k));
    return lemma ? { value: lemma, at: k + 1 } : null;
  }

  /**
   * The word a bare number counts when no vocabulary knows it ("7.000 operários", "1.500 extra
   * vacatures"): the first or last of the unknown words after it, as the language orders its noun
   * phrases. Kept as the figure's unit when no neighbour tells what it counts: an untranslated unit
   * costs less than a missed figure. `viaLink`: a scaled number counts only after a link word
   * ("1,5 millones de visitantes"), never its adjective ("6,7 milliards supplémentaires").
   */
  private guessNoun(j: number, viaLink: boolean): string | null {
    const { t, lex } = this;
    if (!lex.nounPosition) return null;
    let k = j;
    if (viaLink) {
      const l = this.inline(k) ? lex.link.matchAt(t, k) : null;
      if (!l) return null;
      k = l.at;
    }
    let last = -1;
    // a word listed only inside a phrase may be a noun on its own ("1.500 postos de abastecimento");
    // after an elided link word the noun is glued to it ("93 millions d'unités")
    // an adjective listed as never counted stands before the noun in the languages that put it last ("650 extra
    // stewardessen")
    while (lex.nounPosition === 'last' && k < t.count && this.inline(k) && lex.notNouns.has(t.word(k)) && k - j < 2)
      k++;
    for (let n = 0; n < 3 && this.unknownWord(k, true, viaLink && n === 0); n++, k++) {
      // a noun is capitalized where all nouns are (German) and lower case elsewhere (a capital is a name)
      const c = this.text[t.start[k]!]!;
      if (lex.nounsCapitalized === (c === c.toLowerCase())) break;
      last = k;
      if (lex.nounPosition === 'first') break;
      // the first long word with a plural ending heads the phrase ("3.000 håndværkere være beskæftiget");
      // short ones are adjectives ("nye", "nya")
      const w = t.word(k);
      if (lex.guessNeedsPlural && w.length >= MIN_GUESSED_PLURAL && lex.pluralEndings.some((e) => w.endsWith(e))) break;
    }
    if (last < 0 || (this.glued(last + 1) && (this.is(last + 1, '-') || this.is(last + 1, "'")))) return null;
    const w = t.word(last);
    if (lex.notNouns.has(w) || (lex.guessNeedsPlural && !lex.pluralEndings.some((e) => w.endsWith(e)))) return null;
    return w;
  }

  /**
   * Reads the figure that starts at token i (a number, or a currency sign, month, quarter before it).
   * `floor` is the first token not taken by an earlier figure.
   */
  private parseFigure(i: number, floor: number, inRange: boolean): Draft | null {
    const { t, lex } = this;
    const share = this.shareAt(i, floor);
    if (share) return inRange ? share : this.withBounds(share, floor);
    const dated =
      this.quarter(i) ??
      (t.kind[i] === TokenKind.Word ? this.monthFirstDate(i) : null) ??
      (this.isNum(i) ? (this.numericDate(i) ?? this.dayFirstDate(i)) : null);
    if (dated) return inRange ? dated : this.withDeadline(dated, floor);
    const raced = this.isNum(i) ? this.raceTime(i) : null;
    if (raced) return inRange ? raced : this.withBounds(raced, floor);
    const age = !inRange && this.isNum(i) ? this.ageInBrackets(i) : null;
    if (age) return age;
    const compound = t.kind[i] === TokenKind.Word ? this.numberUnitCompound(i) : null;
    if (compound) return inRange ? compound : this.withBounds(compound, floor);

    let pre: CurrencyRef | null = null;
    let numAt = i;
    const c = lex.currencies.matchAt(t, i);
    if (c && (this.isNum(c.at) || lex.garbled.has(t.word(c.at) ?? '')) && this.inline(c.at)) {
      pre = c.value;
      numAt = c.at;
    }
    // digits glued to a word are part of a name: "G7", "COVID-19", "A320"
    // (but "mid-2026", "FY2024": a year stays a year)
    if (
      !pre &&
      this.isNum(numAt) &&
      this.glued(numAt) &&
      numAt > 0 &&
      this.yearAt(numAt) === null &&
      (t.kind[numAt - 1] === TokenKind.Word ||
        (this.is(numAt - 1, '-') && this.glued(numAt - 1) && numAt > 1 && t.kind[numAt - 2] === TokenKind.Word))
    )
      return null;
    // "3-1", "2-0": the second end of a tight pair that made no range is a score, not a figure of its own
    if (
      !pre &&
      !inRange &&
      numAt > 1 &&
      this.glued(numAt) &&
      this.is(numAt - 1, '-') &&
      this.glued(numAt - 1) &&
      this.isNum(numAt - 2)
    )
      return null;
    // "Euro 2024", "Copa América 2024": a currency's name written as a name before a year is an event
    if (pre && t.kind[i] === TokenKind.Word && this.yearAt(numAt) !== null && this.isEventName(i, numAt))
      return this.draft(i, numAt + 1, 'date', this.yearAt(numAt), 'year');
    const n = this.readNumber(numAt);
    if (!n) return null;
    // ordinals: "1er", "3rd", "2º", and "3." before a word in languages that write ordinals so
    if (!n.written && this.glued(n.to) && lex.ordinalSuffixes.has(t.word(n.to)) && !lex.scales.matchAt(t, n.to))
      return null;
    if (
      !n.written &&
      lex.dotOrdinals &&
      n.plain !== null &&
      n.plain.length <= 2 &&
      this.is(n.to, '.') &&
      this.glued(n.to) &&
      n.to + 1 < t.count &&
      t.kind[n.to + 1] === TokenKind.Word &&
      !lex.scales.matchAt(t, n.to + 1)
    )
      return null;

    const sc = this.scale(n, pre !== null);
    if (n.article && !sc.scaled && !this.articleIsOne(numAt, sc.at, floor)) return null;
    if (n.written && lex.vague.matchBefore(t, numAt, floor)) return null;
    const { scaled } = sc;
    const measure = !pre && !scaled ? this.measureNamedBefore(numAt, sc.value, floor) : null;
    if (measure) {
      const d = this.draft(i, sc.at, 'quantity', sc.value, measure);
      return inRange ? d : this.withBounds(d, floor);
    }
    const year = !scaled && !n.written && (isYear(n) || this.historicYear(numAt, n, floor));
    // a number written with a thousands separator is a count, never a model number ("in Deutschland 329.120")
    const grouped = n.plain === null && n.value !== null && n.value >= 1000 && Number.isInteger(n.value);
    const named = !n.written && !grouped && this.looksLikeProductName(numAt);
    const what = this.attached(
      sc.at,
      pre,
      scaled,
      !year && sc.value !== null && !named,
      !year && !n.written && !named && sc.value !== null,
    );
    const { kind, currency } = what;
    // a scale word alone counts only what it names ("miliona osób"), never a bare amount ("o milion więcej")
    if (n.scaleAlone && !kind) return null;
    let { unit } = what;
    // "a 30-degree angle", "un giro de 180 grados": degrees without a scale beside an angle are no temperature
    const bareDegrees = kind === 'quantity' && unit === '°C' && !this.saysScale(sc.at, what.at);
    if (bareDegrees && this.nearAngle(numAt, what.at)) return null;
    let j = what.at;
    let value = what.factor !== 1 && sc.value !== null ? round(sc.value * what.factor) : sc.value;
    // "8 grados bajo cero", "10 stopni mrozu": a temperature below zero said after it
    if (kind === 'quantity' && TEMPERATURE.has(unit) && value !== null && value > 0 && this.inline(j)) {
      const below = lex.belowZero.matchAt(t, j);
      if (below) {
        value = -value;
        j = below.at;
      }
    }
    // "2 heures et 35 secondes", "dos horas y un minuto", "2 hours, 35 seconds": one duration, in its smallest unit
    if (kind === 'quantity' && value !== null && Number.isInteger(value) && !scaled && unit in SECONDS) {
      const tail = this.durationTail(value, unit, j);
      if (tail) {
        value = tail.value;
        unit = tail.unit;
        j = tail.at;
      }
    }
    // "cinco años y medio", "deux ans et demi", "due anni e mezzo": the half said after its unit
    if (kind === 'quantity' && value !== null && Number.isInteger(value) && !scaled) {
      const half = this.fractionAfter(j);
      if (half) {
        value = value + half.value;
        j = half.at;
      }
    }
    // "60 USD million": a code before the scale word
    if (kind === 'money' && !scaled && !pre && value !== null && this.inline(j)) {
      const s = lex.scales.matchAt(t, j);
      if (s) {
        value = round(value * s.value);
        j = s.at;
      }
    }
    let draft: Draft;
    if (kind) {
      draft = this.draft(i, j, kind, value, kind === 'money' ? currency![0]! : unit);
      if (kind === 'money' && currency!.length > 1) draft.currencyCandidates = currency!;
    } else if (year) {
      draft = this.draft(i, j, 'date', value, 'year');
    } else if (n.written && !scaled) {
      // a written number counts only with its unit: "cuatro a cinco años" as a range, a Romance plural
      // noun of its own ("seis gigafábricas"), else nothing
      if (inRange) return null;
      const w = this.draft(i, j, 'quantity', value, '');
      w.bare = 'plain';
      const ranged = this.range(w, floor);
      if (ranged) return ranged;
      // "tre o quattro anni", "trois ou quatre jours": the unit said once, after the second
      if (!n.article && value !== null) {
        this.sharedUnit(w);
        if (!w.bare) return this.withBounds(w, floor);
      }
      if (n.article || value === null || value < 2) return null;
      const subject = this.countedSubject(numAt, j);
      if (subject) {
        w.unit = subject;
        w.bare = undefined;
        return this.withBounds(w, floor);
      }
      const g = this.guessNoun(j, false);
      if (!g || lex.nounPosition !== 'first' || t.word(j) !== g || !lex.pluralEndings.some((e) => g.endsWith(e))) {
        if (!this.casualtySubject(j)) return null;
        w.unit = 'person';
        w.bare = undefined;
        return this.withBounds(w, floor);
      }
      w.unit = g;
      w.bare = undefined;
      return this.withBounds(w, floor);
    } else {
      draft = this.draft(i, j, 'quantity', value, '');
      draft.bare = scaled ? 'scaled' : 'plain';
      if (!scaled && (this.capitalizedWordAt(j) || (j < t.count && this.glued(j) && t.kind[j] === TokenKind.Word)))
        draft.nounAfter = true;
      if (!scaled && named) return null;
      if (!named && value !== null) {
        const thousands = n.value !== null && n.value !== 0 && value / n.value < 1e6;
        draft.guess =
          scaled && !thousands ? (this.guessNoun(j, true) ?? undefined) : (this.guessNoun(j, false) ?? undefined);
        const g = draft.guess;
        draft.ownNoun =
          g !== undefined &&
          !scaled &&
          lex.nounPosition === 'first' &&
          t.word(j) === g &&
          lex.pluralEndings.some((e) => g.endsWith(e));
      }
    }
    draft.scaled = scaled;
    draft.bareDegrees = bareDegrees;
    if (n.garbled) {
      draft.value = null;
      draft.unreadable = `garbled number "${n.garbled}"`;
    }
    if (inRange) return draft;

    // a range: "10–15 år", "entre 2 et 3 milliards", "2026-2030", "fra 300 til 750 MW"
    const ranged = this.range(draft, floor);
    if (ranged) return ranged;
    // (not a list marker: "2. Respectez les autres", "3) les emplois"; a marker opens its line or sentence,
    // a number that ends a sentence is none: "i morti salgono a 39.")
    const opens = numAt === 0 || t.sentence[numAt - 1] !== t.sentence[numAt] || t.gap[numAt] === Gap.Newline;
    const marker = (this.is(j, '.') || this.is(j, ')')) && this.glued(j) && (opens || this.is(j, ')'));
    if (draft.bare === 'plain' && value !== null && !named && !marker) this.sharedUnit(draft);
    if (
      draft.bare === 'plain' &&
      !draft.nounAfter &&
      !draft.ownNoun &&
      value !== null &&
      value >= 2 &&
      !named &&
      !marker
    ) {
      const near = this.countedSubject(numAt, j) ?? this.nearbyNoun(numAt, j);
      if (near) {
        draft.unit = near;
        draft.bare = undefined;
      } else if (Number.isInteger(value) && this.casualtySubject(j)) {
        draft.unit = 'person';
        draft.bare = undefined;
        draft.guess = undefined;
      }
    }
    if (draft.kind === 'date') return this.withDeadline(draft, floor);
    return this.withBounds(draft, floor);
  }

  /**
   * A number and its unit written as one word ("die achtjährige Reise", "einen Vierjahres-Vertrag", "de twintigjarige
   * Deen", "en femårig aftale", "czteroletnią umowę", "siedmiominutowa akcja"): the language's `unitCompounds` ends
   * after a closed number compound or a combining form. A hyphen joins only the rest of a compound noun ("-Vertrag").
   * Capitalized inside a sentence where nouns are not, it is a name ("ronda Czterdziestolatka", a roundabout).
   */
  private numberUnitCompound(i: number): Draft | null {
    const { t, lex } = this;
    if (this.glued(i) && i > 0 && t.kind[i - 1] !== TokenKind.Punct) return null;
    const c = unitCompound(lex, t.word(i));
    if (c && !lex.nounsCapitalized && this.capitalizedWordAt(i) && this.midSentence(i)) return null;
    return c ? this.draft(i, i + 1, 'quantity', c.value, c.unit) : null;
  }

  /**
   * A person's age in brackets after the name, as the press writes it in every language ("Margot Robbie (33)",
   * "Georg Kjustad (34) og døtrene Emine (7)", "Rasmus Højlund (20)"): a whole number up to 120 alone in brackets
   * right after a capitalized word, in years. Not a name after an article or a preposition ("des Syriens (47)", "à
   * Taroudant (452)"), not an acronym ("PiS (194)"), and not in a sentence whose bracketed numbers are not all ages
   * (a list of places and tolls: "Al Haouz (542), ..., Casablanca (3)").
   */
  private ageInBrackets(i: number): Draft | null {
    const { t, lex } = this;
    const age = this.plainInt(i);
    if (age < 1 || age > 120 || t.word(i).length > 3) return null;
    if (!this.is(i - 1, '(') || !this.glued(i) || !this.is(i + 1, ')') || !this.glued(i + 1) || i < 2) return null;
    if (!this.bracketsHoldOnlyAges(i)) return null;
    // the name: one or more capitalized words (not all capitals) right before the bracket
    let k = i - 2;
    let names = 0;
    while (k >= 0 && t.kind[k] === TokenKind.Word && t.sentence[k] === t.sentence[i] && this.properName(k)) {
      names++;
      k--;
    }
    if (names === 0 || k + 1 === i - 1) return null;
    // one name alone after a function word is a place or a people ("à Taroudant", "des Syriens"); after a
    // connector or a comma, or a noun ("døtrene Emine"), it is a person
    const before = k >= 0 && t.sentence[k] === t.sentence[i] ? t.word(k) : '';
    if (names === 1 && lex.stop.has(before) && !lex.connectors.has(before)) return null;
    return this.draft(i, i + 1, 'quantity', age, 'year');
  }

  /** A capitalized word that is no acronym ("Robbie", "Højlund"; not "PiS", "SPD"). */
  private properName(k: number): boolean {
    const w = this.text.slice(this.t.start[k]!, this.t.end[k]!);
    return w.length >= 2 && w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
  }

  /** Every bracket of the sentence of token i that holds a number holds a whole number up to 120 and nothing else. */
  private bracketsHoldOnlyAges(i: number): boolean {
    const { t } = this;
    const s = t.sentence[i];
    let k = i;
    while (k > 0 && t.sentence[k - 1] === s) k--;
    for (; k < t.count && t.sentence[k] === s; k++) {
      if (!this.is(k, '(') || !this.isNum(k + 1)) continue;
      const v = this.plainInt(k + 1);
      if (v < 1 || v > 120 || !this.is(k + 2, ')')) return false;
    }
    return true;
  }

  /**
   * The unit a measure's name before the number gives it ("magnitude 7,8", "a magnitude of 6.8", "magnitudo di
   * 6,8", "eine Stärke von 6,8", "magnitud på omkring 6,6"), past a bound word; only for a value of its scale.
   */
  private measureNamedBefore(numAt: number, value: number | null, floor: number): string | null {
    const { t, lex } = this;
    if (value === null || value <= 0 || value > 10) return null;
    const bound = lex.boundsBefore.matchBefore(t, numAt, floor);
    const m = lex.measuresBefore.matchBefore(t, bound ? bound.at : numAt, floor);
    return m && t.sentence[m.at] === t.sentence[numAt] ? m.value : null;
  }

  /**
   * A year before 1800 said in a date context ("stod færdig i 1625", "constructed in 1640", "Das Gebäude von 1615"):
   * four plain digits after one of the language's year prepositions, with no noun of their own after them (a word
   * of the closed vocabulary, punctuation or the end of the sentence follows: not "in 1500 schools").
   */
  private historicYear(i: number, n: NumberRead, floor: number): boolean {
    const { t, lex } = this;
    if (n.plain === null || n.plain.length !== 4 || n.to !== i + 1) return false;
    const v = Number(n.plain);
    if (v < 1000 || v >= 1800 || !lex.yearPreps.matchBefore(t, i, floor)) return false;
    const next = i + 1;
    return (
      next >= t.count ||
      t.sentence[next] !== t.sentence[i] ||
      t.kind[next] !== TokenKind.Word ||
      lex.stop.has(t.word(next))
    );
  }

  /**
   * A race or flight time written as one: "2:00:35", "2h01:09", "2h01.25", "2h00m35s" (hours, minutes, seconds), in
   * seconds. Only a one-digit hour: "04:17:35" and "14:05" are clock times.
   */
  private raceTime(i: number): Draft | null {
    const { t } = this;
    const hms = HMS.exec(t.word(i));
    if (hms) return this.draft(i, i + 1, 'quantity', +hms[1]! * 3600 + +hms[2]! * 60 + +hms[3]!, 'second');
    const h = this.plainInt(i);
    if (h < 0 || h > 9 || t.word(i).length !== 1 || !this.is(i + 1, 'h') || !this.glued(i + 1) || !this.glued(i + 2))
      return null;
    const ms = this.isNum(i + 2) ? MS.exec(t.word(i + 2)) : null;
    if (ms) return this.draft(i, i + 3, 'quantity', h * 3600 + +ms[1]! * 60 + +ms[2]!, 'second');
    const w = (k: number): string => (k < t.count && this.glued(k) ? t.word(k) : '');
    if (TWO_DIGITS.test(w(i + 2)) && w(i + 3) === 'm' && TWO_DIGITS.test(w(i + 4)) && w(i + 5) === 's')
      return this.draft(i, i + 6, 'quantity', h * 3600 + +w(i + 2) * 60 + +w(i + 4), 'second');
    return null;
  }

  /**
   * The smaller units that continue a duration after its first unit at `j` ("et 35 secondes", "y un minuto",
   * ", 35 seconds", "51 minutes et 40 secondes"): each below 60 and smaller than the one before. The whole in its
   * smallest unit and the token after it, or null.
   */
  private durationTail(value: number, unit: string, j: number): { value: number; unit: string; at: number } | null {
    const { t, lex } = this;
    let total = value * SECONDS[unit]!;
    let last = unit;
    let at = j;
    for (let step = 0; step < 2; step++) {
      let k = at;
      if (this.is(k, ',') || (this.inline(k) && lex.connectors.has(t.word(k)))) k++;
      if (!this.inline(k)) break;
      const n = this.readNumber(k);
      if (!n || n.value === null || !Number.isInteger(n.value) || n.value >= 60) break;
      const u = this.inline(n.to) ? this.noun(n.to, false) : null;
      const s = u ? SECONDS[u.value] : undefined;
      if (!u || s === undefined || s >= SECONDS[last]!) break;
      total += n.value * s;
      last = u.value;
      at = u.at;
    }
    return last === unit ? null : { value: total / SECONDS[last]!, unit: last, at };
  }

  /**
   * A fraction joined to the unit before it ("años y medio", "ans et demi", "anni e mezzo", "anos e meio", "hours
   * and a half"): the connector, an optional article, a number word below one; its value and the token after it.
   */
  private fractionAfter(j: number): { value: number; at: number } | null {
    const { t, lex } = this;
    if (!this.inline(j) || !lex.connectors.has(t.word(j)) || !this.inline(j + 1)) return null;
    const art = lex.articles.matchAt(t, j + 1);
    const f = lex.numberWords.matchAt(t, art ? art.at : j + 1);
    return f && f.value > 0 && f.value < 1 ? f : null;
  }

  /** The scale words after a number ("milliards", "Mrd.", "mil millones", "bn" after "€", "M" before "€"). */
  private scale(n: NumberRead, withSign: boolean): { value: number | null; at: number; scaled: boolean } {
    const { t, lex } = this;
    let value = n.value;
    let j = n.to;
    let scaled = false;
    let lastScale = 1;
    for (let k = 0; k < 2; k++) {
      const s = this.inline(j) ? lex.scales.matchAt(t, j) : null;
      if (!s) break;
      // "1.016 milliard": a singular scale word means less than two, so the separator was a decimal mark
      if (k === 0 && n.decimalAlternative !== undefined && lex.singularScales.has(t.word(j)))
        value = n.decimalAlternative;
      if (value !== null) value *= s.value;
      j = s.at;
      scaled = true;
      lastScale = s.value;
    }
    // "dos millones trescientos mil", "35 millones 500 mil", "3 milioni e mezzo": a smaller scaled part
    // or a fraction of the scale completes the number
    if (scaled && value !== null) {
      const tail = this.scaleTail(j, lastScale);
      if (tail) {
        value += tail.value;
        j = tail.at;
      }
    }
    // "siete mil 340 personas", "cuatro mil 365", as Mexican papers write: digits below a thousand right after a
    // written thousand complete it
    if (!scaled && n.written && n.tailScale === 1000 && value !== null && this.inline(j) && !this.glued(j)) {
      const u = this.plainInt(j);
      if (u > 0 && u < 1000 && t.word(j).length <= 3) {
        value += u;
        j++;
      }
    }
    // "€5bn" in any language: an international suffix glued to an amount with a currency sign
    if (!scaled && withSign && this.glued(j)) {
      const ss = lex.suffixScales.matchAt(t, j);
      if (ss) {
        if (value !== null) value *= ss.value;
        j = ss.at;
        scaled = true;
      }
    }
    // "5 M€", "300 k€": a scale letter that only stands before a currency
    if (!scaled && this.inline(j)) {
      const cs = lex.currencyScales.matchAt(t, j);
      if (cs && this.inline(cs.at) && lex.currencies.matchAt(t, cs.at)) {
        if (value !== null) value *= cs.value;
        j = cs.at;
        scaled = true;
      }
    }
    // "45 MUSD", "300 mkr": a code carrying its scale (the currency is read from the same token next)
    if (!scaled && this.inline(j)) {
      const sc = lex.scaledCodes.matchAt(t, j);
      if (sc) {
        if (value !== null) value *= sc.value;
        scaled = true;
      }
    }
    return { value: value === null ? null : round(value), at: j, scaled };
  }

  /**
   * The part after a scale word that completes the number: a fraction of the scale ("e mezzo", "y medio") or
   * a smaller amount with its own scale or its thousands right after it ("trescientos mil", "500 mil" after
   * "millones"; "2 milioni e 200 mila euro", "58 milioni e 990.000 persone"). A plain number after a scale ("2 millones 300
   * personas") is another figure, and so is one far smaller than the scale ("3 miliardi e 3mila posti").
   */
  private scaleTail(j: number, scale: number): { value: number; at: number } | null {
    const { t, lex } = this;
    if (scale < 1e6 || !this.inline(j)) return null;
    let k = j;
    if (lex.connectors.has(t.word(k)) && this.inline(k + 1)) k++;
    const frac = t.kind[k] === TokenKind.Word ? lex.numberWords.matchAt(t, k) : null;
    if (frac && frac.value > 0 && frac.value < 1 && k > j) return { value: frac.value * scale, at: frac.at };
    const m = this.readNumber(k);
    if (!m || m.value === null || m.garbled || m.article) return null;
    // a grouped whole number continues the number only after a connector ("e 990.000")
    if (m.plain === null && !m.written && !(k > j && Number.isInteger(m.value))) return null;
    let part = m.value;
    let at = m.to;
    const s = this.inline(at) ? lex.scales.matchAt(t, at) : null;
    if (s) {
      part *= s.value;
      at = s.at;
    }
    if (part < 1000 || part >= scale) return null;
    // after a connector, a part of the same order ("e 200 mila", "e 990.000"; not "e 3mila posti")
    if (k > j) return part * 1000 >= scale ? { value: part, at } : null;
    if (!s && !m.written) return null;
    return { value: part, at };
  }

  /** What the number counts or measures: a currency, "%", a unit, a counted noun, or nothing. */
  private attached(
    j: number,
    pre: CurrencyRef | null,
    scaled: boolean,
    maySkip: boolean,
    mayGuessNoun: boolean,
  ): { kind: Figure['kind'] | null; unit: string; currency: CurrencyRef | null; at: number; factor: number } {
    const { t, lex } = this;
    if (pre) return { kind: 'money', unit: '', currency: pre, at: j, factor: 1 };
    const cur = this.after(lex.currencies, j);
    // "2,000 pounds of steel", "500 livres de farine": a word both a currency and a mass, unscaled and
    // followed by what it weighs, is the mass
    const mass = cur && !scaled ? lex.units.matchAt(t, j) : null;
    if (
      mass &&
      mass.at === cur!.at &&
      this.inline(mass.at) &&
      (lex.link.matchAt(t, mass.at) || this.smallerMassAfter(mass.at))
    )
      return { kind: 'quantity', unit: mass.value, currency: null, at: mass.at, factor: 1 };
    if (cur) return { kind: 'money', unit: '', currency: cur.value, at: cur.at, factor: 1 };
    // "75 cents", "50 öre", "120p": a hundredth of the article's currency among those the word may name
    const sub = this.inline(j) ? lex.subunits.matchAt(t, j) : null;
    if (
      sub &&
      !scaled &&
      (sub.at - j > 1 || t.word(j).length > 1 || this.glued(j)) &&
      !(this.glued(sub.at) && t.kind[sub.at] === TokenKind.Word)
    ) {
      return { kind: 'money', unit: '', currency: sub.value, at: sub.at, factor: 0.01 };
    }
    const elided = scaled && this.inline(j) ? lex.elided.matchAt(t, j) : null;
    if (elided) return { kind: 'money', unit: '', currency: [elided.value], at: elided.at, factor: 1 };
    // "30-procentig", "25-prozentigen": a percent adjective hyphenated to its number
    const hyphen = this.is(j, '-') && this.glued(j) && this.glued(j + 1) && t.kind[j + 1] === TokenKind.Word;
    const p = this.inline(j) ? (lex.percent.matchAt(t, j) ?? (hyphen ? lex.percent.matchAt(t, j + 1) : null)) : null;
    if (p) return { kind: 'percent', unit: '%', currency: null, at: p.at, factor: 1 };
    // "25 Basispunkte", "175 pb": hundredths of a percentage point
    const bp = this.inline(j) ? lex.basisPoints.matchAt(t, j) : null;
    if (bp) return { kind: 'percent', unit: '%', currency: null, at: bp.at, factor: 0.01 };
    // "400 Nm", "40C": a symbol read as written (lower-cased it is a word or another unit)
    const g =
      this.inline(j) && t.kind[j] === TokenKind.Word
        ? lex.casedUnits.get(this.text.slice(t.start[j]!, t.end[j]!))
        : undefined;
    if (
      g &&
      (!g.glued || this.glued(j) || this.pairedScale(j)) &&
      !(this.glued(j + 1) && t.kind[j + 1] !== TokenKind.Punct) &&
      !this.elision(j + 1)
    )
      return { kind: 'quantity', unit: g.unit, currency: null, at: j + 1, factor: 1 };
    const u = this.after(lex.units, j);
    if (u && !this.elision(u.at)) {
      const r = this.rate(u.value, u.at);
      return { kind: 'quantity', unit: r ? r.value : u.value, currency: null, at: r ? r.at : u.at, factor: 1 };
    }
    const h = this.hyphenated(j);
    if (h) return { kind: 'quantity', unit: h.value, currency: null, at: h.at, factor: 1 };
    const q = this.noun(j, maySkip);
    if (q) return { kind: 'quantity', unit: q.value, currency: null, at: q.at, factor: 1 };
    const lemma = lex.nounsAreEnglish && mayGuessNoun ? this.unknownEnglishNoun(j) : null;
    if (lemma) return { kind: 'quantity', unit: lemma, currency: null, at: j + 1, factor: 1 };
    return { kind: null, unit: '', currency: null, at: j, factor: 1 };
  }

  /**
   * Whether token k is the apostrophe of an elided article or preposition glued to the word before and after it
   * ("quattro miliardi l'anno", "nel 2023 l'aumento", "20 d'entre eux"): the letter before it is that word, never a
   * unit symbol ("l", "d", "m").
   */
  private elision(k: number): boolean {
    const { t } = this;
    const w = k < t.count ? t.word(k) : '';
    return (
      (w === "'" || w === '\u2019') &&
      this.glued(k) &&
      k + 1 < t.count &&
      this.glued(k + 1) &&
      t.kind[k + 1] === TokenKind.Word &&
      t.word(k - 1).length === 1
    );
  }

  /**
   * "a 450-megawatt plant", "a 1.6-liter engine", "a 72-year-old man": a unit or a counted noun hyphenated to
   * its number as an adjective, with the rest of the adjective ("-old", "-long").
   */
  private hyphenated(j: number): { value: string; at: number } | null {
    const { t, lex } = this;
    if (!this.is(j, '-') || !this.glued(j) || !this.glued(j + 1) || t.kind[j + 1] !== TokenKind.Word) return null;
    const m = lex.units.matchAt(t, j + 1) ?? lex.nouns.matchAt(t, j + 1);
    if (!m) return null;
    let at = m.at;
    if (this.is(at, '-') && this.glued(at) && this.glued(at + 1) && t.kind[at + 1] === TokenKind.Word) at += 2;
    return { value: m.value, at };
  }

  /** Whether the unit words from..to name a temperature scale ("°C", "degrees Celsius", "graden C"), not bare degrees. */
  private saysScale(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = this.t.word(k);
      if (w === '°' || w === 'º' || w === 'c' || w.startsWith('celsius') || w.startsWith('°c')) return true;
    }
    return false;
  }

  /** An angle word ("angle", "Winkel", "giro") within a few tokens of the figure, in its sentence. */
  private nearAngle(from: number, to: number): boolean {
    const { t, lex } = this;
    if (lex.angleWords.length === 0) return false;
    const s = t.sentence[from]!;
    for (let k = Math.max(0, from - 4); k < Math.min(t.count, to + 3); k++) {
      if (t.sentence[k] !== s || t.kind[k] !== TokenKind.Word) continue;
      const w = t.word(k);
      if (lex.angleWords.some((a) => w.startsWith(a))) return true;
    }
    return false;
  }

  /** "7 pounds 3 ounces": a number and a smaller mass unit after it make the word before a mass. */
  private smallerMassAfter(j: number): boolean {
    if (!this.isNum(j) || !this.inline(j) || !this.inline(j + 1)) return false;
    const u = this.lex.units.matchAt(this.t, j + 1);
    return u !== null && (u.value === 'oz' || u.value === 'g');
  }

  /**
   * "111 F (43.8 C)": a spaced one-letter scale counts only beside its conversion in brackets, where "F" and
   * "C" can be nothing else (elsewhere "Group C", "vitamin C").
   */
  private pairedScale(j: number): boolean {
    const { t } = this;
    if (this.is(j + 1, '(') && this.isNum(j + 2) && t.kind[j + 3] === TokenKind.Word && t.word(j + 3).length === 1)
      return true;
    let k = j - 1;
    while (k > 0 && t.kind[k] === TokenKind.Number) k--;
    return (
      this.is(k, '(') &&
      this.is(j + 1, ')') &&
      t.kind[k - 1] === TokenKind.Word &&
      t.word(k - 1).length === 1 &&
      this.isNum(k - 2)
    );
  }

  /**
   * "2 million tonnes per year", "491 litres d'eau par m2", "5 Millionen Tonnen Stahl pro Jahr": a measure
   * over a time or an area is a rate, and the figure spans it; its unit is in rateUnit. What is measured may
   * stand between the unit and the per word (a link word and a noun, or one noun).
   */
  private rate(unit: string, at: number): { value: string; at: number } | null {
    const { t, lex } = this;
    if (TEMPERATURE.has(unit) || unit.includes('/') || unit === 'mph') return null;
    let k = at;
    for (let skipped = 0; skipped < 3 && this.inline(k); skipped++) {
      const p = lex.perWords.matchAt(t, k);
      // an article as the per word ("3.5 TWh a year") only right after the unit: "500 mg twice a day" is a dose
      if (p && this.inline(p.at) && (k === at || !lex.articles.matchAt(t, k))) {
        const area = lex.units.matchAt(t, p.at);
        if (area && AREA_UNITS.has(area.value)) return { value: rateUnit(unit, area.value), at: area.at };
        const time = lex.nouns.matchAt(t, p.at);
        if (time && TIME.has(time.value) && time.value !== 'time')
          return { value: rateUnit(unit, time.value), at: time.at };
      }
      const l = skipped === 0 ? lex.link.matchAt(t, k) : null;
      if (l) k = l.at;
      else if (this.unknownWord(k, true, skipped === 1)) k++;
      else return null;
    }
    return null;
  }

  /**
   * A bare number coordinated with the figure right after it takes that figure's unit, and its scale when
   * the two are then of one magnitude: "28 e 16 nanometri", "21 respektive 19 procent", "tre o quattro anni", "z 23 do 8 proc." (a level that
   * falls, so no range), "von 4,8 auf 5,0 Prozent", "tablait sur 25 et 26 Mds£", "15 av de 25 miljarder
   * kronor", "194 de los 460 escaños". The words between are the language's joiners, range and level words
   * and partitives (`coordinators`); a date or another bare number after them lends nothing.
   */
  private sharedUnit(d: Draft): void {
    const { t, lex } = this;
    const link = this.inline(d.tokTo) ? lex.coordinators.matchAt(t, d.tokTo) : null;
    if (!link || link.at >= t.count || !this.inline(link.at) || t.sentence[link.at] !== d.sentence) return;
    const b = this.parseAt(link.at, link.at, true);
    if (!b || b.bare || !b.unit || b.kind === 'date' || typeof b.value !== 'number' || b.value === 0) return;
    if (b.range || typeof d.value !== 'number') return;
    // the second figure's scale ("26 Mds£", "550 milioni", "4,4 miljard"), read from its own number
    const raw = this.readNumber(b.tokFrom) ?? this.readNumber(b.tokFrom + 1);
    const factor = raw && raw.value ? (b.value !== raw.value ? b.value / raw.value : (raw.tailScale ?? 1)) : 1;
    const value = factor !== 1 && Math.abs(factor) >= 1 ? round(d.value * factor) : d.value;
    // a first number far from the second is something else ("1 of the 500 million", "3 and 90 %")
    // (money is held closer: an amount's currency is lent only to a number of its own size)
    const ratio = Math.abs(value / b.value);
    const most = b.kind === 'money' ? MAX_SHARED_MONEY_RATIO : MAX_SHARED_RATIO;
    if (value === 0 || ratio > most || ratio < 1 / most) return;
    d.kind = b.kind;
    d.unit = b.unit;
    d.value = value;
    d.scaled = d.scaled || factor !== 1;
    if (b.currencyCandidates) d.currencyCandidates = b.currencyCandidates;
    d.bare = undefined;
    d.guess = undefined;
  }

  /**
   * What a bare number counts when its clause names it in a tight construction, where even a noun of the open
   * vocabulary (never lent to a mere neighbour) is meant: a count word before the noun ("Die Zahl der Toten ist
   * auf 43 gestiegen", "liczba ofiar wzrosła do 39"); a subject with its definite article before the verb, the
   * number ending the clause ("i morti salgono a 39.", "I feriti sono 16, di cui"); or the article and the noun
   * right after the number ("Sono 70 le vittime", "Suben a 64 los muertos"). Without a count word, only the
   * nearest noun back may be the subject.
   */
  private countedSubject(from: number, to: number): string | null {
    const { t, lex } = this;
    const sentence = t.sentence[from]!;
    const nounAt = (k: number): string | null => {
      const m = k < t.count && t.sentence[k] === sentence ? lex.nouns.matchAt(t, k) : null;
      return m && !TIME.has(m.value) ? m.value : null;
    };
    if (to < t.count && t.sentence[to] === sentence && this.inline(to)) {
      // "Sono 70 le vittime", "Suben a 64 los muertos"
      if (lex.definite.has(t.word(to))) {
        const n = nounAt(to + 1);
        if (n) return n;
      }
      // "elevaron a 42 el saldo de muertos", "Sube a 99 la cifra de muertos": a count word right after
      const c = lex.countWords.matchAt(t, to);
      if (c) {
        const n = nounAt(c.at);
        if (n) return n;
      }
    }
    const ends = to >= t.count || t.sentence[to] !== sentence || t.kind[to] === TokenKind.Punct;
    let nearest: number = -1;
    for (let k = from - 2; k >= 0 && k >= from - COUNT_REACH; k--) {
      if (t.sentence[k] !== sentence || t.kind[k] === TokenKind.Number || CLAUSE_BREAKS.has(t.word(k))) break;
      // "Die Zahl der Toten bei dem Brand in Kemerowo ist auf 53 gestiegen": the counted noun after a count word
      const c = lex.countWords.matchAt(t, k);
      if (c && c.at < from) {
        const n = nounAt(c.at);
        if (n) return n;
      }
      if (nearest < 0 && from - k <= SUBJECT_REACH) {
        const m = lex.nouns.matchAt(t, k);
        if (m && m.at < from) nearest = k;
      }
    }
    // the nearest noun back, a subject with its definite article, the number ending the clause ("i morti
    // salgono a 39.", "I feriti sono 16, di cui")
    if (nearest > 0 && ends && t.sentence[nearest - 1] === sentence && lex.definite.has(t.word(nearest - 1)))
      return nounAt(nearest);
    return null;
  }

  /**
   * The counted noun a bare number stands for when it is a few words away: "20,000 of its most advanced
   * GPUs", "die Zahl der Beschäftigten soll auf 40.000 steigen". Looks forward first, then back, within
   * the sentence and never past another number.
   */
  private nearbyNoun(from: number, to: number): string | null {
    const { t, lex } = this;
    const sentence = t.sentence[from]!;
    for (let k = to; k < t.count && k < to + NEARBY; k++) {
      // a noun past a comma belongs to the next clause ("10.000 en Alemania, y suministra chips")
      // nor one past "and" or another number ("1 200 tjänstemän och stänger fem fabriker")
      if (t.sentence[k] !== sentence || t.kind[k] === TokenKind.Number || CLAUSE_BREAKS.has(t.word(k))) break;
      if (lex.rangeAnd.matchAt(t, k) || lex.numberWords.matchAt(t, k)) break;
      const m = lex.nouns.matchAt(t, k);
      if (m && m.at === k + 1 && lex.unlentNouns.has(t.word(k))) continue;
      if (m) return TIME.has(m.value) ? null : m.value;
    }
    for (let k = from - 1; k >= 0 && k >= from - NEARBY; k--) {
      if (t.sentence[k] !== sentence || t.kind[k] === TokenKind.Number) break;
      const m = lex.nouns.matchAt(t, k);
      if (m && m.at === k + 1 && lex.unlentNouns.has(t.word(k))) continue;
      if (m && m.at <= from) return TIME.has(m.value) ? null : m.value;
    }
    return null;
  }

  /**
   * A lower-case word the vocabulary does not know, right after a number, read as the counted noun
   * in its singular form ("12 patents" -> patent), for a language whose nouns are the English lemmas.
   */
  private unknownEnglishNoun(j: number): string | null {
    const { t, lex } = this;
    if (j >= t.count || t.kind[j] !== TokenKind.Word || t.gap[j] !== Gap.Space) return null;
    const c = this.text.charCodeAt(t.start[j]!);
    if (c < 97 || c > 122) return null;
    const w = t.word(j);
    if (w.length < 3 || (lex.known.has(w) && !lex.phraseOnly.has(w)) || lex.functionWords.has(w) || lex.stop.has(w))
      return null;
    if (j + 1 < t.count && (this.is(j + 1, '-') || this.is(j + 1, "'")) && this.glued(j + 1)) return null;
    // only a plural noun: after a number an English noun ends in -s, and an adjective or verb does not
    if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
    if (/(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
    if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
    return null;
  }

  /**
   * A currency name capitalized as a name (not a code: "Euro", not "EUR" or "euro") before a year with no
   * scale after it: "Euro 2024" is the tournament.
   */
  private isEventName(i: number, year: number): boolean {
    const { t, lex } = this;
    const w = this.text.slice(t.start[i]!, t.end[i]!);
    if (w.length < 2 || w[0] === w[0]!.toLowerCase() || w.slice(1) !== w.slice(1).toLowerCase()) return false;
    return !(this.inline(year + 1) && lex.scales.matchAt(t, year + 1));
  }

  private capitalizedWordAt(j: number): boolean {
    if (j >= this.t.count || this.t.kind[j] !== TokenKind.Word || this.t.gap[j] === Gap.Newline) return false;
    const ch = this.text[this.t.start[j]!]!;
    return ch !== ch.toLowerCase();
  }

  /** Whether token i follows a word of its own sentence (not its first word, nor the first after a quote or a colon). */
  private midSentence(i: number): boolean {
    const { t } = this;
    return i > 0 && t.sentence[i - 1] === t.sentence[i] && t.kind[i - 1] === TokenKind.Word;
  }

  /** "Microsoft 365", "Switch 2": a bare number right after a capitalized name. */
  private looksLikeProductName(i: number): boolean {
    const { t } = this;
    if (i === 0 || t.kind[i - 1] !== TokenKind.Word || t.gap[i] !== Gap.Space) return false;
    const first = this.text.charCodeAt(t.start[i - 1]!);
    const upper = this.text[t.start[i - 1]!]!;
    if (upper.toLowerCase() === upper || first < 65) return false;
    if (this.lex.months.matchAt(t, i - 1)) return false;
    // sentence-initial capital ("Bis 2029") is not a name
    return i - 1 > 0 && t.sentence[i - 2]! === t.sentence[i - 1]! && !/[.!?:;]/.test(t.word(i - 2));
  }

  private range(a: Draft, floor: number): Draft | null {
    const { t, lex } = this;
    const j = a.tokTo;
    if (j >= t.count || !this.inline(j)) return null;
    const between = lex.rangeBetween.matchBefore(t, a.tokFrom, floor);
    const from = between ?? lex.rangeFrom.matchBefore(t, a.tokFrom, floor);
    const mid = lex.rangeTo.matchAt(t, j) ?? (between ? lex.rangeAnd.matchAt(t, j) : null);
    if (!mid || !this.inline(mid.at)) return null;
    // "rose by 5 % to 12 %", "senkte um 0,25 Punkte auf 2 %": a change and the level it leads to
    if (!between && !from && !this.is(j, '-') && changeBefore(lex.changes, t, a.tokFrom, floor)) return null;
    if (a.kind === 'date' && a.unit === 'year') {
      const y2 = this.yearAt(mid.at, a.value as number);
      if (y2 !== null && y2 > (a.value as number)) {
        // a dash joins years only when written tight ("2026-2030", "2025–26")
        const r = this.draft(from ? from.at : a.tokFrom, mid.at + 1, 'date', a.value, 'year');
        r.range = [a.value as number, y2];
        return this.withDeadline(r, floor);
      }
      // "tussen 2000 en 2500 banen": after "between", a year-like number whose other end is no year is a count
      if (!between) return null;
      a.kind = 'quantity';
      a.unit = '';
      a.bare = 'plain';
      const counted = this.range(a, floor);
      if (!counted) {
        a.kind = 'date';
        a.unit = 'year';
        a.bare = undefined;
      }
      return counted;
    }
    // the first end is a bare number ("10–15 år") or carries the same unit as the second ("10 km to 15 km")
    // the first end is a bare number ("10–15 år"), an unscaled amount ("$10-15 billion"), or carries
    // the same unit as the second ("10 km to 15 km")
    const unscaledMoney = a.kind === 'money' && !a.scaled;
    // "tra 800mila e 1,2 milioni": a scaled first end keeps its own scale
    const scaledEnd = a.bare === 'scaled';
    if (a.value === null || (a.bare !== 'plain' && !scaledEnd && !unscaledMoney && !(a.kind !== 'date' && a.unit)))
      return null;
    const b = this.parseAt(mid.at, mid.at, true);
    // "tra 2.000 e 3.000 assunzioni": the second end counts the word after it
    if (b && b.bare === 'plain' && b.guess) {
      b.kind = 'quantity';
      b.unit = b.guess;
      b.bare = undefined;
    }
    if (!b || b.kind === 'date' || b.value === null || typeof b.value !== 'number' || b.bare === 'plain') return null;
    if (unscaledMoney) {
      if (b.bare === 'scaled') {
        b.kind = 'money';
        b.unit = a.unit;
        b.bare = undefined;
        b.currencyCandidates = a.currencyCandidates;
      }
      if (b.kind !== 'money' || b.unit !== a.unit) return null;
    } else if (a.unit && a.unit !== b.unit) return null;
    // "2–3 Md€", "tra 20 e 25 mila", "$10-15 billion", "three to four thousand": the first end takes the
    // second's scale, unless it has its own magnitude ("from $250,000 to $1.2 million", "entre 800 000 et
    // 1,2 million"); a first end far below the second without its scale ("from 5 to 1.2 million") is no range
    let lo = a.value as number;
    const hi = b.value as number;
    const rawB = this.readNumber(mid.at) ?? this.readNumber(mid.at + 1);
    if (rawB && rawB.value && (a.bare === 'plain' || unscaledMoney)) {
      const factor = hi !== rawB.value ? hi / rawB.value : (rawB.tailScale ?? 1);
      if (factor !== 1) {
        if (lo * factor < hi) lo = round(lo * factor);
        else if (lo * 1000 < hi) return null;
      }
    }
    if (!(lo < hi)) return null;
    const r = this.draft(from ? from.at : a.tokFrom, b.tokTo, b.kind, round((lo + hi) / 2), b.unit);
    r.range = [lo, hi];
    if (b.currencyCandidates) r.currencyCandidates = b.currencyCandidates;
    if (b.bare) r.bare = b.bare;
    return this.withBounds(r, floor);
  }

  private withBounds(d: Draft, floor: number): Draft {
    const { t, lex } = this;
    const before = lex.boundsBefore.matchBefore(t, d.tokFrom, floor);
    if (before) {
      this.extend(d, before.at, d.tokTo);
      d.bound = before.value;
    }
    const after = lex.boundsAfter.matchAt(t, d.tokTo);
    if (after && this.inline(d.tokTo)) {
      this.extend(d, d.tokFrom, after.at);
      d.bound = after.value;
    }
    return d;
  }

  /** "d'ici 2027", "entro la fine del 2025", "bis Ende 2024": a date the text sets as a deadline. */
  private withDeadline(d: Draft, floor: number): Draft {
    const { t, lex } = this;
    let k = d.tokFrom;
    for (let step = 0; step < 10 && k > floor; step++) {
      if (lex.deadline.matchBefore(t, k, floor)) {
        d.deadline = true;
        break;
      }
      if (!lex.fillers.has(t.word(k - 1))) break;
      k--;
    }
    return d;
  }

  private extend(d: Draft, from: number, to: number): void {
    d.tokFrom = from;
    d.tokTo = to;
    d.start = this.t.start[from]!;
    d.end = this.t.end[to - 1]!;
    d.text = this.text.slice(d.start, d.end);
  }
}

/** Units a rate may be per ("l/m2", "t/ha"). */
const AREA_UNITS = new Set(['m2', 'km2', 'ha', 'ft2', 'mi2', 'ac']);

/**
 * The unit of a rate: the usual symbol for a speed, unit/area for a rate over an area ("l/m2"). Over a
 * year or a day a measure keeps its unit: "40 GWh al año" and "40 GWh" state the same output.
 */
function rateUnit(unit: string, per: string): string {
  if (per === 'hour' && unit === 'km') return 'km/h';
  if (per === 'hour' && unit === 'mi') return 'mph';
  if (per === 'second' && unit === 'm') return 'm/s';
  return AREA_UNITS.has(per) ? `${unit}/${per}` : unit;
}

/** How many tokens may part a change ("+4 %") from the figure it ends at. */
const CHANGE_GAP = 5;

/**
 * "subieron un 4 %, hasta 12.300 millones", "steeg 6 procent tot 2,4 miljard": after a change, the
 * "up to" word (hasta, tot, do, fino a) says where it ended, not that the figure is a ceiling.
 */
function changeEnd(prev: Draft | undefined, d: Draft): void {
  if (!prev || d.bound !== 'at-most' || prev.kind !== 'percent' || d.tokFrom - prev.tokTo > CHANGE_GAP) return;
  // the dot of an abbreviation ("8 proc. do 2,3 mld") ends no sentence
  if (prev.sentence !== d.sentence && !(prev.text.endsWith('.') && d.tokFrom === prev.tokTo)) return;
  d.bound = undefined;
}

// Instances kept alive so that a full garbage collection between two files does not drop the hidden
// classes the compiled code depends on (see KEEP_SHAPE in numbers/tokenize.ts).
const keepAlive: unknown[] = [];

/**
 * Every figure the text states, in text order, with non-overlapping spans.
 * `tokens`: tokenize(text) when the caller has it already (language detection reads the same tokens).
 */
/**
 * The value and unit of a number-unit compound word ("achtjährige": 8 year, "czterokilometrową": 4 km), or null: the
 * longest listed end whose rest is a closed number compound (the compound grammar of numbers/written.ts) or a
 * combining form, alone or after a ten ("dwudziesto|pięcio|letni": 25).
 */
function unitCompound(lex: Lexicon, w: string): { value: number; unit: string } | null {
  if (lex.unitCompoundEndings.length === 0) return null;
  for (const [end, unit] of lex.unitCompoundEndings) {
    if (w.length <= end.length + 1 || !w.endsWith(end)) continue;
    const head = w.slice(0, w.length - end.length);
    const value = compoundValue(lex, head);
    if (value !== null) return { value, unit };
  }
  return genitiveHeadCompound(lex, w);
}

/** Letters a compound's noun after a unit's genitive has at least ("to|års|avtale", not "to|års|a"). */
const MIN_COMPOUND_TAIL = 3;

/**
 * A compound noun whose first part is a number and a unit's genitive ("toårsavtale": 2 year, "tvåårsperiod",
 * "Fünfjahresplan", "Achtstundentag"): the number is read by the compound grammar, the noun after the genitive may
 * be any word of at least three letters, except the language's compounds that name a point in time
 * ("hundreårsdagen", an anniversary; "Jahreswechsel").
 */
function genitiveHeadCompound(lex: Lexicon, w: string): { value: number; unit: string } | null {
  for (const [mid, unit] of lex.unitCompoundHeads) {
    for (let at = w.indexOf(mid, 2); at > 0; at = w.indexOf(mid, at + 1)) {
      const tail = w.slice(at + mid.length);
      const rest = w.slice(at);
      if (tail.length < MIN_COMPOUND_TAIL || lex.unitCompoundExcept.some((e) => rest.startsWith(e))) continue;
      const value = compoundValue(lex, w.slice(0, at));
      // "Halbjahresbilanz": a half names a calendar half, a period of its own
      if (value !== null && value >= 1) return { value, unit };
    }
  }
  return null;
}

function compoundValue(lex: Lexicon, head: string): number | null {
  const form = lex.unitCompoundForms.get(head);
  if (form !== undefined) return form;
  for (let k = 2; k < head.length - 1; k++) {
    const ten = lex.unitCompoundForms.get(head.slice(0, k));
    const unit = lex.unitCompoundForms.get(head.slice(k));
    if (ten !== undefined && unit !== undefined && ten >= 20 && ten < 100 && ten % 10 === 0 && unit < 10)
      return ten + unit;
  }
  const parts = lex.splitter.split(head);
  return parts && parts.some((p) => p > 0) ? composeNumberWords(parts.filter((p) => p > 0)) : null;
}

export function extractFigures(text: string, language: DetectedLanguage, tokens?: Tokens): Figure[] {
  const t = tokens ?? tokenize(text);
  const lex = language === 'und' ? readingLexicon(t) : lexiconFor(language);
  const scanner = new Scanner(text, t, lex, language);
  if (keepAlive.length === 0) keepAlive.push(scanner, scanner.draft(0, Math.min(1, t.count), 'quantity', 0, ''));
  const drafts: Draft[] = [];
  let floor = 0;
  let i = 0;
  while (i < t.count) {
    const kind = t.kind[i];
    if (kind === TokenKind.Word) {
      if (!t.wordPrefixIn(i, lex.startPrefixes)) {
        i++;
        continue;
      }
      const w = t.word(i);
      if (!lex.startWords.has(w) && !lex.splitter.split(w) && !unitCompound(lex, w)) {
        i++;
        continue;
      }
    } else if (kind === TokenKind.Punct && !lex.startWords.has(t.word(i))) {
      i++;
      continue;
    }
    const d = scanner.parseAt(i, floor);
    if (!d) {
      i++;
      continue;
    }
    changeEnd(drafts[drafts.length - 1], d);
    if (!d.change && d.kind !== 'date') d.change = changeOf(lex.changes, t, d.tokFrom, d.tokTo, floor) ?? undefined;
    drafts.push(d);
    i = d.tokTo;
    floor = i;
  }
  // a count of people whose clause says they died counts deaths (src/core/vocab/roles.ts)
  return applyCasualtyRoles(resolveContext(drafts, t, lex, language), t, language);
}
