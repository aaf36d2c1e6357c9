#!/usr/bin/env node
// The `crosscheck` command (package.json "bin"): runs the bundled CLI, dist/cli.js. In a fresh clone nothing is
// built yet, so instead of the shell's "not found" (exit 127) it says what to do. Exit 2 is the CLI's usage error.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('crosscheck: the CLI is not built yet (no dist/cli.js). Run `npm run build`, then `npx crosscheck --help`.\n');
  process.exit(2);
}
require(cli);
