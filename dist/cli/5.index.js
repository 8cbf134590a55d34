export const id = 5;
export const ids = [5];
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
// EXTERNAL MODULE: ./dist/lib/records/filter.js
var filter = __webpack_require__(1851);
// EXTERNAL MODULE: ./dist/lib/records/parse.js
var parse = __webpack_require__(766);
// EXTERNAL MODULE: ./dist/lib/records/render.js
var render = __webpack_require__(5001);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js
var session_model = __webpack_require__(8169);
// EXTERNAL MODULE: ./dist/lib/session/process.js
var session_process = __webpack_require__(82);
;// CONCATENATED MODULE: ./dist/lib/records/sessions.js




function sessionStatus(summary) {
    if (summary.ended)
        return summary.success ? 'succeeded' : 'failed';
    return summary.stages.some((run) => run.status === 'unfinished' && (0,session_process/* processAlive */.F)(run.pid)) ? 'running' : 'interrupted';
}
const unique = (values) => [...new Set(values)];
/** A line of `logs --list`, from the session's model. */
function sessionListing(summary) {
    return {
        session: summary.session_id,
        start: summary.start_time ?? '',
        end: summary.end_time ?? '',
        status: sessionStatus(summary),
        stages: unique(summary.stages.map((run) => run.stage)),
        failedStages: unique(summary.stages.filter((run) => run.status === 'failed').map((run) => run.stage)),
        records: summary.counts.processing_records + summary.counts.prompt_records,
        errors: summary.counts.errors,
        warnings: summary.counts.warnings,
        llmCalls: summary.ai.calls,
        attempts: summary.ai.total_api_calls,
        tokens: summary.ai.total_tokens,
    };
}
/** Every session found in the global record files of `logDir`, newest first. */
function listSessions(logDir) {
    const models = new Map();
    let skipped = 0;
    for (const kind of session_model/* STREAMS_IN_ORDER */.fc) {
        const result = (0,parse/* forEachRecord */.cz)((0,filter/* recordFile */.mR)(logDir, kind), (record) => {
            let model = models.get(record.session);
            if (!model) {
                model = new session_model/* SessionModel */.IV();
                models.set(record.session, model);
            }
            model.add(record, kind);
        });
        skipped += result.foreign;
    }
    // Reversed first, so that sessions starting in the same millisecond keep newest-first too.
    const sessions = [...models.values()].map((model) => sessionListing(model.result())).reverse();
    sessions.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
    return { sessions, skipped };
}

// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __webpack_require__(8194);
// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(7182);
// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/logs.js













const LEVEL_RANK = { debug: 0, info: 1, warn: 2, error: 3 };
/** How many sessions an "unknown session" error names. */
const RECENT = 5;
/**
 * Output is gathered and written in blocks of this size with one `write(2)` each: what a pipe holds
 * (64 KiB on Linux), so that a block goes in while the reader empties the last one, where a larger
 * block would wait for the reader to take most of it.
 */
const OUTPUT_BYTES = 64 * 1024;
function registerLogsCommand(program) {
    program
        .command('logs')
        .description("print one session's records from the global record files or from a package, or list the sessions found there")
        .addOption((0,common/* sessionOption */.Cx)("session to show; default: the work folder's session"))
        .option('--list', 'list the sessions with start, end, status, stages, LLM calls and tokens')
        .addOption(new esm/* Option */.c$('--package <dir>', "the records a package carries (plain or compressed logs) instead of the global files").conflicts(['list', 'session']))
        .addOption(new esm/* Option */.c$('--stage <stage>', 'only records of this stage').choices(types/* STAGES */.an))
        .addOption(new esm/* Option */.c$('--level <level>', 'only records of this level and above').choices(Object.keys(LEVEL_RANK)))
        .option('--prompts', 'the prompt audit (one block per LLM attempt) instead of the processing records')
        .option('--json', 'the raw records, one JSON line each, exactly as written')
        .addOption((0,common/* logDirOption */.rN)())
        .addOption((0,common/* workDirOption */.sg)('work folder whose session is shown when --session is not given'))
        .action((options) => {
        if (options.package)
            return showPackage(options.package, options);
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
    const file = (0,filter/* recordFile */.mR)(options.logDir, kind);
    const out = new StdoutBlocks();
    const wanted = recordFilter(options);
    const model = new session_model/* SessionModel */.IV();
    // Not a look at process.stdout with --json: opening it as a stream makes a pipe non-blocking.
    const paintOut = options.json ? render/* plain */.pj : stdoutPaint();
    let shown = 0;
    let unparsed = 0;
    // With --json the lines go out as they were read. They are parsed only to apply --stage/--level,
    // and for the session's status, whose few lines are told apart by their bytes.
    const visit = options.json
        ? (chunk, start, end, event) => {
            let parsed;
            if (kind === 'processing' && isStatusLine(chunk, event)) {
                parsed = (0,parse/* parseRecordLine */.pF)(chunk, start, end);
                if (parsed)
                    model.add(parsed, kind);
            }
            if (wanted) {
                parsed ??= (0,parse/* parseRecordLine */.pF)(chunk, start, end);
                if (!parsed || !wanted(parsed))
                    return;
            }
            shown += 1;
            out.line(chunk, start, end);
        }
        : (chunk, start, end) => {
            const parsed = (0,parse/* parseRecordLine */.pF)(chunk, start, end);
            if (!parsed) {
                unparsed += 1;
                return;
            }
            model.add(parsed, kind);
            if (wanted && !wanted(parsed))
                return;
            shown += 1;
            out.text(formatForView(parsed, kind, paintOut));
        };
    let result;
    try {
        result = (0,filter/* filterSessionLines */.Ss)(file, sessionId, visit);
        out.flush();
    }
    catch (error) {
        if (error instanceof ReaderGone)
            return;
        throw error;
    }
    const skipped = result.skipped + unparsed;
    // The status comes from the processing records: with --prompts they still need reading. A session
    // is unknown when neither file has a line of it; each file is scanned once.
    let found = result.lines > 0;
    const indexNotes = result.note ? [result.note] : [];
    if (kind === 'prompts') {
        const status = (0,filter/* filterSessionLines */.Ss)((0,filter/* recordFile */.mR)(options.logDir, 'processing'), sessionId, (chunk, start, end) => {
            const parsed = (0,parse/* parseRecordLine */.pF)(chunk, start, end);
            if (parsed)
                model.add(parsed, 'processing');
        });
        found ||= status.lines > 0;
        if (status.note)
            indexNotes.push(status.note);
    }
    else if (!found) {
        found = (0,filter/* filterSessionLines */.Ss)((0,filter/* recordFile */.mR)(options.logDir, 'prompts'), sessionId, () => { }).lines > 0;
    }
    if (!found)
        throw unknownSession(sessionId, options.logDir);
    const status = sessionStatus(model.result());
    const notes = [...statusNotes(sessionId, status), ...indexNotes];
    if (skipped)
        notes.push(`${skipped} line(s) mentioning the session are not records and were skipped`);
    endView(out, { json: options.json, kind, shown, sessionId, status, notes, paint: paintOut });
}
/**
 * `logs --package`: the same views of the records a package carries, read from the package alone
 * (its `*.jsonl`, inside `records.tar.gz` when compressed). `--json` prints the package's lines.
 * The archive reader (tar) is loaded only here: reading the global files does not pay for it.
 */
async function showPackage(dir, options) {
    const { readPackageRecords } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(41)]).then(__webpack_require__.bind(__webpack_require__, 7041));
    const records = readPackageRecords(dir);
    if (!records.session_id) {
        throw new errors/* LyfeError */.L0('the package holds no records', { file: dir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
    }
    const kind = options.prompts ? 'prompts' : 'processing';
    const wanted = recordFilter(options);
    const shown = wanted ? records[kind].filter(wanted) : records[kind];
    const paintOut = options.json ? render/* plain */.pj : stdoutPaint();
    const out = new StdoutBlocks();
    try {
        for (const record of shown) {
            out.text(options.json ? JSON.stringify(record) : formatForView(record, kind, paintOut));
        }
    }
    catch (error) {
        if (error instanceof ReaderGone)
            return;
        throw error;
    }
    const model = new session_model/* SessionModel */.IV();
    for (const record of records.processing)
        model.add(record, 'processing');
    const status = sessionStatus(model.result());
    endView(out, { json: options.json, kind, shown: shown.length, sessionId: records.session_id, status, notes: statusNotes(records.session_id, status), paint: paintOut });
}
/** A record as the human view of its file shows it: a block per prompt-audit attempt, a line per processing record. */
function formatForView(record, kind, paint) {
    return kind === 'prompts' ? `${(0,render/* formatAttempt */.lZ)(record, paint)}\n` : (0,render/* formatRecordLine */.zH)(record, paint);
}
function statusNotes(sessionId, status) {
    if (status === 'interrupted')
        return [`session ${sessionId} has no session.end record: it was interrupted (killed, crashed, or not packaged yet)`];
    if (status === 'running')
        return [`session ${sessionId} is still running`];
    return [];
}
/** Ends a session view: notes on stderr with `--json`, else a footer with the count and the status. */
function endView(out, view) {
    if (!view.json) {
        out.text(view.paint('dim', '--'));
        out.text(`${view.shown} ${view.kind === 'prompts' ? 'prompt-audit record' : 'record'}(s) of session ${view.sessionId}, status ${view.paint((0,render/* statusStyle */.qi)(view.status), view.status)}`);
        for (const note of view.notes)
            out.text(view.paint('warn', note));
    }
    try {
        out.flush();
    }
    catch (error) {
        if (!(error instanceof ReaderGone))
            throw error;
    }
    if (view.json)
        for (const note of view.notes)
            process.stderr.write(`${note}\n`);
}
/** `session.*`, `stage.*` and `error`: the records that decide a session's status. */
const STATUS_EVENTS = [Buffer.from('session.'), Buffer.from('stage.'), Buffer.from('error"')];
/**
 * Whether a record line may be one of those that decide a session's status: its event name, where
 * the filter found it (`event`), starts like one; a line not in the writer's shape may be one.
 */
function isStatusLine(chunk, event) {
    if (event < 0)
        return true;
    for (const name of STATUS_EVENTS)
        if ((0,filter/* hasBytesAt */.db)(chunk, event, name))
            return true;
    return false;
}
function unknownSession(sessionId, logDir) {
    const recent = listSessions(logDir).sessions.slice(0, RECENT);
    const known = recent.length ? `recent sessions: ${recent.map((s) => s.session).join(', ')}` : 'there are no sessions there';
    return new errors/* LyfeError */.L0(`no records of session ${sessionId} in ${external_node_path_.resolve(logDir)}`, {
        fix: `${known[0].toUpperCase()}${known.slice(1)} (see \`lyfe-kt logs --list\`)`,
    });
}
const STYLE_COLORS = {
    error: 'red',
    warn: 'yellow',
    info: 'green',
    ok: 'green',
    debug: 'dim',
    dim: 'dim',
    stage: 'blue',
    event: 'bold',
};
function stdoutPaint() {
    return (style, text) => (0,common/* paint */.nI)(STYLE_COLORS[style], text, process.stdout);
}
/** The reader of stdout went away (`| head`): stop quietly, as `grep` does. */
class ReaderGone extends Error {
}
/**
 * Stdout written with `fs.writeSync` in blocks of OUTPUT_BYTES: a slow reader slows the scan down instead
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
        // A view and `set`: half the cost of `Buffer#copy` (which checks its arguments, then makes the same view) for a line.
        this.block.set(new Uint8Array(chunk.buffer, chunk.byteOffset + start, length), this.used);
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


/***/ })

};
