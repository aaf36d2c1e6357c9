/**
 * The templates of the reviewer's sentences (the verdict's why-sentence, the warned and agreeing mentions' messages,
 * the dot plot's text alternative), as data:
 * English here, the other languages in the language server's localisation tables (src/server/messages.ts), which
 * pass them in. Core stays free of any UI table; a missing template falls back to English, one key at a time.
 * `{0}`, `{1}`… are the arguments, already worded in the same locale (numbers through `wordFigure`).
 */

import { ENGLISH_FIGURE_WORDS, type FigureWords } from './words';

/** A template by plural category (`Intl.PluralRules`); `other` is required, the rest fall back to it. */
export type PluralTemplate = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface WhyPhrases {
  /** "lemonde.txt says 4 billion US dollars" */
  says: string;
  /** One article voting against itself: "lemonde.txt says 4 billion US dollars 3 times" */
  saysTimes: string;
  /** What follows the article's own figure: "elsewhere 5 billion US dollars (+25%)" */
  elsewhere: string;
  /** "3 sources agree: 4.3 billion US dollars" (all agree) */
  agree: string;
  /** "3 sources agree within the rules: about 4.3 billion US dollars" (approximate) */
  agreeWithin: string;
  /** "3 sources agree on 4.3 billion US dollars" (a strict majority; then who stands apart) */
  agreeOn: string;
  /** "3 sources say 4.3 billion US dollars" (the most supported value, no majority) */
  sourcesSay: string;
  /** "No majority: {0}" */
  noMajority: string;
  /** "2 more differ" */
  moreDiffer: PluralTemplate;
  /** The claim's values agree; its conflict is elsewhere. */
  otherDates: string;
  otherPredicate: string;
  otherFigure: string;
  /** A figure and what is said of it: "4 billion US dollars (3.5 billion euros, −7%)" */
  notes: string;
  /** Between the notes of one figure. */
  noteSeparator: string;
  /** Between the parts of a sentence. */
  separator: string;
  /** The agreeing mention's message: "{figure} here agrees with {who}; stands apart: {outliers}" */
  agreesHere: string;
  /** Who agrees: "the majority" when every other agreeing mention is in the same article */
  theMajority: string;
  /** "2 other sources" */
  otherSources: PluralTemplate;
  /** The warned outlier's message: "{figure (distance)} here stands apart: {3 sources agree on …}" */
  apartHere: string;
  /** A warned mention with no majority: "{figure} here; no majority: {who says what}" */
  disputedHere: string;
  /** The dot plot's text alternative (aria-label and caption) with a majority: consensus, its sources, outliers. */
  plotConsensus: string;
  /** … when every source agrees: "All sources agree: {figure}." */
  plotAllAgree: string;
  /** … with no majority: "No majority: {who says what}." */
  plotNoMajority: string;
  /**
   * The messages of the codes a verdict cannot word, from the diagnostic's parts (src/core/report/parts.ts).
   * conflict-predicate / conflict-date: "{figure} here; {who says what}".
   */
  hereOthers: string;
  /** "elsewhere this article says {values}" */
  elsewhereSays: string;
  /** "2 other sources say {1}" ({0} the count, {1} the values) */
  otherSourcesSay: PluralTemplate;
  /** "1 other source and this article say {1}" */
  otherSourcesAndHereSay: PluralTemplate;
  /** A value stated by several mentions, in a bounded list: "{1} ({0} mentions)" */
  mentionsOf: PluralTemplate;
  /** The end of a bounded list: "and 3 other values" */
  otherValues: PluralTemplate;
  /** conflict-update: "{figure (day)} here, an older report" / "…, the latest report" */
  updateOlder: string;
  updateLatest: string;
  /** "earlier reports: {values}", "later reports: {values}" */
  earlierReports: string;
  laterReports: string;
  /** A report with no date. */
  undated: string;
  /** unreadable-figure: "“{0}” cannot be read as a number; check the source" */
  unreadable: string;
}

export const ENGLISH_PHRASES: WhyPhrases = {
  says: '{0} says {1}',
  saysTimes: '{0} says {1} {2} times',
  elsewhere: 'elsewhere {0}',
  agree: '{0} sources agree: {1}',
  agreeWithin: '{0} sources agree within the rules: {1}',
  agreeOn: '{0} sources agree on {1}',
  sourcesSay: '{0} sources say {1}',
  noMajority: 'No majority: {0}',
  moreDiffer: { one: '{0} more differs', other: '{0} more differ' },
  otherDates: 'the sources give different dates for it',
  otherPredicate: 'another source states the same number of something else',
  otherFigure: 'another figure contradicts it',
  notes: '{0} ({1})',
  noteSeparator: ', ',
  separator: '; ',
  agreesHere: '{0} here agrees with {1}; stands apart: {2}',
  theMajority: 'the majority',
  otherSources: { one: '{0} other source', other: '{0} other sources' },
  apartHere: '{0} here stands apart: {1}',
  disputedHere: '{0} here; no majority: {1}',
  plotConsensus: 'Consensus {0} ({1} sources); stands apart: {2}.',
  plotAllAgree: 'All sources agree: {0}.',
  plotNoMajority: 'No majority: {0}.',
  hereOthers: '{0} here; {1}',
  elsewhereSays: 'elsewhere this article says {0}',
  otherSourcesSay: { one: '{0} other source says {1}', other: '{0} other sources say {1}' },
  otherSourcesAndHereSay: {
    one: '{0} other source and this article say {1}',
    other: '{0} other sources and this article say {1}',
  },
  mentionsOf: { one: '{1} ({0} mention)', other: '{1} ({0} mentions)' },
  otherValues: { one: 'and {0} other value', other: 'and {0} other values' },
  updateOlder: '{0} here, an older report',
  updateLatest: '{0} here, the latest report',
  earlierReports: 'earlier reports: {0}',
  laterReports: 'later reports: {0}',
  undated: 'undated',
  unreadable: '“{0}” cannot be read as a number; check the source',
};

/** A language's phrases and the words around its figures: one table per language, all of it in `why`. */
export type Phrases = WhyPhrases & FigureWords;

export const ENGLISH: Phrases = { ...ENGLISH_PHRASES, ...ENGLISH_FIGURE_WORDS };

/** The keys every language table must give (or leave to English by design: none is left today). */
export const PHRASE_KEYS = Object.keys(ENGLISH) as (keyof Phrases)[];

/** A language's table over English: any key it lacks is English. */
export function phrasesOf(partial: Partial<Phrases> | undefined): Phrases {
  return partial ? { ...ENGLISH, ...partial } : ENGLISH;
}

/** "{0} says {1}" with its arguments; a placeholder with no argument stays as it is. */
export function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) =>
    args[Number(i)] !== undefined ? String(args[Number(i)]) : m,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();
/**
 * The plural form of `n` in `locale` (`Intl.PluralRules`: Polish has one, few, many), with `n` filled in as `{0}` (a
 * plain integer: these are counts of sources and values) and `rest` as `{1}`….
 */
export function plural(template: PluralTemplate, n: number, locale: string, ...rest: (string | number)[]): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return fill(template[rules.select(n)] ?? template.other, n, ...rest);
}

/** Longest message a placed diagnostic carries: the Problems panel shows one line. */
export const MESSAGE_MAX = 280;

export function boundMessage(message: string): string {
  return message.length <= MESSAGE_MAX ? message : `${message.slice(0, MESSAGE_MAX - 1).trimEnd()}…`;
}
