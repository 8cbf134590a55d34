import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordFile } from '../../src/records/filter.js';
import { Events, type LogRecord } from '../../src/records/types.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** Ctrl-C during `run`: the calls stop, the interruption is recorded, the user is told how to package, exit 130. */

const CONTENT = path.resolve('test/fixtures/content');
const { start } = useChildren();
const temp = useTempDir('lyfe-kt-interrupt-');

/** A model server that takes every request and never answers; `arrived` settles with the first one. */
async function silentServer(): Promise<{ fake: FakeOpenAI; arrived: Promise<void> }> {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const fake = await startFakeOpenAI({
    handler: () => {
      arrive();
      return new Promise(() => {}); // closing the server ends the connection
    },
  });
  return { fake, arrived };
}

function records(logDir: string, kind: 'processing' | 'prompts'): LogRecord[] {
  return fs
    .readFileSync(recordFile(logDir, kind), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogRecord);
}

/** `run` of `content` against the silent server, interrupted with `signals` once its first request is in flight. */
async function interruptedRun(signals: NodeJS.Signals[], content = CONTENT, args: string[] = []): Promise<{ cwd: string; exit: Exit }> {
  const { fake, arrived } = await silentServer();
  try {
    const cwd = temp();
    const env = cliEnv({ OPENAI_API_KEY: 'sk-test-interrupt-0123456789abcdef', OPENAI_BASE_URL: fake.url });
    const { child, exit } = start([CLI, 'run', content, '--provider', 'openai', ...args], { cwd, env });
    await Promise.race([arrived, exit.then((early) => Promise.reject(new Error(`run ended before its first call: ${early.stderr}`)))]);
    // The request record is written before the request is sent: it is there once the server has the request.
    expect(records(path.join(cwd, 'logs'), 'prompts').map((r) => r.event)).toContain(Events.llmRequest);
    for (const signal of signals) child.kill(signal);
    return { cwd, exit: await exit };
  } finally {
    await fake.close();
  }
}

describe('Ctrl-C during a run', () => {
  it('records the stage as failed with the reason, says how to package, exits 130; the advice works', async () => {
    const { cwd, exit } = await interruptedRun(['SIGINT']);
    expect(exit).toMatchObject({ code: 130, signal: null });
    expect(exit.stderr.trim().split('\n').at(-1)).toBe(
      'lyfe-kt: interrupted by SIGINT. The work folder work is kept as it is; package the interrupted run with `lyfe-kt package --work-dir work --log-dir logs`',
    );
    const processing = records(path.join(cwd, 'logs'), 'processing');
    const end = processing.find((r) => r.event === Events.stageEnd);
    expect(end).toMatchObject({ stage: 'preprocess', level: 'error', data: { status: 'failed', error: expect.stringMatching(/^interrupted by SIGINT\. /) } });
    expect(processing.find((r) => r.event === Events.error)?.msg).toMatch(/^interrupted by SIGINT\. /);

    const packaged = start([CLI, 'package', '--work-dir', 'work', '--log-dir', 'logs', '--json', '--quiet'], { cwd, env: cliEnv() });
    const result = await packaged.exit;
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ success: false });
  });

  it('names the first file the interruption stopped, and counts the others in one line; the records keep each', async () => {
    const content = temp();
    const article = fs.readFileSync(path.join(CONTENT, 'como_dormir_bem.md'), 'utf8');
    for (let i = 1; i <= 6; i++) fs.writeFileSync(path.join(content, `article-${i}.md`), article);
    const { cwd, exit } = await interruptedRun(['SIGINT'], content, ['--concurrency', '1']);
    expect(exit).toMatchObject({ code: 130, signal: null });
    const lines = exit.stderr.trim().split('\n');
    expect(lines.filter((line) => / preprocess failed /.test(line))).toHaveLength(1);
    expect(lines).toContain('[6/6] preprocess 5 more file(s) stopped by the interruption');
    const failed = records(path.join(cwd, 'logs'), 'processing').filter((r) => r.event === Events.fileResult && r.level === 'error');
    expect(failed.map((r) => r.input?.[0]).sort()).toEqual(['article-1.md', 'article-2.md', 'article-3.md', 'article-4.md', 'article-5.md', 'article-6.md']);
  });

  it('a signal that came while the process was busy reaches the run when the stages hand over to packaging', async () => {
    // Node takes the signal at once but hands it to the listener only when the event loop next
    // polls: the stages' last work can keep it busy until they end, and the listener must not be
    // gone by then, or the run would package as if nothing had come.
    const script = `
      import { interruptOnSignals } from ${JSON.stringify(pathToFileURL(path.resolve('dist/lib/cli/interrupt.js')).href)};
      const interruption = interruptOnSignals({ workDir: 'work', logDir: 'logs' });
      process.kill(process.pid, 'SIGTERM');
      try {
        await interruption.handOver();
        console.log('packaging');
      } catch (error) {
        console.log(error.message);
      }
      console.log(process.listenerCount('SIGTERM'));
    `;
    const exit = await start(['--input-type=module', '-e', script], { cwd: temp(), env: cliEnv() }).exit;
    expect(exit, exit.stderr).toMatchObject({ code: 0, signal: null });
    expect(exit.stdout.trim().split('\n')).toEqual(['interrupted by SIGTERM', '0']);
  });

  it('says how to package the run when a second signal stops it at once', async () => {
    // The second signal comes while the first one's stage is still stopping: nothing else is printed before the exit.
    const script = `
      import { interruptOnSignals } from ${JSON.stringify(pathToFileURL(path.resolve('dist/lib/cli/interrupt.js')).href)};
      const interruption = interruptOnSignals({ workDir: 'work', logDir: 'logs' });
      interruption.signal.addEventListener('abort', () => process.kill(process.pid, 'SIGINT'));
      setInterval(() => {}, 60_000);
      process.kill(process.pid, 'SIGINT');
    `;
    const exit = await start(['--input-type=module', '-e', script], { cwd: temp(), env: cliEnv() }).exit;
    expect(exit).toMatchObject({ code: 130, signal: null });
    expect(exit.stderr.trim().split('\n')).toEqual([
      'lyfe-kt: interrupted by SIGINT again: stopped at once, its stage not ended. The work folder work is kept as it is; package the interrupted run with `lyfe-kt package --work-dir work --log-dir logs`',
    ]);
  });

  it('with --json, a second signal still leaves the error as the one JSON object on stdout', async () => {
    const script = `
      import { interruptOnSignals } from ${JSON.stringify(pathToFileURL(path.resolve('dist/lib/cli/interrupt.js')).href)};
      const interruption = interruptOnSignals({ workDir: 'work', logDir: 'logs', json: true });
      interruption.signal.addEventListener('abort', () => process.kill(process.pid, 'SIGINT'));
      setInterval(() => {}, 60_000);
      process.kill(process.pid, 'SIGINT');
    `;
    const exit = await start(['--input-type=module', '-e', script], { cwd: temp(), env: cliEnv() }).exit;
    expect(exit).toMatchObject({ code: 130, signal: null });
    expect(JSON.parse(exit.stdout)).toEqual({
      error: {
        message: 'interrupted by SIGINT again: stopped at once, its stage not ended',
        file: null,
        fix: 'The work folder work is kept as it is; package the interrupted run with `lyfe-kt package --work-dir work --log-dir logs`',
        exit_code: 130,
      },
    });
  });

  it('exits at once on a second signal', async () => {
    const { exit } = await interruptedRun(['SIGTERM', 'SIGINT']);
    expect(exit).toMatchObject({ code: 130, signal: null });
  });

  it('keeps the level answered before Ctrl-C, written and recorded before its stage ends, after the interrupted attempt', async () => {
    // The advanced lesson is never answered; the beginner one is, at once.
    const fake = await startFakeOpenAI({
      handler: (body) => (body.messages.some((message) => /^Level: advanced$/m.test(message.content)) ? new Promise(() => {}) : { content: pipelineReply(body) }),
    });
    try {
      const cwd = temp();
      fs.mkdirSync(path.join(cwd, 'articles'));
      fs.copyFileSync(path.join(CONTENT, 'como_dormir_bem.md'), path.join(cwd, 'articles', 'como_dormir_bem.md'));
      const env = cliEnv({ OPENAI_API_KEY: 'sk-test-interrupt-0123456789abcdef', OPENAI_BASE_URL: fake.url });
      const { child, exit } = start([CLI, 'run', 'articles', '--provider', 'openai'], { cwd, env });
      // Signalled once the run has recorded the beginner lesson's accepted attempt (records are written before the call returns).
      const prompts = recordFile(path.join(cwd, 'logs'), 'prompts');
      const beginnerAccepted = (): boolean => fs.existsSync(prompts) && /"purpose":"generate\.beginner"[^\n]*"outcome":"ok"/.test(fs.readFileSync(prompts, 'utf8'));
      fs.mkdirSync(path.join(cwd, 'logs'), { recursive: true });
      await new Promise<void>((resolve, reject) => {
        const watcher = fs.watch(path.join(cwd, 'logs'), () => {
          if (!beginnerAccepted()) return;
          watcher.close();
          resolve();
        });
        void exit.then((early) => {
          watcher.close();
          reject(new Error(`run ended before the beginner lesson was answered: ${early.stderr}`));
        });
      });
      child.kill('SIGINT');
      expect(await exit).toMatchObject({ code: 130 });

      const beginner = 'como_dormir_bem_filled_template_beginner.json';
      expect(fs.existsSync(path.join(cwd, 'work', '03_output', beginner))).toBe(true);
      const processing = records(path.join(cwd, 'logs'), 'processing').filter((r) => r.stage === 'generate');
      const result = processing.findIndex((r) => r.event === Events.fileResult && r.output?.includes(beginner));
      const end = processing.findIndex((r) => r.event === Events.stageEnd);
      expect(result).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(result);
      const stopped = records(path.join(cwd, 'logs'), 'prompts').find((r) => r.event === Events.llmAttempt && r.data?.purpose === 'generate.advanced');
      expect(stopped?.data).toMatchObject({ outcome: 'failed', reason: 'interrupted' });
      expect(Date.parse(stopped!.time)).toBeLessThanOrEqual(Date.parse(processing[end]!.time));
    } finally {
      await fake.close();
    }
  });
});
