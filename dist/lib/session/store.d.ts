import { LyfeError } from '../errors.js';
/** The file in a work folder that carries its session from one stage's process to the next. */
export declare const SESSION_FILE = ".lyfe-kt-session.json";
export interface WorkSession {
    session_id: string;
    started_at: string;
}
/** The work folder's session; undefined only when it has no session file. */
export declare function readWorkSession(workDir: string): WorkSession | undefined;
/** The session file of a work folder holds no session id: `--session` replaces it, deleting it starts anew. */
export declare class DamagedSessionFile extends LyfeError {
    constructor(file: string, cause: unknown);
}
export declare function clearWorkSession(workDir: string): void;
export interface ResolvedSession {
    session: WorkSession;
    /** True when this process began the session (and must write its start record). */
    started: boolean;
}
/**
 * Which session a stage belongs to: `--session` / `LYFE_KT_SESSION`, else the work folder's,
 * else a new one (always a new one when `fresh`). The result is written back to the work folder
 * so that the next stage's process joins it.
 */
export declare function resolveSession(workDir: string, options?: {
    override?: string;
    fresh?: boolean;
}): ResolvedSession;
