// Packaging a session of many small records (`records`, 200,000 by default: 180,000 processing
// records and 10,000 LLM calls), the size at which one summary of a session used to overflow the
// stack. The target: under 10 s on the 2-core machine we develop on. Side by side with `cp -r` +
// `tar czf` of the same work folder and record files, medians of `runs`; the load average is
// printed with the results, since it moves the numbers.
// Standalone: `node bench/many-records.mjs [--records 200000] [--runs 5]`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSession } from '../test/helpers/write-session.mjs';
import { argValue, cli, ensureBuilt, mib, MiB, printTable, quote, ratio, scratch, seconds, sideBySide } from './lib.mjs';

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
/** Bytes a record takes in the global files, for sizing the scratch folder, generously. */
const RECORD_BYTES = 400;

export async function benchManyRecords({ records = 200_000, runs = 5 } = {}) {
  ensureBuilt();
  const space = scratch(records * RECORD_BYTES * (runs + 3));
  if (!space.dir) throw new Error(`too little free space for the many-records benchmark (${(space.free / MiB).toFixed(0)} MiB)`);
  try {
    const cwd = space.dir;
    writeSession(cwd, SESSION, records);
    fs.mkdirSync(path.join(cwd, 'plain'));
    for (const folder of ['work', 'logs']) fs.cpSync(path.join(cwd, folder), path.join(cwd, 'plain', folder), { recursive: true });

    let n = 0;
    const out = () => quote(path.join(cwd, 'out', String(n++)));
    const name = `lyfe-kt package (${records.toLocaleString('en-US')} records)`;
    const commands = {
      get [name]() {
        return `${quote(process.execPath)} ${quote(cli)} package --work-dir work --log-dir logs --session ${SESSION} --keep-work -q --output-dir ${out()}`;
      },
      get 'cp -r + tar czf'() {
        const copy = out();
        return `cp -r plain ${copy} && tar czf ${copy}.tar.gz -C ${copy} .`;
      },
    };
    const load = os.loadavg()[0];
    const results = sideBySide(commands, runs, { cwd, env: { ...process.env, OPENAI_API_KEY: '' } });
    const base = results['cp -r + tar czf'];
    printTable(
      `(d) packaging a session of ${records.toLocaleString('en-US')} records; medians of ${runs} runs; load average ${load.toFixed(2)} before`,
      ['command', 'wall', 'peak RSS', 'vs cp+tar'],
      Object.entries(results).map(([command, r]) => [command, seconds(r.seconds), mib(r.mib), ratio(r.seconds / base.seconds)]),
    );
    return { records, load_average_before: load, results, package_seconds: results[name].seconds, time_ratio_vs_cp_tar: results[name].seconds / base.seconds };
  } finally {
    fs.rmSync(space.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchManyRecords({ records: argValue(process.argv, '--records', 200_000), runs: argValue(process.argv, '--runs', 5) });
}
