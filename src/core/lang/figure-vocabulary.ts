/** What the figure extractor needs to know about one language. (Owned by the figures stage.) */
export interface FigureVocabulary {
  /** Written-out numbers: "un": 1, "deux": 2, "vingt": 20, "cent": 100, "mille": 1000. Lower case. */
  numberWords: Record<string, number>;
  /** Scale words and abbreviations: "milliards": 1e9, "Md": 1e9, "Mrd.": 1e9, "mila": 1e3. */
  scaleWords: Record<string, number>;
  /** Currency names and symbols to ISO 4217: "dollars": "USD", "livres sterling": "GBP". */
  currencies: Record<string, string>;
  /** Counted nouns to an English singular lemma: "personnes": "person", "emplois": "job". */
  countedNouns: Record<string, string>;
  /** Physical units, words and symbols, to a standard symbol: "kilomètres": "km". */
  measureUnits: Record<string, string>;
  /** Words for percent besides "%": "pour cent". */
  percentWords: string[];
  /** Month names and abbreviations to 1..12. */
  months: Record<string, number>;
}
