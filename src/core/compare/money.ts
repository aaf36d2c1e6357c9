/**
 * Money in a common currency: the article's own stated rates first ("(1 dollar = 0,9340 euro)",
 * "3.2 milliards d'euros (2.7 milliards de livres sterling, 3.4 milliards de dollars)"), else the ECB reference rate
 * of the publication date or the nearest earlier business day.
 */
import type { AnalyzedDocument, Figure } from '../types';
import { ecbRate } from './rates';

/** Units of a currency per euro that an article states itself. */
export type StatedRates = Map<string, number>;

const isMoney = (f: Figure): f is Figure & { value: number } =>
  f.kind === 'money' && typeof f.value === 'number' && f.value > 0;

/**
 * Rates an article states: a money figure followed by a bracket of equivalents in other currencies, or two money
 * figures joined by "=". Only pairs with the euro on one side are kept (that is what conversion needs).
 */
export function statedRates(doc: AnalyzedDocument): StatedRates {
  const rates: StatedRates = new Map();
  const money = doc.figures.filter(isMoney);
  for (let i = 0; i < money.length; i++) {
    const a = money[i]!;
    const between = doc.text.slice(a.end, money[i + 1]?.start ?? a.end);
    if (/^\s*=\s*$/.test(between)) {
      record(rates, a, money[i + 1]!);
      continue;
    }
    if (!/^\s*\(\s*$/.test(between)) continue;
    for (let j = i + 1; j < money.length; j++) {
      const b = money[j]!;
      const gap = doc.text.slice(money[j - 1]!.end, b.start);
      if (j > i + 1 && !/^\s*[,;/]\s*$/.test(gap)) break;
      record(rates, a, b);
    }
  }
  return rates;
}

function record(rates: StatedRates, a: Figure & { value: number }, b: Figure & { value: number }): void {
  if (a.unit === b.unit) return;
  if (a.unit === 'EUR') rates.set(b.unit, b.value / a.value);
  else if (b.unit === 'EUR') rates.set(a.unit, a.value / b.value);
}

export interface Conversion {
  eur: number;
  /** Units of the figure's currency per euro, and where that rate comes from. */
  perEur: number;
  source: 'stated' | 'ecb' | 'none';
  date: string | null;
}

/** How far an article's own rate may be from the ECB's before it is taken for a slip rather than a rate. */
export const STATED_RATE_FACTOR = 2;

/** The figure's value in euros (undefined when its currency has no known rate). */
export function toEur(
  value: number,
  currency: string,
  date: string | null,
  stated: StatedRates,
): Conversion | undefined {
  if (currency === 'EUR') return { eur: value, perEur: 1, source: 'none', date };
  const own = stated.get(currency);
  const ecb = ecbRate(currency, date ?? '9999-12-31');
  // "8 millions de livres sterling (9,5 milliards d'euros)": a bracket a scale away from the market rate is a slip in
  // the article, not the rate it converts at
  if (own && (!ecb || Math.max(own / ecb.perEur, ecb.perEur / own) < STATED_RATE_FACTOR))
    return { eur: value / own, perEur: own, source: 'stated', date };
  if (!ecb) return undefined;
  return { eur: value / ecb.perEur, perEur: ecb.perEur, source: 'ecb', date: ecb.date };
}

const SCALES: [number, string][] = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
];

/**
 * "USD 4.3 bn", "EUR 400 m", "2500", "85 %": a value as a short, language-neutral text; with `digits`, rounded to
 * that many significant digits (for approximate, converted values).
 */
export function formatAmount(value: number, unit: string, digits?: number): string {
  const r = (v: number) => (digits ? String(Number(v.toPrecision(digits))) : round(v));
  let text = '';
  for (const [s, name] of SCALES) {
    if (Math.abs(value) >= s && name !== 'k') {
      text = `${r(value / s)} ${name}`;
      break;
    }
  }
  if (!text) text = r(value);
  if (unit === '%') return `${text} %`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${text}`;
  return unit ? `${text} ${unit}` : text;
}

function round(v: number): string {
  const r = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
  return String(r);
}
