import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LyfeError } from '../../errors.js';
import { summarizeSession } from '../../records/session-model.js';
import { packageRecordsToShow, readPackageLogs } from '../archive.js';
import { LOGS_DIR, LogFiles, MANIFEST_FILE, WorkFolders } from '../constants.js';
import { detectQualityIssues, RecordLocator } from '../quality-issues/index.js';
import { readZipEntry, startsLikeZip, zipEntries } from '../zip.js';
import { isViewerPage, writeViewerPage } from './page.js';
/**
 * Where a viewer that is not in a package folder goes: a new folder of its own under the system's
 * temporary folder, named after `name`, made by `mkdtemp` (readable by this user only). Nothing in
 * it was there before, so no other user can have put a link where the page is written.
 */
function scratchFile(name) {
    const safe = name.replace(/[^\w.-]+/g, '_').slice(0, 80);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lyfe-kt-view-${safe}-`));
    return path.join(dir, LogFiles.viewer);
}
/** The entry of the zip named `wanted` (a path in a package) at its root or in a folder, the one nearest its root. */
function packageEntry(entries, wanted) {
    return entries.filter((e) => e.name === wanted || e.name.endsWith(`/${wanted}`)).sort((a, b) => a.name.length - b.name.length)[0];
}
/** The viewer inside an artifact zip (`logs/viewer.html` at its root or in a folder), else one written from the records of the package it holds. */
async function extractFromZip(file) {
    const zip = fs.readFileSync(file);
    const wanted = `${LOGS_DIR}/${LogFiles.viewer}`;
    const entries = zipEntries(zip, file);
    const entry = packageEntry(entries, wanted);
    const name = path.basename(file, path.extname(file));
    if (!entry) {
        // A package made before packages had a viewer: one is written from its records, as for its folder.
        const manifest = packageEntry(entries, MANIFEST_FILE);
        if (!manifest) {
            throw new LyfeError(`the zip holds no package (no ${MANIFEST_FILE}, no ${wanted})`, { file, fix: 'Give the .zip of a package downloaded from a workflow run, or the folder made by `lyfe-kt package`' });
        }
        return { ...(await writeForZippedPackage(zip, file, manifest.name.slice(0, -MANIFEST_FILE.length), name)), written: 'no-viewer' };
    }
    const page = readZipEntry(zip, entry, file);
    if (!isViewerPage(page))
        return { ...(await writeForZippedPackage(zip, file, entry.name.slice(0, -wanted.length), name)), written: 'not-lyfe-kt' };
    const target = scratchFile(name);
    fs.writeFileSync(target, page, { flag: 'wx' });
    return { path: target, how: 'extracted' };
}
/** The folders of a package a viewer is written from: its records, its templates and its outputs. */
const VIEWER_SOURCES = [LOGS_DIR, WorkFolders.preprocessed, WorkFolders.output];
/**
 * A viewer written from the records of the package inside an artifact zip (under `root`), which has
 * no page of its own or one that is not lyfe-kt's: the package's records, templates and outputs are
 * taken out into a folder of its own (an entry whose name would lead out of it is left in the zip),
 * the page is written from them, and the folder removed.
 */
async function writeForZippedPackage(zip, file, root, name) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-view-package-'));
    try {
        const taken = new Set();
        for (const entry of zipEntries(zip, file)) {
            if (!entry.name.startsWith(root) || entry.name.endsWith('/') || taken.has(entry.name))
                continue;
            const parts = entry.name.slice(root.length).split('/');
            if (!VIEWER_SOURCES.includes(parts[0]) || parts.some((part) => part === '' || part === '.' || part === '..' || /[\\\0:]/.test(part)))
                continue;
            taken.add(entry.name);
            const target = path.join(dir, ...parts);
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, readZipEntry(zip, entry, file), { flag: 'wx' });
        }
        return await writeForPackage(dir, name);
    }
    catch (error) {
        // What is wrong with the package is said of the zip: the folder it was taken out into is removed.
        if (!(error instanceof LyfeError) || error.file === undefined || (error.file !== dir && !error.file.startsWith(`${dir}${path.sep}`)))
            throw error;
        const inZip = `${root}${path.relative(dir, error.file).split(path.sep).join('/')}`;
        throw new LyfeError(`${error.message} (${inZip ? `${inZip} in the zip` : 'at the root of the zip'})`, { file, fix: error.fix, exitCode: error.exitCode, cause: error });
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
/** A viewer written from the records a package carries (plain or compressed), outside the package. */
async function writeForPackage(dir, title = path.basename(path.resolve(dir))) {
    const records = packageRecordsToShow(dir);
    const logs = readPackageLogs(dir).files;
    const summary = summarizeSession(records.processing, records.prompts);
    const quality = detectQualityIssues({
        summary,
        records: RecordLocator.of(records),
        outputDir: path.join(dir, WorkFolders.output),
        templateDir: path.join(dir, WorkFolders.preprocessed),
    });
    const target = scratchFile(title);
    await writeViewerPage(target, { title, session: summary, quality }, {
        processing: [logs.get(LogFiles.processingRecords) ?? Buffer.alloc(0)],
        prompts: [logs.get(LogFiles.promptRecords) ?? Buffer.alloc(0)],
    });
    return { path: target, how: 'written' };
}
/** The viewer of a package folder or of a downloaded artifact zip: found, extracted or written. */
export async function locateViewer(target) {
    let stat;
    try {
        stat = fs.statSync(target);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new LyfeError('no such package or artifact zip', { file: target, fix: 'Give the folder of a package, or a downloaded artifact .zip' });
        throw new LyfeError(`cannot read it: ${error.message}`, { file: target, fix: 'Check its permissions', cause: error });
    }
    if (stat.isFile()) {
        if (!startsLikeZip(target)) {
            throw new LyfeError('is a file, neither a package folder nor an artifact .zip', { file: target, fix: 'Give the folder made by `lyfe-kt package` (or `run`), or the .zip of a package downloaded from a workflow run' });
        }
        return extractFromZip(target);
    }
    // The package's own page is handed back only when it is lyfe-kt's, byte for byte: one made by
    // hand could run any script, with no Content-Security-Policy. Any other is written again.
    const own = path.join(target, LOGS_DIR, LogFiles.viewer);
    const page = fs.lstatSync(own, { throwIfNoEntry: false });
    if (!page)
        return { ...(await writeForPackage(target)), written: 'no-viewer' };
    // A package holds files only: a link (to a device that never ends, to another package's page) is not read.
    if (page.isFile() && isViewerPage(fs.readFileSync(own)))
        return { path: path.resolve(own), how: 'found' };
    return { ...(await writeForPackage(target)), written: 'not-lyfe-kt' };
}
