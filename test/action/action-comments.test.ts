import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoSecret, explain, type Job, MARKER, MARKER_PREFIX, oneArticle, ours, packageRecords, startJob, stepsOf, stopJob } from './job.js';

// Several runs of the whole action in one test, on a machine that others share.
vi.setConfig({ testTimeout: 300_000 });

/** The comment's identity is the subject here, not the content: one article a run. */
let job: Job;
afterEach(() => stopJob(job));

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const posts = () => job.api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'));
const patches = () => job.api.requests.filter((request) => request.method === 'PATCH');

describe('names that collide', () => {
  it('a reusable workflow called twice in one run, its two calls racing on one pull request: two artifacts, no 409, one comment; another workflow with the same job id keeps a comment of its own; there a title that begins with - is a title, not an option, and provider settings reach the stages only when given', async () => {
    // Both calls look for their comment at the same moment, find none, and both create one.
    job = await startJob({ holdCommentReads: 2 }, oneArticle);
    const calls = await Promise.all(['51725241954', '51725241961'].map((checkRunId) => job.run({ runId: '8100', runner: { checkRunId } })));
    for (const run of calls) {
      expect(run.failed, explain(run)).toBe(false);
      expectNoSecret(job, run);
    }
    expect(posts()).toHaveLength(2);
    expect(job.api.comments).toHaveLength(1);
    expect(job.artifacts.artifacts.map((artifact) => [artifact.name, artifact.finalized]).sort()).toEqual([
      ['lyfe-kt-8100-1-lessons-lessons-51725241954', true],
      ['lyfe-kt-8100-1-lessons-lessons-51725241961', true],
    ]);

    const other = { GITHUB_WORKFLOW_REF: 'octo/lessons/.github/workflows/nightly-lessons.yml@refs/pull/7/merge' };
    const nightly = await job.run({ runId: '8101', env: other, inputs: { title: '-fix: sleep', timeout: '30' } });
    expect(nightly.failed, explain(nightly)).toBe(false);
    expectNoSecret(job, nightly);
    expect(ours(job).map((comment) => comment.body.split('\n')[0])).toEqual([MARKER, `${MARKER_PREFIX} workflow=.github/workflows/nightly-lessons.yml job=lessons key= -->`]);
    expect(ours(job)[0].body).toContain('gha_8100_1');
    expect(ours(job)[1].body).toContain('gha_8101_1');
    expect(posts()).toHaveLength(3);
    expect(job.artifacts.artifacts.at(-1)!.name).toBe('lyfe-kt-8101-1-nightly-lessons-lessons');

    expect(path.basename(nightly.outputs['package-path'])).toMatch(/fix.*sleep-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/);
    const generate = nightly.steps.find((step) => step.id === 'generate')!;
    expect(generate.env).toMatchObject({ LYFE_KT_TIMEOUT: '30', LYFE_KT_REASONING_EFFORT: '' });
    const records = packageRecords(nightly.outputs['package-path']);
    expect(records.filter((record) => record.event === 'step.output').length).toBe(2);
  });
});

describe('the sticky comment', () => {
  it("a run updates its own comment in place (one PATCH), never adds a second one; a cancelled run packages what it has, fails, and leaves the last finished run's comment as it was; another account's comment that starts with our marker is left alone", async () => {
    const planted = `${MARKER}\nthis is not the action's report`;
    const earlier = { issue: 7, body: `${MARKER}\nthe report of gha_7999_1`, user: BOT };
    job = await startJob({ comments: [{ issue: 7, body: planted, user: { login: 'mallory', type: 'User' } }, earlier] }, oneArticle);
    const finished = await job.run({ runId: '8300' });
    expect(finished.failed, explain(finished)).toBe(false);
    expect(job.api.comments.map((comment) => comment.body)).toEqual([planted, expect.stringContaining('gha_8300_1')]);
    expect(ours(job)[0].body).not.toContain('gha_7999_1');
    expect(posts()).toHaveLength(0);
    expect(patches()).toHaveLength(1);
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
    expect(patches()).toHaveLength(1);
    expectNoSecret(job, cancelled);
  });
});

describe('inputs checked before any stage', () => {
  it('a title with nothing usable fails setup, before any model call', async () => {
    job = await startJob({}, oneArticle);
    const run = await job.run({ inputs: { title: '///' } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ setup: 'failure', preprocess: 'skipped' });
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([expect.stringMatching(/^lyfe-kt: the package title "\/\/\/" has no usable characters/)]);
  });
});
