/**
 * The language server's side of Compare Sources: the compare table (dense for the test API and the CLI's
 * shape, sparse for the panel) and its Markdown/CSV exports, all built from the current workspace result.
 */
import type { Connection } from 'vscode-languageserver/node';
import { buildCompareTable, renderCsv, renderMarkdown, toSparse } from '../core/report/index';
import type { CompareTable } from '../core/report/types';
import type { WorkspaceResult } from '../core/types';
import { CompareTableRequest, CompareViewRequest, ExportRequest, type CompareTableParams, type ExportParams } from '../protocol';
import { pathToUri, uriToPath } from './paths';

type ResultSource = () => WorkspaceResult | undefined | Promise<WorkspaceResult | undefined>;

const EMPTY: WorkspaceResult = { documents: [], claims: [], diagnostics: [], claimOfFigure: new Map() };

/** The table of one result and story, built once: the panel, the tree and exports ask for it in bursts. */
function tableCache(): (result: WorkspaceResult, story: string | undefined) => CompareTable {
  let last: { result: WorkspaceResult; story: string | undefined; table: CompareTable } | undefined;
  return (result, story) => {
    if (last && last.result === result && last.story === story) return last.table;
    const table = buildCompareTable(result, story === undefined ? {} : { story });
    for (const source of table.sources) source.uri = pathToUri(source.path);
    last = { result, story, table };
    return table;
  };
}

function storyPath(params: CompareTableParams | ExportParams | undefined): string | undefined {
  const story = params?.story;
  return typeof story === 'string' && story ? uriToPath(story) : undefined;
}

export function registerCompareRequests(connection: Connection, getResult: ResultSource): void {
  const table = tableCache();
  const current = async (params: CompareTableParams | undefined) => table((await getResult()) ?? EMPTY, storyPath(params));

  connection.onRequest(CompareTableRequest, (params) => current(params));
  connection.onRequest(CompareViewRequest, async (params) => toSparse(await current(params)));
  connection.onRequest(ExportRequest, async (params) => {
    const t = await current(params);
    return params?.format === 'csv' ? renderCsv(t) : renderMarkdown(t);
  });
}
