// Driving the workbench the way a user does (palette, mouse, the Compare Sources webview), shared by the
// e2e test and the measurements.

/**
 * Runs a command from the palette (F1) by its title, as a user types it. A focused webview forwards keys to
 * the workbench late or not at all, so the palette may open late, or a retried F1 may close it again: the
 * whole typing is retried, with the focus given back to the workbench (its title bar) in between.
 */
export async function runCommand(page, title) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input');
  for (let attempt = 1; ; attempt++) {
    if (!(await input.isVisible())) await page.keyboard.press('F1');
    const typed = await input
      .waitFor({ state: 'visible', timeout: 3_000 })
      .then(() => input.fill(`>${title}`, { timeout: 3_000 }))
      .then(
        () => true,
        () => false,
      );
    if (typed) break;
    if (attempt === 3) throw new Error(`could not type “${title}” into the command palette`);
    await page.keyboard.press('Escape');
    await page.locator('.part.titlebar').click({ position: { x: 600, y: 10 } });
  }
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Moves the mouse onto the first occurrence of `text` in the editor. The editor renders a line as a few spans
 * (spaces as no-break spaces) that need not start at the figure, so the spot is found with a DOM Range.
 */
export async function hoverText(page, text) {
  const rect = await page
    .locator('.editor-instance .view-lines')
    .first()
    .evaluate((lines, wanted) => {
      for (const line of lines.querySelectorAll('.view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(wanted);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + Math.min(2, wanted.length));
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
      return null;
    }, text);
  if (!rect) throw new Error(`“${text}” is not on screen`);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

/** The document inside the Compare Sources webview (a webview is two nested iframes). */
export function compareFrame(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}
