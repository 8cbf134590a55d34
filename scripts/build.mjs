// Builds what ships: the lesson types from the schema (`src/types/supertask-v*.ts`, see
// scripts/schema-types.mjs), the schema validators (`src/pipeline/validators.generated.ts`, see
// scripts/validators.mjs), `dist/lib` (tsc: the library, the CLI and the plugin entry points, with types)
// and `dist/cli`, `dist/action`, `dist/action-step` (ncc: self-contained bundles that the GitHub Action runs without
// node_modules). `node scripts/build.mjs --out <dir>` builds into another folder (the staleness test).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'dist');
const libOnly = process.argv.includes('--lib-only');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** The files under `dir`, by their path relative to it; none when it does not exist. */
const filesUnder = (dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))) : [];

/**
 * Makes `target` hold exactly the files of `source`, writing only the files whose bytes differ:
 * a build whose output has not changed touches nothing, so concurrent test runs that rebuild
 * never see a half-written `dist/lib`.
 */
function syncTree(source, target) {
  const wanted = new Set(filesUnder(source));
  for (const file of filesUnder(target)) if (!wanted.has(file)) fs.rmSync(path.join(target, file));
  for (const file of wanted) {
    const bytes = fs.readFileSync(path.join(source, file));
    const dest = path.join(target, file);
    if (fs.existsSync(dest) && fs.readFileSync(dest).equals(bytes)) continue;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    const temp = `${dest}.${process.pid}.tmp`;
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, dest);
  }
}

// `--lib-only` (the tests' global setup) compiles the committed types as they are: the schema types
// test is what tells a stale one.
if (!libOnly) await (await import('./schema-types.mjs')).writeSchemaTypes();

/** A digest of every file under `dirs` (paths and bytes) and of `files`. */
function digestOf(dirs, files = []) {
  const hash = createHash('sha256');
  const listed = dirs.flatMap((dir) => filesUnder(dir).map((file) => path.join(dir, file)));
  for (const file of [...listed.sort(), ...files]) hash.update(`${path.relative(root, file)}\0`).update(fs.existsSync(file) ? fs.readFileSync(file) : '').update('\0');
  return hash.digest('hex');
}

// `dist/lib` as the tests' global setup needs it: compiled from these sources by this compiler, and
// not changed since. The stamp names both digests; when they hold, `--lib-only` has nothing to do.
// One stamp per checkout: git worktrees of one repository may share a node_modules folder.
const stampFile = path.join(root, 'node_modules', '.cache', 'lyfe-kt', `dist-lib-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.stamp`);
const sourcesDigest = () =>
  digestOf([path.join(root, 'src')], ['tsconfig.json', 'tsconfig.build.json', 'node_modules/typescript/package.json'].map((file) => path.join(root, file)));
const bundleInput = path.join(root, 'dist', 'lib');
const libDigest = () => digestOf([bundleInput]);
if (libOnly && path.join(out, 'lib') === bundleInput && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === `${sourcesDigest()} ${libDigest()}`) {
  console.log('dist/lib is up to date with src/');
  process.exit(0);
}

const staging = fs.mkdtempSync(path.join(root, 'node_modules', '.lyfe-kt-build-'));
try {
  const compile = () => execFileSync(bin('tsc'), ['-p', path.join(root, 'tsconfig.build.json'), '--outDir', staging], { stdio: 'inherit', cwd: root });
  compile();
  // The validators are generated from the built schema of the analysis reply: when their text
  // changed, the library is compiled again with them.
  if (!libOnly && (await (await import('./validators.mjs')).writeValidators(staging))) compile();
  syncTree(staging, path.join(out, 'lib'));
  // ncc names bundled modules by their path from here (`./dist/lib/cli.js`), so the bundles are
  // always made from `dist/lib`, whatever `--out` says: that is what makes a check build
  // byte-identical to the committed bundles.
  if (!libOnly && path.join(out, 'lib') !== bundleInput) syncTree(staging, bundleInput);
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
if (path.join(out, 'lib') === bundleInput || !libOnly) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, `${sourcesDigest()} ${libDigest()}`);
}
/**
 * The licences of every package bundled into any chunk of a bundle, from its webpack stats: ncc's
 * own `--license` lists only some of the chunks' packages once a bundle is split.
 */
function licensesOf(stats) {
  const dirs = new Map();
  const names = (module) => [module.name ?? '', ...(module.modules ?? []).flatMap(names)];
  for (const name of stats.modules.flatMap(names)) {
    const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(name);
    if (match) dirs.set(match[1], match[2]);
  }
  const entries = [...new Map([...dirs].map(([dir, name]) => [name, path.join(root, dir)]))].sort(([a], [b]) => (a < b ? -1 : 1));
  return entries
    .map(([name, dir]) => {
      const license = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).license ?? '';
      const file = fs.readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
      const text = file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : '';
      return `${name}\n${license}\n${text}\n\n\n`;
    })
    .join('');
}

/**
 * The CLI bundle requires `node:child_process` only when a property of it is first read: commander
 * requires it at its top for executable subcommands, which lyfe-kt has none of, and loading it
 * loads `net`, `dgram` and the stream classes (about 3 ms of CPU at every start that does not
 * spawn, measured side by side). `git rev-parse` in a stage and the viewer's browser still reach
 * it, on first use. ncc keeps each Node built-in as one module of the entry chunk that requires it;
 * the build fails when that module is not found exactly once, so a change of ncc cannot silently
 * undo this.
 */
function lazyChildProcess(file) {
  const eager = 'module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");';
  const source = fs.readFileSync(file, 'utf8');
  const found = source.split(eager).length - 1;
  if (found !== 1) throw new Error(`${file}: expected the node:child_process module of the bundle once, found it ${found} times: ncc's output changed, update lazyChildProcess in scripts/build.mjs`);
  const lazy = [
    'let childProcess;',
    'const load = () => (childProcess ??= __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process"));',
    'module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key) });',
  ].join('\n');
  fs.writeFileSync(file, source.replace(eager, lazy));
}

/**
 * The CLI bundle's files without comments and indentation (names and statements kept, so a stack
 * still names its functions): every command reads, decodes and parses its chunks as it starts, and
 * ncc's `--minify` leaves every chunk but the entry one as it is. 2.4 MB become 1.4 MB; side by
 * side, an offline `run` of the examples took 17 ms less CPU (docs/performance.md, `cold_start`).
 */
async function withoutWhitespace(dir) {
  const { transform } = await import('esbuild');
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const { code } = await transform(fs.readFileSync(path.join(dir, file), 'utf8'), { minifyWhitespace: true, legalComments: 'inline' });
    fs.writeFileSync(path.join(dir, file), code);
  }
}

/**
 * The CLI bundle's entry chunk as CommonJS, `index.cjs`: `bin/lyfe-kt.js` and the action's steps
 * start it with nothing of Node's ES module loader set up, which a command that loads no other
 * chunk (`--version`) then never sets up at all: a few ms of its start, side by side
 * (docs/performance.md, `cold_start`). The chunks it loads with `import()` stay ES modules.
 * `import.meta.url` is the file's own URL, and the entry is strict as the module was. The build
 * fails on anything esbuild cannot carry over (a top-level `await`, `import.meta` used otherwise).
 */
async function commonJsEntry(dir) {
  const { transform } = await import('esbuild');
  const from = path.join(dir, 'index.js');
  const { code, warnings } = await transform(fs.readFileSync(from, 'utf8'), {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    legalComments: 'inline',
    define: { 'import.meta.url': '__entryUrl' },
    banner: '"use strict";const __entryUrl=require("node:url").pathToFileURL(__filename).href;',
  });
  if (warnings.length > 0) throw new Error(`${from}: esbuild could not make it CommonJS as it is: ${warnings.map((warning) => warning.text).join('; ')}`);
  fs.writeFileSync(path.join(dir, 'index.cjs'), code);
  fs.rmSync(from);
}

if (!libOnly) {
  for (const [entry, name] of [
    ['cli.js', 'cli'],
    ['action/main.js', 'action'],
    ['action/step.js', 'action-step'],
  ]) {
    const source = path.join(bundleInput, entry);
    if (!fs.existsSync(source)) continue;
    const bundled = fs.mkdtempSync(path.join(root, 'node_modules', '.lyfe-kt-bundle-'));
    try {
      const stats = path.join(bundled, 'stats.json');
      execFileSync(bin('ncc'), ['build', source, '-o', bundled, '--quiet', '--no-source-map-register', '--stats-out', stats], {
        stdio: 'inherit',
        cwd: root,
      });
      fs.writeFileSync(path.join(bundled, 'licenses.txt'), licensesOf(JSON.parse(fs.readFileSync(stats, 'utf8'))));
      fs.rmSync(stats);
      if (name === 'cli') {
        lazyChildProcess(path.join(bundled, 'index.js'));
        // The entry first: made CommonJS, it is stripped in the same pass, and the chunks after it.
        await commonJsEntry(bundled);
        await withoutWhitespace(bundled);
      }
      syncTree(bundled, path.join(out, name));
    } finally {
      fs.rmSync(bundled, { recursive: true, force: true });
    }
  }
}
