#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (256 x 256), the icon the manifest names: the marketplace refuses SVG
// icons. Uses the Chromium the real-VS-Code tests already need (playwright-core + Debian's chromium). Run it after
// editing the SVG and commit both files.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const svg = readFileSync(fileURLToPath(new URL('../media/icon.svg', import.meta.url)), 'utf8');
const out = fileURLToPath(new URL('../media/icon.png', import.meta.url));
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!executablePath)
  throw new Error("no Chromium: run `node scripts/vscode-test/setup.mjs` or install Debian's chromium");
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
