/**
 * The server's view of the `crosscheck.*` settings: defaults filled in, values checked, so the rest of the
 * server never deals with a missing or mistyped setting.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CrosscheckSettings, SeverityName } from '../protocol';
import type { DiagnosticCode } from '../core/types';

export interface Settings {
  include: string[];
  exclude: string[];
  maxBytes: number;
  decoration: 'underline' | 'inlay' | 'none';
  baseCurrency: string;
  rules: { tolerance: number; about: number; nearly: number; slipFactor: number };
  severity: Record<DiagnosticCode, SeverityName>;
  trigger: 'onType' | 'onSave';
  /** "openFiles": only articles open in the editor are read and compared (no workspace scan). */
  scope: 'workspace' | 'openFiles';
  /**
   * The language of the messages (Problems, hovers, Compare Sources): "auto" follows the locale VS Code sends, which
   * is English for Dutch, Swedish, Norwegian and Danish users (VS Code ships no language pack for them).
   */
  language: string;
}

export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  'conflict',
  'conflict-scale',
  'conflict-currency',
  'conflict-predicate',
  'conflict-date',
  'conflict-in-article',
  'conflict-update',
  'unreadable-figure',
];

/** Contradictions are warnings (the article may be right, the other source wrong); an unreadable figure is a note. */
export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, SeverityName>> = {
  conflict: 'warning',
  'conflict-scale': 'warning',
  'conflict-currency': 'warning',
  'conflict-predicate': 'warning',
  'conflict-date': 'warning',
  'conflict-in-article': 'warning',
  'conflict-update': 'warning',
  'unreadable-figure': 'information',
};

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.article'];
export const DEFAULT_EXCLUDE: string[] = [];
export const DEFAULT_MAX_KB = 1024;

const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : [...fallback];
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Fills in defaults and drops values of the wrong type (settings.json is hand-edited). */
export function resolveSettings(raw: CrosscheckSettings | undefined | null): Settings {
  const s = raw ?? {};
  const severity = { ...DEFAULT_SEVERITY };
  for (const code of DIAGNOSTIC_CODES) {
    const v = s.severity?.[code];
    if (v && SEVERITY_NAMES.includes(v)) severity[code] = v;
  }
  const currency =
    typeof s.baseCurrency === 'string' && /^[A-Za-z]{3}$/.test(s.baseCurrency) ? s.baseCurrency.toUpperCase() : 'EUR';
  return {
    language: typeof s.language === 'string' && /^[a-z]{2,3}(-[a-z]{2})?$/i.test(s.language) ? s.language : 'auto',
    include: stringList(s.files?.include, DEFAULT_INCLUDE),
    exclude: stringList(s.files?.exclude, DEFAULT_EXCLUDE),
    maxBytes: Math.round(positive(s.files?.maxSizeKB, DEFAULT_MAX_KB) * 1024),
    decoration:
      s.figures?.decoration === 'none' || s.figures?.decoration === 'inlay' ? s.figures.decoration : 'underline',
    baseCurrency: currency,
    rules: {
      tolerance: positive(s.rules?.tolerance, 0.05),
      about: positive(s.rules?.about, 0.06),
      nearly: positive(s.rules?.nearly, 0.09),
      slipFactor: positive(s.rules?.slipFactor, 10),
    },
    severity,
    trigger: s.check?.trigger === 'onSave' ? 'onSave' : 'onType',
    scope: s.scope === 'openFiles' ? 'openFiles' : 'workspace',
  };
}

/** The LSP severity for a code under the user's settings; undefined when the user turned the code off. */
export function severityFor(code: DiagnosticCode, settings: Settings): DiagnosticSeverity | undefined {
  switch (settings.severity[code] ?? DEFAULT_SEVERITY[code] ?? 'warning') {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}
