/** Swedish words for what an amount of money is of (concepts.ts; matching as in de.ts, compounds too). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const SV: AmountWords = {
  '*omsattning': 'revenue', // omsättning, nettoomsättning (IAS 1 SV "intäkter"): turnover
  intakter: 'revenue', // revenue
  nettovinst: 'net-profit', // net profit
  nettoresultat: 'net-profit', // net result
  'resultat efter skatt': 'net-profit', // profit after tax
  rorelseresultat: 'operating-profit', // operating result (IAS 1 SV "rörelseresultat")
  'resultat fore skatt': 'pre-tax-profit', // profit before tax
  bruttovinst: 'gross-profit', // gross profit
  ebitda: 'ebitda', // the English acronym, used as is
  '*vinst': 'profit', // vinst, kvartalsvinst: a profit of any line
  '*forlust': 'profit', // förlust: a loss, a result below zero
  '*kassaflode': 'cash-flow', // kassaflöde (IAS 7 SV)
  'fritt kassaflode': 'free-cash-flow', // free cash flow
  'operativt kassaflode': 'operating-cash-flow', // cash flow from operating activities
  likviditet: 'cash', // liquidity
  '*skuld': 'debt', // skuld, statsskuld: debt
  '*skulder': 'debt', // debts
  nettoskuld: 'net-debt', // net debt
  utdelning: 'dividend', // dividend
  vardering: 'valuation', // valuation
  borsvarde: 'market-value', // market value
  marknadsvarde: 'market-value', // market value
  '*investering': 'outlay', // investering: an investment
  '*investeringar': 'outlay', // investments
  'investera*': 'outlay', // investerar, investera
  '*kostnad': 'outlay', // kostnad, byggkostnad: a cost
  '*kostnader': 'outlay', // costs
  budget: 'outlay', // a budget for something
  '*utgifter': 'outlay', // spending
  bidrag: 'subsidy', // a grant
  subvention: 'subsidy', // a subsidy
  '*stod': 'subsidy', // stöd, statsstöd: public aid
  '*boter': 'fine', // böter, miljardböter: a fine
  '*bot': 'fine', // bot: a fine
  vite: 'fine', // a conditional fine
  skadestand: 'damages', // damages
  '*skatt': 'tax', // skatt, koldioxidskatt: a tax
  '*skatter': 'tax', // taxes
  underskott: 'deficit', // a deficit
  besparingar: 'savings', // savings
  nedskarningar: 'savings', // spending cuts
  bnp: 'gdp', // bruttonationalprodukt
  '*pris': 'price', // pris, köpeskilling: a price
  overgangssumma: 'price', // a transfer fee
  '*lon': 'salary', // lön, årslön: salary
  bonus: 'bonus', // bonus
  bonusar: 'bonus', // bonuses
  'efter skatt': 'net-profit', // after tax (the tax word alone is no tax paid)
  'fore skatt': 'pre-tax-profit', // before tax
  'skatte*': 'tax', // skatteskuld, skatteintäkter: a tax in the first part of a compound
  '*ranta': 'interest', // ränta: interest
  '*rantor': 'interest', // räntor: interest
};
