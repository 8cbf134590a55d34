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
}
/** Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. */
export declare function filterSessionLines(file: string, sessionId: string, visit: LineVisitor): FilterResult;
export interface SessionRecords {
    records: LogRecord[];
    /** Lines that mention the session but are not records of it. */
    skipped: number;
}
/** The records of one session in one global file, in file order. A missing file has none. */
export declare function readSessionRecords(logDir: string, sessionId: string, kind: RecordKind): SessionRecords;
