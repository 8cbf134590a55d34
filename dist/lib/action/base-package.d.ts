import { type Octokit } from './comment.js';
import { type RunIdentity } from './names.js';
export interface BaseContext {
    octokit: Octokit;
    /** `owner/repo`. */
    repository: string;
    /** This run: its workflow, job and key name the artifact to look for; its run id is never a base. */
    identity: RunIdentity;
    env: NodeJS.ProcessEnv;
    /** The event payload (`GITHUB_EVENT_PATH`). */
    event: Record<string, unknown>;
    /** The `pr-number` input. */
    prNumber?: number;
}
/** The base's package artifact, and the run that made it. */
export interface BaseArtifact {
    id: number;
    name: string;
    url: string;
    runId: number;
    runUrl: string;
    headSha: string;
    headBranch: string | null;
}
/**
 * Plain text throughout (`target` names what was searched, `reason` why nothing came of it): the
 * report escapes it. found: unpacked at `path`. none: there is nothing to compare with (no such run or package, no
 * permission, expired); said in one line, never a failure. error: there is a base, or may be, and
 * it could not be had (the API failed, the download or the zip is broken).
 */
export type BaseLookup = {
    status: 'found';
    path: string;
    artifact: BaseArtifact;
    target: string;
} | {
    status: 'none';
    reason: string;
    target: string;
} | {
    status: 'error';
    reason: string;
    target: string;
    artifact?: BaseArtifact;
};
/** The base package for `compare-with`, unpacked under `dir`. Never throws: what went wrong is in the result. */
export declare function findBasePackage(compareWith: string, context: BaseContext, dir: string): Promise<BaseLookup>;
