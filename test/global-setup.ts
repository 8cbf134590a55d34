import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { processAlive } from '../src/session/process.js';
import { CLI, cliEnv } from './helpers/cli.js';

/**
 * Before any test: `dist/lib` compiled from the current sources (the library as installed; the
 * build does nothing when its stamp says dist/lib was compiled from these very sources), and the
 * CLI that tests spawn bundled from the same sources into one CommonJS file, started with the V8
 * code cache of a warm-up run (`warmUp`; the shipped CLI, `dist/cli`, is made by ncc, which takes
 * minutes): a child that loads a bundle starts in about half the CPU time of one that loads every
 * module of `dist/lib`. Beside it, @actions/core in one file, which the runner simulation's
 * github-script steps load as that action does from its own bundle.
 *
 * NODE_EXTRA_CA_CERTS is taken out of the environment the workers and every process they start
 * inherit: Node reads and parses that file's certificates as it starts (about 85 ms of CPU for the
 * 144 of a system bundle, where `node -e 0` takes 30), and no test needs the system's certificates
 * (every server is a loopback fake, over HTTP but for one whose child trusts the fixture's own
 * certificate; npm installs offline). The tests' scratch folders go to memory
 * where the machine allows it (`scratchInMemory`).
 */
export default async function setup(): Promise<() => void> {
  delete process.env.NODE_EXTRA_CA_CERTS;
  const scratch = scratchInMemory();
  execFileSync(process.execPath, ['scripts/build.mjs', '--lib-only'], { stdio: 'inherit' });
  const dir = path.dirname(CLI);
  const staging = `${dir}.${process.pid}`;
  await build({
    entryPoints: { bundle: 'src/cli.ts' },
    outdir: staging,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outExtension: { '.js': '.cjs' },
    // `import.meta.url` (pipeline/schema.ts finds schema/ by it) as the bundle's own URL, and strict as the modules were.
    define: { 'import.meta.url': '__entryUrl' },
    banner: { js: '"use strict";const __entryUrl=require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
  });
  fs.copyFileSync('test/helpers/cli-start.cjs', path.join(staging, path.basename(CLI)));
  await build({
    entryPoints: { 'actions-core': '@actions/core' },
    outdir: staging,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The bundled CommonJS dependencies call `require`, which an ES module does not have.
    banner: { js: "import { createRequire as __lyfeKtRequire } from 'node:module'; const require = __lyfeKtRequire(import.meta.url);" },
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  warmUp(path.join(staging, path.basename(CLI)));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  return () => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  };
}

/**
 * One offline run of the fixtures through the CLI, which leaves the V8 code cache of what it
 * compiled beside the bundle (test/helpers/cli-start.cjs): the CLI children of the tests then start
 * without parsing and compiling the bundle's functions again. Side by side, a `run` child took 260
 * against 391 ms of CPU, `verify` 91 against 113 (the split ES module bundle before it). A CLI that
 * cannot run is left to the tests to show: the children then start without a cache.
 */
function warmUp(cli: string): void {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-warm-up-'));
  try {
    const args = ['run', 'test/fixtures/content', '--provider', 'offline', '-q', '--work-dir', path.join(temp, 'work'), '--log-dir', path.join(temp, 'logs'), '--output-dir', path.join(temp, 'packages')];
    execFileSync(process.execPath, [cli, ...args], { env: { ...cliEnv(), LYFE_KT_TEST_WRITE_CODE_CACHE: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    console.warn(`the CLI's warm-up run failed, so its children start without a code cache: ${stderr || (error as Error).message}`);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** tmpfs's magic number in statfs(2)'s `f_type`. */
const TMPFS = 0x01021994;

/**
 * The tests' scratch folders in memory: where TMPDIR is not set and /dev/shm is a tmpfs with 4 GiB
 * free, a folder there becomes TMPDIR, which `os.tmpdir()` reads in every worker and child. The
 * tests make and remove many thousands of files; on this machine's ext4 disk (mounted with
 * `discard`) that cost about 15 s of system CPU per suite run (two pairs of whole runs, alternating:
 * 34 and 37 s of system time against 51 and 52). The folder and whatever a test left in it are
 * removed when the run ends, or by the next run when this one was killed.
 */
function scratchInMemory(): string | undefined {
  if (process.env.TMPDIR) return undefined;
  let stats: fs.StatsFs;
  try {
    stats = fs.statfsSync('/dev/shm');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.type !== TMPFS || stats.bavail * stats.bsize < 4 * 1024 ** 3) return undefined;
  removeScratchOfEndedRuns();
  const scratch = fs.mkdtempSync(`/dev/shm/lyfe-kt-tests-${process.pid}-`);
  process.env.TMPDIR = scratch;
  return scratch;
}

/**
 * A run that was killed never removed its scratch folder, and a folder in /dev/shm holds memory:
 * each run removes those whose run (the process named in the folder's name) has ended.
 */
function removeScratchOfEndedRuns(): void {
  for (const name of fs.readdirSync('/dev/shm')) {
    const pid = /^lyfe-kt-tests-(\d+)-/.exec(name)?.[1];
    if (pid && !processAlive(Number(pid))) fs.rmSync(path.join('/dev/shm', name), { recursive: true, force: true });
  }
}

