/** The document written to stdout for each --format. */
import { buildCompareTable, renderCsv, renderMarkdown } from '../core/report/index';
import { toContractJson } from '../core/serialize';
import type { WorkspaceResult } from '../core/types';
import type { Command, OutputFormat } from './args';
import { renderCheckText, renderExtractText } from './format-text';

export function renderOutput(result: WorkspaceResult, command: Command, format: OutputFormat, pretty: boolean): string {
  switch (format) {
    case 'json':
      // One document and a newline; indented only for a person at a terminal.
      return `${JSON.stringify(toContractJson(result), null, pretty ? 2 : undefined)}\n`;
    case 'markdown':
      return renderMarkdown(buildCompareTable(result));
    case 'csv':
      return renderCsv(buildCompareTable(result));
    case 'text':
      return command === 'check' ? renderCheckText(result) : renderExtractText(result);
  }
}
