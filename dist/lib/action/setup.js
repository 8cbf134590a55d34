/**
 * The setup step: the session, its folders and the checked settings of the run. They reach the
 * later steps as setup's outputs (the stage steps through `steps.setup.outputs.*`, the report step
 * through `toJSON(steps)`), so the inputs are read in one place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Outputs, StepIds } from './constants.js';
import { runIdentityFrom, sessionIdOf } from './names.js';
/**
 * Jobs of one matrix share GITHUB_JOB: without a `job-key`, each entry is told apart by its index
 * (`strategy.job-index`, stable across re-runs), so their sessions, artifacts and comments differ.
 */
function matrixKeyOf(env) {
    const total = Number(env.LYFE_KT_JOB_TOTAL);
    return Number.isInteger(total) && total > 1 && env.LYFE_KT_JOB_INDEX ? `matrix-${env.LYFE_KT_JOB_INDEX}` : '';
}
/**
 * The session and its folders under `RUNNER_TEMP`, outside the caller's checkout. A folder that
 * already exists means a second run with the same session in this job: that needs a `job-key`.
 */
export function setupRun(inputs, env, workingDirectory) {
    const identity = runIdentityFrom(env, inputs.jobKey.trim() || matrixKeyOf(env));
    const sessionId = sessionIdOf(identity);
    const temp = env.RUNNER_TEMP;
    if (!temp)
        throw new Error('RUNNER_TEMP not set: this action runs inside a GitHub Actions job');
    const root = path.resolve(temp, 'lyfe-kt', sessionId);
    if (fs.existsSync(root)) {
        throw new Error(`session ${sessionId} already ran in this job. Give each use of the action in one job its own \`job-key\` input`);
    }
    fs.mkdirSync(root, { recursive: true });
    return {
        sessionId,
        jobKey: identity.key,
        workingDirectory: path.resolve(workingDirectory),
        workDir: path.join(root, 'work'),
        logDir: path.join(root, 'logs'),
        packagesDir: path.join(root, 'packages'),
        packageResult: path.join(root, 'package-result.json'),
        comment: inputs.comment,
        uploadArtifact: inputs.uploadArtifact,
        retentionDays: inputs.retentionDays,
        compress: inputs.compress,
        failOnInvalid: inputs.failOnInvalid,
    };
}
/** The setup step's outputs. */
export function setupOutputs(setup) {
    return {
        [Outputs.sessionId]: setup.sessionId,
        [Outputs.jobKey]: setup.jobKey,
        [Outputs.workingDirectory]: setup.workingDirectory,
        [Outputs.workDir]: setup.workDir,
        [Outputs.logDir]: setup.logDir,
        [Outputs.packagesDir]: setup.packagesDir,
        [Outputs.packageResult]: setup.packageResult,
        [Outputs.comment]: String(setup.comment),
        [Outputs.uploadArtifact]: String(setup.uploadArtifact),
        [Outputs.retentionDays]: setup.retentionDays === undefined ? '' : String(setup.retentionDays),
        [Outputs.compress]: String(setup.compress),
        [Outputs.failOnInvalid]: String(setup.failOnInvalid),
    };
}
/** The run's setup, read back from the setup step's outputs in the composite's `steps` context. */
export function setupFromSteps(steps) {
    const outputs = steps[StepIds.setup]?.outputs ?? {};
    const required = (name) => {
        const value = outputs[name];
        if (!value)
            throw new Error(`the setup step left no ${name} output; it must have failed before the session began`);
        return value;
    };
    const retention = outputs[Outputs.retentionDays];
    return {
        sessionId: required(Outputs.sessionId),
        jobKey: outputs[Outputs.jobKey] ?? '',
        workingDirectory: required(Outputs.workingDirectory),
        workDir: required(Outputs.workDir),
        logDir: required(Outputs.logDir),
        packagesDir: required(Outputs.packagesDir),
        packageResult: required(Outputs.packageResult),
        comment: required(Outputs.comment) === 'true',
        uploadArtifact: required(Outputs.uploadArtifact) === 'true',
        retentionDays: retention ? Number(retention) : undefined,
        compress: required(Outputs.compress) === 'true',
        failOnInvalid: required(Outputs.failOnInvalid) === 'true',
    };
}
