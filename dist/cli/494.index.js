export const id = 494;
export const ids = [494];
export const modules = {

/***/ 7460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ REASONING_EFFORTS),
/* harmony export */   IT: () => (/* binding */ requestParams),
/* harmony export */   Rz: () => (/* binding */ adaptationFor),
/* harmony export */   t2: () => (/* binding */ RESPONSE_FORMATS)
/* harmony export */ });
/* unused harmony exports MODEL_FAMILIES, UNKNOWN_FAMILY, modelFamily, REASONING_HEADROOM */
/* harmony import */ var _strict_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5967);

/**
 * What each model family accepts on the chat-completions API, in one table, and how a request's
 * wishes (`params`, `responseSchema`) become the parameters sent. `max_completion_tokens` is
 * accepted by every current OpenAI model; reasoning models (the GPT-5 family, the o-series) take
 * no temperature but the default and spend hidden reasoning tokens inside that limit.
 */
const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];
/** `auto`: Structured Outputs where the model has them, falling back once to JSON mode when the server refuses them. */
const RESPONSE_FORMATS = ['auto', 'json_schema', 'json_object'];
const MODEL_FAMILIES = [
    { family: 'gpt-5-chat', match: /^gpt-5(\.\d+)?-chat/, temperature: true, reasoning: false, structuredOutputs: true },
    { family: 'gpt-5', match: /^gpt-5/, temperature: false, reasoning: true, structuredOutputs: true },
    { family: 'o-series', match: /^o[1-9]/, temperature: false, reasoning: true, structuredOutputs: true },
    { family: 'gpt-4.1', match: /^gpt-4\.1/, temperature: true, reasoning: false, structuredOutputs: true },
    { family: 'gpt-4o', match: /^(gpt-4o|chatgpt-4o)/, temperature: true, reasoning: false, structuredOutputs: true },
    { family: 'gpt-4 and gpt-3.5', match: /^gpt-(4|3\.5)/, temperature: true, reasoning: false, structuredOutputs: false },
];
/**
 * A name the table does not know (a compatible server's model, an Azure deployment): the modern
 * shape, with everything the caller asked for. A parameter the server refuses is adapted once.
 */
const UNKNOWN_FAMILY = { family: 'unknown', temperature: true, reasoning: true, structuredOutputs: true };
function modelFamily(model) {
    const name = model.toLowerCase().replace(/^.*\//, '');
    return MODEL_FAMILIES.find((family) => family.match?.test(name)) ?? UNKNOWN_FAMILY;
}
/**
 * Tokens added to the visible reply's budget for hidden reasoning, by effort (unset: the `medium`
 * allowance). Only what the model uses is billed; a reply cut off by the limit is lost whole.
 */
const REASONING_HEADROOM = {
    none: 0,
    minimal: 2_000,
    low: 8_000,
    medium: 16_000,
    high: 32_000,
    xhigh: 64_000,
    max: 100_000,
};
/** The parameters one request is sent with (model and messages aside), adaptations applied. */
function requestParams(model, request, settings, adaptations) {
    const family = modelFamily(model);
    const params = {};
    const headroom = family.reasoning ? REASONING_HEADROOM[settings.reasoningEffort ?? 'medium'] : 0;
    params.max_completion_tokens = settings.maxCompletionTokens ?? request.params.max_tokens + headroom;
    if (family.temperature)
        params.temperature = request.params.temperature;
    if (family.reasoning && settings.reasoningEffort)
        params.reasoning_effort = settings.reasoningEffort;
    const schema = request.responseSchema;
    const structured = schema && settings.responseFormat !== 'json_object' && (family.structuredOutputs || settings.responseFormat === 'json_schema');
    params.response_format = structured
        ? { type: 'json_schema', json_schema: { name: schema.name, strict: true, schema: (0,_strict_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .toStrictSchema */ .uF)(schema.schema) } }
        : { type: 'json_object' };
    for (const [name, adaptation] of adaptations) {
        if (!(name in params))
            continue;
        const value = params[name];
        delete params[name];
        if (adaptation.kind === 'rename')
            params[adaptation.to] = value;
        else if (adaptation.kind === 'json_object')
            params.response_format = { type: 'json_object' };
    }
    return params;
}
/**
 * The change that answers a 400 refusing a parameter that was sent (`unsupported_parameter`,
 * `unsupported_value`, or a `response_format` the server does not take), or undefined when none
 * does: then the failure stands. Each parameter is adapted at most once.
 */
function adaptationFor(refused, sent, settings, adaptations) {
    if (refused.status !== 400 && refused.status !== 422)
        return undefined;
    const named = refused.param ?? /Unsupported (?:parameter|value): '([\w.[\]]+)'/i.exec(refused.message)?.[1];
    const param = parameterOf(named, refused.message);
    if (!param || !(param in sent) || adaptations.has(param))
        return undefined;
    const why = `${refused.status} ${refused.code ?? 'refused'}`;
    if (param === 'response_format') {
        const format = sent.response_format.type;
        if (format === 'json_schema') {
            return settings.responseFormat === 'auto'
                ? { param, adaptation: { kind: 'json_object' }, note: `response_format json_schema refused (${why}): falling back to JSON mode (json_object)` }
                : undefined;
        }
        return { param, adaptation: { kind: 'drop' }, note: `response_format ${format} refused (${why}): sent without it` };
    }
    const unsupported = refused.code === 'unsupported_parameter' || refused.code === 'unsupported_value' || /unsupported (parameter|value)/i.test(refused.message);
    if (!unsupported)
        return undefined;
    if (param === 'max_tokens' || param === 'max_completion_tokens') {
        const to = param === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
        return { param, adaptation: { kind: 'rename', to }, note: `${param} refused (${why}): sent as ${to}` };
    }
    return { param, adaptation: { kind: 'drop' }, note: `${param} refused (${why}): sent without it, the model's default applies` };
}
/** `reasoning.effort` and `response_format.json_schema` name the top-level parameter they belong to. */
function parameterOf(named, message) {
    if (named === undefined)
        return /response_format|json_schema/i.test(message) ? 'response_format' : undefined;
    if (/effort/.test(named))
        return 'reasoning_effort';
    return named.replace(/[.[].*$/, '');
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ createOpenAiProvider),
/* harmony export */   LK: () => (/* binding */ DEFAULT_OPENAI_MODEL),
/* harmony export */   Qy: () => (/* binding */ displayUrl)
/* harmony export */ });
/* unused harmony exports DEFAULT_OPENAI_BASE_URL, retryAfterMs */
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3674);
/* harmony import */ var _records_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4020);
/* harmony import */ var _model_params_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7460);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9679);




/**
 * OpenAI's recommendation for latency- and cost-sensitive work ("Choosing a model" in the models
 * guide): a reasoning model with Structured Outputs, at $0.75 / $4.50 per million tokens in / out.
 */
const DEFAULT_OPENAI_MODEL = 'gpt-5.4-mini';
const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Statuses worth another attempt: request timeout, conflict, rate limit, server errors. */
const RETRYABLE_STATUS = new Set([408, 409, 429]);
/** A URL as it may be shown: without the credentials or query a user may have put in it. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        return parsed.toString().replace(/\/$/, '');
    }
    catch {
        return '(an unreadable URL)';
    }
}
/**
 * The official SDK, one attempt per `complete`. The SDK's own retries are off: `callLlm` retries,
 * so that every attempt is audited. The parameters follow the model family (`model-params.ts`);
 * a parameter the server refuses is changed once, for this attempt's successors and every later
 * request, and the attempt fails saying so.
 */
function createOpenAiProvider(options) {
    const model = options.model ?? DEFAULT_OPENAI_MODEL;
    const settings = {
        responseFormat: options.responseFormat ?? 'auto',
        reasoningEffort: options.reasoningEffort,
        maxCompletionTokens: options.maxCompletionTokens,
    };
    const common = { apiKey: options.apiKey, maxRetries: 0, timeout: options.timeoutMs };
    // baseURL (or Azure's endpoint) is always given so that the SDK never falls back to its own reading of the environment.
    const client = options.azure
        ? new openai__WEBPACK_IMPORTED_MODULE_0__/* .AzureOpenAI */ .AC({ ...common, endpoint: options.azure.endpoint, apiVersion: options.azure.apiVersion, deployment: model })
        : new openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay({ ...common, baseURL: options.baseURL ?? DEFAULT_OPENAI_BASE_URL });
    const where = displayUrl(options.azure?.endpoint ?? options.baseURL ?? DEFAULT_OPENAI_BASE_URL);
    const context = { apiKey: options.apiKey, where, model, timeoutMs: options.timeoutMs };
    const adaptations = new Map();
    return {
        name: 'openai',
        model,
        source: 'live',
        async complete(request, signal) {
            const params = (0,_model_params_js__WEBPACK_IMPORTED_MODULE_2__/* .requestParams */ .IT)(model, request, settings, adaptations);
            let completion;
            const attempt = signal && attemptSignal(signal);
            try {
                completion = await client.chat.completions.create({ model, messages: request.messages, ...params }, {
                    signal: attempt?.signal,
                });
            }
            catch (error) {
                const refused = error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIError */ .LG && typeof error.status === 'number' ? { status: error.status, code: error.code, param: error.param, message: error.message } : undefined;
                const adapted = refused && (0,_model_params_js__WEBPACK_IMPORTED_MODULE_2__/* .adaptationFor */ .Rz)(refused, params, settings, adaptations);
                if (!adapted)
                    throw attemptError(error, context, params);
                adaptations.set(adapted.param, adapted.adaptation);
                throw new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmAttemptError */ .T(`HTTP ${clean(error, context)}`, { retryable: true, httpStatus: refused.status, adaptation: adapted.note, params, cause: error });
            }
            finally {
                attempt?.end();
            }
            const choice = completion.choices[0];
            const message = choice?.message;
            return {
                text: message?.content ?? '',
                refusal: message?.refusal ?? undefined,
                finishReason: choice?.finish_reason,
                usage: completion.usage ?? null,
                model: completion.model || model,
                httpStatus: 200,
                params,
            };
        },
    };
}
/** The attempts in flight under a caller's signal, and the one listener that aborts them all. */
const attemptsInFlight = new WeakMap();
/**
 * A signal of one attempt's own, aborted with the caller's. The SDK adds an abort listener to the
 * signal of each request and never removes it: the caller's signal, which lives as long as the
 * run, would collect one per call, each holding its request's controller (Node warns past ten;
 * `AbortSignal.any` retains more in Node 20). The caller's signal has one listener for all the
 * attempts in flight instead, removed when the last one ends.
 */
function attemptSignal(signal) {
    const controller = new AbortController();
    if (signal.aborted) {
        controller.abort(signal.reason);
        return { signal: controller.signal, end: () => { } };
    }
    let attempts = attemptsInFlight.get(signal);
    if (!attempts) {
        const controllers = new Set();
        const abort = () => controllers.forEach((inFlight) => inFlight.abort(signal.reason));
        attempts = { controllers, abort };
        attemptsInFlight.set(signal, attempts);
        signal.addEventListener('abort', abort, { once: true });
    }
    const { controllers, abort } = attempts;
    controllers.add(controller);
    return {
        signal: controller.signal,
        end: () => {
            controllers.delete(controller);
            if (controllers.size > 0)
                return;
            signal.removeEventListener('abort', abort);
            attemptsInFlight.delete(signal);
        },
    };
}
function clean(error, context) {
    return (0,_records_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(context.apiKey ? error.message.split(context.apiKey).join('[REDACTED]') : error.message);
}
function attemptError(error, context, params) {
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIUserAbortError */ .cH) {
        return new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmAttemptError */ .T('request aborted', { retryable: false, aborted: true, params });
    }
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIConnectionTimeoutError */ .qA) {
        return new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmAttemptError */ .T(`no reply from ${context.where} within ${context.timeoutMs} ms (raise it with --timeout)`, { retryable: true, params });
    }
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIConnectionError */ .xX) {
        const cause = error.cause instanceof Error ? `: ${(0,_records_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(error.cause.message)}` : '';
        return new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmAttemptError */ .T(`cannot reach ${context.where}${cause}`, { retryable: true, params });
    }
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIError */ .LG && typeof error.status === 'number') {
        const status = error.status;
        const detail = clean(error, context);
        if (RETRYABLE_STATUS.has(status) || status >= 500) {
            return new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmAttemptError */ .T(`HTTP ${detail}`, { retryable: true, httpStatus: status, retryAfterMs: retryAfterMs(error.headers), params });
        }
        return new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmAttemptError */ .T(`HTTP ${detail}${advice(error, context, params)}`, { retryable: false, httpStatus: status, params });
    }
    const message = error instanceof Error ? clean(error, context) : (0,_records_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(String(error));
    return new _provider_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmAttemptError */ .T(message, { retryable: false, params });
}
function advice(error, context, params) {
    switch (error.status) {
        case 401:
            return ' (the API key was rejected: check OPENAI_API_KEY)';
        case 403:
            return ` (the API key may not use model ${context.model}: check the key's project and --model)`;
        case 404:
            return ` (no model ${context.model} at ${context.where}: check --model and OPENAI_BASE_URL)`;
        default:
            return params.response_format.type === 'json_schema' && /response_format|json_schema/i.test(`${error.param} ${error.message}`)
                ? ' (the server refused Structured Outputs: use --response-format auto or json_object)'
                : '';
    }
}
/**
 * How long the server asks us to wait: `retry-after-ms` (OpenAI's own), else `retry-after` in
 * seconds or as an HTTP date. Undefined when absent or unreadable, so that backoff applies.
 */
function retryAfterMs(headers, now = Date.now()) {
    const millis = headers?.get('retry-after-ms')?.trim();
    if (millis && Number.isFinite(Number(millis)) && Number(millis) >= 0)
        return Number(millis);
    const after = headers?.get('retry-after')?.trim();
    if (!after)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(after))
        return Math.round(Number(after) * 1000);
    const date = Date.parse(after);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 1494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X3: () => (/* binding */ articleOutputs),
  DG: () => (/* binding */ articlesOf),
  o_: () => (/* binding */ checkLogDir),
  QK: () => (/* binding */ checkOutputNames),
  jN: () => (/* binding */ checkStageInput),
  cJ: () => (/* binding */ generateStage),
  eG: () => (/* binding */ listTemplates),
  lx: () => (/* binding */ preprocessStage)
});

// UNUSED EXPORTS: templateOutputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js
var generate = __webpack_require__(6100);
// EXTERNAL MODULE: ./dist/lib/pipeline/inputs.js
var pipeline_inputs = __webpack_require__(3478);
// EXTERNAL MODULE: ./dist/lib/pipeline/limits.js
var limits = __webpack_require__(6703);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./dist/lib/llm/call.js
var call = __webpack_require__(3758);
// EXTERNAL MODULE: ./dist/lib/records/writer.js
var writer = __webpack_require__(1486);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/records/values.js
var values = __webpack_require__(9567);
// EXTERNAL MODULE: ./dist/lib/pipeline/analysis.js + 1 modules
var analysis = __webpack_require__(5055);
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
    const body = source.body ?? (0,pipeline_inputs/* parseFrontmatter */.yv)(source.text, `${source.name}.md`).body;
    return { template: (0,template/* renderTemplate */.Xm)(result.value, { name: source.name, body }), analysis: result.value, callIds: [result.callId] };
}
/**
 * Preprocesses files (paths, or inputs already read) into `outDir`. Every input is read and
 * checked before anything is written; each output appears whole or not at all. When a file's call
 * fails, the others still finish, then the first failure (in input order) is thrown. The templates
 * it wrote come back read for generate: each one's frontmatter is parsed as its call ends, while
 * the other calls are in flight, instead of all of them between the stages, when no call is (YAML
 * is the largest cost there).
 */
async function preprocessTemplates(inputs, outDir, options, stats) {
    const sources = (0,pipeline_inputs/* readAllMarkdown */.p0)(inputs);
    stats.filesIn = sources.length;
    const limit = (0,p_limit/* default */.A)(options.concurrency || pipeline_options/* DEFAULT_CONCURRENCY */.W);
    let done = 0;
    const settled = await Promise.allSettled(sources.map((source) => limit(async () => {
        const names = preprocessOutputs(source.name);
        const input = external_node_path_.basename(source.file);
        try {
            const result = await preprocessSource({ name: source.name, text: source.text, body: source.body }, options);
            (0,files/* writeFileAtomic */.Z)(external_node_path_.join(outDir, names.analysis), `${JSON.stringify(result.analysis, null, 2)}\n`);
            const template = external_node_path_.join(outDir, names.template);
            (0,files/* writeFileAtomic */.Z)(template, result.template);
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
            const read = { file: template, name: (0,pipeline_inputs/* markdownName */.Zt)(template), text: result.template, ...(0,pipeline_inputs/* parseFrontmatter */.yv)(result.template, template) };
            return { input: source.file, template, analysis: external_node_path_.join(outDir, names.analysis), call_ids: result.callIds, read };
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
    const made = settled.map((outcome) => outcome.value);
    return {
        results: made.map(({ read: _read, ...result }) => result),
        templates: made.map((result) => result.read).sort((a, b) => (0,values/* byCodeUnits */.CA)(a.file, b.file)),
    };
}

// EXTERNAL MODULE: ./dist/lib/pipeline/providers.js + 5 modules
var providers = __webpack_require__(9928);
// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __webpack_require__(8194);
// EXTERNAL MODULE: ./dist/lib/stage/run-stage.js
var run_stage = __webpack_require__(443);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
;// CONCATENATED MODULE: ./dist/lib/package/stages.js
/**
 * The two pipeline stages as the `preprocess`, `generate` and `run` commands and the programmatic
 * API run them: inputs checked before anything is written, the provider chosen once, the outputs
 * kept in the work folder for the package. Reporting and interruption come in as hooks.
 */













/** The provider is chosen (and named) once per options object, even when `run` runs two stages with it. */
const chosenProviders = new WeakMap();
function pipelineOptions(options, hooks) {
    let provider = chosenProviders.get(options);
    if (!provider) {
        const selected = (0,providers/* selectProvider */.o)(options);
        hooks.note?.(selected.reason);
        provider = selected.provider;
        chosenProviders.set(options, provider);
    }
    return {
        sessionInfo: { provider: provider.name, model: provider.model, schema_version: options.schemaVersion, ...(options.shardInfo ? { shard: options.shardInfo } : {}) },
        pipeline: {
            provider,
            schemaVersion: options.schemaVersion,
            concurrency: options.concurrency,
            signal: hooks.signal,
            onProgress: hooks.progress,
        },
    };
}
/** The articles of a folder; those in its subfolders are warned about unless `recursive` takes them. */
function articlesOf(dir, recursive, hooks) {
    const { files, skipped } = (0,pipeline_inputs/* listMarkdownFiles */.pf)(dir, { recursive });
    if (skipped.length)
        hooks.warn?.(`skipped ${skipped.length} file(s) in subfolders of ${dir} (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', ...' : ''}); pass --recursive to take them`);
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
    for (const { file: input } of inputs) {
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
/**
 * The folder of the global record files is checked before a stage starts: a file in its place
 * or a folder that cannot be written would otherwise be found only by the first record.
 */
function checkLogDir(logDir) {
    let stat;
    try {
        stat = external_node_fs_.statSync(logDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return; // made by the first record
        throw new errors/* LyfeError */.L0(`the log folder cannot be read (${error.code})`, { file: logDir, fix: 'Give --log-dir a folder you can write', cause: error });
    }
    if (!stat.isDirectory()) {
        throw new errors/* LyfeError */.L0('the log folder is a file, not a folder', { file: logDir, fix: 'Give --log-dir a folder (it is made when missing), or move this file away', exitCode: errors/* ExitCode */.yU.usage });
    }
    try {
        external_node_fs_.accessSync(logDir, external_node_fs_.constants.W_OK);
    }
    catch (error) {
        throw new errors/* LyfeError */.L0('the log folder cannot be written', { file: logDir, fix: 'Give --log-dir a folder you can write, or fix its permissions', cause: error });
    }
}
/** Longer file names cannot be made on Linux, macOS or Windows. */
const NAME_MAX_BYTES = 255;
/** The supertasks a filled template leads to. */
const templateOutputs = (name) => limits/* LEVELS */.A_.map((level) => (0,generate/* generateOutput */.l1)(name, level));
/** The files a source article leads to: its filled template and analysis, then a supertask per level. */
const articleOutputs = (name) => {
    const { template, analysis } = preprocessOutputs(name);
    // Generate names a template's outputs after its name as `readMarkdown` gives it.
    return [template, analysis, ...templateOutputs((0,pipeline_inputs/* markdownName */.Zt)(template))];
};
/** Refuses an input whose outputs (`outputsOf` its name) could not be written for a name too long. */
function checkOutputNames(inputs, outputsOf) {
    for (const input of inputs) {
        const longest = outputsOf(input.name).reduce((a, b) => (Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a));
        const over = Buffer.byteLength(longest) - NAME_MAX_BYTES;
        if (over > 0) {
            throw new errors/* LyfeError */.L0(`its output ${longest} would have a name of ${NAME_MAX_BYTES + over} bytes, longer than a file name may be (${NAME_MAX_BYTES})`, {
                file: input.file,
                fix: `Rename it with a name at least ${over} byte${over === 1 ? '' : 's'} shorter`,
            });
        }
    }
}
/**
 * Bad input is refused before a session, a work folder or a provider exists, an input whose outputs
 * would have too long a name as well. Returns the inputs read, for the stage to use; inputs already
 * read are taken as they are.
 */
function checkStageInput(files, options, outputsOf) {
    const inputs = (0,pipeline_inputs/* readAllMarkdown */.p0)(files, options.maxInputSize === undefined ? {} : { maxBytes: options.maxInputSize });
    checkOutputNames(inputs, outputsOf);
    if (options.session !== undefined)
        (0,id/* assertSessionId */.G4)(options.session, '--session');
    checkLogDir(options.logDir);
    return inputs;
}
/**
 * Stage 1: source articles into filled templates in `outDir`, kept in the work folder's
 * `02_preprocessed`. Besides the stage's results, the templates as generate reads them.
 */
async function preprocessStage(inputs, outDir, options, hooks = {}, fresh = false) {
    const sources = checkStageInput(inputs, options, articleOutputs);
    const { pipeline, sessionInfo } = pipelineOptions(options, hooks);
    const run = await (0,run_stage/* runStage */.S)({ stage: 'preprocess', workDir: options.workDir, logDir: options.logDir, session: options.session, fresh, sessionInfo, signal: hooks.signal }, async (stats) => {
        const keep = keepOutputs(outDir, external_node_path_.join(options.workDir, constants/* WorkFolders */.BM.preprocessed));
        try {
            const preprocessed = await preprocessTemplates(sources, outDir, pipeline, stats);
            keepSources(sources, options.workDir);
            return preprocessed;
        }
        finally {
            keep();
        }
    });
    return { ...run, result: run.result.results, templates: run.result.templates };
}
/** Stage 2: filled templates into supertasks in `outDir`, kept in the work folder's `03_output`; the report goes to `reports`. */
async function generateStage(templates, outDir, options, hooks = {}) {
    const inputs = checkStageInput(templates, options, templateOutputs);
    const { pipeline, sessionInfo } = pipelineOptions(options, hooks);
    const reportsDir = external_node_path_.join(options.workDir, constants/* WorkFolders */.BM.reports);
    return (0,run_stage/* runStage */.S)({ stage: 'generate', workDir: options.workDir, logDir: options.logDir, session: options.session, sessionInfo, signal: hooks.signal }, async (stats) => {
        const keep = keepOutputs(outDir, external_node_path_.join(options.workDir, constants/* WorkFolders */.BM.output));
        try {
            return await (0,generate/* generateFiles */.jP)(inputs, outDir, reportsDir, pipeline, stats);
        }
        finally {
            keep();
        }
    });
}


/***/ }),

/***/ 9928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
  o: () => (/* binding */ selectProvider)
});

// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/pipeline/limits.js
var limits = __webpack_require__(6703);
// EXTERNAL MODULE: ./dist/lib/pipeline/inputs.js
var inputs = __webpack_require__(3478);
// EXTERNAL MODULE: ./dist/lib/pipeline/language.js
var pipeline_language = __webpack_require__(3525);
;// CONCATENATED MODULE: ./dist/lib/pipeline/offline/heuristics.js

function keywordHits(text, keywords) {
    let hits = 0;
    for (const word of (0,pipeline_language/* words */.aL)(text))
        if (keywords.some((keyword) => word.startsWith(keyword)))
            hits++;
    return hits;
}
const DIMENSION_KEYWORDS = {
    physicalHealth: ['sono', 'dorm', 'exercíc', 'aliment', 'corpo', 'cafeína', 'físic', 'treino', 'sleep', 'exercis', 'body', 'food', 'diet', 'caffeine', 'physical', 'cigarr', 'fumar', 'smok', 'melatonin', 'hidrata', 'hydrat'],
    mentalHealth: ['ansiedade', 'estresse', 'mente', 'mental', 'emoç', 'felicidade', 'significado', 'sofrimento', 'anxiety', 'stress', 'mind', 'emotion', 'happiness', 'meaning', 'suffering', 'relax'],
    relationships: ['solidão', 'conex', 'relacionament', 'amig', 'família', 'amor', 'isolamento', 'social', 'lonel', 'connection', 'relationship', 'friend', 'family', 'love', 'isolation'],
    work: ['trabalho', 'carreira', 'produtiv', 'vocação', 'profiss', 'work', 'career', 'productiv', 'calling', 'job'],
    spirituality: ['transcend', 'espiritu', 'oração', 'meditaç', 'sagrad', 'spiritual', 'faith', 'prayer', 'meditat', 'sacred', 'beauty', 'beleza'],
};
const ARCHETYPE_KEYWORDS = {
    warrior: ['disciplin', 'desafio', 'força', 'esforço', 'treino', 'risco', 'challenge', 'strength', 'effort', 'fight', 'risk', 'courage', 'coragem'],
    explorer: ['descobr', 'explor', 'experiên', 'novo', 'curios', 'natureza', 'discover', 'experienc', 'adventure', 'curious', 'nature', 'beauty', 'beleza'],
    sage: ['sabedoria', 'reflex', 'aprend', 'entend', 'significado', 'wisdom', 'reflect', 'learn', 'understand', 'meaning', 'reconhec', 'recogni'],
    ruler: ['controle', 'planej', 'organiz', 'rotina', 'horário', 'consistên', 'regular', 'ritual', 'control', 'plan', 'organi', 'routine', 'schedule', 'consisten'],
};
/** The best-scoring entry; ties go to the first in table order, so the choice is stable. */
function best(text, table, fallback) {
    const scores = Object.fromEntries(Object.entries(table).map(([key, keywords]) => [key, keywordHits(text, keywords)]));
    let choice = fallback;
    for (const key of Object.keys(table))
        if (scores[key] > scores[choice])
            choice = key;
    return { choice, scores };
}
function pickDimension(text) {
    return best(text, DIMENSION_KEYWORDS, 'mentalHealth').choice;
}
function pickArchetype(text) {
    return best(text, ARCHETYPE_KEYWORDS, 'sage').choice;
}
/** Coaching frameworks Ari draws on, each with the advice and the question Ari asks. */
const FRAMEWORKS = [
    {
        name: 'habit_formation',
        type: 'behavioral_change',
        keywords: ['hábito', 'rotina', 'ritual', 'consistên', 'diári', 'regular', 'habit', 'routine', 'ritual', 'consisten', 'daily'],
        suggestion: { en: 'Anchor one small step to a moment you already repeat every day.', pt: 'Ancore um pequeno passo em um momento que você já repete todo dia.' },
        prompt: { en: 'Which small step could you repeat tomorrow at the same time?', pt: 'Qual pequeno passo você pode repetir amanhã no mesmo horário?' },
    },
    {
        name: 'behavioral_design',
        type: 'behavioral_change',
        keywords: ['ambiente', 'quarto', 'espaço', 'celular', 'tela', 'cortina', 'environment', 'room', 'space', 'bedroom', 'phone', 'screen'],
        suggestion: { en: 'Shape your environment so the good choice is the easy one.', pt: 'Ajuste seu ambiente para que a boa escolha seja a mais fácil.' },
        prompt: { en: 'What in your environment helps you, and what gets in the way?', pt: 'O que no seu ambiente ajuda você, e o que atrapalha?' },
    },
    {
        name: 'circadian_rhythm',
        type: 'habit_optimization',
        keywords: ['sono', 'dorm', 'luz', 'melatonina', 'circadiano', 'noite', 'noturno', 'manhã', 'acord', 'sleep', 'light', 'melatonin', 'circadian', 'night', 'morning', 'wake'],
        suggestion: { en: 'Protect your sleep window like an important appointment.', pt: 'Proteja seu horário de sono como um compromisso importante.' },
        prompt: { en: 'At what time will you switch off the screens tonight?', pt: 'A que horas você vai desligar as telas hoje à noite?' },
    },
    {
        name: 'social_connection',
        type: 'connection_building',
        keywords: ['solidão', 'conex', 'relacionament', 'amig', 'família', 'isolamento', 'social', 'lonel', 'connection', 'relationship', 'friend', 'family', 'isolation', 'love'],
        suggestion: { en: 'Invest a few minutes today in someone who matters to you.', pt: 'Invista alguns minutos hoje em alguém importante para você.' },
        prompt: { en: 'Who could you reach out to today, even with a short message?', pt: 'Com quem você pode falar hoje, nem que seja uma mensagem curta?' },
    },
    {
        name: 'meaning_and_purpose',
        type: 'purpose_reflection',
        keywords: ['significad', 'propósito', 'vocação', 'transcend', 'servir', 'valores', 'sentido', 'meaning', 'purpose', 'calling', 'serving', 'values'],
        suggestion: { en: "Connect today's tasks to what gives your life meaning.", pt: 'Conecte as tarefas de hoje ao que dá sentido à sua vida.' },
        prompt: { en: 'Where did you find meaning this week, and how can you return there?', pt: 'Onde você encontrou sentido nesta semana, e como voltar lá?' },
    },
    {
        name: 'self_compassion',
        type: 'emotional_awareness',
        keywords: ['sofriment', 'dificuldade', 'aceit', 'acolh', 'suffer', 'pain', 'struggle', 'embrace', 'accept'],
        suggestion: { en: 'Meet hard moments with curiosity instead of judgment.', pt: 'Receba os momentos difíceis com curiosidade, não com julgamento.' },
        prompt: { en: 'What is a difficult moment teaching you right now?', pt: 'O que um momento difícil está ensinando a você agora?' },
    },
    {
        name: 'health_risk_awareness',
        type: 'motivation_enhancement',
        keywords: ['saúde', 'risco', 'fumar', 'cigarr', 'exercíc', 'health', 'risk', 'smok', 'exercis'],
        suggestion: { en: 'Treat this as a real health factor, not a detail.', pt: 'Trate isso como um fator real de saúde, não como um detalhe.' },
        prompt: { en: 'Which small change would protect your health this week?', pt: 'Qual pequena mudança protegeria sua saúde nesta semana?' },
    },
];
/** Ari's question when no framework applies. */
const REFLECTION = {
    suggestion: { en: 'Pick one idea from this text and try it today.', pt: 'Escolha uma ideia deste texto e experimente hoje.' },
    prompt: { en: 'Which of these ideas fits your life right now?', pt: 'Qual destas ideias cabe na sua vida agora?' },
};

// EXTERNAL MODULE: ./dist/lib/pipeline/offline/text.js
var offline_text = __webpack_require__(8340);
;// CONCATENATED MODULE: ./dist/lib/pipeline/offline/material.js


const QUOTE = /^["“](.+?)["”]\s*[-—–]\s*(.+)$/;
/** A passage stops growing near this length: long enough to say something, short enough to read on a phone. */
const PASSAGE_TARGET = 140;
function readMaterial(markdown) {
    const blocks = (0,offline_text/* markdownBlocks */.KR)(markdown);
    const title = blocks.find((block) => block.kind === 'heading' && block.level === 1)?.sentences[0];
    const quotes = [];
    const textBlocks = [];
    for (const block of blocks) {
        if (block.kind === 'heading')
            continue;
        const quoted = block.sentences.length === 1 ? QUOTE.exec(block.sentences[0] ?? '') : null;
        if (quoted) {
            quotes.push({ text: (quoted[1] ?? '').trim(), author: (quoted[2] ?? '').trim() });
        }
        else if (block.kind === 'quote') {
            quotes.push({ text: (block.sentences[0] ?? '').replace(/^["“]|["”]$/g, ''), author: '' });
        }
        else {
            textBlocks.push(block);
        }
    }
    const sentences = textBlocks.flatMap((block) => block.sentences);
    const frequencies = (0,offline_text/* termFrequencies */.f4)(sentences);
    const emphasis = [...new Set(textBlocks.flatMap((block) => block.emphasis))];
    const passages = [];
    for (const block of textBlocks) {
        const chunks = [];
        let current = '';
        for (const sentence of block.sentences.map((s) => (0,offline_text/* fitText */.vY)(s, limits/* MobileLimits */.Dk.content.max))) {
            const joined = current ? `${current} ${sentence}` : sentence;
            // A lead-in ending with a colon never ends a card: what it announces follows.
            const grow = !current || current.length < limits/* MobileLimits */.Dk.content.min || current.endsWith(':') || joined.length <= PASSAGE_TARGET;
            if (grow && joined.length <= limits/* MobileLimits */.Dk.content.max) {
                current = joined;
                continue;
            }
            chunks.push(current);
            current = sentence;
        }
        if (current)
            chunks.push(current);
        for (const chunk of chunks) {
            const previous = passages.at(-1);
            // A short tail joins the passage before it when that still fits a card.
            if (chunk.length < limits/* MobileLimits */.Dk.content.min) {
                if (previous && previous.text.length + 1 + chunk.length <= limits/* MobileLimits */.Dk.content.max)
                    previous.text = `${previous.text} ${chunk}`;
                continue;
            }
            passages.push({ text: chunk, score: 0, index: passages.length });
        }
    }
    for (const passage of passages) {
        const distinct = [...new Set((0,offline_text/* contentWords */.ZF)(passage.text))];
        const weight = distinct.reduce((sum, word) => sum + (frequencies.get(word) ?? 0), 0);
        const emphasised = emphasis.filter((phrase) => passage.text.includes(phrase)).length;
        passage.score = weight / Math.sqrt(Math.max(1, distinct.length)) + 2 * emphasised;
    }
    const author = blocks.find((block) => block.signature)?.signature;
    return { title, sentences, passages, quotes, author, emphasis, frequencies };
}
/** The `count` best passages, back in source order. Ties go to the earlier passage. */
function topPassages(material, count) {
    return [...material.passages]
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, count)
        .sort((a, b) => a.index - b.index)
        .map((passage) => passage.text);
}
/** A sentence short enough to stand as a quote, and the most telling one: its content words are the text's frequent ones. */
function quotableSentences(material, exclude = new Set()) {
    return material.sentences
        .map((text, index) => ({ text, index }))
        .filter(({ text }) => text.length >= limits/* MobileLimits */.Dk.quote.min && text.length <= limits/* MobileLimits */.Dk.quote.max && !text.endsWith(':') && !exclude.has(text))
        .map(({ text, index }) => {
        const distinct = [...new Set((0,offline_text/* contentWords */.ZF)(text))];
        const weight = distinct.reduce((sum, word) => sum + (material.frequencies.get(word) ?? 0), 0);
        return { text, index, score: weight / Math.sqrt(Math.max(1, distinct.length)) };
    })
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .map(({ text }) => text);
}
/** A character that joins a word, ignoring case as the phrase's pattern does. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/iu;
/** Whether the character (code point) of `text` that ends at `end` is part of a word. */
function wordBefore(text, end) {
    const before = Array.from(text.slice(Math.max(0, end - 2), end)).at(-1);
    return before !== undefined && WORD_CHARACTER.test(before);
}
/** Whether the character (code point) of `text` that starts at `start` is part of a word. */
function wordAt(text, start) {
    const after = text.codePointAt(start);
    return after !== undefined && WORD_CHARACTER.test(String.fromCodePoint(after));
}
/**
 * Where `phrase` occurs in `text` as whole words, ignoring case, up to `limit` occurrences. The
 * word boundaries are checked apart from the pattern: a pattern holding the letter classes costs
 * milliseconds to compile, and every content word of an article gets one.
 */
function wholeMatches(text, phrase, limit = Infinity) {
    const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    const starts = [];
    while (starts.length < limit) {
        const match = pattern.exec(text);
        if (!match)
            break;
        const end = match.index + match[0].length;
        if (!wordBefore(text, match.index) && !wordAt(text, end))
            starts.push(match.index);
        // After a match the search goes on behind it; after a candidate inside a word, from its next character.
        else
            pattern.lastIndex = match.index + (text.codePointAt(match.index) > 0xffff ? 2 : 1);
    }
    return starts;
}
/**
 * The phrase of `sentence` worth asking about: a phrase the author emphasised, else its content
 * word that recurs most in the text (the longest on a tie). It must occur once in the sentence,
 * or the blank would give itself away.
 */
function clozeOf(sentence, material) {
    const fits = (phrase) => phrase.length >= limits/* MobileLimits */.Dk.option.min && phrase.length <= limits/* MobileLimits */.Dk.option.max && sentence.length - phrase.length >= 20 && wholeMatches(sentence, phrase, 2).length === 1;
    const emphasised = material.emphasis.filter((phrase) => fits(phrase) && !(0,offline_text/* isStopword */.x4)(phrase));
    const candidates = emphasised.length
        ? emphasised
        : [...new Set((0,offline_text/* contentWords */.ZF)(sentence))]
            .filter((word) => word.length >= 5 && !/['’]/.test(word) && fits(word))
            .sort((a, b) => (material.frequencies.get(b) ?? 0) - (material.frequencies.get(a) ?? 0) || b.length - a.length || (a < b ? -1 : 1));
    const answer = candidates[0];
    if (!answer)
        return undefined;
    const start = wholeMatches(sentence, answer, 1)[0] ?? 0;
    return { sentence, answer: sentence.slice(start, start + answer.length), start };
}

;// CONCATENATED MODULE: ./dist/lib/pipeline/offline/analysis.js






const MAX_KEY_IDEAS = 6;
const MAX_FRAMEWORKS = 3;
/** A framework applies when the text names it at least this often. */
const FRAMEWORK_MIN_HITS = 2;
function humanize(name) {
    const text = name.replace(/[_-]+/g, ' ').trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The most frequent content words, first occurrence breaking ties. */
function themes(text, count) {
    const order = new Map();
    const counts = new Map();
    for (const word of (0,offline_text/* contentWords */.ZF)(text)) {
        if (!order.has(word))
            order.set(word, order.size);
        counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0)).slice(0, count);
}
function complexity(wordCount, sentenceCount) {
    const perSentence = wordCount / Math.max(1, sentenceCount);
    if (wordCount < 150 && perSentence < 15)
        return 'beginner';
    if (wordCount > 1200 || perSentence > 24)
        return 'advanced';
    return 'intermediate';
}
/** The analysis of a source, computed from its text alone. */
function composeAnalysis(name, source) {
    const { frontmatter, body } = (0,inputs/* parseFrontmatter */.yv)(source);
    const material = readMaterial(body);
    const language = (0,pipeline_language/* languageCode */.aX)(frontmatter.language) ?? (0,pipeline_language/* detectLanguage */.od)(body) ?? 'en';
    const title = (0,offline_text/* fitText */.vY)((typeof frontmatter.title === 'string' && frontmatter.title.trim()) || material.title || humanize(name), limits/* MobileLimits */.Dk.title.max);
    const keyIdeas = topPassages(material, MAX_KEY_IDEAS);
    const description = (0,offline_text/* fitText */.vY)(material.passages[0]?.text ?? material.sentences[0] ?? title, limits/* MobileLimits */.Dk.quote.max);
    const author = (typeof frontmatter.author === 'string' && frontmatter.author.trim()) || material.author || 'Ari';
    const quotes = material.quotes.filter((quote) => quote.text.length >= limits/* MobileLimits */.Dk.quote.min && quote.text.length <= limits/* MobileLimits */.Dk.quote.max);
    const quoted = quotes.map((quote) => ({ text: quote.text, author: quote.author || author }));
    // Without a quote in the source, Ari highlights its most telling short sentence.
    if (quoted.length < 2) {
        const taken = new Set(quoted.map((quote) => quote.text));
        for (const text of quotableSentences(material, taken).slice(0, 2 - quoted.length))
            quoted.push({ text, author });
    }
    const frameworks = FRAMEWORKS.map((framework, order) => ({ framework, order, hits: keywordHits(body, framework.keywords) }))
        .filter(({ hits }) => hits >= FRAMEWORK_MIN_HITS)
        .sort((a, b) => b.hits - a.hits || a.order - b.order)
        .slice(0, MAX_FRAMEWORKS)
        .map(({ framework }) => framework);
    const evidence = (keywords) => (0,offline_text/* fitText */.vY)(material.sentences.find((sentence) => keywordHits(sentence, keywords) > 0) ?? '', limits/* MobileLimits */.Dk.tip.max);
    const coaching = frameworks.length
        ? frameworks.map((framework) => ({ type: framework.type, framework: framework.name, suggestion: framework.suggestion[language], coaching_prompt: framework.prompt[language] }))
        : [{ type: 'reflection', framework: 'reflection', suggestion: REFLECTION.suggestion[language], coaching_prompt: REFLECTION.prompt[language] }];
    const wordCount = (0,pipeline_language/* words */.aL)(body).length;
    const plainText = material.sentences.join(' ');
    return {
        title,
        description,
        language: pipeline_language/* LanguageNames */.l4[language],
        region: typeof frontmatter.region === 'string' && frontmatter.region.trim() ? frontmatter.region.trim() : pipeline_language/* LanguageRegions */.Ar[language],
        dimension: pickDimension(plainText),
        archetype: pickArchetype(plainText),
        key_ideas: keyIdeas.length ? keyIdeas : [(0,offline_text/* fitText */.vY)(plainText || title, limits/* MobileLimits */.Dk.content.max)],
        quotes: quoted,
        learning_objectives: keyIdeas.slice(0, 3).map((idea) => (0,offline_text/* fitText */.vY)((0,offline_text/* splitSentences */.PC)(idea)[0] ?? idea, limits/* MobileLimits */.Dk.tip.max)),
        tags: themes(plainText, 5),
        ari_analysis: {
            applicable_frameworks: frameworks.map((framework) => ({ name: framework.name, evidence: evidence(framework.keywords) })),
            total_frameworks_identified: frameworks.length,
            content_analysis: {
                word_count: wordCount,
                primary_themes: themes(plainText, 3),
                complexity_level: complexity(wordCount, material.sentences.length),
                language: pipeline_language/* LanguageNames */.l4[language],
            },
        },
        coaching_opportunities: coaching,
    };
}

// EXTERNAL MODULE: ./dist/lib/pipeline/template.js
var pipeline_template = __webpack_require__(1093);
;// CONCATENATED MODULE: ./dist/lib/pipeline/offline/supertask.js






/** Ari's own lines, per language: the frame around what the source says. */
const VOICE = {
    en: {
        level: { beginner: 'Beginner', advanced: 'Advanced' },
        intro: {
            beginner: (title) => `Let's take a few minutes for "${title}". Read each idea slowly and notice what already fits your routine.`,
            advanced: (title) => `Let's go deeper into "${title}". You know the basics; now test how well you remember the details.`,
        },
        question: 'Fill in the blank: ',
        explanation: "You'll find it in the text: ",
        reflection: 'Before you move on, ask yourself: ',
    },
    pt: {
        level: { beginner: 'Iniciante', advanced: 'Avançado' },
        intro: {
            beginner: (title) => `Vamos juntos: "${title}". Leia cada ideia com calma e perceba o que já cabe na sua rotina.`,
            advanced: (title) => `Vamos aprofundar: "${title}". Você já conhece o básico; agora teste o quanto lembra dos detalhes.`,
        },
        question: 'Complete a frase: ',
        explanation: 'Você encontra isso no texto: ',
        reflection: 'Antes de seguir, pergunte a si mesmo: ',
    },
};
/** Per level: content cards, quizzes and options per quiz. Advanced asks more, with more distractors. */
const SHAPE = {
    beginner: { cards: 2, quizzes: 2, options: 3 },
    advanced: { cards: 3, quizzes: 3, options: 4 },
};
/** Reading speed used for `estimatedDuration`, and the time a quiz takes. */
const CHARS_PER_SECOND = 15;
const SECONDS_PER_QUIZ = 30;
const SECONDS_PER_ITEM = 10;
/** An option as it reads in a list: a sentence-initial capital is not part of the answer. */
function optionText(cloze) {
    const { answer, start } = cloze;
    return start === 0 && answer.length > 1 && answer !== answer.toUpperCase() ? answer.charAt(0).toLowerCase() + answer.slice(1) : answer;
}
function quiz(cloze, distractors, language, options) {
    const voice = VOICE[language];
    const answer = optionText(cloze);
    const others = [];
    // Options that share a stem ("experience", "experiencing") would make the quiz about spelling.
    const stem = (text) => text.toLowerCase().slice(0, 5);
    for (const other of distractors) {
        const text = optionText(other);
        if (others.length >= options - 1)
            break;
        if ([answer, ...others].some((taken) => stem(taken) === stem(text)))
            continue;
        if (cloze.sentence.toLowerCase().includes(text.toLowerCase()))
            continue;
        others.push(text);
    }
    if (others.length === 0)
        return undefined;
    const blanked = `${cloze.sentence.slice(0, cloze.start)}___${cloze.sentence.slice(cloze.start + cloze.answer.length)}`;
    const room = limits/* MobileLimits */.Dk.question.max - voice.question.length - 2;
    const snippet = (0,offline_text/* windowAround */.iE)(blanked, cloze.start, cloze.start + 3, room);
    const explanationRoom = limits/* MobileLimits */.Dk.explanation.max - voice.explanation.length - 2;
    const quoted = (0,offline_text/* windowAround */.iE)(cloze.sentence, cloze.start, cloze.start + cloze.answer.length, explanationRoom);
    const correct = (0,offline_text/* stableHash */.c6)(cloze.sentence) % (others.length + 1);
    others.splice(correct, 0, answer);
    return { type: 'quiz', question: `${voice.question}"${snippet}"`, options: others, correctAnswer: correct, explanation: `${voice.explanation}"${quoted}"` };
}
/** Fill-in-the-blank candidates of the sentences, distractors ordered by closeness in length to the answer. */
function clozes(sentences, material) {
    return sentences.map((sentence) => clozeOf(sentence, material)).filter((cloze) => cloze !== undefined);
}
/** Answers of other sentences, the most alike first: the same kind (phrase or word), then the closest length. */
function distractorsFor(cloze, pool) {
    const kind = (answer) => (answer.includes(' ') ? 1 : 0);
    return pool
        .filter((other) => other.sentence !== cloze.sentence)
        .map((other, index) => ({ other, index }))
        .sort((a, b) => Number(kind(a.other.answer) !== kind(cloze.answer)) - Number(kind(b.other.answer) !== kind(cloze.answer)) ||
        Math.abs(a.other.answer.length - cloze.answer.length) - Math.abs(b.other.answer.length - cloze.answer.length) ||
        a.index - b.index)
        .map(({ other }) => other);
}
function duration(items) {
    let seconds = 0;
    for (const item of items) {
        if (item.type === 'quiz')
            seconds += SECONDS_PER_QUIZ + (item.question.length + item.explanation.length) / CHARS_PER_SECOND;
        else
            seconds += SECONDS_PER_ITEM + (item.content.length + (item.type === 'content' ? (item.tips ?? []).join('').length : 0)) / CHARS_PER_SECOND;
    }
    const rounded = Math.ceil(seconds / 30) * 30;
    return Math.min(limits/* MobileLimits */.Dk.duration.max, Math.max(limits/* MobileLimits */.Dk.duration.min, rounded));
}
/** A supertask for one level, built from the filled template alone. */
function composeSupertask(task) {
    const template = (0,pipeline_template/* parseTemplate */.QC)(task.template);
    const material = readMaterial(template.source);
    const language = template.language ?? (0,pipeline_language/* detectLanguage */.od)(template.source) ?? 'en';
    const voice = VOICE[language];
    const shape = SHAPE[task.level];
    const title = template.title ?? material.title ?? task.name;
    const ideas = template.keyIdeas
        .map((idea) => (0,offline_text/* fitText */.vY)(idea, limits/* MobileLimits */.Dk.content.max))
        .filter((idea) => idea.length >= limits/* MobileLimits */.Dk.content.min);
    const allIdeas = ideas.length ? ideas : topPassages(material, 6);
    // Beginner starts from the first ideas; advanced prefers the ones beginner did not show.
    const cards = (task.level === 'beginner' ? allIdeas : [...allIdeas.slice(SHAPE.beginner.cards), ...allIdeas.slice(0, SHAPE.beginner.cards)]).slice(0, shape.cards);
    const tips = template.coaching.map((hook) => hook.suggestion).filter((tip) => tip.length >= limits/* MobileLimits */.Dk.tip.min && tip.length <= limits/* MobileLimits */.Dk.tip.max);
    const prompts = template.coaching.map((hook) => hook.prompt).filter((prompt) => prompt.length > 0);
    // A quote repeats no card of its lesson; beginner and advanced quote different lines when they can.
    const quotable = [
        ...template.quotes,
        ...quotableSentences(material, new Set(template.quotes.map((quote) => quote.text))).map((text) => ({ text, author: material.author ?? 'Ari' })),
    ].filter((quote) => quote.text.length >= limits/* MobileLimits */.Dk.quote.min && quote.text.length <= limits/* MobileLimits */.Dk.quote.max && quote.author.length <= limits/* MobileLimits */.Dk.author.max);
    const unrepeated = quotable.filter((quote) => !cards.some((card) => card.includes(quote.text)));
    // A text so short that the cards hold all of it still gets its quote.
    const quoteCandidates = unrepeated.length ? unrepeated : quotable;
    const quote = quoteCandidates[task.level === 'beginner' ? 0 : Math.min(1, quoteCandidates.length - 1)];
    // Beginner quizzes recall what the cards said; advanced quizzes ask about the rest of the text.
    const pool = clozes(material.sentences, material);
    const shownSentences = material.sentences.filter((sentence) => cards.some((card) => card.includes(sentence)));
    const shown = new Set(shownSentences);
    const cardClozes = pool.filter((cloze) => shown.has(cloze.sentence));
    const restClozes = pool.filter((cloze) => !shown.has(cloze.sentence));
    const asked = (task.level === 'beginner' ? [...cardClozes, ...restClozes] : [...restClozes, ...cardClozes])
        .filter((cloze, index, all) => all.findIndex((other) => other.sentence === cloze.sentence) === index)
        .slice(0, shape.quizzes);
    const quizzes = asked
        .map((cloze) => quiz(cloze, distractorsFor(cloze, pool), language, shape.options))
        .filter((item) => item !== undefined);
    const intro = (0,offline_text/* fitText */.vY)(voice.intro[task.level]((0,offline_text/* fitText */.vY)(title, 120)), limits/* MobileLimits */.Dk.content.max);
    const items = [{ type: 'content', content: intro, author: 'Ari' }];
    cards.forEach((card, index) => {
        const tip = tips[index];
        items.push(tip ? { type: 'content', content: card, author: 'Ari', tips: [tip] } : { type: 'content', content: card, author: 'Ari' });
        if (index === 0 && quote)
            items.push({ type: 'quote', content: quote.text, author: quote.author });
        const next = quizzes[index];
        if (next)
            items.push(next);
    });
    items.push(...quizzes.slice(cards.length));
    const question = prompts[0] ?? REFLECTION.prompt[language];
    const reflection = `${voice.reflection}${question.charAt(0).toLowerCase()}${question.slice(1)}`;
    if (items.length < limits/* MobileLimits */.Dk.items.max && reflection.length >= limits/* MobileLimits */.Dk.content.min) {
        items.push({ type: 'content', content: (0,offline_text/* fitText */.vY)(reflection, limits/* MobileLimits */.Dk.content.max), author: 'Ari' });
    }
    const flexibleItems = items.slice(0, limits/* MobileLimits */.Dk.items.max);
    const estimatedDuration = duration(flexibleItems);
    const frontmatter = template.frontmatter;
    const text = material.sentences.join(' ');
    const pick = (value, fallback) => (typeof value === 'string' && value.trim() ? value.trim() : fallback);
    return {
        title: (0,offline_text/* fitText */.vY)(`${title} - ${voice.level[task.level]}`, limits/* MobileLimits */.Dk.title.max),
        dimension: limits/* DIMENSIONS */.Yf.find((value) => value === frontmatter.dimension) ?? pickDimension(text),
        archetype: limits/* ARCHETYPES */.fJ.find((value) => value === frontmatter.archetype) ?? pickArchetype(text),
        relatedToType: 'GENERIC',
        relatedToId: pick(frontmatter.related_to_id, (0,offline_text/* slug */.yR)(task.name)),
        estimatedDuration,
        coinsReward: Math.round(estimatedDuration / (task.level === 'advanced' ? 4 : 6)),
        flexibleItems,
        metadata: {
            language: pipeline_language/* LanguageNames */.l4[language],
            region: pick(frontmatter.region, pipeline_language/* LanguageRegions */.Ar[language]),
            created_at: task.timestamp,
            updated_at: task.timestamp,
            version: task.schemaVersion,
            generated_by: 'lyfe-kt offline-v1',
            generation_timestamp: task.timestamp,
            ari_persona_applied: true,
            difficulty_level: task.level,
            source_template: `${task.name}.md`,
        },
    };
}

// EXTERNAL MODULE: ./dist/lib/llm/provider.js
var provider = __webpack_require__(9679);
;// CONCATENATED MODULE: ./dist/lib/pipeline/offline/provider.js




const OFFLINE_MODEL = 'offline-v1';
/**
 * The time written into offline supertasks: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, else 2025-01-01T00:00:00Z. Never the clock: the same input must give
 * the same bytes on every run and every machine.
 */
const OFFLINE_REFERENCE_TIME = '2025-01-01T00:00:00Z';
function offlineTimestamp(env = process.env) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (epoch && /^\d+$/.test(epoch))
        return new Date(Number(epoch) * 1000).toISOString().replace(/\.000Z$/, 'Z');
    return OFFLINE_REFERENCE_TIME;
}
/**
 * Token usage as a model would count it, estimated at four characters per token (OpenAI's rule of
 * thumb for English): offline runs then show comparable, non-zero usage in records and metrics.
 */
function estimateUsage(request, reply) {
    const promptTokens = Math.ceil(request.messages.reduce((sum, message) => sum + message.content.length, 0) / 4);
    const completionTokens = Math.ceil(reply.length / 4);
    return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}
/**
 * A provider that needs no key and no network: it answers from the task's source text (see
 * `offline/`), deterministically. It goes through `callLlm` like any other provider, so its
 * calls are audited the same way.
 */
function createOfflineProvider() {
    return {
        name: 'offline',
        model: OFFLINE_MODEL,
        source: 'live',
        async complete(request, signal) {
            if (signal?.aborted)
                throw new provider/* LlmAttemptError */.T('aborted', { retryable: false });
            // Every request the pipeline makes carries its PipelineTask (prompts.ts).
            const task = request.task;
            let value;
            if (task?.kind === 'analysis') {
                value = composeAnalysis(task.name, task.source);
            }
            else if (task?.kind === 'supertask' && limits/* LEVELS */.A_.includes(task.level)) {
                value = composeSupertask({ ...task, timestamp: offlineTimestamp() });
            }
            else {
                throw new provider/* LlmAttemptError */.T(`not a pipeline task: ${JSON.stringify(task)}`, { retryable: false });
            }
            const text = JSON.stringify(value, null, 2);
            return { text, usage: estimateUsage(request, text), model: OFFLINE_MODEL };
        },
    };
}

// EXTERNAL MODULE: ./dist/lib/llm/openai.js
var openai = __webpack_require__(308);
;// CONCATENATED MODULE: ./dist/lib/pipeline/providers.js



/** Generous for a supertask-sized JSON reply from a reasoning model. */
const DEFAULT_TIMEOUT_SECONDS = 120;
/** The Azure OpenAI resource (AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION) that answers instead of OpenAI. */
function azureTarget(endpoint, env) {
    const apiVersion = env.OPENAI_API_VERSION?.trim();
    if (!apiVersion) {
        throw new errors/* LyfeError */.L0('Azure OpenAI needs an API version', {
            fix: 'Set OPENAI_API_VERSION (for example 2024-10-21) beside AZURE_OPENAI_ENDPOINT',
            exitCode: errors/* ExitCode */.yU.usage,
        });
    }
    return { endpoint, apiVersion };
}
function selectProvider({ provider, model, env = process.env, ...settings } = {}) {
    const azureEndpoint = env.AZURE_OPENAI_ENDPOINT?.trim() || undefined;
    const keyName = azureEndpoint && env.AZURE_OPENAI_API_KEY?.trim() ? 'AZURE_OPENAI_API_KEY' : 'OPENAI_API_KEY';
    const apiKey = env[keyName]?.trim() || undefined;
    const choice = provider ?? (apiKey ? 'openai' : 'offline');
    const why = provider ? '--provider' : apiKey ? `${keyName} is set` : 'no OPENAI_API_KEY set';
    if (choice === 'offline') {
        return { provider: createOfflineProvider(), reason: `provider offline (${why})` };
    }
    if (!apiKey) {
        throw new errors/* LyfeError */.L0('the openai provider needs an API key', {
            fix: azureEndpoint ? 'Set AZURE_OPENAI_API_KEY, or choose the offline provider' : 'Set OPENAI_API_KEY, or choose the offline provider',
            exitCode: errors/* ExitCode */.yU.usage,
        });
    }
    const azure = azureEndpoint ? azureTarget(azureEndpoint, env) : undefined;
    const baseURL = env.OPENAI_BASE_URL?.trim() || undefined;
    if (baseURL && /^[a-z][a-z\d+.-]*:\/\/[^/]*@/i.test(baseURL)) {
        // fetch refuses such URLs, and its error would repeat them.
        throw new errors/* LyfeError */.L0(`OPENAI_BASE_URL ${(0,openai/* displayUrl */.Qy)(baseURL)} has credentials in it, which requests cannot carry`, {
            fix: 'Put the key in OPENAI_API_KEY and remove user:password@ from the URL',
            exitCode: errors/* ExitCode */.yU.usage,
        });
    }
    const deployment = azure ? (model ?? env.AZURE_OPENAI_DEPLOYMENT?.trim()) : undefined;
    if (azure && !deployment) {
        throw new errors/* LyfeError */.L0('Azure OpenAI needs a deployment', { fix: 'Pass --model <deployment>, or set AZURE_OPENAI_DEPLOYMENT', exitCode: errors/* ExitCode */.yU.usage });
    }
    const selected = (0,openai/* createOpenAiProvider */.G9)({
        apiKey,
        baseURL,
        azure,
        model: deployment ?? model ?? openai/* DEFAULT_OPENAI_MODEL */.LK,
        timeoutMs: (settings.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
        reasoningEffort: settings.reasoningEffort,
        responseFormat: settings.responseFormat,
        maxCompletionTokens: settings.maxCompletionTokens,
    });
    const where = azure ? ` on Azure OpenAI ${(0,openai/* displayUrl */.Qy)(azure.endpoint)} (API version ${azure.apiVersion})` : baseURL ? ` at ${(0,openai/* displayUrl */.Qy)(baseURL)}` : '';
    const noun = azure ? 'deployment' : 'model';
    return { provider: selected, reason: `provider openai, ${noun} ${selected.model}${where} (${why})` };
}


/***/ })

};
