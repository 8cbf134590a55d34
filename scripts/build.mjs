// Builds what ships: `dist/lib` (tsc: the library, the CLI and the plugin entry points, with types)
// and `dist/cli`, `dist/action`, `dist/action-step` (ncc: self-contained bundles that the GitHub Action runs without
// node_modules). `node scripts/build.mjs --out <dir>` builds into another folder (the staleness test).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'dist');
const libOnly = process.argv.includes('--lib-only');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

fs.rmSync(path.join(out, 'lib'), { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', path.join(root, 'tsconfig.build.json'), '--outDir', path.join(out, 'lib')], { stdio: 'inherit', cwd: root });
if (!libOnly) {
  for (const [entry, name] of [
    ['cli.js', 'cli'],
    ['action/main.js', 'action'],
    ['action/step.js', 'action-step'],
  ]) {
    const source = path.join(out, 'lib', entry);
    if (!fs.existsSync(source)) continue;
    fs.rmSync(path.join(out, name), { recursive: true, force: true });
    execFileSync(bin('ncc'), ['build', source, '-o', path.join(out, name), '--quiet', '--no-source-map-register', '--license', 'licenses.txt'], {
      stdio: 'inherit',
      cwd: root,
    });
  }
}
