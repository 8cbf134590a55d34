export const id = 80;
export const ids = [80];
export const modules = {

/***/ 7080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerPipelineCommands: () => (/* binding */ registerPipelineCommands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js
var pipeline_generate = __webpack_require__(6100);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(7182);
// EXTERNAL MODULE: ./dist/lib/package/assemble.js + 3 modules
var assemble = __webpack_require__(4292);
// EXTERNAL MODULE: ./dist/lib/package/stages.js + 1 modules
var stages = __webpack_require__(1494);
// EXTERNAL MODULE: ./dist/lib/package/title.js
var title = __webpack_require__(6537);
;// CONCATENATED MODULE: ./dist/lib/package/run-pipeline.js
/**
 * `run`: the three stages on a folder of source articles, in one session, into a package. The CLI's
 * `run` command and the programmatic `run()` are thin edges over `runPipeline`.
 */








/** `run` moves the work folders into the package: the articles must not be inside one of them. */
function checkRunFolders(indir, workDir) {
    const within = (folder) => {
        const relative = external_node_path_.relative(external_node_path_.resolve(workDir, folder), external_node_path_.resolve(indir));
        return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
    };
    const folder = constants/* WorkFolderNames */.ch.find(within);
    if (folder) {
        throw new errors/* LyfeError */.L0(`the articles folder is inside the work folder's ${folder}/, which the package takes away`, {
            file: indir,
            fix: `Put the articles in a folder of their own (for example \`mv ${indir} articles\`) and run on it, or give another --work-dir`,
            exitCode: errors/* ExitCode */.yU.usage,
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
        existing = (0,store/* readWorkSession */.GE)(workDir);
    }
    catch (error) {
        if (!(error instanceof store/* DamagedSessionFile */.m9))
            throw error;
        throw new errors/* LyfeError */.L0('the work folder holds a run whose session file is damaged', {
            file: error.file,
            fix: `Package the run with \`lyfe-kt package --session <id>\` (\`lyfe-kt logs --list\` lists them), or delete the file (\`rm ${error.file}\`), then run again`,
            cause: error,
        });
    }
    if (existing) {
        throw new errors/* LyfeError */.L0(`the work folder holds a run that was not packaged (session ${existing.session_id})`, {
            file: workDir,
            fix: 'Package it with `lyfe-kt package`, or remove the folder, then run again',
        });
    }
    const used = constants/* WorkFolderNames */.ch.filter((name) => {
        const folder = external_node_path_.join(workDir, name);
        if (!external_node_fs_.existsSync(folder))
            return false;
        const entries = external_node_fs_.readdirSync(folder);
        return name === constants/* WorkFolders */.BM.reports ? entries.some((entry) => assemble/* REPORT_FILES */.JL.has(entry)) : entries.length > 0;
    });
    if (used.length) {
        throw new errors/* LyfeError */.L0(`the work folder holds files of an earlier run (${used.map((name) => `${name}/`).join(', ')})`, {
            file: workDir,
            fix: `Move them away or remove them (\`lyfe-kt package --keep-work\` leaves them), or give another --work-dir, then run again`,
        });
    }
}
/**
 * Preprocess and generate the articles of `indir` in one session, then package the run with its
 * records. Everything given is checked before the work folder is touched: bad input leaves nothing
 * behind. A run that stops later leaves its work folder as it is, to be packaged as failed.
 * Supertasks that fail the schema are counted in `generation.invalid`, not thrown.
 */
async function runPipeline(indir, options, hooks = {}) {
    checkRunFolders(indir, options.workDir);
    const sources = (0,stages/* articlesOf */.DG)(indir, options.recursive, hooks);
    (0,stages/* checkStageInput */.jN)(sources, options);
    if (options.title !== undefined)
        (0,title/* sanitizeTitle */.em)(options.title);
    checkWorkFolderFree(options.workDir);
    const work = (folder) => external_node_path_.join(options.workDir, folder);
    external_node_fs_.mkdirSync(work(constants/* WorkFolders */.BM.raw), { recursive: true });
    const raw = sources.map((source) => external_node_path_.join(work(constants/* WorkFolders */.BM.raw), external_node_path_.basename(source)));
    sources.forEach((source, index) => external_node_fs_.copyFileSync(source, raw[index]));
    try {
        const pre = await (0,stages/* preprocessStage */.lx)(raw, work(constants/* WorkFolders */.BM.preprocessed), options, hooks, true);
        const session = pre.session.session_id;
        // The same options object (and so the same provider) for the second stage, in the first one's session.
        options.session = session;
        const templates = (0,stages/* listTemplates */.eG)(work(constants/* WorkFolders */.BM.preprocessed));
        const generated = await (0,stages/* generateStage */.cJ)(templates, work(constants/* WorkFolders */.BM.output), options, hooks);
        hooks.packaging?.();
        hooks.note?.(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
        const built = await (0,assemble/* packageRun */.UX)({
            workDir: options.workDir,
            logDir: options.logDir,
            session,
            outputDir: options.outputDir,
            title: options.title,
            keepWork: options.keepWork,
            compress: options.compress,
        });
        return { session_id: session, package: built, generation: generated.result };
    }
    catch (error) {
        throw hooks.stopped ? hooks.stopped(error) : error;
    }
}

// EXTERNAL MODULE: ./dist/lib/package/quality-issues/index.js + 3 modules
var quality_issues = __webpack_require__(3932);
// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/interrupt.js

function interruptOnSignals(options) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted)
            process.exit(errors/* ExitCode */.yU.interrupted);
        controller.abort(new errors/* LyfeError */.L0(`interrupted by ${name}`, {
            fix: `The work folder ${options.workDir} is kept as it is; package the interrupted run with \`lyfe-kt package --work-dir ${options.workDir} --log-dir ${options.logDir}\``,
            exitCode: errors/* ExitCode */.yU.interrupted,
        }));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}

// EXTERNAL MODULE: ./dist/lib/cli/package.js + 2 modules
var cli_package = __webpack_require__(5429);
;// CONCATENATED MODULE: ./dist/lib/cli/pipeline.js










/** Where the library's notes, warnings and progress go on the command line. */
function reporting(reporter, signal) {
    return {
        note: (message) => reporter.note(message),
        warn: (message) => reporter.warn(message),
        progress: (event) => reporter.progress(event),
        signal,
    };
}
function invalidOutputError(invalid, report) {
    return new errors/* LyfeError */.L0(`${invalid} supertask(s) failed the schema`, {
        file: report,
        fix: 'Open the report for the errors; the invalid files are written and named there',
        exitCode: errors/* ExitCode */.yU.invalidOutput,
    });
}
function qualityError(counts, failOn, file, fix) {
    return new errors/* LyfeError */.L0(`quality issues at or above --fail-on ${failOn}: ${(0,quality_issues/* qualityCounts */.AY)(counts)}`, { file, fix, exitCode: errors/* ExitCode */.yU.qualityIssues });
}
function registerPipelineCommands(program) {
    const preprocess = program.command('preprocess').description('stage 1: turn source articles into filled templates and Ari analyses');
    for (const kind of ['file', 'directory']) {
        const command = preprocess
            .command(`${kind} <${kind === 'file' ? 'input.md' : 'indir'}> <outdir>`)
            .description(kind === 'file' ? 'preprocess one source article' : 'preprocess every .md and .markdown file in a folder');
        if (kind === 'directory')
            command.option('--recursive', 'take the articles of its subfolders as well');
        (0,common/* addGenerationOptions */._y)((0,common/* addSessionOptions */.Gx)(command)).action(async (target, outDir, options) => {
            const reporter = new common/* Reporter */.a8(options);
            const inputs = kind === 'file' ? [target] : (0,stages/* articlesOf */.DG)(target, options.recursive, reporting(reporter));
            const interruption = interruptOnSignals(options);
            const run = await (0,stages/* preprocessStage */.lx)(inputs, outDir, options, reporting(reporter, interruption.signal)).finally(interruption.dispose);
            if (options.json)
                (0,common/* printJson */.Q2)({ session_id: run.session.session_id, stage: 'preprocess', results: run.result });
            reporter.note(`preprocessed ${run.stats.filesIn} file(s) into ${outDir} (session ${run.session.session_id})`);
        });
    }
    const generate = program.command('generate').description('stage 2: write beginner and advanced supertasks from filled templates');
    for (const kind of ['file', 'directory']) {
        const command = generate
            .command(`${kind} <${kind === 'file' ? 'template.md' : 'indir'}> <outdir>`)
            .description(kind === 'file' ? 'generate from one filled template' : 'generate from every *_filled_template.md in a folder');
        (0,common/* addFailOnOption */.OC)((0,common/* addGenerationOptions */._y)((0,common/* addSessionOptions */.Gx)(command))).action(async (target, outDir, options) => {
            const reporter = new common/* Reporter */.a8(options);
            const templates = kind === 'file' ? [target] : (0,stages/* listTemplates */.eG)(target);
            const interruption = interruptOnSignals(options);
            const run = await (0,stages/* generateStage */.cJ)(templates, outDir, options, reporting(reporter, interruption.signal)).finally(interruption.dispose);
            const summary = run.result;
            if (options.json)
                (0,common/* printJson */.Q2)({ session_id: run.session.session_id, stage: 'generate', ...summary });
            reporter.note(`generated ${run.stats.filesOut} supertask(s), ${summary.invalid} invalid; report: ${summary.report}`);
            if (summary.invalid > 0)
                throw invalidOutputError(summary.invalid, summary.report);
            if (options.failOn) {
                const templateDir = kind === 'file' ? external_node_path_.dirname(target) : target;
                const quality = (0,quality_issues/* sessionQualityReport */.S1)({ logDir: options.logDir, sessionId: run.session.session_id, outputDir: outDir, templateDir });
                for (const issue of quality.issues.filter((i) => i.severity !== 'info'))
                    reporter.note(`${issue.severity} ${issue.id} ${issue.rule}${issue.file ? ` ${issue.file}` : ''}: ${issue.message}`);
                reporter.note(`quality issues: ${(0,quality_issues/* qualityCounts */.AY)(quality.counts)}`);
                if ((0,quality_issues/* failsOn */.Hu)(quality.counts, options.failOn))
                    throw qualityError(quality.counts, options.failOn, outDir, 'Fix the files named above, or package the run and open its viewer (`lyfe-kt view`) to see the records behind each issue');
            }
        });
    }
    const run = program
        .command('run <indir>')
        .description('run all three stages on a folder of source articles: work/ -> packages/, records in logs/')
        .option('--recursive', 'take the articles of its subfolders as well');
    (0,common/* addFailOnOption */.OC)((0,cli_package.addPackageOptions)((0,common/* addGenerationOptions */._y)((0,common/* addSessionOptions */.Gx)(run)))).action(async (indir, options) => {
        const reporter = new common/* Reporter */.a8(options);
        // The checks run synchronously before the first stage: a signal cannot arrive before the work starts.
        const interruption = interruptOnSignals(options);
        try {
            const { generation, package: built } = await runPipeline(indir, options, {
                ...reporting(reporter, interruption.signal),
                packaging: interruption.dispose,
                stopped: (error) => {
                    if (error instanceof errors/* LyfeError */.L0 && (error.exitCode === errors/* ExitCode */.yU.invalidOutput || error.exitCode === errors/* ExitCode */.yU.qualityIssues || error.exitCode === errors/* ExitCode */.yU.interrupted))
                        return error;
                    return new errors/* LyfeError */.L0(`run stopped: ${(0,errors/* errorText */.kc)(error)}`, {
                        fix: `The work folder ${options.workDir} is kept as it is; package the failed run with \`lyfe-kt package\``,
                        exitCode: error instanceof errors/* LyfeError */.L0 ? error.exitCode : errors/* ExitCode */.yU.failure,
                    });
                },
            });
            (0,cli_package.reportPackage)(built, options, reporter);
            if (generation.invalid > 0)
                throw invalidOutputError(generation.invalid, external_node_path_.join(built.path, constants/* WorkFolders */.BM.reports, pipeline_generate/* REPORT_JSON */.oA));
            if (options.failOn && (0,quality_issues/* failsOn */.Hu)(built.quality_issues, options.failOn)) {
                throw qualityError(built.quality_issues, options.failOn, external_node_path_.join(built.path, constants/* LOGS_DIR */.c6, constants/* LogFiles */.aE.qualityIssues), `Open the package's viewer (\`lyfe-kt view ${built.path}\`) to see each issue with its records`);
            }
        }
        finally {
            interruption.dispose();
        }
    });
}


/***/ })

};
