/**
 * The engine's vocabulary: what a figure, a claim and a diagnostic are.
 * Every face (CLI, language server, tests) speaks in these types; the CLI's JSON output
 * (docs/cli-json-contract.md) is a direct serialization of them.
 */

/** ISO 639-1 code of a supported language, or "und" when the language cannot be told. */
export type LanguageCode = 'fr' | 'it' | 'de' | 'en' | 'es' | 'pt' | 'nl' | 'sv' | 'nb' | 'da' | 'pl';
export type DetectedLanguage = LanguageCode | 'und';

export type FigureKind = 'money' | 'quantity' | 'percent' | 'date';

/**
 * What the text says about the figure's precision. "nearly" (près de, fast, quasi) is kept apart from
 * "about" because it only reaches below the figure; the JSON writes it as "about" plus `approx: "nearly"`.
 */
export type Bound = 'at-least' | 'at-most' | 'about' | 'nearly';

/** A number the article states, with its exact span and its normalized value. */
export interface Figure {
  /** UTF-16 offsets into the document text (BOM removed): text === docText.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /**
   * money/quantity/percent: the number fully scaled (4 300 000 000); a range gives its midpoint.
   * date: a year as a number (2027), "YYYY-MM", "YYYY-MM-DD" ("--MM-DD" when no year is known) or "YYYY-Qn".
   * null when the figure is there but cannot be read (a garbled "3 XNUMX milliards").
   */
  value: number | string | null;
  /** money: ISO 4217; quantity: English singular lemma or unit symbol; percent: "%"; date: year|month|day|quarter. */
  unit: string;
  range?: [number, number] | [string, string];
  bound?: Bound;
  /** A deadline ("d'ici 2027", "bis Ende 2024") rather than a plain date. */
  deadline?: boolean;
  /** Why value is null, for the unreadable-figure diagnostic. */
  unreadable?: string;
  /**
   * The figure is a change, and its direction: "fell 4 %", "un recul de 3 %", "+4 %" (see docs/figures.md).
   * `value` keeps the sign the text writes ("-2,4 %" is -2.4; "fell 4 %" is 4 with change "down").
   */
  change?: 'up' | 'down';
  /**
   * quantity: false when the unit is the counted noun as the article writes it ("zetels" in a text
   * no vocabulary reads), not an English lemma; claims match such units by their cognate key
   * (src/core/vocab cognateKey). Absent when the unit is known.
   */
  unitKnown?: false;
  /** money: the currency is not stated with the figure but taken from the article ("400 millions" after "400 millions de dollars"). */
  currencyFromContext?: boolean;
  /**
   * quantity of people: what befell them, from the clause ("2.059" in "en a blessé 2.059": injured; src/core/vocab/roles.ts),
   * as a cross-lingual id ('injured', 'missing', 'evacuee', 'survivor', 'arrested', 'hospitalised'). Deaths take the
   * unit `death` instead. Internal: not in the CLI's JSON.
   */
  role?: string;
}

/** One article after the per-file stages (language, publication date, figures). Pure data: cacheable. */
export interface AnalyzedDocument {
  path: string;
  language: DetectedLanguage;
  /** ISO date ("2024-05-13") or month ("2024-05") of publication, null when the article does not say. */
  published: string | null;
  figures: Figure[];
  /** The text the figures point into; kept so later stages can read contexts. */
  text: string;
}

export interface Mention {
  path: string;
  start: number;
  end: number;
}

export type ClaimStatus = 'agree' | 'approximate' | 'conflict' | 'single';

export interface Claim {
  id: string;
  /** "Microsoft — investment — France — 2027" */
  label: string;
  status: ClaimStatus;
  mentions: Mention[];
  /** Diagnostic code of the worst contradiction when status is "conflict". */
  code?: DiagnosticCode;
  subject?: string | null;
  predicate?: string | null;
  place?: string | null;
  time?: string | null;
  unitClass?: string | null;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type DiagnosticCode =
  | 'conflict'
  | 'conflict-scale'
  | 'conflict-currency'
  | 'conflict-predicate'
  | 'conflict-date'
  | 'conflict-in-article'
  | 'conflict-update'
  | 'unreadable-figure';

export interface RelatedInformation extends Mention {
  message: string;
}

/**
 * A figure as a message names it: enough for `wordFigure` (src/core/report/words.ts) to word it in any locale, and
 * what the message says beside it.
 */
export interface MessageFigure {
  kind: FigureKind;
  value: number | string | null;
  /** As `Figure.unit`; money: the currency the mention is compared in. */
  unit: string;
  range?: [number, number] | [string, string];
  bound?: Bound;
  deadline?: boolean;
  /** conflict-predicate: what the number counts (a predicate id of PREDICATES, else the unit class). */
  predicate?: string;
  /** conflict-update: the day of the report ("2024-03-04"), null when the article is undated. */
  day?: string | null;
}

/**
 * The distinct values a message lists, bounded as `listValues` bounds them: every value in order when there are few,
 * else the most stated ones with their counts and how many other values there are.
 */
export interface MessageValues {
  values: { figure: MessageFigure; count: number }[];
  /** Distinct values left out (0 when all are listed; counts are then not shown). */
  more: number;
}

/**
 * What a message says, as parts, for the codes a claim's verdict cannot word (the contradiction is with another
 * claim's count, another date, an older or later report, or there is no value): a face words them in its own
 * language. Never serialized into the CLI's JSON (its `message` stays the engine's English one).
 */
export type MessageParts =
  | {
      code: 'conflict-predicate' | 'conflict-date';
      here: MessageFigure;
      /** Other articles that state a contradicting value, and whether this article does too. */
      sources: number;
      alsoHere: boolean;
      others: MessageValues;
    }
  | { code: 'conflict-update'; here: MessageFigure; earlier: MessageValues; later: MessageValues }
  | { code: 'unreadable-figure'; text: string };

export interface Diagnostic extends Mention {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  related: RelatedInformation[];
  claim?: string;
  /** The message's parts, for the codes whose message the language server words again in the UI language. */
  parts?: MessageParts;
}

/** Everything the engine says about a workspace. */
export interface WorkspaceResult {
  documents: AnalyzedDocument[];
  claims: Claim[];
  diagnostics: Diagnostic[];
  /** claim id of each figure, keyed by `${path}\u0000${start}` */
  claimOfFigure: Map<string, string>;
}
