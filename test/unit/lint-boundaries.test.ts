/**
 * The import boundaries of eslint.config.mjs, each tested by a file that breaks it and one that keeps it: a rule
 * that never fires would hold nothing.
 */
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (npm run lint)', () => {
  it('src/core imports nothing from the editor, Node or the layers above it', async () => {
    for (const line of [
      "import * as vscode from 'vscode';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import { readArticle } from '../../node/articles';",
      "import { runCli } from '../cli/run';",
      "import type { ReviewParams } from '../protocol';",
    ]) {
      assert.equal((await restricted('src/core/claims/example.ts', `${line}\nexport const x = 1;\n`)).length, 1, line);
    }
    assert.deepEqual(
      await restricted('src/core/claims/example.ts', "import type { Figure } from '../types';\nexport const x = 1;\n"),
      [],
    );
  });

  it('src/extension reaches the engine only through src/protocol.ts', async () => {
    assert.equal(
      (
        await restricted(
          'src/extension/example.ts',
          "import { revealInvisible } from '../core/report/text';\nexport const x = revealInvisible;\n",
        )
      ).length,
      1,
    );
    assert.equal(
      (
        await restricted(
          'src/extension/compare/example.ts',
          "import type { Figure } from '../../core/types';\nexport type X = Figure;\n",
        )
      ).length,
      1,
    );
    assert.equal(
      (
        await restricted(
          'src/extension/example.ts',
          "import { readArticle } from '../node/articles';\nexport const x = readArticle;\n",
        )
      ).length,
      1,
    );
    assert.deepEqual(
      await restricted(
        'src/extension/example.ts',
        "import { revealInvisible } from '../protocol';\nexport const x = revealInvisible;\n",
      ),
      [],
    );
  });

  it('the server never imports the extension; the CLI and src/node never import the editor', async () => {
    assert.equal(
      (
        await restricted(
          'src/server/example.ts',
          "import { activate } from '../extension/main';\nexport const x = activate;\n",
        )
      ).length,
      1,
    );
    assert.equal(
      (await restricted('src/cli/example.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n")).length,
      1,
    );
    assert.equal(
      (
        await restricted(
          'src/node/example.ts',
          "import { startServer } from '../server/main';\nexport const x = startServer;\n",
        )
      ).length,
      1,
    );
    assert.deepEqual(
      await restricted(
        'src/server/example.ts',
        "import { readArticle } from '../node/articles';\nexport const x = readArticle;\n",
      ),
      [],
    );
  });

  it('the webview takes only the text rule from the engine, and no Node', async () => {
    assert.equal(
      (
        await restricted(
          'src/webview/example.ts',
          "import { extractFigures } from '../core/figures/extract';\nexport const x = extractFigures;\n",
        )
      ).length,
      1,
    );
    assert.equal(
      (
        await restricted(
          'src/webview/example.ts',
          "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
        )
      ).length,
      1,
    );
    assert.deepEqual(
      await restricted(
        'src/webview/example.ts',
        "import { revealInvisible } from '../core/report/text';\nexport const x = revealInvisible;\n",
      ),
      [],
    );
  });
});
