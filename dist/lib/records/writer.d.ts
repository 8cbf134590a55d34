import { type Level, type LogRecord, type RecordKind, type Stage } from './types.js';
export interface RecordFields {
    input?: string[];
    output?: string[];
    data?: Record<string, unknown>;
    /** Overrides the stage of the current context. */
    stage?: Stage;
}
/** In-process consumers of records; see `onRecord`. */
type RecordListener = (kind: RecordKind, record: LogRecord, line: string) => void;
/**
 * Lets code in this process see each record as it is written, exactly as written (redacted), with
 * its line as it went into the record file (newline included), instead of reading the global files
 * back. The record is what its line parses to (`redactValue` copies the data as JSON holds it), so
 * it serves as the parsed line. Returns the function that stops listening.
 */
export declare function onRecord(listener: RecordListener): () => void;
/** A processing record in the current session and stage. */
export declare function record(level: Level, event: string, msg: string, fields?: RecordFields): void;
/** A prompt-audit record in the current session and stage. */
export declare function auditRecord(level: Level, event: string, msg: string, fields?: RecordFields): void;
export {};
