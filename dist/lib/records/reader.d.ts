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
/**
 * How a filter shares a file between threads: the file is cut into segments of `segmentBytes`
 * (each moved to the next line start), dealt out in turn to `threads` threads, the calling one
 * first. The default is one thread for files under 64 MiB, else one per idle core.
 */
export interface ScanSplit {
    segmentBytes: number;
    threads: number;
}
export declare function recordFile(logDir: string, kind: RecordKind): string;
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes: the needle is searched across the whole chunk, so lines without
 * it are never looked at one by one. A missing file has no lines. `onTail` receives an
 * unterminated last line, if any. Lines appended while the scan runs are read too.
 *
 * With a needle and a large file, worker threads scan segments of the file while this thread scans
 * others; it takes their lines in file order, so `visit` sees exactly what one thread would show it.
 */
export declare function scanLines(file: string, needle: Buffer | undefined, visit: LineVisitor, onTail?: LineVisitor, split?: ScanSplit): ScanResult;
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
 * `split` overrides how a large file is shared between threads (tests use it on small files).
 */
export declare function filterSessionLines(file: string, sessionId: string, visit: LineVisitor, split?: ScanSplit): FilterResult;
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
