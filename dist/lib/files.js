import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from './errors.js';
/** Whether `target` is `dir` or inside it (paths resolved, not followed). */
export function isWithin(dir, target) {
    const relative = path.relative(path.resolve(dir), path.resolve(target));
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
/**
 * The temporary file of a `writeFileAtomic` that did not finish (its process was killed before the
 * rename): half a file, never one of a run's outputs.
 */
export const UNFINISHED_WRITE = /^\.lyfe-kt-[0-9a-f-]{36}\.tmp$/;
/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half a
 * file. The folder is made only when the write finds it missing: a run writes hundreds of outputs
 * into one folder, and making sure of it before each write costs system calls every time.
 */
export function writeFileAtomic(file, content) {
    const dir = path.dirname(file);
    // Not named after the file: a name near the file system's limit would leave no room for the rest.
    // The global Web Crypto: `node:crypto` is loaded at the first write, not by every command that imports this.
    const temp = path.join(dir, `.lyfe-kt-${crypto.randomUUID()}.tmp`);
    try {
        try {
            fs.writeFileSync(temp, content);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw error;
            makeFolder(file, dir);
            fs.writeFileSync(temp, content);
        }
        fs.renameSync(temp, file);
    }
    catch (error) {
        // Best effort: where the folder could not be made, there is no temporary file to remove either.
        try {
            fs.rmSync(temp, { force: true });
        }
        catch {
            // the write's error is the one to report
        }
        if (error instanceof LyfeError)
            throw error;
        const code = error.code;
        // A folder at the file's path (the rename onto it fails), and a full disk, are not a permission.
        const folderThere = code === 'EISDIR';
        const fix = folderThere ? 'Move that folder away (or remove it), then run again' : code === 'ENOSPC' || code === 'EDQUOT' ? 'Free space on its disk, then run again' : 'Check that the output folder is writable';
        throw new LyfeError(`cannot be written (${code ?? error.message})${folderThere ? ': a folder is at its path' : ''}`, { file, fix, cause: error });
    }
}
function makeFolder(file, dir) {
    try {
        fs.mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        throw new LyfeError(`cannot be written: its folder cannot be made (${error.code ?? error.message})`, {
            file,
            fix: `Check that ${dir} is a folder you can write, not a file`,
            cause: error,
        });
    }
}
