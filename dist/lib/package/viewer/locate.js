import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LyfeError } from '../../errors.js';
import { summarizeSession } from '../../records/session-model.js';
import { packageRecordsToShow, readPackageLogs } from '../archive.js';
import { LOGS_DIR, LogFiles, WorkFolders } from '../constants.js';
import { detectQualityIssues, RecordLocator } from '../quality-issues/index.js';
import { readZipEntry, zipEntries } from '../zip.js';
import { writeViewerPage } from './page.js';
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
/** Whether a file begins as a zip does: a file entry's header, or the end record of an empty zip. */
function startsLikeZip(file) {
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
/** The viewer inside an artifact zip: `logs/viewer.html` at its root or one folder down. */
function extractFromZip(file) {
    const zip = fs.readFileSync(file);
    const wanted = `${LOGS_DIR}/${LogFiles.viewer}`;
    const entry = zipEntries(zip, file)
        .filter((e) => e.name === wanted || e.name.endsWith(`/${wanted}`))
        .sort((a, b) => a.name.length - b.name.length)[0];
    if (!entry) {
        throw new LyfeError(`the zip holds no ${wanted}`, { file, fix: 'Unzip it and run `lyfe-kt view` on the package folder: a package made before the viewer gets one then' });
    }
    const target = scratchFile(path.basename(file, path.extname(file)));
    fs.writeFileSync(target, readZipEntry(zip, entry, file), { flag: 'wx' });
    return { path: target, how: 'extracted' };
}
/** A viewer for a package made before packages had one, from the records it carries (plain or compressed). */
async function writeForPackage(dir) {
    const records = packageRecordsToShow(dir);
    const logs = readPackageLogs(dir).files;
    const summary = summarizeSession(records.processing, records.prompts);
    const quality = detectQualityIssues({
        summary,
        records: RecordLocator.of(records),
        outputDir: path.join(dir, WorkFolders.output),
        templateDir: path.join(dir, WorkFolders.preprocessed),
    });
    const target = scratchFile(path.basename(path.resolve(dir)));
    await writeViewerPage(target, { title: path.basename(path.resolve(dir)), session: summary, quality }, {
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
    const own = path.join(target, LOGS_DIR, LogFiles.viewer);
    if (fs.existsSync(own))
        return { path: path.resolve(own), how: 'found' };
    return writeForPackage(target);
}
