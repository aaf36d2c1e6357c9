/**
 * Polish words for what an amount of money is of (concepts.ts). Polish has no stemmer here (stemmers.ts): inflected
 * forms are prefixes ("zysk*": zysk, zysku, zyskiem) or listed. Each line: the term and why.
 */
import type { AmountWords } from './concepts';

export const PL: AmountWords = {
  'przychod*': 'revenue', // przychody, przychodów: revenue (IAS 1 PL "przychody")
  przychód: 'revenue', // revenue
  'sprzedaz*': 'revenue', // sprzedaż: sales
  'zysk* netto': 'net-profit', // zysk netto: net profit
  'strat* netto': 'net-profit', // strata netto: a net result below zero
  'zysk* operacyjn*': 'operating-profit', // zysk operacyjny: operating profit
  'wynik* operacyjn*': 'operating-profit', // wynik operacyjny: operating result
  'zysk* brutto': 'pre-tax-profit', // zysk brutto: profit before tax (Polish GAAP)
  ebitda: 'ebitda', // the English acronym, used as is
  'zysk*': 'profit', // zysk: a profit of any line
  strata: 'profit', // a loss
  straty: 'profit', // losses
  'przeplyw* pienie*': 'cash-flow', // przepływy pieniężne (IAS 7 PL)
  'wolne przeplyw*': 'free-cash-flow', // free cash flow
  'plynnosc*': 'cash', // płynność: liquidity
  'dlug*': 'debt', // dług: debt
  'zadluzeni*': 'debt', // zadłużenie: indebtedness
  'dlug* netto': 'net-debt', // dług netto: net debt
  'dywidend*': 'dividend', // dywidenda: dividend
  'wycen*': 'valuation', // wycena: valuation
  'wartosc* rynkow*': 'market-value', // wartość rynkowa: market value
  'kapitalizacj*': 'market-value', // kapitalizacja: market capitalisation
  'inwestycj*': 'outlay', // inwestycja: an investment
  'zainwest*': 'outlay', // zainwestować: to invest
  'koszt*': 'outlay', // koszt, kosztów: a cost
  'budzet*': 'outlay', // budżet: a budget for something
  'wydatk*': 'outlay', // wydatki: spending
  'dotacj*': 'subsidy', // dotacja: a grant
  'dofinansowani*': 'subsidy', // dofinansowanie: co-funding
  'subwencj*': 'subsidy', // subwencja: a subsidy
  kara: 'fine', // a fine
  kary: 'fine', // fines
  kare: 'fine', // a fine (accusative)
  'grzywn*': 'fine', // grzywna: a fine
  'odszkodowani*': 'damages', // odszkodowanie: damages
  'podatk*': 'tax', // podatku, podatki: tax
  podatek: 'tax', // a tax
  'deficyt*': 'deficit', // deficyt: a deficit
  'oszczednosc*': 'savings', // oszczędności: savings
  pkb: 'gdp', // produkt krajowy brutto
  cena: 'price', // a price
  ceny: 'price', // prices
  cene: 'price', // a price (accusative)
  'pensj*': 'salary', // pensja: salary
  'wynagrodzeni*': 'salary', // wynagrodzenie: pay
  'bonus*': 'bonus', // bonus
  premia: 'bonus', // a bonus
  premie: 'bonus', // bonuses
  'po opodatkowaniu': 'net-profit', // after tax (the tax word alone is no tax paid)
  'przed opodatkowaniem': 'pre-tax-profit', // before tax
  'odsetk*': 'interest', // odsetki: interest
};
