import { type LogRecord, type RecordKind } from './types.js';
/**
 * Receives one line as a view `chunk[start, end)` (no newline) into the reader's buffer, which is
 * reused: copy what must outlive the call.
 */
export type LineVisitor = (chunk: Buffer, start: number, end: number) => void;
export interface ScanResult {
    /** Bytes after the last newline: a line still being written, or cut short by a crash. */
    tailBytes: number;
}
export declare function recordFile(logDir: string, kind: RecordKind): string;
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes: the needle is searched across the whole chunk, so lines without
 * it are never looked at one by one. A line cut by a chunk boundary is moved to the front of the
 * same buffer and completed by the next read; nothing is concatenated. A missing file has no lines.
 * `onTail` receives an unterminated last line, if any.
 */
export declare function scanLines(file: string, needle: Buffer | undefined, visit: LineVisitor, onTail?: LineVisitor): ScanResult;
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
export declare function sessionNeedle(sessionId: string): Buffer;
/** Whether a parsed value has the shape of a record (the fields every view relies on). */
export declare function isLogRecord(value: unknown): value is LogRecord;
/** The record on a line, or undefined for a line that is not one. */
export declare function parseRecordLine(chunk: Buffer, start: number, end: number): LogRecord | undefined;
export interface FilterResult {
    /** Lines passed to the visitor: records of the session. */
    lines: number;
    /** Lines that mention the session but are not one of its records (torn, truncated, foreign). */
    skipped: number;
}
/**
 * Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. The
 * session is found in the raw bytes first; a line is parsed only when its bytes leave a doubt.
 */
export declare function filterSessionLines(file: string, sessionId: string, visit: LineVisitor): FilterResult;
export interface SessionRecords {
    records: LogRecord[];
    /** Lines that mention the session but are not records of it. */
    skipped: number;
}
/** The records of one session in one global file, in file order. A missing file has none. */
export declare function readSessionRecords(logDir: string, sessionId: string, kind: RecordKind): SessionRecords;
export interface ForEachResult {
    records: number;
    /** Lines that are not records: text lines, torn lines, an unterminated tail. */
    foreign: number;
}
/** Every record of a global file, of every session, in file order; foreign lines are counted. */
export declare function forEachRecord(file: string, onRecord: (record: LogRecord) => void): ForEachResult;
