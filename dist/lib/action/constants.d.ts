/**
 * Names shared by `action.yml` and the action's code. The composite hands its inputs to the setup
 * step as `INPUT_*` environment variables spelt with underscores (environment names with `-` are
 * not portable across shells), so these are the names `core.getInput` reads there.
 */
export declare const Inputs: {
    readonly openaiApiKey: "openai_api_key";
    readonly jobKey: "job_key";
    readonly comment: "comment";
    readonly uploadArtifact: "upload_artifact";
    readonly retentionDays: "retention_days";
    readonly compress: "compress";
    readonly recursive: "recursive";
    readonly failOnInvalid: "fail_on_invalid";
    readonly failOnQuality: "fail_on_quality";
    readonly contentPath: "content_path";
    readonly title: "title";
    readonly prNumber: "pr_number";
    readonly reportPackage: "report_package";
    readonly compareWith: "compare_with";
    readonly maxQualityDrop: "max_quality_drop";
    readonly maxCostIncrease: "max_cost_increase";
    readonly maxNewIssues: "max_new_issues";
    readonly mode: "mode";
    readonly shardIndex: "shard_index";
    readonly shardTotal: "shard_total";
    readonly shardJob: "shard_job";
    /** The report step's own inputs: the token (a `with:` of github-script) and `toJSON(steps)`. */
    readonly githubToken: "github-token";
    readonly steps: "steps";
};
/** Outputs of the setup step (the checked settings of the run) and of the report step. */
export declare const Outputs: {
    readonly sessionId: "session-id";
    readonly jobKey: "job-key";
    readonly workingDirectory: "working-directory";
    readonly workDir: "work-dir";
    readonly logDir: "log-dir";
    readonly packagesDir: "packages-dir";
    readonly packageResult: "package-result";
    readonly comment: "comment";
    readonly uploadArtifact: "upload-artifact";
    readonly retentionDays: "retention-days";
    readonly compress: "compress";
    readonly recursive: "recursive";
    readonly failOnInvalid: "fail-on-invalid";
    readonly failOnQuality: "fail-on-quality";
    readonly prNumber: "pr-number";
    readonly reportPackage: "report-package";
    readonly compareWith: "compare-with";
    readonly budgets: "budgets";
    readonly mode: "mode";
    readonly shard: "shard";
    readonly shardJob: "shard-job";
    readonly contentPath: "content-path";
    readonly actionPath: "action-path";
    readonly attest: "attest";
    readonly packagePath: "package-path";
    readonly artifactId: "artifact-id";
    readonly artifactUrl: "artifact-url";
    readonly success: "success";
};
/** The composite's step ids, as `action.yml` names them. */
export declare const StepIds: {
    readonly setup: "setup";
    readonly preprocess: "preprocess";
    readonly generate: "generate";
    readonly package: "package";
    readonly attest: "attest";
};
/** Stages whose step the runner shows, in order. */
export declare const StageSteps: readonly ["preprocess", "generate", "package"];
export type StageStep = (typeof StageSteps)[number];
/** GitHub's limit for one step's job summary. */
export declare const SUMMARY_LIMIT_BYTES: number;
/**
 * What the job summary is cut to, measured with CRLF line endings: the runner may drop a summary
 * just under the limit without a word (actions/runner#4337), so a margin is left.
 */
export declare const SUMMARY_BUDGET_BYTES: number;
/** GitHub's limit for an issue comment body. */
export declare const COMMENT_LIMIT_CHARS = 65536;
/**
 * The share of the job summary and of the comment a comparison with the base run may take, so that
 * a long one (many changed lessons) is cut on its own and leaves room for the execution summary.
 */
export declare const SUMMARY_COMPARISON_BYTES: number;
export declare const COMMENT_COMPARISON_CHARS = 24000;
/** Most of a stage's stdout or stderr kept in its `step.output` record (the end is kept). */
export declare const STEP_OUTPUT_LIMIT_BYTES: number;
export declare const ARTIFACT_PREFIX = "lyfe-kt";
/** `run`: the pipeline on the content (or one shard of it); `merge`: the shard packages of this workflow run into one. */
export declare const Modes: readonly ["run", "merge"];
export type Mode = (typeof Modes)[number];
