import type { Budgets } from '../package/budgets.js';
import type { FailOn } from '../package/quality-issues/types.js';
import { type Mode } from './constants.js';
import type { ActionInputs, StepContext } from './input-helper.js';
export interface RunSetup {
    sessionId: string;
    /** The `job-key` input, else the matrix entry's index in a matrix job, else empty. */
    jobKey: string;
    /** The absolute `working-directory` the stages run in. */
    workingDirectory: string;
    workDir: string;
    logDir: string;
    packagesDir: string;
    /** Where the package step leaves `lyfe-kt package --json`'s result. */
    packageResult: string;
    comment: boolean;
    uploadArtifact: boolean;
    retentionDays?: number;
    compress: boolean;
    /** The preprocess step's `--recursive`: the articles of content-path's subfolders as well. */
    recursive: boolean;
    failOnInvalid: boolean;
    /** The generate step's `LYFE_KT_FAIL_ON`; absent, it never fails on quality issues. */
    failOnQuality?: FailOn;
    prNumber?: number;
    /** Absolute; empty when the pipeline runs. */
    reportPackage: string;
    /** Empty or absent: no comparison with a base run. */
    compareWith?: string;
    /** Checked against the base run; absent, none. */
    budgets?: Budgets;
    /** The action's folder as the `run:` steps see it (translated into a `container:` job). */
    actionPath: string;
    /** Whether the package is attested (the workflow grants `id-token: write`, and not on GHES). */
    attest: boolean;
    /** `run` when absent. */
    mode?: Mode;
    /** `I/N` for the stage steps' `--shard`; empty or absent without one. */
    shard?: string;
    /** `mode: merge`: the job whose shard packages are merged; empty or absent, every shard package of the run. */
    shardJob?: string;
    /** The `content-path` input as checked (trimmed): what the preprocess step takes. */
    contentPath?: string;
}
/**
 * GitHub Enterprise Server, where the artifact client refuses to upload. GitHub.com and GHE.com
 * (data residency) have the service; the test is the artifact client's own.
 */
export declare function isGhes(env: NodeJS.ProcessEnv): boolean;
/**
 * The runner this step runs on: the Node the steps run on must be one the bundles support
 * (`engines` in the action's own package.json). A Windows runner never gets here: the action's
 * first step refuses it (action.yml).
 */
export declare function checkRunner(nodeVersion: string, actionPath: string): void;
/** Package folders (those with a manifest) at `folder` or up to `depth` folders below it. */
export declare function packagesIn(folder: string, depth: number): string[];
export declare function setupRun(inputs: ActionInputs, env: NodeJS.ProcessEnv, workingDirectory: string): RunSetup;
/** The setup step's outputs. */
export declare function setupOutputs(setup: RunSetup): Record<string, string>;
/** The run's setup, read back from the setup step's outputs in the composite's `steps` context. */
export declare function setupFromSteps(steps: Record<string, StepContext>): RunSetup;
