/**
 * The articles the server knows and the engine's latest result over them. Texts come from disk (first scan,
 * watchers) or from the editor (open documents, which win over disk). Per-file analyses are cached by text, so a
 * re-check after typing in one article re-analyzes that article only, then runs the cross-file stages over all.
 * No connection here: main.ts feeds it events and publishes what it computes.
 */
import { basename, dirname, sep } from 'node:path';
import { analyzeDocument, checkWorkspace, type ClaimOptions } from '../core/workspace';
import { isCrosscheckReport } from '../core/report/marker';
import { runEngine } from './check-worker';
import type { AnalyzedDocument, Figure, WorkspaceResult } from '../core/types';
import { articleFilter, type ArticleFilter } from './article-filter';
import { LineIndexCache, type LineIndex } from './lines';
import { folderOf, isUriPath, relativeTo } from '../node/paths';
import { ResultIndex } from './result-index';
import {
  entriesFor,
  matchEntries,
  matchEntryMap,
  onMarkedFigure,
  serializeReview,
  type ReviewEntry,
  type ReviewFile,
  type ReviewKind,
} from '../core/review';
import { resolveSettings, type Settings } from './settings';

export interface PreparedCheck {
  docs: AnalyzedDocument[];
  /** Per path, the checked figures' starts with the review entry that marks each. */
  checked: Map<string, Map<number, ReviewEntry>>;
  revision: number;
  options: ClaimOptions;
  began: number;
}

/** Why a known file is not analyzed. */
export type Exclusion = 'too-large' | 'unreadable' | 'excluded';

interface CachedAnalysis {
  text: string;
  doc: AnalyzedDocument;
}

export class ArticleSet {
  private folders: string[] = [];
  private settingsValue: Settings = resolveSettings(undefined);
  private filter: ArticleFilter = articleFilter(this.settingsValue.include, this.settingsValue.exclude);
  private readonly disk = new Map<string, string>();
  private readonly open = new Map<string, { text: string; forced: boolean }>();
  private readonly excluded = new Map<string, Exclusion>();
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly failed = new Map<string, string>();
  private readonly reviews = new Map<string, ReviewFile>();
  private readonly lineCache = new LineIndexCache();
  private checkedStarts = new Map<string, Map<number, ReviewEntry>>();
  private readonly filtered = new Map<string, { source: AnalyzedDocument; key: string; doc: AnalyzedDocument }>();
  private indexValue = new ResultIndex(checkWorkspace([]));
  /** Told about an article the engine failed on (the server logs it); the article is left out. */
  onEngineError: (path: string, err: unknown) => void = () => undefined;
  /** Milliseconds the last check() took. */
  lastCheckMs = 0;
  /** Bumped by every change that can alter the engine's result; check() records the one it saw. */
  private revisionValue = 0;
  private checkedRevision = -1;

  /** Something changed since the last check() (a file opened as it is on disk changes nothing). */
  get stale(): boolean {
    return this.revisionValue !== this.checkedRevision;
  }

  private bump(): void {
    this.revisionValue++;
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  get index(): ResultIndex {
    return this.indexValue;
  }

  get result(): WorkspaceResult {
    return this.indexValue.result;
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  setFolders(folders: readonly string[]): void {
    this.bump();
    this.folders = [...folders];
  }

  setSettings(settings: Settings): void {
    if (JSON.stringify(settings) !== JSON.stringify(this.settingsValue)) this.bump();
    this.settingsValue = settings;
    this.filter = articleFilter(settings.include, settings.exclude);
  }

  /**
   * Whether a path names an article under the settings. Files outside every workspace folder count when the
   * editor opened them (a user may check a single file); `forced` documents (language "article") always count.
   */
  isArticlePath(path: string): boolean {
    const folder = folderOf(path, this.folders);
    // Outside the folders: a file opened alone counts by its name; a git or output view of it does not.
    if (!folder) return isUriPath(path) ? false : this.filter(basename(path));
    return this.filter(relativeTo(folder, path));
  }

  setDiskText(path: string, text: string): void {
    if (this.disk.get(path) !== text || this.excluded.has(path)) this.bump();
    this.disk.set(path, text);
    this.excluded.delete(path);
  }

  /** A file that exists but is not analyzed: its old diagnostics go away with its old analysis. */
  exclude(path: string, why: Exclusion): void {
    if (this.disk.has(path) || this.excluded.get(path) !== why) this.bump();
    this.disk.delete(path);
    this.cache.delete(path);
    this.excluded.set(path, why);
  }

  /**
   * A file or folder is gone: drops it and everything below it, open documents included (VS Code keeps a deleted
   * file's document open; it counts again once typed in or created again).
   */
  remove(path: string): void {
    const prefix = path.endsWith(sep) ? path : `${path}${sep}`;
    for (const map of [this.disk, this.open, this.excluded, this.cache] as Map<string, unknown>[]) {
      for (const key of [...map.keys()]) {
        if (key === path || key.startsWith(prefix)) {
          map.delete(key);
          this.bump();
        }
      }
    }
    this.lineCache.delete(path);
  }

  /** Forget every disk text (before a rescan). */
  clearDisk(): void {
    this.bump();
    this.disk.clear();
    this.excluded.clear();
  }

  setOpenText(path: string, text: string, forced: boolean): void {
    const before = this.textOf(path);
    const wasArticle = this.counts(path);
    if (Buffer.byteLength(text, 'utf8') > this.settingsValue.maxBytes) {
      if (this.excluded.get(path) !== 'too-large' && wasArticle) this.bump();
      this.open.delete(path);
      this.cache.delete(path);
      this.excluded.set(path, 'too-large');
      return;
    }
    if (this.excluded.get(path) === 'too-large') {
      this.excluded.delete(path);
      this.bump();
    }
    this.open.set(path, { text, forced });
    if ((before !== text || wasArticle !== this.counts(path)) && (wasArticle || this.counts(path))) this.bump();
  }

  closeOpen(path: string): void {
    const open = this.open.get(path);
    if (open && open.text !== this.disk.get(path) && this.counts(path)) this.bump();
    this.open.delete(path);
  }

  /** Whether the engine sees this path (see articlePaths). */
  private counts(path: string): boolean {
    if (this.disk.has(path)) return true;
    const open = this.open.get(path);
    return !!open && (open.forced || this.isArticlePath(path));
  }

  exclusion(path: string): Exclusion | undefined {
    return this.excluded.get(path);
  }

  isKnown(path: string): boolean {
    return this.open.has(path) || this.disk.has(path);
  }

  /** The text the engine sees for a path: the editor's when the file is open, else the disk's. */
  textOf(path: string): string | undefined {
    return this.open.get(path)?.text ?? this.disk.get(path);
  }

  /** Paths of every article to analyze, in a stable order. */
  articlePaths(): string[] {
    const paths = new Set<string>();
    for (const p of this.disk.keys()) paths.add(p);
    for (const [p, o] of this.open) if (o.forced || this.isArticlePath(p)) paths.add(p);
    return [...paths].sort();
  }

  /** The per-file analysis, reused while the text is unchanged. */
  analyze(path: string): AnalyzedDocument | undefined {
    const text = this.textOf(path);
    if (text === undefined) return undefined;
    const cached = this.cache.get(path);
    if (cached && cached.text === text) return cached.doc;
    if (this.failed.get(path) === text) return undefined;
    let doc: AnalyzedDocument;
    try {
      // a report Crosscheck wrote is never a source, in the editor as in the CLI
      if (isCrosscheckReport(text)) return undefined;
      doc = analyzeDocument(path, text);
    } catch (err) {
      // One article the engine trips on must not stop the others from being checked (nor be retried unchanged).
      this.failed.set(path, text);
      this.onEngineError(path, err);
      return undefined;
    }
    this.failed.delete(path);
    this.cache.set(path, { text, doc });
    return doc;
  }

  /**
   * The analysis of an article the engine sees, made now if it is not cached (figures without comparison): what a
   * hover or the underlines answer from while the article waits for a check (the first scan, a re-check under way).
   * Undefined for a file that is not an article under the settings, or that the engine left out.
   */
  articleAnalysis(path: string): AnalyzedDocument | undefined {
    return this.counts(path) ? this.analyze(path) : undefined;
  }

  setReview(folder: string, review: ReviewFile): void {
    const current = this.reviews.get(folder);
    if (!current || serializeReview(current) !== serializeReview(review)) this.bump();
    this.reviews.set(folder, review);
  }

  review(folder: string): ReviewFile | undefined {
    return this.reviews.get(folder);
  }

  /** Where a path's review entries live: its workspace folder, or its own folder for a file opened alone. */
  reviewFolderOf(path: string): string | undefined {
    if (isUriPath(path)) return undefined;
    return folderOf(path, this.folders) ?? dirname(path);
  }

  private entries(kind: ReviewKind, path: string): ReviewEntry[] {
    const folder = this.reviewFolderOf(path);
    const review = folder ? this.reviews.get(folder) : undefined;
    return !folder || !review ? [] : entriesFor(review, kind, relativeTo(folder, path));
  }

  private reviewed(kind: ReviewKind, path: string, figures: readonly Figure[]): Set<number> {
    const entries = this.entries(kind, path);
    return entries.length === 0 ? new Set() : matchEntries(entries, figures);
  }

  /**
   * What the engine is to check now: every article's analysis, ignored figures withheld, and the checked marks
   * to apply to the result. The revision tells commit() whether anything changed meanwhile.
   */
  prepareCheck(paths: readonly string[] = this.articlePaths()): PreparedCheck {
    const docs: AnalyzedDocument[] = [];
    const checked = new Map<string, Map<number, ReviewEntry>>();
    for (const path of paths) {
      const doc = this.analyze(path);
      if (!doc) continue;
      const ignored = this.reviewed('ignored', path, doc.figures);
      docs.push(ignored.size === 0 ? doc : this.withoutFigures(doc, ignored));
      const marking = this.entries('checked', path);
      const marks = marking.length === 0 ? undefined : matchEntryMap(marking, doc.figures);
      if (marks && marks.size > 0) checked.set(path, marks);
    }
    const { rules, baseCurrency } = this.settingsValue;
    return {
      docs,
      checked,
      revision: this.revisionValue,
      options: { rules: { ...rules, baseCurrency } },
      began: performance.now(),
    };
  }

  /** Keeps a result unless the articles changed while it was computed (then it describes texts that are gone). */
  commit(prepared: PreparedCheck, result: WorkspaceResult): boolean {
    if (prepared.revision !== this.revisionValue) return false;
    this.checkedRevision = prepared.revision;
    this.checkedStarts = prepared.checked;
    this.indexValue = new ResultIndex(result);
    this.lastCheckMs = performance.now() - prepared.began;
    return true;
  }

  /**
   * The open articles checked among themselves on this thread, without touching the kept result: what hovers,
   * underlines and diagnostics show at once, before the first scan of the workspace has read its folders (a few
   * open articles take milliseconds; the whole workspace seconds).
   */
  checkOpenArticles(): ResultIndex {
    const paths = [...this.open.keys()].filter((p) => this.counts(p)).sort();
    const prepared = this.prepareCheck(paths);
    return new ResultIndex(runEngine(prepared.docs, prepared.options));
  }

  /** Runs the cross-file stages on this thread (tests; the server uses a worker through prepareCheck/commit). */
  check(): ResultIndex {
    const prepared = this.prepareCheck();
    this.commit(prepared, runEngine(prepared.docs, prepared.options));
    return this.indexValue;
  }

  /** The same object for the same figures, so the check worker is not sent an unchanged document again. */
  private withoutFigures(doc: AnalyzedDocument, ignored: Set<number>): AnalyzedDocument {
    const key = [...ignored].sort((a, b) => a - b).join(',');
    const cached = this.filtered.get(doc.path);
    if (cached && cached.source === doc && cached.key === key) return cached.doc;
    const filtered = { ...doc, figures: doc.figures.filter((f) => !ignored.has(f.start)) };
    this.filtered.set(doc.path, { source: doc, key, doc: filtered });
    return filtered;
  }

  /** A reviewer marked a figure overlapping [start, end) of `path` as checked. */
  isChecked(path: string, start: number, end: number): boolean {
    const marks = this.checkedStarts.get(path);
    if (!marks) return false;
    const doc = this.indexValue.document(path);
    return !!doc && onMarkedFigure(doc.figures, marks, start, end);
  }

  /**
   * What decides which of a file's figures count as checked, for the server's cache of converted diagnostics: the
   * document of the kept result (its figures) and the starts of the checked marks, as a key.
   */
  checkedKey(path: string): [AnalyzedDocument | undefined, string] {
    const marks = this.checkedStarts.get(path);
    return [this.indexValue.document(path), marks ? [...marks.keys()].sort((a, b) => a - b).join(',') : ''];
  }

  /** The review entry that marks the figure starting at `start` of `path` as checked (what an undo removes). */
  checkedEntry(path: string, start: number): ReviewEntry | undefined {
    return this.checkedStarts.get(path)?.get(start);
  }

  /** Line index over the text the last result was computed from. */
  lines(path: string): LineIndex | undefined {
    const text = this.indexValue.document(path)?.text ?? this.textOf(path);
    return text === undefined ? undefined : this.lineCache.get(path, text);
  }
}
