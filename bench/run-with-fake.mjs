// `lyfe-kt run` on generated articles against the loopback fake OpenAI server, in a fresh folder
// each time: what audit_overhead and concurrency_vs_ideal time.
import fs from 'node:fs';
import path from 'node:path';
import { cli, loadFakeOpenAI, SOURCE_DATE_EPOCH, spawnMeasured, writeArticles } from './lib.mjs';

/**
 * Starts the fake (every reply after `delayMs`) and writes `files` articles under `dir`; returns
 * `run(nodeArgs, env, extraArgs, inspect, program)`, which times one whole `lyfe-kt run` process on
 * them in a fresh folder (`inspect(cwd)` reads what it left before the folder goes; `program` is the
 * CLI started, `dist/lib/cli.js` by default), and `close()`, which stops the fake. The run must end
 * well: its exit code is checked.
 *
 * The fake answers in this process, on the cores the run uses, and making a reply (the offline
 * writer composing an analysis or a supertask) costs it more CPU than the HTTP around it. Every run
 * sends the same requests (same articles, fixed dates), so each reply is made once, in the warm-up
 * run, and sent again as it was when the same request comes back: the measured runs share the
 * machine with a fake that only parses, looks up and sends.
 */
export async function fakeRunner(dir, { files, delayMs = 0 }) {
  const { startFakeOpenAI, answerPipeline } = await loadFakeOpenAI();
  const replies = new Map();
  const fake = await startFakeOpenAI({
    handler: async (body, index, req) => {
      const request = JSON.stringify(body);
      if (!replies.has(request)) replies.set(request, await answerPipeline(body, index, req));
      return { ...replies.get(request), delayMs };
    },
  });
  const articles = path.join(dir, 'articles');
  writeArticles(articles, files);
  let n = 0;
  return {
    calls: () => fake.requests.length,
    run: async (nodeArgs, env, args = [], inspect = () => {}, program = cli) => {
      const cwd = path.join(dir, `run-${n++}`);
      fs.mkdirSync(cwd);
      const runEnv = { ...process.env, ...env, SOURCE_DATE_EPOCH, OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: fake.url };
      try {
        const measured = await spawnMeasured([process.execPath, ...nodeArgs, program, 'run', articles, '--provider', 'openai', '-q', ...args], { cwd, env: runEnv });
        inspect(cwd);
        return measured;
      } finally {
        fs.rmSync(cwd, { recursive: true, force: true });
      }
    },
    close: () => fake.close(),
  };
}
