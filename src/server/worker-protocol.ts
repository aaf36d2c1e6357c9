/**
 * The messages between the language server and its check worker: the one contract of that boundary, typed on
 * both sides. The worker keeps its own copy of the analyzed documents, so a request carries only what changed.
 */
import type { AnalyzedDocument, Claim, Diagnostic } from '../core/types';
import type { ClaimOptions } from '../core/workspace';

/** Server to worker: check these documents (the copy updated by `upsert` and `remove`, in `order`). */
export interface CheckRequest {
  kind: 'check';
  id: number;
  upsert: AnalyzedDocument[];
  remove: string[];
  /** Every document's path, in the order the engine sees them. */
  order: string[];
  options: ClaimOptions;
}

/** Worker to server: the cross-file result of one request. */
export interface CheckDone {
  kind: 'done';
  id: number;
  claims: Claim[];
  diagnostics: Diagnostic[];
  claimOfFigure: [string, string][];
  engineMs: number;
}

/** Worker to server: the engine threw on one request (the worker itself goes on). */
export interface CheckFailed {
  kind: 'failed';
  id: number;
  error: string;
}

export type ToWorker = CheckRequest;
export type FromWorker = CheckDone | CheckFailed;

/** The worker's data marking it apart from the server thread that runs the same bundle. */
export const WORKER_DATA = { crosscheckRole: 'check' } as const;

/** A message from the worker, checked: the boundary is typed, and a message of another shape is a bug to report. */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (typeof m.id !== 'number') return false;
  if (m.kind === 'failed') return typeof m.error === 'string';
  return m.kind === 'done' && Array.isArray(m.claims) && Array.isArray(m.diagnostics) && Array.isArray(m.claimOfFigure);
}
