/** Norwegian (bokmål) words for what an amount of money is of (concepts.ts; matching as in de.ts). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const NB: AmountWords = {
  '*omsetning': 'revenue', // omsetning, driftsinntekter: turnover
  '*inntekter': 'revenue', // inntekter, driftsinntekter: revenue
  nettoresultat: 'net-profit', // net result
  'resultat etter skatt': 'net-profit', // profit after tax
  driftsresultat: 'operating-profit', // operating result
  'resultat for skatt': 'pre-tax-profit', // profit before tax
  ebitda: 'ebitda', // the English acronym, used as is
  '*overskudd': 'profit', // overskudd: a profit of any line
  '*underskudd': 'profit', // underskudd: a loss, a result below zero
  '*kontantstrom': 'cash-flow', // kontantstrøm (IAS 7 NB)
  'fri kontantstrom': 'free-cash-flow', // free cash flow
  likviditet: 'cash', // liquidity
  '*gjeld': 'debt', // gjeld, statsgjeld: debt
  nettogjeld: 'net-debt', // net debt
  utbytte: 'dividend', // dividend
  verdsettelse: 'valuation', // valuation
  markedsverdi: 'market-value', // market value
  borsverdi: 'market-value', // market value
  '*investering': 'outlay', // investering: an investment
  '*investeringer': 'outlay', // investments
  'investere*': 'outlay', // investerer, investere
  '*kostnad': 'outlay', // kostnad, byggekostnad: a cost
  '*kostnader': 'outlay', // costs
  budsjett: 'outlay', // a budget for something
  '*utgifter': 'outlay', // spending
  '*tilskudd': 'subsidy', // tilskudd: a grant
  '*stotte': 'subsidy', // støtte, statsstøtte: public aid
  '*bot': 'fine', // bot: a fine
  '*boter': 'fine', // bøter: fines
  erstatning: 'damages', // damages
  '*skatt': 'tax', // skatt, CO2-skatt: a tax
  '*avgift': 'tax', // avgift, CO2-avgift: a levy
  besparelser: 'savings', // savings
  kutt: 'savings', // spending cuts
  bnp: 'gdp', // bruttonasjonalprodukt
  '*pris': 'price', // pris, kjøpesum: a price
  overgangssum: 'price', // a transfer fee
  '*lonn': 'salary', // lønn, årslønn: salary
  bonus: 'bonus', // bonus
  'etter skatt': 'net-profit', // after tax (the tax word alone is no tax paid)
  'for skatt': 'pre-tax-profit', // before tax
  'skatte*': 'tax', // skattegjeld, skatteinntekter: a tax in the first part of a compound
  renter: 'interest', // interest
};
