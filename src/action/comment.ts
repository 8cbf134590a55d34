import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface PostedComment {
  id: number;
  /** `kept`: an earlier run's comment was left as it was (a cancelled run does not overwrite it). */
  action: 'created' | 'updated' | 'kept';
  /** Duplicates of our comment that were removed (two runs that both created one). */
  removed: number;
}

function repositoryOf(repository: string | undefined): { owner: string; repo: string } | undefined {
  const [owner, repo, ...rest] = (repository ?? '').split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/**
 * The pull request to comment on: the `pr-number` input when given, else the one the event is
 * about (`pull_request`, `pull_request_target`, a comment on a pull request). `workflow_run`
 * events are resolved by `workflowRunPullRequest`, which needs the API.
 */
export function pullRequestOf(event: Record<string, unknown>, repository: string | undefined, prNumber?: number): CommentTarget | undefined {
  const repo = repositoryOf(repository);
  if (!repo) return undefined;
  if (prNumber !== undefined) return { ...repo, issueNumber: prNumber };
  const pr = event.pull_request as { number?: unknown } | undefined;
  if (typeof pr?.number === 'number') return { ...repo, issueNumber: pr.number };
  const issue = event.issue as { number?: unknown; pull_request?: unknown } | undefined;
  if (issue?.pull_request && typeof issue.number === 'number') return { ...repo, issueNumber: issue.number };
  return undefined;
}

interface WorkflowRunEvent {
  head_sha?: string;
  head_branch?: string;
  head_repository?: { owner?: { login?: string } };
  pull_requests?: { number: number; head?: { sha?: string } }[];
}

/**
 * The open pull request whose head is the commit a `workflow_run` event's run built. Taken from the
 * event (written by GitHub), never from the run's artifact (written by the pull request's code).
 * `pull_requests` is empty for pull requests from forks, so these are found by their head branch.
 */
export async function workflowRunPullRequest(octokit: Octokit, event: Record<string, unknown>, repository: string | undefined): Promise<CommentTarget | undefined> {
  const repo = repositoryOf(repository);
  const run = event.workflow_run as WorkflowRunEvent | undefined;
  if (!repo || !run?.head_sha) return undefined;
  const listed = run.pull_requests?.find((pr) => pr.head?.sha === run.head_sha);
  if (listed) return { ...repo, issueNumber: listed.number };
  const headOwner = run.head_repository?.owner?.login;
  if (!headOwner || !run.head_branch) return undefined;
  const pulls = await octokit.rest.pulls.list({ ...repo, state: 'open', head: `${headOwner}:${run.head_branch}`, per_page: 100 });
  const found = pulls.data.find((pr) => pr.head.sha === run.head_sha);
  return found && { ...repo, issueNumber: found.number };
}

interface CommentNode {
  databaseId: number;
  body: string;
  isMinimized: boolean;
  author: { login: string } | null;
}

interface CommentsPage {
  viewer: { login: string };
  repository: {
    pullRequest: { comments: { nodes: CommentNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
  };
}

const COMMENTS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        nodes { databaseId body isMinimized author { login } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

/**
 * Our comments on the pull request, oldest first: written by the token's own account (GraphQL
 * names a bot `github-actions` where the viewer is `github-actions[bot]`), not minimized, and
 * starting with the marker. Another account's comment that starts with the marker is not ours.
 */
async function ownComments(octokit: Octokit, target: CommentTarget, marker: string): Promise<number[]> {
  const ids: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page: CommentsPage = await octokit.graphql<CommentsPage>(COMMENTS_QUERY, { owner: target.owner, repo: target.repo, number: target.issueNumber, after });
    const me = page.viewer.login.replace(/\[bot\]$/, '');
    const comments = page.repository.pullRequest?.comments;
    if (!comments) throw Object.assign(new Error(`#${target.issueNumber} is not a pull request of ${target.owner}/${target.repo}`), { status: 404 });
    for (const node of comments.nodes) {
      if (node.author?.login === me && !node.isMinimized && node.body.startsWith(marker)) ids.push(node.databaseId);
    }
    if (!comments.pageInfo.hasNextPage) break;
    after = comments.pageInfo.endCursor;
  }
  return ids.sort((a, b) => a - b);
}

/**
 * One comment per pull request, workflow, job and key: our comment that starts with `marker` is
 * updated, else one is created. Find-then-create is not atomic, so after creating, the comments are
 * listed again: every run that raced keeps the oldest, writes its body there and removes the
 * others, and one comment is left. With `keepExisting` (a cancelled run), a comment that is there
 * is left as it was. The body must already start with the marker.
 */
export async function upsertComment(octokit: Octokit, target: CommentTarget, marker: string, body: string, options: { keepExisting?: boolean } = {}): Promise<PostedComment> {
  const repo = { owner: target.owner, repo: target.repo };
  let ours = await ownComments(octokit, target, marker);
  if (ours.length > 0 && options.keepExisting) return { id: ours[0], action: 'kept', removed: 0 };
  let createdId: number | undefined;
  if (ours.length === 0) {
    createdId = (await octokit.rest.issues.createComment({ ...repo, issue_number: target.issueNumber, body })).data.id;
    ours = await ownComments(octokit, target, marker);
    // A list that lags behind the write still has our comment.
    if (!ours.includes(createdId)) ours = [...ours, createdId].sort((a, b) => a - b);
  }
  const [keeper, ...duplicates] = ours;
  if (keeper !== createdId) await octokit.rest.issues.updateComment({ ...repo, comment_id: keeper, body });
  for (const id of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    } catch (error) {
      // The other run of the race removed it first.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return { id: keeper, action: keeper === createdId ? 'created' : 'updated', removed: duplicates.length };
}
