/** Dutch words for what an amount of money is of (concepts.ts; matching as in de.ts, compounds too). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const NL: AmountWords = {
  '*omzet': 'revenue', // omzet, jaaromzet: turnover
  opbrengst: 'revenue', // revenue
  opbrengsten: 'revenue', // revenues
  nettowinst: 'net-profit', // net profit
  nettoresultaat: 'net-profit', // net result
  nettoverlies: 'net-profit', // a net result below zero
  bedrijfswinst: 'operating-profit', // operating profit
  'operationele winst': 'operating-profit', // operating profit
  bedrijfsresultaat: 'operating-profit', // operating result
  'winst voor belastingen': 'pre-tax-profit', // profit before tax
  brutowinst: 'gross-profit', // gross profit
  ebitda: 'ebitda', // the English acronym, used as is
  '*winst': 'profit', // winst, kwartaalwinst: a profit of any line
  '*verlies': 'profit', // verlies: a loss, a result below zero
  '*kasstroom': 'cash-flow', // kasstroom (IAS 7 NL "kasstromen")
  'vrije kasstroom': 'free-cash-flow', // free cash flow
  'operationele kasstroom': 'operating-cash-flow', // cash flow from operating activities
  liquiditeit: 'cash', // liquidity
  '*schuld': 'debt', // schuld, staatsschuld: debt
  '*schulden': 'debt', // debts
  nettoschuld: 'net-debt', // net debt
  dividend: 'dividend', // dividend
  waardering: 'valuation', // valuation
  beurswaarde: 'market-value', // market value
  marktwaarde: 'market-value', // market value
  '*investering': 'outlay', // investering: an investment
  '*investeringen': 'outlay', // investments
  'investeer*': 'outlay', // investeert, investeren
  '*kosten': 'outlay', // kosten, bouwkosten: a cost
  budget: 'outlay', // a budget for something
  '*uitgaven': 'outlay', // spending
  subsidie: 'subsidy', // a subsidy
  '*boete': 'fine', // boete, recordboete: a fine
  schadevergoeding: 'damages', // damages
  '*belasting': 'tax', // belasting, CO2-belasting: a tax
  '*heffing': 'tax', // heffing, CO2-heffing: a levy
  '*tekort': 'deficit', // tekort, begrotingstekort: a deficit
  bezuinigingen: 'savings', // spending cuts
  besparingen: 'savings', // savings
  bbp: 'gdp', // bruto binnenlands product
  '*prijs': 'price', // prijs, koopprijs: a price
  transfersom: 'price', // a transfer fee
  salaris: 'salary', // salary
  loon: 'salary', // wage
  bonus: 'bonus', // bonus
  bonussen: 'bonus', // bonuses
  'na belasting*': 'net-profit', // after tax (the tax word alone is no tax paid)
  'voor belasting*': 'pre-tax-profit', // before tax
  'kosten te besparen': 'savings', // costs to be saved, not a cost
  'bespar*': 'savings', // besparen, bespaart: to save
  'belasting*': 'tax', // belastingaanslag, belastingschuld: a tax in the first part of a compound
  rente: 'interest', // interest
};
