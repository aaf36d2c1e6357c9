/**
 * The language server's side of Compare Sources: the compare table (dense for the test API and the CLI's
 * shape, sparse for the panel and the Claims view) and its Markdown/CSV exports, all built from the current
 * workspace result.
 */
import type { Connection } from 'vscode-languageserver/node';
import {
  buildCompareTable,
  buildCompareView,
  buildVerdicts,
  dotPlot,
  renderCsv,
  renderMarkdown,
  sourceSummaries,
} from '../core/report/index';
import type { CompareOptions, SourceColumn } from '../core/report/types';
import type { Phrases } from '../core/report/phrases';
import type { ConflictRules } from '../core/compare/rules';
import type { WorkspaceResult } from '../core/types';
import {
  CompareTableRequest,
  CompareViewRequest,
  DeskRequest,
  ExportRequest,
  type CompareTableParams,
  type DeskView,
  type ExportParams,
  type SparseCompareTable,
} from '../protocol';
import { pathToUri, uriToPath } from '../node/paths';

type ResultSource = () => WorkspaceResult | undefined | Promise<WorkspaceResult | undefined>;

const EMPTY: WorkspaceResult = { documents: [], claims: [], diagnostics: [], claimOfFigure: new Map() };

/**
 * A builder that keeps its last table: the panel, the Claims view and the exports ask in bursts after each
 * re-check, and a workspace result never changes once made.
 */
function cached<T extends { sources: SourceColumn[] }>(
  build: (result: WorkspaceResult, opts: CompareOptions) => T,
  log: (m: string) => void,
) {
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
/** What the desk needs from the server besides the result: the review marks and the UI language. */
export interface DeskContext {
  isChecked(path: string, start: number, end: number): boolean;
  /** The conclusion recorded with the check of the figure starting here (a claim resolved as a whole). */
  resolutionOf?(path: string, start: number): string | undefined;
  locale(): string;
  /** The sentences' templates in the language of `locale()` (English when absent). */
  phrases?(): Partial<Phrases>;
  /**
   * The conflict rules of the user's settings (base currency, tolerance bands): the desk's common values are in the
   * base currency and its bands are the tolerance the diagnostics used.
   */
  rules?(): Partial<ConflictRules>;
}

/**
 * The review state on the panel's table and the Claims view: a checked mention is marked so and no longer shown as
 * conflicting (its conflict is settled), and each row says whether some or all of its mentions are checked.
 */
export function markReview(table: SparseCompareTable, ctx: DeskContext): SparseCompareTable {
  for (const row of table.rows) {
    let checked = 0;
    let total = 0;
    const resolutions = new Set<string | undefined>();
    for (const cell of row.cells) {
      const path = table.sources[cell.source]?.path;
      if (path === undefined) continue;
      for (const m of cell.mentions) {
        total++;
        if (!ctx.isChecked(path, m.start, m.end)) {
          resolutions.add(undefined);
          continue;
        }
        checked++;
        m.checked = true;
        m.conflicting = false;
        const resolution = ctx.resolutionOf?.(path, m.start);
        resolutions.add(resolution);
        if (resolution) m.resolution = resolution;
      }
    }
    if (checked > 0) row.review = checked === total ? 'all' : 'partly';
    const [only] = resolutions;
    if (row.review === 'all' && resolutions.size === 1 && only !== undefined) row.resolution = only;
  }
  return table;
}

/** The desk of a result (for one story or the whole workspace): verdicts with their plots, and every source. */
export function buildDesk(result: WorkspaceResult, story: string | undefined, ctx: DeskContext): DeskView {
  const claims =
    story === undefined
      ? undefined
      : new Set(result.claims.filter((c) => c.mentions.some((m) => m.path === story)).map((c) => c.id));
  const locale = ctx.locale();
  const rules = ctx.rules?.();
  const phrases = ctx.phrases?.();
  const verdicts = buildVerdicts(result, {
    locale,
    ...(phrases ? { phrases } : {}),
    ...(rules ? { rules } : {}),
    isChecked: (p, s, e) => ctx.isChecked(p, s, e),
    ...(ctx.resolutionOf ? { resolutionOf: (p: string, s: number) => ctx.resolutionOf!(p, s) } : {}),
    ...(claims ? { claims } : {}),
  }).map((v) => {
    const plot = dotPlot(v, locale, phrases);
    return plot ? { ...v, plot } : v;
  });
  const inStory = claims ? new Set(verdicts.flatMap((v) => v.sources.map((s) => s.path))) : undefined;
  const sources = sourceSummaries(result, { locale, ...(phrases ? { phrases } : {}) }).filter(
    (s) => !inStory || inStory.has(s.path) || s.path === story,
  );
  for (const s of sources) s.uri = pathToUri(s.path);
  return { verdicts, sources };
}

export function registerCompareRequests(
  connection: Connection,
  getResult: ResultSource,
  getLatest: ResultSource = getResult,
  desk: DeskContext = { isChecked: () => false, locale: () => 'en' },
): { warm(result: WorkspaceResult): void } {
  const log = (m: string) => connection.console.log(m);
  const dense = cached(buildCompareTable, log);
  // the review state belongs to the result: every review change re-checks, which makes a new result
  const view = cached((r: WorkspaceResult, o: CompareOptions) => markReview(buildCompareView(r, o), desk), log);
  const result = async () => (await getResult()) ?? EMPTY;
  const latest = async () => (await getLatest()) ?? EMPTY;

  connection.onRequest(CompareTableRequest, async (params) => dense(await result(), storyPath(params)));
  connection.onRequest(CompareViewRequest, async (params) => view(await latest(), storyPath(params)));
  let lastDesk: { result: WorkspaceResult; story: string | undefined; view: DeskView } | undefined;
  connection.onRequest(DeskRequest, async (params) => {
    const r = await latest();
    const story = storyPath(params);
    if (lastDesk && lastDesk.result === r && lastDesk.story === story) return lastDesk.view;
    const began = Date.now();
    const view = buildDesk(r, story, desk);
    const ms = Date.now() - began;
    if (ms > 100) log(`desk of ${r.documents.length} articles built in ${ms} ms`);
    lastDesk = { result: r, story, view };
    return view;
  });
  connection.onRequest(ExportRequest, async (params) => {
    const table = dense(await result(), storyPath(params));
    return params?.format === 'csv' ? renderCsv(table) : renderMarkdown(table);
  });
  // Built once after each check, while the user has not asked yet: opening the panel then costs no build. The
  // story last asked for (a panel limited to one story refreshes with it), else the whole workspace.
  return { warm: (r) => void view(r, view.lastStory()) };
}
