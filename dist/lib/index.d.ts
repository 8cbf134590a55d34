import { type PackageOptions, type PackageResult } from './package/assemble.js';
import { type MergedPackage, type MergeOptions } from './package/merge.js';
import type { GenerateSummary } from './pipeline/generate.js';
import { type ProgressEvent } from './pipeline/options.js';
import { type OpenAiSettings, type ProviderName } from './pipeline/providers.js';
import { type SchemaVersion } from './pipeline/schema.js';
import { type SessionList, type SessionStatus } from './records/sessions.js';
import type { LogRecord } from './records/types.js';
export { ExitCode, LyfeError } from './errors.js';
export type { LyfeErrorOptions } from './errors.js';
export type { PackageOptions, PackageResult } from './package/assemble.js';
export { verifyPackage, type VerifyResult } from './package/manifest.js';
export type { MergedPackage, MergeOptions } from './package/merge.js';
export { readPackageRecords, type PackageRecords } from './package/archive.js';
export type { SessionList, SessionListing, SessionStatus } from './records/sessions.js';
export type { LogRecord } from './records/types.js';
export type { GenerateSummary, GeneratedOutput } from './pipeline/generate.js';
export type { ProgressEvent } from './pipeline/options.js';
export type { ProviderName } from './pipeline/providers.js';
export type { SchemaVersion } from './pipeline/schema.js';
export type { ContentItem, ContentItemV1_0, LessonModule, QuizItem, QuizItemV1_0, QuoteItem, QuoteItemV1_0, Supertask, SupertaskItem, SupertaskItemV1_0, SupertaskMetadata, SupertaskMetadataV1_0, SupertaskV1_0, } from './types/index.js';
/** Options of `run`; `reasoningEffort`, `responseFormat`, `timeout` (seconds) and `maxCompletionTokens` are the CLI's flags of the same names. */
export interface RunOptions extends OpenAiSettings {
    /** `--work-dir`: work folder of the run (default `work`); it must not hold a run that was not packaged. */
    workDir?: string;
    /** `--log-dir`: folder of the global record files (default `logs`). */
    logDir?: string;
    /** `--session`: session to record into; default: a new one. */
    session?: string;
    /** `--provider`; default: openai when OPENAI_API_KEY is set, else offline. */
    provider?: ProviderName;
    /** `--model` for the openai provider (default `DEFAULT_OPENAI_MODEL`, see docs/providers.md). */
    model?: string;
    /** `--schema-version` (default `'1.1'`). */
    schemaVersion?: SchemaVersion;
    /** `--concurrency`: files processed at once (default 4). */
    concurrency?: number;
    /** `--output-dir`: where the package goes (default `packages`). */
    outputDir?: string;
    /** `--title`; default: the common prefix of the output names, else `content`. */
    title?: string;
    /** `--keep-work`: copy the work folders into the package instead of moving them. */
    keepWork?: boolean;
    /** `--compress`: compress the package's logs. */
    compress?: boolean;
    /** `--recursive`: take the articles of the subfolders of `indir` as well. */
    recursive?: boolean;
    /** `--max-input-size`: bytes one article may have (default `DEFAULT_MAX_INPUT_BYTES`, 512 KiB). */
    maxInputSize?: number;
    /** `--shard`: only shard I of N of the articles (`'1/4'`, counting from 0); merge the shard packages with `mergePackages`. */
    shard?: string;
    /** Called with what the CLI prints as a warning (for example articles skipped in subfolders, and the package's `warnings`). */
    onWarning?: (message: string) => void;
    /** Called as each file is done, where the CLI shows its progress. */
    onProgress?: (event: ProgressEvent) => void;
    /** Aborting it stops the LLM calls in flight, as Ctrl-C does for the CLI. */
    signal?: AbortSignal;
}
export interface RunResult {
    session_id: string;
    /** The package, as `lyfe-kt package --json` prints it. */
    package: PackageResult;
    /**
     * The generation stage: `invalid` counts the supertasks that fail the schema (the CLI's exit code
     * 3). They are written and packaged, and named in the package's `reports/generation_report.json`,
     * which `report` names (and `report_markdown` its markdown twin).
     */
    generation: GenerateSummary;
}
/**
 * `lyfe-kt run <indir>`: preprocess and generate every `.md` of `indir` in one session, then
 * package the run with its records. A run that stops on an error leaves its work folder as it is,
 * for `packageRun` to package as failed.
 */
export declare function run(indir: string, options?: RunOptions): Promise<RunResult>;
/** Options of `packageRun`: `lyfe-kt package`'s, with its folders by default (`work`, `logs`, `packages`). */
export type PackageRunOptions = Omit<PackageOptions, 'workDir' | 'logDir' | 'again'> & {
    /** `--work-dir`: the work folder of the run to package (default `work`). */
    workDir?: string;
    /** `--log-dir`: folder of the global record files (default `logs`). */
    logDir?: string;
};
/** `lyfe-kt package [title]`: packages the work folder's run with its session's records. */
export declare function packageRun(options?: PackageRunOptions): Promise<PackageResult>;
/** `lyfe-kt merge <package...> --title <title>`: merges the packages of every shard of a run into one package. */
export declare function mergePackages(options: MergeOptions): Promise<MergedPackage>;
/** `lyfe-kt logs --list`: every session found in the global record files of `logDir` (default `logs`), newest first. */
export declare function listSessions(logDir?: string): SessionList;
/**
 * `--prices <file>`: prices the calls of every session this process reads or packages afterwards
 * with the price table in `file` (its models over the shipped table's; see docs/cost.md). Throws a
 * `LyfeError` naming the file when it cannot be read or is not a price table.
 */
export declare function usePrices(file: string): void;
export interface SessionRecords {
    session_id: string;
    /** As `lyfe-kt logs --list` shows it: `succeeded` or `failed` (packaged), `running` (a stage open in a live process), `open` (every stage it began has ended; not packaged yet) or `interrupted` (a stage killed or crashed, or no stage recorded). */
    status: SessionStatus;
    /** The session's records of `processing.jsonl`, in the order they were written. */
    processing: LogRecord[];
    /** Its prompt audit (`prompts.jsonl`): one record per request sent and per LLM attempt. */
    prompts: LogRecord[];
    /** Lines that mention the session but are not records of it (torn, truncated). */
    skipped: number;
}
/** One session's records from the global record files of `logDir` (default `logs`), both streams parsed: what `lyfe-kt logs --session <id> --json` prints a stream of, as lines. */
export declare function readSession(sessionId: string, options?: {
    logDir?: string;
}): SessionRecords;
