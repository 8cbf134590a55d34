export const id = 962;
export const ids = [962,537];
export const modules = {

/***/ 3148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ sessionOption),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   Gx: () => (/* binding */ addSessionOptions),
/* harmony export */   Q2: () => (/* reexport safe */ _json_js__WEBPACK_IMPORTED_MODULE_3__.Q),
/* harmony export */   a8: () => (/* binding */ Reporter),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   rN: () => (/* binding */ logDirOption),
/* harmony export */   sg: () => (/* binding */ workDirOption)
/* harmony export */ });
/* unused harmony export colorEnabled */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4159);
// What the commands share: session options, colour, progress. Every command loads it, so it
// imports nothing heavy: the generation options (the LLM SDK, the pipeline) are in
// ./generation-options.ts, `--json` printing in ./json.ts.




/** `--log-dir`: the flag, else LYFE_KT_LOG_DIR, else `logs`. */
function logDirOption() {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--log-dir <dir>', 'folder of the global record files').env('LYFE_KT_LOG_DIR').default('logs');
}
/** `--work-dir`: the flag, else LYFE_KT_WORK_DIR, else `work`. */
function workDirOption(description) {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--work-dir <dir>', description).env('LYFE_KT_WORK_DIR').default('work');
}
/** `--session`: the flag, else LYFE_KT_SESSION; an empty value is no session (a workflow's unset output). */
function sessionOption(description) {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--session <id>', description).env('LYFE_KT_SESSION').argParser((value) => value || undefined);
}
function addSessionOptions(command) {
    return command
        .addOption(workDirOption('work folder of the run (01_raw, 02_preprocessed, 03_output, reports)'))
        .addOption(logDirOption())
        .addOption(sessionOption("session to record into; default: the work folder's, else a new one"))
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout');
}
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** `2m`, `512k`, `300000`: a byte count, in binary units. */
function parseSize(value) {
    const match = /^(\d+)\s*([km]?)i?b?$/i.exec(value.trim());
    const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()] : Number.NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw new commander__WEBPACK_IMPORTED_MODULE_2__/* .InvalidArgumentError */ .Di('expected a size such as 300000, 512k or 2m');
    return bytes;
}
/** A commander parser for a whole number from `min` to `max`. */
function wholeNumber(min, max) {
    return (value) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new commander__WEBPACK_IMPORTED_MODULE_2__/* .InvalidArgumentError */ .Di(`expected a whole number from ${min} to ${max}`);
        return n;
    };
}
const parsePositiveInt = wholeNumber(1, 64);
const colorOn = new WeakMap();
/**
 * Whether `stream` takes colour, as `util.styleText` decides it: a terminal with colours, unless
 * NO_COLOR is set; FORCE_COLOR wins over both. Asked once per stream: the answer reads the
 * environment and the terminal, and the logs view paints every field of every line.
 */
function colorEnabled(stream = process.stderr) {
    let on = colorOn.get(stream);
    if (on === undefined) {
        on = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.styleText)('bold', 'x', { stream }) !== 'x';
        colorOn.set(stream, on);
    }
    return on;
}
function paint(color, text, stream = process.stderr) {
    return colorEnabled(stream) ? (0,node_util__WEBPACK_IMPORTED_MODULE_1__.styleText)(color, text, { validateStream: false }) : text;
}
/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
class Reporter {
    options;
    barShown = false;
    constructor(options) {
        this.options = options;
    }
    note(message) {
        if (this.options.quiet)
            return;
        this.clearBar();
        process.stderr.write(`${message}\n`);
    }
    warn(message) {
        this.clearBar();
        process.stderr.write(`${paint('yellow', 'warning')} ${message}\n`);
    }
    progress(event) {
        if (this.options.quiet)
            return;
        const mark = event.ok ? paint('green', 'ok') : event.error ? `${paint('red', 'failed')} (${event.error})` : paint('red', 'invalid');
        if (process.stderr.isTTY) {
            const width = 24;
            const filled = Math.round((event.done / event.total) * width);
            const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${event.done}/${event.total} ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(event.file)}`;
            process.stderr.write(`\r\u001b[2K${bar.slice(0, (process.stderr.columns || 80) - 1)}`);
            this.barShown = true;
            if (event.done === event.total)
                this.clearBar();
        }
        else {
            process.stderr.write(`[${event.done}/${event.total}] ${mark} ${event.file}\n`);
        }
    }
    clearBar() {
        if (this.barShown) {
            process.stderr.write('\r\u001b[2K');
            this.barShown = false;
        }
    }
}


/***/ }),

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
/* harmony import */ var _records_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4020);
/* harmony import */ var _model_params_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7460);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9679);



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
 * request, and the attempt fails saying so. The SDK is loaded at the first request: the offline
 * provider and every command without a call never pay for it.
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
    let connected;
    const connect = () => (connected ??= __webpack_require__.e(/* import() */ 674).then(__webpack_require__.bind(__webpack_require__, 3674)).then((sdk) => ({
        sdk,
        client: options.azure
            ? new sdk.AzureOpenAI({ ...common, endpoint: options.azure.endpoint, apiVersion: options.azure.apiVersion, deployment: model })
            : new sdk.default({ ...common, baseURL: options.baseURL ?? DEFAULT_OPENAI_BASE_URL }),
    })));
    const where = displayUrl(options.azure?.endpoint ?? options.baseURL ?? DEFAULT_OPENAI_BASE_URL);
    const context = { apiKey: options.apiKey, where, model, timeoutMs: options.timeoutMs };
    const adaptations = new Map();
    return {
        name: 'openai',
        model,
        source: 'live',
        async complete(request, signal) {
            const { sdk, client } = await connect();
            const params = (0,_model_params_js__WEBPACK_IMPORTED_MODULE_1__/* .requestParams */ .IT)(model, request, settings, adaptations);
            let completion;
            const attempt = signal && attemptSignal(signal);
            try {
                completion = await client.chat.completions.create({ model, messages: request.messages, ...params }, {
                    signal: attempt?.signal,
                });
            }
            catch (error) {
                const refused = error instanceof sdk.APIError && typeof error.status === 'number' ? { status: error.status, code: error.code, param: error.param, message: error.message } : undefined;
                const adapted = refused && (0,_model_params_js__WEBPACK_IMPORTED_MODULE_1__/* .adaptationFor */ .Rz)(refused, params, settings, adaptations);
                if (!adapted)
                    throw attemptError(error, sdk, context, params);
                adaptations.set(adapted.param, adapted.adaptation);
                throw new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmAttemptError */ .T(`HTTP ${clean(error, context)}`, { retryable: true, httpStatus: refused.status, adaptation: adapted.note, params, cause: error });
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
    return (0,_records_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(context.apiKey ? error.message.split(context.apiKey).join('[REDACTED]') : error.message);
}
function attemptError(error, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError }, context, params) {
    if (error instanceof APIUserAbortError) {
        return new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmAttemptError */ .T('request aborted', { retryable: false, aborted: true, params });
    }
    if (error instanceof APIConnectionTimeoutError) {
        return new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmAttemptError */ .T(`no reply from ${context.where} within ${context.timeoutMs} ms (raise it with --timeout)`, { retryable: true, params });
    }
    if (error instanceof APIConnectionError) {
        const cause = error.cause instanceof Error ? `: ${(0,_records_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(error.cause.message)}` : '';
        return new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmAttemptError */ .T(`cannot reach ${context.where}${cause}`, { retryable: true, params });
    }
    if (error instanceof APIError && typeof error.status === 'number') {
        const status = error.status;
        const detail = clean(error, context);
        if (RETRYABLE_STATUS.has(status) || status >= 500) {
            return new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmAttemptError */ .T(`HTTP ${detail}`, { retryable: true, httpStatus: status, retryAfterMs: retryAfterMs(error.headers), params });
        }
        return new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmAttemptError */ .T(`HTTP ${detail}${advice(error, context, params)}`, { retryable: false, httpStatus: status, params });
    }
    const message = error instanceof Error ? clean(error, context) : (0,_records_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(String(error));
    return new _provider_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmAttemptError */ .T(message, { retryable: false, params });
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

/***/ 5046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ WorkFolders),
/* harmony export */   VZ: () => (/* binding */ AUTO_COMPRESS_BYTES),
/* harmony export */   aE: () => (/* binding */ LogFiles),
/* harmony export */   c6: () => (/* binding */ LOGS_DIR),
/* harmony export */   ch: () => (/* binding */ WorkFolderNames),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   sX: () => (/* binding */ ARCHIVE_FILE),
/* harmony export */   wS: () => (/* binding */ ArchivedLogFiles)
/* harmony export */ });
/** Names inside a package. Tools and docs rely on them: change them only with a format version. */
/** The folders of a work folder, which a package carries as they are. */
const WorkFolders = {
    raw: '01_raw',
    preprocessed: '02_preprocessed',
    output: '03_output',
    reports: 'reports',
};
/** The work folders in the order they are listed. */
const WorkFolderNames = [WorkFolders.raw, WorkFolders.preprocessed, WorkFolders.output, WorkFolders.reports];
const LOGS_DIR = 'logs';
const MANIFEST_FILE = 'manifest.json';
/** Files of `logs/`. The first four are the PRD's; the `*.jsonl` hold the same records for tools. */
const LogFiles = {
    promptsAudit: 'prompts_audit.log',
    processing: 'processing.log',
    summary: 'execution_summary.md',
    metadata: 'metadata.json',
    processingRecords: 'processing.jsonl',
    promptRecords: 'prompts.jsonl',
    /** What the quality rules found (schema/quality_issues.schema.json). */
    qualityIssues: 'quality_issues.json',
    /** The interactive viewer: one self-contained page, opened from disk. */
    viewer: 'viewer.html',
};
/**
 * With compression, these go into `logs/records.tar.gz`; `execution_summary.md` and `metadata.json`
 * stay readable beside it (the metadata records the sizes before and after).
 */
const ARCHIVE_FILE = 'records.tar.gz';
const ArchivedLogFiles = [LogFiles.promptsAudit, LogFiles.processing, LogFiles.processingRecords, LogFiles.promptRecords];
/** Logs at least this large are compressed even without `--compress`. */
const AUTO_COMPRESS_BYTES = 64 * 1024 * 1024;


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ checkLogDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9517);


/**
 * The folder of the global record files is checked before a stage starts: a file in its place
 * or a folder that cannot be written would otherwise be found only by the first record.
 */
function checkLogDir(logDir) {
    let stat;
    try {
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(logDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return; // made by the first record
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0(`the log folder cannot be read (${error.code})`, { file: logDir, fix: 'Give --log-dir a folder you can write', cause: error });
    }
    if (!stat.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0('the log folder is a file, not a folder', { file: logDir, fix: 'Give --log-dir a folder (it is made when missing), or move this file away', exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.usage });
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(logDir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0('the log folder cannot be written', { file: logDir, fix: 'Give --log-dir a folder you can write, or fix its permissions', cause: error });
    }
}


/***/ }),

/***/ 5817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ qualityCounts),
/* harmony export */   D: () => (/* binding */ FAIL_ON_LEVELS),
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   Tu: () => (/* binding */ RuleIds),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * Quality issues: what a content editor should look at in a run, each found by a named rule over
 * the generated files or the session's records. `schema/quality_issues.schema.json` is the
 * contract of `logs/quality_issues.json`; docs/quality-issues.md lists the rules.
 */
/** `error`: the lesson is wrong as it stands; `warning`: an editor should look; `info`: how the run went, not the content. */
const SEVERITIES = ['error', 'warning', 'info'];
/** The severities `--fail-on` accepts: fail on errors, or on warnings and errors. */
const FAIL_ON_LEVELS = ['error', 'warning'];
const RuleIds = {
    schemaInvalid: 'schema-invalid',
    overMobileLimit: 'over-mobile-limit',
    quizAnswerNotAnOption: 'quiz-answer-not-an-option',
    quizOptionsRepeat: 'quiz-options-repeat',
    duplicatedItem: 'duplicated-item',
    languageDiffers: 'language-differs',
    personaMarkersMissing: 'persona-markers-missing',
    copiedFromSource: 'copied-from-source',
    callRetried: 'call-retried',
    callFailed: 'call-failed',
    responseTruncated: 'response-truncated',
    callSlow: 'call-slow',
    callLarge: 'call-large',
};
/** Whether there is an issue at or above `failOn`. */
function failsOn(counts, failOn) {
    return counts.error > 0 || (failOn === 'warning' && counts.warning > 0);
}
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
function qualityCounts(counts) {
    const { error, warning, info } = counts;
    if (error + warning + info === 0)
        return 'none';
    return [error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : '', info ? plural(info, 'note') : ''].filter(Boolean).join(', ');
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
/* harmony import */ var _pipeline_report_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9391);
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
        return name === _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.reports ? entries.some((entry) => _pipeline_report_files_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FILES */ .JL.has(entry)) : entries.length > 0;
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
    // The package stage's modules load while the calls are in flight; `preprocess` and `generate` alone never load them.
    const assembling = Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(169), __webpack_require__.e(470), __webpack_require__.e(932), __webpack_require__.e(802), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 7049));
    assembling.catch(() => undefined);
    try {
        const pre = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .preprocessStage */ .lx)(raw, work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.preprocessed), options, hooks, true);
        const session = pre.session.session_id;
        // The same options object (and so the same provider) for the second stage, in the first one's session.
        options.session = session;
        // The templates as preprocessing wrote and read them (the folder holds nothing else: it was empty).
        const generated = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .generateStage */ .cJ)(pre.templates, work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.output), options, hooks);
        hooks.packaging?.();
        hooks.note?.(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
        const { packageRun } = await assembling;
        const built = await packageRun({
            workDir: options.workDir,
            logDir: options.logDir,
            session,
            outputDir: options.outputDir,
            title: options.title,
            keepWork: options.keepWork,
            compress: options.compress,
            templates: pre.templates,
        });
        return { session_id: session, package: built, generation: generated.result };
    }
    catch (error) {
        throw hooks.stopped ? hooks.stopped(error) : error;
    }
}


/***/ }),

/***/ 1494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X3: () => (/* binding */ articleOutputs),
  DG: () => (/* binding */ articlesOf),
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
// EXTERNAL MODULE: ./dist/lib/pipeline/prompts.js
var prompts = __webpack_require__(5460);
// EXTERNAL MODULE: ./dist/lib/pipeline/slots.js
var slots = __webpack_require__(8774);
// EXTERNAL MODULE: ./dist/lib/pipeline/template.js
var template = __webpack_require__(1093);
;// CONCATENATED MODULE: ./dist/lib/pipeline/preprocess.js











/** How the name of a filled template ends: generate takes these from a folder. */
const FILLED_TEMPLATE_SUFFIX = '_filled_template.md';
/** Output file names of a source: `<name>_filled_template.md` and `<name>_ari_analysis.json`. */
function preprocessOutputs(name) {
    return { template: `${name}${FILLED_TEMPLATE_SUFFIX}`, analysis: `${name}_ari_analysis.json` };
}
/** One source to its filled template and analysis, in memory: one audited analysis call, made in `slot` when given. */
async function preprocessSource(source, options) {
    const outputs = preprocessOutputs(source.name);
    const result = await (options.slot ?? slots/* noSlot */.q)(() => (0,call/* callLlm */.Y)(options.provider, (0,prompts/* analysisRequest */.k3)({ name: source.name, source: source.text }), {
        input: [`${source.name}.md`],
        output: [outputs.template, outputs.analysis],
        check: analysis/* checkAnalysisReply */.R,
        signal: options.signal,
    }));
    const body = source.body ?? (0,pipeline_inputs/* parseFrontmatter */.yv)(source.text, `${source.name}.md`).body;
    const { text, frontmatter, body: templateBody } = (0,template/* renderTemplate */.Xm)(result.value, { name: source.name, body });
    return { template: text, parts: { frontmatter, body: templateBody }, analysis: result.value, callIds: [result.callId] };
}
/**
 * Preprocesses files (paths, or inputs already read) into `outDir`. Every input is read and
 * checked before anything is written; each output appears whole or not at all. When a file's call
 * fails, the others still finish, then the first failure (in input order) is thrown. The templates
 * it wrote come back as generate reads them, from what rendered them (no file read back, no YAML
 * parsed again).
 */
async function preprocessTemplates(inputs, outDir, options, stats) {
    const sources = (0,pipeline_inputs/* readAllMarkdown */.p0)(inputs);
    stats.filesIn = sources.length;
    const slot = (0,slots/* callSlots */.c)(options.concurrency);
    let done = 0;
    const settled = await Promise.allSettled(sources.map(async (source) => {
        const names = preprocessOutputs(source.name);
        const input = external_node_path_.basename(source.file);
        try {
            const result = await preprocessSource({ name: source.name, text: source.text, body: source.body }, { ...options, slot });
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
            const read = { file: template, name: (0,pipeline_inputs/* markdownName */.Zt)(template), text: result.template, ...result.parts };
            return { input: source.file, template, analysis: external_node_path_.join(outDir, names.analysis), call_ids: result.callIds, read };
        }
        catch (error) {
            (0,writer/* record */.g1)('error', types/* Events */.sV.fileResult, `failed: ${error.message}`, { input: [input], data: { ok: false, error: error.message } });
            options.onProgress?.({ file: source.file, done: ++done, total: sources.length, ok: false, error: error.message });
            throw error;
        }
    }));
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
// EXTERNAL MODULE: ./dist/lib/package/log-dir.js
var log_dir = __webpack_require__(7827);
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
    (0,log_dir/* checkLogDir */.o)(options.logDir);
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
/** Made when first needed: a segmenter costs tens of milliseconds to make, and most titles fit. */
let graphemes;
/** The longest prefix of `text` of at most `max` UTF-8 bytes that ends on a character boundary (no emoji cut in two). */
function capBytes(text, max) {
    if (Buffer.byteLength(text) <= max)
        return text;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
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

/***/ 4153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   y: () => (/* binding */ DEFAULT_MAX_INPUT_BYTES)
/* harmony export */ });
const DEFAULT_CONCURRENCY = 4;
/** The CLI refuses inputs larger than this unless `--max-input-size` raises it: some 130k tokens, more than a model takes. */
const DEFAULT_MAX_INPUT_BYTES = 512 * 1024;


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
/** The last templates read: a file's two levels are composed from one reading. */
const readings = new Map();
const READINGS_KEPT = 16;
function readingOf(text) {
    let reading = readings.get(text);
    if (!reading) {
        const template = (0,pipeline_template/* parseTemplate */.QC)(text);
        const material = readMaterial(template.source);
        reading = { template, material, pool: clozes(material.sentences, material) };
        if (readings.size >= READINGS_KEPT)
            readings.delete(readings.keys().next().value);
        readings.set(text, reading);
    }
    return reading;
}
/** A supertask for one level, built from the filled template alone. */
function composeSupertask(task) {
    const { template, material, pool } = readingOf(task.template);
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
