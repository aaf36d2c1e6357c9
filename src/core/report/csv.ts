/**
 * The compare table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed, quotes
 * doubled). Articles are untrusted, so any field a spreadsheet would read as a formula is defused with a
 * leading apostrophe (OWASP's advice on CSV injection).
 */
import { cellText, sourceHeading } from './markdown';
import { revealInvisible } from './text';
import type { CompareTable } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(raw: string): string {
  let text = revealInvisible(raw);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',');
}

export function renderCsv(table: CompareTable): string {
  const header = ['Claim ID', 'Claim'];
  for (const s of table.sources) header.push(`${sourceHeading(s)}`);
  header.push('Verdict', 'Code');
  const lines = [csvLine(header)];
  for (const row of table.rows) {
    lines.push(
      csvLine([row.claimId, row.label, ...row.cells.map((c) => cellText(c, (s) => s)), row.status, row.code ?? '']),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
