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


/***/ })

};
