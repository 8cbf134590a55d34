import { actionsSessionId } from '../session/id.js';
import { ARTIFACT_PREFIX } from './constants.js';

/** Which run of the action this is: what makes its session, artifact and comment unique. */
export interface RunIdentity {
  runId: string;
  runAttempt: string;
  /** `GITHUB_JOB`: the job's id in the workflow. */
  job: string;
  /** The `job-key` input: a matrix entry or a second use within the job. */
  key: string;
}

export function runIdentityFrom(env: NodeJS.ProcessEnv, key: string): RunIdentity {
  const missing = ['GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_JOB'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} not set: this action runs inside a GitHub Actions job`);
  }
  return { runId: env.GITHUB_RUN_ID!, runAttempt: env.GITHUB_RUN_ATTEMPT!, job: env.GITHUB_JOB!, key: key.trim() };
}

/** `gha_<run id>_<attempt>`, plus the job key when one is given. */
export function sessionIdOf(identity: RunIdentity): string {
  return actionsSessionId(identity.runId, identity.runAttempt, identity.key || undefined);
}

/** Characters an artifact name may not hold, and `-` runs they leave. */
const NOT_IN_ARTIFACT_NAME = /["':<>|*?\\/\r\n\s]+/g;

/** Unique within the run: run id, attempt, job and key. */
export function artifactNameOf(identity: RunIdentity): string {
  const parts = [ARTIFACT_PREFIX, identity.runId, identity.runAttempt, identity.job, identity.key].filter(Boolean);
  return parts.join('-').replace(NOT_IN_ARTIFACT_NAME, '-');
}

/**
 * The hidden first line of this job's pull-request comment. It holds no run id, so that every
 * run of the same job and key finds, and updates, the same comment.
 */
export function commentMarkerOf(identity: RunIdentity): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `<!-- lyfe-kt:summary job=${safe(identity.job)} key=${safe(identity.key)} -->`;
}
