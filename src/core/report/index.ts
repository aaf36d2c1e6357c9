/** The compare table and its exports (Markdown, CSV): pure, shared by the CLI, the language server and the panel. */
export * from './types';
export { buildCompareTable, buildCompareView, toSparse, sourceNames, VERDICT_RANK } from './table';
export { normalizedValue, groupDigits } from './normalized';
export { renderMarkdown, escapeMarkdown, verdictText } from './markdown';
export { renderCsv, csvField } from './csv';
export { revealInvisible, oneLine } from './text';
