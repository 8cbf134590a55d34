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
/**
 * The pull request to comment on: the `pr-number` input when given, else the one the event is
 * about (`pull_request`, `pull_request_target`, a comment on a pull request). `workflow_run`
 * events are resolved by `workflowRunPullRequest`, which needs the API.
 */
export declare function pullRequestOf(event: Record<string, unknown>, repository: string | undefined, prNumber?: number): CommentTarget | undefined;
/**
 * The open pull request whose head is the commit a `workflow_run` event's run built. Taken from the
 * event (written by GitHub), never from the run's artifact (written by the pull request's code).
 * `pull_requests` is empty for pull requests from forks, so these are found by their head branch.
 */
export declare function workflowRunPullRequest(octokit: Octokit, event: Record<string, unknown>, repository: string | undefined): Promise<CommentTarget | undefined>;
/**
 * One comment per pull request, workflow, job and key: our comment that starts with `marker` is
 * updated, else one is created. Find-then-create is not atomic, so after creating, the comments are
 * listed again: every run that raced keeps the oldest, writes its body there and removes the
 * others, and one comment is left. With `keepExisting` (a cancelled run), a comment that is there
 * is left as it was. The body must already start with the marker.
 */
export declare function upsertComment(octokit: Octokit, target: CommentTarget, marker: string, body: string, options?: {
    keepExisting?: boolean;
}): Promise<PostedComment>;
