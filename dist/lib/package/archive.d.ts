import type { LogRecord } from '../records/types.js';
import type { MemberDigest, MemberThread } from './gzip-thread.js';
import { type RecordMembers } from './text-logs.js';
/**
 * Compressed logs: the large files of `logs/` (the two text logs and the two `*.jsonl`) go into
 * `logs/records.tar.gz`; `execution_summary.md` and `metadata.json` stay beside it, readable.
 * Readers see the same files either way through `readPackageLogs`.
 */
export interface CompressionSizes {
    /** Bytes of the files that went into the archive. */
    before: number;
    /** Bytes of the archive. */
    after: number;
}
export interface ArchivedLogs extends CompressionSizes {
    /** The archive's own digest, hashed as it was written. */
    digest: MemberDigest;
}
/**
 * Writes `logs/records.tar.gz` from the gzip members of the archived files (those missing are made
 * from the plain files first). A gzip file is any number of gzip members read as one stream
 * (RFC 1952, 2.2; `tar -xzf`, node-tar and `gunzip` read it so): each tar header, with the padding
 * of the member before it, is a small member of its own, and each file's member goes in as it is,
 * so that no byte is compressed twice. The plain files and the members stay (see `writeLogs`).
 */
export declare function archiveLogs(logsDir: string, thread: MemberThread, written: RecordMembers, mtime: Date): Promise<ArchivedLogs>;
/** Removes the gzip members of the record files, and the plain files too once they are `archived`. */
export declare function removeArchivedLogs(logsDir: string, archived: boolean): void;
/** The files of a `records.tar.gz`, by name; with `wanted`, only those it takes (the others are read past, not kept). */
export declare function readArchive(file: string, wanted?: (name: string) => boolean): Map<string, Buffer>;
export interface PackageLogs {
    compressed: boolean;
    /** Every file of `logs/` by name, archive members included (the archive itself is not listed). */
    files: Map<string, Buffer>;
}
/**
 * `dir` is a folder, as a package is. A file given instead is said to be one: an artifact's .zip as
 * the Actions page downloads it (only `view` reads one as it is), or any other file.
 */
export declare function requirePackageFolder(dir: string): void;
/** With `wanted`, only the files of `logs/` (or members of its archive) it takes are read. */
export declare function readPackageLogs(packageDir: string, wanted?: (name: string) => boolean): PackageLogs;
export interface PackageRecords {
    session_id: string | null;
    compressed: boolean;
    processing: LogRecord[];
    prompts: LogRecord[];
}
/**
 * The session records a package carries (plain or compressed), for every tool that reads a package.
 * `{ prompts: false }` reads the processing records only (`prompts` is then empty): the prompt
 * records are most of a package's records, a reader that does not need them is spared their memory.
 */
export declare function readPackageRecords(packageDir: string, options?: {
    prompts?: boolean;
}): PackageRecords;
/** The records of a package, for the views of one: a folder whose `logs/` holds none is not a package to show. */
export declare function packageRecordsToShow(packageDir: string, options?: {
    prompts?: boolean;
}): PackageRecords & {
    session_id: string;
};
