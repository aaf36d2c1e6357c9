/**
 * The language server's side of Compare Sources: the compare table (dense for the test API and the CLI's
 * shape, sparse for the panel and the Claims view) and its Markdown/CSV exports, all built from the current
 * workspace result.
 */
import type { Connection } from 'vscode-languageserver/node';
import { buildCompareTable, buildCompareView, renderCsv, renderMarkdown } from '../core/report/index';
import type { CompareOptions, SourceColumn } from '../core/report/types';
import type { WorkspaceResult } from '../core/types';
import { CompareTableRequest, CompareViewRequest, ExportRequest, type CompareTableParams, type ExportParams } from '../protocol';
import { pathToUri, uriToPath } from '../node/paths';

type ResultSource = () => WorkspaceResult | undefined | Promise<WorkspaceResult | undefined>;

const EMPTY: WorkspaceResult = { documents: [], claims: [], diagnostics: [], claimOfFigure: new Map() };

/**
 * A builder that keeps its last table: the panel, the Claims view and the exports ask in bursts after each
 * re-check, and a workspace result never changes once made.
 */
function cached<T extends { sources: SourceColumn[] }>(build: (result: WorkspaceResult, opts: CompareOptions) => T, log: (m: string) => void) {
  let last: { result: WorkspaceResult; story: string | undefined; table: T } | undefined;
  const get = (result: WorkspaceResult, story: string | undefined): T => {
    if (last && last.result === result && last.story === story) return last.table;
    const began = Date.now();
    const table = build(result, story === undefined ? {} : { story });
    const ms = Date.now() - began;
    if (ms > 100) log(`compare table of ${result.documents.length} articles built in ${ms} ms`);
    for (const source of table.sources) source.uri = pathToUri(source.path);
    last = { result, story, table };
    return table;
  };
  return Object.assign(get, { lastStory: () => last?.story });
}

function storyPath(params: CompareTableParams | ExportParams | undefined): string | undefined {
  const story = params?.story;
  return typeof story === 'string' && story ? uriToPath(story) : undefined;
}

/**
 * `getResult` gives the result of every change made so far (it may wait for a re-check: the test API's table
 * and the exports); `getLatest` the latest result at once, for the panel and the Claims view, which show it
 * immediately and refresh on `crosscheck/resultsChanged` (on 2 000 articles a re-check takes seconds).
 */
export function registerCompareRequests(connection: Connection, getResult: ResultSource, getLatest: ResultSource = getResult): { warm(result: WorkspaceResult): void } {
  const log = (m: string) => connection.console.log(m);
  const dense = cached(buildCompareTable, log);
  const view = cached(buildCompareView, log);
  const result = async () => (await getResult()) ?? EMPTY;
  const latest = async () => (await getLatest()) ?? EMPTY;

  connection.onRequest(CompareTableRequest, async (params) => dense(await result(), storyPath(params)));
  connection.onRequest(CompareViewRequest, async (params) => view(await latest(), storyPath(params)));
  connection.onRequest(ExportRequest, async (params) => {
    const table = dense(await result(), storyPath(params));
    return params?.format === 'csv' ? renderCsv(table) : renderMarkdown(table);
  });
  // Built once after each check, while the user has not asked yet: opening the panel then costs no build. The
  // story last asked for (a panel limited to one story refreshes with it), else the whole workspace.
  return { warm: (r) => void view(r, view.lastStory()) };
}
