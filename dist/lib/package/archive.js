import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import * as tar from 'tar';
import { LyfeError } from '../errors.js';
import { isLogRecord } from '../records/parse.js';
import { ARCHIVE_FILE, ArchivedLogFiles, LOGS_DIR, LogFiles } from './constants.js';
/**
 * How much tar reads at a time, writing or reading an archive. The archive's bytes do not depend
 * on it (gzip is never flushed mid-stream); memory does: with tar's default of 16 MiB, reading back
 * 180 MiB of logs took 240 MiB, and writing them synchronously held a whole member ahead of gzip
 * (so the archive is written asynchronously: each read waits for gzip to take the one before).
 */
const READ_BYTES = 1024 * 1024;
/**
 * Writes the archived log files of `logsDir` into `records.tar.gz`, leaving them in place (the
 * viewer may still be reading two of them: see `removeArchivedLogs`). tar only packs here; gzip is
 * Node's stream, whose compression runs on the libuv threadpool, so that a second core compresses
 * while this thread hashes the members for the manifest (from the files, as they go in: the
 * archive is not read back) and renders whatever runs beside it. Same level as `tar czf`.
 */
export async function archiveLogs(logsDir) {
    const members = ArchivedLogFiles.filter((name) => fs.existsSync(path.join(logsDir, name)));
    const before = members.reduce((total, name) => total + fs.statSync(path.join(logsDir, name)).size, 0);
    const archive = path.join(logsDir, ARCHIVE_FILE);
    const digestMembers = async () => {
        const digests = new Map();
        for (const name of members)
            digests.set(name, await digestFile(path.join(logsDir, name)));
        return digests;
    };
    const [digests] = await Promise.all([
        digestMembers(),
        pipeline(tar.c({ portable: true, cwd: logsDir, maxReadSize: READ_BYTES }, members), createGzip({ level: 6 }), fs.createWriteStream(archive)),
    ]);
    return { before, after: fs.statSync(archive).size, members: digests };
}
/** Removes the files `archiveLogs` put into the archive. */
export function removeArchivedLogs(logsDir, archived) {
    for (const name of archived.members.keys())
        fs.rmSync(path.join(logsDir, name));
}
async function digestFile(file) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of fs.createReadStream(file, { highWaterMark: READ_BYTES })) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
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
/** The files of a `records.tar.gz`, by name. */
export function readArchive(file) {
    const files = new Map();
    visitArchive(file, (entry) => {
        const chunks = [];
        entry.on('data', (chunk) => chunks.push(chunk));
        entry.on('end', () => files.set(entry.path, Buffer.concat(chunks)));
    });
    return files;
}
/** The sha256 and size of each member of a `records.tar.gz`, hashed as it is read: no member is held whole. */
export function digestArchive(file) {
    const digests = new Map();
    visitArchive(file, (entry) => {
        const hash = createHash('sha256');
        let bytes = 0;
        entry.on('data', (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
        });
        entry.on('end', () => digests.set(entry.path, { sha256: hash.digest('hex'), bytes }));
    });
    return digests;
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
