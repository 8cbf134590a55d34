import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { pullRequestOf, upsertComment, workflowRunPullRequest } from '../../src/action/comment.js';
import { commentMarkerOf } from '../../src/action/names.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';

const target = { owner: 'octo', repo: 'lessons', issueNumber: 7 };
const identity = { runId: '1', runAttempt: '1', workflow: '.github/workflows/lessons.yml', job: 'lessons', key: '', checkRunId: '' };
const marker = commentMarkerOf(identity);
const bot = { login: 'github-actions[bot]', type: 'Bot' };
const person = { login: 'someone', type: 'User' };
let api: FakeGitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

const octokitFor = (fake: FakeGitHubApi) => getOctokit('ghs_token', { baseUrl: fake.url });
const ours = (fake: FakeGitHubApi) => fake.comments.filter((comment) => comment.user.login === bot.login && comment.body.startsWith(marker));

describe('upsertComment', () => {
  it('creates the comment when none carries the marker, and finds it again past the first page', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ issue: 7, body: `review ${i}`, user: person }));
    const otherJob = { issue: 7, body: `${commentMarkerOf({ ...identity, key: 'shard-2' })}\nshard 2`, user: bot };
    const fake = (api = await startFakeGitHubApi({ comments: [...others, otherJob] }));

    const created = await upsertComment(octokitFor(fake), target, marker, `${marker}\nfirst`);
    expect(created).toMatchObject({ action: 'created', removed: 0 });
    const updated = await upsertComment(octokitFor(fake), target, marker, `${marker}\nsecond`);
    expect(updated).toEqual({ id: created.id, action: 'updated', removed: 0 });

    expect(ours(fake).map((comment) => comment.body)).toEqual([`${marker}\nsecond`]);
    expect(fake.comments.find((comment) => comment.body.endsWith('shard 2'))).toBeDefined();
    expect(fake.requests.filter((request) => request.path === '/graphql').length).toBeGreaterThanOrEqual(4);
  });

  it("leaves alone another account's comment that starts with our marker, and a minimized one of ours", async () => {
    const fake = (api = await startFakeGitHubApi({
      comments: [
        { issue: 7, body: `${marker}\nposted by a person to confuse the action`, user: person },
        { issue: 7, body: `${marker}\nan old report someone hid`, user: bot, minimized: true },
      ],
    }));
    const posted = await upsertComment(octokitFor(fake), target, marker, `${marker}\nreport`);

    expect(posted.action).toBe('created');
    expect(fake.comments.map((comment) => comment.body)).toEqual([
      `${marker}\nposted by a person to confuse the action`,
      `${marker}\nan old report someone hid`,
      `${marker}\nreport`,
    ]);
  });

  it('removes duplicates of our own comment when it updates, keeping the oldest', async () => {
    const fake = (api = await startFakeGitHubApi({ comments: [1, 2, 3].map((n) => ({ issue: 7, body: `${marker}\nold ${n}`, user: bot })) }));
    const [oldest] = fake.comments;
    const posted = await upsertComment(octokitFor(fake), target, marker, `${marker}\nnew`);

    expect(posted).toEqual({ id: oldest.id, action: 'updated', removed: 2 });
    expect(fake.comments.map((comment) => [comment.id, comment.body])).toEqual([[oldest.id, `${marker}\nnew`]]);
  });

  it('two runs that both find no comment and both create one leave one comment', async () => {
    const fake = (api = await startFakeGitHubApi({ holdCommentReads: 2 }));
    const [a, b] = await Promise.all([
      upsertComment(octokitFor(fake), target, marker, `${marker}\nrun a`),
      upsertComment(octokitFor(fake), target, marker, `${marker}\nrun b`),
    ]);

    expect(fake.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toHaveLength(2);
    expect(fake.comments).toHaveLength(1);
    expect(a.id).toBe(b.id);
    expect([`${marker}\nrun a`, `${marker}\nrun b`]).toContain(fake.comments[0].body);
  });

  it('keeps an existing comment as it is when asked (a cancelled run), and still creates one where there is none', async () => {
    const fake = (api = await startFakeGitHubApi({ comments: [{ issue: 7, body: `${marker}\nthe last finished run`, user: bot }] }));
    const kept = await upsertComment(octokitFor(fake), target, marker, `${marker}\ncancelled`, { keepExisting: true });
    expect(kept).toMatchObject({ action: 'kept' });
    expect(fake.comments.map((comment) => comment.body)).toEqual([`${marker}\nthe last finished run`]);

    const elsewhere = await upsertComment(octokitFor(fake), { ...target, issueNumber: 8 }, marker, `${marker}\ncancelled`, { keepExisting: true });
    expect(elsewhere.action).toBe('created');
  });

  it('rejects with the HTTP status when the token may not write', async () => {
    const fake = (api = await startFakeGitHubApi({ mode: 'forbidden' }));
    await expect(upsertComment(octokitFor(fake), target, marker, `${marker}\nbody`)).rejects.toMatchObject({ status: 403 });
  });
});

describe('the pull request to comment on', () => {
  it('pr-number first, else the pull request of the event, else none', () => {
    expect(pullRequestOf({ pull_request: { number: 12 } }, 'octo/lessons')).toEqual({ owner: 'octo', repo: 'lessons', issueNumber: 12 });
    expect(pullRequestOf({ pull_request: { number: 12 } }, 'octo/lessons', 3)).toEqual({ owner: 'octo', repo: 'lessons', issueNumber: 3 });
    expect(pullRequestOf({ ref: 'refs/heads/main' }, 'octo/lessons', 5)).toEqual({ owner: 'octo', repo: 'lessons', issueNumber: 5 });
    expect(pullRequestOf({ issue: { number: 9, pull_request: { url: 'x' } } }, 'octo/lessons')).toEqual({ owner: 'octo', repo: 'lessons', issueNumber: 9 });
    expect(pullRequestOf({ issue: { number: 9 } }, 'octo/lessons')).toBeUndefined();
    expect(pullRequestOf({ ref: 'refs/heads/main' }, 'octo/lessons')).toBeUndefined();
  });

  it('of a workflow_run: the open pull request whose head is the commit the run built, found by branch for a fork', async () => {
    const fake = (api = await startFakeGitHubApi({
      pulls: [
        { number: 21, head: { sha: 'aaa111', ref: 'main', owner: 'someone' } },
        { number: 22, head: { sha: 'bbb222', ref: 'main', owner: 'other' } },
      ],
    }));
    const octokit = octokitFor(fake);
    const fromFork = { workflow_run: { head_sha: 'bbb222', head_branch: 'main', head_repository: { owner: { login: 'other' } }, pull_requests: [] } };
    expect(await workflowRunPullRequest(octokit, fromFork, 'octo/lessons')).toEqual({ owner: 'octo', repo: 'lessons', issueNumber: 22 });
    const sameRepo = { workflow_run: { head_sha: 'ccc333', head_branch: 'f', head_repository: { owner: { login: 'octo' } }, pull_requests: [{ number: 30, head: { sha: 'ccc333' } }] } };
    expect(await workflowRunPullRequest(octokit, sameRepo, 'octo/lessons')).toEqual({ owner: 'octo', repo: 'lessons', issueNumber: 30 });
    // A newer push moved the branch on: the run's commit is no pull request's head any more.
    const stale = { workflow_run: { ...fromFork.workflow_run, head_sha: 'old000' } };
    expect(await workflowRunPullRequest(octokit, stale, 'octo/lessons')).toBeUndefined();
  });
});
