/**
 * Where a contradiction's warning goes (docs/codes/conflict.md: "the warning goes on the figure that stands apart").
 * A stage after the claims' diagnostics are built: it changes severities and the agreeing mentions' messages, never
 * which mentions carry a diagnostic nor their codes (every code stays a `conflict…` code, whatever its severity).
 *
 * Rules, by name (PLACEMENT_RULES; traced by `placeDiagnostics(…).trace`):
 * - `outlier-warned`: a strict majority of three or more sources agree; a mention that stands apart keeps its warning.
 * - `consensus-informed`: a mention of that majority gets an information-level diagnostic naming the outlier(s).
 * - `no-majority-warned`: two sources, a tie or no majority: every contradicting mention keeps its warning.
 * - `not-placed`: codes about another claim or another date (conflict-predicate, conflict-date, conflict-update: the
 *   older report is not outvoted by the later ones, it is outdated), mentions outside the
 *   claim's own values, and diagnostics that are no contradiction keep what the claims stage gave them.
 */
import type { AnalyzedDocument, Claim, Diagnostic } from '../types';
import {
  conflictsFromDiagnostics,
  figureLookup,
  findConsensus,
  mentionValues,
  type Consensus,
  type MentionValue,
} from '../report/consensus';
import { boundMessage, ENGLISH_PHRASES as EN, fill, MESSAGE_MAX, plural } from '../report/phrases';
import { sourceNames } from '../report/table';
import { wordDistance, wordFigure } from '../report/words';

export const PLACEMENT_RULES = {
  'outlier-warned': 'a strict majority of sources agree and this mention stands apart: it keeps its warning',
  'consensus-informed': 'this mention agrees with the majority: an information-level diagnostic names the outlier',
  'no-majority-warned': 'two sources, or no majority: every contradicting mention keeps its warning',
  'not-placed': "the contradiction is with another claim or date, or the mention is none of the claim's values",
} as const;
export type PlacementRule = keyof typeof PLACEMENT_RULES;

export interface PlacementTrace {
  path: string;
  start: number;
  claim: string | undefined;
  rule: PlacementRule;
}

// the engine's messages are English; the language server words them again in the UI language
export { boundMessage, MESSAGE_MAX };

/** Codes whose contradiction is inside the claim's own values, where a majority means something. */
const PLACED_CODES = new Set(['conflict', 'conflict-scale', 'conflict-currency', 'conflict-in-article']);

/** "lemonde.txt says 3.2 billion euros (−19%)": an outlier as the agreeing mentions name it. */
function outlierPhrase(v: MentionValue, ref: MentionValue, name: string): string {
  const d =
    v.common !== null && ref.common !== null && v.figure.kind !== 'date' ? wordDistance(v.common, ref.common) : '';
  const stated = wordFigure(v.figure);
  return fill(EN.says, name, d ? fill(EN.notes, stated, d) : stated);
}

/** What stands apart in a claim, worded once per claim (every agreeing mention names it). */
function apartText(c: Consensus, names: Map<string, string>): string {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const v of c.apart) {
    const p = outlierPhrase(v, c.reference, names.get(v.path) ?? v.path);
    if (!seen.has(p)) {
      seen.add(p);
      phrases.push(p);
    }
  }
  const shown = phrases.slice(0, 3);
  if (phrases.length > 3) shown.push(plural(EN.moreDiffer, phrases.length - 3, 'en'));
  return shown.join(EN.separator);
}

function consensusMessage(here: MentionValue, agreeingSources: ReadonlySet<string>, apart: string): string {
  const others = agreeingSources.size - (agreeingSources.has(here.path) ? 1 : 0);
  const agree = others === 0 ? EN.theMajority : plural(EN.otherSources, others, 'en');
  return boundMessage(fill(EN.agreesHere, wordFigure(here.figure), agree, apart));
}

/**
 * Severity per mention per claim. Returns new diagnostics (the input is not changed) in the same order, and the
 * rule that decided each contradiction's placement.
 */
export function placeDiagnostics(
  documents: readonly AnalyzedDocument[],
  claims: readonly Claim[],
  diagnostics: readonly Diagnostic[],
): { diagnostics: Diagnostic[]; trace: PlacementTrace[] } {
  const lookup = figureLookup(documents);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const paths = documents.map((d) => d.path);
  const short = sourceNames(paths);
  const names = new Map(paths.map((p, i) => [p, short[i]!] as const));
  const consensusOf = new Map<
    string,
    { c: Consensus; at: Map<string, MentionValue>; sources?: Set<string>; apart?: string } | null
  >();
  const conflictsOf = conflictsFromDiagnostics(diagnostics);
  const trace: PlacementTrace[] = [];
  const out = diagnostics.map((d) => {
    if (!d.code.startsWith('conflict')) return d;
    const decide = (rule: PlacementRule): void => {
      trace.push({ path: d.path, start: d.start, claim: d.claim, rule });
    };
    const claim = d.claim ? claimById.get(d.claim) : undefined;
    if (!claim || !PLACED_CODES.has(d.code)) {
      decide('not-placed');
      return d;
    }
    let entry = consensusOf.get(claim.id);
    if (entry === undefined) {
      const values = mentionValues(claim, lookup);
      const c = findConsensus(values, conflictsOf);
      entry = c ? { c, at: new Map(values.map((v) => [`${v.path}\u0000${v.start}`, v])) } : null;
      consensusOf.set(claim.id, entry);
    }
    const here = entry?.at.get(`${d.path}\u0000${d.start}`);
    if (!entry || !here) {
      decide('not-placed');
      return d;
    }
    if (entry.c.rule !== 'strict-majority') {
      decide('no-majority-warned');
      return d;
    }
    if (entry.c.apart.includes(here)) {
      decide('outlier-warned');
      return d;
    }
    decide('consensus-informed');
    entry.sources ??= new Set(entry.c.agreeing.map((v) => v.path));
    entry.apart ??= apartText(entry.c, names);
    return { ...d, severity: 'information' as const, message: consensusMessage(here, entry.sources, entry.apart) };
  });
  return { diagnostics: out, trace };
}
