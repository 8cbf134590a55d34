import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from './errors.js';
/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
export function writeFileAtomic(file, content) {
    const dir = path.dirname(file);
    // Not named after the file: a name near the file system's limit would leave no room for the rest.
    // The global Web Crypto: `node:crypto` is loaded at the first write, not by every command that imports this.
    const temp = path.join(dir, `.lyfe-kt-${crypto.randomUUID()}.tmp`);
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
    try {
        fs.writeFileSync(temp, content);
        fs.renameSync(temp, file);
    }
    catch (error) {
        fs.rmSync(temp, { force: true });
        throw new LyfeError(`cannot be written (${error.code ?? error.message})`, {
            file,
            fix: 'Check that the output folder is writable',
            cause: error,
        });
    }
}
