/** The file in a work folder that carries its session from one stage's process to the next. */
export declare const SESSION_FILE = ".lyfe-kt-session.json";
export interface WorkSession {
    session_id: string;
    started_at: string;
}
export declare function readWorkSession(workDir: string): WorkSession | undefined;
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
