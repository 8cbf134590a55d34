export const id = 429;
export const ids = [429];
export const modules = {

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
var assemble = __webpack_require__(4292);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var manifest = __webpack_require__(7470);
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
                });
            }
            return { text: recorded.response, usage: recorded.usage ?? null, model: recorded.model ?? model, httpStatus: recorded.http_status };
        },
    };
}

// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js + 1 modules
var generate = __webpack_require__(8304);
// EXTERNAL MODULE: ./dist/lib/pipeline/schema.js
var schema = __webpack_require__(1560);
// EXTERNAL MODULE: ./dist/lib/session/context.js
var context = __webpack_require__(6028);
// EXTERNAL MODULE: ./dist/lib/stage/run-stage.js
var run_stage = __webpack_require__(443);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: ./dist/lib/package/summary.js
var package_summary = __webpack_require__(1975);
;// CONCATENATED MODULE: ./dist/lib/package/replay.js












function listFiles(dir) {
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    }
    catch {
        return [];
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
    const records = (0,archive/* readPackageRecords */.f6)(options.packageDir);
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
    const summary = (0,package_summary/* summarizeSession */.A)(records.processing, records.prompts);
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
    if (options.json)
        (0,common/* printJson */.Q2)(result);
    const run = result.success ? (0,common/* paint */.nI)(common/* colors */.Tj.green, 'run succeeded') : (0,common/* paint */.nI)(common/* colors */.Tj.red, 'run failed');
    const logs = result.logs.compressed ? `, logs compressed ${kilobytes(result.logs.bytes)} -> ${kilobytes(result.logs.compressed_bytes ?? 0)}` : '';
    reporter.note(`packaged session ${result.session_id} (${run}, stages: ${result.stages_executed.join(', ') || 'none'}) into ${result.path}`);
    reporter.note(`${result.files} files, ${kilobytes(result.bytes)}${logs}; digest ${result.digest}${result.kept_work ? '; work folder kept' : ''}`);
}
function registerPackageCommands(program) {
    const pack = program
        .command('package [title]')
        .description("package the work folder's run with its session's execution record: packages/<title>-YYYY-MM-DD-HH-MM/");
    addSharedPackageOptions((0,common/* addSessionOptions */.Gx)(pack)).action(async (title, options) => {
        const reporter = new common/* Reporter */.a8(options);
        const result = await (0,assemble/* packageRun */.U)({ ...options, title });
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
            const counts = [`${result.changed.length} changed`, `${result.missing.length} missing`, `${result.added.length} added`].join(', ');
            throw new errors/* LyfeError */.L0(`the package does not match its manifest (${counts})`, { file: dir, fix: 'Do not trust its contents; get the package again from where it was made' });
        }
    });
    program
        .command('replay <package>')
        .description("run generation again from a package's templates, answered by its recorded replies (no network), and compare the outputs")
        .option('--out <dir>', 'new work folder for the replay; default: replay/<package name>')
        .option('--log-dir <dir>', 'folder of the global record files (env LYFE_KT_LOG_DIR)', process.env.LYFE_KT_LOG_DIR ?? 'logs')
        .option('--concurrency <n>', 'files processed at once', common/* parsePositiveInt */.EJ, options/* DEFAULT_CONCURRENCY */.W)
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const reporter = new common/* Reporter */.a8(options);
        const outDir = options.out ?? external_node_path_.join('replay', external_node_path_.basename(external_node_path_.resolve(dir)));
        const result = await replayPackage({ packageDir: dir, outDir, logDir: options.logDir, concurrency: options.concurrency });
        if (options.json)
            (0,common/* printJson */.Q2)(result);
        for (const file of result.files)
            reporter.note(`${file.status === 'identical' ? (0,common/* paint */.nI)(common/* colors */.Tj.green, 'identical') : (0,common/* paint */.nI)(common/* colors */.Tj.red, file.status)} ${file.file}`);
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
        reporter.note((0,common/* paint */.nI)(common/* colors */.Tj.green, `every output is byte-identical (${result.files.length} files)`));
    });
}


/***/ }),

/***/ 3758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseJsonReply),
/* harmony export */   Y: () => (/* binding */ callLlm)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _records_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1486);
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9679);






/** The first step of every check: the reply as JSON, or the error that rejects it. */
function parseJsonReply(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        return { errors: [`the reply is not JSON: ${error.message}`] };
    }
}
const MAX_RETRY_AFTER_MS = 60_000;
/**
 * The one path every LLM call takes. Each attempt, accepted, retried or failed, becomes one
 * prompt-audit record of the current session, linked to the call's output files.
 */
async function callLlm(provider, request, options) {
    const callId = `call_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    const maxTransportRetries = options.maxTransportRetries ?? 4;
    const maxRepairs = options.maxRepairs ?? 2;
    const maxAttempts = 1 + maxTransportRetries + maxRepairs;
    const usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
    let messages = request.messages;
    let transportRetries = 0;
    let repairs = 0;
    for (let attempt = 1;; attempt++) {
        const started = performance.now();
        const audit = (outcome, response, extra = {}) => {
            const data = {
                call_id: callId,
                attempt,
                max_attempts: maxAttempts,
                purpose: request.purpose,
                provider: provider.name,
                model: response?.model ?? provider.model,
                params: request.params,
                messages,
                response: response?.text ?? null,
                usage: response?.usage ?? null,
                latency_ms: Math.round(performance.now() - started),
                outcome,
                source: provider.source,
                ...extra,
            };
            const level = outcome === 'ok' ? 'info' : outcome === 'retry' ? 'warn' : 'error';
            const what = extra.reason ? `: ${extra.reason}` : '';
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .auditRecord */ .tg)(level, _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.llmAttempt, `${request.purpose} attempt ${attempt} ${outcome}${what}`, {
                input: options.input,
                output: options.output,
                data: { ...data },
            });
        };
        (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .auditRecord */ .tg)('debug', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.llmRequest, `${request.purpose} attempt ${attempt} sent`, {
            input: options.input,
            output: options.output,
            data: { call_id: callId, attempt, purpose: request.purpose, provider: provider.name, model: provider.model, source: provider.source },
        });
        let response;
        try {
            response = await provider.complete({ ...request, messages });
        }
        catch (error) {
            const failure = error instanceof _provider_js__WEBPACK_IMPORTED_MODULE_5__/* .LlmAttemptError */ .T ? error : new _provider_js__WEBPACK_IMPORTED_MODULE_5__/* .LlmAttemptError */ .T(String(error?.message ?? error), { retryable: false, cause: error });
            const retry = failure.retryable && transportRetries < maxTransportRetries;
            audit(retry ? 'retry' : 'failed', undefined, { reason: failure.message, http_status: failure.httpStatus });
            if (!retry) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${request.purpose} failed after ${attempt} attempt(s): ${failure.message}`, {
                    file: options.input[0],
                    fix: failure.httpStatus === 401 ? 'Check OPENAI_API_KEY' : 'See the prompt audit of this session (`lyfe-kt logs --prompts`)',
                    cause: failure,
                });
            }
            transportRetries++;
            const backoff = failure.retryAfterMs ?? (options.retryBaseMs ?? 500) * 2 ** (transportRetries - 1);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(Math.min(backoff, MAX_RETRY_AFTER_MS));
            continue;
        }
        if (response.usage) {
            usage.prompt_tokens += response.usage.prompt_tokens;
            usage.completion_tokens += response.usage.completion_tokens;
            usage.total_tokens += response.usage.total_tokens;
        }
        const checked = options.check(response.text);
        if (checked.errors.length === 0 && checked.value !== undefined) {
            audit('ok', response, { http_status: response.httpStatus });
            return { callId, value: checked.value, errors: [], attempts: attempt, usage };
        }
        const reason = checked.errors.slice(0, 10).join('; ');
        if (repairs < maxRepairs) {
            audit('retry', response, { reason, http_status: response.httpStatus });
            repairs++;
            messages = [
                ...request.messages,
                { role: 'assistant', content: response.text },
                { role: 'user', content: `Your reply was rejected:\n- ${checked.errors.slice(0, 20).join('\n- ')}\nReply again with the corrected JSON object only.` },
            ];
            continue;
        }
        if (checked.value !== undefined) {
            // Kept although invalid: the pipeline writes it and reports it, never hides it.
            audit('ok', response, { reason: `kept with ${checked.errors.length} validation error(s): ${reason}`, http_status: response.httpStatus });
            return { callId, value: checked.value, errors: checked.errors, attempts: attempt, usage };
        }
        audit('failed', response, { reason, http_status: response.httpStatus });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${request.purpose} gave no usable reply after ${attempt} attempt(s): ${reason}`, {
            file: options.input[0],
            fix: 'See the prompt audit of this session (`lyfe-kt logs --prompts`)',
        });
    }
}


/***/ }),

/***/ 9679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ LlmAttemptError)
/* harmony export */ });
/** Failure of one attempt. `retryable` decides whether the audited call tries again. */
class LlmAttemptError extends Error {
    retryable;
    httpStatus;
    retryAfterMs;
    constructor(message, options) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'LlmAttemptError';
        this.retryable = options.retryable;
        this.httpStatus = options.httpStatus;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 4292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ packageRun)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/reader.js
var reader = __webpack_require__(3438);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/records/writer.js
var writer = __webpack_require__(1486);
// EXTERNAL MODULE: ./dist/lib/session/context.js
var context = __webpack_require__(6028);
// EXTERNAL MODULE: ./dist/lib/stage/run-stage.js
var run_stage = __webpack_require__(443);
// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(7182);
// EXTERNAL MODULE: ./dist/lib/version.js
var version = __webpack_require__(1280);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/records/render.js
var render = __webpack_require__(5001);
;// CONCATENATED MODULE: ./dist/lib/package/execution-summary.js

/** `execution_summary.md`: the PRD's sections, every number taken from a SessionSummary. */
const STAGE_LABELS = {
    preprocess: 'Stage 1 (Preprocessing)',
    generate: 'Stage 3 (Generation)',
    package: 'Packaging',
};
const ICONS = { ok: '✅', failed: '❌', unfinished: '⚠️' };
const SCHEMA_NOTES = { 'v1.1': 'mobile-optimized' };
const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const percent = (value) => (value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`);
const score = (value) => (value === null ? 'n/a' : value.toFixed(2));
/** `2025-01-18T17:30:45.123Z` → `2025-01-18 17:30:45 UTC`. */
function humanTime(iso) {
    return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : 'unknown';
}
/** `267` → `4 minutes, 27 seconds`. */
function humanDuration(seconds) {
    if (seconds === null)
        return 'unknown';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    const whole = Math.round(seconds);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const parts = [h ? plural(h, 'hour') : '', m ? plural(m, 'minute') : '', s || (!h && !m) ? plural(s, 'second') : ''].filter(Boolean);
    return parts.join(', ');
}
function stageStatus(runs) {
    if (runs.some((run) => run.status === 'failed'))
        return 'failed';
    if (runs.some((run) => run.status === 'unfinished'))
        return 'unfinished';
    return 'ok';
}
function stageLine(stage, all) {
    // Packaging is judged by its last attempt (the one that made this package); earlier failed
    // attempts are noted. A pipeline stage that failed once makes the run a failure.
    const runs = stage === 'package' ? all.slice(-1) : all;
    const status = stageStatus(runs);
    const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
    let what;
    if (stage === 'preprocess')
        what = `${plural(sum('files_in'), 'file')} processed`;
    else if (stage === 'generate')
        what = `${plural(sum('files_out'), 'supertask')} generated${sum('files_invalid') ? `, ${sum('files_invalid')} invalid` : ''}`;
    else if (stage === 'package')
        what = `${plural(sum('files_in'), 'work file')} packaged`;
    else
        what = `${plural(runs.length, 'run')}`;
    const notes = [];
    if (all.length > 1)
        notes.push(`${all.length} runs`);
    const earlierFailures = all.slice(0, all.length - runs.length).filter((run) => run.status !== 'ok').length;
    if (earlierFailures)
        notes.push(`${earlierFailures} earlier attempt(s) failed`);
    if (status === 'failed')
        notes.push('failed');
    if (status === 'unfinished')
        notes.push('never finished');
    const duration = runs.reduce((total, run) => total + (run.duration_ms ?? 0), 0);
    if (duration)
        notes.push(humanDuration(duration / 1000));
    return `- ${ICONS[status]} **${STAGE_LABELS[stage] ?? stage}**: ${what}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
function stagesSection(summary) {
    const byStage = new Map();
    for (const run of summary.stages)
        byStage.set(run.stage, [...(byStage.get(run.stage) ?? []), run]);
    if (byStage.size === 0)
        return ['- No stage was recorded in this session.'];
    return [...byStage.entries()].map(([stage, runs]) => stageLine(stage, runs));
}
function contentSection(summary) {
    const levels = Object.entries(summary.levels).map(([level, n]) => `${n} ${level}`);
    const invalid = summary.quality.invalid_files;
    const output = `${plural(summary.outputs.length, 'supertask')}${levels.length ? ` (${levels.join(', ')})` : ''}${invalid ? `, ${invalid} failing the schema` : ''}`;
    const version = summary.schema_version;
    const lines = [
        `- **Source**: ${summary.input_files.length ? summary.input_files.join(', ') : 'none recorded'}`,
        `- **Output**: ${output}`,
        `- **Schema Version**: ${version ? `${version}${SCHEMA_NOTES[version] ? ` (${SCHEMA_NOTES[version]})` : ''}` : 'unknown'}`,
    ];
    if (summary.outputs.length) {
        lines.push('', '| Output | Valid | Mobile | Persona | Call | Attempts | Tokens |', '| --- | --- | --- | --- | --- | --- | --- |');
        for (const out of summary.outputs) {
            const valid = out.valid ? 'yes' : `no (${plural(out.errors.length, 'error')})`;
            lines.push(`| ${out.file} | ${valid} | ${score(out.mobile_optimization_score)} | ${percent(out.ari_persona_consistency)} | ${out.call_id ? `\`${out.call_id}\`` : '-'} | ${out.attempts} | ${out.tokens.toLocaleString('en-US')} |`);
        }
    }
    return lines;
}
function aiSection(summary) {
    const ai = summary.ai;
    const lines = [
        `- **Total API Calls**: ${ai.total_api_calls.toLocaleString('en-US')}`,
        `- **Total Tokens**: ${ai.total_tokens.toLocaleString('en-US')}`,
        `- **Model**: ${ai.model ?? 'none'}`,
        `- **Success Rate**: ${percent(ai.success_rate)}`,
    ];
    if (ai.total_api_calls) {
        lines.push(`- **Provider**: ${ai.provider ?? 'unknown'}; ${plural(ai.calls, 'call')}, ${plural(ai.retries, 'retry', 'retries')}, ${plural(ai.failed_calls, 'failed call')}${ai.unfinished_calls ? `, ${plural(ai.unfinished_calls, 'call')} unfinished` : ''}; ${ai.prompt_tokens.toLocaleString('en-US')} prompt + ${ai.completion_tokens.toLocaleString('en-US')} completion tokens`);
    }
    return lines;
}
function qualitySection(summary) {
    const q = summary.quality;
    return [
        `- **Schema Compliance**: ${percent(q.schema_compliance)}${summary.outputs.length ? ` (${q.valid_files} of ${summary.outputs.length} valid)` : ''}`,
        `- **Mobile Optimization Score**: ${score(q.mobile_optimization_score)}`,
        `- **Ari Persona Consistency**: ${percent(q.ari_persona_consistency)}`,
    ];
}
function recordLines(records) {
    return records.length ? ['```', ...records.map((record) => (0,render/* formatRecordLine */.zH)(record)), '```'] : ['(no records before it)'];
}
function failureSection(summary) {
    const lines = [];
    for (const failure of summary.failures) {
        lines.push('', `### ${failure.kind === 'error' ? 'Error' : 'Stopped'} in ${STAGE_LABELS[failure.stage] ?? failure.stage}`, '', `- **What**: ${failure.message}`, `- **Stage**: ${failure.stage} (process ${failure.pid})`, `- **File**: ${failure.file ?? 'none recorded'}`, `- **Time**: ${failure.time}`);
        if (failure.fix)
            lines.push(`- **Fix**: ${failure.fix}`);
        lines.push('', 'Last records before it:', '', ...recordLines(failure.last_records));
    }
    return lines;
}
function renderExecutionSummary(summary) {
    const lines = [
        '# Pipeline Execution Summary',
        '',
        '## Session Information',
        `- **Session ID**: ${summary.session_id}`,
        `- **Start Time**: ${humanTime(summary.start_time)}`,
        `- **End Time**: ${humanTime(summary.end_time)}`,
        `- **Total Duration**: ${humanDuration(summary.duration_seconds)}`,
        `- **Result**: ${summary.success ? '✅ success' : '❌ failed — see "What Went Wrong" below'}`,
        '',
        '## Pipeline Stages Executed',
        ...stagesSection(summary),
        '',
        '## Content Generated',
        ...contentSection(summary),
        '',
        '## AI Model Usage',
        ...aiSection(summary),
        '',
        '## Quality Metrics',
        ...qualitySection(summary),
    ];
    if (!summary.success || summary.failures.length) {
        lines.push('', '## What Went Wrong');
        if (summary.failures.length)
            lines.push(...failureSection(summary));
        else
            lines.push('', '- A stage failed without an error record; see processing.log.');
    }
    lines.push('', '---', `Rendered from ${plural(summary.counts.processing_records, 'processing record')} and ${plural(summary.counts.prompt_records, 'prompt-audit record')} (${plural(summary.counts.warnings, 'warning')}, ${plural(summary.counts.errors, 'error')}).`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var manifest = __webpack_require__(7470);
;// CONCATENATED MODULE: ./dist/lib/package/metadata.js
/** `2025-01-18T17:30:45.123Z` → `2025-01-18T17:30:45Z`, the PRD's form. */
const prdTime = (iso) => iso?.replace(/\.\d{3}Z$/, 'Z') ?? null;
function executionMetadata(summary, pkg) {
    const failure = summary.failures[0];
    const metadata = {
        session_id: summary.session_id,
        execution: {
            start_time: prdTime(summary.start_time),
            end_time: prdTime(summary.end_time),
            duration_seconds: summary.duration_seconds,
            stages_executed: summary.stages_executed,
            success: summary.success,
            stages: summary.stages.map((run) => ({
                stage: run.stage,
                status: run.status,
                pid: run.pid,
                start_time: run.start_time,
                end_time: run.end_time,
                duration_ms: run.duration_ms,
                files_in: run.files_in,
                files_out: run.files_out,
                files_invalid: run.files_invalid,
                ...(run.error ? { error: run.error } : {}),
            })),
            error: failure ? { kind: failure.kind, stage: failure.stage, file: failure.file, message: failure.message, time: failure.time } : null,
        },
        content: {
            input_files: summary.input_files,
            output_files: summary.output_files,
            schema_version: summary.schema_version,
            levels: summary.levels,
            invalid_files: summary.outputs.filter((output) => !output.valid).map((output) => output.file),
        },
        ai_usage: {
            total_api_calls: summary.ai.total_api_calls,
            total_tokens: summary.ai.total_tokens,
            model: summary.ai.model,
            success_rate: summary.ai.success_rate,
            provider: summary.ai.provider,
            models: summary.ai.models,
            calls: summary.ai.calls,
            retries: summary.ai.retries,
            failed_calls: summary.ai.failed_calls,
            unfinished_calls: summary.ai.unfinished_calls,
            prompt_tokens: summary.ai.prompt_tokens,
            completion_tokens: summary.ai.completion_tokens,
            latency_ms: summary.ai.latency_ms,
        },
        quality_metrics: {
            schema_compliance: summary.quality.schema_compliance,
            mobile_optimization_score: summary.quality.mobile_optimization_score,
            ari_persona_consistency: summary.quality.ari_persona_consistency,
            valid_files: summary.quality.valid_files,
            invalid_files: summary.quality.invalid_files,
        },
        records: { processing: summary.counts.processing_records, prompts: summary.counts.prompt_records, warnings: summary.counts.warnings, errors: summary.counts.errors },
    };
    if (pkg)
        metadata.package = pkg;
    return metadata;
}
function renderMetadata(summary, pkg) {
    return `${JSON.stringify(executionMetadata(summary, pkg), null, 2)}\n`;
}

// EXTERNAL MODULE: ./dist/lib/package/summary.js
var package_summary = __webpack_require__(1975);
;// CONCATENATED MODULE: ./dist/lib/package/text-logs.js




/**
 * The files of `logs/` that hold the records themselves, rendered with the same line and block
 * formats as `lyfe-kt logs`, so that a package reads like the terminal view of its session.
 * They are written a record at a time: a session's records are never all in memory at once.
 */
const BUFFER_BYTES = 1024 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_PER_UNIT = 3;
/** A new file written in order through a buffer: one write call per MiB, however many records. */
class BufferedFile {
    fd;
    buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    used = 0;
    constructor(file) {
        this.fd = external_node_fs_.openSync(file, 'w');
    }
    write(text) {
        // The length bound spares measuring the text before copying it.
        if (this.used + text.length * MAX_UTF8_PER_UNIT > this.buffer.length)
            this.flush();
        if (text.length * MAX_UTF8_PER_UNIT > this.buffer.length)
            external_node_fs_.writeSync(this.fd, text);
        else
            this.used += this.buffer.write(text, this.used);
    }
    flush() {
        for (let done = 0; done < this.used;)
            done += external_node_fs_.writeSync(this.fd, this.buffer, done, this.used - done);
        this.used = 0;
    }
    /** Writes what is buffered and closes the file; the file is closed even when that write fails. */
    close() {
        try {
            this.flush();
        }
        finally {
            external_node_fs_.closeSync(this.fd);
        }
    }
}
/** Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it. */
class RecordLogsWriter {
    files = [];
    processingLog;
    processingJsonl;
    promptsAudit;
    promptsJsonl;
    constructor(logsDir) {
        const open = (name) => {
            const file = new BufferedFile(external_node_path_.join(logsDir, name));
            this.files.push(file);
            return file;
        };
        try {
            this.processingLog = open(constants/* LogFiles */.aE.processing);
            this.processingJsonl = open(constants/* LogFiles */.aE.processingRecords);
            this.promptsAudit = open(constants/* LogFiles */.aE.promptsAudit);
            this.promptsJsonl = open(constants/* LogFiles */.aE.promptRecords);
        }
        catch (error) {
            this.close();
            throw error;
        }
    }
    /** `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl` the record. */
    processing(record) {
        this.processingLog.write(`${(0,render/* formatRecordLine */.zH)(record)}\n`);
        this.processingJsonl.write(`${JSON.stringify(record)}\n`);
    }
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record) {
        this.promptsAudit.write(`${(0,render/* formatAttempt */.lZ)(record)}\n\n`);
        this.promptsJsonl.write(`${JSON.stringify(record)}\n`);
    }
    /** Closes every file, the first error (if any) thrown after all are closed. */
    close() {
        let failure;
        for (const file of this.files.splice(0)) {
            try {
                file.close();
            }
            catch (error) {
                failure ??= error;
            }
        }
        if (failure !== undefined)
            throw failure;
    }
}

// EXTERNAL MODULE: ./dist/lib/package/title.js
var package_title = __webpack_require__(6537);
;// CONCATENATED MODULE: ./dist/lib/package/assemble.js



















const TEMP_MARK = '.tmp-';
/** Same-minute packages get `-2` ... up to this suffix. */
const MAX_SUFFIX = 100;
function outputNames(workDir) {
    const dir = external_node_path_.join(workDir, '03_output');
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
    }
    catch {
        return [];
    }
}
/** Copies the regular files of `from` into `to`, following symbolic links to files; returns how many. */
function copyTree(from, to) {
    external_node_fs_.mkdirSync(to, { recursive: true });
    let count = 0;
    for (const entry of external_node_fs_.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const source = external_node_path_.join(from, entry.name);
        const target = external_node_path_.join(to, entry.name);
        const stat = entry.isSymbolicLink() ? external_node_fs_.statSync(source) : entry;
        if (stat.isDirectory())
            count += copyTree(source, target);
        else if (stat.isFile()) {
            external_node_fs_.copyFileSync(source, target, external_node_fs_.constants.COPYFILE_EXCL);
            count += 1;
        }
        else {
            throw new errors/* LyfeError */.L0('cannot package it: it is not a regular file or folder', { file: source, fix: 'Move it out of the work folder, then package again' });
        }
    }
    return count;
}
/**
 * Visits the records of the session in one global file, in file order, parsing each line as it
 * comes; returns how many lines mention the session without being one of its records.
 */
function forEachSessionRecord(logDir, sessionId, kind, visit) {
    let skipped = 0;
    const result = (0,reader/* filterSessionLines */.Ss)((0,reader/* recordFile */.mR)(logDir, kind), sessionId, (chunk, start, end) => {
        const record = (0,reader/* parseRecordLine */.pF)(chunk, start, end);
        if (record)
            visit(record);
        else
            skipped += 1;
    });
    return skipped + result.skipped;
}
/**
 * What the summary is computed from: the records, less the messages and response of the LLM
 * attempts, which the summary never reads (of a record before a failure it shows the line) and
 * which are most of a session's bytes.
 */
function summaryView(audit) {
    if (!audit.data || !('messages' in audit.data || 'response' in audit.data))
        return audit;
    const { messages: _messages, response: _response, ...data } = audit.data;
    return { ...audit, data };
}
/**
 * Whether the run succeeded, and whether it has records of a pipeline stage at all. Success is
 * decided by the session's stages alone, that is by its processing records: the audit of the LLM
 * calls is not read for it.
 */
function runOutcome(logDir, sessionId) {
    const processing = [];
    forEachSessionRecord(logDir, sessionId, 'processing', (record) => processing.push(record));
    return {
        success: (0,package_summary/* summarizeSession */.A)(processing, []).success,
        pipelineRecords: processing.some((r) => r.stage !== 'package' && r.stage !== 'session'),
    };
}
/**
 * Writes the record files of `logs/` from the session's records, streamed a record at a time from
 * the global files; returns what the summary needs of them.
 */
function writeRecordLogs(logsDir, logDir, sessionId) {
    const views = { processing: [], prompts: [], skipped: 0 };
    const writer = new RecordLogsWriter(logsDir);
    try {
        views.skipped += forEachSessionRecord(logDir, sessionId, 'processing', (record) => {
            writer.processing(record);
            views.processing.push(record);
        });
        views.skipped += forEachSessionRecord(logDir, sessionId, 'prompts', (record) => {
            writer.prompt(record);
            views.prompts.push(summaryView(record));
        });
    }
    finally {
        writer.close();
    }
    return views;
}
/** Renders every file of `logs/` from the records; the metadata last, since it records the sizes. */
async function writeLogs(logsDir, logDir, sessionId, options) {
    external_node_fs_.mkdirSync(logsDir, { recursive: true });
    const views = writeRecordLogs(logsDir, logDir, sessionId);
    const summary = (0,package_summary/* summarizeSession */.A)(views.processing, views.prompts);
    const write = (name, text) => external_node_fs_.writeFileSync(external_node_path_.join(logsDir, name), text);
    write(constants/* LogFiles */.aE.summary, renderExecutionSummary(summary));
    const bytes = constants/* ArchivedLogFiles */.wS.reduce((total, name) => total + external_node_fs_.statSync(external_node_path_.join(logsDir, name)).size, 0);
    const compress = options.compress || bytes >= constants/* AUTO_COMPRESS_BYTES */.VZ;
    const compressedBytes = compress ? (await (0,archive/* compressLogs */.Aq)(logsDir)).after : null;
    const info = {
        title: options.title,
        created_at: options.now.toISOString(),
        tool_version: version/* VERSION */.x,
        compressed: compress,
        logs_bytes: bytes,
        logs_compressed_bytes: compressedBytes,
        skipped_lines: views.skipped,
    };
    write(constants/* LogFiles */.aE.metadata, renderMetadata(summary, info));
    return { compressed: compress, bytes, compressedBytes, summary };
}
/** Renames the assembled folder into place under the first free name; never replaces a package. */
function placePackage(temp, outputDir, title, now) {
    for (let attempt = 1; attempt <= MAX_SUFFIX; attempt++) {
        const target = external_node_path_.join(outputDir, (0,package_title/* packageFolderName */.M9)(title, now, attempt));
        if (external_node_fs_.existsSync(target))
            continue;
        try {
            external_node_fs_.renameSync(temp, target);
            return target;
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST' || code === 'ENOTEMPTY')
                continue; // taken meanwhile by another packager
            throw error;
        }
    }
    throw new errors/* LyfeError */.L0(`${MAX_SUFFIX} packages named ${title} already exist for this minute`, { file: outputDir, fix: 'Give another title' });
}
function sizeOf(dir) {
    let files = 0;
    let bytes = 0;
    for (const entry of external_node_fs_.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile())
            continue;
        files += 1;
        bytes += external_node_fs_.statSync(external_node_path_.join(entry.parentPath, entry.name)).size;
    }
    return { files, bytes };
}
function failure(error, outputDir) {
    if (error instanceof errors/* LyfeError */.L0)
        return error;
    const cause = error;
    return new errors/* LyfeError */.L0(`packaging failed: ${(0,errors/* errorText */.kc)(error)}`, {
        file: cause.path ?? outputDir,
        fix: 'No package was written and the work folder is as it was; fix the cause (free space, permissions) and run `lyfe-kt package` again',
        cause: error,
    });
}
/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
async function packageRun(options) {
    const outputDir = options.outputDir ?? 'packages';
    const now = new Date();
    // A bad title is refused before anything is recorded or written.
    const title = (0,package_title/* packageTitle */.by)(options.title, outputNames(options.workDir));
    const folders = constants/* WorkFolderNames */.ch.filter((name) => external_node_fs_.existsSync(external_node_path_.join(options.workDir, name)));
    if (folders.length === 0 && !options.session && !(0,store/* readWorkSession */.GE)(options.workDir)) {
        throw new errors/* LyfeError */.L0('nothing to package: the work folder has no run in it', {
            file: options.workDir,
            fix: 'Run `lyfe-kt preprocess` and `lyfe-kt generate` first, or pass --work-dir of the run',
        });
    }
    const run = await (0,run_stage/* runStage */.S)({ stage: 'package', workDir: options.workDir, logDir: options.logDir, session: options.session }, async (stats) => {
        const sessionId = (0,context/* requireSession */.OC)().sessionId;
        const warnings = [];
        let temp;
        let placed;
        let written;
        let success;
        let stagesExecuted;
        let digest;
        try {
            external_node_fs_.mkdirSync(outputDir, { recursive: true });
            // Not mkdtemp: its mode 0700 would stay on the package; this folder follows the umask like those inside it.
            temp = external_node_path_.join(outputDir, `.${(0,package_title/* packageFolderName */.M9)(title, now)}${TEMP_MARK}${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
            external_node_fs_.mkdirSync(temp);
            for (const name of constants/* WorkFolderNames */.ch) {
                const source = external_node_path_.join(options.workDir, name);
                if (external_node_fs_.existsSync(source))
                    stats.filesIn += copyTree(source, external_node_path_.join(temp, name));
                else
                    external_node_fs_.mkdirSync(external_node_path_.join(temp, name));
            }
            const outcome = runOutcome(options.logDir, sessionId);
            if (!outcome.pipelineRecords)
                warnings.push(`session ${sessionId} has no pipeline records in ${options.logDir}: is --log-dir the folder the run wrote to?`);
            success = outcome.success;
            (0,writer/* record */.g1)(success ? 'info' : 'warn', types/* Events */.sV.sessionEnd, `session ${sessionId} ended: ${success ? 'success' : 'failed'}`, {
                stage: 'session',
                data: { success, work_files: stats.filesIn, title },
            });
            written = await writeLogs(external_node_path_.join(temp, constants/* LOGS_DIR */.c6), options.logDir, sessionId, { compress: Boolean(options.compress), title, now });
            stagesExecuted = written.summary.stages_executed;
            digest = (0,manifest/* writeManifest */.HN)(temp).digest;
            placed = placePackage(temp, outputDir, title, now);
            temp = undefined;
        }
        catch (error) {
            if (temp)
                external_node_fs_.rmSync(temp, { recursive: true, force: true });
            throw failure(error, outputDir);
        }
        if (!options.keepWork) {
            for (const name of folders) {
                try {
                    external_node_fs_.rmSync(external_node_path_.join(options.workDir, name), { recursive: true, force: true });
                }
                catch (error) {
                    warnings.push(`the package is complete, but ${external_node_path_.join(options.workDir, name)} could not be removed: ${(0,errors/* errorText */.kc)(error)}`);
                }
            }
        }
        (0,store/* clearWorkSession */.P$)(options.workDir);
        for (const warning of warnings)
            (0,writer/* record */.g1)('warn', types/* Events */.sV.warning, warning);
        const size = sizeOf(placed);
        stats.filesOut = size.files;
        const result = {
            path: placed,
            name: external_node_path_.basename(placed),
            title,
            session_id: sessionId,
            success,
            stages_executed: stagesExecuted,
            files: size.files,
            work_files: stats.filesIn,
            bytes: size.bytes,
            logs: { compressed: written.compressed, bytes: written.bytes, compressed_bytes: written.compressedBytes },
            digest,
            kept_work: Boolean(options.keepWork),
            warnings,
        };
        return result;
    });
    return run.result;
}


/***/ }),

/***/ 7470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   sB: () => (/* binding */ verifyPackage)
/* harmony export */ });
/* unused harmony exports MANIFEST_FORMAT, digestOf, buildManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7041);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5046);






/**
 * `manifest.json`: the SHA-256 of every file of a package, and one digest over all of them, so that
 * any changed, missing or added byte is found by `lyfe-kt verify`. The digest is what to quote
 * (in a PR comment, a ticket) to name one exact package.
 */
const MANIFEST_FORMAT = 'lyfe-kt-package-manifest/1';
function entryOf(content) {
    return { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex'), bytes: content.length };
}
function hashFile(file) {
    return entryOf(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file));
}
function digestOf(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const name of Object.keys(files).sort())
        hash.update(`${files[name].sha256}  ${name}\n`);
    return hash.digest('hex');
}
/** Every entry under `dir` but the manifest, as sorted `/` paths; `others` collects what is neither file nor folder. */
function walk(dir, others = []) {
    const files = [];
    const visit = (relative) => {
        for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, relative), { withFileTypes: true })) {
            const name = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                visit(name);
            else if (entry.isFile()) {
                if (name !== _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1)
                    files.push(name);
            }
            else
                others.push(name);
        }
    };
    visit('');
    return files.sort();
}
function archivesOf(dir, files) {
    const archives = {};
    for (const name of files.filter((file) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(file) === _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVE_FILE */ .sX)) {
        const members = {};
        for (const [member, entry] of [...(0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .digestArchive */ .bz)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name))].sort(([a], [b]) => (a < b ? -1 : 1)))
            members[member] = entry;
        archives[name] = members;
    }
    return archives;
}
function buildManifest(dir) {
    const others = [];
    const names = walk(dir, others);
    if (others.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`the package holds entries that are not files: ${others.join(', ')}`, { file: dir });
    const files = {};
    for (const name of names)
        files[name] = hashFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
    return { format: MANIFEST_FORMAT, algorithm: 'sha256', digest: digestOf(files), files, archives: archivesOf(dir, names) };
}
function writeManifest(dir) {
    const manifest = buildManifest(dir);
    node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
function readManifest(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1);
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the package has no manifest.json', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    try {
        const manifest = JSON.parse(text);
        if (manifest.format !== MANIFEST_FORMAT || !manifest.files || typeof manifest.files !== 'object')
            throw new Error(`unknown format ${JSON.stringify(manifest.format)}`);
        return manifest;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`manifest.json is damaged: ${error.message}`, { file, fix: 'The package cannot be trusted; rebuild it from its source' });
    }
}
/** Recomputes every hash of a package and compares it with its manifest. */
function verifyPackage(dir) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(dir) || !node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(dir).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('no such package folder', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const manifest = readManifest(dir);
    const result = { ok: false, files: Object.keys(manifest.files).length, digest: manifest.digest ?? null, changed: [], missing: [], added: [], problems: [] };
    const others = [];
    const present = new Set(walk(dir, others));
    for (const [name, expected] of Object.entries(manifest.files)) {
        if (!present.has(name)) {
            result.missing.push(name);
            continue;
        }
        const actual = hashFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
        if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
            result.changed.push(name);
            continue;
        }
        const members = manifest.archives?.[name];
        if (members) {
            const inside = (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .digestArchive */ .bz)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
            for (const [member, entry] of Object.entries(members)) {
                const digest = inside.get(member);
                if (!digest)
                    result.missing.push(`${name}:${member}`);
                else if (digest.sha256 !== entry.sha256)
                    result.changed.push(`${name}:${member}`);
            }
            for (const member of inside.keys())
                if (!members[member])
                    result.added.push(`${name}:${member}`);
        }
    }
    for (const name of [...present, ...others])
        if (!manifest.files[name])
            result.added.push(name);
    if (digestOf(manifest.files) !== manifest.digest)
        result.problems.push('the manifest digest does not match its own entries: manifest.json was edited');
    result.added.sort();
    result.ok = !result.changed.length && !result.missing.length && !result.added.length && !result.problems.length;
    return result;
}


/***/ }),

/***/ 1975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ summarizeSession)
/* harmony export */ });
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5046);


/** How many records before a failure its summary keeps. */
const LAST_RECORDS = 8;
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
const round4 = (value) => Math.round(value * 10_000) / 10_000;
const mean = (values) => (values.length ? round4(values.reduce((a, b) => a + b, 0) / values.length) : null);
const ms = (time) => Date.parse(time);
function unfinishedRun(record) {
    return { stage: record.stage, pid: record.pid, status: 'unfinished', start_time: record.time, end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null };
}
function pairStages(processing) {
    const runs = [];
    const open = new Map();
    for (const record of processing) {
        const key = `${record.stage}:${record.pid}`;
        if (record.event === _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.stageStart) {
            // A process runs a stage once at a time: an open run of the same key was abandoned (pid reused).
            open.delete(key);
            const run = unfinishedRun(record);
            runs.push(run);
            open.set(key, run);
        }
        else if (record.event === _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.stageEnd) {
            const data = (record.data ?? {});
            let run = open.get(key);
            open.delete(key);
            if (!run) {
                run = unfinishedRun(record);
                runs.push(run);
            }
            run.status = data.status === 'ok' ? 'ok' : 'failed';
            run.end_time = record.time;
            run.duration_ms = num(data.duration_ms) ?? ms(record.time) - ms(run.start_time);
            run.files_in = num(data.files_in) ?? 0;
            run.files_out = num(data.files_out) ?? 0;
            run.files_invalid = num(data.files_invalid) ?? 0;
            run.error = str(data.error);
        }
    }
    return runs;
}
/** Merges both streams into one timeline (stable: file order within a stream, processing first on ties). */
function timeline(processing, audits) {
    return [...processing, ...audits].map((record, index) => ({ record, index })).sort((a, b) => ms(a.record.time) - ms(b.record.time) || a.index - b.index).map(({ record }) => record);
}
function lastBefore(all, pid, until) {
    const before = all.filter((record) => record.pid === pid && ms(record.time) <= until);
    return before.slice(-LAST_RECORDS);
}
function lastFile(records) {
    for (let i = records.length - 1; i >= 0; i--) {
        const file = records[i].input?.[0] ?? records[i].output?.[0];
        if (file)
            return file;
    }
    return null;
}
/** An error's one-line text (`<file>: <message>. <fix>`) without the file and fix shown beside it. */
function failuresOf(processing, audits, stages) {
    const all = timeline(processing, audits);
    const failures = [];
    for (const record of processing) {
        if (record.event !== _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.error || record.stage === 'package')
            continue;
        const data = record.data ?? {};
        const before = lastBefore(all, record.pid, ms(record.time)).filter((r) => r !== record);
        const file = record.input?.[0] ?? record.output?.[0] ?? lastFile(before);
        const fix = str(data.fix);
        failures.push({ kind: 'error', stage: record.stage, pid: record.pid, time: record.time, message: str(data.error) ?? record.msg, fix, file, last_records: before });
    }
    for (const run of stages) {
        if (run.status !== 'unfinished' || run.stage === 'package')
            continue;
        const next = stages.find((other) => other.pid === run.pid && ms(other.start_time) > ms(run.start_time));
        const until = next ? ms(next.start_time) - 1 : Number.POSITIVE_INFINITY;
        const before = lastBefore(all, run.pid, until);
        const last = before.at(-1);
        failures.push({
            kind: 'unfinished',
            stage: run.stage,
            pid: run.pid,
            time: last?.time ?? run.start_time,
            message: `${run.stage} (process ${run.pid}) started at ${run.start_time} and never ended: the process was stopped (killed, cancelled or crashed)${last ? ` after its record at ${last.time}` : ''}`,
            fix: null,
            file: lastFile(before),
            last_records: before,
        });
    }
    return failures.sort((a, b) => ms(a.time) - ms(b.time));
}
function callsOf(audits) {
    const calls = new Map();
    for (const record of audits) {
        // A request with no attempt record after it was in flight when its process stopped.
        if (record.event !== _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmAttempt && record.event !== _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmRequest)
            continue;
        const data = (record.data ?? {});
        const id = str(data.call_id);
        if (!id)
            continue;
        let call = calls.get(id);
        if (!call) {
            call = {
                call_id: id,
                purpose: str(data.purpose) ?? '',
                stage: record.stage,
                input: record.input ?? [],
                output: record.output ?? [],
                provider: str(data.provider) ?? '',
                model: str(data.model) ?? '',
                attempts: 0,
                outcome: 'unfinished',
                tokens: 0,
                latency_ms: 0,
            };
            calls.set(id, call);
        }
        if (record.event === _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmRequest) {
            call.outcome = 'unfinished';
            continue;
        }
        call.attempts += 1;
        call.tokens += num(data.usage?.total_tokens) ?? 0;
        call.latency_ms += num(data.latency_ms) ?? 0;
        if (data.model)
            call.model = data.model;
        call.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' ? 'failed' : 'unfinished';
    }
    return [...calls.values()];
}
function aiUsageOf(audits, calls, info) {
    const attempts = audits.filter((record) => record.event === _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmAttempt).map((record) => (record.data ?? {}));
    const tally = new Map();
    const providers = new Map();
    let total = 0;
    let prompt = 0;
    let completion = 0;
    let latency = 0;
    for (const attempt of attempts) {
        if (attempt.model)
            tally.set(attempt.model, (tally.get(attempt.model) ?? 0) + 1);
        if (attempt.provider)
            providers.set(attempt.provider, (providers.get(attempt.provider) ?? 0) + 1);
        total += num(attempt.usage?.total_tokens) ?? 0;
        prompt += num(attempt.usage?.prompt_tokens) ?? 0;
        completion += num(attempt.usage?.completion_tokens) ?? 0;
        latency += num(attempt.latency_ms) ?? 0;
    }
    const most = (counts) => [...counts.entries()].reduce((best, entry) => (!best || entry[1] > best[1] ? entry : best), null)?.[0] ?? null;
    const ok = attempts.filter((attempt) => attempt.outcome === 'ok').length;
    return {
        // A reply from the build cache was not a request to the provider.
        total_api_calls: attempts.filter((attempt) => attempt.source !== 'cache').length,
        calls: calls.length,
        ok_attempts: ok,
        retries: attempts.filter((attempt) => attempt.outcome === 'retry').length,
        failed_calls: calls.filter((call) => call.outcome === 'failed').length,
        unfinished_calls: calls.filter((call) => call.outcome === 'unfinished').length,
        total_tokens: total,
        prompt_tokens: prompt,
        completion_tokens: completion,
        model: most(tally) ?? str(info.model),
        models: [...tally.keys()],
        provider: most(providers) ?? str(info.provider),
        success_rate: attempts.length ? round4(ok / attempts.length) : null,
        latency_ms: latency,
    };
}
function levelOf(file, data) {
    return str(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
}
function outputsOf(processing, calls) {
    const byFile = new Map();
    for (const record of processing) {
        if (record.event !== _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.fileResult || record.stage !== 'generate')
            continue;
        const data = record.data ?? {};
        const metrics = (data.metrics ?? {});
        for (const file of record.output ?? []) {
            const callId = str(data.call_id);
            const call = callId ? calls.find((c) => c.call_id === callId) : undefined;
            byFile.delete(file); // the last result of a file wins, in the order of that result
            byFile.set(file, {
                file,
                input: record.input?.[0] ?? null,
                level: levelOf(file, data),
                valid: data.valid === true,
                errors: Array.isArray(data.errors) ? data.errors.map(String) : [],
                mobile_optimization_score: num(metrics.mobile_optimization_score),
                ari_persona_consistency: num(metrics.ari_persona_consistency),
                schema_version: str(data.schema_version),
                call_id: callId,
                attempts: call?.attempts ?? 0,
                tokens: call?.tokens ?? 0,
            });
        }
    }
    return [...byFile.values()];
}
function inputsOf(processing) {
    const inputs = new Set();
    const preprocess = processing.filter((record) => record.stage === 'preprocess');
    const results = preprocess.filter((record) => record.event === _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.fileResult);
    for (const record of results.length ? results : preprocess)
        for (const file of record.input ?? [])
            inputs.add(file);
    return [...inputs];
}
function versionLabel(version) {
    if (!version)
        return null;
    return version.startsWith('v') ? version : `v${version}`;
}
/** Summarises one session from its processing records and its prompt-audit records (each in file order). */
function summarizeSession(processing, audits) {
    const first = processing[0] ?? audits[0];
    const sessionId = first?.session ?? '';
    const starts = processing.filter((record) => record.event === _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.sessionStart);
    const ends = processing.filter((record) => record.event === _records_types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.sessionEnd);
    const info = (starts[0]?.data ?? {});
    const times = [...processing, ...audits].map((record) => ms(record.time)).filter(Number.isFinite);
    const startMs = starts.length ? ms(starts[0].time) : times.length ? Math.min(...times) : NaN;
    const endMs = ends.length ? ms(ends.at(-1).time) : times.length ? Math.max(...times) : NaN;
    const iso = (value) => (Number.isFinite(value) ? new Date(value).toISOString() : null);
    const stages = pairStages(processing);
    // The packaging stage that wrote the session's end is, by construction, the one that completed.
    const lastEnd = ends.at(-1);
    for (const run of stages) {
        if (run.stage === 'package' && run.status === 'unfinished' && lastEnd && lastEnd.pid === run.pid && ms(lastEnd.time) >= ms(run.start_time)) {
            run.status = 'ok';
            run.end_time = lastEnd.time;
            run.duration_ms = ms(lastEnd.time) - ms(run.start_time);
            run.files_in = num(lastEnd.data?.work_files) ?? 0;
        }
    }
    const executed = [];
    for (const run of stages) {
        const name = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PrdStageNames */ .Xy[run.stage];
        if (name && !executed.includes(name))
            executed.push(name);
    }
    const pipelineRuns = stages.filter((run) => run.stage !== 'package');
    const calls = callsOf(audits);
    const outputs = outputsOf(processing, calls);
    const levels = {};
    for (const output of outputs)
        if (output.level)
            levels[output.level] = (levels[output.level] ?? 0) + 1;
    const valid = outputs.filter((output) => output.valid).length;
    const all = [...processing, ...audits];
    return {
        session_id: sessionId,
        start_time: iso(startMs),
        end_time: iso(endMs),
        duration_seconds: Number.isFinite(startMs) && Number.isFinite(endMs) ? Math.round(endMs - startMs) / 1000 : null,
        success: pipelineRuns.every((run) => run.status === 'ok'),
        stages,
        stages_executed: executed,
        input_files: inputsOf(processing),
        output_files: outputs.map((output) => output.file),
        outputs,
        levels,
        schema_version: versionLabel(outputs.find((output) => output.schema_version)?.schema_version ?? str(info.schema_version)),
        ai: aiUsageOf(audits, calls, info),
        calls,
        quality: {
            schema_compliance: outputs.length ? round4(valid / outputs.length) : null,
            mobile_optimization_score: mean(outputs.map((output) => output.mobile_optimization_score).filter((v) => v !== null)),
            ari_persona_consistency: mean(outputs.map((output) => output.ari_persona_consistency).filter((v) => v !== null)),
            valid_files: valid,
            invalid_files: outputs.length - valid,
        },
        failures: failuresOf(processing, audits, stages),
        counts: {
            processing_records: processing.length,
            prompt_records: audits.length,
            warnings: all.filter((record) => record.level === 'warn').length,
            errors: all.filter((record) => record.level === 'error').length,
        },
        session_info: info,
    };
}


/***/ }),

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ packageFolderName),
/* harmony export */   by: () => (/* binding */ packageTitle),
/* harmony export */   em: () => (/* binding */ sanitizeTitle)
/* harmony export */ });
/* unused harmony export DEFAULT_TITLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9517);

const MAX_TITLE_LENGTH = 80;
/** Characters no folder name may hold on any platform we ship to, and control characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]+/g;
const EDGES = /^[\s._-]+|[\s._-]+$/g;
/**
 * A title made safe as a folder name: path separators, `..`, control and reserved characters go,
 * whitespace becomes `-`. Throws when nothing usable is left.
 */
function sanitizeTitle(title) {
    const safe = title
        .normalize('NFC')
        .replace(UNSAFE, '-')
        .replace(/\s+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(EDGES, '')
        .slice(0, MAX_TITLE_LENGTH)
        .replace(EDGES, '');
    if (!safe) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LyfeError */ .L0(`the package title ${JSON.stringify(title)} has no usable characters`, {
            fix: 'Give a title made of letters, digits, "-" or "_"',
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.usage,
        });
    }
    return safe;
}
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let prefix = names[0];
    for (const name of names.slice(1)) {
        let i = 0;
        while (i < prefix.length && i < name.length && prefix[i] === name[i])
            i++;
        prefix = prefix.slice(0, i);
    }
    return prefix;
}
/** The title when neither a title nor the output names give one: the folder becomes `content-YYYY-MM-DD-HH-MM`. */
const DEFAULT_TITLE = 'content';
/** `YYYY-MM-DD-HH-MM`, in UTC like session ids. */
function minuteStamp(now) {
    const iso = now.toISOString();
    return `${iso.slice(0, 10)}-${iso.slice(11, 13)}-${iso.slice(14, 16)}`;
}
/**
 * The package title: the one given, else the common prefix of the output file names (without
 * extensions and the pipeline's `_filled_template` part), else `content` (so that the folder is
 * `content-YYYY-MM-DD-HH-MM`, as in the PRD).
 */
function packageTitle(given, outputNames) {
    if (given !== undefined)
        return sanitizeTitle(given);
    const stems = outputNames.map((name) => name.replace(/\.[^.]*$/, '')).sort();
    // Outputs are named `<source>_filled_template_<level>.json`: the source name is the title.
    const prefix = commonPrefix(stems).replace(/[^\p{L}\p{N}]+$/u, '').replace(/_filled_template$/, '');
    if (prefix) {
        try {
            return sanitizeTitle(prefix);
        }
        catch {
            // Output names that sanitise to nothing fall through to the dated title.
        }
    }
    return DEFAULT_TITLE;
}
/** `<title>-YYYY-MM-DD-HH-MM`, with `-2`, `-3`... for the second, third package of the same minute. */
function packageFolderName(title, now, attempt = 1) {
    const base = `${title}-${minuteStamp(now)}`;
    return attempt === 1 ? base : `${base}-${attempt}`;
}


/***/ }),

/***/ 8304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oA: () => (/* binding */ REPORT_JSON),
  jP: () => (/* binding */ generateFiles)
});

// UNUSED EXPORTS: REPORT_MARKDOWN, generateOutput, generateSupertasks

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./dist/lib/llm/call.js
var call = __webpack_require__(3758);
// EXTERNAL MODULE: ./dist/lib/records/writer.js
var writer = __webpack_require__(1486);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/session/context.js
var context = __webpack_require__(6028);
// EXTERNAL MODULE: ./dist/lib/files.js
var files = __webpack_require__(2395);
// EXTERNAL MODULE: ./dist/lib/pipeline/inputs.js
var pipeline_inputs = __webpack_require__(3478);
// EXTERNAL MODULE: ./dist/lib/pipeline/language.js
var pipeline_language = __webpack_require__(3525);
// EXTERNAL MODULE: ./dist/lib/pipeline/limits.js
var limits = __webpack_require__(6703);
;// CONCATENATED MODULE: ./dist/lib/pipeline/metrics.js


const round = (value) => Math.round(value * 1000) / 1000;
const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
function itemsOf(supertask) {
    const items = supertask?.flexibleItems;
    return Array.isArray(items) ? items.filter((item) => item !== null && typeof item === 'object') : [];
}
/** Valid outputs over all outputs; 0 when nothing was generated (a run that made nothing complied with nothing). */
function schemaCompliance(valid, total) {
    return total === 0 ? 0 : round(valid / total);
}
/** 1 inside the range; outside, the fraction of the way: too few `n/min`, too many `max/n`. */
function rangeFit(value, range) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
        return 0;
    if (value < range.min)
        return value / range.min;
    if (value > range.max)
        return range.max / value;
    return 1;
}
/** Every text of a supertask that has a mobile length limit, with that limit. */
function limitedTexts(items) {
    const texts = [];
    for (const item of items) {
        if (item.type === 'content') {
            texts.push({ text: item.content, range: limits/* MobileLimits */.Dk.content });
            if (Array.isArray(item.tips))
                for (const tip of item.tips)
                    texts.push({ text: tip, range: limits/* MobileLimits */.Dk.tip });
        }
        else if (item.type === 'quote') {
            texts.push({ text: item.content, range: limits/* MobileLimits */.Dk.quote });
        }
        else if (item.type === 'quiz') {
            texts.push({ text: item.question, range: limits/* MobileLimits */.Dk.question });
            if (Array.isArray(item.options))
                for (const option of item.options)
                    texts.push({ text: option, range: limits/* MobileLimits */.Dk.option });
            texts.push({ text: item.explanation, range: limits/* MobileLimits */.Dk.explanation });
        }
    }
    return texts;
}
/**
 * How well one supertask fits a phone, 0–1:
 * `0.25 · items + 0.25 · duration + 0.5 · texts`, where items and duration are range fits of
 * the item count (3–8) and `estimatedDuration` (180–600 s), and texts is the share of limited
 * texts (card, tip, quote, question, option, explanation) within their v1.1 length limits.
 */
function mobileOptimizationScore(supertask) {
    const items = itemsOf(supertask);
    const texts = limitedTexts(items);
    const textFit = texts.length ? texts.filter(({ text, range }) => typeof text === 'string' && (0,limits/* within */.ux)(text.length, range)).length / texts.length : 0;
    const duration = supertask?.estimatedDuration;
    return round(0.25 * rangeFit(items.length, limits/* MobileLimits */.Dk.items) + 0.25 * rangeFit(duration, limits/* MobileLimits */.Dk.duration) + 0.5 * textFit);
}
/** Words that mark Ari's way of addressing the reader: second person and invitations. */
const VOICE_MARKERS = {
    pt: /(?<![\p{L}])(você|vocês|seu|sua|seus|suas|vamos|experimente|tente|lembre|perceba|pergunte)(?![\p{L}])/iu,
    en: /(?<![\p{L}])(you|your|yours|yourself|let's|try|notice|remember|ask yourself)(?![\p{L}])/iu,
};
/** What Ari never writes on a card: AI self-reference, placeholders, markdown left in the text. */
const FORBIDDEN_PATTERNS = [
    /\b(as an ai|language model|i am an ai|i'm an ai)\b/i,
    /\b(como (uma )?ia|modelo de linguagem|sou uma ia)\b/i,
    /\b(TODO|TBD|FIXME)\b/,
    /lorem ipsum|placeholder|\[insert|\{\{|\}\}/i,
    /^#{1,6}\s|\n#{1,6}\s/,
    /\*\*/,
];
function itemTexts(item) {
    const texts = [item.content, item.question, item.explanation, ...(Array.isArray(item.tips) ? item.tips : []), ...(Array.isArray(item.options) ? item.options : [])];
    return texts.filter((text) => typeof text === 'string');
}
/** The texts an item speaks to the reader with: a card's text and tips, a quiz's question and explanation. Quotes are someone else's words. */
function spokenText(item) {
    if (item.type === 'content')
        return [item.content, ...(Array.isArray(item.tips) ? item.tips : [])].filter((t) => typeof t === 'string').join(' ');
    if (item.type === 'quiz')
        return [item.question, item.explanation].filter((t) => typeof t === 'string').join(' ');
    return undefined;
}
/**
 * How consistently a supertask speaks as Ari, 0–1: the mean of four parts.
 * - author: share of content cards whose author is "Ari".
 * - voice: share of spoken items (cards, quizzes) with a second-person or invitation marker,
 *   doubled and capped at 1 (half the items in Ari's voice is full marks: cards may quote the source).
 * - language: share of items whose detected language is the expected one (the source's, else
 *   the declared `metadata.language`); an item too short to tell counts as a match.
 * - clean: 1 when no text matches a forbidden pattern, else 0.
 */
function ariPersonaConsistency(supertask, sourceLanguage) {
    const items = itemsOf(supertask);
    if (items.length === 0)
        return 0;
    const cards = items.filter((item) => item.type === 'content');
    const author = cards.length ? cards.filter((item) => item.author === 'Ari').length / cards.length : 0;
    const spoken = items.map(spokenText).filter((text) => text !== undefined);
    const metadata = supertask.metadata;
    const expected = sourceLanguage ?? (0,pipeline_language/* languageCode */.aX)(metadata?.language);
    const markers = expected ? [VOICE_MARKERS[expected]] : Object.values(VOICE_MARKERS);
    const voiced = spoken.filter((text) => markers.some((marker) => marker.test(text)));
    const voice = spoken.length ? Math.min(1, (2 * voiced.length) / spoken.length) : 0;
    const languages = items.map((item) => (0,pipeline_language/* detectLanguage */.od)(itemTexts(item).join(' ')));
    const language = expected ? languages.filter((detected) => detected === undefined || detected === expected).length / items.length : 0;
    const clean = items.some((item) => itemTexts(item).some((text) => FORBIDDEN_PATTERNS.some((pattern) => pattern.test(text)))) ? 0 : 1;
    return round((author + voice + language + clean) / 4);
}
/** Run-level metrics: compliance over all outputs, the other two as means of the per-output scores. */
function summarizeMetrics(outputs) {
    return {
        schema_compliance: schemaCompliance(outputs.filter((output) => output.valid).length, outputs.length),
        mobile_optimization_score: round(mean(outputs.map((output) => output.mobile_optimization_score))),
        ari_persona_consistency: round(mean(outputs.map((output) => output.ari_persona_consistency))),
    };
}

// EXTERNAL MODULE: ./dist/lib/pipeline/options.js
var pipeline_options = __webpack_require__(4153);
// EXTERNAL MODULE: ./dist/lib/pipeline/prompts.js
var prompts = __webpack_require__(5460);
// EXTERNAL MODULE: ./dist/lib/pipeline/schema.js
var schema = __webpack_require__(1560);
// EXTERNAL MODULE: ./dist/lib/pipeline/template.js
var pipeline_template = __webpack_require__(1093);
;// CONCATENATED MODULE: ./dist/lib/pipeline/generate.js
















/** Output file name of a template and level: `<template name>_<level>.json`. */
function generateOutput(name, level) {
    return `${name}_${level}.json`;
}
/** A reply is kept when it is JSON; schema errors make callLlm ask again, and are reported if they stay. */
function supertaskCheck(version) {
    return (text) => {
        const parsed = (0,call/* parseJsonReply */.E)(text);
        return 'errors' in parsed ? parsed : { value: parsed.value, errors: (0,schema/* validateSupertask */.H4)(parsed.value, version) };
    };
}
function templateLanguage(template) {
    const parsed = (0,pipeline_template/* parseTemplate */.QC)(template);
    return parsed.language ?? (0,pipeline_language/* detectLanguage */.od)(parsed.source);
}
/** One template to its beginner and advanced supertasks, in memory: one audited call per level. */
async function generateSupertasks(input, options) {
    const language = templateLanguage(input.template);
    const results = await Promise.all(limits/* LEVELS */.A_.map((level) => (0,call/* callLlm */.Y)(options.provider, (0,prompts/* supertaskRequest */.Kn)({ name: input.name, template: input.template, level, schemaVersion: options.schemaVersion }), {
        input: [`${input.name}.md`],
        output: [generateOutput(input.name, level)],
        check: supertaskCheck(options.schemaVersion),
    })));
    const [beginner, advanced] = results;
    const metricsOf = (value) => ({
        mobile_optimization_score: mobileOptimizationScore(value),
        ari_persona_consistency: ariPersonaConsistency(value, language),
    });
    return {
        beginner: beginner.value,
        advanced: advanced.value,
        errors: { beginner: beginner.errors, advanced: advanced.errors },
        metrics: { beginner: metricsOf(beginner.value), advanced: metricsOf(advanced.value) },
        callIds: { beginner: beginner.callId, advanced: advanced.callId },
        attempts: { beginner: beginner.attempts, advanced: advanced.attempts },
    };
}
const REPORT_JSON = 'generation_report.json';
const REPORT_MARKDOWN = 'generation_report.md';
/**
 * The run's report. Separate `generate file` commands of one session add to the same report
 * (an output generated again replaces its entry); a new session starts a new one.
 */
function buildReport(reportsDir, options, outputs, failed) {
    const session = (0,context/* currentSession */.gg)()?.sessionId ?? null;
    let previous;
    try {
        previous = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(reportsDir, REPORT_JSON), 'utf8'));
    }
    catch {
        previous = undefined;
    }
    const fresh = new Set(outputs.map((output) => output.output));
    const retried = new Set(failed.map((failure) => failure.template));
    const kept = previous && previous.session === session ? previous : undefined;
    const all = [...(kept?.outputs ?? []).filter((output) => !fresh.has(output.output)), ...outputs].sort((a, b) => (a.output < b.output ? -1 : a.output > b.output ? 1 : 0));
    const failedAll = [...(kept?.failed_templates ?? []).filter((failure) => !retried.has(failure.template) && !all.some((o) => o.template === failure.template)), ...failed];
    const valid = all.filter((output) => output.valid).length;
    return {
        session,
        prompt_version: prompts/* PROMPT_VERSION */.y0,
        provider: options.provider.name,
        model: options.provider.model,
        schema_version: options.schemaVersion,
        totals: { outputs: all.length, valid, invalid: all.length - valid, failed_templates: failedAll.length },
        metrics: summarizeMetrics(all),
        invalid_outputs: all.filter((output) => !output.valid).map((output) => output.output),
        failed_templates: failedAll,
        outputs: all,
    };
}
function reportMarkdown(report) {
    const lines = [
        '# Generation report',
        '',
        `Session \`${report.session ?? 'none'}\` · schema v${report.schema_version} · provider ${report.provider} (${report.model}) · prompts ${report.prompt_version}`,
        '',
        '| Metric | Value |',
        '| --- | --- |',
        `| schema_compliance | ${report.metrics.schema_compliance.toFixed(3)} (${report.totals.valid}/${report.totals.outputs} valid) |`,
        `| mobile_optimization_score | ${report.metrics.mobile_optimization_score.toFixed(3)} |`,
        `| ari_persona_consistency | ${report.metrics.ari_persona_consistency.toFixed(3)} |`,
        '',
        '## Invalid outputs',
        '',
    ];
    if (report.invalid_outputs.length === 0)
        lines.push('None.');
    for (const output of report.outputs.filter((o) => !o.valid)) {
        lines.push(`- \`${output.output}\` (${output.errors.length} error(s)):`);
        for (const error of output.errors.slice(0, 10))
            lines.push(`  - ${error}`);
        if (output.errors.length > 10)
            lines.push(`  - … ${output.errors.length - 10} more in ${REPORT_JSON}`);
    }
    if (report.failed_templates.length > 0) {
        lines.push('', '## Failed templates', '');
        for (const failure of report.failed_templates)
            lines.push(`- \`${failure.template}\`: ${failure.error}`);
    }
    lines.push('', '## Outputs', '', '| Output | Level | Valid | Mobile | Persona | Attempts |', '| --- | --- | --- | --- | --- | --- |');
    for (const output of report.outputs) {
        lines.push(`| ${output.output} | ${output.level} | ${output.valid ? 'yes' : 'no'} | ${output.mobile_optimization_score.toFixed(3)} | ${output.ari_persona_consistency.toFixed(3)} | ${output.attempts} |`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Generates the supertasks of each template into `outDir`, invalid ones included (they are
 * named in the report and counted, never hidden), and writes the report into `reportsDir`.
 */
async function generateFiles(templates, outDir, reportsDir, options, stats) {
    const inputs = (0,pipeline_inputs/* readAllMarkdown */.p0)(templates);
    stats.filesIn = inputs.length;
    const limit = (0,p_limit/* default */.A)(options.concurrency || pipeline_options/* DEFAULT_CONCURRENCY */.W);
    let done = 0;
    const settled = await Promise.allSettled(inputs.map((input) => limit(async () => {
        const template = external_node_path_.basename(input.file);
        try {
            const generated = await generateSupertasks({ name: input.name, template: input.text }, options);
            const outputs = limits/* LEVELS */.A_.map((level) => {
                const output = generateOutput(input.name, level);
                const errors = generated.errors[level];
                (0,files/* writeFileAtomic */.Z)(external_node_path_.join(outDir, output), `${JSON.stringify(generated[level], null, 2)}\n`);
                stats.filesOut++;
                if (errors.length)
                    stats.filesInvalid++;
                const result = {
                    template,
                    output,
                    level,
                    valid: errors.length === 0,
                    errors,
                    call_id: generated.callIds[level],
                    attempts: generated.attempts[level],
                    schema_version: options.schemaVersion,
                    ...generated.metrics[level],
                };
                (0,writer/* record */.g1)(errors.length ? 'warn' : 'info', types/* Events */.sV.fileResult, errors.length ? `invalid (${errors.length} error(s))` : 'valid', {
                    input: [template],
                    output: [output],
                    data: {
                        valid: result.valid,
                        errors,
                        metrics: generated.metrics[level],
                        call_id: result.call_id,
                        attempts: result.attempts,
                        schema_version: options.schemaVersion,
                        level,
                        prompt_version: prompts/* PROMPT_VERSION */.y0,
                    },
                });
                return result;
            });
            options.onProgress?.({ file: input.file, done: ++done, total: inputs.length, ok: outputs.every((output) => output.valid) });
            return outputs;
        }
        catch (error) {
            (0,writer/* record */.g1)('error', types/* Events */.sV.fileResult, `failed: ${error.message}`, { input: [template], data: { valid: false, error: error.message } });
            options.onProgress?.({ file: input.file, done: ++done, total: inputs.length, ok: false });
            throw error;
        }
    })));
    const outputs = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    const failed = settled.flatMap((outcome, index) => outcome.status === 'rejected' ? [{ template: external_node_path_.basename(inputs[index]?.file ?? ''), error: outcome.reason?.message ?? String(outcome.reason) }] : []);
    const report = buildReport(reportsDir, options, outputs, failed);
    const jsonFile = external_node_path_.join(reportsDir, REPORT_JSON);
    const markdownFile = external_node_path_.join(reportsDir, REPORT_MARKDOWN);
    (0,files/* writeFileAtomic */.Z)(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    (0,files/* writeFileAtomic */.Z)(markdownFile, reportMarkdown(report));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    const valid = outputs.filter((output) => output.valid).length;
    return {
        outputs,
        total: outputs.length,
        valid,
        invalid: outputs.length - valid,
        metrics: summarizeMetrics(outputs),
        report: jsonFile,
        reportMarkdown: markdownFile,
    };
}


/***/ }),

/***/ 3478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ listMarkdown),
/* harmony export */   p0: () => (/* binding */ readAllMarkdown),
/* harmony export */   yv: () => (/* binding */ parseFrontmatter)
/* harmony export */ });
/* unused harmony exports markdownName, readMarkdown */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);




const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/**
 * Splits YAML frontmatter from the body. A text that opens with `---` but never closes it, or whose
 * YAML does not parse to a mapping, is an error: silently treating it as body would feed the
 * model a broken header.
 */
function parseFrontmatter(text, file) {
    if (!/^---\r?\n/.test(text))
        return { frontmatter: {}, body: text };
    const match = FRONTMATTER.exec(text);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the YAML frontmatter opened with `---` is never closed', {
            file,
            fix: 'Add a line with `---` after the frontmatter, or remove the opening `---`',
        });
    }
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(match[1] ?? '');
    }
    catch (error) {
        const where = error instanceof yaml__WEBPACK_IMPORTED_MODULE_2__/* .YAMLParseError */ .XT && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
        const reason = error.message.split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`the YAML frontmatter is broken${where}: ${reason}`, { file, fix: 'Fix the YAML between the two `---` lines', cause: error });
    }
    if (data === null || data === undefined)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the YAML frontmatter is not a mapping of `key: value` lines', { file, fix: 'Write the frontmatter as `key: value` lines' });
    }
    return { frontmatter: data, body: text.slice(match[0].length) };
}
/** Name of a markdown file without its folder and `.md`. */
function markdownName(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file).replace(/\.md$/i, '');
}
/** Reads one markdown input, with an error naming the file and the fix for each way it can be unusable. */
function readMarkdown(file) {
    let bytes;
    try {
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file);
        if (stat.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is a directory, not a markdown file', { file, fix: 'Use the `directory` form of the command for folders' });
        }
        bytes = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('no such file', { file, fix: 'Check the path; it is read relative to the current directory' });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`cannot be read (${code ?? error.message})`, { file, fix: 'Check the file permissions', cause: error });
    }
    if (bytes.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the file is empty', { file, fix: 'Write the article into it, or remove it from the input' });
    if (bytes.includes(0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is a binary file (it contains NUL bytes), not markdown text', { file, fix: 'Give a UTF-8 markdown (.md) file' });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is not UTF-8 text', { file, fix: 'Re-save it as UTF-8 (for example `iconv -f latin1 -t utf-8`)', cause: error });
    }
    const { frontmatter, body } = parseFrontmatter(text, file);
    if (body.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(text.trim() === '' ? 'the file is empty' : 'the file has frontmatter but no text', {
            file,
            fix: 'Write the article into it, or remove it from the input',
        });
    }
    return { file, name: markdownName(file), text, frontmatter, body };
}
/** The `.md` files directly inside `dir`, sorted by name (code point order, the same on every machine). */
function listMarkdown(dir) {
    let entries;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('no such directory', { file: dir, fix: 'Check the path; it is read relative to the current directory' });
        if (code === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is a file, not a directory', { file: dir, fix: 'Use the `file` form of the command for one file' });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`cannot be read (${code ?? error.message})`, { file: dir, fix: 'Check the folder permissions', cause: error });
    }
    const files = entries
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.md'))
        .map((entry) => entry.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((name) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name));
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('contains no .md files', { file: dir, fix: 'Put the markdown articles (*.md) in it, or point to the right folder' });
    return files;
}
/** Reads every input before anything is written, and refuses two inputs that would write the same outputs. */
function readAllMarkdown(files) {
    const inputs = files.map(readMarkdown);
    const seen = new Map();
    for (const input of inputs) {
        const other = seen.get(input.name);
        if (other !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`has the same name as ${other}, so both would write the same outputs`, { file: input.file, fix: 'Rename one of them' });
        }
        seen.set(input.name, input.file);
    }
    return inputs;
}


/***/ }),

/***/ 3525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ LanguageRegions),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   aX: () => (/* binding */ languageCode),
/* harmony export */   l4: () => (/* binding */ LanguageNames),
/* harmony export */   od: () => (/* binding */ detectLanguage)
/* harmony export */ });
const LanguageNames = { pt: 'portuguese', en: 'english' };
const LanguageRegions = { pt: 'Brazil', en: 'Global' };
const FUNCTION_WORDS = {
    pt: new Set('o os as de da do das dos em no na nos nas um uma uns umas que e é não para com por mais como mas ao se sua seu suas seus você também muito são está isso esta este pelo pela até sem sobre ou quando mesmo já nossa nosso'.split(' ')),
    en: new Set('the an of and to in is are was were it that this these those for on with as by at from you your be or not but can have has more most what which where when how its their our we they'.split(' ')),
};
/** Words as lower-case letter runs (accents kept). */
function words(text) {
    return text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
}
/** Counts of function words of each language; diacritics only Portuguese uses count too. */
function languageScores(text) {
    const scores = { pt: 0, en: 0 };
    for (const word of words(text)) {
        if (FUNCTION_WORDS.pt.has(word))
            scores.pt++;
        if (FUNCTION_WORDS.en.has(word))
            scores.en++;
        if (/[ãõçâêô]/u.test(word))
            scores.pt++;
    }
    return scores;
}
/** `undefined` when the text has no evidence either way (too short, or numbers only). */
function detectLanguage(text) {
    const { pt, en } = languageScores(text);
    if (pt === en)
        return undefined;
    return pt > en ? 'pt' : 'en';
}
/** `portuguese`/`pt`/`pt-BR`/`english`/`en`... to a code; anything else is unknown. */
function languageCode(value) {
    if (typeof value !== 'string')
        return undefined;
    const lower = value.trim().toLowerCase();
    if (lower === 'portuguese' || lower === 'português' || lower.startsWith('pt'))
        return 'pt';
    if (lower === 'english' || lower === 'inglês' || lower.startsWith('en'))
        return 'en';
    return undefined;
}


/***/ }),

/***/ 6703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   Dk: () => (/* binding */ MobileLimits),
/* harmony export */   Yf: () => (/* binding */ DIMENSIONS),
/* harmony export */   fJ: () => (/* binding */ ARCHETYPES),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/**
 * The mobile limits of supertask schema v1.1, in one place for the code that writes to them (the
 * offline provider) and the code that scores against them (metrics). A test holds them equal to
 * `schema/supertask_schema_v1.1.json`, so the two cannot drift apart.
 */
const MobileLimits = {
    items: { min: 3, max: 8 },
    duration: { min: 180, max: 600 },
    content: { min: 50, max: 300 },
    tip: { min: 20, max: 150 },
    tips: { min: 0, max: 5 },
    quote: { min: 20, max: 200 },
    author: { min: 1, max: 100 },
    question: { min: 15, max: 120 },
    option: { min: 3, max: 60 },
    options: { min: 2, max: 5 },
    explanation: { min: 30, max: 250 },
    title: { min: 1, max: 200 },
};
function within(length, range) {
    return length >= range.min && length <= range.max;
}
const DIMENSIONS = ['physicalHealth', 'mentalHealth', 'relationships', 'work', 'spirituality'];
const ARCHETYPES = ['warrior', 'explorer', 'sage', 'ruler'];
const LEVELS = ['beginner', 'advanced'];


/***/ }),

/***/ 8340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ markdownBlocks),
/* harmony export */   PC: () => (/* binding */ splitSentences),
/* harmony export */   ZF: () => (/* binding */ contentWords),
/* harmony export */   c6: () => (/* binding */ stableHash),
/* harmony export */   f4: () => (/* binding */ termFrequencies),
/* harmony export */   iE: () => (/* binding */ windowAround),
/* harmony export */   vY: () => (/* binding */ fitText),
/* harmony export */   x4: () => (/* binding */ isStopword),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* unused harmony export plain */
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3525);

const STOPWORDS = new Set((
// Portuguese
'o os as de da do das dos em no na nos nas um uma uns umas que e é não para com por mais como mas ao aos à às se sua seu suas seus você vocês ' +
    'também muito muita muitos muitas são está estão isso esta este essa esse pelo pela pelos pelas até sem sobre ou quando mesmo já nossa nosso ' +
    'ser ter fazer pode podem deve cada outro outros outra outras todo todos toda todas sempre nada algo ainda menos apenas assim então porque ' +
    'tem têm foi era há seja sejam tão quanto onde qual quais pois depois antes entre também mas nem lhe eles elas ele ela nós isto aquilo ' +
    // English
    'the an of and to in is are was were it that this these those for on with as by at from you your be or not but can have has more most what ' +
    'which where when how its their our we they them there here into about also just than then too very will would should could may might must ' +
    'do does did done been being some any all each every other such only own same so no nor if while because through over under again further ' +
    "one two three things thing today it's here's there's don't can't you're").split(' '));
/** Content words: not function words, at least four letters. */
function contentWords(text) {
    return (0,_language_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(text).filter((word) => word.length >= 4 && !STOPWORDS.has(word));
}
function isStopword(word) {
    return STOPWORDS.has(word.toLowerCase());
}
/** Inline markdown to plain text: emphasis, code, links and images, HTML tags. */
function plain(inline) {
    return inline
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}
function emphasisOf(inline) {
    return [...inline.matchAll(/(\*\*|__)(.+?)\1/g)].map((match) => plain(match[2] ?? '')).filter((phrase) => phrase.length > 0);
}
/** Sentence ends: `.`, `!`, `?`, `…` followed by space and a capital, digit or opening quote. */
function splitSentences(text) {
    return text
        .split(/(?<=[.!?…])\s+(?=["“'(\p{Lu}\d])/u)
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence.length > 0);
}
/** A list item becomes a sentence: it gets the full stop its author left out. */
function asSentence(text) {
    return /[.!?…:;]$/.test(text) ? text : `${text}.`;
}
function markdownBlocks(body) {
    const blocks = [];
    let paragraph = [];
    let list;
    let quote;
    let fenced = false;
    const flushParagraph = () => {
        if (paragraph.length === 0)
            return;
        let inline = paragraph.join(' ');
        const signed = /^(\*\*|__)([^\s*_]+)\1\s+(?=\p{Lu})/u.exec(inline);
        if (signed)
            inline = inline.slice(signed[0].length);
        const block = { kind: 'paragraph', level: 0, sentences: splitSentences(plain(inline)), emphasis: emphasisOf(inline) };
        if (signed)
            block.signature = signed[2];
        blocks.push(block);
        paragraph = [];
    };
    const flushList = () => {
        if (!list)
            return;
        const items = list;
        list = undefined;
        const previous = blocks.at(-1);
        const sentences = items.map((item) => asSentence(plain(item))).filter((item) => item.length > 1);
        const emphasis = items.flatMap(emphasisOf);
        // A lead-in that ends with a colon belongs to its list: "Here is where: 1. ... 2. ..."
        if (previous?.kind === 'paragraph' && previous.sentences.at(-1)?.endsWith(':')) {
            previous.kind = 'list';
            previous.sentences.push(...sentences);
            previous.emphasis.push(...emphasis);
        }
        else {
            blocks.push({ kind: 'list', level: 0, sentences, emphasis });
        }
    };
    const flushQuote = () => {
        if (!quote)
            return;
        const inline = quote.join(' ');
        blocks.push({ kind: 'quote', level: 0, sentences: [plain(inline)], emphasis: emphasisOf(inline) });
        quote = undefined;
    };
    const flush = () => {
        flushParagraph();
        flushList();
        flushQuote();
    };
    for (const raw of body.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (/^\s*(```|~~~)/.test(line)) {
            flush();
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
        const quoted = /^\s*>\s?(.*)$/.exec(line);
        if (line.trim() === '' || /^\s*([-*_]\s*){3,}$/.test(line) || /^\s*\|/.test(line) || /^\s*<!--/.test(line)) {
            flushParagraph();
            flushQuote();
            continue;
        }
        if (heading) {
            flush();
            const text = plain(heading[2] ?? '').replace(/\s*#+$/, '');
            if (text)
                blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, sentences: [text], emphasis: [] });
        }
        else if (item) {
            flushParagraph();
            flushQuote();
            list ??= [];
            list.push(item[1] ?? '');
        }
        else if (quoted) {
            flushParagraph();
            flushList();
            quote ??= [];
            quote.push(quoted[1] ?? '');
        }
        else if (list && /^\s+\S/.test(raw)) {
            list[list.length - 1] += ` ${line.trim()}`;
        }
        else {
            flushList();
            flushQuote();
            paragraph.push(line.trim());
        }
    }
    flush();
    return blocks;
}
/**
 * Shortens `text` to at most `max` characters at the latest sentence end, else clause boundary,
 * else word boundary, marking a cut with `…`. Text already short enough is returned as is.
 */
function fitText(text, max) {
    if (text.length <= max)
        return text;
    const head = text.slice(0, max - 1);
    const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
    if (sentenceEnd >= max / 2)
        return head.slice(0, sentenceEnd + 1);
    const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(' - '), head.lastIndexOf(': '));
    const cut = clause >= max / 2 ? clause : head.lastIndexOf(' ');
    return `${head.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:—-]+$/, '')}…`;
}
/** Cuts `text` to a window of whole words around `[start, end)` that fits in `max`, marking cuts with `…`. */
function windowAround(text, start, end, max) {
    if (text.length <= max)
        return text;
    let from = start;
    let to = end;
    // Grow one word at a time, alternating sides, while the window still fits.
    for (let grew = true; grew;) {
        grew = false;
        const before = text.lastIndexOf(' ', from - 2);
        const nextFrom = before < 0 ? 0 : before + 1;
        if (from > 0 && to - nextFrom + 2 <= max) {
            from = nextFrom;
            grew = true;
        }
        const after = text.indexOf(' ', to + 1);
        const nextTo = after < 0 ? text.length : after;
        if (to < text.length && nextTo - from + 2 <= max) {
            to = nextTo;
            grew = true;
        }
    }
    return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
/** FNV-1a: a stable 32-bit hash, so that "random" choices are the same on every run. */
function stableHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}
/** How often each content word occurs in the sentences. */
function termFrequencies(sentences) {
    const counts = new Map();
    for (const sentence of sentences)
        for (const word of contentWords(sentence))
            counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
}
function slug(text) {
    return (text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'content');
}


/***/ }),

/***/ 5460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ supertaskRequest),
/* harmony export */   k3: () => (/* binding */ analysisRequest),
/* harmony export */   y0: () => (/* binding */ PROMPT_VERSION)
/* harmony export */ });
/* unused harmony export PromptTags */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6703);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1560);


/** Changes whenever a prompt's wording changes, so audits and reports say which prompts made an output. */
const PROMPT_VERSION = 'ari-prompts-1';
/** The tags that enclose the material in user messages: `<source>…</source>`, `<template>…</template>`. */
const PromptTags = { source: 'source', template: 'template' };
function enclose(tag, text) {
    return `<${tag}>\n${text.trim()}\n</${tag}>`;
}
const ARI = [
    'You are Ari, the coaching voice of the Lyfe app.',
    'Ari is warm, direct and practical: Ari speaks to the reader as "you" ("você" in Portuguese), invites one small concrete step at a time, and never lectures, shames or moralises.',
    'Ari never mentions being an AI or a language model, and never uses markdown inside JSON strings.',
    'Ari stays faithful to the source: every fact, quote and quiz answer comes from the text given; nothing is invented.',
    'Write in the language of the source (Portuguese or English).',
].join('\n');
const ANALYSIS_SYSTEM = [
    ARI,
    '',
    'Task: analyse a source article so that it can become short mobile lessons.',
    'Reply with one JSON object and nothing else, with exactly these fields:',
    '- "title": the title of the article (at most 200 characters).',
    '- "description": one sentence saying what the article is about.',
    '- "language": "portuguese" or "english", the language of the article.',
    '- "region": "Brazil" for Portuguese, "Global" for English, unless the article names a region.',
    '- "dimension": one of "physicalHealth", "mentalHealth", "relationships", "work", "spirituality".',
    '- "archetype": one of "warrior", "explorer", "sage", "ruler": the reader this article speaks to best.',
    `- "key_ideas": 1 to 8 passages taken from the article, in its order, each ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MobileLimits */ .Dk.content.min}-${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MobileLimits */ .Dk.content.max} characters.`,
    `- "quotes": up to 5 objects {"text", "author"}: quotations found in the article (${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MobileLimits */ .Dk.quote.min}-${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MobileLimits */ .Dk.quote.max} characters), or its most telling short sentences with "author": "Ari".`,
    '- "learning_objectives": up to 3 short sentences: what the reader will take away.',
    '- "tags": up to 5 lower-case keywords of the article.',
    '- "ari_analysis": {"applicable_frameworks": [{"name", "evidence"}], "total_frameworks_identified": number, "content_analysis": {"word_count": number, "primary_themes": [strings], "complexity_level": "beginner" | "intermediate" | "advanced", "language": same as above}}. Frameworks are coaching frameworks the article supports (habit_formation, behavioral_design, circadian_rhythm, social_connection, meaning_and_purpose, self_compassion, health_risk_awareness...); "evidence" is a sentence of the article.',
    '- "coaching_opportunities": 1 to 3 objects {"type", "framework", "suggestion", "coaching_prompt"}: "suggestion" is one actionable sentence in Ari\'s voice (20-150 characters), "coaching_prompt" is the question Ari asks the reader.',
].join('\n');
const LEVEL_GUIDANCE = {
    beginner: 'Beginner: introduce the key ideas one at a time, in plain words; quizzes check what the cards just said, with 3 options.',
    advanced: 'Advanced: go beyond the first ideas, into the details of the source; quizzes ask about what the cards did not repeat, with 4 options.',
};
function supertaskSystem(version) {
    return [
        ARI,
        '',
        'Task: write one supertask, a mobile lesson of 3 to 10 minutes, from the filled template the user gives.',
        'Reply with one JSON object and nothing else, valid against this JSON Schema:',
        JSON.stringify((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSchema */ .e$)(version)),
        '',
        'Rules:',
        '- "flexibleItems" mixes "content" cards (taken from the key ideas and the source text, "author": "Ari", optional "tips" in Ari\'s voice), at least one "quote" and at least one "quiz".',
        '- A quiz\'s correct option comes from the source text; the other options are plausible but wrong; "correctAnswer" is the 0-based index of the correct option; the explanation quotes or paraphrases the source.',
        '- Respect every length limit of the schema: count characters.',
        '- Take "title", "dimension", "archetype", "relatedToId", "language" and "region" from the template\'s frontmatter; "relatedToType" is "GENERIC"; add the level to the title.',
        `- "metadata": "language", "region", "created_at" and "updated_at" (ISO 8601 in UTC), "version": "${version}", "difficulty_level" (the level), "source_template" (the template file name), "ari_persona_applied": true.`,
    ].join('\n');
}
function analysisRequest({ name, source }) {
    return {
        purpose: 'preprocess.analysis',
        messages: [
            { role: 'system', content: ANALYSIS_SYSTEM },
            { role: 'user', content: `Analyse this article (file ${name}.md).\n\n${enclose(PromptTags.source, source)}` },
        ],
        task: { kind: 'analysis', name, source },
        params: { temperature: 0.2, max_tokens: 2000 },
    };
}
function supertaskRequest({ name, template, level, schemaVersion }) {
    return {
        purpose: `generate.${level}`,
        messages: [
            { role: 'system', content: supertaskSystem(schemaVersion) },
            {
                role: 'user',
                content: [`Level: ${level}`, LEVEL_GUIDANCE[level], `Schema version: ${schemaVersion}`, `Template file: ${name}.md`, '', enclose(PromptTags.template, template)].join('\n'),
            },
        ],
        task: { kind: 'supertask', name, template, level, schemaVersion },
        params: { temperature: 0.7, max_tokens: 4000 },
    };
}


/***/ }),

/***/ 1560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ isSchemaVersion),
/* harmony export */   H4: () => (/* binding */ validateSupertask),
/* harmony export */   e$: () => (/* binding */ loadSchema),
/* harmony export */   jK: () => (/* binding */ DEFAULT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSIONS, schemaPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2463);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9517);






const SCHEMA_VERSIONS = ['1.0', '1.1'];
const DEFAULT_SCHEMA_VERSION = '1.1';
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_3__["default"] ?? ajv_formats__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The repository root: the nearest folder above this module whose package.json is lyfe-kt's.
 * This module runs from src/pipeline (vitest), dist/lib/pipeline (the library) and dist/cli
 * (the bundle), so a fixed relative path would be wrong in two of the three.
 */
function packageRoot() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        try {
            const manifest = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'package.json'), 'utf8'));
            if (manifest.name === 'lyfe-kt')
                return dir;
        }
        catch {
            // no package.json here: keep walking up
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LyfeError */ .L0('cannot find the lyfe-kt package folder holding schema/', { fix: 'Reinstall lyfe-kt' });
        dir = parent;
    }
}
function schemaPath(version) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(packageRoot(), 'schema', `supertask_schema_v${version}.json`);
}
const schemas = new Map();
const validators = new Map();
/** The JSON Schema of a version, as shipped in `schema/`. */
function loadSchema(version) {
    let schema = schemas.get(version);
    if (!schema) {
        schema = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(schemaPath(version), 'utf8'));
        schemas.set(version, schema);
    }
    return schema;
}
function validatorFor(version) {
    let validate = validators.get(version);
    if (!validate) {
        const ajv = new ajv__WEBPACK_IMPORTED_MODULE_5__.Ajv({ allErrors: true, strict: false });
        addFormats(ajv);
        validate = ajv.compile(loadSchema(version));
        validators.set(version, validate);
    }
    return validate;
}
/** `/flexibleItems/0/content` -> `$.flexibleItems[0].content` */
function jsonPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${acc}.${part}` : `${acc}[${JSON.stringify(part)}]`), '$');
}
function valueAt(root, pointer) {
    let value = root;
    for (const part of pointer.split('/').slice(1)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    return value;
}
function describe(error, root) {
    const where = jsonPath(error.instancePath);
    const value = valueAt(root, error.instancePath);
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `${where}: missing required property "${String(params.missingProperty)}"`;
        case 'additionalProperties':
            return `${where}: unexpected property "${String(params.additionalProperty)}"`;
        case 'maxLength':
        case 'minLength':
            return `${where}: ${error.message} (has ${typeof value === 'string' ? value.length : '?'})`;
        case 'maxItems':
        case 'minItems':
            return `${where}: ${error.message} (has ${Array.isArray(value) ? value.length : '?'})`;
        case 'maximum':
        case 'minimum':
            return `${where}: must be ${String(params.comparison)} ${String(params.limit)} (is ${JSON.stringify(value)})`;
        case 'enum':
            return `${where}: must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')} (is ${JSON.stringify(value)})`;
        case 'const':
            return `${where}: must be ${JSON.stringify(params.allowedValue)} (is ${JSON.stringify(value)})`;
        default:
            return `${where}: ${error.message ?? error.keyword}`;
    }
}
/**
 * Reduces the errors of a `oneOf` over item types to those of the branch the item says it is
 * (its `type`): otherwise a quote with a long text reports every rule of content cards and
 * quizzes as well, and the one that matters is lost.
 */
function relevantErrors(errors, root, schema) {
    const branches = (schema.properties?.flexibleItems?.items?.oneOf ?? []).map((branch) => branch.properties?.type?.const);
    const itemPath = /^\/flexibleItems\/(\d+)/;
    const branchOf = (error) => {
        const match = /\/flexibleItems\/items\/oneOf\/(\d+)\//.exec(error.schemaPath);
        return match ? Number(match[1]) : undefined;
    };
    const kept = [];
    const unknownTypes = new Set();
    for (const error of errors) {
        const item = itemPath.exec(error.instancePath);
        if (!item) {
            kept.push(error);
            continue;
        }
        const type = valueAt(root, `/flexibleItems/${item[1]}`)?.type;
        const wanted = branches.indexOf(typeof type === 'string' ? type : undefined);
        if (wanted < 0) {
            unknownTypes.add(item[1]);
            continue;
        }
        if (error.keyword === 'oneOf' || branchOf(error) !== wanted)
            continue;
        kept.push(error);
    }
    for (const index of unknownTypes) {
        kept.push({
            keyword: 'enum',
            instancePath: `/flexibleItems/${index}/type`,
            schemaPath: '#/properties/flexibleItems/items/oneOf',
            params: { allowedValues: branches },
            message: 'must be an item type',
        });
    }
    return kept;
}
/** Human-readable errors of `value` against the supertask schema `version`, each with its JSON path; empty when valid. */
function validateSupertask(value, version) {
    const validate = validatorFor(version);
    if (validate(value))
        return [];
    const errors = relevantErrors(validate.errors ?? [], value, loadSchema(version)).map((error) => describe(error, value));
    return [...new Set(errors)];
}
function isSchemaVersion(value) {
    return SCHEMA_VERSIONS.includes(value);
}


/***/ }),

/***/ 1093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony export Headings */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3478);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3525);
/* harmony import */ var _offline_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8340);




/**
 * The filled template: the interface between preprocess and generate. YAML frontmatter for the
 * supertask's fixed fields, then sections a person can read and edit before generating. The
 * source itself is kept in it (headings demoted under its own section), so that generate needs
 * nothing but this file.
 */
const Headings = {
    en: { content: 'Content', overview: 'Overview', keyIdeas: 'Key Ideas', keyIdea: 'Key Idea', quotes: 'Quotes', coaching: "Ari's Coaching", source: 'Source Text' },
    pt: { content: 'Conteúdo', overview: 'Visão Geral', keyIdeas: 'Conceitos-Chave', keyIdea: 'Conceito-Chave', quotes: 'Citações', coaching: 'Coaching do Ari', source: 'Texto-Fonte' },
};
function demoteHeadings(markdown, by) {
    return markdown.replace(/^(#{1,6})(\s)/gm, (_, hashes, space) => `${'#'.repeat(Math.min(6, hashes.length + by))}${space}`);
}
function renderTemplate(analysis, source) {
    const headings = Headings[(0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .languageCode */ .aX)(analysis.language) ?? 'en'];
    const frontmatter = {
        title: analysis.title,
        description: analysis.description,
        dimension: analysis.dimension,
        archetype: analysis.archetype,
        related_to_type: 'GENERIC',
        related_to_id: (0,_offline_text_js__WEBPACK_IMPORTED_MODULE_3__/* .slug */ .yR)(source.name),
        language: analysis.language,
        region: analysis.region,
        complexity_level: analysis.ari_analysis.content_analysis.complexity_level,
        learning_objectives: analysis.learning_objectives,
        tags: analysis.tags,
        source_file: `${source.name}.md`,
    };
    const lines = ['---', (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(frontmatter, { lineWidth: 0 }).trimEnd(), '---', '', `# ${headings.content}`, '', `## ${headings.overview}`, '', analysis.description, ''];
    lines.push(`## ${headings.keyIdeas}`, '');
    analysis.key_ideas.forEach((idea, index) => lines.push(`### ${headings.keyIdea} ${index + 1}`, '', idea, ''));
    if (analysis.quotes.length > 0) {
        lines.push(`## ${headings.quotes}`, '');
        for (const quote of analysis.quotes)
            lines.push(`> "${quote.text}" - ${quote.author}`, '');
    }
    if (analysis.coaching_opportunities.length > 0) {
        lines.push(`## ${headings.coaching}`, '');
        for (const hook of analysis.coaching_opportunities)
            lines.push(`- **${hook.suggestion}** ${hook.coaching_prompt}`);
        lines.push('');
    }
    lines.push(`## ${headings.source}`, '', demoteHeadings(source.body.trim(), 2), '');
    return lines.join('\n');
}
const sectionNames = new Map(Object.values(Headings).flatMap((names) => ['overview', 'keyIdeas', 'quotes', 'coaching', 'source'].map((key) => [names[key].toLowerCase(), key])));
const QUOTE = /^>?\s*["“](.+?)["”]\s*[-—–]\s*(.+)$/;
/** Reads a filled template back into its parts. Sections it does not know are left in `source` only when it has no source section. */
function parseTemplate(text, file) {
    const { frontmatter, body } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFrontmatter */ .yv)(text, file);
    const sections = new Map();
    let current;
    let title;
    for (const line of body.split(/\r?\n/)) {
        const h2 = /^##\s+(.+?)\s*$/.exec(line);
        if (h2) {
            const key = sectionNames.get((h2[1] ?? '').toLowerCase());
            current = key ? [] : undefined;
            if (key)
                sections.set(key, current);
            continue;
        }
        const h1 = /^#\s+(.+?)\s*$/.exec(line);
        if (h1 && !title && !current)
            title = h1[1];
        current?.push(line);
    }
    const section = (key) => sections.get(key)?.join('\n').trim();
    const keyIdeas = (section('keyIdeas') ?? '')
        .split(/^###\s+.*$/m)
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter((part) => part.length > 0);
    const quotes = (section('quotes') ?? '')
        .split(/\r?\n/)
        .map((line) => QUOTE.exec(line.trim()))
        .filter((match) => match !== null)
        .map((match) => ({ text: (match[1] ?? '').trim(), author: (match[2] ?? '').trim() }));
    const coaching = (section('coaching') ?? '')
        .split(/\r?\n/)
        .map((line) => /^\s*[-*]\s+\*\*(.+?)\*\*\s*(.*)$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => ({ suggestion: (match[1] ?? '').trim(), prompt: (match[2] ?? '').trim() }));
    return {
        frontmatter,
        language: (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .languageCode */ .aX)(frontmatter.language),
        title: typeof frontmatter.title === 'string' && frontmatter.title.trim() ? frontmatter.title.trim() : title,
        overview: section('overview'),
        keyIdeas,
        quotes,
        coaching,
        source: section('source') ?? body,
    };
}


/***/ }),

/***/ 4020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ redactValue),
/* harmony export */   Rd: () => (/* binding */ redactText)
/* harmony export */ });
/* unused harmony exports REDACTED, refreshSecrets */
/**
 * Redaction at write time: no secret reaches a record. Secrets are the values of environment
 * variables whose names look secret, and well-known token shapes wherever they appear.
 */
const REDACTED = '[REDACTED]';
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|AUTH|CREDENTIAL/i;
const SECRET_KEY_FIELD = /^(authorization|api[-_]?key|x-api-key|token|password|secret)$/i;
/**
 * A word after `Bearer`/`Basic` is a credential only if it does not read like prose: a digit, a
 * capital after the first letter or base64 padding. "Basic breathing" and "bearer of" stay.
 */
const credentialAfterScheme = (match, token) => (/\d|.[A-Z]|=$/.test(token) ? REDACTED : match);
/** Token shapes, each with what replaces a match (the header name of an `Authorization:` stays). */
const SHAPES = [
    [/(Authorization["']?\s*[:=]\s*["']?)[^\s"',}]+(\s+[^\s"',}]+)?/gi, `$1${REDACTED}`],
    [/\b(?:Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{8,})/gi, credentialAfterScheme],
    [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
    [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
];
let envSecrets;
/** Values of secret-looking environment variables, longest first. Read once per process. */
function secretsFromEnv() {
    if (!envSecrets) {
        envSecrets = Object.entries(process.env)
            .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= 8)
            .map(([, value]) => value)
            .sort((a, b) => b.length - a.length);
    }
    return envSecrets;
}
/** For tests and long-lived hosts whose environment changes. */
function refreshSecrets() {
    envSecrets = undefined;
}
function redactText(text) {
    let out = text;
    for (const secret of secretsFromEnv()) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    for (const [shape, replacement] of SHAPES) {
        out = typeof replacement === 'string' ? out.replace(shape, replacement) : out.replace(shape, replacement);
    }
    return out;
}
/** A deep copy of `value` with every string redacted and secret-named fields blanked. */
function redactValue(value) {
    return walk(value);
}
function walk(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map(walk);
    if (value && typeof value === 'object') {
        if (value instanceof Error)
            return { name: value.name, message: redactText(value.message) };
        const out = {};
        for (const [key, inner] of Object.entries(value)) {
            out[key] = SECRET_KEY_FIELD.test(key) && typeof inner === 'string' && inner !== '' ? REDACTED : walk(inner);
        }
        return out;
    }
    return value;
}


/***/ }),

/***/ 1486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g1: () => (/* binding */ record),
/* harmony export */   tg: () => (/* binding */ auditRecord)
/* harmony export */ });
/* unused harmony export onRecord */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var pino__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5005);
/* harmony import */ var _session_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6028);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4020);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);





/**
 * The single writer of records. Each record is one `write(2)` of one whole line to a file opened
 * with O_APPEND, synchronously: concurrent processes never tear each other's lines, and a process
 * killed with SIGKILL loses at most the line it was writing.
 */
const loggers = new Map();
function loggerFor(logDir, kind) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RecordFiles */ .b[kind]);
    let logger = loggers.get(file);
    if (!logger) {
        logger = pino__WEBPACK_IMPORTED_MODULE_1__({
            level: 'debug',
            base: undefined,
            messageKey: 'msg',
            // `time` is the first field of each record object (see write): the line reads level, time, session...
            timestamp: false,
            formatters: { level: (label) => ({ level: label }) },
        }, pino__WEBPACK_IMPORTED_MODULE_1__.destination({ dest: file, sync: true, append: true, mkdir: true }));
        loggers.set(file, logger);
    }
    return logger;
}
const listeners = new Set();
/**
 * Lets code in this process see each record as it is written, exactly as written (redacted),
 * instead of reading the global files back. Returns the function that stops listening.
 */
function onRecord(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
}
function write(kind, level, event, msg, fields = {}) {
    const context = (0,_session_context_js__WEBPACK_IMPORTED_MODULE_2__/* .requireSession */ .OC)();
    const line = {
        time: new Date().toISOString(),
        session: context.sessionId,
        stage: fields.stage ?? context.stage,
        event,
        pid: process.pid,
    };
    if (fields.input?.length)
        line.input = fields.input;
    if (fields.output?.length)
        line.output = fields.output;
    if (fields.data)
        line.data = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactValue */ .FI)(fields.data);
    const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactText */ .Rd)(msg);
    loggerFor(context.logDir, kind)[level](line, text);
    if (listeners.size > 0) {
        const written = { level, ...line, msg: text };
        for (const listener of listeners)
            listener(kind, written);
    }
}
/** A processing record in the current session and stage. */
function record(level, event, msg, fields) {
    write('processing', level, event, msg, fields);
}
/** A prompt-audit record in the current session and stage. */
function auditRecord(level, event, msg, fields) {
    write('prompts', level, event, msg, fields);
}


/***/ }),

/***/ 6028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ requireSession),
/* harmony export */   gg: () => (/* binding */ currentSession),
/* harmony export */   nm: () => (/* binding */ runInSession)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);

const storage = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function runInSession(context, fn) {
    return storage.run(context, fn);
}
function currentSession() {
    return storage.getStore();
}
function requireSession() {
    const context = storage.getStore();
    if (!context)
        throw new Error('no session: records can only be written inside runInSession()');
    return context;
}


/***/ }),

/***/ 443:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ runStage)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _records_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1486);
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1280);
/* harmony import */ var _session_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6028);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7182);








function gitCommit() {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim();
    }
    catch {
        return undefined;
    }
}
/**
 * Runs one pipeline stage inside its session: joins (or begins) the work folder's session, writes
 * the stage's start and end records, and records a failure with its cause before rethrowing it.
 */
async function runStage(options, fn) {
    const { session, started } = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveSession */ .Zo)(options.workDir, { override: options.session, fresh: options.fresh });
    const context = { sessionId: session.session_id, stage: options.stage, logDir: options.logDir };
    return (0,_session_context_js__WEBPACK_IMPORTED_MODULE_5__/* .runInSession */ .nm)(context, async () => {
        if (started) {
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)('info', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.sessionStart, `session ${session.session_id} started`, {
                stage: 'session',
                data: {
                    argv: process.argv.slice(2),
                    tool_version: _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x,
                    node_version: process.version,
                    cwd: process.cwd(),
                    git_commit: gitCommit(),
                    ...options.sessionInfo,
                },
            });
        }
        const stats = { filesIn: 0, filesOut: 0, filesInvalid: 0 };
        const begin = performance.now();
        (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)('info', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.stageStart, `${options.stage} started`);
        const end = (status, error) => {
            const data = {
                status,
                duration_ms: Math.round(performance.now() - begin),
                files_in: stats.filesIn,
                files_out: stats.filesOut,
                files_invalid: stats.filesInvalid,
            };
            if (error)
                data.error = error;
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)(status === 'ok' ? 'info' : 'error', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.stageEnd, `${options.stage} ${status}`, { data: { ...data } });
        };
        try {
            const result = await fn(stats);
            end('ok');
            return { session, result, stats };
        }
        catch (error) {
            const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(error);
            // The parts of the error stay apart in `data`, so that no view has to take the line apart again.
            const known = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0 ? error : undefined;
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)('error', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.error, text, {
                input: known?.file ? [node_path__WEBPACK_IMPORTED_MODULE_1__.basename(known.file)] : undefined,
                data: { error: known ? known.message : text, file: known?.file, fix: known?.fix },
            });
            end('failed', text);
            throw error;
        }
    });
}


/***/ })

};
