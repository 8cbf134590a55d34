export const id = 49;
export const ids = [49];
export const modules = {

/***/ 2395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);



/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
function writeFileAtomic(file, content) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    // Not named after the file: a name near the file system's limit would leave no room for the rest.
    // The global Web Crypto: `node:crypto` is loaded at the first write, not by every command that imports this.
    const temp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `.lyfe-kt-${crypto.randomUUID()}.tmp`);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`cannot be written: its folder cannot be made (${error.code ?? error.message})`, {
            file,
            fix: `Check that ${dir} is a folder you can write, not a file`,
            cause: error,
        });
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(temp, content);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(temp, file);
    }
    catch (error) {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(temp, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`cannot be written (${error.code ?? error.message})`, {
            file,
            fix: 'Check that the output folder is writable',
            cause: error,
        });
    }
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

/***/ 7049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JL: () => (/* binding */ REPORT_FILES),
  $$: () => (/* binding */ bytesOf),
  RV: () => (/* binding */ makeAssemblyFolder),
  UX: () => (/* binding */ packageRun),
  S: () => (/* binding */ placePackage),
  hl: () => (/* binding */ removeDeadAssemblies),
  fW: () => (/* binding */ writeLogs)
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
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./dist/lib/package/gzip-thread.js





/** How many bytes may be handed over and not yet taken by the worker's streams. */
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;
/** The level of `tar czf`. */
const GZIP_LEVEL = 6;
/** Below this much, the members are written in place: the worker is not started. */
const HELD_BYTES = 8 * 1024 * 1024;
const BUFFER_BYTES = 1024 * 1024;
/** Slots of the shared control array. */
const IN_FLIGHT = 0;
const FAILED = 1;
/** How long one wait lasts before the renderer looks again; the worker wakes it before. */
const WAIT_MS = 1000;
/**
 * The worker, run from its source text (a worker built from a file would need that file beside the
 * bundle), so it refers to nothing outside itself: Node's modules come from `getBuiltinModule`,
 * and the constants come in `workerData`.
 */
function memberWorker() {
    const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const zlib = process.getBuiltinModule('node:zlib');
    const crypto = process.getBuiltinModule('node:crypto');
    const { finished } = process.getBuiltinModule('node:stream/promises');
    const { control, inFlight, failedSlot, level, readBytes } = workerData;
    const port = parentPort;
    const members = new Map();
    /** Stops the renderer's waiting: nothing more will be taken. */
    const stop = () => {
        Atomics.store(control, failedSlot, 1);
        Atomics.notify(control, inFlight);
    };
    const reported = new Set();
    /** Says why a member failed, once: its stream's own error, which names the file. */
    const failed = (id, error) => {
        stop();
        if (reported.has(id))
            return;
        reported.add(id);
        port.postMessage({ id, error: error.message ?? String(error), file: error.path });
    };
    const open = (id, target) => {
        const hash = crypto.createHash('sha256');
        let bytes = 0;
        const sinks = [];
        const ends = [];
        // A failed write or end comes with its file stream's 'error', which is what is reported.
        if (target.plain) {
            const plain = fs.createWriteStream(target.plain);
            plain.on('error', (error) => failed(id, error));
            sinks.push(plain);
            ends.push(finished(plain));
        }
        if (target.gzip) {
            const gzip = zlib.createGzip({ level });
            const out = fs.createWriteStream(target.gzip);
            out.on('error', (error) => failed(id, error));
            gzip.pipe(out);
            gzip.on('error', (error) => out.destroy(error));
            sinks.push(gzip);
            ends.push(finished(out));
        }
        for (const end of ends)
            end.catch(() => undefined);
        return {
            write: (chunk) => {
                hash.update(chunk);
                bytes += chunk.length;
                return Promise.all(sinks.map((sink) => new Promise((resolve, reject) => sink.write(chunk, (error) => (error ? reject(error) : resolve()))))).then(() => undefined);
            },
            end: async () => {
                for (const sink of sinks)
                    sink.end();
                await Promise.all(ends);
                return { sha256: hash.digest('hex'), bytes };
            },
        };
    };
    port.on('message', (request) => {
        const { id } = request;
        if (request.op === 'open')
            members.set(id, open(id, request.target));
        else if (request.op === 'data') {
            const length = request.length;
            members
                .get(id)
                .write(Buffer.from(request.chunk, 0, length))
                .then(() => {
                Atomics.sub(control, inFlight, length);
                Atomics.notify(control, inFlight);
            }, stop);
        }
        else if (request.op === 'end') {
            const member = members.get(id);
            members.delete(id);
            member.end().then((done) => port.postMessage({ id, done }), stop);
        }
        else {
            const member = open(id, request.target);
            (async () => {
                for await (const chunk of fs.createReadStream(request.from, { highWaterMark: readBytes }))
                    await member.write(chunk);
                return member.end();
            })().then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
        }
    });
}
const FIX = 'Free space or fix the permissions of the packages folder, then package again';
/** A member written here, at once, from the bytes held for it: a session too small to be worth a thread. */
function writeHeld(target, held) {
    const bytes = Buffer.concat(held);
    try {
        if (target.plain)
            external_node_fs_.writeFileSync(target.plain, bytes);
        if (target.gzip)
            external_node_fs_.writeFileSync(target.gzip, (0,external_node_zlib_.gzipSync)(bytes, { level: GZIP_LEVEL }));
    }
    catch (error) {
        throw new errors/* LyfeError */.L0(`a log file could not be written: ${error.message}`, { file: error.path, fix: FIX, cause: error });
    }
    return { sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
/**
 * Any number of members written at once. The bytes are held here until HELD_BYTES are handed
 * over: a session smaller than that is written in place when its members end (a worker takes
 * longer to start than such a session takes to write); a larger one starts the worker, which
 * takes the held bytes and the rest. `close` when done.
 */
class MemberThread {
    control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    worker;
    /** The members opened before the worker started, with the bytes handed to each. */
    held = new Map();
    heldBytes = 0;
    waiting = new Map();
    failure;
    nextId = 0;
    /** What the renderer is thrown once the worker takes nothing more; `reason` swaps it for the worker's own error. */
    stopped = new errors/* LyfeError */.L0('a log file could not be written', { fix: FIX });
    reported;
    report;
    constructor() {
        this.reported = new Promise((resolve) => (this.report = resolve));
    }
    /** Starts the worker and hands it every member opened so far, with the bytes held for it. */
    start() {
        const worker = new external_node_worker_threads_.Worker(`(${memberWorker.toString()})()`, { eval: true, workerData: { control: this.control, inFlight: IN_FLIGHT, failedSlot: FAILED, level: GZIP_LEVEL, readBytes: BUFFER_BYTES } });
        worker.on('message', (reply) => {
            const waiting = this.waiting.get(reply.id);
            this.waiting.delete(reply.id);
            if ('done' in reply)
                waiting?.resolve(reply.done);
            else
                this.fail(new errors/* LyfeError */.L0(`a log file could not be written: ${reply.error}`, { file: reply.file, fix: FIX }));
        });
        worker.on('error', (error) => this.fail(error));
        worker.on('exit', () => this.fail(new Error('the thread writing the log files stopped')));
        this.worker = worker;
        for (const [id, { target, chunks }] of this.held) {
            worker.postMessage({ op: 'open', id, target });
            for (const chunk of chunks)
                this.post(id, chunk);
        }
        this.held.clear();
        this.heldBytes = 0;
        return worker;
    }
    post(id, chunk) {
        Atomics.add(this.control, IN_FLIGHT, chunk.length);
        this.worker.postMessage({ op: 'data', id, chunk: chunk.buffer, length: chunk.length }, [chunk.buffer]);
    }
    fail(error) {
        this.failure ??= error;
        this.report(this.failure);
        for (const waiting of this.waiting.values())
            waiting.reject(this.failure);
        this.waiting.clear();
    }
    reply(id) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    }
    /**
     * Hands `length` bytes of `chunk` (an ArrayBuffer of its own, whose memory goes with them) to
     * member `id`: held, or to the worker once it has room.
     */
    send(id, chunk, length) {
        const bytes = Buffer.from(chunk, 0, length);
        const held = this.held.get(id);
        if (!this.worker && held) {
            held.chunks.push(bytes);
            this.heldBytes += length;
            if (this.heldBytes >= HELD_BYTES)
                this.start();
            return;
        }
        for (let inFlight = Atomics.load(this.control, IN_FLIGHT); inFlight >= IN_FLIGHT_BYTES; inFlight = Atomics.load(this.control, IN_FLIGHT)) {
            if (Atomics.load(this.control, FAILED))
                throw this.stopped;
            Atomics.wait(this.control, IN_FLIGHT, inFlight, WAIT_MS);
        }
        this.post(id, bytes);
    }
    /** A member written from the bytes handed to the returned sink. */
    open(target) {
        const id = this.nextId++;
        if (this.worker)
            this.worker.postMessage({ op: 'open', id, target });
        else
            this.held.set(id, { target, chunks: [] });
        return new MemberSink(this, id, target);
    }
    end(id) {
        const held = this.held.get(id);
        if (held) {
            this.held.delete(id);
            this.heldBytes -= held.chunks.reduce((total, chunk) => total + chunk.length, 0);
            try {
                return Promise.resolve(writeHeld(held.target, held.chunks));
            }
            catch (error) {
                return Promise.reject(error);
            }
        }
        const reply = this.reply(id);
        this.worker.postMessage({ op: 'end', id });
        return reply;
    }
    /** A member written from an existing file (`target` is where its copies go), by the worker. */
    async fromFile(from, target) {
        const worker = this.worker ?? this.start();
        const id = this.nextId++;
        const reply = this.reply(id);
        worker.postMessage({ op: 'file', id, from, target });
        return { ...(await reply), gzip: target.gzip };
    }
    /** The worker's own error (naming the file) for `error`, when `error` only says the renderer was stopped. */
    reason(error) {
        return error === this.stopped ? this.reported : Promise.resolve(error);
    }
    async close() {
        await this.worker?.terminate();
    }
}
/** What the renderer writes a member through: text into a MiB buffer, handed over when full. */
class MemberSink {
    thread;
    id;
    target;
    buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
    used = 0;
    constructor(thread, id, target) {
        this.thread = thread;
        this.id = id;
        this.target = target;
    }
    write(data) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: the bound spares measuring a text first.
        const most = typeof data === 'string' ? data.length * 3 : data.length;
        if (this.used + most > this.buffer.length)
            this.flush();
        if (most > this.buffer.length) {
            const own = new Uint8Array(Buffer.byteLength(data));
            if (typeof data === 'string')
                Buffer.from(own.buffer).write(data);
            else
                own.set(data);
            this.thread.send(this.id, own.buffer, own.length);
        }
        else if (typeof data === 'string')
            this.used += this.buffer.write(data, this.used);
        else
            this.used += data.copy(this.buffer, this.used);
    }
    flush() {
        if (this.used === 0)
            return;
        this.thread.send(this.id, this.buffer.buffer, this.used);
        this.buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
        this.used = 0;
    }
    /** Hands over what is buffered; resolves once the member's files are complete. */
    async close() {
        try {
            this.flush();
        }
        catch (error) {
            throw await this.thread.reason(error);
        }
        return { ...(await this.thread.end(this.id)), gzip: this.target.gzip };
    }
}

// EXTERNAL MODULE: ./dist/lib/pipeline/generate.js
var generate = __webpack_require__(6100);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/records/cost.js + 1 modules
var records_cost = __webpack_require__(1830);
// EXTERNAL MODULE: ./dist/lib/records/render.js
var render = __webpack_require__(5001);
// EXTERNAL MODULE: ./dist/lib/records/values.js
var values = __webpack_require__(9567);
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
const plural = (n, one, many = `${one}s`) => `${(0,values/* countText */.lT)(n)} ${n === 1 ? one : many}`;
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
        lines.push('', '| Output | Valid | Mobile | Persona | Call | Attempts | Tokens | Cost |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
        const billed = new Map(summary.calls.map((call) => [call.call_id, call.billed]));
        for (const out of summary.outputs) {
            const valid = out.valid ? 'yes' : `no (${plural(out.errors.length, 'error')})`;
            lines.push(`| ${out.file} | ${valid} | ${score(out.mobile_optimization_score)} | ${percent(out.ari_persona_consistency)} | ${out.call_id ? `\`${out.call_id}\`` : '-'} | ${out.attempts} | ${(0,values/* countText */.lT)(out.tokens)} | ${outputCost(out, billed.get(out.call_id ?? ''))} |`);
        }
    }
    return lines;
}
/** A call's cost in a table cell: dollars, `unknown`, or `not billed` (the offline provider, the build cache, a replay). */
function callCostText(cost, billed) {
    if (billed === false)
        return 'not billed';
    return cost === null ? 'unknown' : (0,records_cost/* usdText */.Yn)(cost);
}
function outputCost(out, billed) {
    return out.call_id ? callCostText(out.cost_usd, billed) : '-';
}
/**
 * `$0.0123 (prices as of 2026-12-01)`, with the known part and the unknown calls when some call
 * has no price, and the cost of each stage when more than one made calls.
 */
function costLine(cost) {
    if (cost.unbilled_calls === cost.calls)
        return (0,records_cost/* costText */.rs)(cost);
    const stages = Object.entries(cost.stages);
    const perStage = stages.length > 1 ? `; ${stages.map(([stage, total]) => `${stage} ${(0,records_cost/* costText */.rs)(total)}`).join(', ')}` : '';
    return `${(0,records_cost/* costText */.rs)(cost)} (prices as of ${cost.prices.as_of}${cost.prices.file ? `, from ${cost.prices.file}` : ''})${perStage}`;
}
function aiSection(summary) {
    const ai = summary.ai;
    const lines = [
        `- **Total API Calls**: ${(0,values/* countText */.lT)(ai.total_api_calls)}`,
        `- **Total Tokens**: ${(0,values/* countText */.lT)(ai.total_tokens)}`,
        `- **Model**: ${ai.model ?? 'none'}`,
        `- **Success Rate**: ${percent(ai.success_rate)}`,
    ];
    if (ai.total_api_calls) {
        lines.push(`- **Provider**: ${ai.provider ?? 'unknown'}; ${plural(ai.calls, 'call')}, ${plural(ai.retries, 'retry', 'retries')}, ${plural(ai.failed_calls, 'failed call')}${ai.unfinished_calls ? `, ${plural(ai.unfinished_calls, 'call')} unfinished` : ''}; ${(0,values/* countText */.lT)(ai.prompt_tokens)} prompt + ${(0,values/* countText */.lT)(ai.completion_tokens)} completion tokens`);
    }
    if (ai.calls)
        lines.push(`- **Cost**: ${costLine(ai.cost)}`);
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
/**
 * The metadata of a session (with the shard it ran, if any), or with `shards` of a merged package:
 * the PRD's fields over all of them, and one entry per shard.
 */
function executionMetadata(summary, pkg, shards) {
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
            cached_tokens: summary.ai.cached_tokens,
            reasoning_tokens: summary.ai.reasoning_tokens,
            // null when some billed call has no price: `cost.known_usd` and `cost.unknown_calls` say how much is known.
            cost_usd: summary.ai.cost.usd,
            cost: {
                known_usd: summary.ai.cost.known_usd,
                unknown_calls: summary.ai.cost.unknown_calls,
                unbilled_calls: summary.ai.cost.unbilled_calls,
                stages: summary.ai.cost.stages,
                prices: summary.ai.cost.prices,
            },
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
    if (shards)
        metadata.shards = shards;
    else if (summary.session_info.shard)
        metadata.shard = summary.session_info.shard;
    if (pkg)
        metadata.package = pkg;
    return metadata;
}
function renderMetadata(summary, pkg, shards) {
    return `${JSON.stringify(executionMetadata(summary, pkg, shards), null, 2)}\n`;
}

// EXTERNAL MODULE: ./dist/lib/package/text-logs.js
var text_logs = __webpack_require__(9894);
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
/** Makes the hidden folder a package is assembled in, beside its destination. */
function makeAssemblyFolder(outputDir, title, now) {
    // Not mkdtemp: its mode 0700 would stay on the package; this folder follows the umask like those inside it.
    const temp = external_node_path_.join(outputDir, `.${(0,package_title/* packageFolderName */.M9)(title, now)}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
    external_node_fs_.mkdirSync(temp);
    return temp;
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
/** The session's records streamed a record at a time from the global files. */
const globalRecords = (logDir, sessionId) => (visit) => (0,session_read/* readSessionModel */.W)(logDir, sessionId, { visit });
/**
 * Renders every file of `logs/` from the records; the metadata last, since it records the sizes.
 * A merged package also lists its shards (in `metadata.json` and after the summary).
 *
 * One pass over the records gives the model and renders the four record files, handed to a
 * thread of their own (see gzip-thread.ts) that writes them, hashes them and compresses them
 * while this one renders: with `--compress`, straight into the gzip members the archive is made
 * of; plain, the `*.jsonl` also into the members the viewer embeds. Logs that reach
 * AUTO_COMPRESS_BYTES plain are compressed after, from their files.
 */
async function writeLogs(logsDir, read, options) {
    external_node_fs_.mkdirSync(logsDir, { recursive: true });
    const thread = new MemberThread();
    try {
        const locator = new quality_issues/* RecordLocator */.mz();
        const writer = new text_logs/* RecordLogsWriter */.I(logsDir, thread, { compress: options.compress });
        let records;
        try {
            records = read((record, kind, line) => {
                locator.add(record, kind);
                if (kind === 'processing')
                    writer.processing(record, line);
                else
                    writer.prompt(record, line);
            });
        }
        catch (error) {
            throw await thread.reason(error);
        }
        const { summary, skipped } = records;
        // The thread finishes the files while this one finds the quality issues and writes the summary.
        const closing = writer.close();
        closing.catch(() => undefined); // awaited below; a failure of the quality rules first must not leave it unhandled
        const write = (name, text) => external_node_fs_.writeFileSync(external_node_path_.join(logsDir, name), text);
        const quality = (0,quality_issues/* writePackageQualityReport */.$Q)(external_node_path_.dirname(logsDir), summary, locator);
        write(constants/* LogFiles */.aE.summary, `${renderExecutionSummary(summary, quality)}${options.shards?.section ?? ''}`);
        const members = await closing;
        const bytes = [...members.values()].reduce((total, member) => total + member.bytes, 0);
        const compress = options.compress || bytes >= constants/* AUTO_COMPRESS_BYTES */.VZ;
        const [archived] = await Promise.all([
            compress ? (0,archive/* archiveLogs */.YO)(logsDir, thread, members, options.now) : undefined,
            (0,page/* writeLogsViewer */.JY)(logsDir, { title: options.title, session: summary, quality }, {
                processing: (0,text_logs/* memberGzip */.T)(logsDir, constants/* LogFiles */.aE.processingRecords),
                prompts: (0,text_logs/* memberGzip */.T)(logsDir, constants/* LogFiles */.aE.promptRecords),
                counts: writer.counts,
            }),
        ]);
        (0,archive/* removeArchivedLogs */.uM)(logsDir, archived !== undefined);
        const info = {
            title: options.title,
            created_at: options.now.toISOString(),
            tool_version: version/* VERSION */.x,
            compressed: compress,
            logs_bytes: bytes,
            logs_compressed_bytes: archived?.after ?? null,
            skipped_lines: skipped,
        };
        write(constants/* LogFiles */.aE.metadata, renderMetadata(summary, info, options.shards?.entries));
        return { skipped, bytes, archived, archives: new Map(archived ? [[`${constants/* LOGS_DIR */.c6}/${constants/* ARCHIVE_FILE */.sX}`, archived.members]] : []), summary, quality };
    }
    finally {
        await thread.close();
    }
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
        const notes = [];
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
            temp = makeAssemblyFolder(outputDir, title, now);
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
            const before = (0,session_read/* readSessionModel */.W)(options.logDir, sessionId, {
                kinds: ['processing'],
                visit: (record) => {
                    if (record.event === types/* Events */.sV.fileResult)
                        fileResults.push(record);
                },
            });
            const outcome = before.summary;
            // A session index that could not be used (the record file was scanned instead): how the
            // records were read, said once to whoever packages, not a problem of the run to record in it.
            notes.push(...before.notes);
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
            written = await writeLogs(external_node_path_.join(temp, constants/* LOGS_DIR */.c6), globalRecords(options.logDir, sessionId), { compress: Boolean(options.compress), title, now });
            if (written.skipped > 0)
                warnings.push(`${written.skipped} line(s) mentioning session ${sessionId} in ${options.logDir} are not whole records (torn by a failed write, or foreign) and were skipped`);
            success = written.summary.success;
            stagesExecuted = written.summary.stages_executed;
            const manifest = (0,package_manifest/* writeManifest */.HN)(temp, written.archives);
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
            logs: { compressed: written.archived !== undefined, bytes: written.bytes, compressed_bytes: written.archived?.after ?? null },
            digest,
            quality_issues: written.quality.counts,
            kept_work: Boolean(options.keepWork),
            warnings,
            notes,
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
/** The members of each archive among `files`: those given in `known` (hashed as they were archived), else read from the archive. */
function archivesOf(dir, files, known) {
    const archives = {};
    for (const name of files.filter((file) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(file) === _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_FILE */ .sX)) {
        const members = {};
        const digests = known.get(name) ?? (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .digestArchive */ .bz)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
        for (const [member, entry] of [...digests].sort(([a], [b]) => (a < b ? -1 : 1)))
            members[member] = { sha256: entry.sha256, bytes: entry.bytes };
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
/**
 * The manifest of the package in `dir`. `archives`: the members of archives already known, by the
 * archive's package path (`logs/records.tar.gz`), so that packaging does not read back the archive
 * it has just written.
 */
function buildManifest(dir, archives = new Map()) {
    const others = [];
    const names = walk(dir, others);
    if (others.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`the package holds entries that are not files: ${others.join(', ')}`, { file: dir });
    const files = {};
    for (const name of names)
        files[name] = hashFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
    return { format: MANIFEST_FORMAT, algorithm: 'sha256', digest: digestOf(files), files, archives: archivesOf(dir, names, archives) };
}
function writeManifest(dir, archives) {
    const manifest = buildManifest(dir, archives);
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
        processing = (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__.readPackageRecords)(dir).processing;
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
/* harmony export */   LV: () => (/* binding */ REPORT_MARKDOWN),
/* harmony export */   jP: () => (/* binding */ generateFiles),
/* harmony export */   l1: () => (/* binding */ generateOutput),
/* harmony export */   oA: () => (/* binding */ REPORT_JSON)
/* harmony export */ });
/* unused harmony export generateSupertasks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(370);
/* harmony import */ var _llm_call_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3758);
/* harmony import */ var _llm_strict_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5967);
/* harmony import */ var _records_quality_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9988);
/* harmony import */ var _records_writer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1486);
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);
/* harmony import */ var _session_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6028);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9517);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2395);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3478);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3525);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6703);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9934);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(4153);
/* harmony import */ var _prompts_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5460);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1560);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(1093);



















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
    const parsed = input.parts ? (0,_template_js__WEBPACK_IMPORTED_MODULE_15__/* .templateParts */ .Di)(input.parts) : (0,_template_js__WEBPACK_IMPORTED_MODULE_15__/* .parseTemplate */ .QC)(input.template);
    return parsed.language ?? (0,_language_js__WEBPACK_IMPORTED_MODULE_10__/* .detectLanguage */ .od)(parsed.source);
}
/** One template to its beginner and advanced supertasks, in memory: one audited call per level. */
async function generateSupertasks(input, options) {
    const language = templateLanguage(input);
    const results = await Promise.all(_limits_js__WEBPACK_IMPORTED_MODULE_11__/* .LEVELS */ .A_.map((level) => (0,_llm_call_js__WEBPACK_IMPORTED_MODULE_2__/* .callLlm */ .Y)(options.provider, (0,_prompts_js__WEBPACK_IMPORTED_MODULE_13__/* .supertaskRequest */ .Kn)({ name: input.name, template: input.template, level, schemaVersion: options.schemaVersion }), {
        input: [`${input.name}.md`],
        output: [generateOutput(input.name, level)],
        check: supertaskCheck(options.schemaVersion),
        signal: options.signal,
    })));
    const [beginner, advanced] = results;
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
const REPORT_JSON = 'generation_report.json';
const REPORT_MARKDOWN = 'generation_report.md';
/**
 * The report an earlier `generate` left in `reportsDir`, if any. It is read before anything is
 * generated: a report that cannot be read stops the stage before any call is paid for, rather than
 * being replaced by one that forgets the earlier outputs.
 */
function readPreviousReport(reportsDir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportsDir, REPORT_JSON);
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
        metrics: (0,_records_quality_js__WEBPACK_IMPORTED_MODULE_16__/* .aggregateQuality */ .p)(all),
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
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readAllMarkdown */ .p0)(templates);
    stats.filesIn = inputs.length;
    const previous = readPreviousReport(reportsDir);
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_17__/* ["default"] */ .A)(options.concurrency || _options_js__WEBPACK_IMPORTED_MODULE_18__/* .DEFAULT_CONCURRENCY */ .W);
    let done = 0;
    const settled = await Promise.allSettled(inputs.map((input) => limit(async () => {
        const template = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(input.file);
        try {
            const generated = await generateSupertasks({ name: input.name, template: input.text, parts: input }, options);
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
    })));
    const outputs = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    const failed = settled.flatMap((outcome, index) => outcome.status === 'rejected' ? [{ template: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(inputs[index]?.file ?? ''), error: outcome.reason?.message ?? String(outcome.reason) }] : []);
    const report = buildReport(previous, options, outputs, failed);
    const jsonFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportsDir, REPORT_JSON);
    const markdownFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportsDir, REPORT_MARKDOWN);
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
        metrics: (0,_records_quality_js__WEBPACK_IMPORTED_MODULE_16__/* .aggregateQuality */ .p)(outputs),
        report: jsonFile,
        reportMarkdown: markdownFile,
    };
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

/***/ 1486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g1: () => (/* binding */ record),
/* harmony export */   tY: () => (/* binding */ onRecord),
/* harmony export */   tg: () => (/* binding */ auditRecord)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _session_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6028);
/* harmony import */ var _session_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8194);
/* harmony import */ var _filter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1851);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4020);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3940);
/* harmony import */ var _session_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9708);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6689);









/**
 * The single writer of records. Each record is one JSON line (`level`, `time` first, `msg` last,
 * as pino writes them) and one `write(2)` of that whole line to a file opened with O_APPEND,
 * synchronously: concurrent processes never tear each other's lines, and a process killed with
 * SIGKILL loses at most the line it was writing. Beside the global files, each session's index
 * (session-index.ts) says where its lines are.
 */
/** Lines written before the ranges they went to are appended to the sessions' indexes. */
const FLUSH_LINES = 1024;
/**
 * Opens a record file for appending, and ends its last line first when a write that failed half
 * way (a full disk, a killed process) left it without a newline: this process's first record
 * then starts a line of its own instead of being glued to the torn one and lost. Readers skip and
 * count the torn line. A line another process is still writing looks the same for an instant (a
 * long line is copied a page at a time): ending it then leaves an empty line, which the scanner
 * skips, never a lost or torn record.
 */
function openRecordFile(file) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'a+');
    const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size;
    if (size > 0) {
        const last = Buffer.alloc(1);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, last, 0, 1, size - 1);
        if (last[0] !== 0x0a)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, '\n');
    }
    return fd;
}
/**
 * A global record file open for appending, and where this process's lines went in it. Offsets are
 * counted from the file's size when last looked at, as if no other process wrote since; every
 * `FLUSH_LINES` lines the size is looked at again: when it is what this process's own lines make it,
 * no other process wrote in between and the counted ranges are exact; else each session gets the
 * whole stretch since the last look, which holds its lines and others'. The index then has the
 * ranges. So the index costs one `fstat` per `FLUSH_LINES` lines and one write per session per
 * flush, and is exact when this process writes alone, coarser (never wrong) when others write too.
 */
class RecordFile {
    file;
    fd;
    inode;
    /** The file's size when last looked at. */
    checked;
    /** `checked` plus what this process wrote since. */
    expected;
    /** A write that failed half way: this stretch's ranges are not exact. */
    uncertain = false;
    /** Ranges `[start, end)` written since `checked`, per session, assuming no other writer. */
    pending = new Map();
    pendingLines = 0;
    /** The index files of the sessions this process writes, open for appending; undefined: the session has no index. */
    indexes = new Map();
    constructor(file) {
        this.file = file;
        this.fd = openRecordFile(file);
        const stats = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(this.fd);
        this.inode = stats.ino;
        this.checked = this.expected = stats.size;
    }
    append(sessionId, line) {
        // The string is written as it is (Node encodes it on the way out, without a Buffer on the heap);
        // only a write cut short continues from the bytes.
        const length = Buffer.byteLength(line);
        if (!this.indexes.has(sessionId))
            this.openIndex(sessionId);
        const start = this.expected;
        let written = 0;
        try {
            written = node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.fd, line);
            if (written < length) {
                const bytes = Buffer.from(line);
                while (written < length)
                    written += node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.fd, bytes, written);
            }
        }
        finally {
            if (written < length)
                this.uncertain = true;
            this.expected += written;
            // A line of a session without an index still counts in `expected`, for the others' ranges.
            if (this.indexes.get(sessionId) !== undefined)
                this.addRange(sessionId, start, this.expected);
            this.pendingLines += 1;
        }
        if (this.pendingLines >= FLUSH_LINES)
            this.flush();
    }
    addRange(sessionId, start, end) {
        const ranges = this.pending.get(sessionId);
        if (!ranges)
            this.pending.set(sessionId, [start, end]);
        else if (ranges[ranges.length - 1] === start)
            ranges[ranges.length - 1] = end;
        else
            ranges.push(start, end);
    }
    /**
     * Before the session's first line in this process: its index says from where this process
     * writes it. A session with no index yet may already have lines written without one (by an
     * older lyfe-kt, another tool, or a `--session` given to a new run): an index begun now would
     * hide them from readers, so the file is searched for them once (about half what `grep` costs),
     * and when it holds any, the index says so (readers scan) and this process indexes no line of
     * the session. A session this process began has no earlier line: it is not searched for.
     */
    openIndex(sessionId) {
        const file = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .sessionIndexFile */ .xx)(this.file, sessionId);
        let earlier = false;
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file) && !(0,_session_id_js__WEBPACK_IMPORTED_MODULE_3__/* .begunHere */ .UP)(sessionId)) {
            (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .scanLines */ .J)(this.file, (0,_filter_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionNeedle */ .EB)(sessionId), () => (earlier = true), () => (earlier = true));
            // Looked for again after the search: a writer that began the index meanwhile wrote its `o`
            // before its lines, so lines found then may be its own; and it searched the file itself
            // first, so lines written without an index before it are in its `x`.
            if (earlier && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
                earlier = false;
        }
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
        if (earlier) {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(file, (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .unindexedEntry */ .zB)());
            this.indexes.set(sessionId, undefined);
            return;
        }
        const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'a');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .openEntry */ .vW)(this.inode, this.expected));
        this.indexes.set(sessionId, fd);
    }
    /** Appends the ranges written since the last flush to the sessions' indexes. */
    flush() {
        if (this.pendingLines === 0)
            return;
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(this.fd).size;
        const exact = size === this.expected && !this.uncertain;
        for (const [sessionId, ranges] of this.pending) {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.indexes.get(sessionId), (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .rangesEntry */ .D$)(exact ? ranges : [this.checked, size]));
        }
        this.pending.clear();
        this.pendingLines = 0;
        this.uncertain = false;
        this.checked = this.expected = size;
    }
    /** Says in the session's index (or every session's) that all of this process's lines are in it. */
    close(sessionId) {
        this.flush();
        for (const [id, fd] of this.indexes) {
            if (sessionId !== undefined && id !== sessionId)
                continue;
            if (fd !== undefined) {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .closeEntry */ .HH)());
                node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
            }
            this.indexes.delete(id);
        }
    }
}
const files = new Map();
/** Every index is closed when the process exits normally; one killed leaves its index open, and readers scan its last lines. */
function closeAll() {
    for (const file of files.values())
        file.close();
}
/** The one writer of each record file, whichever spelling of its folder (`logs`, `./logs`, absolute) a caller gives. */
function recordFileFor(logDir, kind) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_8__/* .RecordFiles */ .b[kind]);
    let file = files.get(name);
    if (!file) {
        if (files.size === 0)
            process.once('exit', closeAll);
        file = new RecordFile(name);
        files.set(name, file);
    }
    return file;
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
    // Keys in the order of the line; `msg` is set last, after the optional fields, as pino writes it.
    const written = { level, time: new Date().toISOString(), session: context.sessionId, stage: fields.stage ?? context.stage, event, pid: process.pid };
    if (fields.input?.length)
        written.input = fields.input;
    if (fields.output?.length)
        written.output = fields.output;
    if (fields.data)
        written.data = (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactValue */ .FI)(fields.data);
    written.msg = (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactText */ .Rd)(msg);
    recordFileFor(context.logDir, kind).append(context.sessionId, `${JSON.stringify(written)}\n`);
    for (const listener of listeners)
        listener(kind, written);
    // At the end of a stage or session, the indexes catch up, so that readers find the lines by them.
    if (event === _types_js__WEBPACK_IMPORTED_MODULE_8__/* .Events */ .sV.sessionEnd)
        for (const file of files.values())
            file.close(context.sessionId);
    else if (event === _types_js__WEBPACK_IMPORTED_MODULE_8__/* .Events */ .sV.stageEnd)
        for (const file of files.values())
            file.flush();
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

/***/ 7182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ readWorkSession),
/* harmony export */   P$: () => (/* binding */ clearWorkSession),
/* harmony export */   Zo: () => (/* binding */ resolveSession),
/* harmony export */   m9: () => (/* binding */ DamagedSessionFile)
/* harmony export */ });
/* unused harmony export SESSION_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2395);
/* harmony import */ var _id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8194);





/** The file in a work folder that carries its session from one stage's process to the next. */
const SESSION_FILE = '.lyfe-kt-session.json';
/** The work folder's session; undefined only when it has no session file. */
function readWorkSession(workDir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, SESSION_FILE);
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the session file cannot be read (${code ?? error.message})`, {
            file,
            fix: `Make it a file you can read and write (\`ls -l ${file}\`); it names the session of the work folder's run`,
            cause: error,
        });
    }
    try {
        const parsed = JSON.parse(text);
        (0,_id_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSessionId */ .G4)(parsed.session_id, `session in ${file}`);
        return parsed;
    }
    catch (error) {
        throw new DamagedSessionFile(file, error);
    }
}
/** The session file of a work folder holds no session id: `--session` replaces it, deleting it starts anew. */
class DamagedSessionFile extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0 {
    constructor(file, cause) {
        super('the session file is damaged', {
            file,
            fix: `Pass --session <id> to continue a known session (\`lyfe-kt logs --list\` lists them), or delete it (\`rm ${file}\`) to start a new one`,
            cause,
        });
    }
}
function writeWorkSession(workDir, session) {
    (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, SESSION_FILE), `${JSON.stringify(session)}\n`);
}
function clearWorkSession(workDir) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, SESSION_FILE), { force: true });
}
/**
 * Which session a stage belongs to: `--session` / `LYFE_KT_SESSION`, else the work folder's,
 * else a new one (always a new one when `fresh`). The result is written back to the work folder
 * so that the next stage's process joins it.
 */
function resolveSession(workDir, options = {}) {
    let resolved;
    if (options.override) {
        const id = (0,_id_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSessionId */ .G4)(options.override);
        // A damaged session file is replaced by the session given: that is the way out it advises.
        const existing = options.fresh ? undefined : readSessionOrDamaged(workDir);
        resolved =
            existing?.session_id === id
                ? { session: existing, started: false }
                : { session: { session_id: id, started_at: new Date().toISOString() }, started: true };
    }
    else {
        const existing = options.fresh ? undefined : readWorkSession(workDir);
        resolved = existing ? { session: existing, started: false } : { session: { session_id: (0,_id_js__WEBPACK_IMPORTED_MODULE_4__/* .newSessionId */ .OZ)(), started_at: new Date().toISOString() }, started: true };
    }
    if (resolved.started)
        writeWorkSession(workDir, resolved.session);
    return resolved;
}
/** The work folder's session, or undefined when its file is missing or damaged (not when it cannot be read). */
function readSessionOrDamaged(workDir) {
    try {
        return readWorkSession(workDir);
    }
    catch (error) {
        if (error instanceof DamagedSessionFile)
            return undefined;
        throw error;
    }
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
 * `work`, or the signal's reason as soon as it aborts: an interrupted stage ends and says why
 * whatever it was waiting for, and what it was doing is cancelled through the same signal.
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
        if (signal.aborted)
            onAbort();
    });
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
            const result = await untilAborted(fn(stats), options.signal);
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
