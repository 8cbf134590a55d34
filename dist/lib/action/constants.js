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
    recursive: 'recursive',
    failOnInvalid: 'fail_on_invalid',
    failOnQuality: 'fail_on_quality',
    contentPath: 'content_path',
    title: 'title',
    prNumber: 'pr_number',
    reportPackage: 'report_package',
    compareWith: 'compare_with',
    maxQualityDrop: 'max_quality_drop',
    maxCostIncrease: 'max_cost_increase',
    maxNewIssues: 'max_new_issues',
    mode: 'mode',
    shardIndex: 'shard_index',
    shardTotal: 'shard_total',
    shardJob: 'shard_job',
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
    recursive: 'recursive',
    failOnInvalid: 'fail-on-invalid',
    failOnQuality: 'fail-on-quality',
    prNumber: 'pr-number',
    reportPackage: 'report-package',
    compareWith: 'compare-with',
    budgets: 'budgets',
    mode: 'mode',
    shard: 'shard',
    shardJob: 'shard-job',
    contentPath: 'content-path',
    actionPath: 'action-path',
    attest: 'attest',
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
    attest: 'attest',
};
/** Stages whose step the runner shows, in order. */
export const StageSteps = [StepIds.preprocess, StepIds.generate, StepIds.package];
/** GitHub's limit for one step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * What the job summary is cut to, measured with CRLF line endings: the runner may drop a summary
 * just under the limit without a word (actions/runner#4337), so a margin is left.
 */
export const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 64 * 1024;
/** GitHub's limit for an issue comment body. */
export const COMMENT_LIMIT_CHARS = 65_536;
/**
 * The share of the job summary and of the comment a comparison with the base run may take, so that
 * a long one (many changed lessons) is cut on its own and leaves room for the execution summary.
 */
export const SUMMARY_COMPARISON_BYTES = 256 * 1024;
export const COMMENT_COMPARISON_CHARS = 24_000;
/** Most of a stage's stdout or stderr kept in its `step.output` record (the end is kept). */
export const STEP_OUTPUT_LIMIT_BYTES = 1024 * 1024;
export const ARTIFACT_PREFIX = 'lyfe-kt';
/** `run`: the pipeline on the content (or one shard of it); `merge`: the shard packages of this workflow run into one. */
export const Modes = ['run', 'merge'];
