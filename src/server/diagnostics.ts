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
