// many_records: packaging a session of many small records (200,000: 180,000 processing records and
// 10,000 LLM calls), the size at which one summary of a session used to overflow the stack,
// against issue 10's bound: under 10 s on the 2-core machine we develop on. `--quick` packages
// 20,000 records against the bound scaled to 1 s. Alone: `npm run bench -- --only many_records`.
import fs from 'node:fs';
import path from 'node:path';
import { writeSession } from '../test/helpers/write-session.mjs';
import { cli, ensureBuilt, entry, inScratch, quote, sideBySide } from './lib.mjs';

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
/** Bytes a record takes in the global files, for sizing the scratch folder, generously. */
const RECORD_BYTES = 400;
/** Issue 10: 200,000 records package in under 10 s. */
const SECONDS_PER_RECORD = 10 / 200_000;

export async function benchManyRecords({ quick, runs }) {
  ensureBuilt();
  const records = quick ? 20_000 : 200_000;
  return inScratch('many_records', records * RECORD_BYTES * (runs + 3), async (cwd) => {
    writeSession(cwd, SESSION, records);
    let n = 0;
    const commands = {
      get package() {
        return `${quote(process.execPath)} ${quote(cli)} package --work-dir work --log-dir logs --session ${SESSION} --keep-work -q --output-dir ${quote(path.join(cwd, 'out', String(n++)))}`;
      },
    };
    const results = sideBySide(commands, runs, { cwd, env: { ...process.env, OPENAI_API_KEY: '' } });
    // Every round made a package of its own (the session named: the kept work is packaged again).
    for (let round = 0; round < n; round++) {
      const made = fs.readdirSync(path.join(cwd, 'out', String(round)));
      if (made.length !== 1) throw new Error(`round ${round} of many_records made ${made.length} packages, not one`);
    }
    const bound = records * SECONDS_PER_RECORD;
    return [
      entry({
        name: 'many_records',
        measurement: `lyfe-kt package of a session of ${records.toLocaleString('en-US')} small records`,
        baseline_name: `issue 10's bound: ${bound} s for ${records.toLocaleString('en-US')} records (10 s for 200,000)`,
        measured: results.package.seconds,
        baseline: bound,
        unit: 's',
        target: 1,
        rounds: runs,
        notes: [`peak RSS ${results.package.mib.toFixed(0)} MiB`],
      }),
    ];
  });
}
