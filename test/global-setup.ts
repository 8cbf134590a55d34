import { execFileSync } from 'node:child_process';

/**
 * Tests that spawn the CLI run `dist/lib/cli.js`: compile it from the current sources first (the
 * build does nothing when its stamp says dist/lib was compiled from these very sources).
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--lib-only'], { stdio: 'inherit' });
}
