import fs from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { LyfeError } from '../errors.js';
/**
 * Reads files out of a zip (a downloaded GitHub artifact) through the zip's central directory,
 * each entry stored or deflated as every zip writer makes them; Node's zlib inflates it.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
/**
 * The bytes the entries of one zip may unpack to, all together: a package's artifact is far
 * smaller (records over 64 MiB are packaged compressed), and a zip's few KiB may declare, or
 * inflate to, gigabytes.
 */
export const ZIP_MAX_BYTES = 512 * 1024 * 1024;
/** Whether a file begins as a zip does: a file entry's header, or the end record of an empty zip. */
export function startsLikeZip(file) {
    const head = Buffer.alloc(4);
    const fd = fs.openSync(file, 'r');
    try {
        const read = fs.readSync(fd, head, 0, 4, 0);
        return read === 4 && (head.equals(Buffer.from('PK\x03\x04', 'latin1')) || head.equals(Buffer.from('PK\x05\x06', 'latin1')));
    }
    finally {
        fs.closeSync(fd);
    }
}
function damaged(file, what) {
    return new LyfeError(`not a readable zip file: ${what}`, { file, fix: 'Download the artifact again, or unzip it and give the folder' });
}
/** The entries of a zip, from its central directory; refused when they declare more than `ZIP_MAX_BYTES` in all. */
export function zipEntries(zip, file) {
    let end = zip.length - 22;
    const stop = Math.max(0, zip.length - END_SEARCH);
    while (end >= stop && zip.readUInt32LE(end) !== END_OF_DIRECTORY)
        end--;
    if (end < stop)
        throw damaged(file, 'it has no end of central directory');
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY)
            throw damaged(file, 'its central directory is damaged');
        const nameLength = zip.readUInt16LE(offset + 28);
        entries.push({
            name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
            method: zip.readUInt16LE(offset + 10),
            compressedSize: zip.readUInt32LE(offset + 20),
            size: zip.readUInt32LE(offset + 24),
            localOffset: zip.readUInt32LE(offset + 42),
        });
        offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    }
    // Entries may share their bytes, so that each declares gigabytes of one small deflated stream.
    if (entries.reduce((total, entry) => total + entry.size, 0) > ZIP_MAX_BYTES)
        throw damaged(file, `its entries declare more than the ${ZIP_MAX_BYTES / 1024 / 1024} MiB in all that a package's zip is read up to`);
    return entries;
}
/** The bytes of one entry: no more than it declares, inflated no further (a zip bomb's entry declares a few bytes). */
export function readZipEntry(zip, entry, file) {
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER)
        throw damaged(file, `the entry ${entry.name} is damaged`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    const tooLarge = () => damaged(file, `the entry ${entry.name} holds more than the ${entry.size} bytes it declares`);
    if (entry.method === STORED) {
        if (data.length > entry.size)
            throw tooLarge();
        return Buffer.from(data);
    }
    if (entry.method === DEFLATED) {
        let bytes;
        try {
            // Inflated up to one byte over what it declares, which is enough to know it holds more.
            bytes = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE')
                throw tooLarge();
            throw error;
        }
        if (bytes.length > entry.size)
            throw tooLarge();
        return bytes;
    }
    throw damaged(file, `the entry ${entry.name} uses compression method ${entry.method}`);
}
/**
 * Every file of a zip written under `dir`, as the zip names them. A name that would land outside
 * `dir` (absolute, or with `..`) is refused before anything is written: an artifact is data.
 */
export function extractZip(zip, file, dir) {
    const root = path.resolve(dir);
    const entries = zipEntries(zip, file).filter((entry) => !entry.name.endsWith('/'));
    const targets = entries.map((entry) => {
        const target = path.resolve(root, entry.name);
        if (!target.startsWith(`${root}${path.sep}`))
            throw damaged(file, `the entry ${entry.name} would be written outside the folder it is unpacked to`);
        return target;
    });
    entries.forEach((entry, i) => {
        fs.mkdirSync(path.dirname(targets[i]), { recursive: true });
        fs.writeFileSync(targets[i], readZipEntry(zip, entry, file));
    });
    return targets;
}
