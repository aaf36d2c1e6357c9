/**
 * What the Compare Sources webview may ask of the extension, and the checks every message passes before the
 * extension acts on it: the webview renders untrusted article text, so it is treated as untrusted too.
 */

import type { WebviewMessage } from '../../webview/messages';

export type { WebviewMessage };

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function hasOnlyKeys(o: object, keys: string[]): boolean {
  return Object.keys(o).every((k) => keys.includes(k));
}

/**
 * The message if it is one of ours with well-formed fields, else undefined. `knownUris` are the sources of
 * the table the webview was given: it may only reveal places in those files.
 */
export function parseWebviewMessage(raw: unknown, knownUris: ReadonlySet<string>): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'refresh':
      return hasOnlyKeys(m, ['type']) ? { type: m.type } : undefined;
    case 'export':
      return hasOnlyKeys(m, ['type', 'format']) && (m.format === 'markdown' || m.format === 'csv')
        ? { type: 'export', format: m.format }
        : undefined;
    case 'rendered':
      return hasOnlyKeys(m, ['type', 'ms', 'rows']) &&
        typeof m.ms === 'number' &&
        Number.isFinite(m.ms) &&
        m.ms >= 0 &&
        isOffset(m.rows)
        ? { type: 'rendered', ms: m.ms, rows: m.rows }
        : undefined;
    case 'reveal':
      if (!hasOnlyKeys(m, ['type', 'uri', 'start', 'end'])) return undefined;
      if (typeof m.uri !== 'string' || !knownUris.has(m.uri)) return undefined;
      if (!isOffset(m.start) || !isOffset(m.end) || m.end < m.start) return undefined;
      return { type: 'reveal', uri: m.uri, start: m.start, end: m.end };
    default:
      return undefined;
  }
}
