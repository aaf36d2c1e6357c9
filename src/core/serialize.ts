/**
 * The engine's result as the public JSON document of docs/cli-json-contract.md (version 1, schema docs/cli-json.schema.json).
 * The CLI prints it and the language server answers `crosscheck/snapshot` with it, so both faces agree.
 * Fields are copied one by one, never spread: internal fields added to the engine's types later must not
 * leak into a public interface by accident, and document text stays out.
 */
import type {
  AnalyzedDocument,
  Claim,
  ClaimStatus,
  Diagnostic,
  DiagnosticCode,
  DetectedLanguage,
  FigureKind,
  Figure,
  Severity,
  WorkspaceResult,
} from './types';
import { figureKey } from './workspace';

export const CONTRACT_VERSION = 1;

export type ContractBound = 'at-least' | 'at-most' | 'about';

export interface ContractFigure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  value: number | string | null;
  unit: string;
  claim: string | null;
  range?: [number, number] | [string, string];
  bound?: ContractBound;
  /** Set with bound "about" when the text only reaches below the figure ("près de", "nearly"). */
  approx?: 'nearly';
  deadline?: true;
  /** The figure is a change ("fell 4 %", "+2,1 %"), and its direction; `value` keeps the sign as written. */
  change?: 'up' | 'down';
  unreadable?: string;
  /** quantity: the unit is the article's own word, not an English lemma (docs/notes/vocab.md). */
  unitKnown?: false;
}

export interface ContractDocumentEntry {
  path: string;
  language: DetectedLanguage;
  published: string | null;
  figures: ContractFigure[];
}

export interface ContractMention {
  path: string;
  start: number;
  end: number;
}

export interface ContractClaim {
  id: string;
  label: string;
  status: ClaimStatus;
  mentions: ContractMention[];
  code?: DiagnosticCode;
}

export interface ContractRelated extends ContractMention {
  message: string;
}

export interface ContractDiagnostic extends ContractMention {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  related: ContractRelated[];
  claim?: string;
}

export interface ContractDocument {
  version: typeof CONTRACT_VERSION;
  documents: ContractDocumentEntry[];
  claims: ContractClaim[];
  diagnostics: ContractDiagnostic[];
}

function figureJson(f: Figure, claim: string | null): ContractFigure {
  const out: ContractFigure = {
    start: f.start,
    end: f.end,
    text: f.text,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    claim,
  };
  if (f.range) out.range = [f.range[0], f.range[1]] as ContractFigure['range'];
  if (f.bound === 'nearly') {
    out.bound = 'about';
    out.approx = 'nearly';
  } else if (f.bound) {
    out.bound = f.bound;
  }
  if (f.deadline) out.deadline = true;
  if (f.change) out.change = f.change;
  if (f.unreadable !== undefined) out.unreadable = f.unreadable;
  if (f.unitKnown === false) out.unitKnown = false;
  return out;
}

function documentJson(d: AnalyzedDocument, claimOfFigure: ReadonlyMap<string, string>): ContractDocumentEntry {
  return {
    path: d.path,
    language: d.language,
    published: d.published,
    figures: d.figures.map((f) => figureJson(f, claimOfFigure.get(figureKey(d.path, f.start)) ?? null)),
  };
}

const mentionJson = (m: ContractMention): ContractMention => ({ path: m.path, start: m.start, end: m.end });

function claimJson(c: Claim): ContractClaim {
  const out: ContractClaim = { id: c.id, label: c.label, status: c.status, mentions: c.mentions.map(mentionJson) };
  if (c.code) out.code = c.code;
  return out;
}

function diagnosticJson(d: Diagnostic): ContractDiagnostic {
  const out: ContractDiagnostic = {
    path: d.path,
    start: d.start,
    end: d.end,
    severity: d.severity,
    code: d.code,
    message: d.message,
    related: d.related.map((r) => ({ path: r.path, start: r.start, end: r.end, message: r.message })),
  };
  if (d.claim !== undefined) out.claim = d.claim;
  return out;
}

/** The contract document with its arrays as any sequence: a whole document, or contractSections' lazy ones. */
export interface ContractSections {
  version: typeof CONTRACT_VERSION;
  documents: Iterable<ContractDocumentEntry>;
  claims: Iterable<ContractClaim>;
  diagnostics: Iterable<ContractDiagnostic>;
}

/**
 * The contract document as lazy sequences, each entry converted when it is read: a writer that streams the
 * document holds one entry at a time instead of a copy of the whole result (at 10 000 articles, a copy of
 * 100+ MB of JSON as objects).
 */
export function contractSections(result: WorkspaceResult): ContractSections {
  return {
    version: CONTRACT_VERSION,
    documents: lazyMap(result.documents, (d) => documentJson(d, result.claimOfFigure)),
    claims: lazyMap(result.claims, claimJson),
    diagnostics: lazyMap(result.diagnostics, diagnosticJson),
  };
}

function lazyMap<T, U>(items: readonly T[], f: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield f(item);
    },
  };
}

/** The contract document for a workspace result. Pure: no I/O, the input is not modified. */
export function toContractJson(result: WorkspaceResult): ContractDocument {
  return {
    version: CONTRACT_VERSION,
    documents: result.documents.map((d) => documentJson(d, result.claimOfFigure)),
    claims: result.claims.map(claimJson),
    diagnostics: result.diagnostics.map(diagnosticJson),
  };
}
