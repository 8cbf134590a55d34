// cold_start: `lyfe-kt --version` as installed (bin/lyfe-kt.js, which starts the ncc bundle
// dist/cli/index.cjs) against `node -e 0`, whole processes side by side, medians of wall time.
// Alone: `npm run bench -- --only cold_start`.
import fs from 'node:fs';
import path from 'node:path';
import { bin, entry, quote, root, sideBySide } from './lib.mjs';
import { execFileSync } from 'node:child_process';

export async function benchColdStart({ quick, runs }) {
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'index.cjs'))) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  // Start-up is short and noisy: more rounds than the long entries.
  const rounds = runs * (quick ? 2 : 4);
  const results = sideBySide({ 'lyfe-kt --version': `${quote(process.execPath)} ${quote(bin)} --version`, 'node -e 0': `${quote(process.execPath)} -e 0` }, rounds);
  return [
    entry({
      name: 'cold_start',
      measurement: 'lyfe-kt --version (bin/lyfe-kt.js: the bundle)',
      baseline_name: 'node -e 0',
      measured: results['lyfe-kt --version'].seconds,
      baseline: results['node -e 0'].seconds,
      unit: 's',
      target: 1.5,
      rounds,
      notes: [`peak RSS ${results['lyfe-kt --version'].mib.toFixed(0)} MiB against ${results['node -e 0'].mib.toFixed(0)} MiB`],
    }),
  ];
}
