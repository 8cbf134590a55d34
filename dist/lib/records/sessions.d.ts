import { type LogRecord, type Stage } from './types.js';
/**
 * succeeded / failed: the session has its `session.end` record, which says which.
 * running: no end yet, and a stage it started is still open in a live process on this host.
 * interrupted: no end record and nothing running: killed, crashed, or left between stages.
 */
export type SessionStatus = 'succeeded' | 'failed' | 'running' | 'interrupted';
export interface SessionListing {
    session: string;
    /** Times of the first and last record. */
    start: string;
    end: string;
    status: SessionStatus;
    /** Pipeline stages in the order they first appear. */
    stages: Stage[];
    /** Stages whose `stage.end` says failed. */
    failedStages: Stage[];
    records: number;
    errors: number;
    warnings: number;
    /** Distinct `call_id`s of `llm.attempt` records, and the attempts they took. */
    llmCalls: number;
    attempts: number;
    tokens: number;
}
export interface SessionList {
    /** Newest first (by start time). */
    sessions: SessionListing[];
    /** Lines of the record files that are not records. */
    skipped: number;
}
/** Accumulates one session's records, from either record file, in any interleaving. */
export declare class SessionTally {
    private readonly session;
    private start;
    private end;
    private ended;
    private readonly stages;
    private readonly failedStages;
    /** `pid stage` of stages started and not yet ended. */
    private readonly open;
    private readonly calls;
    private records;
    private errors;
    private warnings;
    private attempts;
    private tokens;
    constructor(session: string);
    add(record: LogRecord): void;
    summary(): SessionListing;
}
/** Every session found in the global record files of `logDir`, newest first. */
export declare function listSessions(logDir: string): SessionList;
