/** The compare table and its exports (Markdown, CSV): pure, shared by the CLI, the language server and the panel. */
export * from './types';
export { buildCompareTable, buildCompareView, toSparse, sourceNames, VERDICT_RANK } from './table';
export { normalizedValue, groupDigits } from './normalized';
export { renderMarkdown, escapeMarkdown, verdictText } from './markdown';
export { renderCsv, csvField } from './csv';
export { revealInvisible, oneLine } from './text';
export {
  agreeingMessage,
  buildVerdicts,
  conflictMessage,
  verdictMaker,
  sourceSummaries,
  WHY_MAX_SOURCES,
} from './verdict';
export { ENGLISH_PHRASES, PHRASE_KEYS, phrasesOf, fill, plural } from './phrases';
export type { WhyPhrases, PluralTemplate } from './phrases';
export type {
  ClaimVerdict,
  VerdictMention,
  VerdictSource,
  VerdictOptions,
  MentionRole,
  SourceSummary,
  UnmatchedFigure,
} from './verdict';
export { findConsensus, CONSENSUS_RULES } from './consensus';
export type { ConsensusRule } from './consensus';
export { partsMessage, type PartsOptions } from './parts';
export { wordFigure, wordDistance, wordMoney, wordCount, wordNumber, wordPercent, wordDate } from './words';
export { isCrosscheckReport, REPORT_MARKER, MARKDOWN_MARKER_LINE } from './marker';
export { dotPlot } from './dotplot';
export type { DotPlot, PlotDot } from './dotplot';
