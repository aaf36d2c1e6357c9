/**
 * The compare table as GitHub-flavoured Markdown, to paste into a report as is. Article text is escaped so
 * that it renders as the article wrote it: no HTML, links, emphasis or broken table cells can come from it.
 */
import { MARKDOWN_MARKER_LINE } from './marker';
import { revealInvisible, oneLine } from './text';
import type { Cell, CellMention, ClaimRow, CompareTable, SourceColumn } from './types';

// ASCII punctuation that means something inline in CommonMark/GFM (or in table cells: the pipe).
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|&~$!#]/g;

/** Article or file text as one literal line of Markdown inline text. */
export function escapeMarkdown(text: string): string {
  return revealInvisible(oneLine(text))
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
    .trim();
}

const CONFLICT_MARK = '⚠';

export function sourceHeading(source: SourceColumn): string {
  return `${source.name} (${source.language}, ${source.published ?? 'undated'})`;
}

/** Identical statements in one source (the same figure repeated) are written once, with a count. */
function groupMentions(mentions: CellMention[]): { mention: CellMention; count: number }[] {
  const groups = new Map<string, { mention: CellMention; count: number }>();
  for (const m of mentions) {
    const k = `${m.text}\u0000${m.normalized}\u0000${m.conflicting}`;
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { mention: m, count: 1 });
  }
  return [...groups.values()];
}

/** "4 mld di dollari = 4 000 000 000 USD" for one statement, with its conflict mark and repeat count. */
export function statement(m: CellMention, count: number, escape: (s: string) => string): string {
  const mark = m.conflicting ? `${CONFLICT_MARK} ` : '';
  const times = count > 1 ? ` (×${count})` : '';
  const value = m.normalized && m.normalized !== m.text ? ` = ${escape(m.normalized)}` : '';
  return `${mark}${escape(m.text)}${value}${times}`;
}

export function cellText(cell: Cell | null, escape: (s: string) => string): string {
  if (!cell) return '';
  return groupMentions(cell.mentions)
    .map(({ mention, count }) => statement(mention, count, escape))
    .join('; ');
}

export function verdictText(row: Pick<ClaimRow, 'status' | 'code'>): string {
  return row.code && row.code !== row.status ? `${row.status} (${row.code})` : row.status;
}

function tableLine(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function renderMarkdown(table: CompareTable): string {
  // the marker first: Crosscheck never reads this file back as a source (marker.ts)
  const lines: string[] = [MARKDOWN_MARKER_LINE, '', '## Sources compared', ''];
  if (table.rows.length === 0) {
    lines.push('No claim is stated by more than one source.', '');
    return lines.join('\n');
  }
  lines.push(tableLine(['Source', 'Headline', 'Language', 'Published']), tableLine(['---', '---', '---', '---']));
  for (const s of table.sources) {
    lines.push(
      tableLine([escapeMarkdown(s.name), escapeMarkdown(s.headline), s.language, escapeMarkdown(s.published ?? '—')]),
    );
  }
  lines.push('', '## Claims', '');
  const header = ['Claim', ...table.sources.map((s) => escapeMarkdown(sourceHeading(s))), 'Verdict'];
  lines.push(tableLine(header), tableLine(header.map(() => '---')));
  for (const row of table.rows) {
    lines.push(
      tableLine([escapeMarkdown(row.label), ...row.cells.map((c) => cellText(c, escapeMarkdown)), verdictText(row)]),
    );
  }
  lines.push(
    '',
    `${CONFLICT_MARK} marks a figure that contradicts another source. Values after "=" are normalized.`,
    '',
  );
  return lines.join('\n');
}
