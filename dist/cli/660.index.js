export const id = 660;
export const ids = [660,320,41];
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
    const records = (0,archive.readPackageRecords)(packageDir);
    const models = new Map();
    for (const kind of session_model/* STREAMS_IN_ORDER */.fc) {
        for (const record of records[kind]) {
            let model = models.get(record.session);
            if (!model) {
                model = new session_model/* SessionModel */.IV();
                models.set(record.session, model);
            }
            model.add(record, kind);
        }
    }
    return [...models.values()].flatMap((model) => sessionTraces(model.result()) ?? []);
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

/***/ 7041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ readPackageLogs),
/* harmony export */   YO: () => (/* binding */ archiveLogs),
/* harmony export */   bz: () => (/* binding */ digestArchive),
/* harmony export */   readPackageRecords: () => (/* binding */ readPackageRecords),
/* harmony export */   uM: () => (/* binding */ removeArchivedLogs)
/* harmony export */ });
/* unused harmony export readArchive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9517);
/* harmony import */ var _records_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(766);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5046);
/* harmony import */ var _text_logs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9894);









/**
 * How much tar reads at a time, reading an archive back. Memory depends on it: with tar's default
 * of 16 MiB, reading back 180 MiB of logs took 240 MiB.
 */
const READ_BYTES = 1024 * 1024;
const TAR_BLOCK = 512;
/** The tar header of a member of `records.tar.gz`. */
function tarHeader(name, size, mtime) {
    const block = Buffer.alloc(TAR_BLOCK);
    if (new tar__WEBPACK_IMPORTED_MODULE_4__/* .Header */ .Y9({ path: name, mode: 0o644, size, mtime, type: 'File', uid: 0, gid: 0 }).encode(block, 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`${name} is too large for a tar header (${size} bytes)`, { file: name, fix: 'Package the session without --compress' });
    }
    return block;
}
/**
 * Writes `logs/records.tar.gz` from the gzip members of the archived files (those missing are made
 * from the plain files first). A gzip file is any number of gzip members read as one stream
 * (RFC 1952, 2.2; `tar -xzf`, node-tar and `gunzip` read it so): each tar header, with the padding
 * of the member before it, is a small member of its own, and each file's member goes in as it is,
 * so that no byte is compressed twice. The plain files and the members stay (see `writeLogs`).
 */
async function archiveLogs(logsDir, thread, written, mtime) {
    const members = [];
    for (const name of _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ArchivedLogFiles */ .wS) {
        const plain = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name);
        let member = written.get(name);
        if (!member?.gzip) {
            if (!member && !node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(plain))
                continue;
            member = await thread.fromFile(plain, { gzip: (0,_text_logs_js__WEBPACK_IMPORTED_MODULE_8__/* .memberGzip */ .T)(logsDir, name) });
        }
        members.push([name, { ...member, gzip: member.gzip }]);
    }
    const archive = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_FILE */ .sX);
    const out = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(archive, 'w');
    try {
        let padding = 0;
        for (const [name, member] of members) {
            await out.write((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(Buffer.concat([Buffer.alloc(padding), tarHeader(name, member.bytes, mtime)])));
            for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(member.gzip, { highWaterMark: READ_BYTES }))
                await out.write(chunk);
            padding = (TAR_BLOCK - (member.bytes % TAR_BLOCK)) % TAR_BLOCK;
        }
        // The end of a tar archive: two empty blocks.
        await out.write((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(Buffer.alloc(padding + 2 * TAR_BLOCK)));
    }
    finally {
        await out.close();
    }
    return {
        before: members.reduce((total, [, member]) => total + member.bytes, 0),
        after: node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(archive).size,
        members: new Map(members.map(([name, { sha256, bytes }]) => [name, { sha256, bytes }])),
    };
}
/** Removes the gzip members of the record files, and the plain files too once they are `archived`. */
function removeArchivedLogs(logsDir, archived) {
    for (const name of _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ArchivedLogFiles */ .wS) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync((0,_text_logs_js__WEBPACK_IMPORTED_MODULE_8__/* .memberGzip */ .T)(logsDir, name), { force: true });
        if (archived)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name), { force: true });
    }
}
/** Calls `onMember` for each member of a `records.tar.gz` as it is read; `onMember` reads it as a stream. */
function visitArchive(file, onMember) {
    try {
        tar__WEBPACK_IMPORTED_MODULE_4__.t({ file, sync: true, strict: true, maxReadSize: READ_BYTES, onReadEntry: onMember });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`the compressed logs cannot be read: ${error.message}`, {
            file,
            fix: 'The archive is damaged; run `lyfe-kt verify` on the package to see what changed',
            cause: error,
        });
    }
}
/** The files of a `records.tar.gz`, by name. */
function readArchive(file) {
    const files = new Map();
    visitArchive(file, (entry) => {
        const chunks = [];
        entry.on('data', (chunk) => chunks.push(chunk));
        entry.on('end', () => files.set(entry.path, Buffer.concat(chunks)));
    });
    return files;
}
/** The sha256 and size of each member of a `records.tar.gz`, hashed as it is read: no member is held whole. */
function digestArchive(file) {
    const digests = new Map();
    visitArchive(file, (entry) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        entry.on('data', (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
        });
        entry.on('end', () => digests.set(entry.path, { sha256: hash.digest('hex'), bytes }));
    });
    return digests;
}
function readPackageLogs(packageDir) {
    const logsDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(packageDir, _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LOGS_DIR */ .c6);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(logsDir)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0('not a package: it has no logs/ folder', { file: packageDir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const files = new Map();
    let compressed = false;
    for (const name of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(logsDir).sort()) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).isFile())
            continue;
        if (name === _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_FILE */ .sX) {
            compressed = true;
            for (const [member, content] of readArchive(file))
                files.set(member, content);
        }
        else {
            files.set(name, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file));
        }
    }
    return { compressed, files };
}
function parseJsonl(content, name, packageDir) {
    if (!content)
        return [];
    const records = [];
    const lines = content.toString('utf8').split('\n');
    lines.forEach((line, index) => {
        if (!line)
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            value = undefined;
        }
        if (!(0,_records_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .isLogRecord */ .Y9)(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`line ${index + 1} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
        }
        records.push(value);
    });
    return records;
}
/** The session records a package carries (plain or compressed), for every tool that reads a package. */
function readPackageRecords(packageDir) {
    const logs = readPackageLogs(packageDir);
    const processing = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.processingRecords), _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.processingRecords, packageDir);
    const prompts = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.promptRecords), _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.promptRecords, packageDir);
    return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
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

/***/ 9894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ RecordLogsWriter),
/* harmony export */   T: () => (/* binding */ memberGzip)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _records_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5001);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5046);



/** Where `RecordLogsWriter` puts the gzip member of `name` until the archive or the viewer takes it. */
const memberGzip = (logsDir, name) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, `.${name}.gz`);
const NEWLINE = Buffer.from('\n');
/** A record as a line of a `*.jsonl`: the bytes it was read from, which parsing spares serializing again. */
function writeRecord(sink, record, line) {
    if (line) {
        sink.write(line);
        sink.write(NEWLINE);
    }
    else
        sink.write(`${JSON.stringify(record)}\n`);
}
/**
 * Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it,
 * through `thread`. Compressed, each file is only a gzip member; plain, each is a file, and the
 * `*.jsonl` a gzip member as well, for the viewer.
 */
class RecordLogsWriter {
    sinks = new Map();
    processingLog;
    processingJsonl;
    promptsAudit;
    promptsJsonl;
    /** How many records each stream holds, processing first (the viewer is told). */
    counts = { processing: 0, prompts: 0 };
    constructor(logsDir, thread, { compress }) {
        const open = (name, jsonl) => {
            const target = compress ? { gzip: memberGzip(logsDir, name) } : { plain: node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, name), ...(jsonl ? { gzip: memberGzip(logsDir, name) } : {}) };
            const sink = thread.open(target);
            this.sinks.set(name, sink);
            return sink;
        };
        this.processingLog = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.processing, false);
        this.processingJsonl = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.processingRecords, true);
        this.promptsAudit = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.promptsAudit, false);
        this.promptsJsonl = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.promptRecords, true);
    }
    /**
     * `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl`
     * the record: its `line` as read, else serialized.
     */
    processing(record, line) {
        this.counts.processing += 1;
        this.processingLog.write(`${(0,_records_render_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRecordLine */ .zH)(record)}\n`);
        writeRecord(this.processingJsonl, record, line);
    }
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record, line) {
        this.counts.prompts += 1;
        this.promptsAudit.write(`${(0,_records_render_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAttempt */ .lZ)(record)}\n\n`);
        writeRecord(this.promptsJsonl, record, line);
    }
    /** Hands over the rest at once; resolves once every file is complete. */
    async close() {
        // Every sink hands over its rest now, before this returns: the thread finishes them together.
        const closed = [...this.sinks].map(async ([name, sink]) => [name, await sink.close()]);
        return new Map(await Promise.all(closed));
    }
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y9: () => (/* binding */ isLogRecord),
/* harmony export */   cz: () => (/* binding */ forEachRecord),
/* harmony export */   pF: () => (/* binding */ parseRecordLine)
/* harmony export */ });
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3940);

/** Record validation: which lines of a global file are records, whatever else shares the file. */
const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
/** Whether a parsed value has the shape of a record (the fields every view relies on). */
function isLogRecord(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return false;
    const r = value;
    return (typeof r.session === 'string' &&
        typeof r.time === 'string' &&
        typeof r.event === 'string' &&
        typeof r.stage === 'string' &&
        typeof r.level === 'string' &&
        LEVELS.has(r.level));
}
/** The record on a line, or undefined for a line that is not one. */
function parseRecordLine(chunk, start, end) {
    let value;
    try {
        value = JSON.parse(chunk.toString('utf8', start, end));
    }
    catch {
        return undefined;
    }
    return isLogRecord(value) ? value : undefined;
}
/** Every record of a global file, of every session, in file order; foreign lines are counted. */
function forEachRecord(file, onRecord) {
    const result = { records: 0, foreign: 0 };
    (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanLines */ .JH)(file, undefined, (chunk, start, end) => {
        const parsed = parseRecordLine(chunk, start, end);
        if (parsed) {
            result.records += 1;
            onRecord(parsed);
        }
        else {
            result.foreign += 1;
        }
    }, () => {
        result.foreign += 1;
    });
    return result;
}


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ roundMetric),
/* harmony export */   p: () => (/* binding */ aggregateQuality)
/* harmony export */ });
/**
 * The run-level quality metrics: one definition for every report of a run. The pipeline's
 * `generation_report.json` aggregates the outputs it just scored; the session model aggregates
 * the same per-output scores from the `file.result` records; both call this, so the two agree.
 * The per-output formulas are in `pipeline/metrics.ts`; docs/metrics.md gives both.
 */
/** Every metric, per output and per run, is rounded to three decimals. */
const roundMetric = (value) => Math.round(value * 1000) / 1000;
/** A running mean: added to one value at a time, so that no list of scores is kept. */
class Mean {
    sum = 0;
    count = 0;
    add(value) {
        if (value === null)
            return;
        this.sum += value;
        this.count += 1;
    }
    value() {
        return this.count ? roundMetric(this.sum / this.count) : null;
    }
}
/**
 * The run's metrics: schema compliance over all outputs, the two scores as means of the
 * per-output scores. Every metric is null when nothing was generated: a run that made nothing has
 * no quality to measure, which 0 would misreport as the worst quality.
 */
function aggregateQuality(outputs) {
    let total = 0;
    let valid = 0;
    const mobile = new Mean();
    const persona = new Mean();
    for (const output of outputs) {
        total += 1;
        if (output.valid)
            valid += 1;
        mobile.add(output.mobile_optimization_score);
        persona.add(output.ari_persona_consistency);
    }
    return {
        schema_compliance: total ? roundMetric(valid / total) : null,
        mobile_optimization_score: mobile.value(),
        ari_persona_consistency: persona.value(),
    };
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
/**
 * `2025-01-18T17:30:45.123Z` as `2025-01-18 17:30:45.123`: sortable, and readable at a glance.
 * (Cut by position, not by a regular expression: it runs once for every record of a package.)
 */
function displayTime(iso) {
    const t = iso.indexOf('T');
    const spaced = t < 0 ? iso : `${iso.slice(0, t)} ${iso.slice(t + 1)}`;
    return spaced.endsWith('Z') ? spaced.slice(0, -1) : spaced;
}
function files(record) {
    const input = record.input?.length ? record.input.join(', ') : undefined;
    const output = record.output?.length ? `-> ${record.output.join(', ')}` : undefined;
    return input === undefined ? (output ?? '') : output === undefined ? input : `${input} ${output}`;
}
/** One line per record: time, level, stage, event, files, message. */
function formatRecordLine(record, paint = plain) {
    const level = record.level;
    const concerned = files(record);
    return `${paint('dim', displayTime(record.time))} ${paint(level, level.toUpperCase().padEnd(5))} ${paint('stage', record.stage.padEnd(10))} ${paint('event', record.event.padEnd(12))} ${concerned ? `${concerned} ` : ''}${record.msg ?? ''}`;
}
/** Every line of `text` indented by four spaces. */
function indent(text) {
    return `    ${text.replaceAll('\n', '\n    ')}`;
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

/***/ 3940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ scanSpans),
/* harmony export */   JH: () => (/* binding */ scanLines),
/* harmony export */   of: () => (/* binding */ scanLineRanges),
/* harmony export */   oy: () => (/* binding */ openIfExists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/**
 * The line scanner under every reader of the global record files. It streams a file (or the byte
 * ranges of it a session's index names) in chunks with positioned reads into one reused buffer
 * and looks at raw bytes only: with a needle, the needle is searched across the whole chunk, so
 * lines without it are never looked at one by one. A whole 1 GiB file costs about twice what
 * `grep -F` costs, in flat memory; a session's ranges cost about its own size. One thread: on two cores a worker thread scanning half of the file was measured slower
 * than this, with and without a second process loading a core (docs/performance.md).
 */
/** Size of the reused read buffer of a whole-file scan; it only grows for a single line longer than this. */
const CHUNK_BYTES = 1024 * 1024;
/** The same for reading ranges: most are a few lines long, and a long one is read in several chunks. */
const SPAN_CHUNK_BYTES = 256 * 1024;
/**
 * The ranges that hold whole lines are read one after another into a buffer of this size, and
 * their lines visited a buffer at a time: one read per range, one search per buffer.
 */
const BATCH_BYTES = 256 * 1024;
/** What is read at a time past the end of a range to finish its last line. */
const PAST_SPAN_BYTES = 64 * 1024;
/** What is read at a time looking back for the start of a line. */
const BACK_BYTES = 4096;
const NEWLINE = 0x0a;
/** The file opened for reading (or with `flags`), or `undefined` when it (or, to create it, its folder) does not exist. */
function openIfExists(file, flags = 'r') {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, flags);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** `region` ends with a newline. */
function visitAll(region, visit) {
    let start = 0;
    while (start < region.length) {
        const end = region.indexOf(NEWLINE, start);
        if (end > start)
            visit(region, start, end, -1);
        start = end + 1;
    }
}
/** `region` ends with a newline. */
function visitMatching(region, needle, visit) {
    let from = 0;
    for (;;) {
        const hit = region.indexOf(needle, from);
        if (hit < 0)
            return;
        // Searched back in a loop: the line's start is a few bytes before the session in a record.
        let start = hit;
        while (start > 0 && region[start - 1] !== NEWLINE)
            start -= 1;
        const end = region.indexOf(NEWLINE, hit + needle.length);
        visit(region, start, end, hit);
        from = end + 1;
    }
}
/**
 * Visits the lines that start in `[from, to)` of the open file, reading on past `to` to the end of
 * the last one; returns the byte after the last line visited (or after the tail), or `undefined`
 * when `aligned` asked for byte `from` to be a newline and it is not. A line cut by a chunk
 * boundary is moved to the front of the buffer and completed by the next read; nothing is
 * concatenated. Within a span only what is left of it is read, so that a short span costs one
 * short read.
 */
function scanSpan(fd, from, to, needle, visit, onTail, read, aligned) {
    let buffer = read.bytes;
    /** The file offset of `buffer[0]`. */
    let base = from;
    let position = from;
    let held = 0;
    const visitRegion = (region) => (needle ? visitMatching(region, needle, visit) : visitAll(region, visit));
    for (;;) {
        if (held === buffer.length) {
            const larger = Buffer.allocUnsafe(buffer.length * 2);
            buffer.copy(larger, 0, 0, held);
            read.bytes = buffer = larger;
        }
        const room = buffer.length - held;
        const wanted = position < to ? Math.min(room, to - position) : Math.min(room, PAST_SPAN_BYTES);
        const count = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, held, wanted, position);
        if (count === 0)
            break;
        if (aligned && position === from && buffer[0] !== NEWLINE)
            return undefined;
        position += count;
        const filled = held + count;
        if (position >= to) {
            // The buffer holds byte `to - 1`: the span ends with the line holding it (most often the
            // range ends a line, and that byte is its newline).
            const last = Math.max(0, to - 1 - base);
            const cut = buffer[last] === NEWLINE ? last : buffer.subarray(0, filled).indexOf(NEWLINE, last);
            if (cut >= 0) {
                visitRegion(buffer.subarray(0, cut + 1));
                return base + cut + 1;
            }
        }
        // Search from the bytes just read: the held part has no newline in it.
        const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
        if (lastNewline < held) {
            held = filled;
            continue;
        }
        // A view ending at the last newline keeps `indexOf` out of the stale bytes beyond it.
        visitRegion(buffer.subarray(0, lastNewline + 1));
        buffer.copyWithin(0, lastNewline + 1, filled);
        held = filled - lastNewline - 1;
        base += lastNewline + 1;
    }
    if (held > 0 && (!needle || buffer.subarray(0, held).includes(needle)))
        onTail(buffer, 0, held, -1);
    return base + held;
}
/** The start of the line holding byte `at - 1`, not before `floor` (a line start). */
function lineStartBefore(fd, at, floor) {
    const block = Buffer.allocUnsafe(BACK_BYTES);
    let end = at;
    while (end > floor) {
        const start = Math.max(floor, end - BACK_BYTES);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, block, 0, end - start, start);
        const newline = block.subarray(0, end - start).lastIndexOf(NEWLINE);
        if (newline >= 0)
            return start + newline + 1;
        end = start;
    }
    return floor;
}
/** `source` is a file name, or a descriptor open for reading, which is left open. */
function withFile(source, use) {
    if (typeof source === 'number')
        return use(source);
    const fd = openIfExists(source);
    if (fd === undefined)
        return;
    try {
        use(fd);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too.
 */
function scanLines(file, needle, visit, onTail) {
    withFile(file, (fd) => scanSpan(fd, 0, Infinity, needle, visit, onTail, { bytes: Buffer.allocUnsafe(CHUNK_BYTES) }, false));
}
/**
 * The same visits as `scanLines` with the same needle, for the byte ranges `ranges` (`[start, end)`
 * pairs, in the order to visit) of the open file, each made of whole lines: a session's copy of its
 * lines (session-index.ts), read in large chunks.
 */
function scanLineRanges(fd, ranges, needle, visit, onTail) {
    const read = { bytes: Buffer.allocUnsafe(CHUNK_BYTES) };
    for (let i = 0; i < ranges.length; i += 2)
        scanSpan(fd, ranges[i], ranges[i + 1], needle, visit, onTail, read, false);
}
/**
 * The same visits as `scanLines` with the same needle, for the lines that start in the byte
 * ranges `spans` (`[start, end)` pairs, sorted, disjoint, `end` possibly `Infinity`): each line
 * whole, once, in file order, even where a range starts or ends inside a line.
 */
function scanSpans(file, spans, needle, visit, onTail) {
    withFile(file, (fd) => {
        const read = { bytes: Buffer.allocUnsafe(SPAN_CHUNK_BYTES) };
        // Ranges of whole lines, one after another: `batch[0]` is a newline, `batch[1, used)` the lines.
        const batch = Buffer.allocUnsafe(BATCH_BYTES);
        batch[0] = NEWLINE;
        let used = 1;
        const visitBatch = () => {
            if (used > 1)
                visitMatching(batch.subarray(1, used), needle, visit);
            used = 1;
        };
        /** Lines before this byte were visited (or passed over) already. */
        let done = 0;
        for (let i = 0; i < spans.length; i += 2) {
            const start = spans[i];
            const end = spans[i + 1];
            if (end <= done)
                continue;
            if (start > done && start > 0 && end - start < BATCH_BYTES) {
                if (used + end - start > BATCH_BYTES)
                    visitBatch();
                // The byte before the range is read over the newline ending the last one: the range holds
                // whole lines when that byte and its own last byte are newlines (most ranges: the writer's
                // lines); then its lines wait in the batch. Otherwise the newline is put back and the range
                // is read on its own.
                const wanted = end - start + 1;
                const at = used - 1;
                if (node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, batch, at, wanted, start - 1) === wanted && batch[at] === NEWLINE && batch[at + wanted - 1] === NEWLINE) {
                    used += wanted - 1;
                    done = end;
                    continue;
                }
                batch[at] = NEWLINE;
            }
            // The lines waiting in the batch come first: they are before this range.
            visitBatch();
            // A range starting past `done` is read from the byte before it, which must end a line.
            done =
                (start > done ? scanSpan(fd, start - 1, end, needle, visit, onTail, read, true) : undefined) ??
                    scanSpan(fd, start > done ? lineStartBefore(fd, start, done) : done, end, needle, visit, onTail, read, false);
        }
        visitBatch();
    });
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sV: () => (/* binding */ Events),
  b: () => (/* binding */ RecordFiles),
  an: () => (/* reexport */ STAGES)
});

;// CONCATENATED MODULE: ./dist/lib/session/stages.js
/** Stages that tag records, in pipeline order. `session` is for records about the session itself. */
const STAGES = ['session', 'preprocess', 'generate', 'package'];

;// CONCATENATED MODULE: ./dist/lib/records/types.js

/** Names of the record events; views switch on these, never on `msg`. */
const Events = {
    sessionStart: 'session.start',
    sessionEnd: 'session.end',
    stageStart: 'stage.start',
    stageEnd: 'stage.end',
    fileResult: 'file.result',
    /** Written when an attempt is sent: a process killed mid-call still shows which call was in flight. */
    llmRequest: 'llm.request',
    llmAttempt: 'llm.attempt',
    stepOutput: 'step.output',
    warning: 'warning',
    error: 'error',
};
/** File names of the global record files inside the log directory. */
const RecordFiles = {
    processing: 'processing.jsonl',
    prompts: 'prompts.jsonl',
};


/***/ }),

/***/ 9567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ byCodeUnits),
/* harmony export */   XP: () => (/* binding */ round4),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lT: () => (/* binding */ countText)
/* harmony export */ });
/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`), and their plain renderings. */
/** A finite number, else null. */
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A non-empty string, else null. */
const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
const round4 = (value) => Math.round(value * 10_000) / 10_000;
/** Strings in code-unit order: the same on every machine, whatever its locale, and without loading ICU's collation. */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * A count with thousands separators, `12345` → `12,345`: the text of `toLocaleString('en-US')`,
 * without loading ICU's number formats, which the first call in a process does (11 ms and more,
 * a large part of packaging a small run). Counts are whole numbers; anything else goes to ICU.
 */
const countText = (n) => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US'));


/***/ })

};
