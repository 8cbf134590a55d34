import { actionsSessionId } from '../session/id.js';
import { ARTIFACT_PREFIX } from './constants.js';
export function runIdentityFrom(env, key) {
    const missing = ['GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_JOB'].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new Error(`${missing.join(', ')} not set: this action runs inside a GitHub Actions job`);
    }
    return { runId: env.GITHUB_RUN_ID, runAttempt: env.GITHUB_RUN_ATTEMPT, job: env.GITHUB_JOB, key: key.trim() };
}
/** `gha_<run id>_<attempt>`, plus the job key when one is given. */
export function sessionIdOf(identity) {
    return actionsSessionId(identity.runId, identity.runAttempt, identity.key || undefined);
}
/** Characters an artifact name may not hold, and `-` runs they leave. */
const NOT_IN_ARTIFACT_NAME = /["':<>|*?\\/\r\n\s]+/g;
/** Unique within the run: run id, attempt, job and key. */
export function artifactNameOf(identity) {
    const parts = [ARTIFACT_PREFIX, identity.runId, identity.runAttempt, identity.job, identity.key].filter(Boolean);
    return parts.join('-').replace(NOT_IN_ARTIFACT_NAME, '-');
}
/**
 * The hidden first line of this job's pull-request comment. It holds no run id, so that every
 * run of the same job and key finds, and updates, the same comment.
 */
export function commentMarkerOf(identity) {
    const safe = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_');
    return `<!-- lyfe-kt:summary job=${safe(identity.job)} key=${safe(identity.key)} -->`;
}
