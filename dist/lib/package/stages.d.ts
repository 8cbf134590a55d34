import { Feed } from '../pipeline/feed.js';
import { type MarkdownInput } from '../pipeline/inputs.js';
import type { ProgressEvent, WrittenOutput } from '../pipeline/options.js';
import { type OpenAiSettings, type ProviderName } from '../pipeline/providers.js';
import type { SchemaVersion } from '../pipeline/schema.js';
import type { ShardInfo } from '../pipeline/shard.js';
import { type WorkSession } from '../session/store.js';
/** The options of a stage, with the CLI's defaults filled in. */
export interface StageOptions extends OpenAiSettings {
    workDir: string;
    logDir: string;
    session?: string;
    provider?: ProviderName;
    model?: string;
    schemaVersion: SchemaVersion;
    concurrency: number;
    /** Bytes one article may have; absent: the default limit. */
    maxInputSize?: number;
    /** The shard of a folder this run processes (`run --shard`), recorded in the session's start. */
    shardInfo?: ShardInfo;
}
/** What differs between the edges that run a stage: where notes, warnings and progress go, and what stops it. */
export interface StageHooks {
    note?: (message: string) => void;
    warn?: (message: string) => void;
    progress?: (event: ProgressEvent) => void;
    /** Each output generation writes (see `PipelineOptions.onOutput`). */
    output?: (output: WrittenOutput) => void;
    /** Each filled template preprocessing writes (see `PipelineOptions.onTemplate`). */
    template?: (template: MarkdownInput) => void;
    /** Called with the session once the stage has joined or begun it, before any call. */
    began?: (session: WorkSession) => void;
    /** Aborting it stops the LLM calls in flight and ends the stage failed with its reason. */
    signal?: AbortSignal;
}
/** Chooses the stages' provider now (see `pipelineOptions`): a run refuses a provider it cannot use before it writes anything. */
export declare function chooseProvider(options: StageOptions, hooks: StageHooks): void;
/**
 * The articles of a folder; those in its subfolders are warned about unless `recursive` takes them,
 * and so are entries named like articles that are not files.
 */
export declare function articlesOf(dir: string, recursive: boolean | undefined, hooks: StageHooks): string[];
/**
 * The filled templates of a folder: what preprocess wrote there, without the sources beside them.
 * Only those directly inside it: `generate directory` has no --recursive, so templates found only in
 * subfolders are refused naming the subfolders to give instead.
 */
export declare function listTemplates(dir: string, hooks?: Pick<StageHooks, 'warn'>): string[];
/** The supertasks a filled template leads to. */
export declare const templateOutputs: (name: string) => string[];
/** The files a source article leads to: its filled template and analysis, then a supertask per level. */
export declare const articleOutputs: (name: string) => string[];
/** Refuses an input whose outputs (`outputsOf` its name) could not be written for a name too long. */
export declare function checkOutputNames(inputs: readonly MarkdownInput[], outputsOf: (name: string) => string[]): void;
/**
 * Bad input is refused before a session, a work folder or a provider exists, an input whose outputs
 * would have too long a name as well. Returns the inputs read, for the stage to use; inputs already
 * read are taken as they are.
 */
export declare function checkStageInput(files: readonly (string | MarkdownInput)[], options: StageOptions, outputsOf: (name: string) => string[], outDir?: string): MarkdownInput[];
/**
 * Stage 1: source articles into filled templates in `outDir`, kept in the work folder's
 * `02_preprocessed`. Besides the stage's results, the templates as generate reads them.
 */
export declare function preprocessStage(inputs: readonly (string | MarkdownInput)[], outDir: string, options: StageOptions, hooks?: StageHooks, fresh?: boolean): Promise<{
    result: import("../pipeline/preprocess.js").PreprocessResult[];
    templates: MarkdownInput[];
    session: WorkSession;
    stats: import("../stage/run-stage.js").StageStats;
}>;
/**
 * Stage 2: filled templates into supertasks in `outDir`, kept in the work folder's `03_output`; the
 * report goes to `reports`. A `Feed` of templates (`run`) comes from preprocessing, which checked them.
 */
export declare function generateStage(templates: readonly (string | MarkdownInput)[] | Feed<MarkdownInput>, outDir: string, options: StageOptions, hooks?: StageHooks): Promise<import("../stage/run-stage.js").StageRun<import("../pipeline/generate.js").GenerateSummary>>;
