// For benchmarking only: what the record sink costs a run, with no switch in the product. Loaded
// into a CLI process with `node --import ./bench/record-sink.mjs dist/lib/cli.js ...`, it puts
// module hooks (./record-sink-hooks.mjs) in front of the record writer, `dist/lib/records/writer.js`.
// LYFE_KT_BENCH_SINK, read here only, says what they do:
// - `noop`: `record` and `auditRecord` write nothing (the rest of the writer's exports are the real
//   ones): the run as it would be without records.
// - `timed`: the real writer, imported when first needed and timed, every `record` and
//   `auditRecord` call timed; at exit the totals go as JSON to LYFE_KT_BENCH_SINK_REPORT.
// - unset or `real`: the real writer untouched, through the same hooks (so that the measured run
//   pays what the hooks themselves cost, as the baseline does).
import { register } from 'node:module';

register('./record-sink-hooks.mjs', import.meta.url, {
  data: { mode: process.env.LYFE_KT_BENCH_SINK ?? 'real', report: process.env.LYFE_KT_BENCH_SINK_REPORT },
});
