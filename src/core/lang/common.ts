/**
 * Language-independent figure symbols: currency signs and codes, percent and measure symbols,
 * and the tokens that stand for a garbled digit in scraped text. Shared by every language module.
 */

/** Currency symbols and ISO codes, written before or after the number. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR', '$': 'USD', 'US$': 'USD', 'U.S.$': 'USD', 'USD': 'USD', 'EUR': 'EUR', '£': 'GBP', 'GBP': 'GBP',
  'R$': 'BRL', 'BRL': 'BRL', 'C$': 'CAD', 'CA$': 'CAD', 'CAD': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'AUD': 'AUD',
  'CHF': 'CHF', 'SFr.': 'CHF', 'Fr.': 'CHF', 'SEK': 'SEK', 'NOK': 'NOK', 'DKK': 'DKK', 'PLN': 'PLN', 'zł': 'PLN',
  'CZK': 'CZK', 'HUF': 'HUF', 'JPY': 'JPY', '¥': 'JPY', 'CNY': 'CNY', 'RMB': 'CNY', 'INR': 'INR', '₹': 'INR',
  'KRW': 'KRW', '₩': 'KRW', 'MXN': 'MXN', 'ISK': 'ISK', 'RON': 'RON', 'TRY': 'TRY', '₺': 'TRY', 'ZAR': 'ZAR',
  // every dollar and the other signs of the world's press (CLDR's symbols in their countries' locales)
  'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', 'SG$': 'SGD', 'MX$': 'MXN', 'MXN$': 'MXN', 'NT$': 'TWD', '$US': 'USD', '$ US': 'USD',
  '$CA': 'CAD', '$ CA': 'CAD', '$AU': 'AUD', '$HK': 'HKD', '$NZ': 'NZD', '$SG': 'SGD', 'RM': 'MYR', '₪': 'ILS', 'NIS': 'ILS',
  '₽': 'RUB', '₴': 'UAH', 'Kč': 'CZK', '₱': 'PHP', '฿': 'THB', '₦': 'NGN', 'Rs': 'INR', 'Rs.': 'INR', 'Ft': 'HUF',
  'HKD': 'HKD', 'NZD': 'NZD', 'SGD': 'SGD', 'TWD': 'TWD', 'ILS': 'ILS', 'MYR': 'MYR', 'UAH': 'UAH', 'RUB': 'RUB', 'THB': 'THB',
  'IDR': 'IDR', 'PHP': 'PHP', 'VND': 'VND', 'SAR': 'SAR', 'AED': 'AED', 'QAR': 'QAR', 'KWD': 'KWD', 'EGP': 'EGP', 'NGN': 'NGN',
  'KES': 'KES', 'BGN': 'BGN', 'RSD': 'RSD', 'CLP': 'CLP', 'PKR': 'PKR', 'KZT': 'KZT',
};

/** Codes with a scale letter before them, in the Nordic business press ("45 MUSD", "80 MEUR", "300 mkr"). */
export const SCALED_CURRENCY_CODES: Record<string, [string, number]> = Object.fromEntries([
  ...['USD', 'EUR', 'SEK', 'NOK', 'DKK', 'GBP', 'CHF'].map((c) => [`M${c}`, [c, 1e6]] as [string, [string, number]]),
  ...['USD', 'EUR', 'SEK', 'NOK', 'DKK'].map((c) => [`k${c}`, [c, 1e3]] as [string, [string, number]]),
  ['mkr', ['SEK', 1e6]], ['mdkr', ['SEK', 1e9]], ['mnkr', ['NOK', 1e6]],
]);

export const PERCENT_SYMBOLS: string[] = ['%', '％'];

/** Measure symbols as written to the standard symbol reported. */
export const MEASURE_SYMBOLS: Record<string, string> = {
  'km': 'km', 'km²': 'km2', 'km2': 'km2', 'm²': 'm2', 'm2': 'm2', 'mq': 'm2', 'qm': 'm2', 'sqm': 'm2', 'sq m': 'm2',
  'ha': 'ha', 'kW': 'kW', 'MW': 'MW', 'GW': 'GW', 'TW': 'TW', 'kWh': 'kWh', 'MWh': 'MWh', 'GWh': 'GWh', 'TWh': 'TWh',
  'MWp': 'MWp', 'GWp': 'GWp', '°C': '°C', '° C': '°C', '°F': '°F', 'kg': 'kg', 'mph': 'mph', 'km/h': 'km/h',
  'cm': 'cm', 'mm': 'mm', 'Mt': 'Mt', 'Gt': 'Gt', 'TB': 'TB', 'PB': 'PB', 'GB': 'GB', 'Gbit/s': 'Gbit/s',
  // symbols CLDR does not give through Intl, the same in every language
  'Wh': 'Wh', 'kWp': 'kWp', 'hp': 'hp', 'PS': 'hp', 'bhp': 'hp', 'Hz': 'Hz', 'kHz': 'kHz', 'MHz': 'MHz', 'GHz': 'GHz',
  'mAh': 'mAh', 'Ah': 'Ah', 'rpm': 'rpm', 'ppm': 'ppm', 'ppb': 'ppb', 'mg': 'mg', 'µg': 'µg', 'μg': 'µg', 'cl': 'cl',
  'dl': 'dl', 't': 't', 'kt': 'kt', 'min': 'minute', 'Mbit/s': 'Mbit/s', 'Gbps': 'Gbit/s', 'Mbps': 'Mbit/s', 'kbps': 'kbit/s',
  'Tbps': 'Tbit/s', 'kn': 'kn', 'm3': 'm3', 'm³': 'm3', 'km3': 'km3', 'cm2': 'cm2', 'cm²': 'cm2', 'ºC': '°C', 'º C': '°C', 'ºF': '°F',
  'º F': '°F', '° F': '°F', 'celsius': '°C', 'fahrenheit': '°F', 'kelvin': 'K', 'nm': 'nm', 'µm': 'µm',
};

/**
 * Unit symbols read only as written, letter case and all, because lower-cased they are words or other units
 * ("w" is a Polish preposition, "nm" a nanometre); `glued`: only glued to their number ("40C", "104F").
 */
export const CASED_MEASURE_SYMBOLS: Record<string, { unit: string; glued: boolean }> = {
  'W': { unit: 'W', glued: false }, 'Nm': { unit: 'Nm', glued: false }, 'C': { unit: '°C', glued: true }, 'F': { unit: '°F', glued: true },
};

/** Tokens that scraping tools put in place of digits ("3 XNUMX milliards"). */
export const GARBLED_DIGITS: string[] = ['xnumx', 'xnumxx'];

/** Letters glued to a quarter number ("Q3 2024", and "T3 2024" in the Romance press); a year must follow. */
export const QUARTER_PREFIXES: string[] = ['q', 't'];

/** Units of temperature: a minus word before them is a sign ("minus 8 Grad"), and no change is a temperature. */
export const TEMPERATURE_UNITS: string[] = ['°C', '°F', 'K'];

/** Counted units that measure time: a bare number never takes them from a neighbour ("300 ... over two years"). */
export const TIME_UNITS: string[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century', 'time'];

/**
 * Scale suffixes of the international business press, understood in any language when glued to an
 * amount that has a currency sign ("€5bn" in a French article, "$400m" in a German one).
 */
export const CURRENCY_SUFFIX_SCALES: Record<string, number> = { bn: 1e9, b: 1e9, mn: 1e6, m: 1e6, k: 1e3, tn: 1e12 };

/** Every stem with every ending, to one value: the written-out forms of an inflected word ("jährig" + "en"). */
export function inflect(stems: Record<string, string>, endings: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [stem, value] of Object.entries(stems)) for (const e of endings) out[stem + e] = value;
  return out;
}
