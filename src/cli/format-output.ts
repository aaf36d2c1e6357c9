/** The document written to stdout for each --format. */
import { buildCompareTable, renderCsv, renderMarkdown } from '../core/report/index';
import { contractSections, toContractJson, type ContractSections } from '../core/serialize';
import type { WorkspaceResult } from '../core/types';
import type { Command, OutputFormat } from './args';
import { toSarif } from './format-sarif';
import { renderCheckText, renderExtractText } from './format-text';

export type Write = (chunk: string) => void;

export function writeOutput(
  result: WorkspaceResult,
  command: Command,
  format: OutputFormat,
  pretty: boolean,
  write: Write,
): void {
  switch (format) {
    case 'json':
      // One document and a newline; indented only for a person at a terminal.
      if (pretty) write(`${JSON.stringify(toContractJson(result), null, 2)}\n`);
      else writeCompactJson(contractSections(result), write);
      return;
    case 'sarif':
      write(`${JSON.stringify(toSarif(result, process.cwd()), null, pretty ? 2 : undefined)}\n`);
      return;
    case 'markdown':
      write(renderMarkdown(buildCompareTable(result)));
      return;
    case 'csv':
      write(renderCsv(buildCompareTable(result)));
      return;
    case 'text':
      write(command === 'check' ? renderCheckText(result) : renderExtractText(result));
      return;
  }
}

const CHUNK_CHARS = 1 << 20;

/**
 * Exactly `JSON.stringify(doc) + "\n"`, written in chunks of about a megabyte. A workspace of ten thousand
 * articles makes a document of tens of megabytes; built as one string (two bytes per character once any
 * non-Latin-1 letter is in it) and then copied into a buffer, it would more than double the peak memory.
 * Given contractSections' lazy sequences, no copy of the whole document exists at any time either.
 */
export function writeCompactJson(doc: ContractSections, write: Write): void {
  let parts: string[] = [];
  let size = 0;
  const emit = (text: string): void => {
    parts.push(text);
    size += text.length;
    if (size >= CHUNK_CHARS) flush();
  };
  const flush = (): void => {
    if (parts.length > 0) write(parts.join(''));
    parts = [];
    size = 0;
  };
  const array = (key: string, items: Iterable<unknown>, first: boolean): void => {
    emit(`${first ? '' : ','}${JSON.stringify(key)}:[`);
    let i = 0;
    for (const item of items) emit(`${i++ === 0 ? '' : ','}${JSON.stringify(item)}`);
    emit(']');
  };
  emit(`{${JSON.stringify('version')}:${JSON.stringify(doc.version)},`);
  array('documents', doc.documents, true);
  array('claims', doc.claims, false);
  array('diagnostics', doc.diagnostics, false);
  emit('}\n');
  flush();
}
