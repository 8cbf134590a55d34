import { type SessionRead } from '../records/session-read.js';
import { type SessionSummary } from '../records/session-model.js';
import { type LogRecord, type RecordKind } from '../records/types.js';
import { type ArchivedLogs } from './archive.js';
import type { EarlyPrompts, RenderedPrompts } from './early-prompts.js';
import { type MemberDigest } from './gzip-thread.js';
import type { MarkdownInput } from '../pipeline/inputs.js';
import { type ShardEntry } from './metadata.js';
import { type CheckedOutput, type QualityReport } from './quality-issues/index.js';
export interface PackageOptions {
    workDir: string;
    /** Folder of the global record files. */
    logDir: string;
    /** Where packages go; `packages` by default. */
    outputDir?: string;
    title?: string;
    /** Copy the work folders instead of moving them. */
    keepWork?: boolean;
    /** The session to package; default: the work folder's. */
    session?: string;
    /**
     * `session` was named by hand (`package --session <id>`), not set for every step as CI sets
     * LYFE_KT_SESSION: the files `--keep-work` kept are packaged again when it is theirs (else they are
     * their package), and a session with no records that is not the work folder's run is refused (a
     * mistyped id would make a package of nothing).
     */
    again?: boolean;
    /** Compress the logs (they are compressed anyway above AUTO_COMPRESS_BYTES). */
    compress?: boolean;
    /**
     * The filled templates as the run read and parsed them: the quality rules take each one whose
     * text is its packaged file's instead of parsing that file again.
     */
    templates?: readonly MarkdownInput[];
    /** The outputs as the run checked them when it wrote them: see `QualityInputs.checkedOutputs`. */
    checkedOutputs?: ReadonlyMap<string, CheckedOutput>;
    /** The session's prompt records as this process rendered them during the run: taken when the record file holds the same (see early-prompts.ts). */
    prompts?: EarlyPrompts;
}
export interface PackageResult {
    /** The package folder, as `<outputDir>/<name>`. */
    path: string;
    name: string;
    title: string;
    session_id: string;
    /** Whether the packaged run succeeded (not whether packaging did: a failed run packages fine). */
    success: boolean;
    stages_executed: string[];
    /** Files in the package as its manifest lists them (the count `verify` prints; manifest.json itself is not one). */
    files: number;
    /** Files taken from the work folder. */
    work_files: number;
    bytes: number;
    logs: {
        compressed: boolean;
        bytes: number;
        compressed_bytes: number | null;
    };
    /** The manifest digest: names this exact package. */
    digest: string;
    /** How many quality issues of each severity `logs/quality_issues.json` holds. */
    quality_issues: QualityReport['counts'];
    kept_work: boolean;
    warnings: string[];
    /** How the records were read when it is worth saying (a session index that could not be used); not recorded. */
    notes: string[];
}
/** Makes the hidden folder a package is assembled in, beside its destination. */
export declare function makeAssemblyFolder(outputDir: string, title: string, now: Date): string;
/** Removes the assembly folders that packagers killed before they finished left in `outputDir`. */
export declare function removeDeadAssemblies(outputDir: string): string[];
/**
 * Reads the records of a package into its model, handing each to `visit` (processing first, each
 * stream in its order) before it is let go, with its line's bytes when it was read from a file
 * (the `*.jsonl` then hold the records as they were written).
 */
export type PackageRecordSource = (visit: (record: LogRecord, kind: RecordKind, line?: Buffer) => void) => SessionRead;
export interface LogsWritten {
    /** Lines that mention the session but are not its records (torn, foreign): `skipped_lines`. */
    skipped: number;
    bytes: number;
    /** The archive of the record files, when they were compressed. */
    archived: ArchivedLogs | undefined;
    /** What the manifest need not read back: the files of `logs/` as they were written, by package path. */
    digests: Map<string, MemberDigest>;
    summary: SessionSummary;
    quality: QualityReport;
}
/**
 * Renders every file of `logs/` from the records; the metadata last, since it records the sizes.
 * A merged package also lists its shards (in `metadata.json` and after the summary).
 *
 * One pass over the records gives the model and renders the four record files, handed to a
 * thread of their own (see gzip-thread.ts) that writes them, hashes them and compresses them
 * while this one renders: with `--compress`, straight into the gzip members the archive is made
 * of; plain, the `*.jsonl` also into the members the viewer embeds. Logs that reach
 * AUTO_COMPRESS_BYTES plain are compressed after, from their files. `copied` settles when the
 * package's copies of the work folder's files are written (the quality rules read them).
 */
export declare function writeLogs(logsDir: string, read: PackageRecordSource, options: {
    compress: boolean;
    title: string;
    now: Date;
    /** The files of the package outside `logs/`, written before it (its work files). */
    workFiles: number;
    shards?: {
        entries: ShardEntry[];
        section: string;
    };
    templates?: readonly MarkdownInput[];
    checkedOutputs?: ReadonlyMap<string, CheckedOutput>;
    copied?: Promise<unknown>;
    /** The prompt files as the run rendered them; `read` then hands over the prompt records without lines. */
    rendered?: RenderedPrompts;
    /** Work done while the render waits for the gzip threads (see `MemberThread`). */
    whileWaiting?: () => boolean;
}): Promise<LogsWritten>;
/**
 * Renames the assembled folder into place under the first free name; never replaces a package, nor
 * anything else. `beforeRename` is told each name before the rename to it is tried.
 */
export declare function placePackage(temp: string, outputDir: string, title: string, now: Date, beforeRename?: (target: string) => void): string;
/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
export declare function packageRun(options: PackageOptions): Promise<PackageResult>;
