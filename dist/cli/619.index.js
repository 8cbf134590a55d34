export const id = 619;
export const ids = [619];
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

/***/ 1830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hz: () => (/* binding */ SHIPPED_PRICES),
  Er: () => (/* binding */ activePriceTable),
  rs: () => (/* binding */ costText),
  S$: () => (/* binding */ costTotal),
  xx: () => (/* binding */ priceOf),
  SD: () => (/* binding */ priceTableInfo),
  tE: () => (/* binding */ roundUsd),
  md: () => (/* binding */ tokensCost),
  Yn: () => (/* binding */ usdText),
  fs: () => (/* binding */ usePriceTable)
});

;// CONCATENATED MODULE: ./dist/lib/records/prices.json
const prices_namespaceObject = /*#__PURE__*/JSON.parse('{"as_of":"2026-12-01","source":"OpenAI API pricing, standard tier, text tokens, context under 270K: https://developers.openai.com/api/docs/pricing (each model names the page its prices were read from)","models":{"gpt-5.4":{"input":2.5,"cached_input":0.25,"output":15,"source":"https://developers.openai.com/api/docs/pricing, as quoted by https://benchlm.ai/blog/posts/openai-api-pricing (2026-04-13)"},"gpt-5.4-mini":{"input":0.75,"cached_input":0.075,"output":4.5,"source":"https://developers.openai.com/api/docs/pricing, as quoted by https://benchlm.ai/blog/posts/openai-api-pricing (2026-04-13)"},"gpt-5.4-nano":{"input":0.2,"cached_input":0.02,"output":1.25,"source":"https://developers.openai.com/api/docs/pricing, as quoted by https://benchlm.ai/blog/posts/openai-api-pricing (2026-04-13)"},"gpt-5":{"input":1.25,"cached_input":0.125,"output":10,"source":"https://developers.openai.com/api/docs/models/gpt-5-codex (GPT-5 and GPT-5-Codex share the price)"},"gpt-5-mini":{"input":0.25,"cached_input":0.025,"output":2,"source":"https://developers.openai.com/api/docs/models/gpt-5-mini"},"gpt-5-nano":{"input":0.05,"cached_input":0.005,"output":0.4,"source":"https://developers.openai.com/api/docs/models/gpt-5-nano"},"gpt-4.1":{"input":2,"cached_input":0.5,"output":8,"source":"https://github.com/github/docs/blob/main/data/tables/copilot/models-and-pricing.yml (OpenAI\'s API prices)"},"gpt-4.1-mini":{"input":0.4,"cached_input":0.1,"output":1.6,"source":"https://docs.rs/crate/adk-model/latest/source/src/openai/pricing.rs (OpenAI prices, March 2026)"},"gpt-4.1-nano":{"input":0.1,"cached_input":0.025,"output":0.4,"source":"https://docs.rs/crate/adk-model/latest/source/src/openai/pricing.rs (OpenAI prices, March 2026)"},"gpt-4o":{"input":2.5,"cached_input":1.25,"output":10,"source":"https://openai.com/api/pricing/, as quoted by https://github.com/CommitBrief/commitbrief/wiki/Provider-OpenAI (2026-05-27)"},"gpt-4o-mini":{"input":0.15,"cached_input":0.075,"output":0.6,"source":"https://openai.com/api/pricing/, as quoted by https://github.com/CommitBrief/commitbrief/wiki/Provider-OpenAI (2026-05-27)"},"o4-mini":{"input":1.1,"cached_input":0.275,"output":4.4,"source":"https://platform.openai.com/docs/models/o4-mini, as quoted by https://github.com/RooCodeInc/Roo-Code/pull/2691 (2025-04-17)"}}}');
;// CONCATENATED MODULE: ./dist/lib/records/cost.js

const SHIPPED_PRICES = prices_namespaceObject;
let chosen;
/** Makes `table` the one every session model of this process prices with (`usePriceFile` at the edges). */
function usePriceTable(table) {
    chosen = table;
}
/** The table in use: the one chosen with `usePriceTable`, else the shipped one. */
function activePriceTable() {
    return chosen ?? SHIPPED_PRICES;
}
function priceTableInfo(table) {
    return { as_of: table.as_of, source: table.source, ...(table.file ? { file: table.file } : {}) };
}
/** A dated snapshot, `gpt-4o-2024-08-06`: priced as its model, `gpt-4o`. */
const SNAPSHOT = /-\d{4}-\d{2}-\d{2}$/;
/** The price of `model`: its own entry, else (a dated snapshot) its model's; null when the table has neither. */
function priceOf(table, model) {
    return table.models[model] ?? table.models[model.replace(SNAPSHOT, '')] ?? null;
}
/** US dollars for the tokens at `price`. */
function tokensCost(price, tokens) {
    const cached = Math.min(tokens.cached_tokens, tokens.prompt_tokens);
    return ((tokens.prompt_tokens - cached) * price.input + cached * (price.cached_input ?? price.input) + tokens.completion_tokens * price.output) / 1_000_000;
}
/** Dollars to eight decimals: sums of tiny products without float noise (`0.30000000000000004`). */
const roundUsd = (value) => Math.round(value * 1e8) / 1e8;
/** The total of calls, each with its cost (null: unknown) and whether it was billed. */
function costTotal(calls) {
    let count = 0;
    let known = 0;
    let unknown = 0;
    let unbilled = 0;
    for (const call of calls) {
        count += 1;
        if (!call.billed)
            unbilled += 1;
        if (call.cost_usd === null)
            unknown += 1;
        else
            known += call.cost_usd;
    }
    const knownUsd = roundUsd(known);
    return { calls: count, usd: unknown ? null : knownUsd, known_usd: knownUsd, unknown_calls: unknown, unbilled_calls: unbilled };
}
/** `$0.0123`; amounts under a hundredth of a cent keep two significant digits (`$0.000012`). */
function usdText(value) {
    if (value !== 0 && Math.abs(value) < 0.0001)
        return `$${Number(value.toPrecision(2))}`;
    return `$${value.toFixed(4).replace(/0{1,2}$/, '')}`;
}
/**
 * A cost for a reader: `$0.0123`; `$0.0123 + unknown for 2 calls` when some calls have no price;
 * `unknown for 2 calls`; `$0, not billed` when no call was billed (the offline provider, the build
 * cache, a replay).
 */
function costText(total) {
    const unknown = `unknown for ${total.unknown_calls} call${total.unknown_calls === 1 ? '' : 's'}`;
    if (total.usd === null)
        return total.known_usd ? `${usdText(total.known_usd)} + ${unknown}` : unknown;
    if (total.calls && total.unbilled_calls === total.calls)
        return '$0, not billed';
    return usdText(total.usd);
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
    (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanLines */ .J)(file, undefined, (chunk, start, end) => {
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
/* harmony export */   B: () => (/* binding */ scanSpans),
/* harmony export */   J: () => (/* binding */ scanLines)
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
function openIfExists(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'r');
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
function withFile(file, use) {
    const fd = openIfExists(file);
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

/***/ 8169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ summarizeSession),
/* harmony export */   IV: () => (/* binding */ SessionModel),
/* harmony export */   fc: () => (/* binding */ STREAMS_IN_ORDER)
/* harmony export */ });
/* unused harmony export PrdStageNames */
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1830);
/* harmony import */ var _quality_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9988);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9567);




/** The PRD's names of the stages, as `metadata.json` lists them in `execution.stages_executed`. */
const PrdStageNames = {
    preprocess: 'preprocessing',
    generate: 'generation',
    package: 'packaging',
};
/** How many records before a failure its summary keeps. */
const LAST_RECORDS = 8;
/** The record streams, in the order views read them: processing first gives failures their exact context. */
const STREAMS_IN_ORDER = ['processing', 'prompts'];
const ms = (time) => Date.parse(time);
const iso = (value) => (Number.isFinite(value) ? new Date(value).toISOString() : null);
const isPipelineStage = (stage) => stage !== 'package' && stage !== 'session';
/** A process of a session: pids of different sessions (different machines) may be equal. */
const processOf = (record) => `${record.session} ${record.pid}`;
/**
 * The context of one failure: the last records of its process at or before `until`, from both
 * streams. It takes each stream's ring of that process when the stream moves past `until`.
 */
class FailureContext {
    until;
    ownSeq;
    taken = [];
    constructor(until, 
    /** The failure's own record, left out of its context. */
    ownSeq) {
        this.until = until;
        this.ownSeq = ownSeq;
    }
    take(ring) {
        for (const entry of ring)
            if (entry.ms <= this.until)
                this.taken.push(entry);
    }
    records() {
        // One timeline: by time, processing before prompts on a tie, then in stream order.
        const sorted = this.taken.sort((a, b) => a.ms - b.ms || a.stream - b.stream || a.seq - b.seq);
        return sorted
            .slice(-LAST_RECORDS)
            .filter((entry) => entry.seq !== this.ownSeq)
            .map(({ record: { data: _data, ...line } }) => line);
    }
}
/** Counts each value; the most frequent, first seen on a tie. */
class Tally {
    counts = new Map();
    add(value) {
        if (value)
            this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    }
    keys() {
        return [...this.counts.keys()];
    }
    most() {
        let best = null;
        let bestCount = 0;
        for (const [value, count] of this.counts) {
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        return best;
    }
}
function lastFile(records) {
    for (let i = records.length - 1; i >= 0; i--) {
        const file = records[i].input?.[0] ?? records[i].output?.[0];
        if (file)
            return file;
    }
    return null;
}
function levelOf(file, data) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
}
function versionLabel(version) {
    if (!version)
        return null;
    return version.startsWith('v') ? version : `v${version}`;
}
function newRun(record) {
    return { stage: record.stage, pid: record.pid, status: 'unfinished', start_time: record.time, end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null };
}
/**
 * Reduces one session's records to its SessionSummary. Hand it every record of the session with
 * `add` (processing records and prompt-audit records, each stream in its file order, the two
 * interleaved in any way), then take `result()` once. The context shown before a failure is
 * exact when the prompt records of a moment are added no earlier than the processing records
 * before it (processing first, or both by time), which is how every view reads them.
 */
class SessionModel {
    sessionId = '';
    sessions = new Set();
    seq = 0;
    minMs = Number.POSITIVE_INFINITY;
    maxMs = Number.NEGATIVE_INFINITY;
    /** The first `session.start` of each session. */
    starts = new Map();
    /** The last `session.end` of each session. */
    ends = new Map();
    info = {};
    runs = [];
    /** The session and process of each run. */
    runOrigin = new Map();
    /** Runs started and not ended, by stage and process: a process runs a stage once at a time. */
    open = new Map();
    /** Open runs of each process that no later `stage.start` of the process has followed yet. */
    awaitingNext = new Map();
    /** Of a run that never ends, the context before the next `stage.start` of its process. */
    runContexts = new Map();
    streams = [new Map(), new Map()];
    errors = [];
    calls = new Map();
    models = new Tally();
    providers = new Tally();
    attempts = 0;
    liveAttempts = 0;
    okAttempts = 0;
    retries = 0;
    totalTokens = 0;
    promptTokens = 0;
    completionTokens = 0;
    cachedTokens = 0;
    reasoningTokens = 0;
    latency = 0;
    prices;
    outputs = new Map();
    preprocessInputs = new Set();
    preprocessResultInputs = new Set();
    counts = { processing_records: 0, prompt_records: 0, warnings: 0, errors: 0 };
    done = false;
    /** `prices`: the price table the calls are priced with; by default the one in use (`activePriceTable`). */
    constructor(options = {}) {
        this.prices = options.prices ?? (0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .activePriceTable */ .Er)();
    }
    /** Folds one record of the session, from the stream `kind`, into the model. */
    add(record, kind) {
        if (this.done)
            throw new Error('SessionModel.add after result()');
        const stream = STREAMS_IN_ORDER.indexOf(kind);
        const seq = this.seq++;
        const time = ms(record.time);
        this.sessionId ||= record.session;
        this.sessions.add(record.session);
        if (time < this.minMs)
            this.minMs = time;
        if (time > this.maxMs)
            this.maxMs = time;
        if (record.level === 'warn')
            this.counts.warnings += 1;
        else if (record.level === 'error')
            this.counts.errors += 1;
        if (stream === 0)
            this.counts.processing_records += 1;
        else
            this.counts.prompt_records += 1;
        const recent = this.processStream(stream, processOf(record));
        // Contexts that end before this record take the ring as it is: the stream has moved past them.
        while (recent.waiting.length && recent.waiting[0].until < time)
            recent.waiting.shift().take(recent.ring);
        recent.lastMs = time;
        if (stream === 0)
            this.addProcessing(record, seq, time);
        else
            this.addPrompt(record);
        recent.ring.push({ ms: time, stream, seq, record });
        if (recent.ring.length > LAST_RECORDS)
            recent.ring.shift();
    }
    processStream(stream, process) {
        let recent = this.streams[stream].get(process);
        if (!recent) {
            recent = { ring: [], lastMs: Number.NEGATIVE_INFINITY, waiting: [] };
            this.streams[stream].set(process, recent);
        }
        return recent;
    }
    /** A context for a failure of `process` up to `until`: each stream gives its ring when it moves past `until`, or now if it has. */
    contextOf(process, until, ownSeq) {
        const context = new FailureContext(until, ownSeq);
        for (let stream = 0; stream < STREAMS_IN_ORDER.length; stream++) {
            const recent = this.processStream(stream, process);
            if (recent.lastMs > until) {
                context.take(recent.ring);
                continue;
            }
            let at = recent.waiting.length;
            while (at > 0 && recent.waiting[at - 1].until > until)
                at--;
            recent.waiting.splice(at, 0, context);
        }
        return context;
    }
    addProcessing(record, seq, time) {
        const data = record.data ?? {};
        switch (record.event) {
            case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.sessionStart:
                if (this.starts.size === 0)
                    this.info = data;
                if (!this.starts.has(record.session))
                    this.starts.set(record.session, record);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.sessionEnd:
                this.ends.set(record.session, record);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.stageStart:
                this.startRun(record, time);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.stageEnd:
                this.endRun(record, data);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.error:
                if (record.stage !== 'package')
                    this.addError(record, seq, time);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.fileResult:
                this.addFileResult(record, data);
                break;
        }
        if (record.stage === 'preprocess') {
            const inputs = record.event === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.fileResult ? this.preprocessResultInputs : this.preprocessInputs;
            for (const file of record.input ?? [])
                inputs.add(file);
        }
    }
    startRun(record, time) {
        // The runs of this process that are still open never ended before this start: their context stops here.
        const process = processOf(record);
        for (const open of this.awaitingNext.get(process) ?? [])
            this.runContexts.set(open, this.contextOf(process, time - 1, -1));
        const run = this.newRun(record);
        // A start while the same stage of the same process is open: that run was abandoned (pid reused).
        this.open.set(`${record.stage} ${process}`, run);
        this.awaitingNext.set(process, [run]);
    }
    endRun(record, data) {
        const process = processOf(record);
        const key = `${record.stage} ${process}`;
        let run = this.open.get(key);
        this.open.delete(key);
        if (run) {
            const ended = run;
            const waiting = this.awaitingNext.get(process);
            if (waiting)
                this.awaitingNext.set(process, waiting.filter((open) => open !== ended));
            this.runContexts.delete(run);
        }
        else {
            run = this.newRun(record);
        }
        run.status = data.status === 'ok' ? 'ok' : 'failed';
        run.end_time = record.time;
        run.duration_ms = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.duration_ms) ?? ms(record.time) - ms(run.start_time);
        run.files_in = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.files_in) ?? 0;
        run.files_out = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.files_out) ?? 0;
        run.files_invalid = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.files_invalid) ?? 0;
        run.error = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.error);
    }
    newRun(record) {
        const run = newRun(record);
        this.runs.push(run);
        this.runOrigin.set(run, { session: record.session, process: processOf(record) });
        return run;
    }
    addError(record, seq, time) {
        const data = record.data ?? {};
        this.errors.push({
            failure: {
                kind: 'error',
                stage: record.stage,
                pid: record.pid,
                time: record.time,
                message: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.error) ?? record.msg,
                fix: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.fix),
                file: record.input?.[0] ?? record.output?.[0] ?? null,
                last_records: [],
            },
            context: this.contextOf(processOf(record), time, seq),
        });
    }
    addFileResult(record, data) {
        if (record.stage !== 'generate')
            return;
        const metrics = (data.metrics ?? {});
        for (const file of record.output ?? []) {
            // The last result of a file wins, in the order of that result.
            this.outputs.delete(file);
            this.outputs.set(file, {
                file,
                input: record.input?.[0] ?? null,
                level: levelOf(file, data),
                valid: data.valid === true,
                errors: Array.isArray(data.errors) ? data.errors.map(String) : [],
                mobile_optimization_score: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(metrics.mobile_optimization_score),
                ari_persona_consistency: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(metrics.ari_persona_consistency),
                schema_version: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.schema_version),
                call_id: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.call_id),
                attempts: 0,
                tokens: 0,
                cost_usd: null,
            });
        }
    }
    addPrompt(record) {
        if (record.event !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.llmAttempt && record.event !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.llmRequest)
            return;
        const data = (record.data ?? {});
        const id = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.call_id);
        if (!id)
            return;
        let call = this.calls.get(id);
        if (!call) {
            call = {
                summary: {
                    call_id: id,
                    purpose: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.purpose) ?? '',
                    stage: record.stage,
                    input: record.input ?? [],
                    output: record.output ?? [],
                    provider: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.provider) ?? '',
                    model: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.model) ?? '',
                    request_model: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.model) ?? '',
                    pid: record.pid,
                    attempts: 0,
                    outcome: 'unfinished',
                    tokens: 0,
                    prompt_tokens: 0,
                    completion_tokens: 0,
                    cached_tokens: 0,
                    reasoning_tokens: 0,
                    latency_ms: 0,
                    start_time: record.event === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.llmRequest ? record.time : new Date(ms(record.time) - ((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.latency_ms) ?? 0)).toISOString(),
                    end_time: null,
                    max_tokens: null,
                    finish_reason: null,
                    error: null,
                    http_status: null,
                    billed: false,
                    cost_usd: 0,
                },
                inFlight: false,
                cached: false,
                cost: 0,
                unpriced: false,
            };
            this.calls.set(id, call);
        }
        call.cached = data.source === 'cache';
        // The offline provider, the build cache and replays send nothing to be billed.
        const billed = data.source !== 'cache' && data.source !== 'replay' && data.provider !== 'offline';
        if (billed)
            call.summary.billed = true;
        // A request with no attempt record after it was in flight when its process stopped.
        if (record.event === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Events */ .sV.llmRequest) {
            call.inFlight = true;
            call.summary.outcome = 'unfinished';
            call.summary.end_time = null;
            return;
        }
        call.inFlight = false;
        const summary = call.summary;
        const tokens = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.usage?.total_tokens) ?? 0;
        const prompt = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.usage?.prompt_tokens) ?? 0;
        const completion = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.usage?.completion_tokens) ?? 0;
        const cached = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.usage?.prompt_tokens_details?.cached_tokens) ?? 0;
        const reasoning = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.usage?.completion_tokens_details?.reasoning_tokens) ?? 0;
        const latency = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.latency_ms) ?? 0;
        summary.attempts += 1;
        summary.tokens += tokens;
        summary.prompt_tokens += prompt;
        summary.completion_tokens += completion;
        summary.cached_tokens += cached;
        summary.reasoning_tokens += reasoning;
        summary.latency_ms += latency;
        summary.end_time = record.time;
        if (data.model)
            summary.model = data.model;
        summary.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' ? 'failed' : 'unfinished';
        const params = (data.params ?? {});
        summary.max_tokens = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(params.max_completion_tokens) ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(params.max_tokens);
        summary.finish_reason = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.finish_reason);
        summary.error = data.outcome === 'ok' ? null : ((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.reason) ?? null);
        summary.http_status = data.outcome === 'ok' ? null : (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(data.http_status);
        // An attempt is billed for the tokens the server reports; one answered without usage (an error) for none.
        if (billed && data.usage) {
            const price = (0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .priceOf */ .xx)(this.prices, summary.model);
            if (price)
                call.cost += (0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .tokensCost */ .md)(price, { prompt_tokens: prompt, cached_tokens: cached, completion_tokens: completion });
            else
                call.unpriced = true;
        }
        this.attempts += 1;
        // A reply from the build cache was not a request to the provider.
        if (data.source !== 'cache')
            this.liveAttempts += 1;
        if (data.outcome === 'ok')
            this.okAttempts += 1;
        else if (data.outcome === 'retry')
            this.retries += 1;
        this.models.add((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.model));
        this.providers.add((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(data.provider));
        this.totalTokens += tokens;
        this.promptTokens += prompt;
        this.completionTokens += completion;
        this.cachedTokens += cached;
        this.reasoningTokens += reasoning;
        this.latency += latency;
    }
    /** What the session was. Ends the model: add nothing after. */
    result() {
        this.done = true;
        // The packaging stage that wrote its session's end is, by construction, the one that completed.
        for (const run of this.runs) {
            const origin = this.runOrigin.get(run);
            const lastEnd = this.ends.get(origin.session);
            if (run.stage === 'package' && run.status === 'unfinished' && lastEnd && processOf(lastEnd) === origin.process && ms(lastEnd.time) >= ms(run.start_time)) {
                run.status = 'ok';
                run.end_time = lastEnd.time;
                run.duration_ms = ms(lastEnd.time) - ms(run.start_time);
                run.files_in = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(lastEnd.data?.work_files) ?? 0;
            }
        }
        for (const stream of this.streams)
            for (const recent of stream.values())
                for (const context of recent.waiting.splice(0))
                    context.take(recent.ring);
        const failures = this.failures();
        const calls = [...this.calls.values()];
        for (const call of calls) {
            // A billed request in flight when its process stopped may have been billed for tokens no record names.
            call.summary.cost_usd = call.unpriced || (call.inFlight && call.summary.billed) ? null : call.summary.billed ? (0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .roundUsd */ .tE)(call.cost) : 0;
        }
        const outputs = [...this.outputs.values()];
        for (const output of outputs) {
            const call = output.call_id ? this.calls.get(output.call_id)?.summary : undefined;
            output.attempts = call?.attempts ?? 0;
            output.tokens = call?.tokens ?? 0;
            output.cost_usd = call ? call.cost_usd : null;
        }
        const levels = {};
        for (const output of outputs)
            if (output.level)
                levels[output.level] = (levels[output.level] ?? 0) + 1;
        const valid = outputs.filter((output) => output.valid).length;
        const problems = this.problems(failures);
        const startMs = this.starts.size ? Math.min(...[...this.starts.values()].map((start) => ms(start.time))) : this.minMs;
        const endMs = this.ends.size ? Math.max(...[...this.ends.values()].map((end) => ms(end.time))) : this.maxMs;
        const inFlight = calls.filter((call) => call.inFlight);
        const requests = this.attempts + inFlight.length;
        return {
            session_id: this.sessionId,
            start_time: iso(startMs),
            end_time: iso(endMs),
            duration_seconds: Number.isFinite(startMs) && Number.isFinite(endMs) ? Math.round(endMs - startMs) / 1000 : null,
            success: problems.length === 0 && failures.length === 0,
            problems,
            ended: this.ends.size > 0 && this.ends.size === this.sessions.size,
            stages: this.runs,
            stages_executed: [...new Set(this.runs.flatMap((run) => (run.stage in PrdStageNames ? [PrdStageNames[run.stage]] : [])))],
            input_files: [...(this.preprocessResultInputs.size ? this.preprocessResultInputs : this.preprocessInputs)],
            output_files: outputs.map((output) => output.file),
            outputs,
            levels,
            schema_version: versionLabel(outputs.find((output) => output.schema_version)?.schema_version ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(this.info.schema_version)),
            ai: {
                total_api_calls: this.liveAttempts + inFlight.filter((call) => !call.cached).length,
                calls: calls.length,
                ok_attempts: this.okAttempts,
                retries: this.retries,
                failed_calls: calls.filter((call) => call.summary.outcome === 'failed').length,
                unfinished_calls: calls.filter((call) => call.summary.outcome === 'unfinished').length,
                total_tokens: this.totalTokens,
                prompt_tokens: this.promptTokens,
                completion_tokens: this.completionTokens,
                cached_tokens: this.cachedTokens,
                reasoning_tokens: this.reasoningTokens,
                model: this.models.most() ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(this.info.model),
                models: this.models.keys(),
                provider: this.providers.most() ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(this.info.provider),
                // A share of requests, not a quality metric: four decimals, as metadata.json has always given it.
                success_rate: requests ? (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .round4 */ .XP)(this.okAttempts / requests) : null,
                latency_ms: this.latency,
                cost: this.cost(calls.map((call) => call.summary)),
            },
            calls: calls.map((call) => call.summary),
            quality: { ...(0,_quality_js__WEBPACK_IMPORTED_MODULE_3__/* .aggregateQuality */ .p)(outputs), valid_files: valid, invalid_files: outputs.length - valid },
            failures,
            counts: { ...this.counts },
            session_info: this.info,
        };
    }
    cost(calls) {
        const stages = {};
        for (const stage of new Set(calls.map((call) => call.stage)))
            stages[stage] = (0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .costTotal */ .S$)(calls.filter((call) => call.stage === stage));
        return { ...(0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .costTotal */ .S$)(calls), stages, prices: (0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .priceTableInfo */ .SD)(this.prices) };
    }
    failures() {
        const failures = this.errors.map(({ failure, context }) => {
            const before = context.records();
            return { ...failure, file: failure.file ?? lastFile(before), last_records: before };
        });
        for (const run of this.runs) {
            if (run.status !== 'unfinished' || run.stage === 'package')
                continue;
            const context = this.runContexts.get(run) ?? this.contextAtEnd(this.runOrigin.get(run).process);
            const before = context.records();
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
    contextAtEnd(process) {
        const context = new FailureContext(Number.POSITIVE_INFINITY, -1);
        for (const stream of this.streams) {
            const recent = stream.get(process);
            if (recent)
                context.take(recent.ring);
        }
        return context;
    }
    problems(failures) {
        const problems = [];
        if (!this.runs.some((run) => isPipelineStage(run.stage))) {
            problems.push({ code: 'no_pipeline_stage', message: 'No pipeline stage ran in the session: nothing was preprocessed or generated in it, or its records are in another log folder.' });
        }
        const failed = this.runs.some((run) => run.status === 'failed' && isPipelineStage(run.stage));
        if (failed && !failures.some((failure) => failure.kind === 'error'))
            problems.push({ code: 'failed_without_error', message: 'A stage failed without an error record; see processing.log.' });
        if ([...this.ends.values()].some((end) => end.data?.success === false) && problems.length === 0 && failures.length === 0) {
            problems.push({ code: 'recorded_failed', message: 'The packaging that ended the session recorded the run as failed; see processing.log.' });
        }
        return problems;
    }
}
/** The model of a session whose records are in memory (tests, replay, the action's report). */
function summarizeSession(processing, prompts, options = {}) {
    const model = new SessionModel(options);
    for (const record of processing)
        model.add(record, 'processing');
    for (const record of prompts)
        model.add(record, 'prompts');
    return model.result();
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
