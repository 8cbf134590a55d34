import fs from 'node:fs';
import { ExitCode, LyfeError } from '../errors.js';
/**
 * The folder of the global record files is checked before a stage starts: a file in its place
 * or a folder that cannot be written would otherwise be found only by the first record.
 */
export function checkLogDir(logDir) {
    let stat;
    try {
        stat = fs.statSync(logDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return; // made by the first record
        throw new LyfeError(`the log folder cannot be read (${error.code})`, { file: logDir, fix: 'Give --log-dir a folder you can write', cause: error });
    }
    if (!stat.isDirectory()) {
        throw new LyfeError('the log folder is a file, not a folder', { file: logDir, fix: 'Give --log-dir a folder (it is made when missing), or move this file away', exitCode: ExitCode.usage });
    }
    try {
        fs.accessSync(logDir, fs.constants.W_OK);
    }
    catch (error) {
        throw new LyfeError('the log folder cannot be written', { file: logDir, fix: 'Give --log-dir a folder you can write, or fix its permissions', cause: error });
    }
}
