/**
 * German words for what an amount of money is of (concepts.ts; matching as in fr.ts). "*x" matches a compound whose
 * last part is x ("Jahresumsatz", "Digitalsteuer"): German writes a concept's specific kinds as compounds. Each line:
 * the term and why.
 */
import type { AmountWords } from './concepts';

export const DE: AmountWords = {
  '*umsatz': 'revenue', // Umsatz, Jahresumsatz, Konzernumsatz: turnover
  '*erlose': 'revenue', // Erlöse, Umsatzerlöse (IAS 1 DE): revenue
  nettogewinn: 'net-profit', // net profit
  reingewinn: 'net-profit', // net profit
  nettoergebnis: 'net-profit', // net result
  konzernergebnis: 'net-profit', // a group's net result
  nettoverlust: 'net-profit', // a net result below zero
  'operativer gewinn': 'operating-profit', // operating profit
  betriebsgewinn: 'operating-profit', // operating profit
  betriebsergebnis: 'operating-profit', // operating result (IAS 1 DE "betriebliches Ergebnis")
  'operatives ergebnis': 'operating-profit', // operating result
  ebit: 'operating-profit', // earnings before interest and taxes
  vorsteuergewinn: 'pre-tax-profit', // profit before tax
  'gewinn vor steuern': 'pre-tax-profit', // profit before tax
  bruttogewinn: 'gross-profit', // gross profit
  ebitda: 'ebitda', // the English acronym, used as is
  '*gewinn': 'profit', // Gewinn, Quartalsgewinn: a profit of any line
  '*verlust': 'profit', // Verlust, Jahresverlust: a loss, a result below zero
  ergebnis: 'profit', // a result
  '*cashflow': 'cash-flow', // Cashflow, operativer Cashflow (IAS 7 DE "Cashflow")
  'free cashflow': 'free-cash-flow', // free cash flow
  'freier cashflow': 'free-cash-flow', // free cash flow
  barmittel: 'cash', // cash held
  liquiditat: 'cash', // liquidity
  '*schulden': 'debt', // Schulden, Staatsschulden: debt
  verschuldung: 'debt', // indebtedness
  nettoverschuldung: 'net-debt', // net debt
  nettoschulden: 'net-debt', // net debt
  dividende: 'dividend', // dividend
  bewertung: 'valuation', // valuation
  borsenwert: 'market-value', // market value
  marktwert: 'market-value', // market value
  marktkapitalisierung: 'market-value', // market capitalisation
  '*investition': 'outlay', // Investition, Milliardeninvestition: an investment
  'investier*': 'outlay', // investieren, investiert
  '*kosten': 'outlay', // Kosten, Baukosten: a cost
  budget: 'outlay', // a budget for something
  '*ausgaben': 'outlay', // Ausgaben, Staatsausgaben: spending
  subvention: 'subsidy', // a subsidy
  subventionen: 'subsidy', // subsidies
  zuschuss: 'subsidy', // a grant
  forderung: 'subsidy', // public funding
  '*strafe': 'fine', // Strafe, Geldstrafe, Kartellstrafe: a fine
  '*busse': 'fine', // Geldbuße, Buße: a fine
  bussgeld: 'fine', // a fine
  schadenersatz: 'damages', // damages
  entschadigung: 'damages', // compensation
  '*steuer': 'tax', // Steuer, Digitalsteuer, CO2-Steuer: a tax
  '*steuern': 'tax', // Steuern, Nachsteuern: taxes
  abgabe: 'tax', // a levy
  '*defizit': 'deficit', // Defizit, Haushaltsdefizit: a deficit
  '*einsparungen': 'savings', // Einsparungen: savings
  kurzungen: 'savings', // spending cuts
  bip: 'gdp', // Bruttoinlandsprodukt
  bruttoinlandsprodukt: 'gdp', // gross domestic product
  '*preis': 'price', // Preis, Kaufpreis: a price
  '*ablose': 'price', // Ablöse, Ablösesumme: a transfer fee
  ablosesumme: 'price', // a transfer fee
  '*gehalt': 'salary', // Gehalt, Jahresgehalt: salary
  lohn: 'salary', // wage
  bonus: 'bonus', // bonus
  boni: 'bonus', // bonuses
  bonuszahlungen: 'bonus', // bonus payments
  'nach steuern': 'net-profit', // after tax (the tax word alone is no tax paid)
  'vor steuern': 'pre-tax-profit', // before tax
  'kosten einsparen': 'savings', // costs saved, not a cost
  'kosten einzusparen': 'savings', // costs to be saved, not a cost
  'einspar*': 'savings', // einsparen: to save
  'steuer*': 'tax', // Steuernachzahlung, Steuerbelastung, Steuereinnahmen: a tax in the first part of a compound
  zinsen: 'interest', // interest
};
