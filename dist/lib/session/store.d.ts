import { LyfeError } from '../errors.js';
/** The file in a work folder that carries its session from one stage's process to the next. */
export declare const SESSION_FILE = ".lyfe-kt-session.json";
/** A package's manifest, whose digest names the package (see `PackagedMark`). */
export declare const MANIFEST_FILE = "manifest.json";
export interface WorkSession {
    session_id: string;
    started_at: string;
    /**
     * Set just before the package is renamed into place, and kept until the work folder is emptied:
     * a packaging stopped in between (killed) is finished by the next `package` or `run`, which find
     * the package by its path and digest instead of making another. With `--keep-work` it stays: the
     * kept files are that package's, and no stage, `run` or `package` takes them again.
     */
    packaged?: PackagedMark;
}
/** The package a work folder's run went into. */
export interface PackagedMark {
    /** The package folder, absolute. */
    path: string;
    /** Its manifest digest: the folder at `path` is this package only when its manifest says so. */
    digest: string;
    /** `--keep-work`: the work files stay, and so does the session file, marked. */
    keep_work: boolean;
}
/**
 * Whether the package `mark` names is in place: its manifest has the mark's digest. A packaging
 * stopped before its rename, or a package removed since, leaves a mark with none.
 */
export declare function markedPackageThere(mark: PackagedMark): boolean;
/** The work folder's session; undefined only when it has no session file. */
export declare function readWorkSession(workDir: string): WorkSession | undefined;
/** The session file of a work folder holds no session id: `--session` replaces it, deleting it starts anew. */
export declare class DamagedSessionFile extends LyfeError {
    constructor(file: string, cause: unknown);
}
/** Writes the work folder's session with `packaged` (or without it, when undefined): see `WorkSession.packaged`. */
export declare function markWorkSession(workDir: string, session: WorkSession, packaged: PackagedMark | undefined): void;
export declare function clearWorkSession(workDir: string): void;
export interface ResolvedSession {
    session: WorkSession;
    /** True when this process began the session (and must write its start record). */
    started: boolean;
}
/**
 * Which session a stage belongs to: `--session` / `LYFE_KT_SESSION`, else the work folder's,
 * else a new one (always a new one when `fresh`). The result is written back to the work folder
 * so that the next stage's process joins it. The session of files kept by `package --keep-work`
 * is joined only with `joinKept` (a `package` naming it, to package them again).
 */
export declare function resolveSession(workDir: string, options?: {
    override?: string;
    fresh?: boolean;
    joinKept?: boolean;
}): ResolvedSession;
/** The folders `--work-dir` and `--log-dir` (and the API's `workDir` and `logDir`) default to. */
export declare const DEFAULT_WORK_DIR = "work";
export declare const DEFAULT_LOG_DIR = "logs";
/** `lyfe-kt package`, with `--work-dir` when the work folder is not the default one. */
export declare const packageCommand: (workDir: string) => string;
/**
 * The work folder holds the files of a run packaged with `--keep-work` (its session file says so):
 * a new run there would be packaged with them.
 */
export declare class KeptWork extends LyfeError {
    constructor(workDir: string, session: WorkSession);
}
/** `--session` / `LYFE_KT_SESSION` names another session than the one of the run the work folder holds, not yet packaged. */
export declare class OtherSessionsRun extends LyfeError {
    constructor(workDir: string, session: WorkSession, given: string);
}
/** The work folder's session file names a package that is not in place: its packaging was stopped before the rename, or the package removed since. */
export declare class PackageNotThere extends LyfeError {
    constructor(workDir: string, mark: PackagedMark);
}
/** The work folder's session, or undefined when its file is missing or damaged (not when it cannot be read). */
export declare function readSessionOrDamaged(workDir: string): WorkSession | undefined;
