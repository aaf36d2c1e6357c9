/**
 * ECB euro reference rates, decoded lazily from the compact table scripts/build-rates.mjs writes
 * (ecb-rates.json: see that script for the encoding and how to refresh it).
 */
import table from './ecb-rates.json';

interface RatesTable {
  start: string;
  end: string;
  days: string;
  first: Record<string, number>;
  scale: Record<string, number>;
  series: Record<string, string>;
}

const ALPHA_END = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
const ALPHA_MORE = 'ghijklmnopqrstuvwxyz0123456789+/';
const DAY_MS = 86_400_000;

function decodeDeltas(s: string): number[] {
  const out: number[] = [];
  let z = 0;
  for (const ch of s) {
    const more = ALPHA_MORE.indexOf(ch);
    if (more >= 0) {
      z = z * 32 + more;
      continue;
    }
    z = z * 32 + ALPHA_END.indexOf(ch);
    out.push(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
    z = 0;
  }
  return out;
}

function cumulative(deltas: number[], start: number): number[] {
  let acc = start;
  return deltas.map((d) => (acc += d));
}

interface Decoded {
  days: number[];
  rates: Map<string, Float64Array>;
}
let decoded: Decoded | undefined;

function load(): Decoded {
  if (decoded) return decoded;
  const t = table as RatesTable;
  const days = cumulative(decodeDeltas(t.days), Date.parse(`${t.start}T00:00:00Z`) / DAY_MS);
  const rates = new Map<string, Float64Array>();
  for (const [code, s] of Object.entries(t.series)) {
    const values = cumulative(decodeDeltas(s), 0);
    const full = new Float64Array(days.length); // 0 = no rate yet on that day
    const first = t.first[code] ?? 0;
    const scale = t.scale[code] ?? 1;
    values.forEach((v, i) => {
      full[first + i] = v / scale;
    });
    rates.set(code, full);
  }
  decoded = { days, rates };
  return decoded;
}

/** The currencies the table knows besides EUR. */
export function knownCurrencies(): string[] {
  return ['EUR', ...load().rates.keys()];
}

export interface EcbRate {
  /** Units of `currency` per euro. */
  perEur: number;
  /** The business day the rate is from (the asked day or the nearest earlier one). */
  date: string;
}

/** Day number of an ISO date or month ("2024-05" = its 1st day); NaN when unreadable. */
function dayNumber(iso: string): number {
  const full = /^\d{4}-\d{2}$/.test(iso) ? `${iso}-15` : /^\d{4}$/.test(iso) ? `${iso}-07-01` : iso;
  return Date.parse(`${full.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

/**
 * The ECB rate of `currency` (units per euro) on `date`, or the nearest earlier business day; the first day of the
 * table for earlier dates, the last one for later dates. EUR is 1. undefined for a currency the table lacks.
 */
export function ecbRate(currency: string, date: string): EcbRate | undefined {
  if (currency === 'EUR') return { perEur: 1, date };
  // Messages convert every partner of every contradicted mention: the same few (currency, date) pairs are asked
  // for millions of times on a large workspace (9 % of a 10 000-article check was this lookup). Results are frozen,
  // since callers share them; the cache is cleared when full, so it stays bounded whatever the input.
  const key = `${currency}\u0000${date}`;
  if (rateCache.has(key)) return rateCache.get(key);
  if (rateCache.size >= RATE_CACHE_MAX) rateCache.clear();
  const rate = lookUp(currency, date);
  rateCache.set(key, rate);
  return rate;
}

const RATE_CACHE_MAX = 10_000;
const rateCache = new Map<string, EcbRate | undefined>();

function lookUp(currency: string, date: string): EcbRate | undefined {
  const { days, rates } = load();
  const series = rates.get(currency);
  if (!series) return undefined;
  let target = dayNumber(date);
  if (Number.isNaN(target)) target = days[days.length - 1]!;
  // binary search: last day <= target
  let lo = 0;
  let hi = days.length - 1;
  if (target < days[0]!) hi = 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (days[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  let i = lo;
  while (i < series.length - 1 && series[i] === 0) i++; // before the currency's first quote
  const day = new Date(days[i]! * DAY_MS).toISOString().slice(0, 10);
  return series[i] ? Object.freeze({ perEur: series[i]!, date: day }) : undefined;
}
