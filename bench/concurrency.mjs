// concurrency_vs_ideal: how close `run --concurrency 8` comes to the critical path when every
// call takes 200 ms. `lyfe-kt run` on 100 articles against the loopback fake OpenAI server
// answering each call after 200 ms, whole process; the baseline is the critical path, per stage
// ceil(files / 8) rounds of one 0.2 s call (generation's two levels of a file run at once):
// 2 x 13 x 0.2 = 5.2 s for 100 files. The CLI measured is `lyfe-kt` as installed, bin/lyfe-kt.js
// (the ncc bundle); the tsc output, dist/lib/cli.js, runs alternately with it and is noted.
// Alone: `npm run bench -- --only concurrency_vs_ideal`.
import { alternate, bin, cli, ensureBuilt, ensureBundle, entry, inScratch, MiB } from './lib.mjs';
import { fakeRunner } from './run-with-fake.mjs';

const CONCURRENCY = 8;
const DELAY_MS = 200;

export async function benchConcurrency({ quick, runs }) {
  ensureBuilt();
  ensureBundle();
  const files = quick ? 16 : 100;
  const criticalPath = 2 * Math.ceil(files / CONCURRENCY) * (DELAY_MS / 1000);
  return inScratch('concurrency_vs_ideal', 32 * MiB, async (dir) => {
    const runner = await fakeRunner(dir, { files, delayMs: DELAY_MS });
    try {
      // The fake answers in this process, on the cores the run uses: its CPU time a reply says how
      // much of the calls' latency beyond the 200 ms is the fake's own work (the replies are made in
      // the warm-up run, then looked up: see fakeRunner).
      const cpu = process.cpuUsage();
      const args = ['--concurrency', String(CONCURRENCY)];
      const results = await alternate({ run: () => runner.run([], {}, args, undefined, bin), lib: () => runner.run([], {}, args, undefined, cli) }, runs);
      const { user, system } = process.cpuUsage(cpu);
      const fakeMsPerReply = (user + system) / 1000 / runner.calls();
      return [
        entry({
          name: 'concurrency_vs_ideal',
          measurement: `lyfe-kt run on ${files} articles, --concurrency ${CONCURRENCY}, fake OpenAI answering every call after ${DELAY_MS} ms (whole process, bin/lyfe-kt.js as installed)`,
          baseline_name: `the critical path: 2 stages x ceil(${files} / ${CONCURRENCY}) rounds of one ${DELAY_MS / 1000} s call`,
          measured: results.run.seconds,
          baseline: criticalPath,
          unit: 's',
          target: 1.15,
          rounds: runs,
          notes: [
            `peak RSS ${results.run.mib.toFixed(0)} MiB`,
            `the fake (in the benchmark's process) used ${fakeMsPerReply.toFixed(1)} ms of CPU a reply`,
            `the same run from the tsc output (dist/lib/cli.js, the ES modules the bundle is made of), alternating with it: ${results.lib.seconds.toFixed(2)} s (${(results.lib.seconds / criticalPath).toFixed(3)})`,
            `overlapped, the stages' critical path is ceil(2 x ${files} / ${CONCURRENCY}) rounds: ${(Math.ceil((2 * files) / CONCURRENCY) * (DELAY_MS / 1000)).toFixed(1)} s`,
          ],
        }),
      ];
    } finally {
      await runner.close();
    }
  });
}
