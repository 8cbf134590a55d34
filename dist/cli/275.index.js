export const id = 275;
export const ids = [275,429];
export const modules = {

/***/ 7936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ addFailOnOption),
/* harmony export */   _y: () => (/* binding */ addGenerationOptions),
/* harmony export */   d1: () => (/* binding */ maxInputSizeOption)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _llm_openai_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);
/* harmony import */ var _llm_model_params_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7460);
/* harmony import */ var _pipeline_providers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9928);
/* harmony import */ var _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4153);
/* harmony import */ var _package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5817);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3148);
// The options of the commands that call the model (`preprocess`, `generate`, `run`): they import
// the LLM layer and the pipeline's defaults, which the other commands do not load.







/** `--max-input-size`, as the generating commands and `shard` take it; `note` follows its first words. */
const maxInputSizeOption = (note) => new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--max-input-size <size>', `refuse input files larger than this${note} (bytes, or with k or m: 512k, 2m)`).argParser(_common_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSize */ .DB).default(_pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_INPUT_BYTES */ .y);
function addGenerationOptions(command) {
    return command
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--provider <name>', 'LLM provider; default: openai when OPENAI_API_KEY is set, else offline').choices(['openai', 'offline']))
        .option('--model <name>', `model name for the openai provider (default ${_llm_openai_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_OPENAI_MODEL */ .LK}); on Azure OpenAI, the deployment`)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--schema-version <v>', 'supertask schema version to validate against').choices(['1.0', '1.1']).default('1.1'))
        .option('--concurrency <n>', 'files processed at once', _common_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositiveInt */ .EJ, _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CONCURRENCY */ .W)
        .addOption(maxInputSizeOption(''))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--reasoning-effort <level>', "reasoning effort of reasoning models (GPT-5 family, o-series); default: the model's own")
        .choices(_llm_model_params_js__WEBPACK_IMPORTED_MODULE_2__/* .REASONING_EFFORTS */ .HQ)
        .env('LYFE_KT_REASONING_EFFORT'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--response-format <format>', 'json_schema: Structured Outputs; json_object: JSON mode; auto: json_schema, falling back once to json_object where refused')
        .choices(_llm_model_params_js__WEBPACK_IMPORTED_MODULE_2__/* .RESPONSE_FORMATS */ .t2)
        .default('auto')
        .env('LYFE_KT_RESPONSE_FORMAT'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--timeout <seconds>', 'seconds one LLM request may take before it is retried')
        .argParser((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeNumber */ .rD)(1, 3600))
        .default(_pipeline_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIMEOUT_SECONDS */ .K)
        .env('LYFE_KT_TIMEOUT'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--max-completion-tokens <n>', 'output token limit of every request, reasoning included; default: per request, with room for reasoning')
        .argParser((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeNumber */ .rD)(1, 1_000_000))
        .env('LYFE_KT_MAX_COMPLETION_TOKENS'));
}
/** `--fail-on` of `run` and `generate`: from the flag or LYFE_KT_FAIL_ON, where empty means never (an action input left empty). */
function addFailOnOption(command) {
    return command.addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <severity>', 'exit with code 5 when a quality issue of this severity or worse is found: error or warning (env LYFE_KT_FAIL_ON)')
        .env('LYFE_KT_FAIL_ON')
        .argParser(parseFailOn));
}
function parseFailOn(value) {
    if (value === '')
        return undefined;
    if (!_package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_LEVELS */ .D.includes(value))
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di(`expected ${_package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_LEVELS */ .D.join(' or ')}`);
    return value;
}


/***/ }),

/***/ 5429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addPackageOptions: () => (/* binding */ addPackageOptions),
  registerPackageCommands: () => (/* binding */ registerPackageCommands),
  reportPackage: () => (/* binding */ reportPackage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/package/assemble.js + 3 modules
var assemble = __webpack_require__(7049);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var manifest = __webpack_require__(7470);
// EXTERNAL MODULE: ./dist/lib/package/quality-issues/index.js + 3 modules
var quality_issues = __webpack_require__(3932);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./dist/lib/records/redact.js
var redact = __webpack_require__(4020);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/llm/provider.js
var provider = __webpack_require__(9679);
;// CONCATENATED MODULE: ./dist/lib/llm/replay.js




/**
 * A provider that answers from a package's prompt audit instead of a model: each request gets the
 * reply recorded for the same purpose and the same messages, attempt after attempt, failures
 * included (a recorded 500 is replayed as a 500, without waiting). No network.
 */
/** Records are redacted when written; the request is keyed the same way so that both match. */
function requestKey(purpose, messages) {
    const clean = (0,redact/* redactValue */.FI)(messages.map(({ role, content }) => ({ role, content })));
    return (0,external_node_crypto_.createHash)('sha256').update(purpose).update('\0').update(JSON.stringify(clean)).digest('hex');
}
function createReplayProvider(audits) {
    const queues = new Map();
    const models = new Map();
    for (const record of audits) {
        if (record.event !== types/* Events */.sV.llmAttempt || !record.data)
            continue;
        const data = record.data;
        if (!data.purpose || !Array.isArray(data.messages))
            continue;
        const key = requestKey(data.purpose, data.messages);
        queues.set(key, [...(queues.get(key) ?? []), data]);
        if (data.model)
            models.set(data.model, (models.get(data.model) ?? 0) + 1);
    }
    const model = [...models.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'replay';
    return {
        name: 'replay',
        model,
        source: 'replay',
        unused: () => [...queues.values()].reduce((total, queue) => total + queue.length, 0),
        async complete(request) {
            const recorded = queues.get(requestKey(request.purpose, request.messages))?.shift();
            if (!recorded) {
                throw new provider/* LlmAttemptError */.T(`no recorded reply for this ${request.purpose} request: its messages differ from every recorded attempt (the prompt or template changed since the package was made)`, {
                    retryable: false,
                });
            }
            if (recorded.response === null || recorded.response === undefined) {
                throw new provider/* LlmAttemptError */.T(`replayed failure: ${recorded.reason ?? 'no response'}`, {
                    retryable: recorded.outcome === 'retry',
                    httpStatus: recorded.http_status,
                    retryAfterMs: 0,
                    adaptation: recorded.adaptation,
                    params: recorded.params,
                });
            }
            return {
                text: recorded.response,
                usage: recorded.usage ?? null,
                model: recorded.model ?? model,
                httpStatus: recorded.http_status,
                params: recorded.params,
                finishReason: recorded.finish_reason,
                refusal: recorded.refusal,
            };
        },
    };
}

// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js
var generate = __webpack_require__(6100);
// EXTERNAL MODULE: ./dist/lib/pipeline/schema.js
var schema = __webpack_require__(1560);
// EXTERNAL MODULE: ./dist/lib/session/context.js
var context = __webpack_require__(6028);
// EXTERNAL MODULE: ./dist/lib/stage/run-stage.js
var run_stage = __webpack_require__(443);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js
var session_model = __webpack_require__(8169);
;// CONCATENATED MODULE: ./dist/lib/package/replay.js













/** The files of an output folder; a folder that was never written has none. */
function listFiles(dir) {
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return [];
        throw new errors/* LyfeError */.L0(`the outputs cannot be listed (${code ?? (0,errors/* errorText */.kc)(error)})`, { file: dir, fix: 'Make it a folder you can read (`ls -ld` it), then replay again', cause: error });
    }
}
function compareOutputs(packaged, replayed) {
    const before = listFiles(packaged);
    const after = new Set(listFiles(replayed));
    const files = before.map((file) => {
        if (!after.has(file))
            return { file, status: 'missing' };
        const same = external_node_fs_.readFileSync(external_node_path_.join(packaged, file)).equals(external_node_fs_.readFileSync(external_node_path_.join(replayed, file)));
        return { file, status: same ? 'identical' : 'different' };
    });
    for (const file of after)
        if (!before.includes(file))
            files.push({ file, status: 'extra' });
    return files;
}
/**
 * Runs generation again from a package's own templates, each LLM call answered by the reply the
 * package recorded for it, and compares the outputs with the packaged ones byte for byte.
 */
async function replayPackage(options) {
    // A replay of a changed package would compare against what the run never wrote.
    const check = (0,manifest/* verifyPackage */.sB)(options.packageDir);
    if (!check.ok) {
        const counts = `${check.changed.length} changed, ${check.missing.length} missing, ${check.added.length} added, ${check.problems.length} other problem(s)`;
        throw new errors/* LyfeError */.L0(`the package does not match its manifest (${counts}), so it is not replayed`, {
            file: options.packageDir,
            fix: `See what changed with \`lyfe-kt verify ${options.packageDir}\`; replay only a package that verifies`,
        });
    }
    const records = (0,archive.readPackageRecords)(options.packageDir);
    const generation = records.prompts.filter((record) => record.event === types/* Events */.sV.llmAttempt && record.stage === 'generate');
    if (generation.length === 0) {
        throw new errors/* LyfeError */.L0('the package recorded no generation call to replay', { file: options.packageDir, fix: 'Replay a package whose run reached the generate stage' });
    }
    if (external_node_fs_.existsSync(options.outDir) && external_node_fs_.readdirSync(options.outDir).length > 0) {
        throw new errors/* LyfeError */.L0('the replay folder is not empty', { file: options.outDir, fix: 'Give a new folder with --out, or remove this one' });
    }
    const preprocessed = external_node_path_.join(options.packageDir, constants/* WorkFolders */.BM.preprocessed);
    // The templates the packaged run generated from, in the order it first called for them.
    const templates = [...new Set(generation.flatMap((record) => record.input ?? []))].filter((name) => external_node_fs_.existsSync(external_node_path_.join(preprocessed, name)));
    if (templates.length === 0) {
        throw new errors/* LyfeError */.L0('the templates the run generated from are not in the package', { file: preprocessed, fix: 'The package is incomplete; run `lyfe-kt verify` on it' });
    }
    for (const folder of [constants/* WorkFolders */.BM.raw, constants/* WorkFolders */.BM.preprocessed]) {
        const source = external_node_path_.join(options.packageDir, folder);
        if (external_node_fs_.existsSync(source))
            external_node_fs_.cpSync(source, external_node_path_.join(options.outDir, folder), { recursive: true });
    }
    const summary = (0,session_model/* summarizeSession */.Ay)(records.processing, records.prompts);
    const version = summary.schema_version?.replace(/^v/, '');
    const schemaVersion = (0,schema/* isSchemaVersion */.Cl)(version) ? version : schema/* DEFAULT_SCHEMA_VERSION */.jK;
    const provider = createReplayProvider(records.prompts);
    let sessionId = '';
    let error = null;
    try {
        await (0,run_stage/* runStage */.S)({
            stage: 'generate',
            workDir: options.outDir,
            logDir: options.logDir,
            fresh: true,
            sessionInfo: { provider: provider.name, model: provider.model, schema_version: schemaVersion, replay_of: records.session_id, package: external_node_path_.basename(external_node_path_.resolve(options.packageDir)) },
        }, (stats) => {
            sessionId = (0,context/* requireSession */.OC)().sessionId;
            return (0,generate/* generateFiles */.jP)(templates.map((name) => external_node_path_.join(options.outDir, constants/* WorkFolders */.BM.preprocessed, name)), external_node_path_.join(options.outDir, constants/* WorkFolders */.BM.output), external_node_path_.join(options.outDir, constants/* WorkFolders */.BM.reports), { provider, schemaVersion, concurrency: options.concurrency }, stats);
        });
    }
    catch (failure) {
        error = (0,errors/* errorText */.kc)(failure);
    }
    const files = compareOutputs(external_node_path_.join(options.packageDir, constants/* WorkFolders */.BM.output), external_node_path_.join(options.outDir, constants/* WorkFolders */.BM.output));
    return {
        session_id: sessionId,
        replayed_session: records.session_id,
        out_dir: options.outDir,
        templates,
        files,
        identical: files.every((file) => file.status === 'identical'),
        error,
        unused_attempts: provider.unused(),
    };
}

// EXTERNAL MODULE: ./dist/lib/pipeline/options.js
var options = __webpack_require__(4153);
// EXTERNAL MODULE: ./dist/lib/package/stages.js + 1 modules
var stages = __webpack_require__(1494);
// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/package.js










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
        (0,common/* printJson */.Q2)(result);
    const run = result.success ? (0,common/* paint */.nI)('green', 'run succeeded') : (0,common/* paint */.nI)('red', 'run failed');
    const logs = result.logs.compressed ? `, logs compressed ${kilobytes(result.logs.bytes)} -> ${kilobytes(result.logs.compressed_bytes ?? 0)}` : '';
    reporter.note(`packaged session ${result.session_id} (${run}, stages: ${result.stages_executed.join(', ') || 'none'}) into ${result.path}`);
    reporter.note(`${result.files} files, ${kilobytes(result.bytes)}${logs}; digest ${result.digest}${result.kept_work ? '; work folder kept' : ''}`);
    reporter.note(`quality issues: ${(0,quality_issues/* qualityCounts */.AY)(result.quality_issues)}; see them with their records: lyfe-kt view ${result.path}`);
}
function registerPackageCommands(program) {
    const pack = program
        .command('package [title]')
        .description("package the work folder's run with its session's execution record: packages/<title>-YYYY-MM-DD-HH-MM/");
    addSharedPackageOptions((0,common/* addSessionOptions */.Gx)(pack)).action(async (title, options) => {
        const reporter = new common/* Reporter */.a8(options);
        (0,stages/* checkLogDir */.o_)(options.logDir);
        const result = await (0,assemble/* packageRun */.UX)({ ...options, title });
        reportPackage(result, options, reporter);
    });
    program
        .command('verify <package>')
        .description("check every file of a package against its manifest: exit 0 when nothing changed")
        .option('--json', 'print the machine-readable result on stdout')
        .action((dir, options) => {
        const result = (0,manifest/* verifyPackage */.sB)(dir);
        if (options.json)
            (0,common/* printJson */.Q2)(result);
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
            throw new errors/* LyfeError */.L0(`the package does not match its manifest (${counts})`, { file: dir, fix: 'Do not trust its contents; get the package again from where it was made' });
        }
    });
    program
        .command('replay <package>')
        .description("run generation again from a package's templates, answered by its recorded replies (no network), and compare the outputs")
        .option('--out <dir>', 'new work folder for the replay; default: replay/<package name>')
        .addOption((0,common/* logDirOption */.rN)())
        .option('--concurrency <n>', 'files processed at once', common/* parsePositiveInt */.EJ, options/* DEFAULT_CONCURRENCY */.W)
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const reporter = new common/* Reporter */.a8(options);
        (0,stages/* checkLogDir */.o_)(options.logDir);
        const outDir = options.out ?? external_node_path_.join('replay', external_node_path_.basename(external_node_path_.resolve(dir)));
        const result = await replayPackage({ packageDir: dir, outDir, logDir: options.logDir, concurrency: options.concurrency });
        if (options.json)
            (0,common/* printJson */.Q2)(result);
        for (const file of result.files)
            reporter.note(`${file.status === 'identical' ? (0,common/* paint */.nI)('green', 'identical') : (0,common/* paint */.nI)('red', file.status)} ${file.file}`);
        if (result.error)
            reporter.note(`the replayed generation failed: ${result.error}`);
        reporter.note(`replayed ${result.templates.length} template(s) of session ${result.replayed_session ?? 'unknown'} into ${result.out_dir} (session ${result.session_id})`);
        if (!result.identical) {
            const differing = result.files.filter((file) => file.status !== 'identical').length;
            throw new errors/* LyfeError */.L0(`${differing} output(s) of the replay differ from the package`, {
                file: dir,
                fix: `Compare ${external_node_path_.join(result.out_dir, constants/* WorkFolders */.BM.output)} with the package's ${constants/* WorkFolders */.BM.output}, and the prompts with \`lyfe-kt logs --session ${result.session_id} --prompts\``,
                exitCode: errors/* ExitCode */.yU.failure,
            });
        }
        reporter.note((0,common/* paint */.nI)('green', `every output is byte-identical (${result.files.length} files)`));
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
// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js
var pipeline_generate = __webpack_require__(6100);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/run-pipeline.js
var run_pipeline = __webpack_require__(8393);
// EXTERNAL MODULE: ./dist/lib/package/stages.js + 1 modules
var stages = __webpack_require__(1494);
// EXTERNAL MODULE: ./dist/lib/package/quality-issues/index.js + 3 modules
var quality_issues = __webpack_require__(3932);
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


/***/ }),

/***/ 8393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ articlesToRun),
/* harmony export */   aI: () => (/* binding */ runPipeline),
/* harmony export */   pQ: () => (/* binding */ runArticles)
/* harmony export */ });
/* unused harmony exports checkRunFolders, checkWorkFolderFree */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9535);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7182);
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7049);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5046);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1494);
/* harmony import */ var _title_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6537);
/**
 * `run`: the three stages on a folder of source articles, in one session, into a package. The CLI's
 * `run` command and the programmatic `run()` are thin edges over `runPipeline`.
 */









/** `run` moves the work folders into the package: the articles must not be inside one of them. */
function checkRunFolders(indir, workDir) {
    const within = (folder) => {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workDir, folder), node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(indir));
        return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative));
    };
    const folder = _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolderNames */ .ch.find(within);
    if (folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the articles folder is inside the work folder's ${folder}/, which the package takes away`, {
            file: indir,
            fix: `Put the articles in a folder of their own (for example \`mv ${indir} articles\`) and run on it, or give another --work-dir`,
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage,
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
        existing = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkSession */ .GE)(workDir);
    }
    catch (error) {
        if (!(error instanceof _session_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DamagedSessionFile */ .m9))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0('the work folder holds a run whose session file is damaged', {
            file: error.file,
            fix: `Package the run with \`lyfe-kt package --session <id>\` (\`lyfe-kt logs --list\` lists them), or delete the file (\`rm ${error.file}\`), then run again`,
            cause: error,
        });
    }
    if (existing) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the work folder holds a run that was not packaged (session ${existing.session_id})`, {
            file: workDir,
            fix: 'Package it with `lyfe-kt package`, or remove the folder, then run again',
        });
    }
    const used = _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolderNames */ .ch.filter((name) => {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, name);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(folder))
            return false;
        const entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(folder);
        return name === _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.reports ? entries.some((entry) => _assemble_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FILES */ .JL.has(entry)) : entries.length > 0;
    });
    if (used.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the work folder holds files of an earlier run (${used.map((name) => `${name}/`).join(', ')})`, {
            file: workDir,
            fix: `Move them away or remove them (\`lyfe-kt package --keep-work\` leaves them), or give another --work-dir, then run again`,
        });
    }
}
/**
 * The articles of `indir` a run takes: every one, or with `shard` those of its shard (and what the
 * run records of the shard). `lyfe-kt shard` lists them the same way.
 */
function runArticles(indir, options, hooks = {}) {
    const articles = (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .articlesOf */ .DG)(indir, options.recursive, hooks);
    if (!options.shard)
        return { files: articles };
    const { files, info } = (0,_pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .selectShard */ .Xm)(indir, articles, options.shard);
    return { files, shard: info };
}
/**
 * The articles of the run's shard (all of them without one), for `run` and `preprocess directory`;
 * an empty shard is refused. The shard is set in `options.shardInfo`, to be recorded with the session.
 */
function articlesToRun(indir, options, hooks = {}) {
    const { files, shard } = runArticles(indir, options, hooks);
    if (shard && files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`shard ${shard.index}/${shard.total} of the folder holds no article (${shard.all_files} article(s) in ${shard.total} shards)`, {
            file: indir,
            fix: `Use at most ${shard.all_files} shard(s); \`lyfe-kt shard\` prints nothing for an empty shard`,
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage,
        });
    }
    options.shardInfo = shard;
    return files;
}
/**
 * Preprocess and generate the articles of `indir` in one session, then package the run with its
 * records. Everything given is checked before the work folder is touched: bad input leaves nothing
 * behind. A run that stops later leaves its work folder as it is, to be packaged as failed.
 * Supertasks that fail the schema are counted in `generation.invalid`, not thrown.
 */
async function runPipeline(indir, options, hooks = {}) {
    checkRunFolders(indir, options.workDir);
    const sources = articlesToRun(indir, options, hooks);
    const read = (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .checkStageInput */ .jN)(sources, options, _stages_js__WEBPACK_IMPORTED_MODULE_7__/* .articleOutputs */ .X3);
    if (options.title !== undefined)
        (0,_title_js__WEBPACK_IMPORTED_MODULE_8__/* .sanitizeTitle */ .em)(options.title);
    checkWorkFolderFree(options.workDir);
    const work = (folder) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.workDir, folder);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.raw), { recursive: true });
    // The copies in 01_raw are the stage's inputs, as read above: read and parsed once.
    const raw = read.map((input) => ({ ...input, file: node_path__WEBPACK_IMPORTED_MODULE_1__.join(work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.raw), node_path__WEBPACK_IMPORTED_MODULE_1__.basename(input.file)) }));
    read.forEach((input, index) => node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync(input.file, raw[index].file));
    try {
        const pre = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .preprocessStage */ .lx)(raw, work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.preprocessed), options, hooks, true);
        const session = pre.session.session_id;
        // The same options object (and so the same provider) for the second stage, in the first one's session.
        options.session = session;
        // The templates as preprocessing wrote and read them (the folder holds nothing else: it was empty).
        const generated = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .generateStage */ .cJ)(pre.templates, work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.output), options, hooks);
        hooks.packaging?.();
        hooks.note?.(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
        const built = await (0,_assemble_js__WEBPACK_IMPORTED_MODULE_5__/* .packageRun */ .UX)({
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


/***/ }),

/***/ 9535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ selectShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, checkShardTotal, checkShard, planShards */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);




/** More shards than this is a typo, not a plan (a GitHub matrix holds at most 256 jobs). */
const MAX_SHARDS = 256;
function usage(message, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(message, { fix, exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.usage });
}
/** A shard count from 1 to MAX_SHARDS. */
function checkShardTotal(total) {
    if (!Number.isInteger(total) || total < 1 || total > MAX_SHARDS) {
        throw usage(`the shard total ${total} is not a whole number from 1 to ${MAX_SHARDS}`, 'Give --total the number of shards (the matrix size)');
    }
    return total;
}
/** A shard index and total; the index counts from 0. */
function checkShard(spec) {
    checkShardTotal(spec.total);
    if (!Number.isInteger(spec.index) || spec.index < 0 || spec.index >= spec.total) {
        throw usage(`the shard index ${spec.index} is not a whole number from 0 to ${spec.total - 1}`, `Shards count from 0: give an index from 0 to ${spec.total - 1} for ${spec.total} shards`);
    }
    return spec;
}
/** `I/N`, as `run --shard` takes it. */
function parseShard(value) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (!match)
        throw usage(`the shard ${JSON.stringify(value)} is not of the form I/N`, 'Give --shard as index/total, counting from 0: 0/4, 1/4, 2/4, 3/4');
    return checkShard({ index: Number(match[1]), total: Number(match[2]) });
}
const hashOf = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
/**
 * Splits `files` (found in `dir`) into `total` shards balanced by size: the largest file first
 * (ties broken by the hash of its relative path, then the path), each to the lightest shard so
 * far (ties to the lowest index).
 */
function planShards(dir, files, total) {
    checkShardTotal(total);
    const entries = files.map((file) => {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(dir, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        return { file, relative, bytes: node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).size, hash: hashOf(relative) };
    });
    const byPath = (a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
    const listing = hashOf([...entries].sort(byPath).map((entry) => `${entry.relative}\t${entry.bytes}\n`).join(''));
    const load = new Array(total).fill(0);
    const shards = Array.from({ length: total }, () => []);
    const bySize = [...entries].sort((a, b) => b.bytes - a.bytes || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) || byPath(a, b));
    for (const entry of bySize) {
        let lightest = 0;
        for (let shard = 1; shard < total; shard++)
            if (load[shard] < load[lightest])
                lightest = shard;
        shards[lightest].push(entry);
        load[lightest] += entry.bytes;
    }
    return { listing, shards: shards.map((shard) => shard.sort(byPath).map((entry) => entry.file)) };
}
/** The files of one shard, with what a run records of it. */
function selectShard(dir, files, spec) {
    checkShard(spec);
    const plan = planShards(dir, files, spec.total);
    return { files: plan.shards[spec.index], info: { index: spec.index, total: spec.total, listing: plan.listing, all_files: files.length } };
}


/***/ })

};
