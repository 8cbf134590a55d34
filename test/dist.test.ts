import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * The action runs the committed `dist/` (its checkout has no node_modules), so `dist/` must be
 * what the sources build to. A fresh build goes to `.dist-check/` (inside the repository: ncc
 * resolves packages from the sources' location) and is compared byte for byte with `dist/` as
 * git holds it: the index, not the working tree, since the test run's global setup has just
 * rebuilt `dist/lib` on disk. Outside a git checkout, the files on disk are compared.
 */
const root = path.resolve(import.meta.dirname, '..');
const CHECK_DIR = '.dist-check';

function filesOnDisk(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!fs.existsSync(folder)) return files;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file).split(path.sep).join('/'), fs.readFileSync(file));
  }
  return files;
}

function filesInGitIndex(folder: string): Map<string, Buffer> | undefined {
  let listing: string;
  try {
    listing = execFileSync('git', ['ls-files', '--stage', '-z', '--', folder], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, name] = line.split('\t');
      return { blob: meta.split(' ')[1], name: name.slice(folder.length + 1) };
    });
  if (entries.length === 0) return new Map();
  const batch = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: `${entries.map((entry) => entry.blob).join('\n')}\n`, maxBuffer: 256 * 1024 * 1024 });
  const files = new Map<string, Buffer>();
  let at = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(0x0a, at);
    const size = Number(batch.toString('utf8', at, headerEnd).split(' ')[2]);
    files.set(entry.name, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return files;
}

it('dist/ is what the sources build to (run `npm run build` and commit dist/)', () => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', CHECK_DIR], { cwd: root, stdio: 'pipe', timeout: 280_000 });
  const built = filesOnDisk(path.join(root, CHECK_DIR));
  const committed = filesInGitIndex('dist') ?? filesOnDisk(path.join(root, 'dist'));

  const stale = [...new Set([...built.keys(), ...committed.keys()])]
    .sort()
    .filter((name) => !built.get(name)?.equals(committed.get(name) ?? Buffer.alloc(0)) || !committed.has(name))
    .map((name) => `${name}: ${!committed.has(name) ? 'not committed' : !built.has(name) ? 'no longer built' : 'differs'}`);
  expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual([]);
}, 300_000);
