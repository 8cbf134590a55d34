import type { LogRecord } from '../records/types.js';
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
/** Moves the archived log files of `logsDir` into `records.tar.gz`. */
export declare function compressLogs(logsDir: string): Promise<CompressionSizes>;
/** The files of a `records.tar.gz`, by name. */
export declare function readArchive(file: string): Map<string, Buffer>;
export interface MemberDigest {
    sha256: string;
    bytes: number;
}
/** The sha256 and size of each member of a `records.tar.gz`, hashed as it is read: no member is held whole. */
export declare function digestArchive(file: string): Map<string, MemberDigest>;
export interface PackageLogs {
    compressed: boolean;
    /** Every file of `logs/` by name, archive members included (the archive itself is not listed). */
    files: Map<string, Buffer>;
}
export declare function readPackageLogs(packageDir: string): PackageLogs;
export interface PackageRecords {
    session_id: string | null;
    compressed: boolean;
    processing: LogRecord[];
    prompts: LogRecord[];
}
/** The session records a package carries (plain or compressed), for every tool that reads a package. */
export declare function readPackageRecords(packageDir: string): PackageRecords;
