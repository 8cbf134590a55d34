// Filtering one session out of a global record file: `lyfe-kt logs --session <id> --json` against
// `grep -F '"session":"<id>"'` on the same file, side by side, page cache warm, output through a
// pipe. Medians of wall time and peak RSS, and their ratios. The output of both is compared byte
// for byte first. Standalone: `node bench/logs-filter.mjs [--mb 1024] [--runs 5]`; `npm run bench`
// runs it with the others.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { argValue, cli, ensureBuilt, mib, MiB, printTable, quote, ratio, scratch, seconds, seeded, sideBySide } from './lib.mjs';

const SESSIONS = 50;

/** Records shaped like the writer's, 50 sessions interleaved at random, sizes varied like real stages. */
function generate(file, megabytes) {
  const sessions = Array.from({ length: SESSIONS }, (_, i) => `sess_2025-01-${String(1 + (i % 28)).padStart(2, '0')}_17-30-${String(i % 60).padStart(2, '0')}_${(0x1000_0000 + i * 7919).toString(16)}`);
  const events = ['stage.start', 'file.result', 'step.output', 'warning', 'stage.end'];
  const random = seeded();
  const fd = fs.openSync(file, 'w');
  let written = 0;
  let time = Date.parse('2025-01-18T17:30:45.000Z');
  while (written < megabytes * MiB) {
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

export async function benchLogsFilter({ megabytes = 1024, runs = 5 } = {}) {
  ensureBuilt();
  const space = scratch(megabytes * MiB);
  const notes = [];
  if (!space.dir) {
    const fits = Math.floor(space.free / 2 / MiB / 64) * 64;
    if (fits < 64) throw new Error(`only ${(space.free / MiB).toFixed(0)} MiB free in ${os.tmpdir()}: too little for the logs benchmark`);
    notes.push(`only ${(space.free / MiB).toFixed(0)} MiB free in ${os.tmpdir()}: the log was shrunk from ${megabytes} to ${fits} MiB`);
    megabytes = fits;
    Object.assign(space, scratch(megabytes * MiB));
  }
  try {
    const logDir = path.join(space.dir, 'logs');
    fs.mkdirSync(logDir);
    const file = path.join(logDir, 'processing.jsonl');
    const sessions = generate(file, megabytes);
    const session = sessions[17];
    const commands = {
      'grep -F': `grep -F ${quote(`"session":"${session}"`)} ${quote(file)}`,
      'lyfe-kt logs --json': `${quote(process.execPath)} ${quote(cli)} logs --log-dir ${quote(logDir)} --session ${session} --json 2>/dev/null`,
      // What the CLI costs before it reads a byte, to tell start-up from scanning.
      'lyfe-kt --version': `${quote(process.execPath)} ${quote(cli)} --version`,
      'node -e 0': `${quote(process.execPath)} -e 0`,
    };

    // Same bytes out of both, before any timing.
    const [grepOut, logsOut] = [commands['grep -F'], commands['lyfe-kt logs --json']].map((command) =>
      execFileSync('sh', ['-c', command], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    if (!grepOut.equals(logsOut)) throw new Error('grep and lyfe-kt logs disagree on the lines of the session');
    const size = fs.statSync(file).size;
    const matched = grepOut.toString('latin1').split('\n').length - 1;

    const results = sideBySide(commands, runs, { pipe: true });
    const grep = results['grep -F'];
    const logs = results['lyfe-kt logs --json'];
    printTable(
      `(a) logs filter: ${(size / MiB).toFixed(0)} MiB, ${SESSIONS} sessions, ${matched} lines (${(grepOut.length / MiB).toFixed(1)} MiB) of one session; medians of ${runs} runs`,
      ['command', 'wall', 'peak RSS', 'vs grep'],
      Object.entries(results).map(([name, r]) => [name, seconds(r.seconds), mib(r.mib), ratio(r.seconds / grep.seconds)]),
    );
    for (const note of notes) console.log(`note: ${note}`);
    return {
      file_mib: size / MiB,
      sessions: SESSIONS,
      matched_lines: matched,
      matched_mib: grepOut.length / MiB,
      identical_output: true,
      results,
      time_ratio_vs_grep: logs.seconds / grep.seconds,
      peak_rss_mib: logs.mib,
      notes,
    };
  } finally {
    fs.rmSync(space.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLogsFilter({ megabytes: argValue(process.argv, '--mb', 1024), runs: argValue(process.argv, '--runs', 5) });
}
