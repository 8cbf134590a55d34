import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, LyfeError } from '../errors.js';
import { isWithin } from '../files.js';
import { WorkFolderNames } from './constants.js';
import { packageHolding } from './packaged-work.js';
const LOG_FOLDER = { flag: '--log-dir', name: 'the log folder', madeBy: 'the first record' };
const OUTPUT_FOLDER = { flag: '--output-dir', name: 'the packages folder', madeBy: 'packaging' };
const WORK_FOLDER = { flag: '--work-dir', name: 'the work folder', madeBy: 'the first stage' };
const STAGE_OUTPUT_FOLDER = { flag: "the stage's <outdir>", name: 'the output folder', madeBy: 'the stage' };
const REPLAY_FOLDER = { flag: '--out', name: 'the replay folder', madeBy: 'the replay' };
const TRACES_FILE = { flag: '--output', name: 'the traces file', madeBy: 'the export', kind: 'file' };
/** Whether `dir` is a folder this process can write into. */
function writableFolder(dir) {
    try {
        if (!fs.statSync(dir).isDirectory())
            return false;
        fs.accessSync(dir, fs.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * A folder a command will write into is checked before anything is written: a file in its place or
 * a folder that cannot be written (or made) would otherwise be found only when it is first used.
 */
function checkFolder(dir, folder) {
    let stat;
    try {
        stat = fs.statSync(dir);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
            throw new LyfeError(`${folder.name} cannot be read (${code})`, { file: dir, fix: `Give ${folder.flag} a folder you can write`, cause: error });
        }
        // A symbolic link to nothing: its first use would fail to make a folder there, with no word of the link.
        const target = code === 'ENOENT' ? linkTarget(dir) : undefined;
        if (target !== undefined) {
            throw new LyfeError(`${folder.name} is a symbolic link to ${target}, which does not exist`, {
                file: dir,
                fix: `Give ${folder.flag} a folder, or make the link's target a folder`,
                exitCode: ExitCode.usage,
            });
        }
        // Missing (or under a file): made by its first use, so the nearest folder above it that exists must let it be made.
        let parent = path.dirname(path.resolve(dir));
        while (!fs.existsSync(parent) && path.dirname(parent) !== parent)
            parent = path.dirname(parent);
        if (!writableFolder(parent)) {
            throw new LyfeError(`${folder.name} cannot be made: ${parent} is not a folder you can write`, { file: dir, fix: `Give ${folder.flag} a folder you can write, or fix the permissions of the folder above it` });
        }
        return;
    }
    if (!stat.isDirectory()) {
        throw new LyfeError(`${folder.name} is a file, not a folder`, { file: dir, fix: `Give ${folder.flag} a folder (it is made by ${folder.madeBy} when missing), or move this file away`, exitCode: ExitCode.usage });
    }
    if (!writableFolder(dir)) {
        throw new LyfeError(`${folder.name} cannot be written`, { file: dir, fix: `Give ${folder.flag} a folder you can write, or fix its permissions` });
    }
}
/** Where the symbolic link `dir` points, when it is one. */
function linkTarget(dir) {
    try {
        return fs.readlinkSync(dir);
    }
    catch {
        return undefined;
    }
}
/**
 * A folder a command writes into may not be a package or inside one (the defaults, `logs` and
 * `packages`, are when the command runs in a package's folder): the package would change, and no
 * longer verify.
 */
function refuseInPackage(dir, folder) {
    const at = packageHolding(dir);
    if (at === undefined)
        return;
    throw new LyfeError(`${folder.name} is in a package (${at}): writing into it would change that package, which would then no longer verify`, {
        file: dir,
        fix: `Give ${folder.flag} a ${folder.kind ?? 'folder'} outside the package, or run from outside it`,
        exitCode: ExitCode.usage,
    });
}
/** The new work folder of a replay (`--out`): in no package, the replayed one or another. */
export function refuseReplayDirInPackage(outDir) {
    refuseInPackage(outDir, REPLAY_FOLDER);
}
/** The file `export otel --output` writes: in no package, the exported one or another. */
export function refuseTracesFileInPackage(file) {
    refuseInPackage(file, TRACES_FILE);
}
/** The folder of the global record files, checked before a stage starts: writable, or one that can be made, and in no package. */
export function checkLogDir(logDir) {
    checkFolder(logDir, LOG_FOLDER);
    refuseInPackage(logDir, LOG_FOLDER);
}
/** The folder of the work folder's run (`01_raw`, ...: what a package takes) that is or holds `dir`, if any. */
export function workFolderHolding(workDir, dir) {
    return WorkFolderNames.find((folder) => isWithin(path.join(workDir, folder), dir));
}
/**
 * The folder packages are written into, checked before a run's stages or a package's assembly: it
 * must be writable (or makeable), and not inside a folder of the work folder's run, which the
 * package takes (the work folder itself may hold it: `--work-dir .`).
 */
export function checkOutputDir(outputDir, workDir) {
    const taken = workFolderHolding(workDir, outputDir);
    if (taken) {
        throw new LyfeError(`the packages folder is inside the work folder's ${taken}/, which each package takes`, {
            file: outputDir,
            fix: `Give --output-dir a folder outside ${path.join(workDir, taken)}`,
            exitCode: ExitCode.usage,
        });
    }
    checkPackagesDir(outputDir);
}
/** A folder packages are written into (`package`, `run`, `merge`): writable, or one that can be made, and in no package. */
export function checkPackagesDir(outputDir) {
    checkFolder(outputDir, OUTPUT_FOLDER);
    refuseInPackage(outputDir, OUTPUT_FOLDER);
}
/**
 * The folder `preprocess` or `generate` writes its outputs into, checked before the stage starts:
 * found unwritable only at its first output, it would come after that file's calls were made (and paid for).
 */
export function checkStageOutputDir(outDir) {
    checkFolder(outDir, STAGE_OUTPUT_FOLDER);
}
/**
 * The work folder, checked before a stage or a package uses it: a file (or a link to nothing) in
 * its place is refused, rather than found by the first file written into it.
 */
export function checkWorkDir(workDir) {
    checkFolder(workDir, WORK_FOLDER);
}
