// audit_overhead: what the records cost a run whose model answers at once. `lyfe-kt run` on 200
// articles (600 LLM calls) against the loopback fake OpenAI server, records and prompt audit on,
// against the same run with the record sink a no-op (bench/record-sink.mjs: `record` and
// `auditRecord` write nothing, so the package has no records to render either). Both runs go
// through the same module hooks; they alternate, medians of wall time.
// Alone: `npm run bench -- --only audit_overhead`.
import fs from 'node:fs';
import path from 'node:path';
import { alternate, ensureBuilt, entry, inScratch, median, MiB, root } from './lib.mjs';
import { fakeRunner } from './run-with-fake.mjs';

const SINK = ['--import', path.join(root, 'bench', 'record-sink.mjs')];

/**
 * The baseline must have written no record: were the writer moved or renamed, the hooks would miss
 * it and the baseline would silently be the measured run.
 */
function checkNoRecords(cwd) {
  const logs = path.join(cwd, 'logs');
  const written = fs.existsSync(logs) ? fs.readdirSync(logs).filter((name) => fs.statSync(path.join(logs, name)).size > 0) : [];
  if (written.length) throw new Error(`the no-op record sink did not apply: the baseline run wrote ${written.join(', ')} (bench/record-sink-hooks.mjs looks for dist/lib/records/writer.js)`);
}

/**
 * The floor of the design, measured on a run's own records: each record is one JSON line written
 * with one write(2) before `record` returns, so the least a run pays is `JSON.stringify` and the
 * write of every record, here in a warm loop in this process (no redaction, no rendering, no package),
 * median of 5 passes after one, into a file in the scratch folder.
 */
function serializeFloor(logDir, dir) {
  const records = ['processing.jsonl', 'prompts.jsonl'].flatMap((name) =>
    fs.readFileSync(path.join(logDir, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)),
  );
  const out = path.join(dir, 'floor.jsonl');
  const pass = () => {
    const fd = fs.openSync(out, 'w');
    const start = performance.now();
    for (const record of records) fs.writeSync(fd, `${JSON.stringify(record)}\n`);
    const ms = performance.now() - start;
    fs.closeSync(fd);
    return ms;
  };
  pass();
  const ms = median(Array.from({ length: 5 }, pass));
  const bytes = fs.statSync(out).size;
  fs.rmSync(out);
  return { records: records.length, bytes, ms };
}

export async function benchAuditOverhead({ quick, runs }) {
  ensureBuilt();
  const files = quick ? 12 : 200;
  return inScratch('audit_overhead', 64 * MiB, async (dir) => {
    const runner = await fakeRunner(dir, { files });
    let floor;
    const keepFloor = (cwd) => void (floor ??= serializeFloor(path.join(cwd, 'logs'), dir));
    try {
      const results = await alternate(
        {
          records: () => runner.run(SINK, { LYFE_KT_BENCH_SINK: 'real' }, [], keepFloor),
          'no-op sink': () => runner.run(SINK, { LYFE_KT_BENCH_SINK: 'noop' }, [], checkNoRecords),
        },
        runs,
      );
      return [
        entry({
          name: 'audit_overhead',
          measurement: `lyfe-kt run on ${files} articles (${files * 3} LLM calls), records and prompt audit on, fake OpenAI answering at once`,
          baseline_name: 'the same run with the record sink a no-op',
          measured: results.records.seconds,
          baseline: results['no-op sink'].seconds,
          unit: 's',
          target: 1.02,
          rounds: runs,
          notes: [
            `peak RSS ${results.records.mib.toFixed(0)} MiB with records, ${results['no-op sink'].mib.toFixed(0)} MiB without`,
            `CPU (user + system, medians) ${results.records.cpu.toFixed(2)} s with records, ${results['no-op sink'].cpu.toFixed(2)} s without`,
            `${runner.calls()} calls answered in all`,
            `the design's floor: JSON.stringify and one write(2) of each of the run's ${floor.records} records (${(floor.bytes / MiB).toFixed(1)} MiB), warm, in a loop: ${floor.ms.toFixed(1)} ms, against the ${((1.02 - 1) * results['no-op sink'].seconds * 1000).toFixed(0)} ms the target allows`,
          ],
        }),
      ];
    } finally {
      await runner.close();
    }
  });
}
