import type { Stage } from './stages.js';
/** What every record written inside a stage is tagged with. */
export interface SessionContext {
    sessionId: string;
    stage: Stage;
    /** Folder holding the global `*.jsonl` record files. */
    logDir: string;
}
export declare function runInSession<T>(context: SessionContext, fn: () => T): T;
export declare function currentSession(): SessionContext | undefined;
export declare function requireSession(): SessionContext;
