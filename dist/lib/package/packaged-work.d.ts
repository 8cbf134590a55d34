import { LyfeError } from '../errors.js';
import { type PackagedMark } from '../session/store.js';
import { type Manifest } from './manifest.js';
/**
 * A work folder whose packaging was stopped (killed) after its package was renamed into place and
 * before the work folder was emptied, or whose files `package --keep-work` kept: its session file
 * names the package (`WorkSession.packaged`, written before the rename). The next `package` or
 * `run` finishes the clean-up here and reports the package that exists instead of making a second
 * one of the same run.
 */
export interface FinishedPackaging {
    session_id: string;
    mark: PackagedMark;
    manifest: Manifest;
    /** The work files the package holds were removed, and the session file cleared (not so when they are kept). */
    emptied: boolean;
    /** Work files left where they are: not in the package as they are now (changed or added since). */
    left: string[];
}
/**
 * Finishes the packaging of `workDir` when its session file says its run was packaged: the work
 * files in the package are removed and the session file cleared. Files kept by `--keep-work` stay
 * when `keep` (a `package --keep-work`, or one naming their session): the package is only found.
 * A mark whose package is not there (the packager was stopped before the rename, or the package
 * was removed) is dropped: the run is packaged again. Undefined when there was nothing to finish
 * (or the session file is damaged).
 */
export declare function finishPackaging(workDir: string, { keep, dropped }?: {
    keep?: boolean;
    dropped?: (mark: PackagedMark) => void;
}): FinishedPackaging | undefined;
/** What a warning says of a finished packaging. */
export declare function finishedPackagingWarning(finished: FinishedPackaging): string;
/** Whether `dir` is a package: it holds a manifest of lyfe-kt's format (another tool's `manifest.json` is not one). */
export declare function isPackage(dir: string): boolean;
/** The package that is `dir` or holds it, at any depth, if any: its absolute path. */
export declare function packageHolding(dir: string): string | undefined;
/**
 * Refuses a package folder given as the work folder (`--work-dir packages/x`, LYFE_KT_WORK_DIR set
 * to one), or a stage's output folder in a package (`generate directory pkg/02_preprocessed
 * pkg/03_output`): `package` would move its files into a new package, and a stage would write into
 * it, and either way it would no longer verify.
 */
export declare function refusePackageFolders(workDir: string, outDir?: string): void;
/** Held in the work folder while a package is built from it: a second `package` of the same run is refused. */
export declare const PACKAGE_LOCK = ".lyfe-kt-package.lock";
/**
 * Who holds the work folder's package lock: the pid of a `package` still running; null for a lock
 * being written this instant (no pid yet: held); undefined when there is no lock, or when its
 * process is gone (killed: ended, a zombie not yet reaped, or a pid another process took since,
 * which started after the lock was written).
 */
export declare function packagingHolder(workDir: string): number | null | undefined;
/** The refusal of work on a folder that a `package` holds. */
export declare function packagingError(workDir: string, holder: number | null, then?: string): LyfeError;
/**
 * Takes the work folder's package lock, or says who holds it. A lock whose process is gone (a
 * killed `package`) is taken over. Returns the function that releases it.
 */
export declare function lockWorkFolder(workDir: string): () => void;
