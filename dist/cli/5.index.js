export const id = 5;
export const ids = [5];
export const modules = {

/***/ 3148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   Gx: () => (/* binding */ addSessionOptions),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   Tj: () => (/* binding */ colors),
/* harmony export */   Xp: () => (/* binding */ colorEnabled),
/* harmony export */   _y: () => (/* binding */ addGenerationOptions),
/* harmony export */   a8: () => (/* binding */ Reporter),
/* harmony export */   nI: () => (/* binding */ paint)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8179);


function addSessionOptions(command) {
    return command
        .option('--work-dir <dir>', 'work folder of the run (01_raw, 02_preprocessed, 03_output, reports)', process.env.LYFE_KT_WORK_DIR ?? 'work')
        .option('--log-dir <dir>', 'folder of the global record files (env LYFE_KT_LOG_DIR)', process.env.LYFE_KT_LOG_DIR ?? 'logs')
        .option('--session <id>', "session to record into (env LYFE_KT_SESSION); default: the work folder's, else a new one", process.env.LYFE_KT_SESSION || undefined)
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout');
}
function addGenerationOptions(command) {
    return command
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--provider <name>', 'LLM provider; default: openai when OPENAI_API_KEY is set, else offline').choices(['openai', 'offline']))
        .option('--model <name>', 'model name for the openai provider (default gpt-4o-mini)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--schema-version <v>', 'supertask schema version to validate against').choices(['1.0', '1.1']).default('1.1'))
        .option('--concurrency <n>', 'files processed at once', parsePositiveInt, 4);
}
function parsePositiveInt(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 64) {
        throw new commander__WEBPACK_IMPORTED_MODULE_1__/* .InvalidArgumentError */ .Di('expected a whole number from 1 to 64');
    }
    return n;
}
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function colorEnabled(stream = process.stderr) {
    return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}
function paint(code, text, stream = process.stderr) {
    return colorEnabled(stream) ? `\u001b[${code}m${text}\u001b[0m` : text;
}
const colors = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
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
        process.stderr.write(`${paint(colors.yellow, 'warning')} ${message}\n`);
    }
    progress(event) {
        if (this.options.quiet)
            return;
        const mark = event.ok ? paint(colors.green, 'ok') : paint(colors.red, 'invalid');
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
function printJson(value) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 6005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerLogsCommand: () => (/* binding */ registerLogsCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/reader.js
var reader = __webpack_require__(3438);
// EXTERNAL MODULE: ./dist/lib/records/render.js
var render = __webpack_require__(5001);
// EXTERNAL MODULE: ./dist/lib/records/types.js
var types = __webpack_require__(1800);
;// CONCATENATED MODULE: ./dist/lib/records/sessions.js


/** Whether a process lives on this host. A pid from another host or reused since may mislead: only `running` depends on it. */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Accumulates one session's records, from either record file, in any interleaving. */
class SessionTally {
    session;
    start = '';
    end = '';
    ended;
    stages = [];
    failedStages = [];
    /** `pid stage` of stages started and not yet ended. */
    open = new Set();
    calls = new Set();
    records = 0;
    errors = 0;
    warnings = 0;
    attempts = 0;
    tokens = 0;
    constructor(session) {
        this.session = session;
    }
    add(record) {
        this.records += 1;
        if (!this.start || record.time < this.start)
            this.start = record.time;
        if (record.time > this.end)
            this.end = record.time;
        if (record.level === 'error')
            this.errors += 1;
        else if (record.level === 'warn')
            this.warnings += 1;
        if (record.stage !== 'session' && !this.stages.includes(record.stage))
            this.stages.push(record.stage);
        const data = record.data ?? {};
        switch (record.event) {
            case types/* Events */.s.stageStart:
                this.open.add(`${record.pid} ${record.stage}`);
                break;
            case types/* Events */.s.stageEnd:
                this.open.delete(`${record.pid} ${record.stage}`);
                if (data.status === 'failed' && !this.failedStages.includes(record.stage))
                    this.failedStages.push(record.stage);
                break;
            case types/* Events */.s.sessionEnd:
                this.ended = data.success !== false && record.level !== 'error';
                break;
            case types/* Events */.s.llmAttempt: {
                const attempt = data;
                this.attempts += 1;
                if (typeof attempt.call_id === 'string')
                    this.calls.add(attempt.call_id);
                if (typeof attempt.usage?.total_tokens === 'number')
                    this.tokens += attempt.usage.total_tokens;
                break;
            }
        }
    }
    summary() {
        let status;
        if (this.ended !== undefined)
            status = this.ended ? 'succeeded' : 'failed';
        else
            status = [...this.open].some((key) => processAlive(Number(key.split(' ')[0]))) ? 'running' : 'interrupted';
        return {
            session: this.session,
            start: this.start,
            end: this.end,
            status,
            stages: [...this.stages],
            failedStages: [...this.failedStages],
            records: this.records,
            errors: this.errors,
            warnings: this.warnings,
            llmCalls: this.calls.size,
            attempts: this.attempts,
            tokens: this.tokens,
        };
    }
}
/** The summary of one session from its processing and prompt-audit records. */
function summarizeSession(session, ...recordSets) {
    const tally = new SessionTally(session);
    for (const records of recordSets)
        for (const record of records)
            tally.add(record);
    return tally.summary();
}
/** Every session found in the global record files of `logDir`, newest first. */
function listSessions(logDir) {
    const tallies = new Map();
    let skipped = 0;
    for (const kind of ['processing', 'prompts']) {
        const result = (0,reader/* forEachRecord */.cz)((0,reader/* recordFile */.mR)(logDir, kind), (record) => {
            let tally = tallies.get(record.session);
            if (!tally) {
                tally = new SessionTally(record.session);
                tallies.set(record.session, tally);
            }
            tally.add(record);
        });
        skipped += result.foreign;
    }
    // Reversed first, so that sessions starting in the same millisecond keep newest-first too.
    const sessions = [...tallies.values()].map((tally) => tally.summary()).reverse();
    sessions.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
    return { sessions, skipped };
}

// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __webpack_require__(8194);
// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(7182);
// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/logs.js










const LEVEL_RANK = { debug: 0, info: 1, warn: 2, error: 3 };
const STAGES = ['session', 'preprocess', 'generate', 'package', 'run', 'action', 'build'];
/** How many sessions an "unknown session" error names. */
const RECENT = 5;
/** Output is gathered and written in blocks of this size with one `write(2)` each. */
const OUTPUT_BYTES = 1024 * 1024;
function registerLogsCommand(program) {
    program
        .command('logs')
        .description("print one session's records from the global record files, or list the sessions found there")
        .option('--session <id>', "session to show (env LYFE_KT_SESSION); default: the work folder's session", process.env.LYFE_KT_SESSION || undefined)
        .option('--list', 'list the sessions with start, end, status, stages, LLM calls and tokens')
        .addOption(new esm/* Option */.c$('--stage <stage>', 'only records of this stage').choices(STAGES))
        .addOption(new esm/* Option */.c$('--level <level>', 'only records of this level and above').choices(Object.keys(LEVEL_RANK)))
        .option('--prompts', 'the prompt audit (one block per LLM attempt) instead of the processing records')
        .option('--json', 'the raw records, one JSON line each, exactly as written')
        .option('--log-dir <dir>', 'folder of the global record files (env LYFE_KT_LOG_DIR)', process.env.LYFE_KT_LOG_DIR ?? 'logs')
        .option('--work-dir <dir>', 'work folder whose session is shown when --session is not given (env LYFE_KT_WORK_DIR)', process.env.LYFE_KT_WORK_DIR ?? 'work')
        .action((options) => {
        requireLogDir(options.logDir);
        if (options.list)
            return showList(options);
        return showSession(resolveSessionId(options), options);
    });
}
function requireLogDir(logDir) {
    if (!external_node_fs_.existsSync(logDir)) {
        throw new errors/* LyfeError */.L0(`no log directory at ${external_node_path_.resolve(logDir)}`, {
            fix: 'Pass --log-dir <dir> or set LYFE_KT_LOG_DIR to the folder the pipeline wrote its records to',
        });
    }
}
function resolveSessionId(options) {
    if (options.session)
        return (0,id/* assertSessionId */.G4)(options.session, '--session');
    const fromWork = (0,store/* readWorkSession */.GE)(options.workDir)?.session_id;
    if (fromWork)
        return fromWork;
    throw new errors/* LyfeError */.L0(`no session given and no session in the work folder ${external_node_path_.resolve(options.workDir)}`, {
        fix: 'Pass --session <id> (see `lyfe-kt logs --list`), or --work-dir <dir> of the run',
        exitCode: errors/* ExitCode */.yU.usage,
    });
}
function showList(options) {
    const list = listSessions(options.logDir);
    if (options.json)
        return (0,common/* printJson */.Q2)(list);
    const out = new StdoutBlocks();
    out.text(list.sessions.length ? (0,render/* formatSessionTable */.g8)(list, stdoutPaint()) : `no sessions in ${external_node_path_.resolve(options.logDir)}`);
    if (list.skipped)
        out.text(`(${list.skipped} line(s) that are not records were skipped)`);
    out.flush();
}
/** A filter on a record, or none when every record of the session is wanted. */
function recordFilter(options) {
    if (!options.stage && !options.level)
        return undefined;
    const minimum = options.level ? LEVEL_RANK[options.level] : 0;
    return (record) => (!options.stage || record.stage === options.stage) && (LEVEL_RANK[record.level] ?? LEVEL_RANK.error) >= minimum;
}
function showSession(sessionId, options) {
    const kind = options.prompts ? 'prompts' : 'processing';
    const file = (0,reader/* recordFile */.mR)(options.logDir, kind);
    const out = new StdoutBlocks();
    const wanted = recordFilter(options);
    const tally = new SessionTally(sessionId);
    // Not a look at process.stdout with --json: opening it as a stream makes a pipe non-blocking.
    const paintOut = options.json ? render/* plain */.pj : stdoutPaint();
    let shown = 0;
    let unparsed = 0;
    // With --json the lines go out as they were read. They are parsed only to apply --stage/--level,
    // and for the session's status, whose few lines are told apart by their bytes.
    const visit = options.json
        ? (chunk, start, end) => {
            let parsed;
            if (kind === 'processing' && isStatusLine(chunk, start, end)) {
                parsed = (0,reader/* parseRecordLine */.pF)(chunk, start, end);
                if (parsed)
                    tally.add(parsed);
            }
            if (wanted) {
                parsed ??= (0,reader/* parseRecordLine */.pF)(chunk, start, end);
                if (!parsed || !wanted(parsed))
                    return;
            }
            shown += 1;
            out.line(chunk, start, end);
        }
        : (chunk, start, end) => {
            const parsed = (0,reader/* parseRecordLine */.pF)(chunk, start, end);
            if (!parsed) {
                unparsed += 1;
                return;
            }
            tally.add(parsed);
            if (wanted && !wanted(parsed))
                return;
            shown += 1;
            out.text(kind === 'prompts' ? `${(0,render/* formatAttempt */.lZ)(parsed, paintOut)}\n` : (0,render/* formatRecordLine */.zH)(parsed, paintOut));
        };
    let result;
    try {
        result = (0,reader/* filterSessionLines */.Ss)(file, sessionId, visit);
        out.flush();
    }
    catch (error) {
        if (error instanceof ReaderGone)
            return;
        throw error;
    }
    const skipped = result.skipped + unparsed;
    // The status comes from the processing records: with --prompts they still need reading.
    let found = result.lines > 0;
    if (kind === 'prompts') {
        const status = (0,reader/* filterSessionLines */.Ss)((0,reader/* recordFile */.mR)(options.logDir, 'processing'), sessionId, (chunk, start, end) => {
            const parsed = (0,reader/* parseRecordLine */.pF)(chunk, start, end);
            if (parsed)
                tally.add(parsed);
        });
        found ||= status.lines > 0;
    }
    if (!found && (0,reader/* filterSessionLines */.Ss)((0,reader/* recordFile */.mR)(options.logDir, 'prompts'), sessionId, () => { }).lines === 0) {
        throw unknownSession(sessionId, options.logDir);
    }
    const summary = tally.summary();
    const notes = [];
    if (summary.status === 'interrupted')
        notes.push(`session ${sessionId} has no session.end record: it was interrupted (killed, crashed, or not packaged yet)`);
    if (summary.status === 'running')
        notes.push(`session ${sessionId} is still running`);
    if (skipped)
        notes.push(`${skipped} line(s) mentioning the session are not records and were skipped`);
    if (options.json) {
        for (const note of notes)
            process.stderr.write(`${note}\n`);
        return;
    }
    const counts = `${shown} ${kind === 'prompts' ? 'attempt record' : 'record'}(s) of session ${sessionId}, status ${paintOut(statusStyle(summary.status), summary.status)}`;
    out.text(paintOut('dim', '--'));
    out.text(counts);
    for (const note of notes)
        out.text(paintOut('warn', note));
    try {
        out.flush();
    }
    catch (error) {
        if (!(error instanceof ReaderGone))
            throw error;
    }
}
/** `session.end`, `stage.start` and `stage.end` (and few others) begin so: one search finds them all. */
const STATUS_EVENT = Buffer.from('"event":"s');
/** Whether a record line may be one of those that decide a session's status. */
function isStatusLine(chunk, start, end) {
    return chunk.subarray(start, end).includes(STATUS_EVENT);
}
function statusStyle(status) {
    return status === 'succeeded' ? 'ok' : status === 'failed' ? 'error' : 'warn';
}
function unknownSession(sessionId, logDir) {
    const recent = listSessions(logDir).sessions.slice(0, RECENT);
    const known = recent.length ? `recent sessions: ${recent.map((s) => s.session).join(', ')}` : 'there are no sessions there';
    return new errors/* LyfeError */.L0(`no records of session ${sessionId} in ${external_node_path_.resolve(logDir)}`, {
        fix: `${known[0].toUpperCase()}${known.slice(1)} (see \`lyfe-kt logs --list\`)`,
    });
}
const STYLE_CODES = {
    error: common/* colors */.Tj.red,
    warn: common/* colors */.Tj.yellow,
    info: common/* colors */.Tj.green,
    ok: common/* colors */.Tj.green,
    debug: common/* colors */.Tj.dim,
    dim: common/* colors */.Tj.dim,
    stage: common/* colors */.Tj.blue,
    event: common/* colors */.Tj.bold,
};
function stdoutPaint() {
    return (0,common/* colorEnabled */.Xp)(process.stdout) ? (style, text) => (0,common/* paint */.nI)(STYLE_CODES[style], text, process.stdout) : (_style, text) => text;
}
/** The reader of stdout went away (`| head`): stop quietly, as `grep` does. */
class ReaderGone extends Error {
}
/**
 * Stdout written with `fs.writeSync` in 1 MiB blocks: a slow reader slows the scan down instead
 * of letting output queue in memory, which `process.stdout.write` into a pipe would do.
 */
class StdoutBlocks {
    block = Buffer.allocUnsafe(OUTPUT_BYTES);
    used = 0;
    line(chunk, start, end) {
        const length = end - start;
        if (this.used + length + 1 > this.block.length) {
            this.flush();
            if (length + 1 > this.block.length) {
                writeAll(chunk.subarray(start, end));
                writeAll(Buffer.from('\n'));
                return;
            }
        }
        chunk.copy(this.block, this.used, start, end);
        this.used += length;
        this.block[this.used++] = 0x0a;
    }
    text(text) {
        const bytes = Buffer.from(`${text}\n`);
        this.line(bytes, 0, bytes.length - 1);
    }
    flush() {
        if (this.used === 0)
            return;
        writeAll(this.block.subarray(0, this.used));
        this.used = 0;
    }
}
const pause = new Int32Array(new SharedArrayBuffer(4));
function writeAll(bytes) {
    let offset = 0;
    while (offset < bytes.length) {
        try {
            offset += external_node_fs_.writeSync(1, bytes, offset, bytes.length - offset);
        }
        catch (error) {
            const code = error.code;
            if (code === 'EPIPE')
                throw new ReaderGone();
            // A non-blocking stdout whose pipe is full: wait for the reader rather than queue.
            if (code === 'EAGAIN')
                Atomics.wait(pause, 0, 0, 2);
            else
                throw error;
        }
    }
}


/***/ }),

/***/ 3438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ filterSessionLines),
/* harmony export */   Y9: () => (/* binding */ isLogRecord),
/* harmony export */   cz: () => (/* binding */ forEachRecord),
/* harmony export */   mR: () => (/* binding */ recordFile),
/* harmony export */   pF: () => (/* binding */ parseRecordLine),
/* harmony export */   xv: () => (/* binding */ readSessionRecords)
/* harmony export */ });
/* unused harmony exports scanLines, sessionNeedle */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1800);



/**
 * Reading the global record files. A global file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). Readers stream the file in large fixed chunks and look at raw bytes
 * before parsing anything, so that filtering one session out of a 1 GiB file costs about what
 * `grep -F` costs, in flat memory.
 */
/** Size of the reused read buffer; it only grows for a single line longer than this. */
const CHUNK_BYTES = 8 * 1024 * 1024;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: pino writes `level`, then `time`, then the record's own keys. */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
function recordFile(logDir, kind) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_2__/* .RecordFiles */ .b[kind]);
}
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
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes: the needle is searched across the whole chunk, so lines without
 * it are never looked at one by one. A line cut by a chunk boundary is moved to the front of the
 * same buffer and completed by the next read; nothing is concatenated. A missing file has no lines.
 * `onTail` receives an unterminated last line, if any.
 */
function scanLines(file, needle, visit, onTail) {
    const fd = openIfExists(file);
    if (fd === undefined)
        return { tailBytes: 0 };
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let held = 0;
    try {
        for (;;) {
            if (held === buffer.length) {
                const larger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(larger, 0, 0, held);
                buffer = larger;
            }
            const read = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, held, buffer.length - held, null);
            if (read === 0)
                break;
            const filled = held + read;
            // Search from the bytes just read: the held part has no newline in it.
            const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
            if (lastNewline < held) {
                held = filled;
                continue;
            }
            // A view ending at the last newline keeps `indexOf` out of the stale bytes beyond it.
            const complete = buffer.subarray(0, lastNewline + 1);
            if (needle)
                visitMatching(complete, needle, visit);
            else
                visitAll(complete, visit);
            buffer.copyWithin(0, lastNewline + 1, filled);
            held = filled - lastNewline - 1;
        }
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
    if (held > 0 && onTail && (!needle || buffer.subarray(0, held).includes(needle)))
        onTail(buffer, 0, held);
    return { tailBytes: held };
}
/** `region` ends with a newline. */
function visitAll(region, visit) {
    let start = 0;
    while (start < region.length) {
        const end = region.indexOf(NEWLINE, start);
        if (end > start)
            visit(region, start, end);
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
        // lastIndexOf with a negative offset would count from the end: a hit at 0 starts the region.
        const start = hit === 0 ? 0 : region.lastIndexOf(NEWLINE, hit - 1) + 1;
        const end = region.indexOf(NEWLINE, hit + needle.length);
        visit(region, start, end);
        from = end + 1;
    }
}
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
function sessionNeedle(sessionId) {
    return Buffer.from(`"session":"${sessionId}"`);
}
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
/**
 * True when the line is, beyond doubt, one whole record written by our writer whose top-level
 * session is the one at `hit`: `{"level":"<level>","time":"<iso>",` right before the session
 * key, a closing brace at the end, and no second record start inside (two records glued by a
 * torn write). Lines that fail this are not rejected: the caller parses them to decide.
 */
function isWriterLineAt(chunk, start, end, hit) {
    if (chunk[end - 1] !== CLOSE_BRACE || chunk[hit - 1] !== COMMA || chunk[hit - 2] !== QUOTE)
        return false;
    if (chunk.compare(LEVEL_OPEN, 0, LEVEL_OPEN.length, start, start + LEVEL_OPEN.length) !== 0)
        return false;
    const levelEnd = start + LEVEL_OPEN.length;
    const time = chunk.indexOf(TIME_KEY, levelEnd);
    if (time < 0 || time - levelEnd > LONGEST_LEVEL)
        return false;
    // The ISO time holds no quote: the first quote after its opening must be the one closing it.
    const timeValue = time + TIME_KEY.length;
    if (chunk.indexOf(QUOTE, timeValue) !== hit - 2)
        return false;
    return chunk.subarray(start + 1, end).indexOf(LEVEL_OPEN) < 0;
}
/**
 * Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. The
 * session is found in the raw bytes first; a line is parsed only when its bytes leave a doubt.
 */
function filterSessionLines(file, sessionId, visit) {
    const needle = sessionNeedle(sessionId);
    const result = { lines: 0, skipped: 0 };
    scanLines(file, needle, (chunk, start, end) => {
        const hit = chunk.indexOf(needle, start);
        if (isWriterLineAt(chunk, start, end, hit) || parseRecordLine(chunk, start, end)?.session === sessionId) {
            result.lines += 1;
            visit(chunk, start, end);
        }
        else {
            result.skipped += 1;
        }
    }, () => {
        result.skipped += 1;
    });
    return result;
}
/** The records of one session in one global file, in file order. A missing file has none. */
function readSessionRecords(logDir, sessionId, kind) {
    const records = [];
    let skipped = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end) => {
        const parsed = parseRecordLine(chunk, start, end);
        if (parsed)
            records.push(parsed);
        else
            skipped += 1;
    });
    return { records, skipped: skipped + result.skipped };
}
/** Every record of a global file, of every session, in file order; foreign lines are counted. */
function forEachRecord(file, onRecord) {
    const result = { records: 0, foreign: 0 };
    scanLines(file, undefined, (chunk, start, end) => {
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

/***/ 5001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g8: () => (/* binding */ formatSessionTable),
/* harmony export */   lZ: () => (/* binding */ formatAttempt),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   zH: () => (/* binding */ formatRecordLine)
/* harmony export */ });
/* unused harmony export displayTime */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1800);

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
    if (record.event !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .s.llmAttempt)
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
    const statusStyle = (status) => (status === 'succeeded' ? 'ok' : status === 'failed' ? 'error' : status === 'running' ? 'info' : 'warn');
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

/***/ 1800:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ RecordFiles),
/* harmony export */   s: () => (/* binding */ Events)
/* harmony export */ });
/** Names of the record events; views switch on these, never on `msg`. */
const Events = {
    sessionStart: 'session.start',
    sessionEnd: 'session.end',
    stageStart: 'stage.start',
    stageEnd: 'stage.end',
    fileResult: 'file.result',
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

/***/ 8194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ assertSessionId),
/* harmony export */   OZ: () => (/* binding */ newSessionId)
/* harmony export */ });
/* unused harmony exports actionsSessionId, isSessionId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9517);


const LOCAL = /^sess_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}_[0-9a-f]{8}$/;
const ACTIONS = /^gha_\d+_\d+(_[A-Za-z0-9][A-Za-z0-9.-]{0,63})?$/;
/** `sess_YYYY-MM-DD_HH-MM-SS_<8 hex>`, in UTC. */
function newSessionId(now = new Date()) {
    const iso = now.toISOString(); // 2025-01-18T17:30:45.123Z
    const stamp = `${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '-')}`;
    return `sess_${stamp}_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
/** `gha_<run_id>_<run_attempt>[_<job or shard key>]`; the key is sanitised to `[A-Za-z0-9.-]`. */
function actionsSessionId(runId, runAttempt, key) {
    const suffix = key ? `_${key.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64)}` : '';
    return assertSessionId(`gha_${runId}_${runAttempt}${suffix === '_' ? '' : suffix}`);
}
function isSessionId(value) {
    return LOCAL.test(value) || ACTIONS.test(value);
}
function assertSessionId(value, source = 'session id') {
    if (!isSessionId(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0(`${source} ${JSON.stringify(value)} is not a session id`, {
            fix: 'Use the form sess_YYYY-MM-DD_HH-MM-SS_<8 hex> (see `lyfe-kt logs --list`) or gha_<run_id>_<attempt>[_<key>]',
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.usage,
        });
    }
    return value;
}


/***/ }),

/***/ 7182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ readWorkSession),
/* harmony export */   P$: () => (/* binding */ clearWorkSession),
/* harmony export */   Zo: () => (/* binding */ resolveSession)
/* harmony export */ });
/* unused harmony exports SESSION_FILE, writeWorkSession */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8194);




/** The file in a work folder that carries its session from one stage's process to the next. */
const SESSION_FILE = '.lyfe-kt-session.json';
function readWorkSession(workDir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, SESSION_FILE);
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const parsed = JSON.parse(text);
        (0,_id_js__WEBPACK_IMPORTED_MODULE_3__/* .assertSessionId */ .G4)(parsed.session_id, `session in ${file}`);
        return parsed;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0('the session file is damaged', {
            file,
            fix: 'Delete it to start a new session, or pass --session <id> to continue a known one',
            cause: error,
        });
    }
}
function writeWorkSession(workDir, session) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(workDir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, SESSION_FILE);
    const temp = `${file}.${process.pid}.tmp`;
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(temp, `${JSON.stringify(session)}\n`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(temp, file);
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
    const existing = options.fresh ? undefined : readWorkSession(workDir);
    let resolved;
    if (options.override) {
        const id = (0,_id_js__WEBPACK_IMPORTED_MODULE_3__/* .assertSessionId */ .G4)(options.override);
        resolved =
            existing?.session_id === id
                ? { session: existing, started: false }
                : { session: { session_id: id, started_at: new Date().toISOString() }, started: true };
    }
    else if (existing) {
        resolved = { session: existing, started: false };
    }
    else {
        resolved = { session: { session_id: (0,_id_js__WEBPACK_IMPORTED_MODULE_3__/* .newSessionId */ .OZ)(), started_at: new Date().toISOString() }, started: true };
    }
    if (resolved.started)
        writeWorkSession(workDir, resolved.session);
    return resolved;
}


/***/ })

};
