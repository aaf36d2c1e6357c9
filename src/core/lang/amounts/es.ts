/** Spanish words for what an amount of money is of (concepts.ts; matching as in fr.ts). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const ES: AmountWords = {
  facturacion: 'revenue', // turnover
  ingresos: 'revenue', // revenue (IAS 1 ES "ingresos ordinarios")
  ventas: 'revenue', // sales
  'beneficio neto': 'net-profit', // profit for the period
  'resultado neto': 'net-profit', // the bottom line
  'perdida neta': 'net-profit', // a net result below zero
  'beneficio operativo': 'operating-profit', // operating profit
  'resultado operativo': 'operating-profit', // operating result
  'beneficio de explotacion': 'operating-profit', // operating profit (Spanish GAAP)
  'beneficio antes de impuestos': 'pre-tax-profit', // profit before tax
  ebitda: 'ebitda', // the English acronym, used as is
  beneficio: 'profit', // a profit of any line
  beneficios: 'profit', // profits
  ganancias: 'profit', // earnings
  perdida: 'profit', // a loss: a result below zero
  perdidas: 'profit', // losses
  'flujo de caja': 'cash-flow', // IAS 7 ES "flujos de efectivo", in the press "flujo de caja"
  'flujo de caja libre': 'free-cash-flow', // free cash flow
  liquidez: 'cash', // liquidity
  deuda: 'debt', // debt
  'deuda neta': 'net-debt', // net debt
  dividendo: 'dividend', // dividend
  valoracion: 'valuation', // valuation
  capitalizacion: 'market-value', // market capitalisation
  inversion: 'outlay', // an investment
  coste: 'outlay', // a cost (Spain)
  costo: 'outlay', // a cost (Latin America)
  presupuesto: 'outlay', // a budget for something
  gasto: 'outlay', // spending
  subvencion: 'subsidy', // a grant
  multa: 'fine', // a fine
  sancion: 'fine', // a penalty
  indemnizacion: 'damages', // damages
  impuesto: 'tax', // a tax
  impuestos: 'tax', // taxes
  deficit: 'deficit', // a budget deficit
  ahorro: 'savings', // savings
  recortes: 'savings', // spending cuts
  pib: 'gdp', // producto interior bruto
  precio: 'price', // a price
  traspaso: 'price', // a footballer's transfer fee
  salario: 'salary', // salary
  sueldo: 'salary', // pay
  bonus: 'bonus', // bonuses
  variables: 'bonus', // a player's add-ons ("en variables")
  'despues de impuestos': 'net-profit', // after tax (the tax word alone is no tax paid)
  'antes de impuestos': 'pre-tax-profit', // before tax
  intereses: 'interest', // interest
};
