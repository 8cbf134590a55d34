// Helpers shared by the benchmarks: timing a command (wall clock and peak RSS), medians, tables,
// a scratch folder in os.tmpdir() sized against the free space. Benchmarks run the built CLI
// (`dist/lib/cli.js`), built first when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cli = path.join(root, 'dist', 'lib', 'cli.js');
export const MiB = 1024 * 1024;

export function ensureBuilt() {
  if (!fs.existsSync(cli)) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--lib-only'], { stdio: 'inherit' });
}

export const quote = (text) => `'${String(text).replaceAll("'", "'\\''")}'`;
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs a shell command under `/usr/bin/time`: wall seconds (measured here, high resolution) and
 * peak RSS in MiB (the largest process of the command, as `time` reports it). With `pipe`, the
 * output goes through a pipe into `cat`, as it would into a pager or another tool.
 */
export function measure(command, { pipe = false, cwd, env } = {}) {
  const shell = pipe ? `${command} | cat > /dev/null` : `${command} > /dev/null`;
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', shell], { encoding: 'utf8', cwd, env: env ?? process.env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  const kilobytes = Number(result.stderr.trim().split('\n').pop());
  return { seconds, mib: kilobytes / 1024 };
}

/** Medians of `runs` alternating runs of each named command, after one warm-up run of each. */
export function sideBySide(commands, runs, options) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (const command of Object.values(commands)) measure(command, options);
  for (let run = 0; run < runs; run++) for (const [name, command] of Object.entries(commands)) samples[name].push(measure(command, options));
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [name, { seconds: median(list.map((s) => s.seconds)), mib: median(list.map((s) => s.mib)), runs: list.length }]),
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

export function printTable(title, headers, rows) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

export const seconds = (s) => `${s.toFixed(3)} s`;
export const mib = (m) => `${m.toFixed(0)} MiB`;
export const ratio = (r) => `${r.toFixed(2)}x`;
export const percent = (p) => `${p.toFixed(2)} %`;

/** A seeded generator, so that generated logs are the same from run to run. */
export function seeded(seed = 42) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

export function argValue(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}
