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
function damaged(file, what) {
    return new LyfeError(`not a readable zip file: ${what}`, { file, fix: 'Download the artifact again, or unzip it and give the folder' });
}
/** The entries of a zip, from its central directory. */
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
            localOffset: zip.readUInt32LE(offset + 42),
        });
        offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    }
    return entries;
}
/** The bytes of one entry. */
export function readZipEntry(zip, entry, file) {
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER)
        throw damaged(file, `the entry ${entry.name} is damaged`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED)
        return Buffer.from(data);
    if (entry.method === DEFLATED)
        return inflateRawSync(data);
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
