// `npm run bench`: every entry of bench/results.json, each a named ratio measured side by side in
// this run (see the contract in ./lib.mjs), then a table and the results file.
//   --quick        small sizes and 2 rounds: every entry in about a minute (the CI smoke test)
//   --runs N       rounds per entry (default 5, 2 with --quick)
//   --only NAME    only this entry (repeatable); the results file then holds only these
//   --out FILE     where the results go (default bench/results.json, the committed full run)
// The machine's facts go with the results, and each entry gets the load average before and after it
// and the share of the CPU time the hypervisor stole meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printTable, root } from './lib.mjs';

/** Each entry module, what it exports, and the entries it returns. */
const MODULES = [
  { file: './cold-start.mjs', run: 'benchColdStart', entries: ['cold_start'] },
  { file: './prd-overhead.mjs', run: 'benchPrdOverheadShare', entries: ['prd_overhead_share'] },
  { file: './audit-overhead.mjs', run: 'benchAuditOverhead', entries: ['audit_overhead'] },
  { file: './concurrency.mjs', run: 'benchConcurrency', entries: ['concurrency_vs_ideal'] },
  { file: './package-vs-tar.mjs', run: 'benchPackageVsTar', entries: ['package_vs_tar'] },
  { file: './many-records.mjs', run: 'benchManyRecords', entries: ['many_records'] },
  { file: './session-filter.mjs', run: 'benchSessionFilter', entries: ['session_filter_vs_grep', 'session_filter_rss'] },
  { file: './records-write.mjs', run: 'benchRecordsWrite', entries: ['records_write'] },
  { file: './merge-shards.mjs', run: 'benchMergeShards', entries: ['merge_50x20'] },
];
const NAMES = MODULES.flatMap((module) => module.entries);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string', multiple: true },
    out: { type: 'string' },
  },
});
const unknown = (values.only ?? []).filter((name) => !NAMES.includes(name));
if (unknown.length) {
  console.error(`bench: no entry ${unknown.join(', ')}; the entries are ${NAMES.join(', ')}`);
  process.exit(2);
}
const quick = values.quick;
const runs = values.runs === undefined ? (quick ? 2 : 5) : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs takes a whole number of rounds from 1, not ${values.runs}`);
  process.exit(2);
}
const out = path.resolve(values.out ?? path.join(root, 'bench', 'results.json'));
const selected = MODULES.filter((module) => !values.only || module.entries.some((name) => values.only.includes(name)));

// NODE_EXTRA_CA_CERTS, set on some machines (this one included), makes every Node process read and
// parse that file's certificates as it starts (about 85 ms of CPU here, where `node -e 0` takes
// 30 ms): a cost of the machine's set-up, neither lyfe-kt's nor Node's own, which would pad each
// Node process of a ratio and flatter the ones against Node. No benchmark uses TLS.
const removedCaCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined;
delete process.env.NODE_EXTRA_CA_CERTS;

const loadAverage = () => os.loadavg().map((load) => Number(load.toFixed(2)));

/**
 * The machine's CPU time so far (every core, idle included), and the part of it the hypervisor gave
 * to other guests ("steal", the eighth figure of `/proc/stat`'s first line), in clock ticks;
 * undefined where there is no `/proc/stat`. A virtual machine's load average does not show steal:
 * its cores are busy with our work while they run it less than the wall clock says.
 */
function cpuTicks() {
  try {
    // user nice system idle iowait irq softirq steal; the two after (guest time) are counted in user and nice already.
    const figures = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1, 9).map(Number);
    return { total: figures.reduce((sum, figure) => sum + figure, 0), steal: figures[7] ?? 0 };
  } catch {
    return undefined;
  }
}
/** The share of the machine's CPU time stolen between two `cpuTicks()`, or null where unknown. */
const stealShare = (before, after) => (before && after && after.total > before.total ? Number(((after.steal - before.steal) / (after.total - before.total)).toFixed(3)) : null);
const runTicks = cpuTicks();
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpu_model: os.cpus()[0]?.model,
  memory_mib: Math.round(os.totalmem() / 1024 / 1024),
  load_average_before: loadAverage(),
  node_extra_ca_certs_removed: removedCaCerts,
};
console.log(`lyfe-kt benchmarks: node ${machine.node}, ${machine.cpus} cores (${machine.cpu_model}), load average ${machine.load_average_before.join(' ')}${quick ? ', --quick' : ''}, ${runs} rounds`);

const entries = {};
/** Written after each module: a run stopped half way keeps what it measured. */
function writeResults() {
  machine.load_average_after = loadAverage();
  machine.cpu_steal_share = stealShare(runTicks, cpuTicks());
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ machine, quick, runs, entries }, null, 2)}\n`);
}
for (const module of selected) {
  const started = performance.now();
  const before = loadAverage();
  const ticks = cpuTicks();
  const measured = await (await import(module.file))[module.run]({ quick, runs });
  // The load moves while the entries run (other work shares the machine): each entry keeps its own.
  const load = { load_average_before: before, load_average_after: loadAverage(), cpu_steal_share: stealShare(ticks, cpuTicks()) };
  for (const result of measured) if (!values.only || values.only.includes(result.name)) entries[result.name] = { ...result, ...load };
  console.log(`${module.entries.join(', ')}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  writeResults();
}

const number = (value) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3));
printTable(
  `${Object.keys(entries).length} entries, medians of ${runs} rounds${quick ? ' (--quick: small sizes)' : ''}`,
  ['entry', 'measured', 'baseline', 'ratio', 'target', 'met'],
  Object.values(entries).map((e) => [e.name, `${number(e.measured)} ${e.unit}`, `${number(e.baseline)} ${e.unit}`, e.ratio.toFixed(3), `<= ${e.target}`, e.ratio <= e.target ? 'yes' : 'NO']),
);
console.log(`\nload average after: ${machine.load_average_after.join(' ')}${machine.cpu_steal_share === null ? '' : `; CPU time stolen by the hypervisor: ${(100 * machine.cpu_steal_share).toFixed(1)} %`}`);
console.log(`results: ${path.relative(process.cwd(), out)}`);
