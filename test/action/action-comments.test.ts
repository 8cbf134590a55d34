import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeGitHubApi } from '../fakes/github-api.js';
import type { FakeOpenAI } from '../fakes/openai-server.js';
import { expectNoSecret, explain, type Job, MARKER, MARKER_PREFIX, ours, packageRecords, startJob, stepsOf, stopJob } from './job.js';

// Several runs of the whole action in one test, on a machine that others share.
vi.setConfig({ testTimeout: 300_000 });

let job: Job;
let openai: FakeOpenAI | undefined;

beforeEach(async () => {
  job = await startJob();
});

afterEach(async () => {
  await stopJob(job, openai);
  openai = undefined;
});

describe('names that collide', () => {
  it('two workflows with one job id on one pull request keep a comment each, updated in place', async () => {
    const other = { GITHUB_WORKFLOW_REF: 'octo/lessons/.github/workflows/nightly-lessons.yml@refs/pull/7/merge' };
    const runs = [await job.run({ runId: '8000' }), await job.run({ runId: '8001', env: other }), await job.run({ runId: '8002' })];
    for (const run of runs) {
      expect(run.failed, explain(run)).toBe(false);
      expectNoSecret(job, run);
    }

    expect(ours(job).map((comment) => comment.body.split('\n')[0])).toEqual([
      MARKER,
      `${MARKER_PREFIX} workflow=.github/workflows/nightly-lessons.yml job=lessons key= -->`,
    ]);
    // A run updates its own comment in place (one PATCH), never adds a second one.
    expect(ours(job)[0].body).toContain('gha_8002_1');
    expect(ours(job)[0].body).not.toContain('gha_8000_1');
    expect(ours(job)[1].body).toContain('gha_8001_1');
    expect(job.api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toHaveLength(2);
    expect(job.api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(job.artifacts.artifacts.map((artifact) => artifact.name)).toEqual(['lyfe-kt-8000-1-lessons-lessons', 'lyfe-kt-8001-1-nightly-lessons-lessons', 'lyfe-kt-8002-1-lessons-lessons']);
  });

  it('a reusable workflow called twice in one run: two artifacts, no 409, one comment', async () => {
    const calls = [];
    for (const checkRunId of ['51725241954', '51725241961']) calls.push(await job.run({ runId: '8100', runner: { checkRunId } }));
    for (const run of calls) {
      expect(run.failed, explain(run)).toBe(false);
      expectNoSecret(job, run);
    }

    expect(job.artifacts.artifacts.map((artifact) => [artifact.name, artifact.finalized])).toEqual([
      ['lyfe-kt-8100-1-lessons-lessons-51725241954', true],
      ['lyfe-kt-8100-1-lessons-lessons-51725241961', true],
    ]);
    expect(ours(job)).toHaveLength(1);
  });
});

describe('the sticky comment', () => {
  it('two runs racing on one pull request leave one comment', async () => {
    await job.api.close();
    job.api = await startFakeGitHubApi({ holdCommentReads: 2 });
    const runs = await Promise.all([job.run({ runId: '8200' }), job.run({ runId: '8201' })]);
    for (const run of runs) {
      expect(run.failed, explain(run)).toBe(false);
      expectNoSecret(job, run);
    }

    expect(job.api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toHaveLength(2);
    expect(job.api.comments).toHaveLength(1);
    expect(job.artifacts.artifacts).toHaveLength(2);
  });

  it("a cancelled run packages what it has, fails, and leaves the last finished run's comment as it was; another account's comment that starts with our marker is left alone", async () => {
    await job.api.close();
    const planted = `${MARKER}\nthis is not the action's report`;
    job.api = await startFakeGitHubApi({ comments: [{ issue: 7, body: planted, user: { login: 'mallory', type: 'User' } }] });
    const finished = await job.run({ runId: '8300' });
    expect(finished.failed, explain(finished)).toBe(false);
    expect(job.api.comments.map((comment) => comment.body)).toEqual([planted, expect.stringContaining('gha_8300_1')]);
    expectNoSecret(job, finished);
    const cancelled = await job.run({ runId: '8301', runner: { cancelAt: 'generate' } });

    expect(cancelled.failed).toBe(true);
    expect(stepsOf(cancelled)).toMatchObject({ preprocess: 'success', generate: 'cancelled', package: 'success', report: 'failure' });
    expect(cancelled.outputs.success).toBe('false');
    expect(cancelled.summaries[0]).toContain('the run was cancelled');
    expect(job.artifacts.artifacts).toHaveLength(2);
    expect(ours(job)).toHaveLength(1);
    expect(ours(job)[0].body).toContain('gha_8300_1');
    expect(job.api.comments[0].body).toBe(planted);
    expect(cancelled.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringMatching(/cancelled: comment \d+ on pull request #7 keeps the last finished run's report/) }));
    expectNoSecret(job, cancelled);
  });
});

describe('inputs checked before any stage', () => {
  it('a title that begins with - is a title, not an option; provider settings reach the stages only when given', async () => {
    const run = await job.run({ inputs: { title: '-fix: sleep', timeout: '30' } });

    expect(run.failed, explain(run)).toBe(false);
    expect(path.basename(run.outputs['package-path'])).toMatch(/fix.*sleep-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/);
    expectNoSecret(job, run);
    const generate = run.steps.find((step) => step.id === 'generate')!;
    expect(generate.env).toMatchObject({ LYFE_KT_TIMEOUT: '30', LYFE_KT_REASONING_EFFORT: '' });
    const records = packageRecords(run.outputs['package-path']);
    expect(records.filter((record) => record.event === 'step.output').length).toBe(2);
  });

  it('a title with nothing usable fails setup, before any model call', async () => {
    const run = await job.run({ inputs: { title: '///' } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ setup: 'failure', preprocess: 'skipped' });
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([expect.stringMatching(/^lyfe-kt: the package title "\/\/\/" has no usable characters/)]);
  });
});
