/**
 * The rules that decide when two mentions of one claim contradict each other. Defaults follow the gold corpus's
 * "What counts as a conflict" (docs/conflict-rules.md); every number is configurable through
 * `checkWorkspace(docs, { rules })` and the editor's crosscheck.rules.* settings.
 */
export interface ConflictRules {
  /** Relative difference two plain figures may have (rounding of the coarser one): 0.05. */
  tolerance: number;
  /** Half-width of the band an "about" word (circa, rund, environ) gives its figure: 0.06. */
  about: number;
  /** How far below its figure a "nearly" word (près de, fast, quasi) reaches: 0.09. */
  nearly: number;
  /** A figure this many times (or more) off another one is a scale slip, even against a bound: 10. */
  slipFactor: number;
  /**
   * Figures of one claim key further apart than this factor (and below the slip factor) are taken as two different
   * facts rather than a contradiction (a part and the total, permanent and construction jobs): 2.
   * Inside one article, mentions whose subject, predicate and place are all stated explicitly are compared anyway.
   */
  relatedFactor: number;
  /** Smallest count for "same number, other counted unit" (conflict-predicate): small numbers coincide by chance. */
  predicateMinValue: number;
  /** Base currency for messages when the sources' currencies differ. */
  baseCurrency: string;
  /**
   * Most related-information entries one diagnostic lists (every distinct value first). A claim stated by hundreds
   * of files would otherwise give every mention hundreds of entries: unreadable, and quadratic in memory.
   */
  maxRelated: number;
}

export const DEFAULT_RULES: Readonly<ConflictRules> = Object.freeze({
  tolerance: 0.05,
  about: 0.06,
  nearly: 0.09,
  slipFactor: 10,
  relatedFactor: 2,
  predicateMinValue: 100,
  baseCurrency: 'EUR',
  maxRelated: 20,
});

export function resolveRules(partial?: Partial<ConflictRules>): ConflictRules {
  return { ...DEFAULT_RULES, ...(partial ?? {}) };
}
