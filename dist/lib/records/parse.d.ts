import type { LogRecord } from './types.js';
/** Whether a parsed value has the shape of a record (the fields every view relies on). */
export declare function isLogRecord(value: unknown): value is LogRecord;
/** The record a line's text holds, or undefined for a line that is not one. */
export declare function parseRecordText(text: string): LogRecord | undefined;
/** The record on a line, or undefined for a line that is not one. */
export declare function parseRecordLine(chunk: Buffer, start: number, end: number): LogRecord | undefined;
export interface ForEachResult {
    records: number;
    /** Lines that are not records: text lines, torn lines, an unterminated tail. */
    foreign: number;
}
/** Every record of a global file, of every session, in file order; foreign lines are counted. */
export declare function forEachRecord(file: string, onRecord: (record: LogRecord) => void): ForEachResult;
