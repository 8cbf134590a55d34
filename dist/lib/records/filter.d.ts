import { type LogRecord, type RecordKind } from './types.js';
export declare function recordFile(logDir: string, kind: RecordKind): string;
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
export declare function sessionNeedle(sessionId: string): Buffer;
/**
 * Whether `chunk` holds `bytes` at `at`. A loop, not `Buffer#compare`: for the few bytes compared
 * on every line of a session, the call costs more than the comparison.
 */
export declare function hasBytesAt(chunk: Buffer, at: number, bytes: Buffer): boolean;
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
/**
 * A line of the session, as a `LineVisitor` gets it, and where its event name starts in `chunk`
 * when the line has the writer's shape (`-1` when it has not: parse it to know the event).
 */
export type SessionLineVisitor = (chunk: Buffer, start: number, end: number, event: number) => void;
/** Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. */
export declare function filterSessionLines(file: string, sessionId: string, visit: SessionLineVisitor, options?: FilterOptions): FilterResult;
/**
 * What a whole scan of `file` (now of `inode` and `size` bytes) for the session found in this
 * process, when the file is still the one scanned: whether the session had a line before byte
 * `size` of it; lines appended since are after that byte. `undefined`: not scanned, or since replaced or cut.
 */
export declare function searchedFor(file: string, sessionId: string, inode: number, size: number): {
    size: number;
    found: boolean;
} | undefined;
/**
 * Visits the records of the session in one global file, in file order, each with its line's bytes
 * (valid only during the call); returns how many lines mention the session without being one of
 * its records, and the filter's note. With `events`, only the records of those events: a line of
 * the writer's shape names its event in its bytes (where `filterSessionLines` says), so the others
 * are passed over unparsed; a line of any other shape is parsed to know its event.
 */
export declare function forEachSessionRecord(logDir: string, sessionId: string, kind: RecordKind, visit: (record: LogRecord, line: Buffer) => void, events?: ReadonlySet<string>): FilterResult;
export interface SessionRecords {
    records: LogRecord[];
    /** Lines that mention the session but are not records of it. */
    skipped: number;
}
/** The records of one session in one global file, in file order. A missing file has none. */
export declare function readSessionRecords(logDir: string, sessionId: string, kind: RecordKind): SessionRecords;
