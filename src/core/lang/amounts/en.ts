/** English words for what an amount of money is of (concepts.ts; matching as in fr.ts). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const EN: AmountWords = {
  revenue: 'revenue', // IAS 1 "revenue"
  revenues: 'revenue', // revenues
  sales: 'revenue', // sales
  turnover: 'revenue', // turnover (UK)
  'net profit': 'net-profit', // profit for the period
  'net income': 'net-profit', // profit for the period (US)
  'net earnings': 'net-profit', // profit for the period
  'net loss': 'net-profit', // a net result below zero
  'operating profit': 'operating-profit', // IAS 1 "operating profit"
  'operating income': 'operating-profit', // operating profit (US)
  'adjusted operating income': 'operating-profit', // a company's adjusted operating profit
  ebit: 'operating-profit', // earnings before interest and taxes
  'pre tax profit': 'pre-tax-profit', // profit before tax
  'pretax profit': 'pre-tax-profit', // profit before tax
  'profit before tax': 'pre-tax-profit', // IAS 1 "profit before tax"
  'gross profit': 'gross-profit', // IAS 1 "gross profit"
  ebitda: 'ebitda', // earnings before interest, taxes, depreciation and amortisation
  profit: 'profit', // a profit of any line
  profits: 'profit', // profits
  earnings: 'profit', // earnings
  loss: 'profit', // a loss: a result below zero
  losses: 'profit', // losses
  'cash flow': 'cash-flow', // IAS 7 "cash flows"
  'free cash flow': 'free-cash-flow', // free cash flow
  'operating cash flow': 'operating-cash-flow', // cash flow from operating activities
  'cash reserves': 'cash', // cash held
  'cash position': 'cash', // cash held
  liquidity: 'cash', // liquidity
  debt: 'debt', // debt
  debts: 'debt', // debts
  'net debt': 'net-debt', // net debt
  dividend: 'dividend', // dividend
  valuation: 'valuation', // valuation
  'market value': 'market-value', // market value
  'market capitalisation': 'market-value', // market capitalisation
  'market capitalization': 'market-value', // market capitalisation (US)
  'market cap': 'market-value', // market capitalisation
  investment: 'outlay', // an investment
  'invest*': 'outlay', // invest, invests, invested, investing
  cost: 'outlay', // a cost
  costs: 'outlay', // costs
  budget: 'outlay', // a budget for something
  spending: 'outlay', // spending
  expenditure: 'outlay', // expenditure
  subsidy: 'subsidy', // a subsidy
  subsidies: 'subsidy', // subsidies
  grant: 'subsidy', // a grant
  fine: 'fine', // a fine
  penalty: 'fine', // a penalty
  damages: 'damages', // damages
  tax: 'tax', // a tax
  taxes: 'tax', // taxes
  levy: 'tax', // a levy
  deficit: 'deficit', // a budget deficit
  savings: 'savings', // savings of a budget plan
  'spending cuts': 'savings', // spending cuts
  gdp: 'gdp', // gross domestic product
  price: 'price', // a price
  fee: 'price', // a fee
  'transfer fee': 'price', // a footballer's transfer fee
  salary: 'salary', // salary
  wage: 'salary', // wage
  wages: 'salary', // wages
  bonus: 'bonus', // bonus
  bonuses: 'bonus', // bonuses
  'add ons': 'bonus', // a transfer's add-ons
  'after tax': 'net-profit', // "profit after tax": a result after tax is the bottom line (the tax word alone is no tax paid)
  'before tax': 'pre-tax-profit', // "profit before tax"
  'pre tax': 'pre-tax-profit', // "pre-tax"
  cuts: 'savings', // spending cuts, cost cuts
  'cost cuts': 'savings', // cost cuts: savings, not a cost
  'cost savings': 'savings', // cost savings
  'in interest': 'interest', // "1.2 billion in interest"
  'interest payments': 'interest', // interest paid
};
