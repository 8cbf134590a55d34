import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { assertSessionId, newSessionId } from './id.js';
/** The file in a work folder that carries its session from one stage's process to the next. */
export const SESSION_FILE = '.lyfe-kt-session.json';
/** A package's manifest, whose digest names the package (see `PackagedMark`). */
export const MANIFEST_FILE = 'manifest.json';
/**
 * Whether the package `mark` names is in place: its manifest has the mark's digest. A packaging
 * stopped before its rename, or a package removed since, leaves a mark with none.
 */
export function markedPackageThere(mark) {
    try {
        return JSON.parse(fs.readFileSync(path.join(mark.path, MANIFEST_FILE), 'utf8')).digest === mark.digest;
    }
    catch {
        return false;
    }
}
/** The work folder's session; undefined only when it has no session file. */
export function readWorkSession(workDir) {
    const file = path.join(workDir, SESSION_FILE);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new LyfeError(`the session file cannot be read (${code ?? error.message})`, {
            file,
            fix: `Make it a file you can read and write (\`ls -l ${file}\`); it names the session of the work folder's run`,
            cause: error,
        });
    }
    try {
        const parsed = JSON.parse(text);
        assertSessionId(parsed.session_id, `session in ${file}`);
        return parsed;
    }
    catch (error) {
        throw new DamagedSessionFile(file, error);
    }
}
/** The session file of a work folder holds no session id: `--session` replaces it, deleting it starts anew. */
export class DamagedSessionFile extends LyfeError {
    constructor(file, cause) {
        super('the session file is damaged', {
            file,
            fix: `Pass --session <id> to continue a known session (\`lyfe-kt logs --list\` lists them), or delete it (\`rm ${file}\`) to start a new one`,
            cause,
        });
    }
}
/** Writes the work folder's session with `packaged` (or without it, when undefined): see `WorkSession.packaged`. */
export function markWorkSession(workDir, session, packaged) {
    writeWorkSession(workDir, { session_id: session.session_id, started_at: session.started_at, ...(packaged && { packaged }) });
}
function writeWorkSession(workDir, session) {
    writeFileAtomic(path.join(workDir, SESSION_FILE), `${JSON.stringify(session)}\n`);
}
export function clearWorkSession(workDir) {
    fs.rmSync(path.join(workDir, SESSION_FILE), { force: true });
}
/**
 * Which session a stage belongs to: `--session` / `LYFE_KT_SESSION`, else the work folder's,
 * else a new one (always a new one when `fresh`). The result is written back to the work folder
 * so that the next stage's process joins it. The session of files kept by `package --keep-work`
 * is joined only with `joinKept` (a `package` naming it, to package them again).
 */
export function resolveSession(workDir, options = {}) {
    // A damaged session file is replaced by the session given: that is the way out it advises.
    const existing = options.fresh ? undefined : options.override ? readSessionOrDamaged(workDir) : readWorkSession(workDir);
    const mark = existing?.packaged;
    const there = mark !== undefined && markedPackageThere(mark);
    if (existing && mark?.keep_work && there) {
        if (!options.joinKept)
            throw new KeptWork(workDir, existing);
    }
    else if (mark && !there) {
        throw new PackageNotThere(workDir, mark);
    }
    else if (mark) {
        throw new LyfeError(`the work folder's run was packaged into ${mark.path}, but the work folder was not emptied`, {
            file: workDir,
            fix: 'Run `lyfe-kt package` to finish emptying it (it makes no second package), then run the stage again',
        });
    }
    let resolved;
    if (options.override) {
        const id = assertSessionId(options.override);
        // The run the work folder holds is its session's: in another session its files would be packaged
        // under that session's records, and its own records never (`package` refuses a session not the work folder's).
        if (existing && !existing.packaged && existing.session_id !== id)
            throw new OtherSessionsRun(workDir, existing, id);
        resolved =
            existing?.session_id === id
                ? { session: existing, started: false }
                : { session: { session_id: id, started_at: new Date().toISOString() }, started: true };
    }
    else {
        resolved = existing ? { session: existing, started: false } : { session: { session_id: newSessionId(), started_at: new Date().toISOString() }, started: true };
    }
    if (resolved.started)
        writeWorkSession(workDir, resolved.session);
    return resolved;
}
/** The folders `--work-dir` and `--log-dir` (and the API's `workDir` and `logDir`) default to. */
export const DEFAULT_WORK_DIR = 'work';
export const DEFAULT_LOG_DIR = 'logs';
/** `lyfe-kt package`, with `--work-dir` when the work folder is not the default one. */
export const packageCommand = (workDir) => `lyfe-kt package${path.resolve(workDir) === path.resolve(DEFAULT_WORK_DIR) ? '' : ` --work-dir ${workDir}`}`;
/**
 * The work folder holds the files of a run packaged with `--keep-work` (its session file says so):
 * a new run there would be packaged with them.
 */
export class KeptWork extends LyfeError {
    constructor(workDir, session) {
        super(`the work folder holds the files of session ${session.session_id}, kept by \`lyfe-kt package --keep-work\` when it packaged them into ${session.packaged.path}`, {
            file: workDir,
            fix: `Give another --work-dir, or empty this one with \`${packageCommand(workDir)}\` (without --keep-work: it removes the files that package holds, and makes no second package), then run again`,
        });
    }
}
/** `--session` / `LYFE_KT_SESSION` names another session than the one of the run the work folder holds, not yet packaged. */
export class OtherSessionsRun extends LyfeError {
    constructor(workDir, session, given) {
        super(`the work folder holds a run of session ${session.session_id} that was not packaged, not of session ${given}`, {
            file: workDir,
            fix: `Package that run first (\`${packageCommand(workDir)}\`), give this stage another --work-dir, or continue that run with --session ${session.session_id}`,
        });
    }
}
/** The work folder's session file names a package that is not in place: its packaging was stopped before the rename, or the package removed since. */
export class PackageNotThere extends LyfeError {
    constructor(workDir, mark) {
        super(`the work folder's run was being packaged into ${mark.path}, which is not there: the packaging was stopped, or the package removed since`, {
            file: workDir,
            fix: `Run \`${packageCommand(workDir)}\` to package the run, then run again`,
        });
    }
}
/** The work folder's session, or undefined when its file is missing or damaged (not when it cannot be read). */
export function readSessionOrDamaged(workDir) {
    try {
        return readWorkSession(workDir);
    }
    catch (error) {
        if (error instanceof DamagedSessionFile)
            return undefined;
        throw error;
    }
}
