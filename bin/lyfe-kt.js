#!/usr/bin/env node
// Starts from the ncc bundle: one file to read and compile instead of the hundreds of modules of
// `dist/lib` and node_modules. CommonJS, as the bundle's entry is (scripts/build.mjs makes it so):
// started so, the process does not set up Node's ES module loader before the CLI runs, nor at all
// for a command that loads no other chunk (docs/performance.md, `cold_start`).
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'index.cjs');
try {
  require(bundle);
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || fs.existsSync(bundle)) throw error;
  process.stderr.write(`lyfe-kt: ${bundle} is missing: this copy of lyfe-kt is not built. Run \`npm run build\` in its folder, or install the published package\n`);
  process.exitCode = 1;
}
