// Helpers shared by the benchmarks, and the contract every entry module follows.
//
// The contract. An entry module exports `async function benchX({ quick, runs })` that returns an
// array of entries, each one named ratio measured in this process run:
//   { name, measurement, baseline_name, measured, baseline, unit, ratio, target, rounds, notes? }
// - `name`: the entry's name in bench/results.json and `npm run bench -- --only NAME`.
// - `measurement` / `baseline_name`: what was timed, in words, and what it is compared with.
// - `measured` / `baseline`: medians of `rounds` rounds, in `unit` (`s`, `MiB`, ...). Measured
//   and baseline runs alternate, after one warm-up of each, so that the load of the machine (which
//   other work shares) weighs on both alike. A baseline that is a number rather than a run (a
//   critical path, a memory bound) is that number.
// - `ratio`: measured / baseline; `target`: the ratio not to exceed (every target is a ceiling).
// - `notes`: what a reader of the numbers needs (sizes, the shape of the data, caveats).
// `quick` asks for small sizes (every entry of `npm run bench -- --quick` together in under a
// minute); `runs` is the number of rounds. `entry()` below builds one.
//
// Benchmarks run the built CLI (`dist/lib/cli.js`, built first when missing) as a user would, in
// child processes, the command's wall time measured here and its peak RSS by `/usr/bin/time`.
// Generated files go to a scratch folder in os.tmpdir(), sized against the free space first.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cli = path.join(root, 'dist', 'lib', 'cli.js');
export const bin = path.join(root, 'bin', 'lyfe-kt.js');
export const examples = path.join(root, 'examples', 'content');
export const MiB = 1024 * 1024;
/** Fixed dates in the records and packages: runs write the same bytes. */
export const SOURCE_DATE_EPOCH = '1737221445';

export function ensureBuilt() {
  if (!fs.existsSync(cli)) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--lib-only'], { stdio: 'inherit' });
}

/** The bundle `bin` starts (dist/cli/index.cjs), built with the rest when missing. */
export function ensureBundle() {
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'index.cjs'))) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}

export const quote = (text) => `'${String(text).replaceAll("'", "'\\''")}'`;
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One entry of the contract above, its ratio computed. */
export function entry({ name, measurement, baseline_name, measured, baseline, unit, target, rounds, notes }) {
  return { name, measurement, baseline_name, measured, baseline, unit, ratio: measured / baseline, target, rounds, ...(notes?.length ? { notes } : {}) };
}

/**
 * What `/usr/bin/time` is asked for: on a line of its own after a mark (the command's own stderr
 * may end without a newline), peak RSS in KiB, then user and system CPU seconds.
 */
const TIME_FORMAT = ['-f', '\\nbench-time %M %U %S'];

/** Peak RSS in MiB and CPU seconds (user + system, the command's processes together) from `/usr/bin/time`'s report. */
function timeReport(stderr) {
  const figures = /bench-time (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  if (!figures) throw new Error(`no report of /usr/bin/time at the end of: ${stderr.slice(-500)}`);
  const [kilobytes, user, system] = figures.slice(1).map(Number);
  return { mib: kilobytes / 1024, cpu: user + system };
}

/**
 * Runs a shell command under `/usr/bin/time`: wall seconds (measured here, high resolution), peak
 * RSS in MiB (the largest process of the command, as `time` reports it) and CPU seconds (user +
 * system of every process of the command). With `pipe`, the output goes through a pipe into
 * `cat`, as it would into a pager or another tool.
 */
export function measure(command, { pipe = false, cwd, env } = {}) {
  const shell = pipe ? `${command} | cat > /dev/null` : `${command} > /dev/null`;
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', [...TIME_FORMAT, 'sh', '-c', shell], { encoding: 'utf8', cwd, env: env ?? process.env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return { seconds, ...timeReport(result.stderr) };
}

/** Medians of `runs` alternating runs of each named shell command, after one warm-up run of each. */
export function sideBySide(commands, runs, options) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  // Getters give a fresh command (a fresh output folder) each time they are read.
  for (const command of Object.values(commands)) measure(command, options);
  for (let run = 0; run < runs; run++) for (const [name, command] of Object.entries(commands)) samples[name].push(measure(command, options));
  return medians(samples);
}

/**
 * `sideBySide` for async tasks, functions returning `{ seconds, mib? }`: work that needs a server
 * of this process, or a set-up of its own before each round.
 */
export async function alternate(tasks, runs) {
  const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (const task of Object.values(tasks)) await task();
  for (let run = 0; run < runs; run++) for (const [name, task] of Object.entries(tasks)) samples[name].push(await task());
  return medians(samples);
}

function medians(samples) {
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [name, { seconds: median(list.map((s) => s.seconds)), mib: median(list.map((s) => s.mib ?? 0)), cpu: median(list.map((s) => s.cpu ?? 0)), runs: list.length }]),
  );
}

/** A scratch folder in os.tmpdir(), or undefined with the reason when the disk has less than `bytes` free. */
export function scratch(bytes) {
  const stats = fs.statfsSync(os.tmpdir());
  const free = stats.bavail * stats.bsize;
  // Room for the files and as much again for everything else on that disk.
  if (free < 2 * bytes) return { free };
  return { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-bench-')), free };
}

/** Runs `work(dir)` in a scratch folder of `bytes`, removed afterwards whatever happens. */
export async function inScratch(name, bytes, work) {
  const space = scratch(bytes);
  if (!space.dir) throw new Error(`too little free space in ${os.tmpdir()} for ${name}: ${(space.free / MiB).toFixed(0)} MiB free, ${((2 * bytes) / MiB).toFixed(0)} MiB needed`);
  try {
    return await work(space.dir);
  } finally {
    fs.rmSync(space.dir, { recursive: true, force: true });
  }
}

/**
 * `count` articles in `dir`, made from the examples in turn (`<n>_<example>.md`): the inputs of a
 * run of any size, each as long as a real one.
 */
export function writeArticles(dir, count) {
  const sources = fs.readdirSync(examples).sort().map((name) => ({ name, text: fs.readFileSync(path.join(examples, name)) }));
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}_${source.name}`), source.text);
  }
}

let fakeModule;
/**
 * The tests' loopback fake OpenAI server (test/fakes/openai-server.ts, answering pipeline requests
 * as a model would), bundled once by esbuild for this process: the benchmarks talk to the same
 * fake as the tests, through the real `openai` SDK. Returns `startFakeOpenAI` and `answerPipeline`.
 */
export async function loadFakeOpenAI() {
  if (!fakeModule) {
    const { build } = await import('esbuild');
    // Inside node_modules, so that the packages it imports (left out of the bundle) resolve.
    const dir = fs.mkdtempSync(path.join(root, 'node_modules', '.lyfe-kt-bench-fake-'));
    const outfile = path.join(dir, 'openai-server.mjs');
    try {
      await build({ entryPoints: [path.join(root, 'test', 'fakes', 'openai-server.ts')], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile, logLevel: 'error' });
      fakeModule = await import(pathToFileURL(outfile).href);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return fakeModule;
}

/** Runs a child process (no shell, output discarded) and measures it as `measure` does: wall seconds, peak RSS in MiB, CPU seconds. */
export async function spawnMeasured(args, { cwd, env }) {
  const started = process.hrtime.bigint();
  const { stderr } = await execFileAsync('/usr/bin/time', [...TIME_FORMAT, ...args], { cwd, env, maxBuffer: 64 * MiB });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ...timeReport(stderr) };
}

export function printTable(title, headers, rows) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** A seeded generator, so that generated logs are the same from run to run. */
export function seeded(seed = 42) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

export function argValue(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}
