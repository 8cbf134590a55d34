import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { someNames } from '../errors.js';
import { clearWorkSession, DamagedSessionFile, markWorkSession, readWorkSession } from '../session/store.js';
import { MANIFEST_FILE, WorkFolderNames } from './constants.js';
import { readManifest } from './manifest.js';
/** The manifest of the package `mark` names, when the folder there is that package; undefined when the rename never happened. */
function markedPackage(mark) {
    if (!fs.existsSync(path.join(mark.path, MANIFEST_FILE)))
        return undefined;
    const manifest = readManifest(mark.path);
    return manifest.digest === mark.digest ? manifest : undefined;
}
const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/**
 * Removes the work files the package holds, each only when its bytes are the package's (by the
 * manifest's hash), then the work folders left empty; returns what it left.
 */
function removePackagedWork(workDir, manifest) {
    const removed = [];
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
            else if (manifest.files[name] && fs.statSync(file).isFile() && sha256(file) === manifest.files[name].sha256) {
                fs.rmSync(file, { force: true });
                removed.push(file);
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
 * files in the package are removed (unless it was made with `--keep-work`) and the session file
 * cleared. A mark whose package is not there (the packager was stopped before the rename) is
 * dropped: the run was not packaged, and is packaged again. Undefined when there was nothing to finish
 * (or the session file is damaged).
 */
export function finishPackaging(workDir) {
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
        return undefined;
    }
    const left = mark.keep_work ? [] : removePackagedWork(workDir, manifest);
    clearWorkSession(workDir);
    return { session_id: session.session_id, mark, manifest, left };
}
/** What a warning says of a finished packaging. */
export function finishedPackagingWarning(finished) {
    const left = finished.left.length ? `; left in the work folder, not in the package as they are: ${someNames(finished.left)}` : '';
    return `this run was packaged already, into ${finished.mark.path}, by a \`lyfe-kt package\` that was stopped before it emptied the work folder: it is emptied now, and no second package was made${left}`;
}
