/** Danish words for what an amount of money is of (concepts.ts; matching as in de.ts, compounds too). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const DA: AmountWords = {
  '*omsaetning': 'revenue', // omsætning, nettoomsætning: turnover
  indtaegter: 'revenue', // revenue
  nettoresultat: 'net-profit', // net result
  'resultat efter skat': 'net-profit', // profit after tax
  driftsresultat: 'operating-profit', // operating result
  'resultat af primaer drift': 'operating-profit', // operating result (Danish GAAP)
  'resultat for skat': 'pre-tax-profit', // profit before tax
  bruttofortjeneste: 'gross-profit', // gross profit
  ebitda: 'ebitda', // the English acronym, used as is
  '*overskud': 'profit', // overskud: a profit of any line
  '*fortjeneste': 'profit', // fortjeneste: a profit
  '*underskud': 'profit', // underskud: a loss (a company's), a result below zero
  '*pengestrom': 'cash-flow', // pengestrøm (IAS 7 DA)
  'frie pengestrom': 'free-cash-flow', // free cash flow
  likviditet: 'cash', // liquidity
  '*gaeld': 'debt', // gæld, statsgæld: debt
  nettogaeld: 'net-debt', // net debt
  udbytte: 'dividend', // dividend
  vaerdiansaettelse: 'valuation', // valuation
  markedsvaerdi: 'market-value', // market value
  borsvaerdi: 'market-value', // market value
  '*investering': 'outlay', // investering: an investment
  '*investeringer': 'outlay', // investments
  'investere*': 'outlay', // investerer, investere
  '*omkostninger': 'outlay', // omkostninger: costs
  budget: 'outlay', // a budget for something
  '*udgifter': 'outlay', // spending
  '*tilskud': 'subsidy', // tilskud, statstilskud: a grant
  '*stotte': 'subsidy', // støtte, statsstøtte: public aid
  '*bode': 'fine', // bøde, milliardbøde: a fine
  '*boder': 'fine', // fines
  erstatning: 'damages', // damages
  '*skat': 'tax', // skat, CO2-skat: a tax
  '*afgift': 'tax', // afgift, CO2-afgift: a levy
  besparelser: 'savings', // savings
  bnp: 'gdp', // bruttonationalprodukt
  '*pris': 'price', // pris, købspris: a price
  '*lon': 'salary', // løn, årsløn: salary
  bonus: 'bonus', // bonus
  'efter skat': 'net-profit', // after tax (the tax word alone is no tax paid)
  'for skat': 'pre-tax-profit', // before tax
  'skatte*': 'tax', // skattegæld, skatteindtægter: a tax in the first part of a compound
  renter: 'interest', // interest
};
