/**
 * French words for what an amount of money is of (concepts.ts). Plain words match their inflections through the
 * language's stemmer; "x*" matches words starting with x; a phrase matches its words in a row. Each line: the term of
 * French financial reporting or public finance it is (IAS 1 / IAS 7 French labels, budget vocabulary), and why.
 */
import type { AmountWords } from './concepts';

export const FR: AmountWords = {
  'chiffre d affaires': 'revenue', // IAS 1 FR: "produits des activités ordinaires", in the press "chiffre d'affaires"
  ventes: 'revenue', // sales
  'benefice net': 'net-profit', // profit for the period
  'resultat net': 'net-profit', // the bottom line, profit or loss
  'perte nette': 'net-profit', // a net result below zero
  'benefice operationnel': 'operating-profit', // operating profit
  'resultat operationnel': 'operating-profit', // operating result
  'resultat d exploitation': 'operating-profit', // operating result (French GAAP)
  'benefice avant impot': 'pre-tax-profit', // profit before tax
  'excedent brut d exploitation': 'ebitda', // French GAAP EBE, the press's EBITDA
  ebitda: 'ebitda', // the English acronym, used as is
  benefice: 'profit', // a profit of any line
  perte: 'profit', // a loss: a result below zero
  'flux de tresorerie': 'cash-flow', // IAS 7 FR "flux de trésorerie"
  'flux de tresorerie disponible': 'free-cash-flow', // free cash flow
  'free cash flow': 'free-cash-flow', // the English term, used as is
  tresorerie: 'cash', // cash held
  liquidites: 'cash', // liquidity
  dette: 'debt', // debt
  endettement: 'debt', // indebtedness
  'dette nette': 'net-debt', // net debt
  dividende: 'dividend', // dividend
  valorisation: 'valuation', // a company's valuation
  'capitalisation boursiere': 'market-value', // market capitalisation
  investissement: 'outlay', // an investment
  'investi*': 'outlay', // investir, investit, investi: spending on something
  cout: 'outlay', // a cost
  budget: 'outlay', // a budget for something
  depenses: 'outlay', // spending
  subvention: 'subsidy', // a grant
  'aide publique': 'subsidy', // public aid
  amende: 'fine', // a fine
  'dommages et interets': 'damages', // damages
  indemnisation: 'damages', // compensation
  impot: 'tax', // a tax
  impots: 'tax', // taxes
  taxe: 'tax', // a levy
  'recettes fiscales': 'tax', // tax receipts
  deficit: 'deficit', // a budget deficit
  economies: 'savings', // savings of a budget plan
  pib: 'gdp', // produit intérieur brut
  prix: 'price', // a price
  'indemnite de transfert': 'price', // a footballer's transfer fee
  salaire: 'salary', // salary
  remuneration: 'salary', // pay
  bonus: 'bonus', // bonuses, add-ons
  'apres impot*': 'net-profit', // "après impôts": a result after tax (the tax word alone is no tax paid)
  'avant impot*': 'pre-tax-profit', // "avant impôts": before tax
  'economis*': 'savings', // économiser: to save
  interets: 'interest', // intérêts ("dommages et intérêts" is damages: the longer phrase wins)
};
