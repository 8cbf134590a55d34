import type { GenerateSummary } from '../pipeline/generate.js';
import { type PackageResult } from './assemble.js';
import { type StageHooks, type StageOptions } from './stages.js';
export interface RunPipelineOptions extends StageOptions {
    /** Take the articles of the subfolders of `indir` as well. */
    recursive?: boolean;
    /** Where the package goes; `packages` by default. */
    outputDir?: string;
    title?: string;
    keepWork?: boolean;
    compress?: boolean;
}
export interface RunPipelineHooks extends StageHooks {
    /** Called when the stages are done, before packaging (which is atomic: the CLI lets a signal stop it outright). */
    packaging?: () => void;
    /**
     * Called with what stopped the run once the work folder was touched; returns what to throw
     * instead (the CLI says how to package the failed run). Default: the error itself.
     */
    stopped?: (error: unknown) => unknown;
}
export interface RunPipelineResult {
    session_id: string;
    package: PackageResult;
    generation: GenerateSummary;
}
/** `run` moves the work folders into the package: the articles must not be inside one of them. */
export declare function checkRunFolders(indir: string, workDir: string): void;
/**
 * `run` starts from an empty work folder: a run left unpackaged, or files kept by
 * `package --keep-work`, would otherwise be generated again and packaged with this one.
 */
export declare function checkWorkFolderFree(workDir: string): void;
/**
 * Preprocess and generate the articles of `indir` in one session, then package the run with its
 * records. Everything given is checked before the work folder is touched: bad input leaves nothing
 * behind. A run that stops later leaves its work folder as it is, to be packaged as failed.
 * Supertasks that fail the schema are counted in `generation.invalid`, not thrown.
 */
export declare function runPipeline(indir: string, options: RunPipelineOptions, hooks?: RunPipelineHooks): Promise<RunPipelineResult>;
