import { createHash } from 'node:crypto';
import { actionsSessionId, sessionKeyOf } from '../session/id.js';
import { ARTIFACT_PREFIX } from './constants.js';
/** `owner/repo/.github/workflows/ci.yml@refs/...` -> `.github/workflows/ci.yml`. */
function workflowFileOf(ref, repository) {
    if (!ref)
        return '';
    const withoutRef = ref.replace(/@[^@]*$/, '');
    return repository && withoutRef.startsWith(`${repository}/`) ? withoutRef.slice(repository.length + 1) : withoutRef;
}
export function runIdentityFrom(env, key) {
    const missing = ['GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_JOB'].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new Error(`${missing.join(', ')} not set: this action runs inside a GitHub Actions job`);
    }
    return {
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        workflow: workflowFileOf(env.GITHUB_WORKFLOW_REF, env.GITHUB_REPOSITORY),
        job: env.GITHUB_JOB,
        key: key.trim(),
        checkRunId: (env.LYFE_KT_CHECK_RUN_ID ?? '').trim(),
    };
}
/** `gha_<run id>_<attempt>`, plus the job key when one is given. */
export function sessionIdOf(identity) {
    return actionsSessionId(identity.runId, identity.runAttempt, identity.key || undefined);
}
/** Characters an artifact name may not hold, and `-` runs they leave. */
const NOT_IN_ARTIFACT_NAME = /["':<>|*?\\/\r\n\s]+/g;
/** Artifact names are kept well inside what the service and the zip download's file name accept. */
export const ARTIFACT_NAME_MAX = 128;
const cleanArtifactName = (text) => text.replace(NOT_IN_ARTIFACT_NAME, '-');
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 8);
/** `ci` for `.github/workflows/ci.yml`. */
const workflowStem = (workflow) => workflow.split('/').at(-1).replace(/\.ya?ml$/, '');
/** How the package artifacts of run attempt `identity` begin. */
export function artifactPrefixOf(identity) {
    return `${ARTIFACT_PREFIX}-${identity.runId}-${identity.runAttempt}-`;
}
/**
 * Whether artifact `name` of run attempt `identity` is the package of job `job` of its workflow
 * whose session is `sessionId`. After the workflow and the job, a name holds the job's key and
 * the check run; the key is the session's (`gha_<run>_<attempt>_<key>`), which tells job `en`
 * with key `pt-matrix-0` from job `en-pt` with key `matrix-0`. The name is made again from them
 * first (so a name cut to the length limit, with its hash, is recognised); else a name not cut is
 * read part by part, since the session holds its key as cleaned (`sessionKeyOf`).
 */
export function isArtifactOfJob(name, identity, job, sessionId) {
    const key = /^gha_\d+_\d+_(.+)$/.exec(sessionId)?.[1] ?? '';
    if (isNameOf(name, { ...identity, job, key }))
        return true;
    if (name.length >= ARTIFACT_NAME_MAX)
        return false;
    const stem = `${artifactPrefixOf(identity)}${[identity.workflow && workflowStem(identity.workflow), job].filter(Boolean).map(cleanArtifactName).join('-')}`;
    if (name !== stem && !name.startsWith(`${stem}-`))
        return false;
    const rest = name.slice(stem.length + 1);
    // Cleaned twice (for the name, then as a session's), a run of other characters may leave two dashes.
    const plain = (text) => text.replace(/-+/g, '-');
    return [rest, rest.replace(/(^|-)\d+$/, '')].some((text) => plain(sessionKeyOf(text)) === plain(key));
}
/**
 * Unique within the run: run id, attempt, workflow, job, key and check run. Over the limit, the
 * middle parts are cut and a hash of the whole name keeps it unique.
 */
export function artifactNameOf(identity) {
    const head = `${ARTIFACT_PREFIX}-${identity.runId}-${identity.runAttempt}`;
    const middle = [identity.workflow && workflowStem(identity.workflow), identity.job, identity.key].filter(Boolean).map(cleanArtifactName).join('-');
    const tail = identity.checkRunId ? `-${cleanArtifactName(identity.checkRunId)}` : '';
    const name = `${head}-${middle}${tail}`;
    if (name.length <= ARTIFACT_NAME_MAX)
        return name;
    const hash = `-${shortHash(name)}`;
    return `${head}-${middle.slice(0, ARTIFACT_NAME_MAX - head.length - 1 - tail.length - hash.length)}${hash}${tail}`;
}
/**
 * Whether `name` is the package artifact that this job (its workflow, job and key) uploaded in run
 * `runId`, and in which attempt; null when it is another job's or not a package. The name is made
 * again with that run, attempt and check run (the name's last number, when it has one) and must
 * come out the same, so a long name cut with a hash is recognised too.
 */
export function packageArtifactAttempt(name, identity, runId) {
    const attempt = new RegExp(`^${ARTIFACT_PREFIX}-${runId}-(\\d+)-`).exec(name)?.[1];
    if (!attempt)
        return null;
    return isNameOf(name, { ...identity, runId, runAttempt: attempt }) ? Number(attempt) : null;
}
/** Whether `name` is `identity`'s artifact name, made again without a check run or with the name's last number as one (a name cut with a hash included). */
function isNameOf(name, identity) {
    const checkRunId = /-(\d+)$/.exec(name)?.[1];
    return artifactNameOf({ ...identity, checkRunId: '' }) === name || (checkRunId !== undefined && artifactNameOf({ ...identity, checkRunId }) === name);
}
/** What a comment marker may hold: nothing that ends the HTML comment or breaks the line. */
const markerSafe = (text) => text.replace(/[^A-Za-z0-9._/-]+/g, '_').replace(/-{2,}/g, '_').slice(0, 200);
/**
 * The hidden first line of this job's pull-request comment. It holds no run id and no check run,
 * so that every run of the same workflow, job and key finds, and updates, the same comment.
 */
export function commentMarkerOf(identity) {
    return `<!-- lyfe-kt:summary workflow=${markerSafe(identity.workflow)} job=${markerSafe(identity.job)} key=${markerSafe(identity.key)} -->`;
}
