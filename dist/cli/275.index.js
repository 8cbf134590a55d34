export const id = 275;
export const ids = [275];
export const modules = {

/***/ 6617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addPackageOptions: () => (/* binding */ addPackageOptions),
/* harmony export */   registerPackageCommands: () => (/* binding */ registerPackageCommands),
/* harmony export */   reportPackage: () => (/* binding */ reportPackage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9517);
/* harmony import */ var _package_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5046);
/* harmony import */ var _package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5817);
/* harmony import */ var _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4153);
/* harmony import */ var _package_log_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7827);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3148);







function addSharedPackageOptions(command) {
    return command
        .option('--output-dir <dir>', 'folder the package goes into', 'packages')
        .option('--keep-work', 'copy the work folders into the package instead of moving them')
        .option('--compress', 'compress the logs into logs/records.tar.gz (done anyway for logs over 64 MiB)');
}
/** `--output-dir`, `--title`, `--keep-work`, `--compress`, for `run` (which has no positional title). */
function addPackageOptions(command) {
    return addSharedPackageOptions(command).option('--title <title>', 'package title; default: the common prefix of the output names, else content (the folder adds -YYYY-MM-DD-HH-MM)');
}
function kilobytes(bytes) {
    return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
function reportPackage(result, options, reporter) {
    for (const warning of result.warnings)
        reporter.warn(warning);
    for (const note of result.notes)
        reporter.note(note);
    if (options.json)
        (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)(result);
    const run = result.success ? (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('green', 'run succeeded') : (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('red', 'run failed');
    const logs = result.logs.compressed ? `, logs compressed ${kilobytes(result.logs.bytes)} -> ${kilobytes(result.logs.compressed_bytes ?? 0)}` : '';
    reporter.note(`packaged session ${result.session_id} (${run}, stages: ${result.stages_executed.join(', ') || 'none'}) into ${result.path}`);
    reporter.note(`${result.files} files, ${kilobytes(result.bytes)}${logs}; digest ${result.digest}${result.kept_work ? '; work folder kept' : ''}`);
    reporter.note(`quality issues: ${(0,_package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_3__/* .qualityCounts */ .AY)(result.quality_issues)}; see them with their records: lyfe-kt view ${result.path}`);
}
function registerPackageCommands(program) {
    const pack = program
        .command('package [title]')
        .description("package the work folder's run with its session's execution record: packages/<title>-YYYY-MM-DD-HH-MM/");
    addSharedPackageOptions((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .addSessionOptions */ .Gx)(pack)).action(async (title, options) => {
        const reporter = new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .Reporter */ .a8(options);
        (0,_package_log_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .checkLogDir */ .o)(options.logDir);
        const { packageRun } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(169), __webpack_require__.e(902), __webpack_require__.e(886), __webpack_require__.e(470), __webpack_require__.e(766), __webpack_require__.e(932), __webpack_require__.e(802), __webpack_require__.e(49), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 7049));
        const result = await packageRun({ ...options, title });
        reportPackage(result, options, reporter);
    });
    program
        .command('verify <package>')
        .description("check every file of a package against its manifest: exit 0 when nothing changed")
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const { verifyPackage } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(470), __webpack_require__.e(320)]).then(__webpack_require__.bind(__webpack_require__, 7470));
        const result = verifyPackage(dir);
        if (options.json)
            (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)(result);
        else if (result.ok)
            process.stdout.write(`OK, ${result.files} files (digest ${result.digest})\n`);
        else {
            const lines = [
                ...result.changed.map((file) => `changed: ${file}`),
                ...result.missing.map((file) => `missing: ${file}`),
                ...result.added.map((file) => `added:   ${file}`),
                ...result.problems.map((problem) => `problem: ${problem}`),
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
        }
        if (!result.ok) {
            const counts = [`${result.changed.length} changed`, `${result.missing.length} missing`, `${result.added.length} added`, `${result.problems.length} other problem(s)`].join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0(`the package does not match its manifest (${counts})`, { file: dir, fix: 'Do not trust its contents; get the package again from where it was made' });
        }
    });
    program
        .command('replay <package>')
        .description("run generation again from a package's templates, answered by its recorded replies (no network), and compare the outputs")
        .option('--out <dir>', 'new work folder for the replay; default: replay/<package name>')
        .addOption((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .logDirOption */ .rN)())
        .option('--concurrency <n>', 'files processed at once', _common_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositiveInt */ .EJ, _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CONCURRENCY */ .W)
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const reporter = new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .Reporter */ .a8(options);
        (0,_package_log_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .checkLogDir */ .o)(options.logDir);
        const outDir = options.out ?? node_path__WEBPACK_IMPORTED_MODULE_0__.join('replay', node_path__WEBPACK_IMPORTED_MODULE_0__.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir)));
        // Loaded only for replay: it runs the pipeline, which `package` and `verify` do not.
        const { replayPackage } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(169), __webpack_require__.e(902), __webpack_require__.e(886), __webpack_require__.e(470), __webpack_require__.e(766), __webpack_require__.e(100), __webpack_require__.e(878)]).then(__webpack_require__.bind(__webpack_require__, 6878));
        const result = await replayPackage({ packageDir: dir, outDir, logDir: options.logDir, concurrency: options.concurrency });
        if (options.json)
            (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)(result);
        for (const file of result.files)
            reporter.note(`${file.status === 'identical' ? (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('green', 'identical') : (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('red', file.status)} ${file.file}`);
        if (result.error)
            reporter.note(`the replayed generation failed: ${result.error}`);
        reporter.note(`replayed ${result.templates.length} template(s) of session ${result.replayed_session ?? 'unknown'} into ${result.out_dir} (session ${result.session_id})`);
        if (!result.identical) {
            const differing = result.files.filter((file) => file.status !== 'identical').length;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0(`${differing} output(s) of the replay differ from the package`, {
                file: dir,
                fix: `Compare ${node_path__WEBPACK_IMPORTED_MODULE_0__.join(result.out_dir, _package_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkFolders */ .BM.output)} with the package's ${_package_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkFolders */ .BM.output}, and the prompts with \`lyfe-kt logs --session ${result.session_id} --prompts\``,
                exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.failure,
            });
        }
        reporter.note((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('green', `every output is byte-identical (${result.files.length} files)`));
    });
}


/***/ }),

/***/ 2275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerPipelineCommands: () => (/* binding */ registerPipelineCommands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/pipeline/report-files.js
var report_files = __webpack_require__(9391);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/run-pipeline.js
var run_pipeline = __webpack_require__(8393);
// EXTERNAL MODULE: ./dist/lib/package/stages.js + 1 modules
var stages = __webpack_require__(1494);
// EXTERNAL MODULE: ./dist/lib/package/quality-issues/types.js
var types = __webpack_require__(5817);
// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
// EXTERNAL MODULE: ./dist/lib/cli/generation-options.js
var generation_options = __webpack_require__(7936);
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

// EXTERNAL MODULE: ./dist/lib/pipeline/shard.js
var shard = __webpack_require__(9535);
// EXTERNAL MODULE: ./dist/lib/cli/package.js
var cli_package = __webpack_require__(6617);
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
    return new errors/* LyfeError */.L0(`quality issues at or above --fail-on ${failOn}: ${(0,types/* qualityCounts */.AY)(counts)}`, { file, fix, exitCode: errors/* ExitCode */.yU.qualityIssues });
}
/** `--shard I/N`: the articles of one shard of the folder, as `lyfe-kt shard` lists them. */
function shardOption() {
    return new esm/* Option */.c$('--shard <I/N>', 'take only shard I of N (counting from 0), the files `lyfe-kt shard` lists; merge the shard packages with `lyfe-kt merge`').argParser(shard/* parseShard */.uK);
}
function registerPipelineCommands(program) {
    const preprocess = program.command('preprocess').description('stage 1: turn source articles into filled templates and Ari analyses');
    for (const kind of ['file', 'directory']) {
        const command = preprocess
            .command(`${kind} <${kind === 'file' ? 'input.md' : 'indir'}> <outdir>`)
            .description(kind === 'file' ? 'preprocess one source article' : 'preprocess every .md and .markdown file in a folder');
        if (kind === 'directory')
            command.option('--recursive', 'take the articles of its subfolders as well').addOption(shardOption());
        (0,generation_options/* addGenerationOptions */._y)((0,common/* addSessionOptions */.Gx)(command)).action(async (target, outDir, options) => {
            const reporter = new common/* Reporter */.a8(options);
            const inputs = kind === 'file' ? [target] : (0,run_pipeline/* articlesToRun */.OU)(target, options, reporting(reporter));
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
        (0,generation_options/* addFailOnOption */.OC)((0,generation_options/* addGenerationOptions */._y)((0,common/* addSessionOptions */.Gx)(command))).action(async (target, outDir, options) => {
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
                const { sessionQualityReport } = await Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 3932));
                const quality = sessionQualityReport({ logDir: options.logDir, sessionId: run.session.session_id, outputDir: outDir, templateDir });
                for (const issue of quality.issues.filter((i) => i.severity !== 'info'))
                    reporter.note(`${issue.severity} ${issue.id} ${issue.rule}${issue.file ? ` ${issue.file}` : ''}: ${issue.message}`);
                reporter.note(`quality issues: ${(0,types/* qualityCounts */.AY)(quality.counts)}`);
                if ((0,types/* failsOn */.Hu)(quality.counts, options.failOn))
                    throw qualityError(quality.counts, options.failOn, outDir, 'Fix the files named above, or package the run and open its viewer (`lyfe-kt view`) to see the records behind each issue');
            }
        });
    }
    const run = program
        .command('run <indir>')
        .description('run all three stages on a folder of source articles: work/ -> packages/, records in logs/')
        .option('--recursive', 'take the articles of its subfolders as well')
        .addOption(shardOption());
    (0,generation_options/* addFailOnOption */.OC)((0,cli_package.addPackageOptions)((0,generation_options/* addGenerationOptions */._y)((0,common/* addSessionOptions */.Gx)(run)))).action(async (indir, options) => {
        const reporter = new common/* Reporter */.a8(options);
        // The checks run synchronously before the first stage: a signal cannot arrive before the work starts.
        const interruption = interruptOnSignals(options);
        try {
            const { generation, package: built } = await (0,run_pipeline/* runPipeline */.aI)(indir, options, {
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
                throw invalidOutputError(generation.invalid, external_node_path_.join(built.path, constants/* WorkFolders */.BM.reports, report_files/* REPORT_JSON */.oA));
            if (options.failOn && (0,types/* failsOn */.Hu)(built.quality_issues, options.failOn)) {
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
