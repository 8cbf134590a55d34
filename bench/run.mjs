// `npm run bench`: every benchmark, each printing a table of medians measured side by side in
// this run, then all results as JSON in bench/results/latest.json (copy it to a dated file to
// cite it). `--quick`: a 200 MiB log instead of 1 GiB, 3 runs instead of 5. `--runs N` overrides.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCaptureOverhead } from './capture-overhead.mjs';
import { argValue, root } from './lib.mjs';
import { benchLogsFilter } from './logs-filter.mjs';
import { benchManyRecords } from './many-records.mjs';
import { benchMergeShards } from './merge-shards.mjs';
import { benchPackaging } from './packaging.mjs';

const quick = process.argv.includes('--quick');
const runs = argValue(process.argv, '--runs', quick ? 3 : 5);
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpu_model: os.cpus()[0]?.model,
  memory_mib: Math.round(os.totalmem() / 1024 / 1024),
  load_average_before: os.loadavg(),
};
console.log(`lyfe-kt benchmarks: node ${machine.node}, ${machine.cpus} cores (${machine.cpu_model}), load average ${machine.load_average_before.map((l) => l.toFixed(2)).join(' ')}${quick ? ', --quick' : ''}`);

const results = {
  machine,
  quick,
  runs,
  logs_filter: await benchLogsFilter({ megabytes: quick ? 200 : 1024, runs }),
  capture_overhead: await benchCaptureOverhead({ runs }),
  packaging: await benchPackaging({ megabytes: 100, runs }),
  many_records: await benchManyRecords({ records: 200_000, runs }),
  merge_50x20: await benchMergeShards({ shards: 50, articles: 20, runs: Math.min(runs, 3) }),
};
machine.load_average_after = os.loadavg();
console.log(`\nload average after: ${machine.load_average_after.map((l) => l.toFixed(2)).join(' ')}`);

const file = path.join(root, 'bench', 'results', 'latest.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`results: ${path.relative(root, file)}`);
