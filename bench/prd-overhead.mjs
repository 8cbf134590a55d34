// prd_overhead_share: the PRD's "< 5% overhead for log capture and packaging", as a share of an
// offline `lyfe-kt run examples/content` (SOURCE_DATE_EPOCH set, fresh folder each time). The parts
// come from a run with the record writer timed (bench/record-sink.mjs, `timed`): the time to import
// the writer plus every `record` / `auditRecord` call, plus the package stage's own `duration_ms`
// from its `stage.end` record. The whole is the same run without the timing hooks, alternating
// with it: the hooks put every module the timed process loads through a thread of their own, time
// the product does not spend. Both run `dist/lib/cli.js` (the hooks need the writer as a module of
// its own); the installed CLI runs the bundle, whose run is shorter: that run alternates with them
// too, and the share against it is in the notes.
// The offline provider answers at once, so the run is as short as a run gets and the share is an
// upper bound: with a real model every call adds seconds that records do not.
// Alone: `npm run bench -- --only prd_overhead_share`.
import fs from 'node:fs';
import path from 'node:path';
import { alternate, bin, cli, ensureBuilt, entry, examples, inScratch, median, MiB, root, SOURCE_DATE_EPOCH, spawnMeasured } from './lib.mjs';

function packageStageMs(logDir) {
  for (const line of fs.readFileSync(path.join(logDir, 'processing.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line);
    if (record.event === 'stage.end' && record.stage === 'package') return record.data.duration_ms;
  }
  throw new Error(`no stage.end record of the package stage in ${logDir}`);
}

export async function benchPrdOverheadShare({ runs }) {
  ensureBuilt();
  return inScratch('prd_overhead_share', 16 * MiB, async (dir) => {
    const env = { ...process.env, SOURCE_DATE_EPOCH, OPENAI_API_KEY: '' };
    const parts = [];
    let n = 0;
    const report = path.join(dir, 'sink.json');
    /** One whole run of `lyfeKt` in a fresh folder; `inspect(cwd)` reads what it left before the folder goes. */
    const run = async (nodeArgs, extraEnv = {}, inspect = () => {}, lyfeKt = cli) => {
      const cwd = path.join(dir, `run-${n++}`);
      fs.mkdirSync(cwd);
      try {
        const measured = await spawnMeasured([process.execPath, ...nodeArgs, lyfeKt, 'run', examples, '--provider', 'offline', '-q'], { cwd, env: { ...env, ...extraEnv } });
        inspect(cwd);
        return measured;
      } finally {
        fs.rmSync(cwd, { recursive: true, force: true });
      }
    };
    const timed = () =>
      run(['--import', path.join(root, 'bench', 'record-sink.mjs')], { LYFE_KT_BENCH_SINK: 'timed', LYFE_KT_BENCH_SINK_REPORT: report }, (cwd) =>
        parts.push({ ...JSON.parse(fs.readFileSync(report, 'utf8')), package_ms: packageStageMs(path.join(cwd, 'logs')) }),
      );
    const results = await alternate({ timed, run: () => run([]), bundle: () => run([], {}, undefined, bin) }, runs);
    // The warm-up's parts are not among the medians.
    const counted = parts.slice(1);
    const ms = (key) => median(counted.map((part) => part[key]));
    const overhead = median(counted.map((part) => part.import_ms + part.write_ms + part.package_ms)) / 1000;
    return [
      entry({
        name: 'prd_overhead_share',
        measurement: 'log capture (writer import + every record written) plus the package stage, in an offline run of examples/content',
        baseline_name: 'the whole run (lyfe-kt run examples/content --provider offline, dist/lib/cli.js, whole process, without the timing hooks)',
        measured: overhead,
        baseline: results.run.seconds,
        unit: 's',
        target: 0.05,
        rounds: runs,
        notes: [
          `medians: writer import ${ms('import_ms').toFixed(1)} ms, ${counted[0].records} records written in ${ms('write_ms').toFixed(1)} ms, package stage ${ms('package_ms').toFixed(0)} ms`,
          `the timed run itself (with the hooks): ${results.timed.seconds.toFixed(3)} s`,
          `the same run through the bundle (bin/lyfe-kt.js, as installed): ${results.bundle.seconds.toFixed(3)} s; the parts against it: ${(overhead / results.bundle.seconds).toFixed(3)}`,
        ],
      }),
    ];
  });
}
