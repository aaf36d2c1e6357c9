/**
 * Money figures in the user's base currency, with the engine's ECB table: the rate of the article's publication
 * date (or the latest one when the article is undated), so the hover says which rate it used.
 */
import { ecbRate } from '../core/compare/rates';
import type { Figure } from '../core/types';
import type { Conversion } from './hover';

export function convertFigure(figure: Figure, base: string, published: string | null): Conversion | null {
  if (figure.kind !== 'money' || typeof figure.value !== 'number') return null;
  const date = published ?? '';
  const from = ecbRate(figure.unit, date);
  const to = ecbRate(base, date);
  if (!from) return { missing: figure.unit };
  if (!to) return { missing: base };
  // perEur is units of the currency per euro: value / from.perEur euros, times to.perEur in the base currency.
  const rate = from.perEur / to.perEur;
  return {
    amount: figure.value / rate,
    currency: base,
    rate,
    from: figure.unit,
    date: figure.unit === 'EUR' ? to.date : from.date,
  };
}
