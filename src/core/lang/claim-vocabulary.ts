/** What claim formation needs to know about one language. (Owned by the claims stage.) */
export interface ClaimVocabulary {
  /** Cue words (or stems) to language-independent predicate concept ids: "investir": "invest". */
  predicates: Record<string, string>;
  /** Place names in this language to a shared place id: "Allemagne": "DE". */
  places: Record<string, string>;
}
