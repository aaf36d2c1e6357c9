/**
 * Crosscheck's language server (main.ts starts it; bundled to dist/server.js, started by the client over IPC). It
 * keeps the engine's work off the editor's extension host: reads the workspace's articles, runs src/core over them
 * (the cross-file stages in a worker thread), and answers with diagnostics, hovers, quick fixes and the custom
 * requests of src/protocol.ts.
 */
import { dirname, basename, sep } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  createConnection,
  type CodeAction,
  type Disposable,
  type Location,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { discoverArticles } from '../node/articles';
import { toContractJson } from '../core/serialize';
import { agreeingMessage, conflictMessage, partsMessage, verdictMaker } from '../core/report/index';
import {
  ClaimMentionsRequest,
  ClaimReviewRequest,
  FiguresRequest,
  ReadyRequest,
  RecheckRequest,
  ResultsChangedNotification,
  ServerInfoRequest,
  ReviewRequest,
  SnapshotRequest,
  StatusNotification,
  SummaryNotification,
  UnsavedDocumentsRequest,
  CancelScanNotification,
  ScanProgressNotification,
  type InitializationOptions,
  type StatusParams,
} from '../protocol';
import { ArticleSet, type PreparedCheck } from './article-set';
import type { ResultIndex } from './result-index';
import { CheckScheduler, type CheckTiming } from './scheduler';
import { CheckRunner } from './check-worker';
import { quickFixes } from './code-actions';
import { registerCompareRequests } from './compare-requests';
import { convertFigure } from './currency';
import { ConvertedDiagnostics, diagnosticsOf, type DiagnosticContext, type DiagnosticData } from './diagnostics';
import { buildHoverCard, renderHoverCard } from './hover';
import { inlayHints } from './inlay-hints';
import { format, messages, messagesLocale, setLocale } from './messages';
import { predicateName } from './l10n/predicates';
import { UriBook, isUriPath, pathToUri, relativeTo, uriToPath } from '../node/paths';
import { DiagnosticsPublisher } from './publisher';
import { REVIEW_FILE, REVIEW_FOLDER, withoutEntries } from '../core/review';
import { claimChanges } from './claim-review';
import { ReviewKeeper } from './reviews';
import { OrphanedDocuments } from './orphans';
import { loadFile, scanFolders } from './scan';
import { workspaceSummary } from './summary';
import { resolveSettings, type Settings } from './settings';
import type { ClaimVerdict } from '../core/report/index';
import type { Claim, Diagnostic, Figure, WorkspaceResult } from '../core/types';

/** Typing pauses this long before a re-check; watcher bursts (a git checkout) are gathered the same way. */
const TYPING_DELAY_MS = 300;
const WATCH_DELAY_MS = 200;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const set = new ArticleSet();
const uris = new UriBook();
const publisher = new DiagnosticsPublisher((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }));

const reviews = new ReviewKeeper(set, {
  invalid: (path, error) => {
    connection.console.warn(`review file ${path}: ${error}`);
    void offerToOpen(format(messages().reviewInvalid, path, error), path);
  },
});

/** A warning with a button that opens the file it is about (when the client can open documents for us). */
async function offerToOpen(message: string, path: string): Promise<void> {
  if (!client.showDocument) {
    void connection.window.showWarningMessage(message);
    return;
  }
  const open = { title: messages().openReviewFile };
  const choice = await connection.window.showWarningMessage(message, open);
  if (choice?.title === open.title) void connection.window.showDocument({ uri: pathToUri(path), takeFocus: true });
}

const client = {
  showDocument: false,
  related: false,
  codeDescription: false,
  dynamicWatchers: false,
  progress: false,
  folderEvents: false,
  inlayRefresh: false,
};
let docsBaseUri = '';
let scanNotification = false;
let watchers: Disposable | undefined;

// The same bundle runs as the check worker (main.ts tells the two apart).
const runner = new CheckRunner({
  workerScript: typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined,
  log: (m) => connection.console.warn(m),
});

set.onEngineError = (path, err) =>
  connection.console.error(
    `analysis of ${path} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  );

const scheduler = new CheckScheduler<PreparedCheck>({
  get stale() {
    return set.stale;
  },
  prepare: () => set.prepareCheck(),
  commit: (prepared, result) => set.commit(prepared, result),
  check: (docs, options) => runner.check(docs, options),
  published: (timing) => {
    const began = performance.now();
    early = undefined; // the whole workspace's result replaces the open articles' own
    wholePublished = true;
    publishResults();
    logCheck(timing, performance.now() - began);
  },
  idle: () => sendStatuses(),
  failed: (message) => {
    connection.console.error(`check failed: ${message}`);
    void connection.window.showWarningMessage(format(messages().checkFailed, message));
  },
});

/**
 * Until the first whole-workspace check is done: the open articles checked among themselves, so that hovers,
 * underlines and their diagnostics come at once instead of after the scan (seconds on thousands of articles).
 */
let early: ResultIndex | undefined;
let firstCheckDone = false;
/** A whole-workspace result was published: the other sources are compared (until then hovers say how far). */
let wholePublished = false;
/** The scan's progress while it reads the folders (files read, files found); undefined when no scan reads. */
let scanRead: { done: number; total: number } | undefined;
let earlyTimer: NodeJS.Timeout | undefined;
const serverStarted = performance.now();

/** The result features answer from at once: the open articles' own before the first whole check, then the kept one. */
function liveIndex(): ResultIndex {
  return early ?? set.index;
}

/**
 * While the first scan reads the workspace, the open articles come first, in two steps between two slices of the
 * scan: their figures (underlines, hovers and the status item answer from them at once), then the open articles
 * checked among themselves (their diagnostics; the first check of a language costs its lexicons, so this step waits
 * for the figures to be out).
 */
function scheduleEarlyCheck(): void {
  if (firstCheckDone || earlyTimer) return;
  earlyTimer = setTimeout(() => {
    const began = performance.now();
    let figures = 0;
    for (const doc of documents.all()) figures += set.articleAnalysis(uriToPath(doc.uri))?.figures.length ?? 0;
    void connection.sendNotification(ResultsChangedNotification);
    sendStatuses();
    const now = performance.now();
    connection.console.log(
      `open articles' figures before the workspace scan: ${figures} in ${Math.round(now - began)} ms, sent ${Math.round(now - serverStarted)} ms after the server started`,
    );
    earlyTimer = setTimeout(() => {
      earlyTimer = undefined;
      if (firstCheckDone) return;
      const began = performance.now();
      early = set.checkOpenArticles();
      publishResults(early);
      const now = performance.now();
      connection.console.log(
        `open articles checked before the workspace scan: ${early.result.documents.length} in ${Math.round(now - began)} ms, published ${Math.round(now - serverStarted)} ms after the server started`,
      );
    }, 0);
  }, 0);
}

/**
 * What a hover says of the other sources while they are not compared yet: how far the first scan has read, or that
 * claims are being compared (after the scan, or while a re-check takes in an article the last result lacks).
 */
function pendingSources(path: string): string | undefined {
  if (wholePublished && set.index.document(path)) return undefined;
  const m = messages();
  return !wholePublished && scanRead ? format(m.stillReading, scanRead.done, scanRead.total) : m.stillComparing;
}

/** The figures of an article: from the latest result, else its own analysis (made now) while it waits for a check. */
function figuresOf(path: string): readonly Figure[] {
  return liveIndex().document(path)?.figures ?? set.articleAnalysis(path)?.figures ?? [];
}

let scanGeneration = 0;
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

// ---------------------------------------------------------------------------------------------- checking

function diagnosticContext(index: ResultIndex = set.index): DiagnosticContext {
  return {
    reword: (d) => rewordIn(index, d),
    settings: set.settings,
    docsBaseUri,
    relatedInformation: client.related,
    codeDescription: client.codeDescription,
    uriOf: (p) => uris.uriOf(p),
    lines: (p) => set.lines(p),
    isChecked: (p, s, e) => set.isChecked(p, s, e),
  };
}

function statusOf(doc: TextDocument): StatusParams {
  const path = uriToPath(doc.uri);
  const base = {
    uri: doc.uri,
    language: 'und' as const,
    figures: 0,
    conflicts: 0,
    checkMs: Math.round(set.lastCheckMs),
  };
  if (set.exclusion(path) === 'too-large') return { ...base, state: 'too-large' };
  const analyzed = liveIndex().document(path) ?? set.articleAnalysis(path);
  if (!analyzed) return { ...base, state: 'excluded' };
  const conflicts = publisher.current(doc.uri).filter((d) => String(d.code).startsWith('conflict')).length;
  return { ...base, state: 'ok', language: analyzed.language, figures: analyzed.figures.length, conflicts };
}

/** Where a slow check's time went, in the Crosscheck output channel (a check of a few articles stays quiet). */
function logCheck(timing: CheckTiming, publishMs: number): void {
  const total = timing.prepareMs + timing.runMs + timing.commitMs + publishMs;
  if (total < 500) return;
  const t = runner.lastTiming;
  const ms = (n: number) => Math.round(n);
  connection.console.log(
    `check of ${timing.documents} articles in ${ms(total)} ms: ` +
      `prepare ${ms(timing.prepareMs)}, engine ${ms(t.engineMs)} (${t.sent} documents sent, transfer ${ms(timing.runMs - t.engineMs)}), ` +
      `index ${ms(timing.commitMs)}, diagnostics ${ms(publishMs)} (${lastPublished.files} files, ${lastPublished.diagnostics} diagnostics, ${lastPublished.converted} files converted, ${lastPublished.sent} sent)`,
  );
}

let lastPublished = { files: 0, diagnostics: 0, sent: 0, converted: 0 };
const converted = new ConvertedDiagnostics();

/** Publishes a result; `index` is an early one (open articles only) before the first whole check. */
function publishResults(index: ResultIndex = set.index): void {
  const whole = index === set.index;
  const ctx = diagnosticContext(index);
  const next = new Map<string, ReturnType<typeof diagnosticsOf>>();
  // Messages worded again in the UI language depend on a whole verdict: converted afresh (see ConvertedDiagnostics).
  const reuse = messagesLocale() === 'en';
  if (!reuse) converted.clear();
  converted.begin();
  const paths = new Set<string>();
  let count = 0;
  for (const path of index.pathsWithDiagnostics()) {
    const engine = index.diagnostics(path);
    const diagnostics = reuse ? converted.of(ctx, path, engine, set.checkedKey(path)) : diagnosticsOf(ctx, engine);
    paths.add(path);
    count += diagnostics.length;
    next.set(uris.uriOf(path), diagnostics);
  }
  if (reuse) converted.keepOnly(paths);
  const sent = publisher.publish(next);
  lastPublished = { files: next.size, diagnostics: count, sent, converted: reuse ? converted.converted : next.size };
  sendStatuses();
  // the status-bar summary speaks for the workspace: not from the open articles alone
  if (whole)
    void connection.sendNotification(
      SummaryNotification,
      workspaceSummary(index.result, (p, s, e) => set.isChecked(p, s, e), set.settings.scope),
    );
  refreshInlayHints();
  void connection.sendNotification(ResultsChangedNotification);
  if (!whole) return;
  const result = index.result;
  // After the notifications are on their way; skipped when a newer result replaced this one meanwhile.
  setImmediate(() => {
    if (set.index.result === result) compare.warm(result);
  });
}

function refreshInlayHints(): void {
  if (client.inlayRefresh && set.settings.decoration === 'inlay') void connection.languages.inlayHint.refresh();
}

function sendStatuses(): void {
  for (const doc of documents.all()) void connection.sendNotification(StatusNotification, statusOf(doc));
}

function scheduleCheck(delay: number): void {
  scheduler.schedule(delay);
}

function runCheck(): Promise<void> {
  return scheduler.run();
}

/** For requests that must see every change made so far (snapshot, compare table, review): waits for the check. */
async function settledIndex() {
  await ready;
  await scheduler.settled();
  return set.index;
}

/** For hovers, quick fixes and decorations: the latest result at once, even while a re-check runs. */
async function currentIndex() {
  await ready;
  return set.index;
}

// ---------------------------------------------------------------------------------------------- files

const orphans = new OrphanedDocuments();

function trackOpen(doc: TextDocument): void {
  const path = uris.remember(doc.uri);
  if (orphans.isOrphan(path)) return; // its file was deleted and nothing unsaved holds it
  set.setOpenText(path, doc.getText(), doc.languageId === 'article');
}

/** The open documents VS Code reports as holding unsaved edits; all of them when the client cannot say (lose nothing). */
async function unsavedOf(docs: readonly TextDocument[]): Promise<Set<string>> {
  const all = new Set(docs.map((d) => d.uri));
  try {
    const unsaved = await connection.sendRequest(UnsavedDocumentsRequest, { uris: [...all] });
    return Array.isArray(unsaved) ? new Set(unsaved) : all;
  } catch {
    return all;
  }
}

/**
 * A file or folder was deleted. Its open documents leave the comparison with it unless they hold unsaved edits,
 * and stay out (re-scans included) until the file is back or the user types in them.
 */
async function onDeleted(path: string): Promise<void> {
  const prefix = path.endsWith(sep) ? path : `${path}${sep}`;
  const held = documents.all().filter((d) => {
    const p = uriToPath(d.uri);
    return !isUriPath(p) && (p === path || p.startsWith(prefix));
  });
  const unsaved = held.length === 0 ? new Set<string>() : await unsavedOf(held);
  set.remove(path);
  for (const doc of held) {
    if (unsaved.has(doc.uri)) trackOpen(doc);
    else orphans.mark(uriToPath(doc.uri));
  }
}

/** With crosscheck.scope "openFiles" only the editor's documents count: nothing is read from the folders. */
function openFilesOnly(): boolean {
  return set.settings.scope === 'openFiles';
}

/** What a scan tells the user as it goes: a work-done progress (LSP) or the client's own notification. */
interface ScanReporter {
  report(percentage: number, message: string): void;
  /** `read`: the scan's outcome (files read of files found), when it ran to its end or was cancelled. */
  done(cancelled?: boolean, read?: { done: number; total: number }): void;
  readonly token: { readonly isCancellationRequested: boolean };
}

const cancelledScans = new Set<number>();
connection.onNotification(CancelScanNotification, ({ id }) => {
  if (id === scanGeneration) cancelledScans.add(id);
});

/** The scan's progress as crosscheck/scanProgress notifications, cancelled by crosscheck/cancelScan. */
function notificationReporter(id: number): ScanReporter {
  void connection.sendNotification(ScanProgressNotification, { id, state: 'begin', message: messages().scanTitle });
  return {
    report: (percentage, message) =>
      void connection.sendNotification(ScanProgressNotification, { id, state: 'report', percentage, message }),
    done: (cancelled, read) => {
      cancelledScans.delete(id);
      void connection.sendNotification(ScanProgressNotification, {
        id,
        state: 'end',
        cancelled: cancelled === true,
        ...(read ? { read: { done: read.done, total: read.total } } : {}),
      });
    },
    token: {
      get isCancellationRequested() {
        return cancelledScans.has(id);
      },
    },
  };
}

async function rescan(): Promise<void> {
  const generation = ++scanGeneration;
  scheduler.setScanning(true);
  reviews.reloadAll();
  if (openFilesOnly()) {
    set.clearDisk();
    for (const doc of documents.all()) trackOpen(doc);
    scheduler.setScanning(false);
    firstCheckDone = true;
    await runCheck();
    markReady();
    return;
  }
  let reporter: ScanReporter | undefined;
  if (scanNotification) reporter = notificationReporter(generation);
  else if (client.progress) {
    try {
      const progress = await connection.window.createWorkDoneProgress();
      progress.begin(messages().scanTitle, 0, undefined, true);
      reporter = {
        report: (percentage, message) => progress.report(percentage, message),
        done: () => progress.done(),
        token: progress.token,
      };
    } catch {
      reporter = undefined;
    }
  }
  const scanBegan = performance.now();
  scanRead = { done: 0, total: 0 };
  const outcome = await scanFolders(set, {
    report: (done, total) => {
      if (generation === scanGeneration) scanRead = { done, total };
      reporter?.report(
        total === 0 ? 100 : Math.floor((done * 100) / total),
        format(messages().scanProgress, done, total),
      );
    },
    isCancelled: () => generation !== scanGeneration || (reporter?.token.isCancellationRequested ?? false),
  });
  if (generation !== scanGeneration) {
    reporter?.done(true);
    return; // a newer scan took over
  }
  scanRead = undefined;
  connection.console.log(
    `scan: ${outcome.done} of ${outcome.total} files read and analyzed in ${Math.round(performance.now() - scanBegan)} ms`,
  );
  for (const doc of documents.all()) trackOpen(doc);
  scheduler.setScanning(false);
  firstCheckDone = true;
  if (outcome.cancelled)
    void connection.window.showInformationMessage(format(messages().scanCancelled, outcome.done, outcome.total));
  // Comparing claims across a large workspace takes seconds of its own: the notification stays until it is done.
  reporter?.report(100, messages().comparing);
  await runCheck();
  reporter?.done(outcome.cancelled, outcome);
  markReady();
}

function isReviewFile(path: string): boolean {
  return basename(path) === REVIEW_FILE && basename(dirname(path)) === REVIEW_FOLDER;
}

async function onWatchedChange(uri: string, type: FileChangeType): Promise<void> {
  const path = uriToPath(uri);
  if (isReviewFile(path)) {
    const folder = dirname(dirname(path));
    if (set.workspaceFolders.includes(folder)) reviews.reload(folder);
    return;
  }
  if (type === FileChangeType.Deleted) {
    await onDeleted(path);
    return;
  }
  const open = documents.get(uri);
  if (open) {
    trackOpen(open); // the editor's text wins while the file is open
    return;
  }
  if (openFilesOnly()) return; // a file not open is not checked
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    await onDeleted(path);
    return;
  }
  // A folder moved into the workspace arrives as one event.
  const files = isFolder
    ? discoverArticles([path], { include: set.settings.include, exclude: set.settings.exclude }).files
    : [path];
  for (const file of files) if (set.isArticlePath(file)) loadFile(set, file);
}

/** VS Code's watcher globs match from the folder root; a setting glob without a slash matches at any depth. */
function watcherGlob(glob: string): string {
  return glob.includes('/') ? glob : `**/${glob}`;
}

async function registerWatchers(settings: Settings): Promise<void> {
  if (!client.dynamicWatchers) return;
  watchers?.dispose();
  watchers = await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [
      ...settings.include.map((g) => ({ globPattern: watcherGlob(g) })),
      { globPattern: `**/${REVIEW_FOLDER}/${REVIEW_FILE}` },
      // Deleting or renaming a folder reports the folder only.
      { globPattern: '**/*', kind: WatchKind.Delete },
    ],
  });
}

// ---------------------------------------------------------------------------------------------- lifecycle

/** The locale the client sent (VS Code's display language); `crosscheck.language` may choose another. */
let clientLocale: string | undefined;
function applyLanguage(settings: Settings): void {
  setLocale(settings.language === 'auto' ? clientLocale : settings.language);
}

connection.onInitialize((params) => {
  clientLocale = params.locale;
  const init = params.initializationOptions as InitializationOptions | undefined;
  set.setSettings(resolveSettings(init?.settings));
  applyLanguage(set.settings);
  docsBaseUri = init?.docsBaseUri ?? '';
  scanNotification = init?.scanNotification === true;
  set.setFolders((params.workspaceFolders ?? []).map((f) => uris.remember(f.uri)));
  const caps = params.capabilities;
  client.related = caps.textDocument?.publishDiagnostics?.relatedInformation === true;
  client.codeDescription = caps.textDocument?.publishDiagnostics?.codeDescriptionSupport === true;
  client.dynamicWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  client.progress = caps.window?.workDoneProgress === true;
  client.folderEvents = caps.workspace?.workspaceFolders === true;
  client.inlayRefresh = caps.workspace?.inlayHint?.refreshSupport === true;
  client.showDocument = caps.window?.showDocument?.support === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      inlayHintProvider: true,
      referencesProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      ...(client.folderEvents
        ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }
        : {}),
    },
    serverInfo: { name: 'crosscheck' },
  };
});

connection.onInitialized(() => {
  void rescan();
  void registerWatchers(set.settings);
  if (client.folderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
      const folders = set.workspaceFolders.filter((f) => !removed.has(f));
      set.setFolders([...folders, ...event.added.map((f) => uris.remember(f.uri))]);
      void rescan();
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  const previous = set.settings;
  const next = resolveSettings(
    (change.settings as { crosscheck?: InitializationOptions['settings'] } | undefined)?.crosscheck,
  );
  set.setSettings(next);
  // a new settings object: the converted diagnostics are worded again in the new language at the next publication
  if (previous.language !== next.language) applyLanguage(next);
  const filesChanged =
    JSON.stringify([previous.include, previous.exclude, previous.maxBytes, previous.scope]) !==
    JSON.stringify([next.include, next.exclude, next.maxBytes, next.scope]);
  if (filesChanged) {
    void registerWatchers(next);
    for (const doc of documents.all()) trackOpen(doc);
    void rescan();
  } else {
    scheduleCheck(0);
  }
  if (previous.decoration !== next.decoration && client.inlayRefresh) void connection.languages.inlayHint.refresh();
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const change of changes) await onWatchedChange(change.uri, change.type);
  scheduleCheck(WATCH_DELAY_MS);
});

/** URIs whose open event is under way: its content event is the text arriving, not the user typing. */
const opening = new Set<string>();

/**
 * A document opened whose file is gone (a server started again while VS Code holds a deleted article): out of the
 * comparison at once, back in if the client says it holds unsaved edits.
 */
async function openedWithoutFile(doc: TextDocument, path: string): Promise<void> {
  orphans.mark(path);
  const unsaved = await unsavedOf([doc]);
  if (!unsaved.has(doc.uri)) return;
  orphans.unmark(path);
  trackOpen(doc);
  scheduleCheck(0);
}

documents.onDidOpen((e) => {
  const path = uriToPath(e.document.uri);
  opening.add(e.document.uri);
  if (!isUriPath(path) && !existsSync(path)) void openedWithoutFile(e.document, path);
  trackOpen(e.document);
  scheduleEarlyCheck();
  scheduleCheck(0);
});
documents.onDidChangeContent((e) => {
  // typed in: unsaved work, whether or not its file exists (the open event's text is not typing)
  if (!opening.delete(e.document.uri)) orphans.unmark(uriToPath(e.document.uri));
  if (set.settings.trigger !== 'onType') return;
  trackOpen(e.document);
  scheduleEarlyCheck();
  scheduleCheck(TYPING_DELAY_MS);
});
documents.onDidSave((e) => {
  trackOpen(e.document);
  scheduleCheck(0);
});
documents.onDidClose((e) => {
  const path = uriToPath(e.document.uri);
  orphans.unmark(path);
  set.closeOpen(path);
  // Unsaved edits are gone: the disk's text counts again (unless only open files are checked).
  if (!openFilesOnly() && !isUriPath(path) && set.isArticlePath(path)) loadFile(set, path);
  scheduleCheck(0);
});

// ---------------------------------------------------------------------------------------------- features

function figureAtPosition(uri: string, position: Position): { path: string; figure: Figure } | undefined {
  const path = uriToPath(uri);
  const lines = set.lines(path);
  if (!lines) return undefined;
  const offset = lines.offsetAt(position);
  const figures = figuresOf(path);
  const figure =
    figures.find((f) => f.start <= offset && offset < f.end) ??
    figures.find((f) => f.start <= offset && offset <= f.end);
  return figure ? { path, figure } : undefined;
}

/** The rules the last check used (prepareCheck sends the same ones to the engine): the verdicts' bands and currency. */
function verdictRules() {
  const { rules, baseCurrency } = set.settings;
  return { ...rules, baseCurrency };
}

/**
 * One verdict maker per result (its look-ups cost a walk over the workspace; a hover then costs one claim), its
 * sentences in the UI language (the server's message tables, numbers in the same language).
 */
const verdictMakers = new WeakMap<WorkspaceResult, (claim: Claim) => ClaimVerdict | undefined>();
function verdictIn(result: WorkspaceResult, claim: Claim): ClaimVerdict | undefined {
  let make = verdictMakers.get(result);
  if (!make) {
    make = verdictMaker(result, {
      locale: messagesLocale(),
      phrases: messages().why,
      rules: verdictRules(),
      isChecked: (p, s, e) => set.isChecked(p, s, e),
    });
    verdictMakers.set(result, make);
  }
  return make(claim);
}
function verdictOf(claim: Claim): ClaimVerdict | undefined {
  return verdictIn(liveIndex().result, claim);
}

/**
 * A contradiction's message worded again in the UI language from its claim's verdict (the engine's is English): the
 * mention that agrees with the majority, the one that stands apart, a mention with no majority; the codes a verdict
 * cannot word (a contradiction with another claim's count or another date, an update, an unreadable figure) from the
 * message parts the engine gives with them. Undefined (the engine's message stays) in English.
 */
function rewordIn(index: ResultIndex, d: Diagnostic): string | undefined {
  if (messagesLocale() === 'en') return undefined;
  // a count of something else, another date, an older report, an unreadable figure: worded from the engine's parts
  if (d.parts)
    return partsMessage(d.parts, {
      locale: messagesLocale(),
      phrases: messages().why,
      predicateName: (id) => predicateName(messagesLocale(), id),
    });
  if (!d.code.startsWith('conflict')) return undefined;
  const claim = index.claimOf(d.path, d.start);
  if (!claim || claim.id !== d.claim) return undefined;
  const verdict = verdictIn(index.result, claim);
  if (!verdict) return undefined;
  const opts = { locale: messagesLocale(), phrases: messages().why };
  return d.severity === 'information'
    ? agreeingMessage(verdict, d.path, d.start, opts)
    : conflictMessage(verdict, d.code, d.path, d.start, opts);
}

// Never waits for the scan or a re-check: the latest result, or the open articles' own before the first check.
connection.onHover(({ textDocument, position }) => {
  const hit = figureAtPosition(textDocument.uri, position);
  const lines = hit && set.lines(hit.path);
  if (!hit || !lines) return null;
  const card = buildHoverCard(
    {
      index: liveIndex(),
      uriOf: (p) => uris.uriOf(p),
      lines: (p) => set.lines(p),
      convert: convertFigure,
      baseCurrency: set.settings.baseCurrency,
      isChecked: (p, f) => set.isChecked(p, f.start, f.end),
      verdictOf,
      pending: pendingSources(hit.path),
    },
    hit.path,
    hit.figure,
  );
  return {
    contents: { kind: 'markdown', value: renderHoverCard(card) },
    range: lines.range(hit.figure.start, hit.figure.end),
  };
});

// With crosscheck.figures.decoration "inlay", each figure is followed by its normalized value.
connection.languages.inlayHint.on(async ({ textDocument, range }) => {
  if (set.settings.decoration !== 'inlay') return [];
  const index = liveIndex();
  const path = uriToPath(textDocument.uri);
  const lines = set.lines(path);
  const doc = index.document(path);
  if (!lines || !doc) return [];
  const from = lines.offsetAt(range.start);
  const to = lines.offsetAt(range.end);
  return inlayHints(
    doc.figures.filter((f) => f.end >= from && f.start <= to),
    lines,
  );
});

connection.onCodeAction(({ textDocument, context }) => {
  const path = uriToPath(textDocument.uri);
  const lines = set.lines(path);
  const actions: CodeAction[] = [];
  for (const d of context.diagnostics) {
    const data =
      (d.data as DiagnosticData | undefined) ??
      (lines && { start: lines.offsetAt(d.range.start), end: lines.offsetAt(d.range.end) });
    if (!data) continue;
    const figure = liveIndex().figureOverlapping(path, data.start, data.end);
    const text = figure?.text ?? set.textOf(path)?.slice(data.start, data.end) ?? '';
    actions.push(...quickFixes(textDocument.uri, d, text, data));
  }
  return actions;
});

function claimMentions(uri: string, position: Position): { label: string | null; locations: Location[] } {
  const hit = figureAtPosition(uri, position);
  const claim = hit && liveIndex().claimOf(hit.path, hit.figure.start);
  if (!claim) return { label: null, locations: [] };
  const locations = claim.mentions.flatMap((m) => {
    const lines = set.lines(m.path);
    return lines ? [{ uri: uris.uriOf(m.path), range: lines.range(m.start, m.end) }] : [];
  });
  return { label: claim.label, locations };
}

connection.onReferences(({ textDocument, position }) => {
  return claimMentions(textDocument.uri, position).locations;
});

connection.onRequest(ClaimMentionsRequest, ({ uri, position }) => {
  return claimMentions(uri, position);
});

connection.onRequest(FiguresRequest, ({ uri }) => {
  const index = liveIndex();
  const path = uriToPath(uri);
  const figures = figuresOf(path);
  const lines = set.lines(path);
  if (figures.length === 0 || !lines) return [];
  // Until the other sources are compared, which figures other sources state is not known yet.
  const provisional = pendingSources(path) !== undefined;
  return figures.map((f) => ({
    range: lines.range(f.start, f.end),
    kind: f.kind,
    conflict: index.isConflicting(path, f.start, f.end) && !set.isChecked(path, f.start, f.end),
    inClaim: (index.claimOf(path, f.start)?.status ?? 'single') !== 'single',
    ...(provisional ? { provisional: true } : {}),
  }));
});

/** A review write that failed, as the client shows it (with the file to open). */
function reviewFailure(written: { path: string; error: string }): { reviewFile: string; error: string } {
  connection.console.warn(`review file ${written.path}: ${written.error}`);
  return { reviewFile: pathToUri(written.path), error: format(messages().reviewWriteFailed, written.error) };
}

connection.onRequest(ReviewRequest, async ({ action, uri, start, end }) => {
  const index = await settledIndex();
  const path = uriToPath(uri);
  const figure = index.figureOverlapping(path, start, end);
  const folder = set.reviewFolderOf(path);
  if (!figure || !folder) return { figure: null };
  let written;
  if (action === 'uncheck') {
    const marked = set.checkedEntry(path, figure.start);
    if (!marked) return { figure: figure.text }; // nothing to undo
    written = await reviews.change(folder, (file) => withoutEntries(file, 'checked', [marked]));
  } else {
    const entry = {
      path: relativeTo(folder, path),
      text: figure.text,
      start: figure.start,
      at: new Date().toISOString(),
    };
    written = await reviews.record(folder, action === 'check' ? 'checked' : 'ignored', entry);
  }
  if (!written.ok) return { figure: figure.text, ...reviewFailure(written) };
  await runCheck();
  return { figure: figure.text, reviewFile: pathToUri(written.path) };
});

connection.onRequest(ClaimReviewRequest, async ({ uri, start, end, resolution }) => {
  const index = await settledIndex();
  const path = uriToPath(uri);
  const figure = index.figureOverlapping(path, start, end);
  const planned =
    figure &&
    claimChanges(
      {
        index,
        reviewFolderOf: (p) => set.reviewFolderOf(p),
        checkedEntry: (p, s) => set.checkedEntry(p, s),
        now: () => new Date().toISOString(),
      },
      path,
      figure.start,
      resolution,
    );
  if (!planned) return { claim: null, mentions: 0 };
  let reviewFile: string | undefined;
  for (const [folder, change] of planned.changes) {
    const written = await reviews.change(folder, change);
    if (!written.ok) {
      await runCheck(); // a folder written before this one still counts
      return { claim: planned.claim.label, mentions: 0, ...reviewFailure(written) };
    }
    reviewFile ??= pathToUri(written.path);
  }
  await runCheck();
  return { claim: planned.claim.label, mentions: planned.count, ...(reviewFile ? { reviewFile } : {}) };
});

connection.onRequest(SnapshotRequest, async () => toContractJson((await settledIndex()).result));
connection.onRequest(ReadyRequest, () => ready);
connection.onRequest(ServerInfoRequest, () => ({ pid: process.pid }));
connection.onRequest(RecheckRequest, async () => {
  await rescan();
});

// the desk's sentences in the UI language, their numbers in the same language
const compare = registerCompareRequests(
  connection,
  async () => (await settledIndex()).result,
  async () => (await currentIndex()).result,
  {
    isChecked: (p, s, e) => set.isChecked(p, s, e),
    resolutionOf: (p, s) => set.checkedEntry(p, s)?.resolution,
    locale: messagesLocale,
    phrases: () => messages().why,
    rules: verdictRules,
  },
);
connection.onExit(() => {
  scheduler.dispose();
  runner.dispose();
});

documents.listen(connection);
connection.listen();
