/** Italian words for what an amount of money is of (concepts.ts; matching as in fr.ts). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const IT: AmountWords = {
  fatturato: 'revenue', // turnover
  ricavi: 'revenue', // revenue (IAS 1 IT "ricavi")
  vendite: 'revenue', // sales
  'utile netto': 'net-profit', // profit for the period
  'risultato netto': 'net-profit', // the bottom line
  'perdita netta': 'net-profit', // a net result below zero
  'utile operativo': 'operating-profit', // operating profit
  'risultato operativo': 'operating-profit', // operating result
  'utile ante imposte': 'pre-tax-profit', // profit before tax
  ebitda: 'ebitda', // the English acronym, used as is
  'margine operativo lordo': 'ebitda', // MOL, the Italian EBITDA
  utile: 'profit', // a profit of any line
  utili: 'profit', // profits
  perdita: 'profit', // a loss: a result below zero
  perdite: 'profit', // losses
  'flusso di cassa': 'cash-flow', // IAS 7 IT "flussi finanziari", in the press "flusso di cassa"
  'flussi di cassa': 'cash-flow', // cash flows
  'free cash flow': 'free-cash-flow', // the English term, used as is
  liquidita: 'cash', // liquidity
  debito: 'debt', // debt
  indebitamento: 'debt', // indebtedness
  'debito netto': 'net-debt', // net debt
  'indebitamento netto': 'net-debt', // net debt
  'posizione finanziaria netta': 'net-debt', // CONSOB's "net financial position": net debt, or net cash below zero
  dividendo: 'dividend', // dividend
  valutazione: 'valuation', // valuation
  capitalizzazione: 'market-value', // market capitalisation
  investimento: 'outlay', // an investment
  investimenti: 'outlay', // investments
  costo: 'outlay', // a cost
  budget: 'outlay', // a budget for something
  spesa: 'outlay', // spending
  sussidio: 'subsidy', // a subsidy
  sovvenzione: 'subsidy', // a grant
  multa: 'fine', // a fine
  sanzione: 'fine', // a penalty
  risarcimento: 'damages', // damages
  tassa: 'tax', // a tax
  tasse: 'tax', // taxes
  imposta: 'tax', // a tax
  imposte: 'tax', // taxes
  deficit: 'deficit', // a budget deficit
  risparmi: 'savings', // savings
  tagli: 'savings', // spending cuts
  pil: 'gdp', // prodotto interno lordo
  prezzo: 'price', // a price
  cartellino: 'price', // a footballer's transfer fee ("costo del cartellino")
  stipendio: 'salary', // salary
  ingaggio: 'salary', // a player's pay
  bonus: 'bonus', // bonuses, add-ons
  'dopo le imposte': 'net-profit', // after tax (the tax word alone is no tax paid)
  'al netto delle imposte': 'net-profit', // net of taxes
  'prima delle imposte': 'pre-tax-profit', // before tax
  'ante imposte': 'pre-tax-profit', // before tax
  interessi: 'interest', // interest
};
