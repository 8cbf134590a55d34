/** Which run of the action this is: what makes its session, artifact and comment unique. */
export interface RunIdentity {
    runId: string;
    runAttempt: string;
    /**
     * The workflow file (`.github/workflows/ci.yml`, from `GITHUB_WORKFLOW_REF`): two workflows may
     * have jobs of the same id on one pull request. Empty when the runner does not say.
     */
    workflow: string;
    /** `GITHUB_JOB`: the job's id in the workflow. */
    job: string;
    /** The `job-key` input: a matrix entry or a second use within the job. */
    key: string;
    /**
     * The job's check run (`job.check_run_id`), unique to this job in the run: the calls of one
     * reusable workflow share the workflow and `GITHUB_JOB`, never this. Empty where the runner
     * has none (GitHub Enterprise Server).
     */
    checkRunId: string;
}
export declare function runIdentityFrom(env: NodeJS.ProcessEnv, key: string): RunIdentity;
/** `gha_<run id>_<attempt>`, plus the job key when one is given. */
export declare function sessionIdOf(identity: RunIdentity): string;
/** Artifact names are kept well inside what the service and the zip download's file name accept. */
export declare const ARTIFACT_NAME_MAX = 128;
/** How the package artifacts of run attempt `identity` begin. */
export declare function artifactPrefixOf(identity: RunIdentity): string;
/**
 * Whether artifact `name` of run attempt `identity` is the package of job `job` of its workflow
 * whose session is `sessionId`. After the workflow and the job, a name holds the job's key and
 * the check run; the key is the session's (`gha_<run>_<attempt>_<key>`), which tells job `en`
 * with key `pt-matrix-0` from job `en-pt` with key `matrix-0`. The name is made again from them
 * first (so a name cut to the length limit, with its hash, is recognised); else a name not cut is
 * read part by part, since the session holds its key as cleaned (`sessionKeyOf`).
 */
export declare function isArtifactOfJob(name: string, identity: RunIdentity, job: string, sessionId: string): boolean;
/**
 * Unique within the run: run id, attempt, workflow, job, key and check run. Over the limit, the
 * middle parts are cut and a hash of the whole name keeps it unique.
 */
export declare function artifactNameOf(identity: RunIdentity): string;
/**
 * Whether `name` is the package artifact that this job (its workflow, job and key) uploaded in run
 * `runId`, and in which attempt; null when it is another job's or not a package. The name is made
 * again with that run, attempt and check run (the name's last number, when it has one) and must
 * come out the same, so a long name cut with a hash is recognised too.
 */
export declare function packageArtifactAttempt(name: string, identity: RunIdentity, runId: string): number | null;
/**
 * The hidden first line of this job's pull-request comment. It holds no run id and no check run,
 * so that every run of the same workflow, job and key finds, and updates, the same comment.
 */
export declare function commentMarkerOf(identity: RunIdentity): string;
