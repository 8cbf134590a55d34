import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { pullRequestOf, upsertComment } from '../../src/action/comment.js';
import { commentMarkerOf } from '../../src/action/names.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';

const target = { owner: 'octo', repo: 'lessons', issueNumber: 7 };
const marker = commentMarkerOf({ runId: '1', runAttempt: '1', job: 'lessons', key: '' });
const bot = { login: 'github-actions[bot]', type: 'Bot' };
let api: FakeGitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('upsertComment', () => {
  it('creates the comment when none carries the marker, and finds it again past the first page', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ issue: 7, body: `review ${i}`, user: { login: 'someone', type: 'User' } }));
    const otherJob = { issue: 7, body: `${commentMarkerOf({ runId: '1', runAttempt: '1', job: 'lessons', key: 'shard-2' })}\nshard 2`, user: bot };
    const fake = (api = await startFakeGitHubApi({ comments: [...others, otherJob] }));
    const octokit = getOctokit('ghs_token', { baseUrl: fake.url });

    const created = await upsertComment(octokit, target, marker, `${marker}\nfirst`);
    expect(created.action).toBe('created');
    const updated = await upsertComment(octokit, target, marker, `${marker}\nsecond`);
    expect(updated).toEqual({ id: created.id, action: 'updated' });

    const ours = fake.comments.filter((comment) => comment.body.startsWith(marker));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toBe(`${marker}\nsecond`);
    expect(fake.comments.find((comment) => comment.body.endsWith('shard 2'))).toBeDefined();
    expect(fake.requests.filter((request) => request.method === 'GET').length).toBeGreaterThanOrEqual(2);
  });

  it('rejects with the HTTP status when the token may not write', async () => {
    const fake = (api = await startFakeGitHubApi({ mode: 'forbidden' }));
    await expect(upsertComment(getOctokit('ghs_token', { baseUrl: fake.url }), target, marker, `${marker}\nbody`)).rejects.toMatchObject({ status: 403 });
  });
});

describe('pullRequestOf', () => {
  it('reads the pull request of a pull_request event, and nothing from a push', () => {
    expect(pullRequestOf({ pull_request: { number: 12 } }, 'octo/lessons')).toEqual({ owner: 'octo', repo: 'lessons', issueNumber: 12 });
    expect(pullRequestOf({ ref: 'refs/heads/main' }, 'octo/lessons')).toBeUndefined();
  });
});
