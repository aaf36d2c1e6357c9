/**
 * Figures in the words a journalist writes, in the reader's locale: "1 million people", "2,500 jobs",
 * "4.3 billion US dollars", "12.5%", "in 2027", "by May 2027". Numbers, currency names, percentages and months come
 * from CLDR through `Intl`; the English plural of a counted noun (the engine's units are English lemmas) from the
 * `pluralize` library, chosen by `Intl.PluralRules`. Never "1 m person", "2500 job" or "4 year".
 */
import pluralize from 'pluralize';
import type { Bound, FigureKind, MessageFigure } from '../types';

/** What a figure must say to be worded: the message figure's own fields (types.ts), without what a message adds. */
export type WordableFigure = Pick<MessageFigure, 'kind' | 'value' | 'unit' | 'range' | 'bound' | 'deadline'>;

const ISO_CURRENCY = /^[A-Z]{3}$/;

/**
 * Measure symbols stay as they are written ("40 km", "5 MW"); only a lower-case word of three letters or more that is
 * no symbol is a counted noun with an English plural.
 */
const SYMBOLS = new Set([
  'km',
  'km2',
  'm2',
  'ha',
  'kg',
  'mph',
  'km/h',
  'cm',
  'mm',
  'mi',
  'sq ft',
  'kwh',
  'mwh',
  'gwh',
  'twh',
]);
const isNoun = (unit: string): boolean => /^[a-z][a-z -]{2,}$/.test(unit) && !SYMBOLS.has(unit.toLowerCase());

const ENGLISH_PLURAL = new Intl.PluralRules('en');
const formats = new Map<string, Intl.NumberFormat>();
/** One formatter per locale and kind of use (`id` names the options: building one costs far more than using it). */
function numberFormat(locale: string, id: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${id}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** Large numbers in words from a million up ("4.3 billion", "4,3 milliards"), digits grouped below ("2,500"). */
export function wordNumber(n: number, locale = 'en'): string {
  if (Math.abs(n) >= 1e6)
    return numberFormat(locale, 'f1', {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    }).format(n);
  return numberFormat(locale, Math.abs(n) >= 100 ? 'int' : 'dec2', {
    maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2,
  }).format(n);
}

/** "4.3 billion US dollars", "3,2 milliards euros", "2,500 euros": the currency named as the locale names it. */
export function wordMoney(n: number, currency: string, locale = 'en'): string {
  const large = Math.abs(n) >= 1e6;
  try {
    return numberFormat(locale, `money-${currency}-${large ? 'compact' : Math.abs(n) >= 100 ? 'int' : 'dec2'}`, {
      style: 'currency',
      currency,
      currencyDisplay: 'name',
      ...(large
        ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }
        : { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 }),
    }).format(n);
  } catch {
    return `${wordNumber(n, locale)} ${currency}`;
  }
}

/** "1 million people", "2,500 jobs", "1 job", "40 km": the noun agrees with the number. */
export function wordCount(n: number, unit: string, locale = 'en'): string {
  const number = wordNumber(n, locale);
  if (!unit) return number;
  if (!isNoun(unit)) return `${number} ${unit}`;
  // the noun is English: its plural follows the English rule whatever the UI locale
  const one = ENGLISH_PLURAL.select(Math.abs(n) >= 1e6 ? 2 : n) === 'one';
  return `${number} ${one ? unit : pluralize.plural(unit)}`;
}

/** "12.5%", "12,5 %" */
export function wordPercent(n: number, locale = 'en'): string {
  return numberFormat(locale, 'f4', { style: 'percent', maximumFractionDigits: 2 }).format(n / 100);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withDay}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      ...(withDay ? { day: 'numeric' as const } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, f);
  }
  return f;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027", "May 2027", "13 May 2024", "Q3 2024": a date value as the locale writes it. */
export function wordDate(value: number | string, locale = 'en'): string {
  const s = String(value);
  const day = DAY.exec(s);
  if (day) return dateFormat(locale, true).format(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!));
  const month = MONTH.exec(s);
  if (month) return dateFormat(locale, false).format(Date.UTC(+month[1]!, +month[2]! - 1, 1));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(s);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return s;
}

/** A value of a figure's kind and unit, without its bound. */
export function wordValue(kind: FigureKind, value: number, unit: string, locale = 'en'): string {
  if (kind === 'money' && ISO_CURRENCY.test(unit)) return wordMoney(value, unit, locale);
  if (kind === 'percent' || unit === '%') return wordPercent(value, locale);
  return wordCount(value, unit, locale);
}

/**
 * The words around a figure, as templates of its worded value `{0}`: its bound ("about {0}"), a deadline ("by {0}"),
 * a date ("in {0}", "on {0}" for a day), and a figure with no value. English by default (the engine's messages);
 * the language server passes its table's (src/server/messages.ts, `why`).
 */
export interface FigureWords {
  atLeast: string;
  atMost: string;
  about: string;
  nearly: string;
  inTime: string;
  onDay: string;
  byTime: string;
  unreadableValue: string;
}

export const ENGLISH_FIGURE_WORDS: FigureWords = {
  atLeast: 'at least {0}',
  atMost: 'up to {0}',
  about: 'about {0}',
  nearly: 'nearly {0}',
  inTime: 'in {0}',
  // as the engine's messages have always said it ("in 13 May 2024"): they must not change
  onDay: 'in {0}',
  byTime: 'by {0}',
  unreadableValue: 'unreadable',
};

const BOUND_KEY: Record<Bound, keyof FigureWords> = {
  'at-least': 'atLeast',
  'at-most': 'atMost',
  about: 'about',
  nearly: 'nearly',
};

const around = (template: string, text: string): string => template.replace('{0}', text);

/**
 * A whole figure in words: "about 1 million people", "2–3 billion euros", "in 2027", "by 2027", "unreadable".
 * Numbers and names follow `locale`; the bound and deadline words `words` (English by default).
 */
export function wordFigure(f: WordableFigure, locale = 'en', words: FigureWords = ENGLISH_FIGURE_WORDS): string {
  if (f.value === null) return words.unreadableValue;
  if (f.kind === 'date') {
    const text = f.range
      ? `${wordDate(f.range[0], locale)}–${wordDate(f.range[1], locale)}`
      : wordDate(f.value, locale);
    const day = !f.range && DAY.test(String(f.value));
    return around(f.deadline ? words.byTime : day ? words.onDay : words.inTime, text);
  }
  if (typeof f.value !== 'number') return String(f.value);
  let text: string;
  if (f.range && typeof f.range[0] === 'number' && typeof f.range[1] === 'number') {
    const [lo, hi] = f.range;
    // one scale word for both ends when they share it ("2–3 billion euros"), else each end in full
    const whole = wordValue(f.kind, hi, f.unit, locale);
    const hiNumber =
      Math.abs(hi) >= 1e6
        ? wordNumber(hi, locale)
        : numberFormat(locale, 'f5', { maximumFractionDigits: 2 }).format(hi);
    const scale = Math.floor(Math.log10(Math.abs(hi)) / 3);
    const sameScale =
      Math.abs(lo) >= 1e6 && Math.floor(Math.log10(Math.abs(lo)) / 3) === scale && whole.includes(hiNumber);
    const loText = sameScale
      ? numberFormat(locale, 'f6', { maximumSignificantDigits: 3 }).format(lo / 10 ** (scale * 3))
      : wordNumber(lo, locale);
    const hiCore = sameScale
      ? numberFormat(locale, 'f7', { maximumSignificantDigits: 3 }).format(hi / 10 ** (scale * 3))
      : null;
    text =
      hiCore && whole.includes(hiCore)
        ? whole.replace(hiCore, `${loText}–${hiCore}`)
        : `${wordNumber(lo, locale)}–${whole}`;
  } else {
    text = wordValue(f.kind, f.value, f.unit, locale);
  }
  if (f.deadline) text = around(words.byTime, text);
  return f.bound ? around(words[BOUND_KEY[f.bound]], text) : text;
}

/**
 * How far a value stands from another, as a reader grasps it: "−19%", "+7%" within a factor of two, "×10" or "÷10"
 * beyond (a scale slip is a factor, not "+900%").
 */
export function wordDistance(value: number, reference: number, locale = 'en'): string {
  if (reference === 0 || !Number.isFinite(value / reference)) return '';
  const ratio = value / reference;
  if (ratio >= 2 || ratio <= 0.5) {
    const f = ratio >= 1 ? ratio : 1 / ratio;
    const digits = numberFormat(locale, 'factor', { maximumSignificantDigits: 2 }).format(f);
    return `${ratio >= 1 ? '×' : '÷'}${digits}`;
  }
  const pct = numberFormat(locale, Math.abs(ratio - 1) < 0.01 ? 'delta1' : 'delta0', {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: Math.abs(ratio - 1) < 0.01 ? 1 : 0,
  }).format(ratio - 1);
  // a real minus sign, as typeset numbers have
  return pct.replace('-', '\u2212');
}
