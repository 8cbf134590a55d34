import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { LyfeError } from '../errors.js';
import { isLogRecord } from '../records/reader.js';
import { ARCHIVE_FILE, ArchivedLogFiles, LOGS_DIR, LogFiles } from './constants.js';
/** Moves the archived log files of `logsDir` into `records.tar.gz`. */
export function compressLogs(logsDir) {
    const members = ArchivedLogFiles.filter((name) => fs.existsSync(path.join(logsDir, name)));
    const before = members.reduce((total, name) => total + fs.statSync(path.join(logsDir, name)).size, 0);
    const archive = path.join(logsDir, ARCHIVE_FILE);
    tar.c({ gzip: { level: 9 }, file: archive, sync: true, portable: true, cwd: logsDir }, members);
    for (const name of members)
        fs.rmSync(path.join(logsDir, name));
    return { before, after: fs.statSync(archive).size };
}
/** The files of a `records.tar.gz`, by name. */
export function readArchive(file) {
    const files = new Map();
    try {
        tar.t({
            file,
            sync: true,
            strict: true,
            onReadEntry: (entry) => {
                const chunks = [];
                entry.on('data', (chunk) => chunks.push(chunk));
                entry.on('end', () => files.set(entry.path, Buffer.concat(chunks)));
            },
        });
    }
    catch (error) {
        throw new LyfeError(`the compressed logs cannot be read: ${error.message}`, {
            file,
            fix: 'The archive is damaged; run `lyfe-kt verify` on the package to see what changed',
            cause: error,
        });
    }
    return files;
}
export function readPackageLogs(packageDir) {
    const logsDir = path.join(packageDir, LOGS_DIR);
    if (!fs.existsSync(logsDir)) {
        throw new LyfeError('not a package: it has no logs/ folder', { file: packageDir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const files = new Map();
    let compressed = false;
    for (const name of fs.readdirSync(logsDir).sort()) {
        const file = path.join(logsDir, name);
        if (!fs.statSync(file).isFile())
            continue;
        if (name === ARCHIVE_FILE) {
            compressed = true;
            for (const [member, content] of readArchive(file))
                files.set(member, content);
        }
        else {
            files.set(name, fs.readFileSync(file));
        }
    }
    return { compressed, files };
}
function parseJsonl(content, name, packageDir) {
    if (!content)
        return [];
    const records = [];
    const lines = content.toString('utf8').split('\n');
    lines.forEach((line, index) => {
        if (!line)
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            value = undefined;
        }
        if (!isLogRecord(value)) {
            throw new LyfeError(`line ${index + 1} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
        }
        records.push(value);
    });
    return records;
}
/** The session records a package carries (plain or compressed), for every tool that reads a package. */
export function readPackageRecords(packageDir) {
    const logs = readPackageLogs(packageDir);
    const processing = parseJsonl(logs.files.get(LogFiles.processingRecords), LogFiles.processingRecords, packageDir);
    const prompts = parseJsonl(logs.files.get(LogFiles.promptRecords), LogFiles.promptRecords, packageDir);
    return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
}
