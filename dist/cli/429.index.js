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
// EXTERNAL MODULE: ./dist/lib/session/context.js + 1 modules
var context = __webpack_require__(1419);
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
        (0,common/* checkLogDir */.o_)(options.logDir);
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
        (0,common/* checkLogDir */.o_)(options.logDir);
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

/***/ 4292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JL: () => (/* binding */ REPORT_FILES),
  UX: () => (/* binding */ packageRun)
});

// UNUSED EXPORTS: PACKAGE_LOCK

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/session-read.js
var session_read = __webpack_require__(4866);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/records/writer.js
var writer = __webpack_require__(1486);
// EXTERNAL MODULE: ./dist/lib/session/context.js + 1 modules
var context = __webpack_require__(1419);
// EXTERNAL MODULE: ./dist/lib/stage/run-stage.js
var run_stage = __webpack_require__(443);
// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(7182);
// EXTERNAL MODULE: ./dist/lib/version.js
var version = __webpack_require__(1280);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js
var generate = __webpack_require__(6100);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/records/render.js
var render = __webpack_require__(5001);
// EXTERNAL MODULE: ./dist/lib/package/quality-issues/index.js + 3 modules
var quality_issues = __webpack_require__(3932);
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
/** With `quality`, the quality issues follow the metrics. */
function renderExecutionSummary(summary, quality) {
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
        ...(quality ? ['', ...(0,quality_issues/* qualityIssuesSection */.JI)(quality)] : []),
    ];
    if (!summary.success || summary.failures.length || summary.problems.length) {
        lines.push('', '## What Went Wrong');
        lines.push(...failureSection(summary));
        if (summary.problems.length)
            lines.push('', ...summary.problems.map((problem) => `- ${problem.message}`));
    }
    lines.push('', '---', `Rendered from ${plural(summary.counts.processing_records, 'processing record')} and ${plural(summary.counts.prompt_records, 'prompt-audit record')} (${plural(summary.counts.warnings, 'warning')}, ${plural(summary.counts.errors, 'error')}).`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var package_manifest = __webpack_require__(7470);
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
            problems: summary.problems,
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

// EXTERNAL MODULE: ./dist/lib/package/viewer/page.js + 3 modules
var page = __webpack_require__(802);
// EXTERNAL MODULE: ./dist/lib/package/title.js
var package_title = __webpack_require__(6537);
// EXTERNAL MODULE: ./dist/lib/session/process.js
var session_process = __webpack_require__(82);
;// CONCATENATED MODULE: ./dist/lib/package/assemble.js






















/** The assembly folder of a package: `.<name>.tmp-<pid>-<hex>`, so that a later package can tell a dead packager's leftovers. */
const TEMP_FOLDER = /^\..+\.tmp-(\d+)-[0-9a-f]{6}$/;
/** Held in the work folder while a package is built from it: a second `package` of the same run is refused. */
const PACKAGE_LOCK = '.lyfe-kt-package.lock';
/** Same-minute packages get `-2` ... up to this suffix. */
const MAX_SUFFIX = 100;
/** The files of `reports/` the pipeline writes; anything else there is the user's and stays. */
const REPORT_FILES = new Set([generate/* REPORT_JSON */.oA, generate/* REPORT_MARKDOWN */.LV]);
function outputNames(workDir) {
    const dir = external_node_path_.join(workDir, constants/* WorkFolders */.BM.output);
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw new errors/* LyfeError */.L0(`the output folder cannot be read (${error.code ?? (0,errors/* errorText */.kc)(error)})`, {
            file: dir,
            fix: 'Make it a folder you can read (`ls -ld` it), or give the package a title',
            cause: error,
        });
    }
}
/**
 * Takes the work folder's package lock, or says who holds it. A lock whose process is gone (a
 * killed `package`) is taken over. Returns the function that releases it.
 */
function lockWorkFolder(workDir) {
    external_node_fs_.mkdirSync(workDir, { recursive: true });
    const file = external_node_path_.join(workDir, PACKAGE_LOCK);
    for (;;) {
        try {
            external_node_fs_.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
            return () => external_node_fs_.rmSync(file, { force: true });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        // An empty file is a lock being written this instant: held.
        const holder = Number.parseInt(external_node_fs_.readFileSync(file, 'utf8'), 10);
        if (!Number.isInteger(holder) || (0,session_process/* processAlive */.F)(holder)) {
            throw new errors/* LyfeError */.L0(`another \`lyfe-kt package\`${Number.isInteger(holder) ? ` (pid ${holder})` : ''} is packaging this work folder`, {
                file: workDir,
                fix: 'Wait for it to finish: its package holds this run',
            });
        }
        external_node_fs_.rmSync(file, { force: true });
    }
}
/** Removes the assembly folders that packagers killed before they finished left in `outputDir`. */
function removeDeadAssemblies(outputDir) {
    let names;
    try {
        names = external_node_fs_.readdirSync(outputDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const removed = [];
    for (const name of names) {
        const pid = TEMP_FOLDER.exec(name)?.[1];
        if (pid === undefined || (0,session_process/* processAlive */.F)(Number(pid)))
            continue;
        external_node_fs_.rmSync(external_node_path_.join(outputDir, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
/**
 * Copies the regular files of `from` into `to`, following symbolic links to files, and lists the
 * files it took in `taken`; `take` chooses among the names directly inside `from`.
 */
function copyTree(from, to, taken, take = () => true) {
    external_node_fs_.mkdirSync(to, { recursive: true });
    for (const entry of external_node_fs_.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!take(entry.name))
            continue;
        const source = external_node_path_.join(from, entry.name);
        const target = external_node_path_.join(to, entry.name);
        const stat = entry.isSymbolicLink() ? external_node_fs_.statSync(source) : entry;
        if (stat.isDirectory())
            copyTree(source, target, taken);
        else if (stat.isFile()) {
            external_node_fs_.copyFileSync(source, target, external_node_fs_.constants.COPYFILE_EXCL);
            taken.push(source);
        }
        else {
            throw new errors/* LyfeError */.L0('cannot package it: it is not a regular file or folder', { file: source, fix: 'Move it out of the work folder, then package again' });
        }
    }
}
/** Removes the files the package took, then the work folders they leave empty; what the user put beside them stays. */
function removeTaken(workDir, taken, workFolders) {
    for (const file of taken)
        external_node_fs_.rmSync(file, { force: true });
    const folders = new Set([...taken.map((file) => external_node_path_.dirname(file)), ...workFolders.map((name) => external_node_path_.join(workDir, name))]);
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
        for (let dir = folder; external_node_path_.relative(workDir, dir) && !external_node_path_.relative(workDir, dir).startsWith('..'); dir = external_node_path_.dirname(dir)) {
            try {
                external_node_fs_.rmdirSync(dir);
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT')
                    break;
                throw error;
            }
        }
    }
}
/**
 * Writes the record files of `logs/` from the session's records, streamed a record at a time from
 * the global files; the same pass gives the session's model.
 */
function writeRecordLogs(logsDir, logDir, sessionId, locator) {
    const writer = new RecordLogsWriter(logsDir);
    try {
        return (0,session_read/* readSessionModel */.W)(logDir, sessionId, {
            visit: (record, kind) => {
                locator.add(record, kind);
                if (kind === 'processing')
                    writer.processing(record);
                else
                    writer.prompt(record);
            },
        });
    }
    finally {
        writer.close();
    }
}
/** Renders every file of `logs/` from the records; the metadata last, since it records the sizes. */
async function writeLogs(logsDir, logDir, sessionId, options) {
    external_node_fs_.mkdirSync(logsDir, { recursive: true });
    const locator = new quality_issues/* RecordLocator */.mz();
    const { summary, skipped } = writeRecordLogs(logsDir, logDir, sessionId, locator);
    const write = (name, text) => external_node_fs_.writeFileSync(external_node_path_.join(logsDir, name), text);
    const quality = (0,quality_issues/* writePackageQualityReport */.$Q)(external_node_path_.dirname(logsDir), summary, locator);
    write(constants/* LogFiles */.aE.summary, renderExecutionSummary(summary, quality));
    await (0,page/* writeLogsViewer */.J)(logsDir, { title: options.title, session: summary, quality });
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
        skipped_lines: skipped,
    };
    write(constants/* LogFiles */.aE.metadata, renderMetadata(summary, info));
    return { skipped, compressed: compress, bytes, compressedBytes, summary, quality };
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
function bytesOf(dir) {
    let bytes = 0;
    for (const entry of external_node_fs_.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            bytes += external_node_fs_.statSync(external_node_path_.join(entry.parentPath, entry.name)).size;
    }
    return bytes;
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
    requireRun(options, false);
    const unlock = lockWorkFolder(options.workDir);
    try {
        return await assemble(options, { outputDir, now, title });
    }
    finally {
        unlock();
    }
}
/**
 * The work folders present, or the error that there is no run to package: checked before the lock
 * (nothing is made for a folder with no run) and again once it is held (`meanwhile`).
 */
function requireRun(options, meanwhile) {
    const folders = constants/* WorkFolderNames */.ch.filter((name) => external_node_fs_.existsSync(external_node_path_.join(options.workDir, name)));
    if (folders.length === 0 && !options.session && !(0,store/* readWorkSession */.GE)(options.workDir)) {
        throw new errors/* LyfeError */.L0(`nothing to package: the work folder has no run in it${meanwhile ? ' (it was packaged meanwhile)' : ''}`, {
            file: options.workDir,
            fix: meanwhile ? 'Look in the packages folder for its package' : 'Run `lyfe-kt preprocess` and `lyfe-kt generate` first, or pass --work-dir of the run',
        });
    }
    return folders;
}
/** Builds the package once the work folder is locked: nothing of it is read before. */
async function assemble(options, { outputDir, now, title }) {
    // What was there before the lock may have been packaged meanwhile by the lock's last holder.
    const folders = requireRun(options, true);
    const cleared = removeDeadAssemblies(outputDir);
    const run = await (0,run_stage/* runStage */.S)({ stage: 'package', workDir: options.workDir, logDir: options.logDir, session: options.session }, async (stats) => {
        const sessionId = (0,context/* requireSession */.OC)().sessionId;
        const warnings = cleared.map((name) => `removed ${external_node_path_.join(outputDir, name)}, left by a \`lyfe-kt package\` that was stopped`);
        const taken = [];
        const leftInReports = [];
        let temp;
        let placed;
        let written;
        let success;
        let stagesExecuted;
        let digest;
        let manifestFiles;
        try {
            external_node_fs_.mkdirSync(outputDir, { recursive: true });
            // Not mkdtemp: its mode 0700 would stay on the package; this folder follows the umask like those inside it.
            temp = external_node_path_.join(outputDir, `.${(0,package_title/* packageFolderName */.M9)(title, now)}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
            external_node_fs_.mkdirSync(temp);
            for (const name of constants/* WorkFolderNames */.ch) {
                const source = external_node_path_.join(options.workDir, name);
                const takeReport = (file) => {
                    if (REPORT_FILES.has(file))
                        return true;
                    leftInReports.push(external_node_path_.join(source, file));
                    return false;
                };
                if (external_node_fs_.existsSync(source))
                    copyTree(source, external_node_path_.join(temp, name), taken, name === constants/* WorkFolders */.BM.reports ? takeReport : undefined);
                else
                    external_node_fs_.mkdirSync(external_node_path_.join(temp, name));
            }
            stats.filesIn = taken.length;
            if (leftInReports.length)
                warnings.push(`left in the work folder, not written by lyfe-kt: ${leftInReports.join(', ')}`);
            // The run as its processing records say it went, before packaging records its end.
            const fileResults = [];
            const outcome = (0,session_read/* readSessionModel */.W)(options.logDir, sessionId, {
                kinds: ['processing'],
                visit: (record) => {
                    if (record.event === types/* Events */.sV.fileResult)
                        fileResults.push(record);
                },
            }).summary;
            if (outcome.problems.some((problem) => problem.code === 'no_pipeline_stage')) {
                warnings.push(`session ${sessionId} has no pipeline records in ${options.logDir}: is --log-dir the folder the run wrote to?`);
            }
            // The package holds every output the session recorded, or there is no package.
            const absent = (0,package_manifest/* recordedOutputs */.NW)(fileResults).filter((file) => !external_node_fs_.existsSync(external_node_path_.join(temp, file)));
            if (absent.length) {
                throw new errors/* LyfeError */.L0(`the session recorded ${absent.length} output(s) that are not in the work folder: ${absent.join(', ')}`, {
                    file: options.workDir,
                    fix: `No package was written; put them back into ${options.workDir} (or run their stage again in this session), then run \`lyfe-kt package\` again`,
                });
            }
            (0,writer/* record */.g1)(outcome.success ? 'info' : 'warn', types/* Events */.sV.sessionEnd, `session ${sessionId} ended: ${outcome.success ? 'success' : 'failed'}`, {
                stage: 'session',
                data: { success: outcome.success, work_files: stats.filesIn, title },
            });
            written = await writeLogs(external_node_path_.join(temp, constants/* LOGS_DIR */.c6), options.logDir, sessionId, { compress: Boolean(options.compress), title, now });
            if (written.skipped > 0)
                warnings.push(`${written.skipped} line(s) mentioning session ${sessionId} in ${options.logDir} are not whole records (torn by a failed write, or foreign) and were skipped`);
            success = written.summary.success;
            stagesExecuted = written.summary.stages_executed;
            const manifest = (0,package_manifest/* writeManifest */.HN)(temp);
            digest = manifest.digest;
            manifestFiles = Object.keys(manifest.files).length;
            placed = placePackage(temp, outputDir, title, now);
            temp = undefined;
        }
        catch (error) {
            if (temp)
                external_node_fs_.rmSync(temp, { recursive: true, force: true });
            throw failure(error, outputDir);
        }
        if (!options.keepWork) {
            try {
                removeTaken(options.workDir, taken, folders);
            }
            catch (error) {
                warnings.push(`the package is complete, but the work folder could not be emptied: ${(0,errors/* errorText */.kc)(error)}`);
            }
        }
        (0,store/* clearWorkSession */.P$)(options.workDir);
        for (const warning of warnings)
            (0,writer/* record */.g1)('warn', types/* Events */.sV.warning, warning);
        stats.filesOut = manifestFiles;
        const result = {
            path: placed,
            name: external_node_path_.basename(placed),
            title,
            session_id: sessionId,
            success,
            stages_executed: stagesExecuted,
            files: manifestFiles,
            work_files: stats.filesIn,
            bytes: bytesOf(placed),
            logs: { compressed: written.compressed, bytes: written.bytes, compressed_bytes: written.compressedBytes },
            digest,
            quality_issues: written.quality.counts,
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
/* harmony export */   NW: () => (/* binding */ recordedOutputs),
/* harmony export */   sB: () => (/* binding */ verifyPackage)
/* harmony export */ });
/* unused harmony exports MANIFEST_FORMAT, digestOf, buildManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7041);
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5046);








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
                if (name !== _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1)
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
    for (const name of files.filter((file) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(file) === _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_FILE */ .sX)) {
        const members = {};
        for (const [member, entry] of [...(0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .digestArchive */ .bz)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name))].sort(([a], [b]) => (a < b ? -1 : 1)))
            members[member] = entry;
        archives[name] = members;
    }
    return archives;
}
/** The folder of a package that holds what each pipeline stage writes. */
const OUTPUT_FOLDER = { preprocess: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.preprocessed, generate: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.output };
/** The outputs a session's records say its stages wrote, as sorted package paths (`03_output/x.json`). */
function recordedOutputs(processing) {
    const files = new Set();
    for (const record of processing) {
        const folder = OUTPUT_FOLDER[record.stage];
        if (record.event !== _records_types_js__WEBPACK_IMPORTED_MODULE_5__/* .Events */ .sV.fileResult || !folder)
            continue;
        for (const name of record.output ?? [])
            files.add(`${folder}/${name}`);
    }
    return [...files].sort();
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
    node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
function readManifest(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1);
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
/** A package holds every output its own records say the run wrote: one that lacks any claims more than happened. */
function checkRecordedOutputs(dir, manifest, problems) {
    let processing;
    try {
        processing = (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .readPackageRecords */ .f6)(dir).processing;
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0))
            throw error;
        problems.push(`its records cannot be read: ${error.message}`);
        return;
    }
    for (const file of recordedOutputs(processing)) {
        if (!manifest.files[file])
            problems.push(`the session's records name ${file}, which the package does not hold`);
    }
}
/**
 * Recomputes every hash of a package and compares it with its manifest, and checks that it holds
 * every output its records say the run wrote.
 */
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
    checkRecordedOutputs(dir, manifest, result.problems);
    result.added.sort();
    result.ok = !result.changed.length && !result.missing.length && !result.added.length && !result.problems.length;
    return result;
}


/***/ }),

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ packageFolderName),
/* harmony export */   by: () => (/* binding */ packageTitle),
/* harmony export */   em: () => (/* binding */ sanitizeTitle)
/* harmony export */ });
/* unused harmony exports MAX_TITLE_BYTES, DEFAULT_TITLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9517);

/**
 * The longest title in UTF-8 bytes: with the date, a same-minute suffix and the hidden assembly
 * folder's marks, a package's folder name stays far below the 255 bytes file systems allow.
 */
const MAX_TITLE_BYTES = 80;
/**
 * Anything but letters, digits, `.`, `_` and `-`: path separators, characters reserved on some
 * platforms, control characters and what a shell reads (`$(...)`, backticks, `;`, `&`, quotes, spaces).
 */
const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu;
const EDGES = /^[._-]+|[._-]+$/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** The longest prefix of `text` of at most `max` UTF-8 bytes that ends on a character boundary (no emoji cut in two). */
function capBytes(text, max) {
    let out = '';
    let bytes = 0;
    for (const { segment } of graphemes.segment(text)) {
        bytes += Buffer.byteLength(segment);
        if (bytes > max)
            break;
        out += segment;
    }
    return out;
}
/**
 * A title made safe as a folder name and a shell word: only letters, digits, `.`, `_` and `-`, every
 * other run of characters becomes `-`, at most MAX_TITLE_BYTES bytes. Throws when nothing usable is left.
 */
function sanitizeTitle(title) {
    const collapsed = title
        .normalize('NFC')
        .replace(UNSAFE, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(EDGES, '');
    const safe = capBytes(collapsed, MAX_TITLE_BYTES).replace(EDGES, '');
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

/***/ 5001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g8: () => (/* binding */ formatSessionTable),
/* harmony export */   lZ: () => (/* binding */ formatAttempt),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   qi: () => (/* binding */ statusStyle),
/* harmony export */   zH: () => (/* binding */ formatRecordLine)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);

const plain = (_style, text) => text;
/** `2025-01-18T17:30:45.123Z` as `2025-01-18 17:30:45.123`: sortable, and readable at a glance. */
function displayTime(iso) {
    return iso.replace('T', ' ').replace(/Z$/, '');
}
function files(record) {
    const parts = [];
    if (record.input?.length)
        parts.push(record.input.join(', '));
    if (record.output?.length)
        parts.push(`-> ${record.output.join(', ')}`);
    return parts.join(' ');
}
/** One line per record: time, level, stage, event, files, message. */
function formatRecordLine(record, paint = plain) {
    const level = record.level;
    const columns = [
        paint('dim', displayTime(record.time)),
        paint(level, level.toUpperCase().padEnd(5)),
        paint('stage', record.stage.padEnd(10)),
        paint('event', record.event.padEnd(12)),
    ];
    const concerned = files(record);
    if (concerned)
        columns.push(concerned);
    columns.push(record.msg ?? '');
    return columns.join(' ');
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
}
/** A block per LLM attempt: what was asked, what came back, and how it went. */
function formatAttempt(record, paint = plain) {
    if (record.event !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmAttempt)
        return formatRecordLine(record, paint);
    const data = (record.data ?? {});
    const outcome = data.outcome ?? 'unknown';
    const outcomeStyle = outcome === 'ok' ? 'ok' : outcome === 'retry' ? 'warn' : 'error';
    const usage = data.usage ? `${data.usage.total_tokens} tokens (${data.usage.prompt_tokens}+${data.usage.completion_tokens})` : 'no usage';
    const head = [
        `${data.purpose ?? '?'} ${data.call_id ?? '?'} attempt ${data.attempt ?? '?'}/${data.max_attempts ?? '?'}`,
        paint(outcomeStyle, data.reason ? `${outcome}: ${data.reason}` : outcome),
        `${data.provider ?? '?'} ${data.model ?? '?'}${data.source && data.source !== 'live' ? ` (${data.source})` : ''}`,
        `${data.latency_ms ?? '?'} ms`,
        usage,
    ];
    if (data.http_status !== undefined)
        head.push(`HTTP ${data.http_status}`);
    const lines = [
        `${paint('dim', `== ${displayTime(record.time)}`)} ${paint('stage', record.stage)} ${head.join(' | ')}`,
    ];
    const concerned = files(record);
    if (concerned)
        lines.push(`  files: ${concerned}`);
    for (const message of data.messages ?? []) {
        lines.push(paint('event', `  [${message.role}]`), indent(message.content));
    }
    lines.push(paint('event', '  [response]'), data.response == null ? paint('dim', '    (none)') : indent(data.response));
    return lines.join('\n');
}
/** The `logs --list` table. */
/** How a session's status is coloured, in the listing and in a session's footer alike. */
function statusStyle(status) {
    return status === 'succeeded' ? 'ok' : status === 'failed' ? 'error' : status === 'running' ? 'info' : 'warn';
}
function formatSessionTable(list, paint = plain) {
    const header = ['SESSION', 'START', 'END', 'STATUS', 'STAGES', 'CALLS', 'ATTEMPTS', 'TOKENS'];
    const rows = list.sessions.map((s) => [
        s.session,
        displayTime(s.start).slice(0, 19),
        displayTime(s.end).slice(0, 19),
        s.status,
        s.stages.join(',') || '-',
        String(s.llmCalls),
        String(s.attempts),
        String(s.tokens),
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const format = (row, styled) => row
        .map((cell, i) => {
        const padded = cell.padEnd(widths[i]);
        return styled && i === 3 ? paint(statusStyle(cell), padded) : padded;
    })
        .join('  ')
        .trimEnd();
    return [paint('dim', format(header, false)), ...rows.map((row) => format(row, true))].join('\n');
}


/***/ }),

/***/ 82:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ processAlive)
/* harmony export */ });
/**
 * Whether a process of this machine is running (signal 0 only asks). A pid from another host, or
 * reused since, may mislead: callers use it for liveness hints (a running session, a stale lock).
 */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ })

};
