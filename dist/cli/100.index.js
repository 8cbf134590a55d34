export const id = 100;
export const ids = [100];
export const modules = {

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
const sleepFor = (ms, signal) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(ms, undefined, { signal });
const MAX_RETRY_AFTER_MS = 60_000;
/** Parameters a provider may adapt after a refusal (token limit, temperature, reasoning effort, response format). */
const MAX_ADAPTATIONS = 4;
/** The usage of all attempts of a call, the details summed where the server gave them. */
function addUsage(total, usage) {
    total.prompt_tokens += usage.prompt_tokens;
    total.completion_tokens += usage.completion_tokens;
    total.total_tokens += usage.total_tokens;
    const cached = usage.prompt_tokens_details?.cached_tokens;
    if (typeof cached === 'number')
        total.prompt_tokens_details = { cached_tokens: (total.prompt_tokens_details?.cached_tokens ?? 0) + cached };
    const reasoning = usage.completion_tokens_details?.reasoning_tokens;
    if (typeof reasoning === 'number')
        total.completion_tokens_details = { reasoning_tokens: (total.completion_tokens_details?.reasoning_tokens ?? 0) + reasoning };
}
/**
 * The one path every LLM call takes. Each attempt, accepted, retried or failed, becomes one
 * prompt-audit record of the current session, linked to the call's output files.
 */
async function callLlm(provider, request, options) {
    const callId = `call_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    const maxTransportRetries = options.maxTransportRetries ?? 4;
    const maxRepairs = options.maxRepairs ?? 2;
    const maxAttempts = 1 + maxTransportRetries + maxRepairs + MAX_ADAPTATIONS;
    const sleep = options.sleep ?? sleepFor;
    const { signal } = options;
    const usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
    let messages = request.messages;
    let transportRetries = 0;
    let repairs = 0;
    let adaptations = 0;
    const interrupted = (cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${request.purpose} interrupted`, { file: options.input[0], fix: 'Run the command again to make this call', cause });
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw interrupted(signal.reason);
        const started = performance.now();
        const audit = (outcome, response, extra = {}) => {
            const data = {
                call_id: callId,
                attempt,
                max_attempts: maxAttempts,
                purpose: request.purpose,
                provider: provider.name,
                model: response?.model ?? provider.model,
                params: response?.params ?? request.params,
                messages,
                response: response?.text ?? null,
                usage: response?.usage ?? null,
                latency_ms: Math.round(performance.now() - started),
                outcome,
                source: provider.source,
                ...(response?.finishReason === undefined ? {} : { finish_reason: response.finishReason }),
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
            response = await provider.complete({ ...request, messages }, signal);
        }
        catch (error) {
            const failure = error instanceof _provider_js__WEBPACK_IMPORTED_MODULE_5__/* .LlmAttemptError */ .T ? error : new _provider_js__WEBPACK_IMPORTED_MODULE_5__/* .LlmAttemptError */ .T(String(error?.message ?? error), { retryable: false, cause: error });
            const params = { params: failure.params ?? request.params, http_status: failure.httpStatus };
            if (failure.aborted || signal?.aborted) {
                audit('failed', undefined, { ...params, reason: 'interrupted' });
                throw interrupted(signal?.reason ?? failure);
            }
            if (failure.adaptation && adaptations < MAX_ADAPTATIONS) {
                // The server refused a parameter and the provider changed it: ask again at once.
                adaptations++;
                audit('retry', undefined, { ...params, reason: failure.message, adaptation: failure.adaptation });
                continue;
            }
            const retry = failure.retryable && !failure.adaptation && transportRetries < maxTransportRetries;
            audit(retry ? 'retry' : 'failed', undefined, { ...params, reason: failure.message });
            if (!retry) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${request.purpose} failed after ${attempt} attempt(s): ${failure.message}`, {
                    file: options.input[0],
                    fix: failure.httpStatus === 401 ? 'Check OPENAI_API_KEY' : 'See the prompt audit of this session (`lyfe-kt logs --prompts`)',
                    cause: failure,
                });
            }
            transportRetries++;
            const backoff = failure.retryAfterMs ?? (options.retryBaseMs ?? 500) * 2 ** (transportRetries - 1);
            try {
                await sleep(Math.min(backoff, MAX_RETRY_AFTER_MS), signal);
            }
            catch (error) {
                if (signal?.aborted)
                    throw interrupted(signal.reason);
                throw error;
            }
            continue;
        }
        if (response.usage)
            addUsage(usage, response.usage);
        if (response.refusal) {
            audit('failed', response, { refusal: response.refusal, reason: `the model refused: ${response.refusal}`, http_status: response.httpStatus });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${request.purpose}: the model refused to answer: ${response.refusal}`, {
                file: options.input[0],
                fix: 'Read the refusal in the prompt audit (`lyfe-kt logs --prompts`); try another --model, or leave this file out',
            });
        }
        if (response.finishReason === 'length') {
            const limit = tokenLimit(response.params ?? request.params);
            const reasoning = response.usage?.completion_tokens_details?.reasoning_tokens;
            const spent = reasoning ? `, ${reasoning} of them on reasoning` : '';
            const reason = `the reply was cut off by the token limit (${limit.name} ${limit.value}${spent})`;
            audit('failed', response, { truncated: true, reason, http_status: response.httpStatus });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${request.purpose}: ${reason}`, {
                file: options.input[0],
                fix: `Raise the limit with --max-completion-tokens (above ${limit.value})${reasoning ? ', or lower --reasoning-effort' : ''}`,
            });
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
/** The output token limit an attempt was sent with, by the name it was sent under. */
function tokenLimit(params) {
    const name = 'max_completion_tokens' in params ? 'max_completion_tokens' : 'max_tokens';
    return { name, value: params[name] };
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
    /**
     * The server refused a parameter and the provider changed it for the next attempt (said here):
     * the call tries again at once, without counting a transport retry.
     */
    adaptation;
    /** The parameters the attempt was sent with. */
    params;
    /** The caller's signal aborted the attempt. */
    aborted;
    constructor(message, options) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'LlmAttemptError';
        this.retryable = options.retryable;
        this.httpStatus = options.httpStatus;
        this.retryAfterMs = options.retryAfterMs;
        this.adaptation = options.adaptation;
        this.params = options.params;
        this.aborted = options.aborted ?? false;
    }
}


/***/ }),

/***/ 5967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ withoutNullOptionals),
/* harmony export */   uF: () => (/* binding */ toStrictSchema)
/* harmony export */ });
/* unused harmony export STRICT_FORMATS */
/**
 * OpenAI's Structured Outputs take a strict subset of JSON Schema ("Supported schemas" in the
 * Structured Outputs guide): the root is an object, every object lists all its properties in
 * `required` and sets `additionalProperties: false`, an optional property is a required one that
 * may be null, `oneOf` is spelled `anyOf`, and only some keywords are kept (string length limits,
 * for one, are not). The real schema still decides what is valid: ajv checks every reply against
 * it, after `withoutNullOptionals` has taken out the nulls strict mode puts where a property is absent.
 */
/** The keywords strict mode accepts; any other is left out of the schema sent. */
const STRICT_KEYWORDS = new Set([
    'type',
    'description',
    'properties',
    'required',
    'additionalProperties',
    'items',
    'enum',
    'const',
    'anyOf',
    '$ref',
    '$defs',
    'pattern',
    'format',
    'multipleOf',
    'maximum',
    'exclusiveMaximum',
    'minimum',
    'exclusiveMinimum',
    'minItems',
    'maxItems',
]);
/** The string formats strict mode accepts. */
const STRICT_FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']);
const isSchema = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const strictSchemas = new WeakMap();
/** The strict-mode form of `schema`, computed once per schema object. */
function toStrictSchema(schema) {
    let strict = strictSchemas.get(schema);
    if (!strict) {
        strict = strictNode(schema);
        strictSchemas.set(schema, strict);
    }
    return strict;
}
function strictNode(node) {
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === 'oneOf' || key === 'anyOf')
            out.anyOf = value.map(strictNode);
        else if (key === 'items' && isSchema(value))
            out.items = strictNode(value);
        else if (key === '$defs' && isSchema(value))
            out.$defs = Object.fromEntries(Object.entries(value).map(([name, def]) => [name, strictNode(def)]));
        else if (key === 'format' && !STRICT_FORMATS.has(value))
            continue;
        else if (key === 'properties' || key === 'required' || key === 'additionalProperties')
            continue;
        else if (STRICT_KEYWORDS.has(key))
            out[key] = value;
    }
    if (out.type === undefined && Array.isArray(out.enum) && out.enum.every((v) => typeof v === 'string'))
        out.type = 'string';
    if (isSchema(node.properties)) {
        const required = new Set(Array.isArray(node.required) ? node.required : []);
        out.type = 'object';
        out.properties = Object.fromEntries(Object.entries(node.properties).map(([name, property]) => {
            const strict = strictNode(property);
            return [name, required.has(name) ? strict : nullable(strict)];
        }));
        out.required = Object.keys(node.properties);
        out.additionalProperties = false;
    }
    return out;
}
/** `node`, also accepting null: how strict mode says a property may be absent. */
function nullable(node) {
    if (Array.isArray(node.anyOf))
        return { ...node, anyOf: [...node.anyOf, { type: 'null' }] };
    if (node.const !== undefined || node.$ref !== undefined || node.type === undefined)
        return { anyOf: [node, { type: 'null' }] };
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const out = { ...node, type: types.includes('null') ? types : [...types, 'null'] };
    if (Array.isArray(node.enum) && !node.enum.includes(null))
        out.enum = [...node.enum, null];
    return out;
}
/**
 * `value` with the nulls of optional properties taken out, reading `schema` (the real one) for
 * which properties are optional: a strict-mode reply says "absent" with null, the real schema with
 * absence. Properties the schema allows to be null are kept.
 */
function withoutNullOptionals(value, schema) {
    if (Array.isArray(value))
        return isSchema(schema.items) ? value.map((item) => withoutNullOptionals(item, schema.items)) : value;
    if (!isSchema(value))
        return value;
    const branches = [schema, ...(schema.oneOf ?? schema.anyOf ?? [])].filter((branch) => isSchema(branch.properties));
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        const owners = branches.filter((branch) => isSchema(branch.properties[key]));
        const property = owners[0]?.properties?.[key];
        const optional = owners.length > 0 && owners.every((branch) => !(branch.required ?? []).includes(key));
        if (item === null && optional && !acceptsNull(property))
            continue;
        out[key] = property ? withoutNullOptionals(item, property) : item;
    }
    return out;
}
function acceptsNull(schema) {
    if (!schema)
        return false;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    return types.includes('null') || (Array.isArray(schema.enum) && schema.enum.includes(null)) || schema.const === null;
}


/***/ }),

/***/ 5055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* reexport */ ANALYSIS_SCHEMA),
  R: () => (/* binding */ checkAnalysisReply)
});

// EXTERNAL MODULE: ./dist/lib/llm/call.js
var call = __webpack_require__(3758);
// EXTERNAL MODULE: ./dist/lib/llm/strict-schema.js
var strict_schema = __webpack_require__(5967);
// EXTERNAL MODULE: ./dist/lib/pipeline/limits.js
var limits = __webpack_require__(6703);
;// CONCATENATED MODULE: ./dist/lib/pipeline/analysis-schema.js

// The contract of an analysis reply: here, apart from the code that checks replies, so that
// scripts/validators.mjs can compile its validator at build time from the built module.
const analysis_schema_text = { type: 'string', minLength: 1 };
const texts = { type: 'array', items: analysis_schema_text };
/** The contract of an analysis reply; extra fields a model adds are kept, not refused. */
const ANALYSIS_SCHEMA = {
    type: 'object',
    required: ['title', 'description', 'language', 'region', 'dimension', 'archetype', 'key_ideas', 'quotes', 'learning_objectives', 'tags', 'ari_analysis', 'coaching_opportunities'],
    properties: {
        title: { type: 'string', minLength: 1, maxLength: 200 },
        description: analysis_schema_text,
        language: { enum: ['portuguese', 'english'] },
        region: analysis_schema_text,
        dimension: { enum: limits/* DIMENSIONS */.Yf },
        archetype: { enum: limits/* ARCHETYPES */.fJ },
        key_ideas: { ...texts, minItems: 1, maxItems: 8 },
        quotes: {
            type: 'array',
            maxItems: 5,
            items: { type: 'object', required: ['text', 'author'], properties: { text: analysis_schema_text, author: analysis_schema_text } },
        },
        learning_objectives: texts,
        tags: texts,
        ari_analysis: {
            type: 'object',
            required: ['applicable_frameworks', 'total_frameworks_identified', 'content_analysis'],
            properties: {
                applicable_frameworks: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: analysis_schema_text, evidence: { type: 'string' } } } },
                total_frameworks_identified: { type: 'integer', minimum: 0 },
                content_analysis: {
                    type: 'object',
                    required: ['word_count', 'primary_themes', 'complexity_level', 'language'],
                    properties: {
                        word_count: { type: 'integer', minimum: 0 },
                        primary_themes: texts,
                        complexity_level: { enum: ['beginner', 'intermediate', 'advanced'] },
                        language: { enum: ['portuguese', 'english'] },
                    },
                },
            },
        },
        coaching_opportunities: {
            type: 'array',
            items: {
                type: 'object',
                required: ['type', 'framework', 'suggestion', 'coaching_prompt'],
                properties: { type: analysis_schema_text, framework: analysis_schema_text, suggestion: analysis_schema_text, coaching_prompt: analysis_schema_text },
            },
        },
    },
};

// EXTERNAL MODULE: ./dist/lib/pipeline/validators.generated.js
var validators_generated = __webpack_require__(4207);
;// CONCATENATED MODULE: ./dist/lib/pipeline/analysis.js





/** Parses and checks an analysis reply; the errors are fed back to the model by `callLlm`. */
function checkAnalysisReply(reply) {
    const parsed = (0,call/* parseJsonReply */.E)(reply);
    if ('errors' in parsed)
        return parsed;
    const value = (0,strict_schema/* withoutNullOptionals */.L8)(parsed.value, ANALYSIS_SCHEMA);
    if ((0,validators_generated/* validateAnalysisReply */.Hk)(value))
        return { value: value, errors: [] };
    // An analysis that breaks its contract cannot make a template: no value, so callLlm gives up on it.
    return {
        errors: (validators_generated/* validateAnalysisReply */.Hk.errors ?? []).map((error) => `${error.instancePath || '(root)'}: ${error.message ?? error.keyword}${error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : ''}`),
    };
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jP: () => (/* binding */ generateFiles),
/* harmony export */   l1: () => (/* binding */ generateOutput)
/* harmony export */ });
/* unused harmony export generateSupertasks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _llm_call_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3758);
/* harmony import */ var _llm_strict_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5967);
/* harmony import */ var _records_quality_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(9988);
/* harmony import */ var _records_writer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1486);
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);
/* harmony import */ var _session_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6028);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9517);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2395);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3478);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3525);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6703);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9934);
/* harmony import */ var _prompts_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5460);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1560);
/* harmony import */ var _slots_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8774);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1093);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(9391);



















/** Output file name of a template and level: `<template name>_<level>.json`. */
function generateOutput(name, level) {
    return `${name}_${level}.json`;
}
/**
 * A reply is kept when it is JSON; schema errors make callLlm ask again, and are reported if they
 * stay. The nulls a Structured Outputs reply gives for absent optional properties are taken out.
 */
function supertaskCheck(version) {
    return (text) => {
        const parsed = (0,_llm_call_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonReply */ .E)(text);
        if ('errors' in parsed)
            return parsed;
        const value = (0,_llm_strict_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutNullOptionals */ .L8)(parsed.value, (0,_schema_js__WEBPACK_IMPORTED_MODULE_14__/* .loadSchema */ .e$)(version));
        return { value, errors: (0,_schema_js__WEBPACK_IMPORTED_MODULE_14__/* .validateSupertask */ .H4)(value, version) };
    };
}
function templateLanguage(input) {
    const parsed = input.parts ? (0,_template_js__WEBPACK_IMPORTED_MODULE_16__/* .templateParts */ .Di)(input.parts) : (0,_template_js__WEBPACK_IMPORTED_MODULE_16__/* .parseTemplate */ .QC)(input.template);
    return parsed.language ?? (0,_language_js__WEBPACK_IMPORTED_MODULE_10__/* .detectLanguage */ .od)(parsed.source);
}
/** One template to its beginner and advanced supertasks, in memory: one audited call per level, both made in `slot` when given. */
async function generateSupertasks(input, options) {
    const results = await (options.slot ?? _slots_js__WEBPACK_IMPORTED_MODULE_15__/* .noSlot */ .q)(() => Promise.all(_limits_js__WEBPACK_IMPORTED_MODULE_11__/* .LEVELS */ .A_.map((level) => (0,_llm_call_js__WEBPACK_IMPORTED_MODULE_2__/* .callLlm */ .Y)(options.provider, (0,_prompts_js__WEBPACK_IMPORTED_MODULE_13__/* .supertaskRequest */ .Kn)({ name: input.name, template: input.template, level, schemaVersion: options.schemaVersion }), {
        input: [`${input.name}.md`],
        output: [generateOutput(input.name, level)],
        check: supertaskCheck(options.schemaVersion),
        signal: options.signal,
    }))));
    const [beginner, advanced] = results;
    const language = templateLanguage(input);
    const metricsOf = (value) => ({
        mobile_optimization_score: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_12__/* .mobileOptimizationScore */ .O2)(value),
        ari_persona_consistency: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_12__/* .ariPersonaConsistency */ .t4)(value, language),
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
/**
 * The report an earlier `generate` left in `reportsDir`, if any. It is read before anything is
 * generated: a report that cannot be read stops the stage before any call is paid for, rather than
 * being replaced by one that forgets the earlier outputs.
 */
function readPreviousReport(reportsDir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportsDir, _report_files_js__WEBPACK_IMPORTED_MODULE_17__/* .REPORT_JSON */ .oA);
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .LyfeError */ .L0(`the earlier generation report cannot be read (${error.code ?? error.message})`, {
            file,
            fix: 'Make it readable, or move it out of the reports folder, and run generate again',
            cause: error,
        });
    }
    let report = null;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
    }
    if (!report || typeof report !== 'object' || !Array.isArray(report.outputs) || !Array.isArray(report.failed_templates)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .LyfeError */ .L0('the earlier generation report is not a generation report (it is damaged or was edited)', {
            file,
            fix: 'Move it out of the reports folder (the outputs it lists stay in the output folder) and run generate again',
        });
    }
    return report;
}
/**
 * The run's report. Separate `generate file` commands of one session add to the same report
 * (an output generated again replaces its entry); a new session starts a new one.
 */
function buildReport(previous, options, outputs, failed) {
    const session = (0,_session_context_js__WEBPACK_IMPORTED_MODULE_6__/* .currentSession */ .gg)()?.sessionId ?? null;
    const fresh = new Set(outputs.map((output) => output.output));
    const retried = new Set(failed.map((failure) => failure.template));
    const kept = previous && previous.session === session ? previous : undefined;
    const all = [...(kept?.outputs ?? []).filter((output) => !fresh.has(output.output)), ...outputs].sort((a, b) => (a.output < b.output ? -1 : a.output > b.output ? 1 : 0));
    const failedAll = [...(kept?.failed_templates ?? []).filter((failure) => !retried.has(failure.template) && !all.some((o) => o.template === failure.template)), ...failed];
    const valid = all.filter((output) => output.valid).length;
    return {
        session,
        prompt_version: _prompts_js__WEBPACK_IMPORTED_MODULE_13__/* .PROMPT_VERSION */ .y0,
        provider: options.provider.name,
        model: options.provider.model,
        schema_version: options.schemaVersion,
        totals: { outputs: all.length, valid, invalid: all.length - valid, failed_templates: failedAll.length },
        metrics: (0,_records_quality_js__WEBPACK_IMPORTED_MODULE_18__/* .aggregateQuality */ .p)(all),
        invalid_outputs: all.filter((output) => !output.valid).map((output) => output.output),
        failed_templates: failedAll,
        outputs: all,
    };
}
/** A run metric as the report shows it: three decimals, or n/a when nothing was generated. */
const metric = (value) => (value === null ? 'n/a' : value.toFixed(3));
function reportMarkdown(report) {
    const lines = [
        '# Generation report',
        '',
        `Session \`${report.session ?? 'none'}\` · schema v${report.schema_version} · provider ${report.provider} (${report.model}) · prompts ${report.prompt_version}`,
        '',
        '| Metric | Value |',
        '| --- | --- |',
        `| schema_compliance | ${metric(report.metrics.schema_compliance)} (${report.totals.valid}/${report.totals.outputs} valid) |`,
        `| mobile_optimization_score | ${metric(report.metrics.mobile_optimization_score)} |`,
        `| ari_persona_consistency | ${metric(report.metrics.ari_persona_consistency)} |`,
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
            lines.push(`  - … ${output.errors.length - 10} more in ${_report_files_js__WEBPACK_IMPORTED_MODULE_17__/* .REPORT_JSON */ .oA}`);
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
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readAllMarkdown */ .p0)(templates);
    stats.filesIn = inputs.length;
    const previous = readPreviousReport(reportsDir);
    const slot = (0,_slots_js__WEBPACK_IMPORTED_MODULE_15__/* .callSlots */ .c)(options.concurrency);
    let done = 0;
    const settled = await Promise.allSettled(inputs.map(async (input) => {
        const template = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(input.file);
        try {
            const generated = await generateSupertasks({ name: input.name, template: input.text, parts: input }, { ...options, slot });
            const outputs = _limits_js__WEBPACK_IMPORTED_MODULE_11__/* .LEVELS */ .A_.map((level) => {
                const output = generateOutput(input.name, level);
                const errors = generated.errors[level];
                (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(outDir, output), `${JSON.stringify(generated[level], null, 2)}\n`);
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
                (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1)(errors.length ? 'warn' : 'info', _records_types_js__WEBPACK_IMPORTED_MODULE_5__/* .Events */ .sV.fileResult, errors.length ? `invalid (${errors.length} error(s))` : 'valid', {
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
                        prompt_version: _prompts_js__WEBPACK_IMPORTED_MODULE_13__/* .PROMPT_VERSION */ .y0,
                    },
                });
                return result;
            });
            options.onProgress?.({ file: input.file, done: ++done, total: inputs.length, ok: outputs.every((output) => output.valid) });
            return outputs;
        }
        catch (error) {
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1)('error', _records_types_js__WEBPACK_IMPORTED_MODULE_5__/* .Events */ .sV.fileResult, `failed: ${error.message}`, { input: [template], data: { valid: false, error: error.message } });
            options.onProgress?.({ file: input.file, done: ++done, total: inputs.length, ok: false, error: error.message });
            throw error;
        }
    }));
    const outputs = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    const failed = settled.flatMap((outcome, index) => outcome.status === 'rejected' ? [{ template: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(inputs[index]?.file ?? ''), error: outcome.reason?.message ?? String(outcome.reason) }] : []);
    const report = buildReport(previous, options, outputs, failed);
    const jsonFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportsDir, _report_files_js__WEBPACK_IMPORTED_MODULE_17__/* .REPORT_JSON */ .oA);
    const markdownFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportsDir, _report_files_js__WEBPACK_IMPORTED_MODULE_17__/* .REPORT_MARKDOWN */ .LV);
    (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Z)(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Z)(markdownFile, reportMarkdown(report));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    const valid = outputs.filter((output) => output.valid).length;
    return {
        outputs,
        total: outputs.length,
        valid,
        invalid: outputs.length - valid,
        metrics: (0,_records_quality_js__WEBPACK_IMPORTED_MODULE_18__/* .aggregateQuality */ .p)(outputs),
        report: jsonFile,
        reportMarkdown: markdownFile,
    };
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
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5055);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1560);



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
/** Built once per schema version: every generation call of a run sends the same system prompt. */
const supertaskSystems = new Map();
function supertaskSystem(version) {
    let prompt = supertaskSystems.get(version);
    if (prompt === undefined) {
        prompt = supertaskSystemText(version);
        supertaskSystems.set(version, prompt);
    }
    return prompt;
}
function supertaskSystemText(version) {
    return [
        ARI,
        '',
        'Task: write one supertask, a mobile lesson of 3 to 10 minutes, from the filled template the user gives.',
        'Reply with one JSON object and nothing else, valid against this JSON Schema:',
        JSON.stringify((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSchema */ .e$)(version)),
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
        responseSchema: { name: 'ari_analysis', schema: _analysis_js__WEBPACK_IMPORTED_MODULE_1__/* .ANALYSIS_SCHEMA */ .l },
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
        responseSchema: { name: `supertask_v${schemaVersion.replace('.', '_')}`, schema: (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSchema */ .e$)(schemaVersion) },
    };
}


/***/ }),

/***/ 8774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ callSlots),
/* harmony export */   q: () => (/* binding */ noSlot)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(370);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4153);



/** The calls run at once, in no slot: a single file's calls, outside a stage. */
const noSlot = (calls) => calls();
/**
 * `concurrency` slots for the calls of a stage's files: a slot is held by a file's calls only, not
 * by what is done with their replies. What the calls returned comes back one turn of the event loop
 * after they end: by then the next file's calls, started as the slot freed, are sent, and the work
 * on the reply (the template rendered, the outputs written, the records) runs while they are in
 * flight instead of before they leave. With every slot busy, a round of calls is then one call's
 * latency plus the handling of a reply up to its check, not plus every output's writing.
 */
function callSlots(concurrency) {
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(concurrency || _options_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONCURRENCY */ .W);
    return async (calls) => {
        const value = await limit(calls);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setImmediate)();
        return value;
    };
}


/***/ })

};
