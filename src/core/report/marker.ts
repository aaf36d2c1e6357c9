/**
 * Crosscheck never reads its own output as a source: a report saved beside the articles would otherwise become a
 * "source" that repeats every figure (issue 11: 18 -> 24 problems, verdicts changed). What Crosscheck writes carries
 * a marker in its first line; the CLI and the language server skip any file that starts with it, and recognise the
 * other formats it writes by their first line.
 */

/** The word every report Crosscheck writes carries in its header. */
export const REPORT_MARKER = 'crosscheck-report';

/** The first line of a Markdown report: an HTML comment, invisible once rendered. */
export const MARKDOWN_MARKER_LINE = `<!-- ${REPORT_MARKER}: written by Crosscheck; never read as a source -->`;

/** How far into a file the header is looked for: a report's first line, whatever its length. */
const HEAD = 4096;

// the first line of a CSV export (renderCsv) and of the CLI's text output ("path:1:2: warning: … [conflict]")
const CSV_HEADER = /^"?Claim ID"?,"?Claim"?,.*,"?Verdict"?,"?Code"?\r?$/;
const TEXT_FINDING = /^\S.*:\d+:\d+: (error|warning|information|hint): .* \[(conflict[a-z-]*|unreadable-figure)\]\r?$/;

/** Whether a text is a file Crosscheck wrote (a report, an export, its own CLI output), not an article. */
export function isCrosscheckReport(text: string): boolean {
  const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).slice(0, HEAD);
  const firstLine = head.trimStart().split('\n', 1)[0] ?? '';
  if (firstLine.includes(REPORT_MARKER)) return true;
  return CSV_HEADER.test(firstLine) || TEXT_FINDING.test(firstLine);
}
