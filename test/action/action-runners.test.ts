import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMENT_LIMIT_CHARS, SUMMARY_BUDGET_BYTES } from '../../src/action/constants.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { expectNoSecret, explain, type Job, oneArticle, ours, packageRecords, pathWithoutNode, startJob, stepsOf, stopJob } from './job.js';

// Several runs of the whole action in one test, on a machine that others share.
vi.setConfig({ testTimeout: 300_000 });

let job: Job;
let openai: FakeOpenAI | undefined;

// The huge run adds its own articles; the others need one.
beforeEach(async () => {
  job = await startJob({}, oneArticle);
});

afterEach(async () => {
  await stopJob(job, openai);
  openai = undefined;
});

describe('a huge run', () => {
  it('keeps the job summary under 1 MiB and the comment under 65,536 characters, pointing at the artifact', async () => {
    const content = path.join(job.workspace, 'content');
    // Names as long as the outputs' names allow, of `&`, which the summary escapes as `&amp;`: about
    // 3 KB of summary an article, so that 340 of them pass the 960 KiB budget by a sixth.
    const long = `sleep_q&a_${'&'.repeat(185)}`;
    for (let i = 0; i < 340; i++) {
      fs.writeFileSync(path.join(content, `${long}${String(i).padStart(4, '0')}.md`), `# Artigo ${i}\n\nDormir bem é essencial. Mantenha horários regulares e evite telas antes de deitar.\n`);
    }
    const run = await job.run({ timeoutMs: 540_000 });
    expect(run.failed, explain(run)).toBe(false);

    // The runner took the summary: under 1 MiB with a margin even once its line endings are CRLF.
    expect(run.droppedSummaries).toEqual([]);
    const [summary] = run.summaries;
    expect(Buffer.byteLength(summary.replace(/\r?\n/g, '\r\n'))).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(SUMMARY_BUDGET_BYTES - 300 * 1024);
    expect(summary).toContain("cut to stay under GitHub's 1 MiB job summary limit");
    expect(summary).toContain(run.outputs['artifact-url']);
    const [comment] = job.api.comments;
    expect(comment.body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(comment.body).toContain("cut to stay under GitHub's 65,536-character comment limit");
    expect(comment.body).toContain(run.outputs['artifact-url']);
  }, 600_000);
});

describe('the composite action on runners other than GitHub-hosted Linux', () => {
  it('runs every step on the runner’s own Node when PATH has no node, and in a container job loads its bundle from the path the steps see, not the host’s github.action_path; key masked throughout', async () => {
    // A container image without node, as self-hosted and ARC runners often are: one run covers both.
    const key = 'planted-key-no-node-3b9c1e';
    openai = await startFakeOpenAI({ handler: (body) => ({ content: pipelineReply(body) }) });
    const bin = pathWithoutNode(job.temp);
    expect(fs.existsSync(path.join(bin, 'node'))).toBe(false);
    const run = await job.run({ inputs: { 'openai-api-key': key }, env: { OPENAI_BASE_URL: openai.url }, runner: { path: bin, hostActionPath: '/home/runner/work/_actions/lyfe-kt/lyfe-kt/v1' } });

    expect(run.failed, explain(run)).toBe(false);
    expect(run.outputs.success).toBe('true');
    expect(run.steps.find((step) => step.id === 'setup')!.env.PATH).toBe(bin);
    expect(openai.requests.length).toBeGreaterThan(0);
    expect(job.artifacts.artifacts).toHaveLength(1);
    expect(ours(job)).toHaveLength(1);
    expectNoSecret(job, run, [key]);
  });

  it('a job cancelled while a stage calls the model stops that stage, which gets the SIGINT the runner sends the step’s process alone: it runs on beside no later step, and the package records it as interrupted', async () => {
    let generating!: () => void;
    const generateCalled = new Promise<void>((resolve) => {
      generating = resolve;
    });
    // Preprocess is answered; generate's first call never is, until the stage gives it up.
    openai = await startFakeOpenAI({
      handler: (body) => {
        if (!body.messages.some((message) => message.content.includes('<template>'))) return { content: pipelineReply(body) };
        generating();
        return { hang: true };
      },
    });
    const run = await job.run({ inputs: { 'openai-api-key': 'planted-key-cancel-5d1f' }, env: { OPENAI_BASE_URL: openai.url }, runner: { cancelDuring: { step: 'generate', when: generateCalled } } });

    expect(run.orphans, explain(run)).toEqual([]);
    expect(stepsOf(run)).toMatchObject({ preprocess: 'success', generate: 'cancelled', package: 'success', report: 'failure' });
    const records = packageRecords(run.outputs['package-path']);
    expect(records).toContainEqual(expect.objectContaining({ event: 'stage.end', stage: 'generate', data: expect.objectContaining({ status: 'failed', error: expect.stringMatching(/^interrupted by SIGINT/) }) }));
    expect(records).toContainEqual(expect.objectContaining({ event: 'step.output', stage: 'generate', data: expect.objectContaining({ exit_code: 130 }) }));
    expect(run.summaries[0]).toContain('the run was cancelled');
    expect(job.artifacts.artifacts).toHaveLength(1);
  });

  it('refuses a Windows runner in its first step, which runs on the runner\'s Node, saying what to use', async () => {
    const run = await job.run({ runner: { os: 'Windows' } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ runtime: 'failure', setup: 'skipped', preprocess: 'skipped', report: 'skipped' });
    expect(run.annotations).toEqual([
      { level: 'error', step: 'runtime', message: 'lyfe-kt: Windows runners are not supported: run this job on a Linux or macOS runner (runs-on: ubuntu-latest or macos-latest)' },
    ]);
    expect(job.api.comments).toHaveLength(0);
  });
});
