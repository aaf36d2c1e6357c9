/**
 * What an amount of money is of: a cross-lingual concept id read from the amount's own noun phrase ("utile netto",
 * "free cash flow", "Ablösesumme"), never from its value. Two amounts of one story whose concepts are both known and
 * incompatible are two facts (claims/pairs.ts, `other-concept`); an amount whose phrase names no concept is unknown and
 * decided as before.
 *
 * CLDR has no such list: the concepts are the few dozen lines of an income statement, a cash-flow statement and a
 * public budget that news reports most (IAS 1 / IAS 7 line items: revenue, operating profit, profit before tax, profit
 * for the year, cash flows from operating activities; a state budget's deficit, taxes, spending cuts), plus the money
 * of courts, transfers and pay. Each language's words are one module beside this one (fr.ts, de.ts, ...).
 */

/**
 * Concept ids with their parent: a child is a more specific line of its parent ("net profit" of "profit"), so a generic
 * word ("bénéfice") is compatible with each of its children, while two children (net against operating profit) are not.
 */
export const AMOUNT_CONCEPTS = {
  revenue: null, // IAS 1 "revenue": turnover, sales
  profit: null, // a result of any line: "profit", "bénéfice", "Gewinn", and a loss as a negative result
  'net-profit': 'profit', // IAS 1 "profit (loss) for the period": the bottom line
  'operating-profit': 'profit', // operating profit / EBIT / adjusted operating income
  'pre-tax-profit': 'profit', // profit before tax
  'gross-profit': 'profit', // revenue less cost of sales
  ebitda: 'operating-profit', // earnings before interest, taxes, depreciation and amortisation: an operating measure the press often calls operating profit
  'cash-flow': null, // IAS 7 cash flows, generic
  'free-cash-flow': 'cash-flow', // cash flow after investment
  'operating-cash-flow': 'cash-flow', // IAS 7 cash flows from operating activities
  cash: null, // cash and liquidity held: a position, not a flow
  debt: null, // borrowings
  'net-debt': 'debt', // borrowings less cash
  dividend: null, // a payout to shareholders
  valuation: null, // what a company is worth
  'market-value': 'valuation', // a listed company's worth at its share price
  outlay: null, // what is spent on something: an investment, a project's cost, a budget for it (one fact in many words)
  subsidy: null, // public money given: a grant, aid, a subsidy
  fine: null, // a penalty imposed by a regulator or court
  damages: null, // compensation a court awards or a party pays
  tax: null, // taxes, a levy, back taxes
  interest: null, // interest on a debt or a sum owed
  deficit: null, // a public budget's shortfall
  savings: null, // spending cuts, savings of a budget plan
  gdp: null, // gross domestic product
  price: null, // the price of a purchase, a fee for a transfer
  salary: null, // pay, wages, salary
  bonus: null, // add-ons, bonuses on top of a price or a salary
} as const satisfies Record<string, string | null>;

export type AmountConceptId = keyof typeof AMOUNT_CONCEPTS;

export const isAmountConcept = (id: string): id is AmountConceptId =>
  Object.prototype.hasOwnProperty.call(AMOUNT_CONCEPTS, id);

/** The concept and its ancestors, the concept first. */
export function lineage(id: AmountConceptId): AmountConceptId[] {
  const out: AmountConceptId[] = [];
  for (let c: AmountConceptId | null = id; c !== null; c = AMOUNT_CONCEPTS[c]) out.push(c);
  return out;
}

/** Two concepts can be one fact when they are equal or one is a more specific line of the other. */
export function conceptsCompatible(a: AmountConceptId, b: AmountConceptId): boolean {
  return a === b || lineage(a).includes(b) || lineage(b).includes(a);
}

/** One language's words for amount concepts: a phrase (folded matching, see amount-concept.ts) to its concept id. */
export type AmountWords = Record<string, AmountConceptId>;
