import fs from 'node:fs';
import path from 'node:path';
import { errorText, ExitCode, LyfeError } from '../errors.js';
import { selectProvider } from '../pipeline/providers.js';
import { listMarkdown, listMarkdownFiles, readAllMarkdown } from '../pipeline/inputs.js';
import { FILLED_TEMPLATE_SUFFIX, preprocessFiles } from '../pipeline/preprocess.js';
import { generateFiles, REPORT_JSON } from '../pipeline/generate.js';
import { onRecord } from '../records/writer.js';
import { Events } from '../records/types.js';
import { assertSessionId } from '../session/id.js';
import { runStage } from '../stage/run-stage.js';
import { DamagedSessionFile, readWorkSession } from '../session/store.js';
import { packageRun, REPORT_FILES } from '../package/assemble.js';
import { sanitizeTitle } from '../package/title.js';
import { LOGS_DIR, LogFiles, WorkFolderNames, WorkFolders } from '../package/constants.js';
import { failsOn, qualityCounts, sessionQualityReport } from '../package/quality-issues/index.js';
import { addFailOnOption, addGenerationOptions, addSessionOptions, checkLogDir, printJson, Reporter } from './common.js';
import { interruptOnSignals } from './interrupt.js';
import { addPackageOptions, reportPackage } from './package.js';
/** The provider is chosen (and named on stderr) once per command, even when `run` runs two stages with it. */
const chosenProviders = new WeakMap();
function pipelineOptions(options, reporter, signal) {
    let provider = chosenProviders.get(options);
    if (!provider) {
        const selected = selectProvider({
            provider: options.provider,
            model: options.model,
            reasoningEffort: options.reasoningEffort,
            responseFormat: options.responseFormat,
            timeout: options.timeout,
            maxCompletionTokens: options.maxCompletionTokens,
        });
        reporter.note(selected.reason);
        provider = selected.provider;
        chosenProviders.set(options, provider);
    }
    return {
        sessionInfo: { provider: provider.name, model: provider.model, schema_version: options.schemaVersion },
        pipeline: {
            provider,
            schemaVersion: options.schemaVersion,
            concurrency: options.concurrency,
            signal,
            onProgress: (event) => reporter.progress(event),
        },
    };
}
/** The articles of a folder; those in its subfolders are named on stderr unless `--recursive` takes them. */
function articlesOf(dir, recursive, reporter) {
    const { files, skipped } = listMarkdownFiles(dir, { recursive });
    if (skipped.length)
        reporter.warn(`skipped ${skipped.length} file(s) in subfolders of ${dir} (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', ...' : ''}); pass --recursive to take them`);
    return files;
}
/** The filled templates of a folder: what preprocess wrote there, without the sources beside them. */
function listTemplates(dir) {
    const templates = listMarkdown(dir).filter((file) => file.endsWith(FILLED_TEMPLATE_SUFFIX));
    if (templates.length === 0) {
        throw new LyfeError(`contains no *${FILLED_TEMPLATE_SUFFIX} files`, { file: dir, fix: 'Give the folder `lyfe-kt preprocess` wrote the templates into' });
    }
    return templates;
}
/** Sources preprocessed from outside the work folder are copied into `01_raw`, so that the package holds them. */
function keepSources(inputs, workDir) {
    const raw = path.resolve(workDir, WorkFolders.raw);
    for (const input of inputs) {
        if (path.dirname(path.resolve(input)) === raw)
            continue;
        fs.mkdirSync(raw, { recursive: true });
        fs.copyFileSync(input, path.join(raw, path.basename(input)));
    }
}
/**
 * Outputs a stage writes outside the work folder are copied into it as the session records them,
 * so that the package holds every output the session recorded. Returns the function that stops.
 */
function keepOutputs(outDir, workFolder) {
    if (path.resolve(outDir) === path.resolve(workFolder))
        return () => { };
    const written = [];
    const stop = onRecord((kind, record) => {
        if (kind === 'processing' && record.event === Events.fileResult)
            written.push(...(record.output ?? []));
    });
    return () => {
        stop();
        for (const name of written) {
            try {
                fs.mkdirSync(workFolder, { recursive: true });
                fs.copyFileSync(path.join(outDir, name), path.join(workFolder, name));
            }
            catch (error) {
                throw new LyfeError(`cannot be kept in the work folder for its package (${error.code ?? errorText(error)})`, {
                    file: path.join(outDir, name),
                    fix: `Check that ${workFolder} is a folder you can write, then run the stage again`,
                    cause: error,
                });
            }
        }
    };
}
/** Bad input is refused before a session, a work folder or a provider exists. */
function checkStageInput(files, options) {
    readAllMarkdown(files, { maxBytes: options.maxInputSize });
    if (options.session !== undefined)
        assertSessionId(options.session, '--session');
    checkLogDir(options.logDir);
}
async function preprocessStage(inputs, outDir, options, reporter, signal, fresh = false) {
    checkStageInput(inputs, options);
    const { pipeline, sessionInfo } = pipelineOptions(options, reporter, signal);
    return runStage({ stage: 'preprocess', workDir: options.workDir, logDir: options.logDir, session: options.session, fresh, sessionInfo, signal }, async (stats) => {
        const keep = keepOutputs(outDir, path.join(options.workDir, WorkFolders.preprocessed));
        try {
            const results = await preprocessFiles(inputs, outDir, pipeline, stats);
            keepSources(inputs, options.workDir);
            return results;
        }
        finally {
            keep();
        }
    });
}
async function generateStage(templates, outDir, options, reporter, signal) {
    checkStageInput(templates, options);
    const { pipeline, sessionInfo } = pipelineOptions(options, reporter, signal);
    const reportsDir = path.join(options.workDir, WorkFolders.reports);
    return runStage({ stage: 'generate', workDir: options.workDir, logDir: options.logDir, session: options.session, sessionInfo, signal }, async (stats) => {
        const keep = keepOutputs(outDir, path.join(options.workDir, WorkFolders.output));
        try {
            return await generateFiles(templates, outDir, reportsDir, pipeline, stats);
        }
        finally {
            keep();
        }
    });
}
function invalidOutputError(invalid, report) {
    return new LyfeError(`${invalid} supertask(s) failed the schema`, {
        file: report,
        fix: 'Open the report for the errors; the invalid files are written and named there',
        exitCode: ExitCode.invalidOutput,
    });
}
function qualityError(counts, failOn, file, fix) {
    return new LyfeError(`quality issues at or above --fail-on ${failOn}: ${qualityCounts(counts)}`, { file, fix, exitCode: ExitCode.qualityIssues });
}
/** `run` moves the work folders into the package: the articles must not be inside one of them. */
function checkRunFolders(indir, workDir) {
    const within = (folder) => {
        const relative = path.relative(path.resolve(workDir, folder), path.resolve(indir));
        return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    };
    const folder = WorkFolderNames.find(within);
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
 * `package --keep-work`, would otherwise be generated again and packaged with this one.
 */
function checkWorkFolderFree(workDir) {
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
    if (existing) {
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
        throw new LyfeError(`the work folder holds files of an earlier run (${used.map((name) => `${name}/`).join(', ')})`, {
            file: workDir,
            fix: `Move them away or remove them (\`lyfe-kt package --keep-work\` leaves them), or give another --work-dir, then run again`,
        });
    }
}
export function registerPipelineCommands(program) {
    const preprocess = program.command('preprocess').description('stage 1: turn source articles into filled templates and Ari analyses');
    for (const kind of ['file', 'directory']) {
        const command = preprocess
            .command(`${kind} <${kind === 'file' ? 'input.md' : 'indir'}> <outdir>`)
            .description(kind === 'file' ? 'preprocess one source article' : 'preprocess every .md and .markdown file in a folder');
        if (kind === 'directory')
            command.option('--recursive', 'take the articles of its subfolders as well');
        addGenerationOptions(addSessionOptions(command)).action(async (target, outDir, options) => {
            const reporter = new Reporter(options);
            const inputs = kind === 'file' ? [target] : articlesOf(target, options.recursive, reporter);
            const interruption = interruptOnSignals(options);
            const run = await preprocessStage(inputs, outDir, options, reporter, interruption.signal).finally(interruption.dispose);
            if (options.json)
                printJson({ session_id: run.session.session_id, stage: 'preprocess', results: run.result });
            reporter.note(`preprocessed ${run.stats.filesIn} file(s) into ${outDir} (session ${run.session.session_id})`);
        });
    }
    const generate = program.command('generate').description('stage 2: write beginner and advanced supertasks from filled templates');
    for (const kind of ['file', 'directory']) {
        const command = generate
            .command(`${kind} <${kind === 'file' ? 'template.md' : 'indir'}> <outdir>`)
            .description(kind === 'file' ? 'generate from one filled template' : 'generate from every *_filled_template.md in a folder');
        addFailOnOption(addGenerationOptions(addSessionOptions(command))).action(async (target, outDir, options) => {
            const reporter = new Reporter(options);
            const templates = kind === 'file' ? [target] : listTemplates(target);
            const interruption = interruptOnSignals(options);
            const run = await generateStage(templates, outDir, options, reporter, interruption.signal).finally(interruption.dispose);
            const summary = run.result;
            if (options.json)
                printJson({ session_id: run.session.session_id, stage: 'generate', ...summary });
            reporter.note(`generated ${run.stats.filesOut} supertask(s), ${summary.invalid} invalid; report: ${summary.report}`);
            if (summary.invalid > 0)
                throw invalidOutputError(summary.invalid, summary.report);
            if (options.failOn) {
                const templateDir = kind === 'file' ? path.dirname(target) : target;
                const quality = sessionQualityReport({ logDir: options.logDir, sessionId: run.session.session_id, outputDir: outDir, templateDir });
                for (const issue of quality.issues.filter((i) => i.severity !== 'info'))
                    reporter.note(`${issue.severity} ${issue.id} ${issue.rule}${issue.file ? ` ${issue.file}` : ''}: ${issue.message}`);
                reporter.note(`quality issues: ${qualityCounts(quality.counts)}`);
                if (failsOn(quality.counts, options.failOn))
                    throw qualityError(quality.counts, options.failOn, outDir, 'Fix the files named above, or package the run and open its viewer (`lyfe-kt view`) to see the records behind each issue');
            }
        });
    }
    const run = program
        .command('run <indir>')
        .description('run all three stages on a folder of source articles: work/ -> packages/, records in logs/')
        .option('--recursive', 'take the articles of its subfolders as well');
    addFailOnOption(addPackageOptions(addGenerationOptions(addSessionOptions(run)))).action(async (indir, options) => {
        const reporter = new Reporter(options);
        // Everything given is checked before the work folder is touched: bad input leaves nothing behind.
        checkRunFolders(indir, options.workDir);
        const sources = articlesOf(indir, options.recursive, reporter);
        checkStageInput(sources, options);
        if (options.title !== undefined)
            sanitizeTitle(options.title);
        checkWorkFolderFree(options.workDir);
        const work = (folder) => path.join(options.workDir, folder);
        fs.mkdirSync(work(WorkFolders.raw), { recursive: true });
        const raw = sources.map((source) => path.join(work(WorkFolders.raw), path.basename(source)));
        sources.forEach((source, index) => fs.copyFileSync(source, raw[index]));
        const interruption = interruptOnSignals(options);
        try {
            const pre = await preprocessStage(raw, work(WorkFolders.preprocessed), options, reporter, interruption.signal, true);
            options.session = pre.session.session_id;
            const templates = listTemplates(work(WorkFolders.preprocessed));
            const generated = await generateStage(templates, work(WorkFolders.output), options, reporter, interruption.signal);
            interruption.dispose();
            reporter.note(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
            const built = await packageRun({ ...options, title: options.title });
            reportPackage(built, options, reporter);
            if (generated.result.invalid > 0)
                throw invalidOutputError(generated.result.invalid, path.join(built.path, WorkFolders.reports, REPORT_JSON));
            if (options.failOn && failsOn(built.quality_issues, options.failOn)) {
                throw qualityError(built.quality_issues, options.failOn, path.join(built.path, LOGS_DIR, LogFiles.qualityIssues), `Open the package's viewer (\`lyfe-kt view ${built.path}\`) to see each issue with its records`);
            }
        }
        catch (error) {
            if (error instanceof LyfeError && (error.exitCode === ExitCode.invalidOutput || error.exitCode === ExitCode.qualityIssues || error.exitCode === ExitCode.interrupted))
                throw error;
            throw new LyfeError(`run stopped: ${errorText(error)}`, {
                fix: `The work folder ${options.workDir} is kept as it is; package the failed run with \`lyfe-kt package\``,
                exitCode: error instanceof LyfeError ? error.exitCode : ExitCode.failure,
            });
        }
        finally {
            interruption.dispose();
        }
    });
}
