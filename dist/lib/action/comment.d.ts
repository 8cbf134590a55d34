import type { getOctokit } from '@actions/github';
export type Octokit = ReturnType<typeof getOctokit>;
export interface CommentTarget {
    owner: string;
    repo: string;
    issueNumber: number;
}
export interface PostedComment {
    id: number;
    action: 'created' | 'updated';
}
/** The pull request an event is about, if any. */
export declare function pullRequestOf(event: Record<string, unknown>, repository: string | undefined): CommentTarget | undefined;
/**
 * One comment per pull request and job: the comment that starts with `marker` is updated, else
 * one is created. The body must already start with the marker.
 */
export declare function upsertComment(octokit: Octokit, target: CommentTarget, marker: string, body: string): Promise<PostedComment>;
