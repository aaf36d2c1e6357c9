/**
 * The human face of the CLI: compiler-style lines ("path:line:col: severity: message [code]") that terminals,
 * editors and problem matchers turn into links, and a figure listing for `extract`.
 */
import { normalizedValue } from '../core/report/index';
import type { WorkspaceResult } from '../core/types';
import { figureKey } from '../core/workspace';
import { Positions } from './positions';
import { terminalSafe } from './terminal';

/** Messages and quoted figures stay on one line so each finding is exactly one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `check --format text`: every diagnostic, its related places indented as notes. */
export function renderCheckText(result: WorkspaceResult): string {
  const positions = new Positions(result.documents);
  const lines: string[] = [];
  for (const d of result.diagnostics) {
    lines.push(terminalSafe(`${positions.locate(d.path, d.start)}: ${d.severity}: ${oneLine(d.message)} [${d.code}]`));
    for (const r of d.related) {
      lines.push(`  ${terminalSafe(`${positions.locate(r.path, r.start)}: note: ${oneLine(r.message)}`)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** `extract --format text`: per document a heading, then one line per figure with its normalized value. */
export function renderExtractText(result: WorkspaceResult): string {
  const positions = new Positions(result.documents);
  const lines: string[] = [];
  for (const doc of result.documents) {
    const published = doc.published ? `published ${doc.published}` : 'no publication date';
    const count = `${doc.figures.length} figure${doc.figures.length === 1 ? '' : 's'}`;
    lines.push(terminalSafe(`${doc.path}: ${doc.language}, ${published}, ${count}`));
    for (const f of doc.figures) {
      const claim = result.claimOfFigure.get(figureKey(doc.path, f.start));
      const why = f.value === null && f.unreadable ? ` (${oneLine(f.unreadable)})` : '';
      lines.push(
        `  ${terminalSafe(`${positions.locate(doc.path, f.start)}: ${f.kind}: ${normalizedValue(f)}${why}  "${oneLine(f.text)}"${claim ? ` [${claim}]` : ''}`)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** One line for stderr: what the run covered and found. */
export function renderSummary(result: WorkspaceResult, command: 'extract' | 'check'): string {
  const files = result.documents.length;
  const figures = result.documents.reduce((n, d) => n + d.figures.length, 0);
  const parts = [`${files} file${files === 1 ? '' : 's'}`, `${figures} figure${figures === 1 ? '' : 's'}`];
  if (command === 'check') {
    const by = (s: string): number => result.claims.filter((c) => c.status === s).length;
    const conflicts = result.diagnostics.filter((d) => d.code.startsWith('conflict')).length;
    parts.push(
      `${result.claims.length} claim${result.claims.length === 1 ? '' : 's'} (${by('conflict')} in conflict, ${by('approximate')} approximate, ${by('agree')} agreeing, ${by('single')} single)`,
      `${conflicts} conflicting mention${conflicts === 1 ? '' : 's'}`,
      `${result.diagnostics.length} diagnostic${result.diagnostics.length === 1 ? '' : 's'}`,
    );
  }
  return `crosscheck: ${parts.join(', ')}`;
}
