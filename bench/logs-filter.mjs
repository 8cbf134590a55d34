// Filtering one session out of a global record file: `lyfe-kt logs --session <id> --json` against
// `grep -F <id>` on the same file, side by side, page cache warm. Prints medians of wall time and
// peak RSS, and their ratio. `node bench/logs-filter.mjs [--mb 200] [--runs 5]`; needs `dist/lib`
// (`node scripts/build.mjs --lib-only`).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'lib', 'cli.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const megabytes = arg('--mb', 200);
const runs = arg('--runs', 5);
const SESSIONS = 50;

if (!fs.existsSync(cli)) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--lib-only'], { stdio: 'inherit' });

/** Records shaped like the writer's, sessions interleaved at random, sizes varied like real stages. */
function generate(file) {
  const sessions = Array.from({ length: SESSIONS }, (_, i) => `sess_2025-01-${String(1 + (i % 28)).padStart(2, '0')}_17-30-${String(i % 60).padStart(2, '0')}_${(0x1000_0000 + i * 7919).toString(16)}`);
  const events = ['stage.start', 'file.result', 'step.output', 'warning', 'stage.end'];
  const fd = fs.openSync(file, 'w');
  let written = 0;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const target = megabytes * 1024 * 1024;
  let time = Date.parse('2025-01-18T17:30:45.000Z');
  while (written < target) {
    let block = '';
    for (let i = 0; i < 2000; i++) {
      const session = sessions[Math.floor(random() * SESSIONS)];
      const event = events[Math.floor(random() * events.length)];
      time += 3;
      block += `${JSON.stringify({
        level: event === 'warning' ? 'warn' : 'info',
        time: new Date(time).toISOString(),
        session,
        stage: 'generate',
        event,
        pid: 4000 + Math.floor(random() * 8),
        input: ['como_dormir_bem_filled_template.md'],
        output: ['como_dormir_bem_beginner.json'],
        data: { duration_ms: Math.floor(random() * 5000), note: 'x'.repeat(Math.floor(random() * 400)) },
        msg: `${event} for como_dormir_bem.md`,
      })}\n`;
    }
    written += fs.writeSync(fd, block);
  }
  fs.closeSync(fd);
  return sessions;
}

/** Wall seconds and peak RSS (MiB) of a shell pipeline whose output goes through a pipe. */
function measure(command) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'sh', '-c', `${command} | cat > /dev/null`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, mib: kilobytes / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-bench-'));
try {
  const logDir = path.join(dir, 'logs');
  fs.mkdirSync(logDir);
  const file = path.join(logDir, 'processing.jsonl');
  const sessions = generate(file);
  const session = sessions[17];
  const commands = {
    grep: `grep -F ${quote(session)} ${quote(file)}`,
    'lyfe-kt logs': `${quote(process.execPath)} ${quote(cli)} logs --log-dir ${quote(logDir)} --session ${session} --json`,
  };

  // Same lines out of both, before any timing.
  const outputs = Object.values(commands).map((command) => execFileSync('sh', ['-c', command], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
  if (!outputs[0].equals(outputs[1])) throw new Error('grep and lyfe-kt logs disagree on the lines of the session');
  const matched = outputs[0].toString('latin1').split('\n').length - 1;
  const size = fs.statSync(file).size;
  console.log(`${(size / 1024 / 1024).toFixed(0)} MiB, ${SESSIONS} sessions, ${matched} lines of ${session}; ${runs} runs each, ${os.cpus().length} cores, node ${process.version}`);

  // What the CLI costs before it reads a byte, to tell startup from scanning.
  const timed = { ...commands, 'lyfe-kt start': `${quote(process.execPath)} ${quote(cli)} --version` };
  const samples = Object.fromEntries(Object.keys(timed).map((name) => [name, []]));
  Object.values(timed).forEach((command) => measure(command)); // warm the page cache and the binaries
  for (let run = 0; run < runs; run++) for (const [name, command] of Object.entries(timed)) samples[name].push(measure(command));

  const rows = Object.entries(samples).map(([name, list]) => ({ name, seconds: median(list.map((s) => s.seconds)), mib: median(list.map((s) => s.mib)) }));
  for (const row of rows) console.log(`${row.name.padEnd(14)} median ${row.seconds.toFixed(2)} s   peak RSS ${row.mib.toFixed(0)} MiB`);
  console.log(`ratio lyfe-kt/grep: ${(rows[1].seconds / rows[0].seconds).toFixed(2)}x time, ${(rows[1].mib / rows[0].mib).toFixed(1)}x memory`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
