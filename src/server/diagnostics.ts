/**
 * The engine's diagnostics as LSP diagnostics: severity from the user's settings, the code linked to its
 * documentation page, related information pointing at the other sources (or folded into the message when the
 * client cannot show related information), and checked figures left out.
 */
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver';
import type { Diagnostic } from '../core/types';
import type { LineIndex } from './lines';
import { format, messages } from './messages';
import { sameJson } from './publisher';
import { severityFor, type Settings } from './settings';

export const SOURCE = 'crosscheck';

export interface DiagnosticContext {
  settings: Settings;
  /** Folder URI of docs/codes/, without a trailing slash. */
  docsBaseUri: string;
  relatedInformation: boolean;
  codeDescription: boolean;
  uriOf(path: string): string;
  lines(path: string): LineIndex | undefined;
  /** A reviewer marked the figure at this span as checked. */
  isChecked(path: string, start: number, end: number): boolean;
  /** The message in the UI language when the engine's (English) one is worded again; undefined keeps it. */
  reword?(d: Diagnostic): string | undefined;
}

/** What a code action needs to know about the diagnostic it fixes; LSP carries it back untouched. */
export interface DiagnosticData {
  claim?: string;
  start: number;
  end: number;
}

export function codeTarget(docsBaseUri: string, code: string): string {
  return `${docsBaseUri}/${code}.md`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The engine places contradictions (core/claims/placement.ts): a mention that agrees with the majority is only
 * informed. The user's setting for the code still rules the outlier's severity, and may lower both.
 */
function placedSeverity(setting: DiagnosticSeverity | undefined, d: Diagnostic): DiagnosticSeverity | undefined {
  if (setting === undefined) return undefined;
  const engine =
    d.severity === 'information'
      ? DiagnosticSeverity.Information
      : d.severity === 'hint'
        ? DiagnosticSeverity.Hint
        : undefined;
  return engine !== undefined && engine > setting ? engine : setting;
}

export function toLspDiagnostic(ctx: DiagnosticContext, d: Diagnostic): LspDiagnostic | undefined {
  const severity = placedSeverity(severityFor(d.code, ctx.settings), d);
  const lines = ctx.lines(d.path);
  if (severity === undefined || !lines || ctx.isChecked(d.path, d.start, d.end)) return undefined;
  const related: DiagnosticRelatedInformation[] = [];
  const fallback: string[] = [];
  for (const r of d.related) {
    const rl = ctx.lines(r.path);
    if (!rl) continue;
    const range = rl.range(r.start, r.end);
    related.push({ location: { uri: ctx.uriOf(r.path), range }, message: r.message });
    fallback.push(`${fileName(r.path)}:${range.start.line + 1} ${r.message}`);
  }
  const data: DiagnosticData = { start: d.start, end: d.end, ...(d.claim ? { claim: d.claim } : {}) };
  const out: LspDiagnostic = {
    range: lines.range(d.start, d.end),
    severity,
    source: SOURCE,
    code: d.code,
    message: ctx.reword?.(d) ?? d.message,
    data,
  };
  if (ctx.codeDescription) out.codeDescription = { href: codeTarget(ctx.docsBaseUri, d.code) };
  if (ctx.relatedInformation) {
    if (related.length > 0) out.relatedInformation = related;
  } else if (fallback.length > 0) {
    out.message += `\n${format(messages().relatedFallback, fallback.join('; '))}`;
  }
  return out;
}

/** All LSP diagnostics of one file, in text order. */
export function diagnosticsOf(ctx: DiagnosticContext, diagnostics: readonly Diagnostic[]): LspDiagnostic[] {
  return [...diagnostics]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .flatMap((d) => toLspDiagnostic(ctx, d) ?? []);
}

interface Converted {
  engine: readonly Diagnostic[];
  settings: Settings;
  marks: readonly unknown[];
  /** The line index of every file the conversion placed a range in (the file itself and its related sources). */
  lines: [string, LineIndex | undefined][];
  lsp: LspDiagnostic[];
}

/**
 * diagnosticsOf per file, reused while nothing it read changed: after an edit the engine returns every file's
 * diagnostics again (2 000 files, ~9 000 diagnostics, ~60 000 related locations on the editor's benchmark), and
 * converting them all took most of the second the server spent publishing. A file's conversion depends on its engine
 * diagnostics (compared in depth: the worker sends new objects every check), the settings, its checked marks and the
 * texts of the files it points into (their line indexes, which are rebuilt only when a text changes). Diagnostics
 * worded again in the UI language (not English) also depend on their claim's whole verdict: not cached.
 */
export class ConvertedDiagnostics {
  private readonly byPath = new Map<string, Converted>();
  /** Files converted again / reused by the last publish (the server logs them). */
  converted = 0;
  reused = 0;

  /**
   * `marks`: what decides which of the file's diagnostics a reviewer checked (compared item by item with ===; the
   * server gives the file's analyzed document and its checked marks as a key).
   */
  of(ctx: DiagnosticContext, path: string, engine: readonly Diagnostic[], marks: readonly unknown[]): LspDiagnostic[] {
    const cached = this.byPath.get(path);
    if (
      cached &&
      cached.settings === ctx.settings &&
      cached.marks.length === marks.length &&
      cached.marks.every((m, i) => m === marks[i]) &&
      cached.lines.every(([p, l]) => ctx.lines(p) === l) &&
      sameJson(cached.engine, engine)
    ) {
      this.reused++;
      return cached.lsp;
    }
    this.converted++;
    const lsp = diagnosticsOf(ctx, engine);
    const paths = new Set([path]);
    for (const d of engine) for (const r of d.related) paths.add(r.path);
    const lines: [string, LineIndex | undefined][] = [...paths].map((p) => [p, ctx.lines(p)]);
    this.byPath.set(path, { engine, settings: ctx.settings, marks, lines, lsp });
    return lsp;
  }

  /** Starts a publish (the counters are the publish's). */
  begin(): void {
    this.converted = 0;
    this.reused = 0;
  }

  /** Forgets every file but those of `kept` (a publish's files). */
  keepOnly(kept: ReadonlySet<string>): void {
    for (const path of [...this.byPath.keys()]) if (!kept.has(path)) this.byPath.delete(path);
  }

  clear(): void {
    this.byPath.clear();
  }
}
