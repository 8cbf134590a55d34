import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';
import { LyfeError } from '../errors.js';
import { parseRecordLine } from '../records/parse.js';
import { ARCHIVE_FILE, ArchivedLogFiles, LOGS_DIR, LogFiles } from './constants.js';
import { memberGzip } from './text-logs.js';
import { startsLikeZip } from './zip.js';
/**
 * How much tar reads at a time, reading an archive back. Memory depends on it: with tar's default
 * of 16 MiB, reading back 180 MiB of logs took 240 MiB.
 */
const READ_BYTES = 1024 * 1024;
const TAR_BLOCK = 512;
/** The tar header of a member of `records.tar.gz`. */
function tarHeader(name, size, mtime) {
    const block = Buffer.alloc(TAR_BLOCK);
    if (new tar.Header({ path: name, mode: 0o644, size, mtime, type: 'File', uid: 0, gid: 0 }).encode(block, 0)) {
        throw new LyfeError(`${name} is too large for a tar header (${size} bytes)`, { file: name, fix: 'Package the session without --compress' });
    }
    return block;
}
/**
 * Writes `logs/records.tar.gz` from the gzip members of the archived files (those missing are made
 * from the plain files first). A gzip file is any number of gzip members read as one stream
 * (RFC 1952, 2.2; `tar -xzf`, node-tar and `gunzip` read it so): each tar header, with the padding
 * of the member before it, is a small member of its own, and each file's member goes in as it is,
 * so that no byte is compressed twice. The plain files and the members stay (see `writeLogs`).
 */
export async function archiveLogs(logsDir, thread, written, mtime) {
    const members = [];
    for (const name of ArchivedLogFiles) {
        const plain = path.join(logsDir, name);
        let member = written.get(name);
        if (!member?.gzip) {
            if (!member && !fs.existsSync(plain))
                continue;
            member = await thread.fromFile(plain, { gzip: memberGzip(logsDir, name) });
        }
        members.push([name, { ...member, gzip: member.gzip }]);
    }
    const parts = [];
    let padding = 0;
    for (const [name, member] of members) {
        parts.push(gzipSync(Buffer.concat([Buffer.alloc(padding), tarHeader(name, member.bytes, mtime)])), member.gzip);
        padding = (TAR_BLOCK - (member.bytes % TAR_BLOCK)) % TAR_BLOCK;
    }
    // The end of a tar archive: two empty blocks.
    parts.push(gzipSync(Buffer.alloc(padding + 2 * TAR_BLOCK)));
    // Written by the worker, if it runs, while this thread writes the viewer.
    const digest = await thread.concat(path.join(logsDir, ARCHIVE_FILE), parts);
    return { before: members.reduce((total, [, member]) => total + member.bytes, 0), after: digest.bytes, digest };
}
/** Removes the gzip members of the record files, and the plain files too once they are `archived`. */
export function removeArchivedLogs(logsDir, archived) {
    for (const name of ArchivedLogFiles) {
        fs.rmSync(memberGzip(logsDir, name), { force: true });
        if (archived)
            fs.rmSync(path.join(logsDir, name), { force: true });
    }
}
/** Calls `onMember` for each member of a `records.tar.gz` as it is read; `onMember` reads it as a stream. */
function visitArchive(file, onMember) {
    try {
        tar.t({ file, sync: true, strict: true, maxReadSize: READ_BYTES, onReadEntry: onMember });
    }
    catch (error) {
        throw new LyfeError(`the compressed logs cannot be read: ${error.message}`, {
            file,
            fix: 'The archive is damaged; run `lyfe-kt verify` on the package to see what changed',
            cause: error,
        });
    }
}
/** The files of a `records.tar.gz`, by name; with `wanted`, only those it takes (the others are read past, not kept). */
export function readArchive(file, wanted = () => true) {
    const files = new Map();
    visitArchive(file, (entry) => {
        if (!wanted(entry.path)) {
            entry.resume();
            return;
        }
        const chunks = [];
        entry.on('data', (chunk) => chunks.push(chunk));
        entry.on('end', () => files.set(entry.path, Buffer.concat(chunks)));
    });
    return files;
}
/**
 * `dir` is a folder, as a package is. A file given instead is said to be one: an artifact's .zip as
 * the Actions page downloads it (only `view` reads one as it is), or any other file.
 */
export function requirePackageFolder(dir) {
    const stats = fs.statSync(dir, { throwIfNoEntry: false });
    if (!stats)
        throw new LyfeError('no such package folder', { file: dir, fix: 'Check the path; it is read relative to the current directory' });
    if (stats.isDirectory())
        return;
    if (stats.isFile() && startsLikeZip(dir)) {
        throw new LyfeError('is a .zip (a downloaded artifact), not a package folder', {
            file: dir,
            fix: `Unzip it into a folder of its own (\`unzip ${dir} -d <folder>\`) and give that folder; \`lyfe-kt view\` alone reads the .zip as it is`,
        });
    }
    throw new LyfeError('is a file, not a package folder', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
}
/** With `wanted`, only the files of `logs/` (or members of its archive) it takes are read. */
export function readPackageLogs(packageDir, wanted = () => true) {
    const logsDir = path.join(packageDir, LOGS_DIR);
    requirePackageFolder(packageDir);
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
            for (const [member, content] of readArchive(file, wanted))
                files.set(member, content);
        }
        else if (wanted(name)) {
            files.set(name, fs.readFileSync(file));
        }
    }
    return { compressed, files };
}
/**
 * The records of a `*.jsonl` file, each line decoded on its own: the file as one string would be
 * past what V8 can make (512 MiB) in the package of a large run, which every reader would fail on.
 */
function parseJsonl(content, name, packageDir) {
    if (!content)
        return [];
    const records = [];
    for (let start = 0, line = 1; start < content.length; line++) {
        const newline = content.indexOf(0x0a, start);
        const end = newline < 0 ? content.length : newline;
        if (end > start) {
            const value = parseRecordLine(content, start, end);
            if (!value)
                throw new LyfeError(`line ${line} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
            records.push(value);
        }
        start = end + 1;
    }
    return records;
}
/**
 * The session records a package carries (plain or compressed), for every tool that reads a package.
 * `{ prompts: false }` reads the processing records only (`prompts` is then empty): the prompt
 * records are most of a package's records, a reader that does not need them is spared their memory.
 */
export function readPackageRecords(packageDir, options = {}) {
    const withPrompts = options.prompts ?? true;
    const logs = readPackageLogs(packageDir, (name) => name === LogFiles.processingRecords || (withPrompts && name === LogFiles.promptRecords));
    const processing = parseJsonl(logs.files.get(LogFiles.processingRecords), LogFiles.processingRecords, packageDir);
    const prompts = withPrompts ? parseJsonl(logs.files.get(LogFiles.promptRecords), LogFiles.promptRecords, packageDir) : [];
    return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
}
/** The records of a package, for the views of one: a folder whose `logs/` holds none is not a package to show. */
export function packageRecordsToShow(packageDir, options = {}) {
    const records = readPackageRecords(packageDir, options);
    if (records.session_id === null) {
        throw new LyfeError('the package holds no records', { file: packageDir, fix: 'Give the folder of a package made by `lyfe-kt package` (`lyfe-kt verify` tells whether it is whole)' });
    }
    return { ...records, session_id: records.session_id };
}
