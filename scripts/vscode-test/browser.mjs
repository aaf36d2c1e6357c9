// Opens the workbench in Debian's Chromium through playwright-core (`playwright` itself would try to
// download its own browsers, which fails offline).
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from './setup.mjs';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
}

// Lines the workbench logs on every offline start; they say nothing about the extension.
const NOISE =
  /ENOTFOUND|EAI_AGAIN|Creating a socket|connection token|builtin extensions|Service Worker|ChatSessionStore|open-vsx|marketplace|getaddrinfo/i;

/**
 * Forwards the extension host's console (the mocha reporter, the extension's own logs) to `write`.
 * The workbench re-logs extension-host output in its console as ['%c INFO', 'color: …', fmt, ...args].
 */
export function forwardExtensionHostConsole(page, write) {
  page.on('console', async (message) => {
    let args;
    try {
      args = await Promise.all(message.args().map((a) => a.jsonValue()));
    } catch {
      return;
    }
    if (typeof args[0] !== 'string' || !/^%c\s+(INFO|ERR|WARN|DEBUG|LOG)/.test(args[0]) || args.length < 3) return;
    const line = format(...args.slice(2));
    if (!NOISE.test(line)) write(line);
  });
}

/** The workbench URL that opens `folder`; with `payload`, the window is an Extension Development Host. */
export function workbenchUrl(base, folder, payload) {
  const query = payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '';
  return `${base}/?folder=${encodeURIComponent(folder)}${query}`;
}
