/** Portuguese words for what an amount of money is of (concepts.ts; matching as in fr.ts). Each line: the term and why. */
import type { AmountWords } from './concepts';

export const PT: AmountWords = {
  faturacao: 'revenue', // turnover (Portugal)
  faturamento: 'revenue', // turnover (Brazil)
  receitas: 'revenue', // revenue (IAS 1 PT "rédito"/"receita")
  receita: 'revenue', // revenue
  vendas: 'revenue', // sales
  'volume de negocios': 'revenue', // turnover (Portugal)
  'lucro liquido': 'net-profit', // profit for the period
  'resultado liquido': 'net-profit', // the bottom line
  'prejuizo liquido': 'net-profit', // a net result below zero
  'lucro operacional': 'operating-profit', // operating profit
  'resultado operacional': 'operating-profit', // operating result
  'lucro antes de impostos': 'pre-tax-profit', // profit before tax
  ebitda: 'ebitda', // the English acronym, used as is
  lucro: 'profit', // a profit of any line
  lucros: 'profit', // profits
  prejuizo: 'profit', // a loss: a result below zero
  'fluxo de caixa': 'cash-flow', // IAS 7 PT "fluxos de caixa"
  'fluxo de caixa livre': 'free-cash-flow', // free cash flow
  'fluxo de caixa operacional': 'operating-cash-flow', // cash flow from operating activities
  liquidez: 'cash', // liquidity
  divida: 'debt', // debt
  'divida liquida': 'net-debt', // net debt
  dividendo: 'dividend', // dividend
  avaliacao: 'valuation', // valuation
  'valor de mercado': 'market-value', // market value
  investimento: 'outlay', // an investment
  custo: 'outlay', // a cost
  orcamento: 'outlay', // a budget for something
  despesa: 'outlay', // spending
  subsidio: 'subsidy', // a subsidy
  multa: 'fine', // a fine
  indemnizacao: 'damages', // damages (Portugal)
  indenizacao: 'damages', // damages (Brazil)
  imposto: 'tax', // a tax
  impostos: 'tax', // taxes
  defice: 'deficit', // a budget deficit (Portugal)
  deficit: 'deficit', // a budget deficit (Brazil)
  poupanca: 'savings', // savings
  cortes: 'savings', // spending cuts
  pib: 'gdp', // produto interno bruto
  preco: 'price', // a price
  salario: 'salary', // salary
  bonus: 'bonus', // bonuses
  'depois de impostos': 'net-profit', // after tax (the tax word alone is no tax paid)
  'apos impostos': 'net-profit', // after tax
  'antes de impostos': 'pre-tax-profit', // before tax
  juros: 'interest', // interest
};
