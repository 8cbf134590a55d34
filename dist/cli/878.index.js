export const id = 878;
export const ids = [878];
export const modules = {

/***/ 6878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayPackage: () => (/* binding */ replayPackage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
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
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var manifest = __webpack_require__(7470);
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
    const check = (0,manifest.verifyPackage)(options.packageDir);
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


/***/ })

};
