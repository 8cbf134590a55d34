import fs from 'node:fs';
import path from 'node:path';
import { errorText, ExitCode, LyfeError, someNames } from '../errors.js';
import { UNFINISHED_WRITE } from '../files.js';
import { processRunning } from '../session/process.js';
import { clearWorkSession, DamagedSessionFile, markedPackageThere, markWorkSession, readWorkSession } from '../session/store.js';
import { MANIFEST_FILE, WorkFolderNames } from './constants.js';
import { entryOf, MANIFEST_FORMAT, readManifest } from './manifest.js';
/** The manifest of the package `mark` names, when the folder there is that package; undefined when the rename never happened. */
function markedPackage(mark) {
    return markedPackageThere(mark) ? readManifest(mark.path) : undefined;
}
/**
 * Removes the work files the package holds, each only when its bytes are the package's (by the
 * manifest's hash), and the half-written files of killed writes, then the work folders left empty;
 * returns what it left.
 */
function removePackagedWork(workDir, manifest) {
    const left = [];
    const visit = (relative) => {
        let entries;
        try {
            entries = fs.readdirSync(path.join(workDir, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return;
            throw error;
        }
        for (const entry of entries) {
            const name = `${relative}/${entry.name}`;
            const file = path.join(workDir, name);
            if (entry.isDirectory())
                visit(name);
            else if (UNFINISHED_WRITE.test(entry.name) || (manifest.files[name] && fs.statSync(file).isFile() && entryOf(fs.readFileSync(file)).sha256 === manifest.files[name].sha256)) {
                fs.rmSync(file, { force: true });
            }
            else
                left.push(name);
        }
        if (fs.readdirSync(path.join(workDir, relative)).length === 0)
            fs.rmdirSync(path.join(workDir, relative));
    };
    for (const folder of WorkFolderNames)
        visit(folder);
    return left.sort();
}
/**
 * Finishes the packaging of `workDir` when its session file says its run was packaged: the work
 * files in the package are removed and the session file cleared. Files kept by `--keep-work` stay
 * when `keep` (a `package --keep-work`, or one naming their session): the package is only found.
 * A mark whose package is not there (the packager was stopped before the rename, or the package
 * was removed) is dropped: the run is packaged again. Undefined when there was nothing to finish
 * (or the session file is damaged).
 */
export function finishPackaging(workDir, { keep = false, dropped } = {}) {
    let session;
    try {
        session = readWorkSession(workDir);
    }
    catch (error) {
        // A damaged file names no package: the caller deals with it as before (`--session` replaces it).
        if (error instanceof DamagedSessionFile)
            return undefined;
        throw error;
    }
    const mark = session?.packaged;
    if (!session || !mark)
        return undefined;
    const manifest = markedPackage(mark);
    if (!manifest) {
        markWorkSession(workDir, session, undefined);
        dropped?.(mark);
        return undefined;
    }
    if (mark.keep_work && keep)
        return { session_id: session.session_id, mark, manifest, emptied: false, left: [] };
    const left = removePackagedWork(workDir, manifest);
    clearWorkSession(workDir);
    return { session_id: session.session_id, mark, manifest, emptied: true, left };
}
/** What a warning says of a finished packaging. */
export function finishedPackagingWarning(finished) {
    const left = finished.left.length ? `; left in the work folder, not in the package as they are: ${someNames(finished.left)}` : '';
    if (!finished.mark.keep_work) {
        return `this run was packaged already, into ${finished.mark.path}, by a \`lyfe-kt package\` that was stopped before it finished with the work folder: it is emptied now, and no second package was made${left}`;
    }
    const kept = `this run was packaged already, into ${finished.mark.path}, its files kept (--keep-work)`;
    if (finished.emptied)
        return `${kept}: they are removed from the work folder now, and no second package was made${left}`;
    return `${kept}: no second package was made (\`lyfe-kt package --session ${finished.session_id}\` makes one)`;
}
/** Whether `dir` is a package: it holds a manifest of lyfe-kt's format (another tool's `manifest.json` is not one). */
export function isPackage(dir) {
    let manifest;
    try {
        manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'));
    }
    catch {
        return false;
    }
    return manifest?.format === MANIFEST_FORMAT;
}
/** The package that is `dir` or holds it, at any depth, if any: its absolute path. */
export function packageHolding(dir) {
    for (let at = path.resolve(dir);; at = path.dirname(at)) {
        if (isPackage(at))
            return at;
        if (path.dirname(at) === at)
            return undefined;
    }
}
/**
 * Refuses a package folder given as the work folder (`--work-dir packages/x`, LYFE_KT_WORK_DIR set
 * to one), or a stage's output folder in a package (`generate directory pkg/02_preprocessed
 * pkg/03_output`): `package` would move its files into a new package, and a stage would write into
 * it, and either way it would no longer verify.
 */
export function refusePackageFolders(workDir, outDir) {
    const holding = packageHolding(workDir);
    if (holding !== undefined) {
        const what = holding === path.resolve(workDir) ? `a package (it holds ${MANIFEST_FILE})` : `in a package (${holding})`;
        throw new LyfeError(`the work folder is ${what}: working in it would change the package, which would then no longer verify`, {
            file: workDir,
            fix: 'Give --work-dir (or LYFE_KT_WORK_DIR) the work folder of a run, such as work; read a package with `lyfe-kt logs --package`, `view` or `replay`',
            exitCode: ExitCode.usage,
        });
    }
    if (outDir === undefined)
        return;
    const inside = packageHolding(outDir);
    if (inside === undefined)
        return;
    throw new LyfeError(`the output folder is in a package (${inside}): writing into it would change the package, which would then no longer verify`, {
        file: outDir,
        fix: 'Nothing was written; give an output folder outside the package (to run its articles again: `lyfe-kt run <package>/01_raw`)',
        exitCode: ExitCode.usage,
    });
}
/** Held in the work folder while a package is built from it: a second `package` of the same run is refused. */
export const PACKAGE_LOCK = '.lyfe-kt-package.lock';
/**
 * Who holds the work folder's package lock: the pid of a `package` still running; null for a lock
 * being written this instant (no pid yet: held); undefined when there is no lock, or when its
 * process is gone (killed: ended, a zombie not yet reaped, or a pid another process took since,
 * which started after the lock was written).
 */
export function packagingHolder(workDir) {
    const file = path.join(workDir, PACKAGE_LOCK);
    let text;
    let written;
    try {
        text = fs.readFileSync(file, 'utf8');
        written = fs.statSync(file).mtimeMs;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const holder = Number.parseInt(text, 10);
    if (!Number.isInteger(holder))
        return null;
    return holder === process.pid || processRunning(holder, written) ? holder : undefined;
}
/** The refusal of work on a folder that a `package` holds. */
export function packagingError(workDir, holder, then = '') {
    return new LyfeError(`another \`lyfe-kt package\`${holder === null ? '' : ` (pid ${holder})`} is packaging this work folder`, {
        file: workDir,
        fix: `Wait for it to finish: its package holds this run${then}`,
    });
}
/**
 * Takes the work folder's package lock, or says who holds it. A lock whose process is gone (a
 * killed `package`) is taken over. Returns the function that releases it.
 */
export function lockWorkFolder(workDir) {
    fs.mkdirSync(workDir, { recursive: true });
    const file = path.join(workDir, PACKAGE_LOCK);
    for (;;) {
        let fd;
        try {
            fd = fs.openSync(file, 'wx');
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw unwritableWorkFolder(workDir, error);
            const holder = packagingHolder(workDir);
            if (holder !== undefined)
                throw packagingError(workDir, holder);
            fs.rmSync(file, { force: true });
            continue;
        }
        try {
            fs.writeFileSync(fd, `${process.pid}\n`);
        }
        catch (error) {
            // Made, but its pid not written (a full disk makes the file, not its bytes): a lock with no
            // pid is taken for one being written, and would refuse every later command on the folder.
            fs.closeSync(fd);
            fs.rmSync(file, { force: true });
            throw unwritableWorkFolder(workDir, error);
        }
        fs.closeSync(fd);
        return () => fs.rmSync(file, { force: true });
    }
}
function unwritableWorkFolder(workDir, error) {
    return new LyfeError(`the work folder cannot be written (${error.code ?? errorText(error)})`, {
        file: workDir,
        fix: 'Nothing was written; free space on its disk (or fix its permissions), then run the command again',
        cause: error,
    });
}
