export const id = 197;
export const ids = [197];
export const modules = {

/***/ 4197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerExportCommand: () => (/* binding */ registerExportCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./dist/lib/files.js
var files = __webpack_require__(2395);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js
var session_model = __webpack_require__(8169);
// EXTERNAL MODULE: ./dist/lib/version.js
var version = __webpack_require__(1280);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
;// CONCATENATED MODULE: ./dist/lib/package/otel.js





const SpanKind = { internal: 1, client: 3 };
const STATUS_ERROR = 2;
function anyValue(value) {
    if (typeof value === 'string')
        return { stringValue: value };
    if (typeof value === 'bigint')
        return { intValue: value.toString() };
    if (typeof value === 'number')
        return { doubleValue: value };
    if (typeof value === 'boolean')
        return { boolValue: value };
    return { arrayValue: { values: value.map((item) => ({ stringValue: item })) } };
}
function attributes(values) {
    return Object.entries(values).flatMap(([key, value]) => (value === null || value === undefined ? [] : [{ key, value: anyValue(value) }]));
}
/** `bytes` hex digits of a hash of the parts: a trace id (32) or a span id (16), the same on every export. */
function idOf(digits, ...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, digits);
}
const ms = (iso) => Date.parse(iso);
const nanos = (time) => (BigInt(time) * 1000000n).toString();
/** The child's times inside its parent's: records of two processes may disagree by a few milliseconds. */
function within(parent, start, end) {
    const from = Math.min(Math.max(start, parent.start), parent.end);
    return { start: from, end: Math.min(Math.max(end, from), parent.end) };
}
class SpanWriter {
    traceId;
    spans = [];
    constructor(traceId) {
        this.traceId = traceId;
    }
    add(span, window) {
        const written = { traceId: this.traceId, ...span, startTimeUnixNano: nanos(window.start), endTimeUnixNano: nanos(window.end) };
        this.spans.push(written);
        return { ...written, ...window };
    }
}
/**
 * The run of the call's stage, in the call's process, that wrote its last record (its start is
 * told back from the latency when no request record was written).
 */
function runOf(call, runs) {
    const at = ms(call.end_time ?? call.start_time);
    return runs.filter((run) => run.stage === call.stage && run.pid === call.pid && ms(run.start_time) <= at).at(-1);
}
function callAttributes(call) {
    return {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': call.provider,
        // The name before semantic conventions 1.37, still what many backends read.
        'gen_ai.system': call.provider,
        'gen_ai.request.model': call.request_model,
        'gen_ai.response.model': call.attempts ? call.model : null,
        'gen_ai.request.max_tokens': call.max_tokens === null ? null : BigInt(call.max_tokens),
        'gen_ai.usage.input_tokens': BigInt(call.prompt_tokens),
        'gen_ai.usage.output_tokens': BigInt(call.completion_tokens),
        'gen_ai.response.finish_reasons': call.finish_reason ? [call.finish_reason] : null,
        'error.type': call.outcome === 'ok' ? null : call.http_status ? String(call.http_status) : call.outcome === 'unfinished' ? 'unfinished' : '_OTHER',
        'lyfe_kt.call.id': call.call_id,
        'lyfe_kt.call.purpose': call.purpose,
        'lyfe_kt.call.attempts': BigInt(call.attempts),
        'lyfe_kt.call.outcome': call.outcome,
        'lyfe_kt.usage.cached_input_tokens': BigInt(call.cached_tokens),
        'lyfe_kt.usage.reasoning_tokens': BigInt(call.reasoning_tokens),
        'lyfe_kt.billed': call.billed,
        'lyfe_kt.cost.usd': call.cost_usd,
    };
}
function callStatus(call) {
    if (call.outcome === 'ok')
        return {};
    return { code: STATUS_ERROR, message: call.error ?? (call.outcome === 'unfinished' ? 'still in flight when its process stopped' : 'failed') };
}
/** The OTLP/JSON of one session; null for a session with no timed record. */
function sessionTraces(summary) {
    if (!summary.start_time || !summary.end_time)
        return null;
    const id = summary.session_id;
    const writer = new SpanWriter(idOf(32, 'lyfe-kt trace', id));
    const failure = summary.failures[0]?.message ?? summary.problems[0]?.message;
    const session = writer.add({
        spanId: idOf(16, id, 'session'),
        name: 'lyfe-kt session',
        kind: SpanKind.internal,
        attributes: attributes({
            'session.id': id,
            'lyfe_kt.success': summary.success,
            'lyfe_kt.stages_executed': summary.stages_executed,
            'lyfe_kt.input_files': summary.input_files,
            'lyfe_kt.output_files': summary.output_files,
            'lyfe_kt.calls': BigInt(summary.ai.calls),
            'lyfe_kt.usage.total_tokens': BigInt(summary.ai.total_tokens),
            'lyfe_kt.cost.usd': summary.ai.cost.usd,
            'lyfe_kt.cost.known_usd': summary.ai.cost.known_usd,
            'lyfe_kt.cost.unknown_calls': BigInt(summary.ai.cost.unknown_calls),
            'lyfe_kt.prices.as_of': summary.ai.cost.prices.as_of,
            'lyfe_kt.quality.schema_compliance': summary.quality.schema_compliance,
        }),
        status: summary.success ? {} : { code: STATUS_ERROR, message: failure ?? 'the run failed' },
    }, { start: ms(summary.start_time), end: ms(summary.end_time) });
    const runSpans = new Map();
    for (const run of summary.stages) {
        const window = within(session, ms(run.start_time), run.end_time ? ms(run.end_time) : session.end);
        const span = writer.add({
            parentSpanId: session.spanId,
            spanId: idOf(16, id, 'stage', run.stage, String(run.pid), run.start_time),
            name: `stage ${run.stage}`,
            kind: SpanKind.internal,
            attributes: attributes({
                'lyfe_kt.stage': run.stage,
                'lyfe_kt.stage.status': run.status,
                'process.pid': BigInt(run.pid),
                'lyfe_kt.files_in': BigInt(run.files_in),
                'lyfe_kt.files_out': BigInt(run.files_out),
                'lyfe_kt.files_invalid': BigInt(run.files_invalid),
                'lyfe_kt.cost.usd': summary.ai.cost.stages[run.stage]?.usd,
            }),
            status: run.status === 'ok' ? {} : { code: STATUS_ERROR, message: run.error ?? `${run.stage} (process ${run.pid}) never ended` },
        }, window);
        runSpans.set(run, span);
    }
    // The calls of each stage run, by the file they worked on: a file's span spans its calls.
    const groups = new Map();
    for (const call of summary.calls) {
        const run = runOf(call, summary.stages);
        const parent = (run && runSpans.get(run)) ?? session;
        const file = call.input[0] ?? call.output[0] ?? null;
        const key = `${parent.spanId}\u0000${file ?? ''}`;
        const group = groups.get(key) ?? { parent, file, calls: [] };
        group.calls.push(call);
        groups.set(key, group);
    }
    const outputs = new Map(summary.outputs.map((output) => [output.file, output]));
    for (const { parent, file, calls } of groups.values()) {
        let callParent = parent;
        if (file !== null) {
            const start = Math.min(...calls.map((call) => ms(call.start_time)));
            const end = Math.max(...calls.map((call) => ms(call.end_time ?? call.start_time)));
            const produced = [...new Set(calls.flatMap((call) => call.output))];
            const invalid = produced.filter((name) => outputs.get(name)?.valid === false);
            callParent = writer.add({
                parentSpanId: parent.spanId,
                spanId: idOf(16, id, 'file', parent.spanId, file),
                name: `file ${file}`,
                kind: SpanKind.internal,
                attributes: attributes({ 'lyfe_kt.file': file, 'lyfe_kt.file.outputs': produced, 'lyfe_kt.file.invalid_outputs': invalid.length ? invalid : null }),
                status: calls.every((call) => call.outcome === 'ok') && !invalid.length ? {} : { code: STATUS_ERROR, message: invalid.length ? `invalid: ${invalid.join(', ')}` : 'a call on it did not succeed' },
            }, within(parent, start, end));
        }
        for (const call of calls) {
            writer.add({
                parentSpanId: callParent.spanId,
                spanId: idOf(16, id, 'call', call.call_id),
                name: `chat ${call.request_model}`,
                kind: SpanKind.client,
                attributes: attributes(callAttributes(call)),
                status: callStatus(call),
            }, within(callParent, ms(call.start_time), ms(call.end_time ?? call.start_time)));
        }
    }
    return {
        resourceSpans: [
            {
                resource: { attributes: attributes({ 'service.name': 'lyfe-kt', 'service.version': version/* VERSION */.x }) },
                scopeSpans: [{ scope: { name: 'lyfe-kt', version: version/* VERSION */.x }, spans: writer.spans }],
            },
        ],
    };
}
/** The OTLP/JSON of each session whose records the package holds, in the order they first appear. */
function packageTraces(packageDir) {
    const records = (0,archive/* readPackageRecords */.f6)(packageDir);
    const sessions = new Map();
    const of = (record) => {
        let session = sessions.get(record.session);
        if (!session) {
            session = { processing: [], prompts: [] };
            sessions.set(record.session, session);
        }
        return session;
    };
    for (const record of records.processing)
        of(record).processing.push(record);
    for (const record of records.prompts)
        of(record).prompts.push(record);
    return [...sessions.values()].flatMap(({ processing, prompts }) => sessionTraces((0,session_model/* summarizeSession */.Ay)(processing, prompts)) ?? []);
}
/** `{endpoint}/v1/traces`, as OTEL_EXPORTER_OTLP_ENDPOINT is read; an endpoint that names the path already is kept. */
function tracesUrl(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new errors/* LyfeError */.L0(`not a URL: ${endpoint}`, { fix: 'Give the collector as --endpoint http(s)://host:4318' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* LyfeError */.L0(`not an http(s) URL: ${url.protocol}`, { fix: 'Give the collector as --endpoint http(s)://host:4318' });
    if (!url.pathname.endsWith('/v1/traces'))
        url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/traces`;
    return url;
}
/** What a collector's body says: its message (a google.rpc.Status, or a partial success's) and the spans it rejected. */
function readBody(body) {
    let value = {};
    try {
        value = JSON.parse(body);
    }
    catch {
        // not JSON (or empty): the text itself is the message
    }
    const message = [value.message, value.partialSuccess?.errorMessage].find((text) => typeof text === 'string') ?? body.trim().slice(0, 500);
    // OTLP/JSON writes int64 as a string; some collectors write a number.
    return { message, rejected: Number(value.partialSuccess?.rejectedSpans ?? 0) || 0 };
}
/**
 * POSTs each document to the collector's OTLP/HTTP traces endpoint. `headers` (authentication)
 * go on the requests only: no message names them, and the URL is named without its credentials.
 */
async function postTraces(endpoint, documents, headers = {}) {
    const url = tracesUrl(endpoint);
    const shown = `${url.origin}${url.pathname}`;
    const result = { requests: 0, rejected_spans: 0, messages: [] };
    for (const document of documents) {
        let response;
        try {
            response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(document) });
        }
        catch (error) {
            const cause = error.cause;
            throw new errors/* LyfeError */.L0(`the collector cannot be reached (${cause?.code ?? cause?.message ?? error.message})`, {
                file: shown,
                fix: 'Check --endpoint (the collector\'s OTLP/HTTP address, usually port 4318) and that the collector is running',
                cause: error,
            });
        }
        const body = readBody(await response.text());
        result.requests += 1;
        if (!response.ok) {
            throw new errors/* LyfeError */.L0(`the collector answered ${response.status} ${response.statusText}: ${body.message || '(no message)'}`, {
                file: shown,
                fix: response.status === 401 || response.status === 403 ? 'Check the authentication --header the collector expects' : 'See the collector\'s logs; the traces were not stored',
            });
        }
        if (body.rejected) {
            result.rejected_spans += body.rejected;
            result.messages.push(body.message);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/export.js




/** `--header K=V`, repeatable: the headers of every request to the collector. */
function collectHeader(value, headers = {}) {
    const at = value.indexOf('=');
    if (at < 1)
        throw new esm/* InvalidArgumentError */.Di('expected NAME=VALUE, such as Authorization="Bearer <token>"');
    return { ...headers, [value.slice(0, at).trim()]: value.slice(at + 1) };
}
function registerExportCommand(program) {
    const exporter = program.command('export').description("export a package's execution record to other tools");
    exporter
        .command('otel <package>')
        .description("the package's session(s) as OpenTelemetry traces in OTLP/JSON, one JSON document per line (per session): spans for the session, its stages, files and LLM calls, with the GenAI semantic-convention attributes; on stdout unless --output or --endpoint")
        .option('-o, --output <file>', 'write the lines to this file')
        .option('--endpoint <url>', 'POST each document to this OTLP/HTTP collector ({url}/v1/traces)')
        .option('--header <name=value>', 'a header of the requests to the collector, such as authentication (repeatable; never printed)', collectHeader)
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .action(async (packageDir, options) => {
        const reporter = new common/* Reporter */.a8(options);
        const documents = packageTraces(packageDir);
        const lines = documents.map((document) => `${JSON.stringify(document)}\n`).join('');
        const spans = documents.reduce((total, document) => total + document.resourceSpans[0].scopeSpans[0].spans.length, 0);
        if (options.output) {
            (0,files/* writeFileAtomic */.Z)(options.output, lines);
            reporter.note(`wrote ${documents.length} session(s), ${spans} spans, to ${options.output}`);
        }
        else if (!options.endpoint) {
            process.stdout.write(lines);
        }
        if (options.endpoint) {
            const posted = await postTraces(options.endpoint, documents, options.header ?? {});
            reporter.note(`sent ${documents.length} session(s), ${spans} spans, to the collector in ${posted.requests} request(s)`);
            if (posted.rejected_spans)
                reporter.warn(`the collector rejected ${posted.rejected_spans} span(s): ${posted.messages.join('; ')}`);
        }
    });
}


/***/ }),

/***/ 2395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);




/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
function writeFileAtomic(file, content) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`cannot be written: its folder cannot be made (${error.code ?? error.message})`, {
            file,
            fix: `Check that ${dir} is a folder you can write, not a file`,
            cause: error,
        });
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(temp, content);
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(temp, file);
    }
    catch (error) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(temp, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`cannot be written (${error.code ?? error.message})`, {
            file,
            fix: 'Check that the output folder is writable',
            cause: error,
        });
    }
}


/***/ })

};
