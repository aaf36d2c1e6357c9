/**
 * The Compare Sources webview's HTML shell. Pure (no `vscode`), so its security properties are unit-tested:
 * a strict Content-Security-Policy, one nonce'd script and one stylesheet from the extension, no inline handlers,
 * no inline styles, and no article text at all — rows arrive later as JSON and are built with textContent.
 */

export interface PanelHtmlInput {
  /** A fresh random nonce per render (base64 or hex). */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** `webview.asWebviewUri` of dist/webview/compare.js (built from src/webview) and media/compare.css. */
  scriptUri: string;
  styleUri: string;
  /** The document language (the UI's locale). */
  lang: string;
  title: string;
  /** Shown until the first table arrives. */
  loading: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A nonce: 32 characters from the CSP's base64 alphabet, from a caller-supplied source of randomness. */
export function makeNonce(randomBytes: (n: number) => Uint8Array): string {
  return Buffer.from(randomBytes(24)).toString('base64');
}

export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function comparePanelHtml(input: PanelHtmlInput): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(input.nonce)) throw new Error('nonce must be base64, 16 characters or more');
  const csp = escapeHtml(contentSecurityPolicy(input.nonce, input.cspSource));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(input.title)}</title>
</head>
<body>
<main id="app" aria-busy="true">
<p id="loading">${escapeHtml(input.loading)}</p>
</main>
<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
