/** Which run of the action this is: what makes its session, artifact and comment unique. */
export interface RunIdentity {
    runId: string;
    runAttempt: string;
    /** `GITHUB_JOB`: the job's id in the workflow. */
    job: string;
    /** The `job-key` input: a matrix entry or a second use within the job. */
    key: string;
}
export declare function runIdentityFrom(env: NodeJS.ProcessEnv, key: string): RunIdentity;
/** `gha_<run id>_<attempt>`, plus the job key when one is given. */
export declare function sessionIdOf(identity: RunIdentity): string;
/** Unique within the run: run id, attempt, job and key. */
export declare function artifactNameOf(identity: RunIdentity): string;
/**
 * The hidden first line of this job's pull-request comment. It holds no run id, so that every
 * run of the same job and key finds, and updates, the same comment.
 */
export declare function commentMarkerOf(identity: RunIdentity): string;
