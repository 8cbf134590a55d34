import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errorText, ExitCode, LyfeError, someNames } from '../errors.js';
import { UNFINISHED_WRITE } from '../files.js';
import { readSessionModel } from '../records/session-read.js';
import { sessionEnded, sessionHasRecords } from '../records/sessions.js';
import { OUTCOME_EVENTS } from '../records/session-model.js';
import { Events } from '../records/types.js';
import { record } from '../records/writer.js';
import { requireSession } from '../session/context.js';
import { runStage } from '../stage/run-stage.js';
import { clearWorkSession, DamagedSessionFile, markedPackageThere, markWorkSession, readWorkSession, SESSION_FILE } from '../session/store.js';
import { VERSION } from '../version.js';
import { archiveLogs, removeArchivedLogs } from './archive.js';
import { MemberThread } from './gzip-thread.js';
import { REPORT_FILES } from '../pipeline/report-files.js';
import { ARCHIVE_FILE, AUTO_COMPRESS_BYTES, LOGS_DIR, LogFiles, NOT_WRITTEN_BY_SESSION, WorkFolderNames, WorkFolders } from './constants.js';
import { renderExecutionSummary } from './execution-summary.js';
import { escapeMarkdown } from './markdown.js';
import { escapeQualityReport, escapeSummary } from './summary-escape.js';
import { digestFiles, entryOf, packageBytes, recordedOutputs, writeManifest } from './manifest.js';
import { renderMetadata } from './metadata.js';
import { outputChecksAhead, packageQualityReport, RecordLocator, renderQualityReport } from './quality-issues/index.js';
import { memberGzip, RecordLogsWriter } from './text-logs.js';
import { viewerDataBlock, writeLogsViewer } from './viewer/page.js';
import { packageFolderName, packageTitle } from './title.js';
import { processRunning } from '../session/process.js';
import { finishedPackagingWarning, finishPackaging, lockWorkFolder, refusePackageFolders } from './packaged-work.js';
import { checkLogDir, checkOutputDir, checkWorkDir } from './log-dir.js';
/** The assembly folder of a package: `.<name>.tmp-<pid>-<hex>`, so that a later package can tell a dead packager's leftovers. */
const TEMP_FOLDER = /^\..+\.tmp-(\d+)-[0-9a-f]{6}$/;
/** Same-minute packages get `-2` ... up to this suffix. */
const MAX_SUFFIX = 100;
function outputNames(workDir) {
    const dir = path.join(workDir, WorkFolders.output);
    try {
        return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw new LyfeError(`the output folder cannot be read (${error.code ?? errorText(error)})`, {
            file: dir,
            fix: 'Make it a folder you can read (`ls -ld` it), or give the package a title',
            cause: error,
        });
    }
}
/** Makes the hidden folder a package is assembled in, beside its destination. */
export function makeAssemblyFolder(outputDir, title, now) {
    // Not mkdtemp: its mode 0700 would stay on the package; this folder follows the umask like those inside it.
    const temp = path.join(outputDir, `.${packageFolderName(title, now)}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`);
    fs.mkdirSync(temp);
    return temp;
}
/** When `file` was last modified (epoch ms); now, for a file gone meanwhile. */
function modifiedAt(file) {
    try {
        return fs.statSync(file).mtimeMs;
    }
    catch {
        return Date.now();
    }
}
/** Removes the assembly folders that packagers killed before they finished left in `outputDir`. */
export function removeDeadAssemblies(outputDir) {
    let names;
    try {
        names = fs.readdirSync(outputDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const removed = [];
    for (const name of names) {
        const pid = TEMP_FOLDER.exec(name)?.[1];
        // Its packager's, while that process runs: a pid another process took after the folder was last written is not it.
        if (pid === undefined || processRunning(Number(pid), modifiedAt(path.join(outputDir, name))))
            continue;
        fs.rmSync(path.join(outputDir, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
/** What a file system says when it cannot hard-link a file (another device, links not allowed or not supported). */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/**
 * Puts the work file `source` into the package at `target`. Hard-linked while `how.link` (the
 * work folder is emptied once the package is in place): a tenth of a copy's time, no byte read or
 * written, and the work folder stays whole until then. Copied when the work folder is kept (a link
 * would let a later edit of it change the package), for a symbolic link (its target's bytes are
 * packaged), and from the first file the file system will not link. A copy is started here and
 * put in `how.copies`, to go on in the threadpool while the records render (creating a file is slow
 * on some disks: 500 small files took 1.5 s). Started here, not queued: the render that follows
 * holds this thread until it ends, so a copy waiting for a turn of the event loop (as a limit of
 * copies in flight makes it) would start only after the render. They queue on libuv's pool ahead
 * of the gzip streams' first work, which waits for them: 502 small files took it 11-16 ms.
 */
function takeFile(source, target, symbolic, how) {
    if (how.link && !symbolic) {
        try {
            fs.linkSync(source, target);
            how.linked.add(source);
            return;
        }
        catch (error) {
            if (!CANNOT_LINK.has(error.code ?? ''))
                throw error;
            how.link = false;
        }
    }
    how.copies.push(fs.promises.copyFile(source, target, fs.constants.COPYFILE_EXCL));
}
/**
 * Puts the regular files of `from` into `to` (see `takeFile`), following symbolic links to files,
 * and lists the files it took in `taken`; `take` chooses among the names directly inside `from`.
 * The half-written file of a write that was killed is left out (listed in `how.unfinished`).
 */
function copyTree(from, to, taken, how, take = () => true) {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!take(entry.name))
            continue;
        const source = path.join(from, entry.name);
        if (UNFINISHED_WRITE.test(entry.name)) {
            how.unfinished.push(source);
            continue;
        }
        const target = path.join(to, entry.name);
        const stat = entry.isSymbolicLink() ? fs.statSync(source) : entry;
        if (stat.isDirectory())
            copyTree(source, target, taken, how);
        else if (stat.isFile()) {
            takeFile(source, target, entry.isSymbolicLink(), how);
            taken.push(source);
        }
        else {
            throw new LyfeError('cannot package it: it is not a regular file or folder', { file: source, fix: 'Move it out of the work folder, then package again' });
        }
    }
}
/**
 * Removes the files the package took (on the threadpool, several at once: one by one, hundreds of
 * small files hold the thread), then the work folders they leave empty; what the user put beside them stays.
 * Each file is one `unlink` (a file already gone is not an error): `fs.promises.rm` looks at it first,
 * and took twice as long for 500 files (docs/performance.md).
 */
async function removeTaken(workDir, taken, workFolders, packaged) {
    // A linked file whose name now holds another file (replaced since, by hand) is left: that file is not the package's.
    const replaced = new Set(taken.filter((file) => packaged.linked.has(file) && replacedSince(file, path.join(packaged.dir, path.relative(workDir, file)))));
    const removals = await Promise.allSettled(taken.filter((file) => !replaced.has(file)).map((file) => fs.promises.unlink(file)));
    const failed = removals.find((removal) => removal.status === 'rejected' && removal.reason.code !== 'ENOENT');
    if (failed)
        throw failed.reason;
    const folders = new Set([...taken.map((file) => path.dirname(file)), ...workFolders.map((name) => path.join(workDir, name))]);
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
        for (let dir = folder; path.relative(workDir, dir) && !path.relative(workDir, dir).startsWith('..'); dir = path.dirname(dir)) {
            try {
                fs.rmdirSync(dir);
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT')
                    break;
                throw error;
            }
        }
    }
    return [...replaced];
}
/** Whether `workFile`, linked to `packageFile` when it was taken, now names another file (a file gone names none). */
function replacedSince(workFile, packageFile) {
    const now = fs.lstatSync(workFile, { throwIfNoEntry: false });
    if (!now)
        return false;
    const packaged = fs.lstatSync(packageFile);
    return now.ino !== packaged.ino || now.dev !== packaged.dev;
}
/** The session's records streamed a record at a time from the global files; the prompt records already read, when `rendered`. */
const globalRecords = (logDir, sessionId, rendered) => (visit) => readSessionModel(logDir, sessionId, { visit, prompts: rendered?.records });
/**
 * Renders every file of `logs/` from the records; the metadata last, since it records the sizes.
 * A merged package also lists its shards (in `metadata.json` and after the summary).
 *
 * One pass over the records gives the model and renders the four record files, handed to a
 * thread of their own (see gzip-thread.ts) that writes them, hashes them and compresses them
 * while this one renders: with `--compress`, straight into the gzip members the archive is made
 * of; plain, the `*.jsonl` also into the members the viewer embeds. Logs that reach
 * AUTO_COMPRESS_BYTES plain are compressed after, from their files. `copied` settles when the
 * package's copies of the work folder's files are written (the quality rules read them).
 */
export async function writeLogs(logsDir, read, options) {
    fs.mkdirSync(logsDir, { recursive: true });
    const thread = new MemberThread(options.whileWaiting);
    try {
        const locator = new RecordLocator();
        const writer = new RecordLogsWriter(logsDir, thread, { compress: options.compress, rendered: options.rendered });
        let records;
        try {
            records = read((record, kind, line) => {
                locator.add(record, kind);
                if (kind === 'processing')
                    writer.processing(record, line);
                else
                    writer.prompt(record, line);
            });
        }
        catch (error) {
            throw await thread.reason(error);
        }
        const { summary, skipped } = records;
        // The thread finishes the files while this one finds the quality issues, writes the summary and makes the viewer's data.
        const closing = writer.close();
        closing.catch(() => undefined); // awaited below; a failure of the quality rules first must not leave it unhandled
        /** The files of `logs/` by package path, with their digests as written. */
        const files = new Map();
        const write = (name, text) => {
            const data = Buffer.from(text);
            fs.writeFileSync(path.join(logsDir, name), data);
            files.set(`${LOGS_DIR}/${name}`, entryOf(data));
        };
        const parsed = new Map(options.templates?.map((template) => [path.basename(template.file), template]));
        // The quality rules read the package's outputs and templates: the copies started before the render end first.
        await options.copied;
        const quality = packageQualityReport(path.dirname(logsDir), summary, locator, { parsedTemplates: parsed, checkedOutputs: options.checkedOutputs });
        write(LogFiles.qualityIssues, renderQualityReport(quality));
        write(LogFiles.summary, `${renderExecutionSummary(escapeSummary(summary, escapeMarkdown), escapeQualityReport(quality, escapeMarkdown))}${options.shards?.section ?? ''}`);
        const viewerData = viewerDataBlock({ title: options.title, session: summary, quality }, writer.counts);
        viewerData.catch(() => undefined); // awaited below; a failure of the members first must not leave it unhandled
        const members = await closing;
        // Compressed while the members were finished, and let go before the archive and the page are written: for a large session the two at once raised the peak memory.
        await viewerData;
        const bytes = [...members.values()].reduce((total, member) => total + member.bytes, 0);
        const compress = options.compress || bytes >= AUTO_COMPRESS_BYTES;
        if (!compress)
            for (const [name, { sha256, bytes }] of members)
                if (sha256)
                    files.set(`${LOGS_DIR}/${name}`, { sha256, bytes });
        const [archived, viewer] = await Promise.all([
            compress ? archiveLogs(logsDir, thread, members, options.now) : undefined,
            writeLogsViewer(logsDir, options.title, {
                processing: members.get(LogFiles.processingRecords)?.gzipped ?? memberGzip(logsDir, LogFiles.processingRecords),
                prompts: members.get(LogFiles.promptRecords)?.gzipped ?? memberGzip(logsDir, LogFiles.promptRecords),
            }, viewerData),
        ]);
        files.set(`${LOGS_DIR}/${LogFiles.viewer}`, viewer);
        if (archived)
            files.set(`${LOGS_DIR}/${ARCHIVE_FILE}`, archived.digest);
        removeArchivedLogs(logsDir, archived !== undefined);
        const info = {
            title: options.title,
            created_at: options.now.toISOString(),
            tool_version: VERSION,
            compressed: compress,
            logs_bytes: bytes,
            logs_compressed_bytes: archived?.after ?? null,
            skipped_lines: skipped,
            // Those of logs/ written, and metadata.json itself.
            files: options.workFiles + files.size + 1,
        };
        write(LogFiles.metadata, renderMetadata(summary, info, options.shards?.entries));
        return { skipped, bytes, archived, digests: files, summary, quality };
    }
    finally {
        await thread.close();
    }
}
/** Whether anything is at `file`: a symbolic link counts, even one whose target is missing. */
function entryAt(file) {
    try {
        fs.lstatSync(file);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/**
 * Renames the assembled folder into place under the first free name; never replaces a package, nor
 * anything else. `beforeRename` is told each name before the rename to it is tried.
 */
export function placePackage(temp, outputDir, title, now, beforeRename) {
    for (let attempt = 1; attempt <= MAX_SUFFIX; attempt++) {
        const target = path.join(outputDir, packageFolderName(title, now, attempt));
        if (entryAt(target))
            continue;
        beforeRename?.(target);
        try {
            fs.renameSync(temp, target);
            return target;
        }
        catch (error) {
            // Taken meanwhile (by another packager, or anything else: a file or link gives ENOTDIR).
            if (entryAt(target))
                continue;
            throw error;
        }
    }
    throw new LyfeError(`${MAX_SUFFIX} packages named ${title} already exist for this minute`, { file: outputDir, fix: 'Give another title' });
}
function failure(error, outputDir) {
    if (error instanceof LyfeError)
        return error;
    const cause = error;
    // A full disk is the packages folder's (a copy's error names its source first, which is whole).
    const full = cause.code === 'ENOSPC' || cause.code === 'EDQUOT';
    return new LyfeError(`packaging failed: ${errorText(error)}`, {
        file: full ? outputDir : (cause.path ?? outputDir),
        fix: 'No package was written and the work folder is as it was; fix the cause (free space, permissions) and run `lyfe-kt package` again',
        cause: error,
    });
}
/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
export async function packageRun(options) {
    const outputDir = options.outputDir ?? 'packages';
    const now = new Date();
    // A bad title, work folder, packages folder or log folder is refused before anything is recorded or written.
    if (fs.lstatSync(options.workDir, { throwIfNoEntry: false }))
        checkWorkDir(options.workDir);
    refusePackageFolders(options.workDir);
    const title = packageTitle(options.title, outputNames(options.workDir));
    requireRun(options, false);
    checkLogDir(options.logDir);
    checkOutputDir(outputDir, options.workDir);
    requireRecords(options);
    const unlock = lockWorkFolder(options.workDir);
    try {
        // Files kept by `--keep-work` are packaged again only when their session is named (`again`):
        // else they are that package, and stay unless this `package` does not keep work.
        let notThere;
        const finished = finishPackaging(options.workDir, { keep: Boolean(options.keepWork || options.again), dropped: (mark) => (notThere = mark) });
        const again = finished?.mark.keep_work && options.again && options.session === finished.session_id;
        if (finished && !again && (!options.session || options.session === finished.session_id))
            return packagedAlready(finished);
        return await assemble(options, { outputDir, now, title, notThere });
    }
    finally {
        unlock();
    }
}
/**
 * The work folder's run has records where `logDir` says: else the package would hold the run's
 * files without its records, and the work folder would be gone. A session given must be the work
 * folder's; it is packaged as it is (CI packages a run that stopped before its first record; its
 * package says so).
 */
function requireRecords(options) {
    let session;
    try {
        session = readWorkSession(options.workDir);
    }
    catch (error) {
        if (error instanceof DamagedSessionFile)
            return; // packaging says what to do about it
        throw error;
    }
    const sessionId = session?.session_id;
    if (options.session !== undefined) {
        // Named by hand for a work folder with no session, a session that left no record is a mistyped id. Set for
        // every step (CI), it is packaged as it is: a job stopped before its first record still has a package.
        if (options.again && sessionId === undefined && !sessionHasRecords(options.logDir, options.session)) {
            throw new LyfeError(`session ${options.session} has no records in ${path.resolve(options.logDir)}, and the work folder holds no run of it`, {
                file: options.logDir,
                fix: 'Nothing was packaged; check the session id (`lyfe-kt logs --list` lists the sessions), or give --log-dir the folder the run wrote its records to',
                exitCode: ExitCode.usage,
            });
        }
        // Packaged, its work folder emptied: another package of it would record a second end, or a failed packaging that reopens it.
        if (sessionId === undefined && sessionEnded(options.logDir, options.session)) {
            throw new LyfeError(`session ${options.session} has ended (it was packaged), and the work folder holds no run of it`, {
                file: options.workDir,
                fix: 'Nothing was packaged; its package was made already. A new run is packaged in a session of its own: run its stages with another --session or LYFE_KT_SESSION, or neither, then package it',
                exitCode: ExitCode.usage,
            });
        }
        // A session given is the work folder's, or the work folder has none: else its run would be packaged under another session's records.
        if (sessionId === undefined || sessionId === options.session)
            return;
        throw new LyfeError(`the work folder holds the run of session ${sessionId}, not of ${options.session}`, {
            file: options.workDir,
            fix: `Package it in its own session (give no --session, and unset LYFE_KT_SESSION), or give --session ${sessionId}`,
            exitCode: ExitCode.usage,
        });
    }
    // A run packaged already (its packaging stopped after the rename, or its files kept) is reported and its folder emptied: that needs no records.
    const mark = session?.packaged;
    if (mark && markedPackageThere(mark))
        return;
    if (sessionId === undefined || sessionHasRecords(options.logDir, sessionId))
        return;
    throw new LyfeError(`no records of session ${sessionId} in ${path.resolve(options.logDir)}`, {
        file: options.logDir,
        fix: `Give --log-dir (or LYFE_KT_LOG_DIR) the folder the run wrote its records to; if they are lost, remove ${path.join(options.workDir, SESSION_FILE)} to package the files as a run without records`,
    });
}
/** The result of the package a stopped packaging left in place, as its own files say (see packaged-work.ts). */
function packagedAlready(finished) {
    const { mark, manifest } = finished;
    const logs = (name) => JSON.parse(fs.readFileSync(path.join(mark.path, LOGS_DIR, name), 'utf8'));
    const metadata = logs(LogFiles.metadata);
    const files = Object.keys(manifest.files);
    return {
        path: mark.path,
        name: path.basename(mark.path),
        title: metadata.package.title,
        session_id: finished.session_id,
        success: metadata.execution.success,
        stages_executed: metadata.execution.stages_executed,
        files: files.length,
        work_files: files.filter((file) => WorkFolderNames.some((folder) => file.startsWith(`${folder}/`))).length,
        bytes: packageBytes(mark.path, manifest),
        logs: { compressed: metadata.package.compressed, bytes: metadata.package.logs_bytes, compressed_bytes: metadata.package.logs_compressed_bytes },
        digest: manifest.digest,
        quality_issues: logs(LogFiles.qualityIssues).counts,
        kept_work: mark.keep_work && !finished.emptied,
        warnings: [finishedPackagingWarning(finished)],
        notes: [],
    };
}
/**
 * The work folders present, or the error that there is no run to package: checked before the lock
 * (nothing is made for a folder with no run) and again once it is held (`meanwhile`).
 */
function requireRun(options, meanwhile) {
    const folders = WorkFolderNames.filter((name) => fs.existsSync(path.join(options.workDir, name)));
    if (folders.length === 0 && !options.session && !readWorkSession(options.workDir)) {
        throw new LyfeError(`nothing to package: the work folder has no run in it${meanwhile ? ' (it was packaged meanwhile)' : ''}`, {
            file: options.workDir,
            fix: meanwhile ? 'Look in the packages folder for its package' : 'Run `lyfe-kt preprocess` and `lyfe-kt generate` first, or pass --work-dir of the run',
        });
    }
    return folders;
}
/** The records that say which stages of a session are open. */
const STAGE_EVENTS = new Set([Events.stageStart, Events.stageEnd]);
/**
 * Refuses to package a session while another process runs a stage of it (a `run` still
 * generating, a `generate` in another terminal): the package would say that stage never ended,
 * and what it writes afterwards would be in no package. A stage is running while its `stage.start`
 * has no `stage.end` and the process that wrote it still runs (see `processRunning`: a pid reused
 * since, or a zombie, does not).
 */
function refuseWhileStagesRun(sessionId, summary, workDir) {
    const running = summary.stages.find((run) => run.status === 'unfinished' && run.pid !== process.pid && processRunning(run.pid, Date.parse(run.start_time)));
    if (!running)
        return;
    throw new LyfeError(`session ${sessionId} is still running: its ${running.stage} stage (process ${running.pid}, started at ${running.start_time}) has not ended`, {
        file: workDir,
        fix: `Nothing was packaged or moved; wait for process ${running.pid} to end (or, once \`ps -p ${running.pid}\` shows it is that lyfe-kt stage, stop it with \`kill ${running.pid}\`), then run \`lyfe-kt package\` again`,
    });
}
/** `refuseWhileStagesRun` for the session the package would join, before anything is recorded, copied or moved. */
function refuseWhileSessionRuns(options) {
    const sessionId = options.session ?? readWorkSession(options.workDir)?.session_id;
    if (!sessionId)
        return;
    refuseWhileStagesRun(sessionId, readSessionModel(options.logDir, sessionId, { kinds: ['processing'], events: STAGE_EVENTS }).summary, options.workDir);
}
/** Builds the package once the work folder is locked: nothing of it is read before. */
async function assemble(options, { outputDir, now, title, notThere }) {
    // What was there before the lock may have been packaged meanwhile by the lock's last holder.
    const folders = requireRun(options, true);
    refuseWhileSessionRuns(options);
    const cleared = removeDeadAssemblies(outputDir);
    let workSession;
    const stage = { stage: 'package', workDir: options.workDir, logDir: options.logDir, session: options.session, joinKept: true, began: (session) => (workSession = session) };
    /** The package once it is in place: what fails after that fails with the package complete. */
    let inPlace;
    const run = await runStage(stage, async (stats) => {
        const sessionId = requireSession().sessionId;
        const warnings = cleared.map((name) => `removed ${path.join(outputDir, name)}, left by a \`lyfe-kt package\` that was stopped`);
        if (notThere)
            warnings.push(`the work folder's run was being packaged into ${notThere.path}, which is not there (its packaging was stopped, or the package removed since): packaged again`);
        const notes = [];
        /** Warnings already in the session's records (the others are recorded once the package is in place). */
        const warningsRecorded = new Set();
        const taken = [];
        const leftInReports = [];
        const how = { link: !options.keepWork, linked: new Set(), copies: [], unfinished: [] };
        let temp;
        let placed;
        let written;
        let logs;
        let success;
        let stagesExecuted;
        let manifest;
        let marked = false;
        try {
            fs.mkdirSync(outputDir, { recursive: true });
            temp = makeAssemblyFolder(outputDir, title, now);
            for (const name of WorkFolderNames) {
                const source = path.join(options.workDir, name);
                const takeReport = (file) => {
                    if (REPORT_FILES.has(file))
                        return true;
                    leftInReports.push(path.join(source, file));
                    return false;
                };
                if (fs.existsSync(source))
                    copyTree(source, path.join(temp, name), taken, how, name === WorkFolders.reports ? takeReport : undefined);
                else
                    fs.mkdirSync(path.join(temp, name));
            }
            stats.filesIn = taken.length;
            if (leftInReports.length)
                warnings.push(`left in the work folder, not written by lyfe-kt: ${someNames(leftInReports)}`);
            // The run as its processing records say it went, before packaging records its end: only
            // the records that decide it and the file results are read (the records are read whole below).
            const fileResults = [];
            const before = readSessionModel(options.logDir, sessionId, {
                kinds: ['processing'],
                events: new Set([...OUTCOME_EVENTS, Events.fileResult]),
                visit: (record) => {
                    if (record.event === Events.fileResult)
                        fileResults.push(record);
                },
            });
            const outcome = before.summary;
            // Again: a stage may have begun the work folder's session since the first look.
            refuseWhileStagesRun(sessionId, outcome, options.workDir);
            // A session index that could not be used (the record file was scanned instead): how the
            // records were read, said once to whoever packages, not a problem of the run to record in it.
            notes.push(...before.notes);
            if (outcome.problems.some((problem) => problem.code === 'no_pipeline_stage')) {
                warnings.push(`session ${sessionId} has no pipeline records in ${options.logDir}: is --log-dir the folder the run wrote to?`);
            }
            // The package holds every output the session recorded, or there is no package.
            const takenPaths = taken.map((file) => path.relative(options.workDir, file).split(path.sep).join('/'));
            const inPackage = new Set(takenPaths);
            const recorded = recordedOutputs(fileResults).map((file) => path.posix.normalize(file));
            const absent = recorded.filter((file) => !inPackage.has(file));
            if (absent.length) {
                throw new LyfeError(`the session recorded ${absent.length} output(s) that are not in the work folder: ${someNames(absent)}`, {
                    file: options.workDir,
                    fix: `No package was written; put them back into ${options.workDir} (or run their stage again in this session), then run \`lyfe-kt package\` again`,
                });
            }
            // 03_output/ is the pipeline's own folder: what else is in it is packaged with the run, as the
            // user put it there, but said, so that no one takes it for this session's work.
            const outputs = new Set(recorded);
            const foreign = takenPaths.filter((file) => file.startsWith(`${WorkFolders.output}/`) && !outputs.has(file));
            if (foreign.length) {
                const warning = `${NOT_WRITTEN_BY_SESSION} (${sessionId}): ${someNames(foreign.map((file) => path.join(options.workDir, file)))}`;
                warnings.push(warning);
                warningsRecorded.add(warning);
                // Recorded before the session's end, so that the package's own records say it: the package
                // outlasts the terminal its warning was printed on.
                record('warn', Events.warning, NOT_WRITTEN_BY_SESSION, { input: foreign });
            }
            record(outcome.success ? 'info' : 'warn', Events.sessionEnd, `session ${sessionId} ended: ${outcome.success ? 'success' : 'failed'}`, {
                stage: 'session',
                data: { success: outcome.success, work_files: stats.filesIn, title },
            });
            const copied = Promise.all(how.copies);
            copied.catch(() => undefined); // awaited in writeLogs; a failure before that waits for the copies below
            const rendered = options.prompts?.take(options.logDir, sessionId);
            // The outputs' rules, run while the render waits for its gzip threads, on the work folder's
            // files (the package's copies of them may still be being written); those the run checked are not checked again.
            const ahead = outputChecksAhead(outcome.outputs, { outputDir: path.join(options.workDir, WorkFolders.output), templateDir: path.join(options.workDir, WorkFolders.preprocessed) }, options.checkedOutputs);
            logs = writeLogs(path.join(temp, LOGS_DIR), globalRecords(options.logDir, sessionId, rendered), {
                compress: Boolean(options.compress),
                title,
                now,
                workFiles: takenPaths.length,
                templates: options.templates,
                checkedOutputs: ahead.checked,
                copied,
                rendered,
                whileWaiting: ahead.step,
            });
            logs.catch(() => undefined); // awaited below, after the work files' digests
            // The records are rendered; while their thread ends the files of logs/, the work files are hashed for the manifest.
            await copied;
            const workDigests = digestFiles(temp, takenPaths);
            written = await logs;
            if (written.skipped > 0)
                warnings.push(`${written.skipped} line(s) mentioning session ${sessionId} in ${options.logDir} are not whole records (torn by a failed write, or foreign) and were skipped`);
            success = written.summary.success;
            stagesExecuted = written.summary.stages_executed;
            manifest = writeManifest(temp, new Map([...workDigests, ...written.digests]));
            // The work folder says where its run goes before it is there: a packaging stopped from the
            // rename on is finished by the next `package` or `run` (packaged-work.ts), never made twice.
            const mark = (target) => {
                markWorkSession(options.workDir, workSession, { path: path.resolve(target), digest: manifest.digest, keep_work: Boolean(options.keepWork) });
                marked = true;
            };
            placed = inPlace = placePackage(temp, outputDir, title, now, mark);
            temp = undefined;
        }
        catch (error) {
            // No copy, and no log file, may still be written into the folder being removed.
            await Promise.allSettled([...how.copies, logs]);
            if (temp)
                fs.rmSync(temp, { recursive: true, force: true });
            // The mark goes back to what it was: none, or the package of the files kept before (a `package --session` making another).
            if (marked)
                markWorkSession(options.workDir, workSession, workSession.packaged);
            throw failure(error, outputDir);
        }
        // Kept, the work files stay the package's: so does the session file that says so (`WorkSession.packaged`).
        if (!options.keepWork) {
            try {
                const replaced = await removeTaken(options.workDir, [...taken, ...how.unfinished], folders, { dir: placed, linked: how.linked });
                if (replaced.length)
                    warnings.push(`left in the work folder, replaced since it was packaged (the package holds the file it replaced): ${someNames(replaced)}`);
            }
            catch (error) {
                warnings.push(`the package is complete, but the work folder could not be emptied: ${errorText(error)}`);
            }
            clearWorkSession(options.workDir);
        }
        for (const warning of warnings)
            if (!warningsRecorded.has(warning))
                record('warn', Events.warning, warning);
        const manifestFiles = Object.keys(manifest.files).length;
        stats.filesOut = manifestFiles;
        const result = {
            path: placed,
            name: path.basename(placed),
            title,
            session_id: sessionId,
            success,
            stages_executed: stagesExecuted,
            files: manifestFiles,
            work_files: stats.filesIn,
            bytes: packageBytes(placed, manifest),
            logs: { compressed: written.archived !== undefined, bytes: written.bytes, compressed_bytes: written.archived?.after ?? null },
            digest: manifest.digest,
            quality_issues: written.quality.counts,
            kept_work: Boolean(options.keepWork),
            warnings,
            notes,
        };
        return result;
    }).catch((error) => {
        if (inPlace === undefined)
            throw error;
        throw packagedButUnrecorded(inPlace, options.logDir, error);
    });
    return run.result;
}
/**
 * A failure once the package is in place (the work folder emptied or kept, as asked): the records
 * of its end could not be written (a full disk). The package is whole; packaging again would make
 * a second one of the run, or find nothing to package.
 */
function packagedButUnrecorded(pkg, logDir, error) {
    const known = error instanceof LyfeError ? error : undefined;
    const what = known ? `${known.message}${known.file ? ` into ${known.file}` : ''}` : errorText(error);
    return new LyfeError(`the package is complete, but ${what}`, {
        file: pkg,
        fix: `Do not package the run again: it is in this package (\`lyfe-kt verify ${pkg}\` checks it); free space on the disk of ${logDir} (or fix its permissions) before the next run`,
        cause: error,
    });
}
