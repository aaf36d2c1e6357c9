/** The normalized form of a figure shown beside the stated text: one spelling for every language. */
import type { Bound, Figure } from '../types';

const BOUND_WORDS: Record<Bound, string> = {
  'at-least': 'at least',
  'at-most': 'at most',
  about: 'about',
  nearly: 'nearly',
};

/** 4300000000 -> "4 300 000 000"; fractions keep their digits ("12.5"). */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(n).toString().split('.');
  // toString switches to exponent notation past 1e21; such figures are not in news articles but stay readable
  if (whole === undefined || whole.includes('e')) return `${sign}${Math.abs(n).toString()}`;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}

function amount(value: number | string, unit: string, withUnit: boolean): string {
  // years are not amounts: "2027", never "2 027"
  const text = typeof value === 'number' && withUnit ? groupDigits(value) : String(value);
  return withUnit && unit ? `${text} ${unit}` : text;
}

type NormalizableFigure = Pick<Figure, 'kind' | 'value' | 'unit'> &
  Partial<Pick<Figure, 'range' | 'bound' | 'deadline'>>;

/**
 * "4 300 000 000 USD", "about 25 000 GPU", "12.5 %", "2027", "by 2027", "2 000 000 000–3 000 000 000 EUR",
 * "unreadable". Dates carry no unit: the value says whether it is a year, a month or a day.
 */
export function normalizedValue(figure: NormalizableFigure): string {
  if (figure.value === null) return 'unreadable';
  const withUnit = figure.kind !== 'date';
  let text: string;
  if (figure.range && figure.kind !== 'date') {
    const [low, high] = figure.range;
    text = `${groupDigits(Number(low))}–${amount(high, figure.unit, withUnit)}`;
  } else if (figure.range) {
    text = `${figure.range[0]}–${figure.range[1]}`;
  } else {
    text = amount(figure.value, figure.unit, withUnit);
  }
  if (figure.deadline) text = `by ${text}`;
  if (figure.bound) text = `${BOUND_WORDS[figure.bound]} ${text}`;
  return text;
}
