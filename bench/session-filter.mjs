// `session_filter_vs_grep` and `session_filter_rss`: `lyfe-kt logs --session X --json` on a log
// folder holding 1 GiB (16 MiB with `quick`) of 50 sessions interleaved record by record, against
// `grep -F '"session":"X"'` over the global file, side by side, page cache warm, output through a
// pipe; and the filter's peak RSS against 120 MB. The log is written by the real writer (in a child
// process, which closes the sessions' indexes when it exits), the record shapes those of a
// generate stage. `lyfe-kt` is `bin/lyfe-kt.js`, as installed (the bundle `npm run build` makes).
// The output of both commands is compared byte for byte first. Alongside, for the
// notes (not with `quick`): the same filter with the index out of reach (the whole-file scan), and
// `node -e 0`.
// Standalone: `node bench/session-filter.mjs [--mb 1024] [--runs 5]`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { argValue, ensureBuilt, inScratch, MiB, quote, root, seeded, sideBySide } from './lib.mjs';

/** `lyfe-kt` as a user runs it: bin/ starts the bundle in dist/cli (`npm run build`). */
const lyfeKt = path.join(root, 'bin', 'lyfe-kt.js');
const SESSIONS = 50;
/** The peak RSS the filter must stay under: 120 MB. */
const RSS_BOUND_MB = 120;
const MB = 1e6;
const sessionIds = Array.from({ length: SESSIONS }, (_, i) => `sess_2025-01-${String(1 + (i % 28)).padStart(2, '0')}_17-30-${String(i % 60).padStart(2, '0')}_${(0x1000_0000 + i * 7919).toString(16)}`);

/** Writes `megabytes` of records of the 50 sessions, interleaved at random, through the built writer. */
async function writeLog(logDir, megabytes) {
  const { runInSession } = await import(pathToFileURL(path.join(root, 'dist/lib/session/context.js')).href);
  const { record } = await import(pathToFileURL(path.join(root, 'dist/lib/records/writer.js')).href);
  const file = path.join(logDir, 'processing.jsonl');
  // Stage starts and ends are a few per session in a real log: here the lines in between.
  const events = ['file.result', 'step.output', 'step.output', 'warning'];
  const random = seeded();
  for (let i = 0; ; i++) {
    if (i % 5000 === 0 && fs.existsSync(file) && fs.statSync(file).size >= megabytes * MiB) return;
    const sessionId = sessionIds[Math.floor(random() * SESSIONS)];
    const event = events[Math.floor(random() * events.length)];
    runInSession({ sessionId, stage: 'generate', logDir }, () =>
      record(event === 'warning' ? 'warn' : 'info', event, `${event} for como_dormir_bem.md`, {
        input: ['como_dormir_bem_filled_template.md'],
        output: ['como_dormir_bem_beginner.json'],
        data: { duration_ms: Math.floor(random() * 5000), note: 'x'.repeat(Math.floor(random() * 400)) },
      }),
    );
  }
}

export async function benchSessionFilter({ quick = false, runs = 5, megabytes = quick ? 16 : 1024 } = {}) {
  ensureBuilt();
  return inScratch('session_filter_vs_grep', megabytes * MiB, async (dir) => {
    const logDir = path.join(dir, 'logs');
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--write', logDir, String(megabytes)], { stdio: 'inherit' });
    const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const file = path.join(logDir, 'processing.jsonl');
    // The same file without its indexes (a hard link in another folder): the whole-file scan.
    const bare = path.join(dir, 'bare');
    fs.mkdirSync(bare);
    fs.linkSync(file, path.join(bare, 'processing.jsonl'));

    const session = sessionIds[17];
    const logs = (dir) => `${quote(process.execPath)} ${quote(lyfeKt)} logs --log-dir ${quote(dir)} --session ${session} --json`;
    const scanName = 'lyfe-kt logs --json, no index (scan)';
    const commands = {
      'grep -F': `grep -F ${quote(`"session":"${session}"`)} ${quote(file)}`,
      'lyfe-kt logs --json': `${logs(logDir)} 2>/dev/null`,
      ...(quick ? {} : { [scanName]: `${logs(bare)} 2>/dev/null`, 'node -e 0': `${quote(process.execPath)} -e 0` }),
    };

    // Same bytes out of all three, before any timing; the index was used (no note about it), and
    // the build knows indexes (without one, it says so).
    const out = (command) => spawnSync('sh', ['-c', command], { maxBuffer: 1 << 30, encoding: 'buffer' });
    const grepOut = out(commands['grep -F']).stdout;
    const indexed = out(logs(logDir));
    const scanned = out(logs(bare));
    if (!grepOut.equals(indexed.stdout) || !grepOut.equals(scanned.stdout)) throw new Error('grep and lyfe-kt logs disagree on the lines of the session');
    if (indexed.stderr.includes('scanned')) throw new Error(`lyfe-kt logs did not use the index: ${indexed.stderr}`);
    if (!scanned.stderr.includes('has no index')) throw new Error(`${lyfeKt} does not read session indexes: run \`npm run build\` first`);
    const size = fs.statSync(file).size;
    const matched = grepOut.toString('latin1').split('\n').length - 1;

    const results = sideBySide(commands, runs, { pipe: true });
    const grep = results['grep -F'];
    const filter = results['lyfe-kt logs --json'];
    const scan = results[scanName];
    const shape = `${(size / MiB).toFixed(0)} MiB of ${SESSIONS} sessions interleaved record by record (written by the writer in ${writeSeconds.toFixed(1)} s), ${matched} lines (${(grepOut.length / MiB).toFixed(1)} MiB) of the session; output identical to grep's`;
    const aside = scan && `alongside: the whole-file scan (no index) ${scan.seconds.toFixed(3)} s (${(scan.seconds / grep.seconds).toFixed(2)}x grep), ${((scan.mib * MiB) / MB).toFixed(0)} MB; node -e 0 ${results['node -e 0'].seconds.toFixed(3)} s`;
    return [
      {
        name: 'session_filter_vs_grep',
        measurement: '`lyfe-kt logs --session X --json`, through the session index',
        baseline_name: '`grep -F \'"session":"X"\'` over the global file',
        measured: filter.seconds,
        baseline: grep.seconds,
        unit: 's',
        ratio: filter.seconds / grep.seconds,
        target: 1.0,
        rounds: runs,
        notes: aside ? [shape, aside] : [shape],
      },
      {
        name: 'session_filter_rss',
        measurement: 'peak RSS of `lyfe-kt logs --session X --json`',
        baseline_name: '120 MB',
        measured: (filter.mib * MiB) / MB,
        baseline: RSS_BOUND_MB,
        unit: 'MB',
        ratio: (filter.mib * MiB) / MB / RSS_BOUND_MB,
        target: 1.0,
        rounds: runs,
        notes: [shape],
      },
    ];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--write') await writeLog(process.argv[3], Number(process.argv[4]));
  else console.log(JSON.stringify(await benchSessionFilter({ megabytes: argValue(process.argv, '--mb', 1024), runs: argValue(process.argv, '--runs', 5) }), null, 2));
}
