// cold_start: `lyfe-kt --version` as installed (bin/lyfe-kt.js, which starts the ncc bundle
// dist/cli/index.cjs) against `node -e 0`, whole processes side by side, medians of wall time.
// Alone: `npm run bench -- --only cold_start`.
import { bin, ensureBundle, entry, quote, sideBySide } from './lib.mjs';

export async function benchColdStart({ quick, runs }) {
  ensureBundle();
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
