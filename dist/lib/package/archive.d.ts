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
export interface ArchivedLogs extends CompressionSizes {
    /** The digest of each member, as the manifest lists it. */
    members: Map<string, MemberDigest>;
}
/**
 * Writes the archived log files of `logsDir` into `records.tar.gz`, leaving them in place (the
 * viewer may still be reading two of them: see `removeArchivedLogs`). tar only packs here; gzip is
 * Node's stream, whose compression runs on the libuv threadpool, so that a second core compresses
 * while this thread hashes the members for the manifest (from the files, as they go in: the
 * archive is not read back) and renders whatever runs beside it. Same level as `tar czf`.
 */
export declare function archiveLogs(logsDir: string): Promise<ArchivedLogs>;
/** Removes the files `archiveLogs` put into the archive. */
export declare function removeArchivedLogs(logsDir: string, archived: ArchivedLogs): void;
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
