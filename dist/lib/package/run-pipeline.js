/**
 * `run`: the three stages on a folder of source articles, in one session, into a package. The CLI's
 * `run` command and the programmatic `run()` are thin edges over `runPipeline`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, LyfeError } from '../errors.js';
import { Feed } from '../pipeline/feed.js';
import { markdownName, readMarkdown, refuseSameNames } from '../pipeline/inputs.js';
import { DEFAULT_CONCURRENCY } from '../pipeline/options.js';
import { selectShard } from '../pipeline/shard.js';
import { DamagedSessionFile, markedPackageThere, PackageNotThere, packageCommand, readWorkSession } from '../session/store.js';
import { REPORT_FILES, REPORT_JSON, REPORT_MARKDOWN } from '../pipeline/report-files.js';
import { EarlyPrompts } from './early-prompts.js';
import { finishedPackagingWarning, finishPackaging, lockWorkFolder } from './packaged-work.js';
import { WorkFolderNames, WorkFolders } from './constants.js';
import { checkOutputDir, workFolderHolding } from './log-dir.js';
import { articleOutputs, articlesOf, checkOutputNames, checkStageInput, chooseProvider, generateStage, preprocessStage } from './stages.js';
import { sanitizeTitle } from './title.js';
/** `run` moves the work folders into the package: the articles must not be inside one of them. */
export function checkRunFolders(indir, workDir) {
    const folder = workFolderHolding(workDir, indir);
    if (folder) {
        throw new LyfeError(`the articles folder is inside the work folder's ${folder}/, which the package takes away`, {
            file: indir,
            fix: `Put the articles in a folder of their own (for example \`mv ${indir} articles\`) and run on it, or give another --work-dir`,
            exitCode: ExitCode.usage,
        });
    }
}
/**
 * `run` starts from an empty work folder: a run left unpackaged, or files kept by
 * `package --keep-work`, would otherwise be generated again and packaged with this one. Checks
 * only: true when the folder holds a run whose packaging was stopped before it emptied the folder,
 * which `finishStoppedPackaging` finishes (packaged-work.ts). The session file of a run packaged
 * with `--keep-work` whose files were taken away since is let be: the run begins a new one.
 */
export function checkWorkFolderFree(workDir) {
    let existing;
    try {
        existing = readWorkSession(workDir);
    }
    catch (error) {
        if (!(error instanceof DamagedSessionFile))
            throw error;
        throw new LyfeError('the work folder holds a run whose session file is damaged', {
            file: error.file,
            fix: `Package the run with \`lyfe-kt package --session <id>\` (\`lyfe-kt logs --list\` lists them), or delete the file (\`rm ${error.file}\`), then run again`,
            cause: error,
        });
    }
    const mark = existing?.packaged;
    // Refused as it is: packaging the run is `package`'s (which also drops the mark).
    if (mark && !markedPackageThere(mark))
        throw new PackageNotThere(workDir, mark);
    const kept = mark?.keep_work ? mark : undefined;
    if (mark && !kept)
        return true;
    if (existing && !existing.packaged) {
        throw new LyfeError(`the work folder holds a run that was not packaged (session ${existing.session_id})`, {
            file: workDir,
            fix: 'Package it with `lyfe-kt package`, or remove the folder, then run again',
        });
    }
    const used = WorkFolderNames.filter((name) => {
        const folder = path.join(workDir, name);
        if (!fs.existsSync(folder))
            return false;
        const entries = fs.readdirSync(folder);
        return name === WorkFolders.reports ? entries.some((entry) => REPORT_FILES.has(entry)) : entries.length > 0;
    });
    if (used.length) {
        const folders = used.map((name) => `${name}/`).join(', ');
        if (kept) {
            throw new LyfeError(`the work folder holds files of an earlier run (${folders}), kept by \`lyfe-kt package --keep-work\` when it packaged them into ${kept.path}`, {
                file: workDir,
                fix: `Empty it with \`${packageCommand(workDir)}\` (without --keep-work: it removes the files that package holds, and makes no second package), or give another --work-dir, then run again`,
            });
        }
        throw new LyfeError(`the work folder holds files of an earlier run (${folders})`, {
            file: workDir,
            fix: `Move them away or remove them (\`lyfe-kt package --keep-work\` leaves them), or give another --work-dir, then run again`,
        });
    }
    return false;
}
/**
 * Finishes, under the work folder's package lock, a packaging that was stopped before it emptied
 * the work folder; a `package` still at work holds the lock, and the run is refused until it is done.
 */
function finishStoppedPackaging(workDir) {
    const unlock = lockWorkFolder(workDir);
    try {
        return finishPackaging(workDir);
    }
    finally {
        unlock();
    }
}
/**
 * The articles of `indir` a run takes: every one, or with `shard` those of its shard (and what the
 * run records of the shard). `lyfe-kt shard` lists them the same way.
 */
export function runArticles(indir, options, hooks = {}) {
    const articles = articlesOf(indir, options.recursive, hooks);
    if (!options.shard)
        return { files: articles };
    // An article `run` refuses is refused in every shard, not only in the one that holds it: the others
    // would run, every call paid for, and the merge never complete (or, for two articles of one name
    // or of names alike in two shards, hold both). Read one at a time: only the names are kept.
    const limits = options.maxInputSize === undefined ? {} : { maxBytes: options.maxInputSize };
    for (const file of articles)
        checkOutputNames([readMarkdown(file, limits)], articleOutputs);
    refuseSameNames(articles.map((file) => ({ file, name: markdownName(file) })));
    const { files, info } = selectShard(indir, articles, options.shard);
    return { files, shard: info };
}
/**
 * The articles of the run's shard (all of them without one), for `run` and `preprocess directory`;
 * an empty shard is refused. The shard is set in `options.shardInfo`, to be recorded with the session.
 */
export function articlesToRun(indir, options, hooks = {}) {
    const { files, shard } = runArticles(indir, options, hooks);
    if (shard && files.length === 0) {
        throw new LyfeError(`shard ${shard.index}/${shard.total} of the folder holds no article (${shard.all_files} article(s) in ${shard.total} shards)`, {
            file: indir,
            fix: `Use at most ${shard.all_files} shard(s); \`lyfe-kt shard\` prints nothing for an empty shard`,
            exitCode: ExitCode.usage,
        });
    }
    options.shardInfo = shard;
    return files;
}
/**
 * A progress handler that calls `then` once the stage's first round of files is done: by then every
 * slot's next call is in flight and the thread only waits for replies, so work given to `then`
 * (the package stage's modules, ~40 ms to import) no longer holds back the first requests, which
 * already wait for the LLM SDK.
 */
export function afterFirstRound(concurrency, files, then) {
    const round = Math.min(concurrency, files);
    return (event) => {
        if (event.done === round)
            then();
    };
}
/**
 * Preprocess and generate the articles of `indir` in one session, then package the run with its
 * records. Everything given is checked before the work folder is touched: bad input leaves nothing
 * behind. A run that stops later leaves its work folder as it is, to be packaged as failed.
 * Supertasks that fail the schema are counted in `generation.invalid`, not thrown.
 */
export async function runPipeline(indir, options, hooks = {}) {
    checkRunFolders(indir, options.workDir);
    const sources = articlesToRun(indir, options, hooks);
    const read = checkStageInput(sources, options, articleOutputs);
    if (options.title !== undefined)
        sanitizeTitle(options.title);
    const stopped = checkWorkFolderFree(options.workDir);
    checkOutputDir(options.outputDir ?? 'packages', options.workDir);
    chooseProvider(options, hooks);
    if (stopped) {
        const finished = finishStoppedPackaging(options.workDir);
        if (finished)
            hooks.warn?.(finishedPackagingWarning(finished));
        // Files the finished packaging left in the work folder (not in its package as they are) stop the run.
        checkWorkFolderFree(options.workDir);
    }
    const work = (folder) => path.join(options.workDir, folder);
    fs.mkdirSync(work(WorkFolders.raw), { recursive: true });
    // The copies in 01_raw are the stage's inputs, as read above: read and parsed once.
    const raw = read.map((input) => ({ ...input, file: path.join(work(WorkFolders.raw), path.basename(input.file)), given: input.file }));
    read.forEach((input, index) => fs.copyFileSync(input.file, raw[index].file));
    // The package stage's modules load while calls are in flight; `preprocess` and `generate` alone never load them.
    let assembling;
    const assembly = () => {
        if (!assembling) {
            assembling = import('./assemble.js');
            assembling.catch(() => undefined);
        }
        return assembling;
    };
    // Generation's start (its modules, its stage) waits for the first round of analyses too: started
    // with the first template, it would hold back the handling of the replies that came with it.
    let firstRoundDone;
    const firstRound = new Promise((resolve) => (firstRoundDone = resolve));
    // The prompt records are rendered for the package while the calls are in flight, from the first round on.
    const prompts = new EarlyPrompts({ compress: Boolean(options.compress) });
    const whenFirstRoundDone = afterFirstRound(options.concurrency || DEFAULT_CONCURRENCY, raw.length, () => {
        void assembly();
        void prompts.start();
        firstRoundDone();
    });
    // Generation takes each template as preprocessing writes it: its calls queue behind the
    // preprocessing calls not yet made, in the same slots, so that no slot waits while a stage's last
    // round is short, and generation's start is done while preprocessing's calls are in flight.
    const templates = new Feed(raw.length);
    try {
        const preprocessing = preprocessStage(raw, work(WorkFolders.preprocessed), options, {
            ...hooks,
            progress: (event) => {
                hooks.progress?.(event);
                whenFirstRoundDone(event);
            },
            template: templates.push,
            // Generation joins the session preprocessing begins.
            began: (session) => (options.session = session.session_id),
        }, true).finally(() => {
            templates.end();
            firstRoundDone();
        });
        // Nothing to generate from when every preprocessing call failed, nor once the run is interrupted.
        const generating = firstRound.then(async () => {
            if (!(await templates.first) || hooks.signal?.aborted)
                return undefined;
            // The output rules run on each output as it is written, while the other calls are in flight
            // (the package's rules take their findings while the files are unchanged).
            const { OutputChecks } = await import('./quality-issues/index.js');
            const checks = new OutputChecks();
            const generated = await generateStage(templates, work(WorkFolders.output), options, {
                ...hooks,
                output: ({ output, text, template }) => checks.add(output, text, template, options.schemaVersion),
            });
            return { generated, checks };
        });
        // A failed preprocessing call stops the run once the templates handed on are generated; its
        // failure is the run's, ahead of generation's.
        const [preprocessed, generation] = await Promise.allSettled([preprocessing, generating]);
        if (preprocessed.status === 'rejected')
            throw preprocessed.reason;
        if (generation.status === 'rejected')
            throw generation.reason;
        const pre = preprocessed.value;
        const { generated, checks } = generation.value;
        const session = pre.session.session_id;
        await hooks.packaging?.();
        hooks.note?.(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
        const [{ packageRun }] = await Promise.all([assembly(), prompts.start()]);
        const built = await packageRun({
            workDir: options.workDir,
            logDir: options.logDir,
            session,
            outputDir: options.outputDir,
            title: options.title,
            keepWork: options.keepWork,
            compress: options.compress,
            templates: pre.templates,
            checkedOutputs: checks.checked,
            prompts,
        });
        // The reports were packaged with the rest of the work folder: named where they are now.
        const reports = path.join(built.path, WorkFolders.reports);
        const summary = { ...generated.result, report: path.join(reports, REPORT_JSON), report_markdown: path.join(reports, REPORT_MARKDOWN) };
        return { session_id: session, package: built, generation: summary };
    }
    catch (error) {
        throw hooks.stopped ? hooks.stopped(error) : error;
    }
    finally {
        prompts.discard();
    }
}
