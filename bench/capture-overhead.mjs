// What log capture and packaging cost a run, against the PRD's "< 5% overhead".
// There is no switch that turns records off, so the writer's cost is measured directly:
// 1. `lyfe-kt run examples/content --provider offline` (SOURCE_DATE_EPOCH set), whole process,
//    fresh folders each time: the run's wall time, median of `runs`.
// 2. The records that run wrote, written again through the same writer (`record`/`auditRecord`,
//    same levels, events, messages, payloads, redaction included) by a fresh process: the time
//    to import the writer (pino) plus the time to write them all, median of `runs`.
// 3. The package stage's `duration_ms` from its `stage.end` record, against the run's wall time.
// The offline provider answers at once, so the run is as short as a run gets and these shares
// are upper bounds: with a real model each call adds seconds the records do not.
// Standalone: `node bench/capture-overhead.mjs [--runs 5]`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { argValue, cli, ensureBuilt, measure, median, MiB, percent, printTable, quote, root, scratch, seconds } from './lib.mjs';

const CONTENT = path.join(root, 'examples', 'content');
const SOURCE_DATE_EPOCH = '1737221445';

/** Runs in a child: writes the given records through the writer, prints its timings as JSON. */
const WRITER_CHILD = `
const [recordsFile, logDir, libDir] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const records = JSON.parse(readFileSync(recordsFile, 'utf8'));
const t0 = performance.now();
const { record, auditRecord } = await import(libDir + '/records/writer.js');
const { runInSession } = await import(libDir + '/session/context.js');
const t1 = performance.now();
for (const { kind, r } of records) {
  runInSession({ sessionId: r.session, stage: r.stage, logDir }, () =>
    (kind === 'prompts' ? auditRecord : record)(r.level, r.event, r.msg, { input: r.input, output: r.output, data: r.data, stage: r.stage }),
  );
}
const t2 = performance.now();
console.log(JSON.stringify({ import_ms: t1 - t0, write_ms: t2 - t1 }));
`;

function readRecords(file, kind) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ kind, r: JSON.parse(line) }));
}

export async function benchCaptureOverhead({ runs = 5 } = {}) {
  ensureBuilt();
  const space = scratch(64 * MiB);
  if (!space.dir) throw new Error('too little free space for the capture benchmark');
  try {
    const env = { ...process.env, SOURCE_DATE_EPOCH, OPENAI_API_KEY: '' };
    const runOnce = (i) => {
      const cwd = path.join(space.dir, `run-${i}`);
      fs.mkdirSync(cwd);
      return { cwd, ...measure(`${quote(process.execPath)} ${quote(cli)} run ${quote(CONTENT)} --provider offline -q`, { cwd, env }) };
    };
    runOnce('warm-up');
    const timed = Array.from({ length: runs }, (_, i) => runOnce(i));
    const runSeconds = median(timed.map((t) => t.seconds));

    // The records of the last run, and what its own records say about its stages.
    const logDir = path.join(timed.at(-1).cwd, 'logs');
    const records = [...readRecords(path.join(logDir, 'processing.jsonl'), 'processing'), ...readRecords(path.join(logDir, 'prompts.jsonl'), 'prompts')];
    records.sort((a, b) => a.r.time.localeCompare(b.r.time));
    const recordBytes = ['processing.jsonl', 'prompts.jsonl'].reduce((sum, name) => sum + (fs.existsSync(path.join(logDir, name)) ? fs.statSync(path.join(logDir, name)).size : 0), 0);
    const stageMs = Object.fromEntries(records.filter(({ r }) => r.event === 'stage.end').map(({ r }) => [r.stage, r.data.duration_ms]));
    const packageShares = timed.map((t) => {
      const lines = readRecords(path.join(t.cwd, 'logs', 'processing.jsonl'), 'processing');
      const end = lines.find(({ r }) => r.event === 'stage.end' && r.stage === 'package');
      return end.r.data.duration_ms / 1000 / t.seconds;
    });

    const recordsFile = path.join(space.dir, 'records.json');
    fs.writeFileSync(recordsFile, JSON.stringify(records));
    const writes = Array.from({ length: runs }, (_, i) => {
      const out = path.join(space.dir, `write-${i}`);
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', WRITER_CHILD, recordsFile, out, pathToFileURL(path.dirname(cli)).href], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`writing the records again failed: ${child.stderr}`);
      return JSON.parse(child.stdout);
    });
    const importMs = median(writes.map((w) => w.import_ms));
    const writeMs = median(writes.map((w) => w.write_ms));
    const captureShare = (importMs + writeMs) / 1000 / runSeconds;
    const packageShare = median(packageShares);

    printTable(
      `(b) log capture and packaging in \`lyfe-kt run\` (offline provider, ${records.length} records, ${(recordBytes / 1024).toFixed(0)} KiB); medians of ${runs} runs`,
      ['what', 'time', 'share of run'],
      [
        ['lyfe-kt run, whole process', seconds(runSeconds), percent(100)],
        ['  writer import (pino)', seconds(importMs / 1000), percent((importMs / 1000 / runSeconds) * 100)],
        [`  writing the run's ${records.length} records`, seconds(writeMs / 1000), percent((writeMs / 1000 / runSeconds) * 100)],
        ['  log capture (import + writes)', seconds((importMs + writeMs) / 1000), percent(captureShare * 100)],
        ['  package stage (stage.end duration_ms)', seconds(median(timed.map((t, i) => packageShares[i] * t.seconds))), percent(packageShare * 100)],
      ],
    );
    return {
      run_seconds: runSeconds,
      records: records.length,
      record_bytes: recordBytes,
      stage_ms_of_last_run: stageMs,
      writer_import_ms: importMs,
      writer_write_ms: writeMs,
      capture_share: captureShare,
      package_share: packageShare,
    };
  } finally {
    fs.rmSync(space.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchCaptureOverhead({ runs: argValue(process.argv, '--runs', 5) });
}
