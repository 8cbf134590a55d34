import { type Level, type Stage } from './types.js';
export interface RecordFields {
    input?: string[];
    output?: string[];
    data?: Record<string, unknown>;
    /** Overrides the stage of the current context. */
    stage?: Stage;
}
/** A processing record in the current session and stage. */
export declare function record(level: Level, event: string, msg: string, fields?: RecordFields): void;
/** A prompt-audit record in the current session and stage. */
export declare function auditRecord(level: Level, event: string, msg: string, fields?: RecordFields): void;
