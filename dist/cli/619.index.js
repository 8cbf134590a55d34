export const id = 619;
export const ids = [619];
export const modules = {

/***/ 3619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerPipelineCommands: () => (/* binding */ registerPipelineCommands)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/pipeline/providers.js + 5 modules
var providers = __webpack_require__(9928);
// EXTERNAL MODULE: ./dist/lib/pipeline/inputs.js
var pipeline_inputs = __webpack_require__(3478);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./dist/lib/llm/call.js
var call = __webpack_require__(3758);
// EXTERNAL MODULE: ./dist/lib/records/writer.js
var writer = __webpack_require__(1486);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/pipeline/analysis.js
var analysis = __webpack_require__(4669);
// EXTERNAL MODULE: ./dist/lib/files.js
var files = __webpack_require__(2395);
// EXTERNAL MODULE: ./dist/lib/pipeline/options.js
var pipeline_options = __webpack_require__(4153);
// EXTERNAL MODULE: ./dist/lib/pipeline/prompts.js
var prompts = __webpack_require__(5460);
// EXTERNAL MODULE: ./dist/lib/pipeline/template.js
var template = __webpack_require__(1093);
;// CONCATENATED MODULE: ./dist/lib/pipeline/preprocess.js











/** How the name of a filled template ends: generate takes these from a folder. */
const FILLED_TEMPLATE_SUFFIX = '_filled_template.md';
/** Output file names of a source: `<name>_filled_template.md` and `<name>_ari_analysis.json`. */
function preprocessOutputs(name) {
    return { template: `${name}${FILLED_TEMPLATE_SUFFIX}`, analysis: `${name}_ari_analysis.json` };
}
/** One source to its filled template and analysis, in memory: one audited analysis call. */
async function preprocessSource(source, options) {
    const outputs = preprocessOutputs(source.name);
    const result = await (0,call/* callLlm */.Y)(options.provider, (0,prompts/* analysisRequest */.k3)({ name: source.name, source: source.text }), {
        input: [`${source.name}.md`],
        output: [outputs.template, outputs.analysis],
        check: analysis/* checkAnalysisReply */.R,
        signal: options.signal,
    });
    const { body } = (0,pipeline_inputs/* parseFrontmatter */.yv)(source.text, `${source.name}.md`);
    return { template: (0,template/* renderTemplate */.Xm)(result.value, { name: source.name, body }), analysis: result.value, callIds: [result.callId] };
}
/**
 * Preprocesses files into `outDir`. Every input is read and checked before anything is written;
 * each output appears whole or not at all. When a file's call fails, the others still finish,
 * then the first failure (in input order) is thrown.
 */
async function preprocessFiles(inputs, outDir, options, stats) {
    const sources = (0,pipeline_inputs/* readAllMarkdown */.p0)(inputs);
    stats.filesIn = sources.length;
    const limit = (0,p_limit/* default */.A)(options.concurrency || pipeline_options/* DEFAULT_CONCURRENCY */.W);
    let done = 0;
    const settled = await Promise.allSettled(sources.map((source) => limit(async () => {
        const names = preprocessOutputs(source.name);
        const input = external_node_path_.basename(source.file);
        try {
            const result = await preprocessSource({ name: source.name, text: source.text }, options);
            (0,files/* writeFileAtomic */.Z)(external_node_path_.join(outDir, names.analysis), `${JSON.stringify(result.analysis, null, 2)}\n`);
            (0,files/* writeFileAtomic */.Z)(external_node_path_.join(outDir, names.template), result.template);
            stats.filesOut += 2;
            (0,writer/* record */.g1)('info', types/* Events */.sV.fileResult, 'preprocessed', {
                input: [input],
                output: [names.template, names.analysis],
                data: {
                    ok: true,
                    call_ids: result.callIds,
                    language: result.analysis.language,
                    dimension: result.analysis.dimension,
                    archetype: result.analysis.archetype,
                    key_ideas: result.analysis.key_ideas.length,
                    prompt_version: prompts/* PROMPT_VERSION */.y0,
                },
            });
            options.onProgress?.({ file: source.file, done: ++done, total: sources.length, ok: true });
            return { input: source.file, template: external_node_path_.join(outDir, names.template), analysis: external_node_path_.join(outDir, names.analysis), call_ids: result.callIds };
        }
        catch (error) {
            (0,writer/* record */.g1)('error', types/* Events */.sV.fileResult, `failed: ${error.message}`, { input: [input], data: { ok: false, error: error.message } });
            options.onProgress?.({ file: source.file, done: ++done, total: sources.length, ok: false, error: error.message });
            throw error;
        }
    })));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    return settled.map((outcome) => outcome.value);
}

// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js
var pipeline_generate = __webpack_require__(6100);
// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __webpack_require__(8194);
// EXTERNAL MODULE: ./dist/lib/stage/run-stage.js
var run_stage = __webpack_require__(443);
// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(7182);
// EXTERNAL MODULE: ./dist/lib/package/assemble.js + 3 modules
var assemble = __webpack_require__(4292);
// EXTERNAL MODULE: ./dist/lib/package/title.js
var title = __webpack_require__(6537);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
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



















/** The provider is chosen (and named on stderr) once per command, even when `run` runs two stages with it. */
const chosenProviders = new WeakMap();
function pipelineOptions(options, reporter, signal) {
    let provider = chosenProviders.get(options);
    if (!provider) {
        const selected = (0,providers/* selectProvider */.o)({
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
    const { files, skipped } = (0,pipeline_inputs/* listMarkdownFiles */.pf)(dir, { recursive });
    if (skipped.length)
        reporter.warn(`skipped ${skipped.length} file(s) in subfolders of ${dir} (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', ...' : ''}); pass --recursive to take them`);
    return files;
}
/** The filled templates of a folder: what preprocess wrote there, without the sources beside them. */
function listTemplates(dir) {
    const templates = (0,pipeline_inputs/* listMarkdown */.AX)(dir).filter((file) => file.endsWith(FILLED_TEMPLATE_SUFFIX));
    if (templates.length === 0) {
        throw new errors/* LyfeError */.L0(`contains no *${FILLED_TEMPLATE_SUFFIX} files`, { file: dir, fix: 'Give the folder `lyfe-kt preprocess` wrote the templates into' });
    }
    return templates;
}
/** Sources preprocessed from outside the work folder are copied into `01_raw`, so that the package holds them. */
function keepSources(inputs, workDir) {
    const raw = external_node_path_.resolve(workDir, constants/* WorkFolders */.BM.raw);
    for (const input of inputs) {
        if (external_node_path_.dirname(external_node_path_.resolve(input)) === raw)
            continue;
        external_node_fs_.mkdirSync(raw, { recursive: true });
        external_node_fs_.copyFileSync(input, external_node_path_.join(raw, external_node_path_.basename(input)));
    }
}
/**
 * Outputs a stage writes outside the work folder are copied into it as the session records them,
 * so that the package holds every output the session recorded. Returns the function that stops.
 */
function keepOutputs(outDir, workFolder) {
    if (external_node_path_.resolve(outDir) === external_node_path_.resolve(workFolder))
        return () => { };
    const written = [];
    const stop = (0,writer/* onRecord */.tY)((kind, record) => {
        if (kind === 'processing' && record.event === types/* Events */.sV.fileResult)
            written.push(...(record.output ?? []));
    });
    return () => {
        stop();
        for (const name of written) {
            try {
                external_node_fs_.mkdirSync(workFolder, { recursive: true });
                external_node_fs_.copyFileSync(external_node_path_.join(outDir, name), external_node_path_.join(workFolder, name));
            }
            catch (error) {
                throw new errors/* LyfeError */.L0(`cannot be kept in the work folder for its package (${error.code ?? (0,errors/* errorText */.kc)(error)})`, {
                    file: external_node_path_.join(outDir, name),
                    fix: `Check that ${workFolder} is a folder you can write, then run the stage again`,
                    cause: error,
                });
            }
        }
    };
}
/** Bad input is refused before a session, a work folder or a provider exists. */
function checkStageInput(files, options) {
    (0,pipeline_inputs/* readAllMarkdown */.p0)(files, { maxBytes: options.maxInputSize });
    if (options.session !== undefined)
        (0,id/* assertSessionId */.G4)(options.session, '--session');
    (0,common/* checkLogDir */.o_)(options.logDir);
}
async function preprocessStage(inputs, outDir, options, reporter, signal, fresh = false) {
    checkStageInput(inputs, options);
    const { pipeline, sessionInfo } = pipelineOptions(options, reporter, signal);
    return (0,run_stage/* runStage */.S)({ stage: 'preprocess', workDir: options.workDir, logDir: options.logDir, session: options.session, fresh, sessionInfo, signal }, async (stats) => {
        const keep = keepOutputs(outDir, external_node_path_.join(options.workDir, constants/* WorkFolders */.BM.preprocessed));
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
    const reportsDir = external_node_path_.join(options.workDir, constants/* WorkFolders */.BM.reports);
    return (0,run_stage/* runStage */.S)({ stage: 'generate', workDir: options.workDir, logDir: options.logDir, session: options.session, sessionInfo, signal }, async (stats) => {
        const keep = keepOutputs(outDir, external_node_path_.join(options.workDir, constants/* WorkFolders */.BM.output));
        try {
            return await (0,pipeline_generate/* generateFiles */.jP)(templates, outDir, reportsDir, pipeline, stats);
        }
        finally {
            keep();
        }
    });
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
            const inputs = kind === 'file' ? [target] : articlesOf(target, options.recursive, reporter);
            const interruption = interruptOnSignals(options);
            const run = await preprocessStage(inputs, outDir, options, reporter, interruption.signal).finally(interruption.dispose);
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
            const templates = kind === 'file' ? [target] : listTemplates(target);
            const interruption = interruptOnSignals(options);
            const run = await generateStage(templates, outDir, options, reporter, interruption.signal).finally(interruption.dispose);
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
        // Everything given is checked before the work folder is touched: bad input leaves nothing behind.
        checkRunFolders(indir, options.workDir);
        const sources = articlesOf(indir, options.recursive, reporter);
        checkStageInput(sources, options);
        if (options.title !== undefined)
            (0,title/* sanitizeTitle */.em)(options.title);
        checkWorkFolderFree(options.workDir);
        const work = (folder) => external_node_path_.join(options.workDir, folder);
        external_node_fs_.mkdirSync(work(constants/* WorkFolders */.BM.raw), { recursive: true });
        const raw = sources.map((source) => external_node_path_.join(work(constants/* WorkFolders */.BM.raw), external_node_path_.basename(source)));
        sources.forEach((source, index) => external_node_fs_.copyFileSync(source, raw[index]));
        const interruption = interruptOnSignals(options);
        try {
            const pre = await preprocessStage(raw, work(constants/* WorkFolders */.BM.preprocessed), options, reporter, interruption.signal, true);
            options.session = pre.session.session_id;
            const templates = listTemplates(work(constants/* WorkFolders */.BM.preprocessed));
            const generated = await generateStage(templates, work(constants/* WorkFolders */.BM.output), options, reporter, interruption.signal);
            interruption.dispose();
            reporter.note(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
            const built = await (0,assemble/* packageRun */.UX)({ ...options, title: options.title });
            (0,cli_package.reportPackage)(built, options, reporter);
            if (generated.result.invalid > 0)
                throw invalidOutputError(generated.result.invalid, external_node_path_.join(built.path, constants/* WorkFolders */.BM.reports, pipeline_generate/* REPORT_JSON */.oA));
            if (options.failOn && (0,quality_issues/* failsOn */.Hu)(built.quality_issues, options.failOn)) {
                throw qualityError(built.quality_issues, options.failOn, external_node_path_.join(built.path, constants/* LOGS_DIR */.c6, constants/* LogFiles */.aE.qualityIssues), `Open the package's viewer (\`lyfe-kt view ${built.path}\`) to see each issue with its records`);
            }
        }
        catch (error) {
            if (error instanceof errors/* LyfeError */.L0 && (error.exitCode === errors/* ExitCode */.yU.invalidOutput || error.exitCode === errors/* ExitCode */.yU.qualityIssues || error.exitCode === errors/* ExitCode */.yU.interrupted))
                throw error;
            throw new errors/* LyfeError */.L0(`run stopped: ${(0,errors/* errorText */.kc)(error)}`, {
                fix: `The work folder ${options.workDir} is kept as it is; package the failed run with \`lyfe-kt package\``,
                exitCode: error instanceof errors/* LyfeError */.L0 ? error.exitCode : errors/* ExitCode */.yU.failure,
            });
        }
        finally {
            interruption.dispose();
        }
    });
}


/***/ })

};
