import { type LineVisitor } from './scan.js';
import { type LogRecord, type RecordKind } from './types.js';
export declare function recordFile(logDir: string, kind: RecordKind): string;
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
export declare function sessionNeedle(sessionId: string): Buffer;
export interface FilterResult {
    /** Lines passed to the visitor: records of the session. */
    lines: number;
    /** Lines that mention the session but are not one of its records (torn, truncated, foreign). */
    skipped: number;
    /** Why the session's index was not used, or not for all of the file: for the views to show once. */
    note?: string;
}
export interface FilterOptions {
    /** Scan the whole file, whatever the index says (to compare the two, and for benchmarks). */
    scan?: boolean;
}
/** Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. */
export declare function filterSessionLines(file: string, sessionId: string, visit: LineVisitor, options?: FilterOptions): FilterResult;
export interface SessionRecords {
    records: LogRecord[];
    /** Lines that mention the session but are not records of it. */
    skipped: number;
    /** See `FilterResult.note`. */
    note?: string;
}
/** The records of one session in one global file, in file order. A missing file has none. */
export declare function readSessionRecords(logDir: string, sessionId: string, kind: RecordKind): SessionRecords;
