import { type Stage } from '../records/types.js';
import { type WorkSession } from '../session/store.js';
export interface StageOptions {
    stage: Stage;
    workDir: string;
    logDir: string;
    /** `--session` or `LYFE_KT_SESSION`. */
    session?: string;
    /** Start a new session even when the work folder has one (`run`). */
    fresh?: boolean;
    /** Join the session of files kept by `package --keep-work` (`package --session` of that session: it packages them again). */
    joinKept?: boolean;
    /** Written into the session start record when this stage begins the session (provider, model...). */
    sessionInfo?: Record<string, unknown>;
    /** Aborted (Ctrl-C): the stage ends failed at once, with the signal's reason as its error. */
    signal?: AbortSignal;
    /** Called with the session once it is joined or begun, before the stage's start is recorded. */
    began?: (session: WorkSession) => void;
}
/** Counters a stage fills in; they end up in its `stage.end` record. */
export interface StageStats {
    filesIn: number;
    filesOut: number;
    filesInvalid: number;
}
export interface StageRun<T> {
    session: WorkSession;
    result: T;
    stats: StageStats;
}
/**
 * Runs one pipeline stage inside its session: joins (or begins) the work folder's session, writes
 * the stage's start and end records, and records a failure with its cause before rethrowing it.
 */
export declare function runStage<T>(options: StageOptions, fn: (stats: StageStats) => Promise<T>): Promise<StageRun<T>>;
