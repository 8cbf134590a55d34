// For benchmarking only: what the record sink costs a run, with no switch in the product. Loaded
// into a CLI process with `node --import ./bench/record-sink.mjs dist/lib/cli.js ...`, it puts
// module hooks (./record-sink-hooks.mjs) in front of the record writer, `dist/lib/records/writer.js`.
// LYFE_KT_BENCH_SINK, read here only, says what they do:
// - `noop`: `record` and `auditRecord` write nothing (the rest of the writer's exports are the real
//   ones): the run as it would be without records.
// - `timed`: the real writer, imported here first and timed, every `record` and `auditRecord` call
//   timed; at exit the totals go as JSON to LYFE_KT_BENCH_SINK_REPORT.
// - unset or `real`: the real writer untouched, through the same hooks (so that the measured run
//   pays what the hooks themselves cost, as the baseline does).
import fs from 'node:fs';
import { register } from 'node:module';

const mode = process.env.LYFE_KT_BENCH_SINK ?? 'real';
register('./record-sink-hooks.mjs', import.meta.url, { data: { mode } });

if (mode === 'timed') {
  // Imported here, alone, before the CLI: the time is that of the writer's modules and what they
  // load first (an upper bound: the CLI loads some of them anyway). Imported from inside the CLI's
  // module graph, a wrapper awaiting the import would let the graph's other modules run meanwhile,
  // and their time would count as the writer's. The hooks' thread starts with the first import
  // through it: an empty module first, so that its start is not counted either.
  await import('data:text/javascript,');
  const started = performance.now();
  await import(new URL('../dist/lib/records/writer.js?real', import.meta.url).href);
  const totals = { import_ms: performance.now() - started, write_ms: 0, records: 0 };
  globalThis[Symbol.for('lyfe-kt.bench.sink')] = totals;
  process.on('exit', () => fs.writeFileSync(process.env.LYFE_KT_BENCH_SINK_REPORT, JSON.stringify(totals)));
}
