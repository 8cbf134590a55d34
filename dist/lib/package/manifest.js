import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../errors.js';
import { Events } from '../records/types.js';
import { readPackageRecords, requirePackageFolder } from './archive.js';
import { isObject } from './content-diff.js';
import { count } from '../records/values.js';
import { MANIFEST_FILE, WorkFolders } from './constants.js';
/**
 * `manifest.json`: the SHA-256 of every file of a package, and one digest over all of them, so that
 * any changed, missing or added byte is found by `lyfe-kt verify`. The digest is what to quote
 * (in a PR comment, a ticket) to name one exact package.
 */
export const MANIFEST_FORMAT = 'lyfe-kt-package-manifest/1';
export function entryOf(content) {
    return { sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length };
}
function hashFile(file) {
    return entryOf(fs.readFileSync(file));
}
/** The digests of the files `names` (package paths) of the package in `dir`, read now: known digests for `buildManifest`. */
export function digestFiles(dir, names) {
    return new Map(names.map((name) => [name, hashFile(path.join(dir, name))]));
}
/** What `sha256sum` escapes in a name, and how: a name holding one starts its line with a backslash. */
const SUM_ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };
const SUM_ESCAPED = /[\\\n\r]/g;
/**
 * The line `sha256sum` prints for a file: a line break in a name as it is would make two lines of
 * one, and one file could then be digested as two others are.
 */
function sumLine(name, entry) {
    const escaped = name.replace(SUM_ESCAPED, (char) => SUM_ESCAPES[char]);
    return `${escaped === name ? '' : '\\'}${entry.sha256}  ${escaped}\n`;
}
export function digestOf(files, line = sumLine) {
    const hash = createHash('sha256');
    for (const name of Object.keys(files).sort())
        hash.update(line(name, files[name]));
    return hash.digest('hex');
}
/** The digest as earlier lyfe-kt made it: the names as they are, escaped nowhere. */
const unescapedDigestOf = (files) => digestOf(files, (name, entry) => `${entry.sha256}  ${name}\n`);
/** Every entry under `dir` but the manifest, as sorted `/` paths; `others` collects what is neither file nor folder. */
function walk(dir, others = []) {
    const files = [];
    const visit = (relative) => {
        for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
            const name = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                visit(name);
            else if (entry.isFile()) {
                if (name !== MANIFEST_FILE)
                    files.push(name);
            }
            else
                others.push(name);
        }
    };
    visit('');
    return files.sort();
}
/** The folder of a package that holds what each pipeline stage writes. */
const OUTPUT_FOLDER = { preprocess: WorkFolders.preprocessed, generate: WorkFolders.output };
/** The outputs a session's records say its stages wrote, as sorted package paths (`03_output/x.json`). */
export function recordedOutputs(processing) {
    const files = new Set();
    for (const record of processing) {
        const folder = OUTPUT_FOLDER[record.stage];
        if (record.event !== Events.fileResult || !folder)
            continue;
        for (const name of record.output ?? [])
            files.add(`${folder}/${name}`);
    }
    return [...files].sort();
}
/**
 * The manifest of the package in `dir`: every file in it, hashed from disk unless `known` (digests
 * packaging took of what it wrote, by package path) has it.
 */
export function buildManifest(dir, known = new Map()) {
    const others = [];
    const names = walk(dir, others);
    if (others.length)
        throw new LyfeError(`the package holds entries that are not files: ${others.join(', ')}`, { file: dir });
    const files = {};
    for (const name of names) {
        const digest = known.get(name);
        files[name] = digest ? { sha256: digest.sha256, bytes: digest.bytes } : hashFile(path.join(dir, name));
    }
    return { format: MANIFEST_FORMAT, algorithm: 'sha256', digest: digestOf(files), files };
}
/** The bytes of the package in `dir` that `manifest` lists: its files, and manifest.json itself. */
export function packageBytes(dir, manifest) {
    return Object.values(manifest.files).reduce((total, file) => total + file.bytes, 0) + fs.statSync(path.join(dir, MANIFEST_FILE)).size;
}
export function writeManifest(dir, known) {
    const manifest = buildManifest(dir, known);
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
function isEntry(entry) {
    return isObject(entry) && typeof entry.sha256 === 'string' && count(entry.bytes) !== null;
}
export function readManifest(dir) {
    const file = path.join(dir, MANIFEST_FILE);
    // Read only as a file of its own: a link (to /dev/zero, a FIFO, another package's) is no manifest of this package.
    const stats = fs.lstatSync(file, { throwIfNoEntry: false });
    if (stats && !stats.isFile()) {
        throw new LyfeError('manifest.json is not a file (a link, a folder or a device)', { file, fix: 'The package cannot be trusted; get it again from where it was made' });
    }
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch {
        throw new LyfeError('the package has no manifest.json', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    try {
        const manifest = JSON.parse(text);
        if (manifest.format !== MANIFEST_FORMAT || !manifest.files || typeof manifest.files !== 'object')
            throw new Error(`unknown format ${JSON.stringify(manifest.format)}`);
        for (const [name, entry] of Object.entries(manifest.files)) {
            if (!isEntry(entry))
                throw new Error(`its entry ${JSON.stringify(name)} is not a SHA-256 and a size in bytes`);
        }
        return manifest;
    }
    catch (error) {
        throw new LyfeError(`manifest.json is damaged: ${error.message}`, { file, fix: 'The package cannot be trusted; rebuild it from its source' });
    }
}
/** Whether the manifest lists `name`: its own entry, not a name every object has (`constructor`, `__proto__`). */
function listed(manifest, name) {
    return Object.hasOwn(manifest.files, name);
}
/** A package holds every output its own records say the run wrote: one that lacks any claims more than happened. */
function checkRecordedOutputs(dir, manifest, problems) {
    let processing;
    try {
        // Only the processing records name the outputs: the prompt records, most of the bytes, are not read.
        processing = readPackageRecords(dir, { prompts: false }).processing;
    }
    catch (error) {
        if (!(error instanceof LyfeError))
            throw error;
        problems.push(`its records cannot be read: ${error.message}`);
        return;
    }
    for (const file of recordedOutputs(processing)) {
        if (!listed(manifest, file))
            problems.push(`the session's records name ${file}, which the package does not hold`);
    }
}
/** Whether `bytes` are the file `expected` describes with each of its LF line breaks made CRLF. */
function onlyCrlf(bytes, expected) {
    const crlfs = bytes.length - expected.bytes;
    if (crlfs <= 0 || bytes.indexOf('\r\n') < 0)
        return false;
    const lf = Buffer.from(bytes.toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
    return lf.length === expected.bytes && entryOf(lf).sha256 === expected.sha256;
}
/**
 * Recomputes every hash of a package and compares it with its manifest, and checks that it holds
 * every output its records say the run wrote.
 */
export function verifyPackage(dir) {
    requirePackageFolder(dir);
    const manifest = readManifest(dir);
    const result = { ok: false, files: Object.keys(manifest.files).length, digest: manifest.digest ?? null, changed: [], crlf: [], missing: [], added: [], problems: [] };
    const others = [];
    const present = new Set(walk(dir, others));
    for (const [name, expected] of Object.entries(manifest.files)) {
        if (!present.has(name)) {
            result.missing.push(name);
            continue;
        }
        const file = path.join(dir, name);
        // A file of another size is changed, known without reading it (it may be past the 2 GiB Node
        // reads at once); it is read only when it may be the file with its LF made CRLF, at most twice its size.
        const size = fs.statSync(file).size;
        if (size !== expected.bytes && (size < expected.bytes || size > 2 * expected.bytes)) {
            result.changed.push(name);
            continue;
        }
        const bytes = fs.readFileSync(file);
        const actual = entryOf(bytes);
        if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
            result.changed.push(name);
            if (onlyCrlf(bytes, expected))
                result.crlf.push(name);
        }
    }
    for (const name of [...present, ...others])
        if (!listed(manifest, name))
            result.added.push(name);
    if (digestOf(manifest.files) === manifest.digest) {
        // It names this package.
    }
    else if (unescapedDigestOf(manifest.files) === manifest.digest) {
        result.problems.push('the manifest digest was made by an older lyfe-kt, of the names with a line break or a backslash as they are: it may name another package too; its files are checked one by one above, and `lyfe-kt package` of its run makes a digest of its own');
    }
    else {
        result.problems.push('the manifest digest does not match its own entries: manifest.json was edited');
    }
    checkRecordedOutputs(dir, manifest, result.problems);
    result.added.sort();
    result.ok = !result.changed.length && !result.missing.length && !result.added.length && !result.problems.length;
    return result;
}
