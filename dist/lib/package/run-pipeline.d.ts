import type { GenerateSummary } from '../pipeline/generate.js';
import { type ProgressEvent } from '../pipeline/options.js';
import { type ShardInfo, type ShardSpec } from '../pipeline/shard.js';
import type { PackageResult } from './assemble.js';
import { type StageHooks, type StageOptions } from './stages.js';
export interface RunPipelineOptions extends StageOptions {
    /** Take the articles of the subfolders of `indir` as well. */
    recursive?: boolean;
    /** Where the package goes; `packages` by default. */
    outputDir?: string;
    title?: string;
    keepWork?: boolean;
    compress?: boolean;
    /** Run only this shard of the folder's articles (`run --shard I/N`). */
    shard?: ShardSpec;
}
export interface RunPipelineHooks extends StageHooks {
    /**
     * Called when the stages are done, before packaging (which is atomic: the CLI lets a signal stop
     * it outright); a rejection (an interruption that came as the stages ended) stops the run unpackaged.
     */
    packaging?: () => void | Promise<void>;
    /**
     * Called with what stopped the run once the work folder was touched; returns what to throw
     * instead (the CLI says how to package the failed run). Default: the error itself.
     */
    stopped?: (error: unknown) => unknown;
}
export interface RunPipelineResult {
    session_id: string;
    package: PackageResult;
    /** The generation stage's summary; its reports are named in the package, where packaging put them. */
    generation: GenerateSummary;
}
/** `run` moves the work folders into the package: the articles must not be inside one of them. */
export declare function checkRunFolders(indir: string, workDir: string): void;
/**
 * `run` starts from an empty work folder: a run left unpackaged, or files kept by
 * `package --keep-work`, would otherwise be generated again and packaged with this one. Checks
 * only: true when the folder holds a run whose packaging was stopped before it emptied the folder,
 * which `finishStoppedPackaging` finishes (packaged-work.ts). The session file of a run packaged
 * with `--keep-work` whose files were taken away since is let be: the run begins a new one.
 */
export declare function checkWorkFolderFree(workDir: string): boolean;
/**
 * The articles of `indir` a run takes: every one, or with `shard` those of its shard (and what the
 * run records of the shard). `lyfe-kt shard` lists them the same way.
 */
export declare function runArticles(indir: string, options: {
    recursive?: boolean;
    shard?: ShardSpec;
    maxInputSize?: number;
}, hooks?: StageHooks): {
    files: string[];
    shard?: ShardInfo;
};
/**
 * The articles of the run's shard (all of them without one), for `run` and `preprocess directory`;
 * an empty shard is refused. The shard is set in `options.shardInfo`, to be recorded with the session.
 */
export declare function articlesToRun(indir: string, options: {
    recursive?: boolean;
    shard?: ShardSpec;
    shardInfo?: ShardInfo;
    maxInputSize?: number;
}, hooks?: StageHooks): string[];
/**
 * A progress handler that calls `then` once the stage's first round of files is done: by then every
 * slot's next call is in flight and the thread only waits for replies, so work given to `then`
 * (the package stage's modules, ~40 ms to import) no longer holds back the first requests, which
 * already wait for the LLM SDK.
 */
export declare function afterFirstRound(concurrency: number, files: number, then: () => void): (event: ProgressEvent) => void;
/**
 * Preprocess and generate the articles of `indir` in one session, then package the run with its
 * records. Everything given is checked before the work folder is touched: bad input leaves nothing
 * behind. A run that stops later leaves its work folder as it is, to be packaged as failed.
 * Supertasks that fail the schema are counted in `generation.invalid`, not thrown.
 */
export declare function runPipeline(indir: string, options: RunPipelineOptions, hooks?: RunPipelineHooks): Promise<RunPipelineResult>;
