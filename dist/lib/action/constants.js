/**
 * Names shared by `action.yml` and the action's code. The composite hands its inputs to the setup
 * step as `INPUT_*` environment variables spelt with underscores (environment names with `-` are
 * not portable across shells), so these are the names `core.getInput` reads there.
 */
export const Inputs = {
    openaiApiKey: 'openai_api_key',
    jobKey: 'job_key',
    comment: 'comment',
    uploadArtifact: 'upload_artifact',
    retentionDays: 'retention_days',
    compress: 'compress',
    failOnInvalid: 'fail_on_invalid',
    /** The report step's own inputs: the token (a `with:` of github-script) and `toJSON(steps)`. */
    githubToken: 'github-token',
    steps: 'steps',
};
/** Outputs of the setup step (the checked settings of the run) and of the report step. */
export const Outputs = {
    sessionId: 'session-id',
    jobKey: 'job-key',
    workingDirectory: 'working-directory',
    workDir: 'work-dir',
    logDir: 'log-dir',
    packagesDir: 'packages-dir',
    packageResult: 'package-result',
    comment: 'comment',
    uploadArtifact: 'upload-artifact',
    retentionDays: 'retention-days',
    compress: 'compress',
    failOnInvalid: 'fail-on-invalid',
    packagePath: 'package-path',
    artifactId: 'artifact-id',
    artifactUrl: 'artifact-url',
    success: 'success',
};
/** The composite's step ids, as `action.yml` names them. */
export const StepIds = {
    setup: 'setup',
    preprocess: 'preprocess',
    generate: 'generate',
    package: 'package',
};
/** Stages whose step the runner shows, in order. */
export const StageSteps = [StepIds.preprocess, StepIds.generate, StepIds.package];
/** GitHub's limit for one step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub's limit for an issue comment body. */
export const COMMENT_LIMIT_CHARS = 65_536;
/** Most of a stage's stdout or stderr kept in its `step.output` record (the end is kept). */
export const STEP_OUTPUT_LIMIT_BYTES = 1024 * 1024;
export const ARTIFACT_PREFIX = 'lyfe-kt';
