import { type Budgets } from '../package/budgets.js';
import { type FailOn } from '../package/quality-issues/types.js';
import { type ShardSpec } from '../pipeline/shard.js';
import { type Mode } from './constants.js';
/**
 * The action's inputs, read and checked once, by the setup step: a wrong value fails the job
 * before any stage has run, and the later steps get the checked values from setup's outputs.
 */
export interface ActionInputs {
    /** Empty: the offline provider. */
    openaiApiKey: string;
    jobKey: string;
    comment: boolean;
    uploadArtifact: boolean;
    retentionDays?: number;
    compress: boolean;
    /** Takes the articles of content-path's subfolders as well (`--recursive`). */
    recursive: boolean;
    failOnInvalid: boolean;
    /** `fail-on-quality`: the severity the generate step fails on (the CLI's `--fail-on`); absent, never. */
    failOnQuality?: FailOn;
    /** Empty only with `reportPackage`. */
    contentPath: string;
    /** Empty: the title the package finds itself. */
    title: string;
    /** The pull request to comment on, whatever the event. */
    prNumber?: number;
    /** A package downloaded from an earlier run: report it instead of running the pipeline. */
    reportPackage: string;
    /** Empty: no comparison; `base`: the pull request's base branch, else the previous commit; else a branch, tag or SHA. */
    compareWith?: string;
    /** Checked against the base run; each one left out is not checked. */
    budgets?: Budgets;
    /** `run` when absent. */
    mode?: Mode;
    /** `shard-index`/`shard-total`: run only this shard of the content. */
    shard?: ShardSpec;
    /** `mode: merge`: the sharded job whose packages are merged; empty, every shard package of the run. */
    shardJob?: string;
}
/** A step of the composite as the runner's `steps` context holds it. */
export interface StepContext {
    outcome?: string;
    conclusion?: string;
    outputs?: Record<string, string>;
}
/** What the report step reads: its token and the composite's `toJSON(steps)`. */
export interface ReportInputs {
    githubToken: string;
    steps: Record<string, StepContext>;
}
export declare function getInputs(): ActionInputs;
export declare function getReportInputs(): ReportInputs;
