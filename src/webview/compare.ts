/**
 * The Compare Sources table, inside the webview (bundled by scripts/build.mjs to dist/webview/compare.js).
 * Every piece of text comes from a JSON message and is put into the page with textContent (never innerHTML):
 * articles are untrusted. Invisible characters that reorder or hide text are written out as [U+XXXX] by the
 * same rule as the exports (src/core/report/text.ts).
 */
import type { ClaimStatus, SparseClaimRow, SparseCompareTable, ViewMention } from '../protocol';
import type { DeskView } from '../protocol';
import { renderDesk } from './desk';
import { el, translate, visible } from './dom';
import type { HostMessage, WebviewMessage, WebviewState } from './messages';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const ROWS_PER_PAGE = 50;
const COLUMNS_PER_PAGE = 20;
const VERDICT_RANK: Record<ClaimStatus, number> = { conflict: 0, approximate: 1, agree: 2, single: 3 };

let table: SparseCompareTable = { sources: [], rows: [] };
let desk: DeskView | undefined;
/** Cards drawn at once; the filters narrow the rest. */
const CARDS_PER_PAGE = 60;
let strings: Record<string, string> = {};
let story: string | null = null;
let focusClaim: string | null = null;
let pageRows: SparseClaimRow[] = [];
const state = restoredState(vscode.getState());

const app = document.getElementById('app') as HTMLElement;

/** The saved state, field by field: it may come from an older version of this script. */
function restoredState(raw: unknown): WebviewState {
  const saved = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof WebviewState, unknown>>;
  const verdicts = ['conflict', 'approximate', 'agree'] as const;
  return {
    view: saved.view === 'table' ? 'table' : 'cards',
    verdict: verdicts.find((v) => v === saved.verdict) ?? '',
    conflictsOnly: !!saved.conflictsOnly,
    language: typeof saved.language === 'string' ? saved.language : '',
    source: typeof saved.source === 'string' ? saved.source : '',
    sort: saved.sort === 'claim' ? 'claim' : 'verdict',
    page: Number.isInteger(saved.page) ? (saved.page as number) : 0,
    columnPage: Number.isInteger(saved.columnPage) ? (saved.columnPage as number) : 0,
  };
}

function t(key: string, ...args: unknown[]): string {
  return translate(strings, key, ...args);
}

function save(): void {
  vscode.setState(state);
}

// ---- filtering, sorting, paging -------------------------------------------------------------------

/** A language keeps the columns in that language; a source keeps the claims it takes part in, with all their sources. */
function sourceAllowed(index: number): boolean {
  const s = table.sources[index];
  return !!s && (!state.language || s.language === state.language);
}

function filteredRows(): SparseClaimRow[] {
  const only = state.source ? table.sources.findIndex((s) => s.path === state.source) : -1;
  const rows = table.rows.filter((row) => {
    if (state.conflictsOnly && row.status !== 'conflict') return false;
    if (only >= 0 && !row.cells.some((c) => c.source === only)) return false;
    return !state.language || row.cells.some((c) => sourceAllowed(c.source));
  });
  const byLabel = (a: SparseClaimRow, b: SparseClaimRow): number => a.label.localeCompare(b.label);
  rows.sort(
    state.sort === 'claim' ? byLabel : (a, b) => VERDICT_RANK[a.status] - VERDICT_RANK[b.status] || byLabel(a, b),
  );
  return rows;
}

/**
 * The sources with a cell in the given rows, after the language/source filters: in table order, or, when
 * they are too many for one screen, the most cited first, so the first columns hold most of the figures.
 */
function columnsOf(rows: SparseClaimRow[]): number[] {
  const used = new Map<number, number>();
  for (const row of rows)
    for (const c of row.cells)
      if (sourceAllowed(c.source)) used.set(c.source, (used.get(c.source) ?? 0) + c.mentions.length);
  const columns = [...used.keys()].sort((a, b) => a - b);
  if (columns.length <= COLUMNS_PER_PAGE) return columns;
  return columns.sort((a, b) => used.get(b)! - used.get(a)! || a - b);
}

// ---- rendering ------------------------------------------------------------------------------------

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = el('option', '', label);
  o.value = value;
  o.selected = selected;
  return o;
}

function labelled(labelText: string, control: HTMLElement, id: string): HTMLElement {
  const wrap = el('span', 'control');
  const label = el('label', '', labelText);
  label.htmlFor = id;
  control.id = id;
  wrap.append(label, control);
  return wrap;
}

function button(text: string, action: string, disabled = false): HTMLButtonElement {
  const b = el('button', 'action', text);
  b.type = 'button';
  b.dataset.action = action;
  b.disabled = disabled;
  return b;
}

function toolbar(total: number, pageCount: number, columnPageCount: number): HTMLElement {
  const bar = el('div', 'toolbar');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t('Table controls'));

  const view = el('select');
  view.dataset.filter = 'view';
  view.append(option('cards', t('Cards'), state.view === 'cards'), option('table', t('Table'), state.view === 'table'));
  if (desk) bar.append(labelled(t('View'), view, 'f-view'));

  if (desk && state.view === 'cards') {
    const verdict = el('select');
    verdict.dataset.filter = 'verdict';
    verdict.append(option('', t('All verdicts'), !state.verdict));
    for (const v of ['conflict', 'approximate', 'agree'] as const) verdict.append(option(v, t(v), state.verdict === v));
    bar.append(labelled(t('Verdict'), verdict, 'f-verdict'));
  } else {
    const conflicts = el('input');
    conflicts.type = 'checkbox';
    conflicts.checked = state.conflictsOnly;
    conflicts.dataset.filter = 'conflictsOnly';
    bar.append(labelled(t('Conflicts only'), conflicts, 'f-conflicts'));
  }

  const languages = [...new Set(table.sources.map((s) => s.language))].sort();
  const lang = el('select');
  lang.dataset.filter = 'language';
  lang.append(option('', t('All languages'), !state.language));
  for (const l of languages) lang.append(option(l, l, l === state.language));
  bar.append(labelled(t('Language'), lang, 'f-language'));

  const source = el('select');
  source.dataset.filter = 'source';
  source.append(option('', t('All sources'), !state.source));
  for (const s of table.sources) source.append(option(s.path, s.name, s.path === state.source));
  bar.append(labelled(t('Source'), source, 'f-source'));

  bar.append(button(t('Export Markdown'), 'export-markdown'), button(t('Export CSV'), 'export-csv'));
  if (desk && state.view === 'cards') return bar;

  const sort = el('select');
  sort.dataset.filter = 'sort';
  sort.append(
    option('verdict', t('Verdict'), state.sort === 'verdict'),
    option('claim', t('Claim'), state.sort === 'claim'),
  );
  bar.append(labelled(t('Sort by'), sort, 'f-sort'));

  const pager = el('div', 'pager');
  const first = total === 0 ? 0 : state.page * ROWS_PER_PAGE + 1;
  const last = Math.min(total, (state.page + 1) * ROWS_PER_PAGE);
  pager.append(button(t('Previous'), 'page-prev', state.page === 0));
  const status = el('span', 'count', t('Claims {0}–{1} of {2}', first, last, total));
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  pager.append(status, button(t('Next'), 'page-next', state.page >= pageCount - 1));
  if (columnPageCount > 1) {
    pager.append(
      button(t('Earlier sources'), 'columns-prev', state.columnPage === 0),
      el('span', 'count', t('Sources page {0} of {1}', state.columnPage + 1, columnPageCount)),
      button(t('Later sources'), 'columns-next', state.columnPage >= columnPageCount - 1),
    );
  }
  bar.append(pager);
  return bar;
}

function sourceHeader(index: number): HTMLElement {
  const s = table.sources[index]!;
  const th = el('th');
  th.scope = 'col';
  th.append(el('span', 'source-name', s.name), el('span', 'source-headline', s.headline));
  th.append(el('span', 'source-meta', s.language + ' · ' + (s.published || t('undated'))));
  th.title = visible(s.path);
  return th;
}

function mentionButton(rowIndex: number, source: number, mentionIndex: number, m: ViewMention): HTMLButtonElement {
  const b = el('button', m.conflicting ? 'mention conflicting' : m.checked ? 'mention checked' : 'mention');
  b.type = 'button';
  b.dataset.row = String(rowIndex);
  b.dataset.source = String(source);
  b.dataset.mention = String(mentionIndex);
  const stated = el('span', 'stated');
  // a checked mention's conflict is settled: ✓, never ⚠
  if (m.checked) stated.append(el('span', 'mark', '✓ '));
  else if (m.conflicting) stated.append(el('span', 'mark', '⚠ '));
  stated.append(el('span', '', m.text));
  b.append(stated);
  if (m.normalized && m.normalized !== m.text) b.append(el('span', 'normalized', m.normalized));
  const where = table.sources[source];
  const label = t('{0}, {1}, in {2}. Enter reveals it.', m.text, m.normalized, where ? where.name : '');
  const note = m.checked
    ? ' ' + t('Checked by a reviewer')
    : m.conflicting
      ? ' ' + t('Conflicts with another source.')
      : '';
  b.setAttribute('aria-label', visible(label + note));
  return b;
}

function verdictCell(row: SparseClaimRow): HTMLElement {
  const td = el('td', 'verdict verdict-' + row.status);
  td.append(el('span', 'verdict-status', t(row.status)));
  if (row.code && row.code !== row.status) td.append(el('span', 'verdict-code', row.code));
  return td;
}

/** The desk as cards: the reviewer's main view, readable beside the editor. */
function renderCards(d: DeskView): void {
  save();
  const active = document.activeElement;
  const refocus = active && active.id ? active.id : null;
  app.replaceChildren();
  app.setAttribute('aria-busy', 'false');
  const heading = el('h1', '', story ? t('Sources compared for {0}', story) : t('Sources compared'));
  app.append(heading, toolbar(d.verdicts.length, 1, 1));
  const uris = new Map(table.sources.map((s) => [s.path, s.uri]));
  for (const s of d.sources) if (s.uri) uris.set(s.path, s.uri);
  const languages = new Map(d.sources.map((s) => [s.path, s.language]));
  app.append(
    renderDesk(
      d,
      { verdict: state.verdict, source: state.source, language: state.language },
      {
        strings,
        uriOf: (p) => uris.get(p),
        languageOf: (p) => languages.get(p),
      },
      CARDS_PER_PAGE,
    ),
  );
  if (focusClaim) {
    const target = app.querySelector(`article.card[data-claim="${CSS.escape(focusClaim)}"]`);
    if (target instanceof HTMLElement) {
      target.classList.add('focused');
      target.scrollIntoView({ block: 'center' });
      target.querySelector<HTMLElement>('button.mention')?.focus();
    }
    focusClaim = null;
  } else if (refocus) {
    document.getElementById(refocus)?.focus();
  }
}

function render(): void {
  if (desk && state.view === 'cards') {
    renderCards(desk);
    pageRows = [];
    return;
  }
  const rows = filteredRows();
  const pageCount = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  state.page = Math.min(Math.max(0, state.page), pageCount - 1);
  if (focusClaim) {
    const at = rows.findIndex((r) => r.claimId === focusClaim);
    if (at >= 0) state.page = Math.floor(at / ROWS_PER_PAGE);
  }
  pageRows = rows.slice(state.page * ROWS_PER_PAGE, (state.page + 1) * ROWS_PER_PAGE);
  const allColumns = columnsOf(pageRows);
  const columnPageCount = Math.max(1, Math.ceil(allColumns.length / COLUMNS_PER_PAGE));
  state.columnPage = Math.min(Math.max(0, state.columnPage), columnPageCount - 1);
  const columns = allColumns.slice(state.columnPage * COLUMNS_PER_PAGE, (state.columnPage + 1) * COLUMNS_PER_PAGE);
  save();

  const active = document.activeElement;
  const refocus = active && active.id ? active.id : null;
  app.replaceChildren();
  app.setAttribute('aria-busy', 'false');
  const heading = el('h1', '', story ? t('Sources compared for {0}', story) : t('Sources compared'));
  app.append(heading, toolbar(rows.length, pageCount, columnPageCount));

  if (rows.length === 0) {
    app.append(
      el(
        'p',
        'empty',
        table.rows.length ? t('No claim matches these filters.') : t('No claim is stated by more than one source.'),
      ),
    );
    return;
  }

  const tableEl = el('table', 'compare');
  tableEl.setAttribute('aria-label', t('Claims by source'));
  const caption = el(
    'caption',
    'visually-hidden',
    t('One row per claim, one column per source; the last column is the verdict.'),
  );
  const thead = el('thead');
  const headRow = el('tr');
  const claimHead = el('th', 'claim-head', t('Claim'));
  claimHead.scope = 'col';
  headRow.append(claimHead);
  for (const c of columns) headRow.append(sourceHeader(c));
  const verdictHead = el('th', 'verdict-head', t('Verdict'));
  verdictHead.scope = 'col';
  headRow.append(verdictHead);
  thead.append(headRow);

  const tbody = el('tbody');
  pageRows.forEach((row, rowIndex) => {
    const tr = el('tr', 'status-' + row.status);
    tr.dataset.claim = row.claimId;
    const th = el('th', 'claim', row.label);
    th.scope = 'row';
    tr.append(th);
    const bySource = new Map(row.cells.map((c) => [c.source, c]));
    for (const source of columns) {
      const cell = bySource.get(source);
      const td = el('td', cell && cell.mentions.some((m) => m.conflicting) ? 'cell conflicting' : 'cell');
      if (cell) cell.mentions.forEach((m, i) => td.append(mentionButton(rowIndex, source, i, m)));
      tr.append(td);
    }
    tr.append(verdictCell(row));
    if (row.claimId === focusClaim) tr.classList.add('focused');
    tbody.append(tr);
  });
  tableEl.append(caption, thead, tbody);
  const scroller = el('div', 'scroller');
  scroller.append(tableEl);
  app.append(scroller);

  if (focusClaim) {
    const target = tbody.querySelector('tr.focused button.mention') ?? tbody.querySelector('tr.focused th');
    if (target instanceof HTMLElement) {
      target.scrollIntoView({ block: 'center' });
      if (target.tagName === 'BUTTON') target.focus();
    }
    focusClaim = null;
  } else if (refocus) {
    document.getElementById(refocus)?.focus();
  }
}

// ---- events (delegated: no inline handlers anywhere) ----------------------------------------------

app.addEventListener('change', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  const key = target.dataset.filter;
  if (key === 'conflictsOnly' && target instanceof HTMLInputElement) state.conflictsOnly = target.checked;
  else if (key === 'language' || key === 'source') state[key] = target.value;
  else if (key === 'sort') state.sort = target.value === 'claim' ? 'claim' : 'verdict';
  else if (key === 'view') state.view = target.value === 'table' ? 'table' : 'cards';
  else if (key === 'verdict')
    state.verdict =
      target.value === 'conflict' || target.value === 'approximate' || target.value === 'agree' ? target.value : '';
  else return;
  state.page = 0;
  state.columnPage = 0;
  render();
});

app.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button') : null;
  if (!target) return;
  if (target.dataset.action === 'reveal' && target.dataset.uri) {
    const start = Number(target.dataset.start);
    const end = Number(target.dataset.end);
    if (Number.isSafeInteger(start) && Number.isSafeInteger(end))
      vscode.postMessage({ type: 'reveal', uri: target.dataset.uri, start, end });
    return;
  }
  if (target.classList.contains('mention')) {
    const row = pageRows[Number(target.dataset.row)];
    const source = Number(target.dataset.source);
    const m = row?.cells.find((c) => c.source === source)?.mentions[Number(target.dataset.mention)];
    const where = table.sources[source];
    if (m && where?.uri) vscode.postMessage({ type: 'reveal', uri: where.uri, start: m.start, end: m.end });
    return;
  }
  switch (target.dataset.action) {
    case 'export-markdown':
      vscode.postMessage({ type: 'export', format: 'markdown' });
      return;
    case 'export-csv':
      vscode.postMessage({ type: 'export', format: 'csv' });
      return;
    case 'page-prev':
      state.page--;
      break;
    case 'page-next':
      state.page++;
      break;
    case 'columns-prev':
      state.columnPage--;
      break;
    case 'columns-next':
      state.columnPage++;
      break;
    default:
      return;
  }
  const id = target.dataset.action;
  render();
  const again = app.querySelector(`button[data-action="${id}"]`);
  if (again instanceof HTMLButtonElement && !again.disabled) again.focus();
});

// Arrow keys move between the mentions of the table, as in a grid; Enter and Space press the button.
app.addEventListener('keydown', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.classList.contains('mention')) return;
  const buttons = [...app.querySelectorAll<HTMLElement>('button.mention')];
  const td = target.closest('td');
  const tr = target.closest('tr');
  if (!td || !tr) return;
  let next: HTMLElement | null | undefined = null;
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    next = buttons[buttons.indexOf(target) + (event.key === 'ArrowRight' ? 1 : -1)];
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const down = event.key === 'ArrowDown';
    let row = down ? tr.nextElementSibling : tr.previousElementSibling;
    while (row instanceof HTMLTableRowElement && !next) {
      next = row.cells[td.cellIndex]?.querySelector<HTMLElement>('button.mention');
      row = down ? row.nextElementSibling : row.previousElementSibling;
    }
  }
  if (next) {
    event.preventDefault();
    next.focus();
  }
});

/** The message if it is a well-formed table message (the extension is trusted, but a bad table must not break the page). */
function tableMessage(data: unknown): HostMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const message = data as Partial<HostMessage>;
  if (
    message.type !== 'table' ||
    !message.table ||
    !Array.isArray(message.table.rows) ||
    !Array.isArray(message.table.sources)
  )
    return undefined;
  return message as HostMessage;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = tableMessage(event.data);
  if (!message) return;
  table = message.table;
  desk =
    message.desk && Array.isArray(message.desk.verdicts) && Array.isArray(message.desk.sources)
      ? message.desk
      : undefined;
  strings = message.strings && typeof message.strings === 'object' ? message.strings : strings;
  story = typeof message.story === 'string' ? message.story : null;
  if (typeof message.focusClaim === 'string') focusClaim = message.focusClaim;
  if (message.resetFilters) {
    state.verdict = '';
    state.conflictsOnly = false;
    state.language = '';
    state.source = '';
    state.page = 0;
    state.columnPage = 0;
  }
  if (state.source && !table.sources.some((s) => s.path === state.source)) state.source = '';
  const began = performance.now();
  render();
  vscode.postMessage({
    type: 'rendered',
    ms: performance.now() - began,
    rows: desk && state.view === 'cards' ? app.querySelectorAll('article.card').length : pageRows.length,
  });
});

vscode.postMessage({ type: 'ready' });
