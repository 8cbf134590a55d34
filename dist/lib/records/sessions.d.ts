import { type SessionSummary } from './session-model.js';
import { type Stage } from './types.js';
/**
 * succeeded / failed: the session was ended by packaging, and its model says which.
 * running: no end yet, and a stage it started is still open in a live process on this host.
 * open: no end yet, and every stage it started has ended: left between stages, not packaged yet.
 * interrupted: no end record and nothing running: a stage killed or crashed, or no stage recorded.
 */
export type SessionStatus = 'succeeded' | 'failed' | 'running' | 'open' | 'interrupted';
export interface SessionListing {
    session: string;
    /** When the session started and ended, as its model says. */
    start: string;
    end: string;
    status: SessionStatus;
    /** Stages that ran, in the order they first started. */
    stages: Stage[];
    /** Stages a run of which failed. */
    failed_stages: Stage[];
    records: number;
    errors: number;
    warnings: number;
    /** Distinct LLM calls, and the requests they sent to the provider (in flight included). */
    llm_calls: number;
    attempts: number;
    tokens: number;
}
export interface SessionList {
    /** Newest first (by start time). */
    sessions: SessionListing[];
    /** Lines of the record files that are not records. */
    skipped: number;
}
export declare function sessionStatus(summary: SessionSummary): SessionStatus;
/** A line of `logs --list`, from the session's model. */
export declare function sessionListing(summary: SessionSummary): SessionListing;
/** Every session found in the global record files of `logDir`, newest first. */
export declare function listSessions(logDir: string): SessionList;
/**
 * Whether the session has ended, as its model says (`SessionSummary.ended`), from its session and
 * stage records alone: read through its index, or, when it has none (logs restored without their
 * `index/` folder, or written by an older lyfe-kt), by a scan of the record file, which the writer's
 * own search for earlier lines of the session then spares (`searchedFor`). A session this process
 * began has no records yet: it is not searched for.
 */
export declare function sessionEnded(logDir: string, sessionId: string): boolean;
/**
 * Whether the global files of `logDir` hold any record of the session: a line of it, found through
 * its index (read only up to the first line), else by a scan. An index alone is no record: the
 * record files may have been removed, emptied or rotated since, and their session indexes left.
 */
export declare function sessionHasRecords(logDir: string, sessionId: string): boolean;
