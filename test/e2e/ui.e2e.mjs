// The user's path through the UI of a real VS Code (code-server + Chromium, driven by Playwright), with the
// extension installed the way users get it: the packaged .vsix through `--install-extension` (run.mjs builds it),
// not the development folder:
// open the seeds folder, open the Italian article, see its conflicts in the Problems panel, hover a figure,
// run "Crosscheck: Compare Sources" from the palette — and take the screenshots the README shows. Then an
// article full of markup joins the workspace, and the panel must display it as text.
// Run by scripts/vscode-test/run.mjs (npm run test:e2e). Screenshots go to test-results/screenshots/ (ignored by
// git); `npm run test:e2e -- --update-screenshots` also copies them over docs/screenshots/, for a README refresh.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from '../../scripts/vscode-test/code-server.mjs';
import { launchBrowser, workbenchUrl } from '../../scripts/vscode-test/browser.mjs';
import { root } from '../../scripts/vscode-test/setup.mjs';
import { compareFrame, hoverText, runCommand } from '../../scripts/vscode-test/workbench-ui.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const hostile = JSON.parse(readFileSync(path.join(here, '..', 'fixtures', 'hostile-article.json'), 'utf8'));
const FAILURES = path.join(root, 'test-results');
const SCREENSHOTS = path.join(FAILURES, 'screenshots');
const README_SCREENSHOTS = path.join(root, 'docs', 'screenshots');
const ITALIAN = '002_25e5ca3ece719531.txt';

// An .article file (the extension's own language, with its TextMate grammar).
const ARTICLE_SAMPLE = `Microsoft investit 4 milliards d’euros en France
PARIS, 13 mai 2024 (AFP) —

« Nous construisons une infrastructure cloud et d’IA de pointe », a déclaré Brad Smith.
Le plan prévoit 25 000 GPU d’ici la fin de 2025 et une croissance de 12 % des capacités.
`;

const t0 = Date.now();
const log = (msg) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

async function openExplorerFile(page, name) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
  // The window title names the active editor, whatever the layout of the editor groups.
  await page.waitForFunction((n) => document.title.startsWith(n), name, { timeout: 30_000 });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
}

/** Drags the side bar's edge to the right by `px`. */
async function widenSideBar(page, px) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const edge = { x: box.x + box.width - 1, y: box.y + box.height / 2 };
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x + px, edge.y, { steps: 5 });
  await page.mouse.up();
}

/** Gives the editor area the whole window, so that a screenshot shows the panel rather than the layout. */
async function focusEditorArea(page) {
  await runCommand(page, 'View: Hide Panel');
  await runCommand(page, 'View: Close Primary Side Bar');
}

/** Each step is a check with a name; a failing step is reported and screenshotted, the later ones still run. */
function stepper(page) {
  const results = [];
  return {
    results,
    async step(name, body) {
      const started = Date.now();
      try {
        await body();
        results.push({ name, ok: true });
        log(`✔ ${name} (${Date.now() - started} ms)`);
      } catch (e) {
        results.push({ name, ok: false });
        log(`✘ ${name}: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`);
        mkdirSync(FAILURES, { recursive: true });
        await page.screenshot({ path: path.join(FAILURES, `failed-${results.length}.png`) }).catch(() => {});
      }
    },
  };
}

/**
 * @param {{ workspace: string, vsix?: string, updateScreenshots?: boolean }} opts vsix: the packaged extension to
 *   install (without one, the development folder is linked in, for a quick look while working on the UI).
 */
export async function runE2e({ workspace, vsix, updateScreenshots = false }) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-e2e-'));
  const install = vsix ? { installVsix: vsix } : { installExtension: root };
  log(
    vsix
      ? `installing ${path.basename(vsix)} with --install-extension`
      : 'linking the development folder in (no .vsix)',
  );
  const server = await startCodeServer({
    tmp,
    ...install,
    settings: { 'workbench.colorTheme': 'Default Light Modern' },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1680, height: 1000 } });
    const { step, results } = stepper(page);
    await page.goto(workbenchUrl(server.base, workspace));

    await step('the seeds folder opens in the Explorer', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ITALIAN }).waitFor({ timeout: 60_000 });
    });

    await step('the Italian article opens from the Explorer', () => openExplorerFile(page, ITALIAN));

    await step('the Problems panel lists its conflicts', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-tl-contents', { hasText: /crosscheck/i });
      await rows.first().waitFor({ timeout: 60_000 });
      const conflicts = page.locator('.markers-panel .monaco-tl-contents', { hasText: /conflict/i });
      const n = await conflicts.count();
      log(
        `Problems panel: ${n} conflict rows; first: ${JSON.stringify((await conflicts.first().innerText()).replace(/\s+/g, ' '))}`,
      );
      if (n === 0) throw new Error('no conflict rows');
      // For the screenshot, the open article's problems first: collapse every file, expand the Italian one.
      await page.locator('.panel a.action-label[aria-label^="Collapse All"]').first().click();
      await page.locator('.markers-panel .monaco-list-row', { hasText: ITALIAN }).first().click();
      const first = page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: /conflict/i }).first();
      await first.waitFor({ timeout: 10_000 });
      await first.locator('.monaco-tl-twistie').click(); // its related information: the other sources
      await page.screenshot({ path: path.join(SCREENSHOTS, 'problems.png') });
    });

    await step('hovering “25mila GPU” shows 25 000 GPU', async () => {
      await hoverText(page, '25mila GPU');
      const hover = page.locator('.monaco-hover', { hasText: /25[\s\u00a0\u202f]000 GPU/ }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      await page.waitForTimeout(400); // the hover fades in
      log(`hover: ${JSON.stringify((await hover.innerText()).replace(/\s+/g, ' ').slice(0, 200))}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'hover.png') });
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    });

    await step('hovering “4 mld di dollari” shows it in euros and what the other sources say', async () => {
      await hoverText(page, '4 mld di dollari');
      const hover = page
        .locator('.monaco-hover', { hasText: /4[\s\u00a0\u202f]000[\s\u00a0\u202f]000[\s\u00a0\u202f]000 USD/ })
        .first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      if (!/EUR/.test(await hover.innerText())) throw new Error('no amount in euros');
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'hover-money.png') });
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    });

    await step('the language status names the article’s language and counts its figures and conflicts', async () => {
      await page.locator('[id="status.languageStatus"]').click();
      const hover = page.locator('.monaco-hover', { hasText: /Italian · \d+ figures · \d+ conflicts?/ }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      log(`language status: ${JSON.stringify((await hover.innerText()).replace(/\s+/g, ' ').slice(0, 160))}`);
      await page.keyboard.press('Escape');
    });

    await step('the Claims view groups the claims by verdict', async () => {
      await page.locator('.activitybar .action-item a[aria-label^="Crosscheck"]').first().click();
      await widenSideBar(page, 320); // claim labels are long: let the screenshot show them
      const rows = page.locator('.pane-body .monaco-list-row');
      await rows
        .filter({ hasText: /^Conflicts/ })
        .first()
        .waitFor({ timeout: 30_000 });
      await rows
        .filter({ hasText: /^Agree/ })
        .first()
        .waitFor({ timeout: 10_000 });
      const conflictGroup = rows.filter({ hasText: /^Conflicts/ }).first();
      if ((await conflictGroup.getAttribute('aria-expanded')) === 'false') await conflictGroup.click();
      // The France investment claim: the one three sources state.
      const investment = rows.filter({ hasText: /investment.*3 sources/ }).first();
      await investment.waitFor({ timeout: 10_000 });
      await investment.click(); // its mentions, source by source, for the screenshot
      log(
        `Claims view: ${JSON.stringify((await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')).slice(0, 8))}`,
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, 'claims-view.png') });
    });

    await step(
      "“Crosscheck: Compare Sources” opens on the reviewer's desk: cards, the outlier named, a dot plot",
      async () => {
        const started = Date.now();
        await runCommand(page, 'Crosscheck: Compare Sources');
        const frame = compareFrame(page);
        await frame.locator('article.card').first().waitFor({ timeout: 30_000 });
        log(`Compare Sources: first card shown ${Date.now() - started} ms after the command`);
        // in the default layout, beside the article: the card of the investment names the Italian figure
        const card = frame.locator('article.card', { hasText: /investment — France/ }).first();
        const why = (await card.locator('p.why').innerText()).trim();
        if (!/002_25e5ca3ece719531\.txt says 4 billion US dollars \(−7%\)/.test(why))
          throw new Error(`the why-sentence does not name the outlier: ${why}`);
        if ((await card.locator('svg.plot circle.dot.apart').count()) === 0)
          throw new Error('no outlier dot in the plot');
        const alt = await card.locator('svg.plot').getAttribute('aria-label');
        if (!alt || !alt.includes('stands apart')) throw new Error(`the plot has no text alternative: ${alt}`);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-desk.png') });
        // the code explained on hover
        await card.locator('.verdict').hover();
        await page.waitForTimeout(1200);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-desk-hover.png') });
        await card.locator('svg.plot').screenshot({ path: path.join(SCREENSHOTS, 'dot-plot.png') });
        // the table is one select away
        await frame.locator('select[data-filter="view"]').selectOption('table');
        await frame.locator('table tbody tr').first().waitFor({ timeout: 10_000 });
        const conflictRows = frame.locator('table tbody tr', { hasText: /4 mld di dollari/ });
        if ((await conflictRows.count()) === 0) throw new Error('no row holds the Italian “4 mld di dollari”');
        await focusEditorArea(page);
        await runCommand(page, 'View: Toggle Maximize Editor Group'); // the panel opens beside the article
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'compare.png') });
      },
    );

    await step(
      'the panel filters to conflicts, and a mention clicked or entered reveals it in its article',
      async () => {
        const frame = compareFrame(page);
        const conflictsOnly = frame.locator('input[data-filter="conflictsOnly"]');
        await conflictsOnly.check();
        const verdicts = frame.locator('table tbody td.verdict');
        const shown = await verdicts.count();
        const conflicts = await frame.locator('table tbody td.verdict.verdict-conflict').count();
        if (shown === 0 || shown !== conflicts)
          throw new Error(`"Conflicts only" shows ${shown} rows, ${conflicts} of them conflicts`);
        await conflictsOnly.uncheck();
        // Clicked: the Italian article opens with the figure selected (16 characters).
        await frame.locator('button.mention', { hasText: '4 mld di dollari' }).first().click();
        await page.waitForFunction((n) => document.title.startsWith(n), ITALIAN, { timeout: 10_000 });
        await page.locator('[id="status.editor.selection"]', { hasText: '(16 selected)' }).waitFor({ timeout: 10_000 });
        // From the keyboard: back in the panel, focus a French mention and press Enter.
        await page.locator('.tab', { hasText: 'Compare Sources' }).first().click();
        const french = frame.locator('button.mention', { hasText: '4,3 milliards de dollars' }).first();
        await french.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => document.title.startsWith(n), '000_c28f4febe2540ed8.txt', {
          timeout: 10_000,
        });
        await page.locator('[id="status.editor.selection"]', { hasText: '(24 selected)' }).waitFor({ timeout: 10_000 });
        await page.locator('.tab', { hasText: 'Compare Sources' }).first().click();
      },
    );

    await step('an article full of markup is displayed as text in the panel', async () => {
      writeFileSync(path.join(workspace, hostile.fileName), hostile.text);
      const frame = compareFrame(page);
      // The panel refreshes when the server re-checks; the headline heads the new column.
      await frame.getByText('INJECTED', { exact: false }).first().waitFor({ timeout: 30_000 });
      const shown = await frame.locator('body').innerText();
      for (const literal of [
        '<script>window.__crosscheckXss = 1</script>',
        '<img src=x onerror="window.__crosscheckXss = 2">',
        '</td></tr><tr><td>INJECTED',
      ]) {
        if (!shown.includes(literal)) throw new Error(`the panel does not show ${JSON.stringify(literal)} as text`);
      }
      const document = frame.locator(':root');
      const executed = await document.evaluate(() => /** @type {any} */ (window).__crosscheckXss ?? null);
      if (executed !== null) throw new Error(`article markup ran in the webview (__crosscheckXss = ${executed})`);
      // Elements the article's markup would have created: images, handlers, its scripts. (The webview host
      // injects one inline script of its own, #_vscodeApiScript; it carries none of the article.)
      const injected = await document.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter(
            (e) =>
              e.tagName === 'IMG' ||
              [...e.attributes].some((a) => /^on/i.test(a.name)) ||
              (e.tagName === 'SCRIPT' && (e.textContent ?? '').includes('__crosscheckXss')),
          )
          .map((e) => e.outerHTML.slice(0, 120)),
      );
      if (injected.length > 0) throw new Error(`elements from the article in the webview DOM: ${injected.join(' | ')}`);
      if (/[\u202a-\u202e\u2066-\u2069]/.test(shown))
        throw new Error('raw bidirectional controls in the displayed text');
      await frame.getByText('INJECTED', { exact: false }).first().scrollIntoViewIfNeeded();
      mkdirSync(FAILURES, { recursive: true });
      await page.screenshot({ path: path.join(FAILURES, 'hostile-article.png') });
    });

    // Last, because a new article changes the claims the earlier screenshots show.
    await step('an .article file is coloured by the grammar: headline, dateline, quotation, figures', async () => {
      writeFileSync(path.join(workspace, 'sample.article'), ARTICLE_SAMPLE);
      await runCommand(page, 'View: Close All Editor Groups');
      await runCommand(page, 'View: Show Explorer');
      await openExplorerFile(page, 'sample.article');
      const mode = (await page.locator('[id="status.editor.mode"]').innerText({ timeout: 10_000 })).trim();
      if (mode !== 'News Article')
        throw new Error(`language mode ${JSON.stringify(mode)}, not the extension's article language`);
      // Tokens of different scopes get different classes (mtk1, mtk7, …) wherever a theme colours them. The
      // grammar loads after the file opens, so the classes are read until they settle.
      const plainText = 'a déclaré';
      const coloured = ['Microsoft investit', '4 milliards', '25 000', '12 %', 'Nous construisons'];
      let classes = {};
      for (let i = 0; i < 50; i++) {
        classes = await page
          .locator('.editor-instance:visible .view-lines')
          .first()
          .evaluate(
            (lines, needles) => {
              const spans = [...lines.querySelectorAll('.view-line span span')];
              const classOf = (needle) =>
                spans.find((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ').includes(needle))?.className ?? null;
              return Object.fromEntries(needles.map((n) => [n, classOf(n)]));
            },
            [plainText, ...coloured],
          );
        if (coloured.every((n) => classes[n] && classes[n] !== classes[plainText])) break;
        await page.waitForTimeout(200);
      }
      log(`token classes: ${JSON.stringify(classes)}`);
      for (const needle of coloured) {
        if (!classes[needle] || classes[needle] === classes[plainText])
          throw new Error(`“${needle}” is not coloured apart from plain text`);
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, 'article-grammar.png') });
    });

    const failed = results.filter((r) => !r.ok).length;
    if (updateScreenshots && failed === 0) {
      for (const f of readdirSync(SCREENSHOTS))
        copyFileSync(path.join(SCREENSHOTS, f), path.join(README_SCREENSHOTS, f));
      log(`screenshots copied to ${path.relative(root, README_SCREENSHOTS)}/`);
    }
    return { passed: results.length - failed, failed };
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  }
}
