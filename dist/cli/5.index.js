export const id = 5;
export const ids = [5];
export const modules = {

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

/***/ 1851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ sessionNeedle),
/* harmony export */   Ss: () => (/* binding */ filterSessionLines),
/* harmony export */   _F: () => (/* binding */ forEachSessionRecord),
/* harmony export */   db: () => (/* binding */ hasBytesAt),
/* harmony export */   mR: () => (/* binding */ recordFile)
/* harmony export */ });
/* unused harmony export readSessionRecords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3940);
/* harmony import */ var _session_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9708);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);






/**
 * One session out of a global record file. The file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). The session is found in the raw bytes first; a line is parsed only when
 * its bytes leave a doubt about being one whole record of the writer. The session's index
 * (session-index.ts) says which parts of the file to read; without a usable one, the whole file is
 * scanned, with the same result.
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: `level`, then `time`, then the record's own keys (the fields and order of pino's lines). */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
/** What the writer puts right after the session: the stage, then the event. */
const STAGE_KEY = Buffer.from(',"stage":"');
const EVENT_KEY = Buffer.from('","event":"');
function recordFile(logDir, kind) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .RecordFiles */ .b[kind]);
}
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
function sessionNeedle(sessionId) {
    return Buffer.from(`"session":"${sessionId}"`);
}
/**
 * Whether `chunk` holds `bytes` at `at`. A loop, not `Buffer#compare`: for the few bytes compared
 * on every line of a session, the call costs more than the comparison.
 */
function hasBytesAt(chunk, at, bytes) {
    if (at < 0 || at + bytes.length > chunk.length)
        return false;
    for (let i = 0; i < bytes.length; i++)
        if (chunk[at + i] !== bytes[i])
            return false;
    return true;
}
/** The first quote at or after `from` and before `to`, or -1: a loop, for the few bytes of a level, a time or a stage. */
function quoteIn(chunk, from, to) {
    for (let i = from; i < to; i++)
        if (chunk[i] === QUOTE)
            return i;
    return -1;
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
    if (!hasBytesAt(chunk, start, LEVEL_OPEN))
        return false;
    const levelEnd = start + LEVEL_OPEN.length;
    const time = quoteIn(chunk, levelEnd, Math.min(hit, levelEnd + LONGEST_LEVEL + 1));
    if (time < 0 || !hasBytesAt(chunk, time, TIME_KEY))
        return false;
    // The ISO time holds no quote: the first quote after its opening must be the one closing it.
    const timeValue = time + TIME_KEY.length;
    if (timeValue > hit - 2 || quoteIn(chunk, timeValue, hit - 2) >= 0)
        return false;
    // Searched from the session on (the bytes before it were just read as the line's first record):
    // the search stops at the next record's start, most often the next line's.
    const next = chunk.indexOf(LEVEL_OPEN, hit);
    return next < 0 || next > end;
}
/**
 * Where the event name of a writer's line starts, the session's value ending at `afterSession`:
 * the writer puts `,"stage":"<stage>","event":"` there. -1 when the bytes are not those.
 */
function eventAt(chunk, end, afterSession) {
    if (!hasBytesAt(chunk, afterSession, STAGE_KEY))
        return -1;
    // The first quote closes the stage: in the writer's JSON, `","event":"` cannot be inside a string.
    const stageEnd = quoteIn(chunk, afterSession + STAGE_KEY.length, end);
    if (stageEnd < 0 || !hasBytesAt(chunk, stageEnd, EVENT_KEY))
        return -1;
    return stageEnd + EVENT_KEY.length;
}
/** Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. */
function filterSessionLines(file, sessionId, visit, options = {}) {
    const needle = sessionNeedle(sessionId);
    const result = { lines: 0, skipped: 0 };
    const onLine = (chunk, start, end, hit) => {
        if (isWriterLineAt(chunk, start, end, hit)) {
            result.lines += 1;
            visit(chunk, start, end, eventAt(chunk, end, hit + needle.length));
        }
        else if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRecordLine */ .pF)(chunk, start, end)?.session === sessionId) {
            result.lines += 1;
            visit(chunk, start, end, -1);
        }
        else {
            result.skipped += 1;
        }
    };
    const onTail = () => {
        result.skipped += 1;
    };
    if (options.scan) {
        (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLines */ .J)(file, needle, onLine, onTail);
        return result;
    }
    const indexFile = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionIndexFile */ .xx)(file, sessionId);
    // The index first, then the file: every range the index holds was written after its lines.
    const text = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readIndexText */ .Gw)(indexFile);
    const stats = text === undefined ? undefined : node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file, { throwIfNoEntry: false });
    const plan = text === undefined || !stats ? undefined : (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .planFromIndex */ .e3)(text, stats.ino, stats.size, indexFile);
    if (plan?.usable) {
        (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanSpans */ .B)(file, plan.spans, needle, onLine, onTail);
        if (plan.note)
            result.note = plan.note;
        return result;
    }
    (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLines */ .J)(file, needle, onLine, onTail);
    if (plan)
        result.note = plan.note;
    else if (result.lines > 0)
        result.note = `session ${sessionId} has no index ${indexFile} (its records were written by an older lyfe-kt or another tool): ${file} was scanned whole`;
    return result;
}
/**
 * Visits the records of the session in one global file, in file order, each with its line's bytes
 * (valid only during the call); returns how many lines mention the session without being one of
 * its records, and the filter's note.
 */
function forEachSessionRecord(logDir, sessionId, kind, visit) {
    let unparsed = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end) => {
        const record = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRecordLine */ .pF)(chunk, start, end);
        if (record)
            visit(record, chunk.subarray(start, end));
        else
            unparsed += 1;
    });
    return { ...result, skipped: result.skipped + unparsed };
}
/** The records of one session in one global file, in file order. A missing file has none. */
function readSessionRecords(logDir, sessionId, kind) {
    const records = [];
    const { skipped } = forEachSessionRecord(logDir, sessionId, kind, (record) => records.push(record));
    return { records, skipped };
}


/***/ }),

/***/ 9708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ rangesEntry),
/* harmony export */   Gw: () => (/* binding */ readIndexText),
/* harmony export */   HH: () => (/* binding */ closeEntry),
/* harmony export */   e3: () => (/* binding */ planFromIndex),
/* harmony export */   vW: () => (/* binding */ openEntry),
/* harmony export */   xx: () => (/* binding */ sessionIndexFile),
/* harmony export */   zB: () => (/* binding */ unindexedEntry)
/* harmony export */ });
/* unused harmony export INDEX_FOLDER */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _session_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8194);
/* harmony import */ var _session_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82);




/**
 * The session index: beside each global record file, for each session, a small file saying which
 * byte ranges of the global file hold the session's lines, so that reading one session costs its
 * own size instead of the whole file. The global file stays the complete record and the truth:
 * the index only says where to look, the reader still checks every line it is pointed to, and an
 * index it cannot trust sends it back to scanning.
 *
 * `<logDir>/index/<session>.<kind>.idx` holds text lines, each appended with one `write(2)`:
 *   `o <writer> <inode> <offset>`   a writer (one process) starts writing the session's lines to the
 *                                   global file `<inode>`, all at or after byte `<offset>`; written
 *                                   before its first line reaches the global file
 *   `r <writer> <start> <end> ...`  byte ranges `[start, end)` holding lines of the writer
 *   `c <writer>`                    the writer's lines are all in its `r` ranges
 *   `x <writer>`                    the session has lines written without the index (by an older
 *                                   lyfe-kt or another tool): readers scan the whole file
 * A writer is `<pid>-<random>`. One killed before `c` leaves its last lines unindexed: the reader
 * scans the global file from its last known byte to the end for them.
 */
const INDEX_FOLDER = 'index';
/** The index of the session's lines in the global record file `recordFile` (`<logDir>/<kind>.jsonl`). */
function sessionIndexFile(recordFile, sessionId) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(recordFile, '.jsonl')}.idx`);
}
let thisWriter;
/**
 * This process, as the index names it: the pid says whether it still runs, the rest tells reused
 * pids apart. Made at the first entry: readers do not pay for the random bytes.
 */
const writerId = () => (thisWriter ??= `${process.pid}-${(0,_session_id_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .nw)(4)}`);
const openEntry = (inode, offset) => `o ${writerId()} ${inode} ${offset}\n`;
const rangesEntry = (ranges) => `r ${writerId()} ${ranges.join(' ')}\n`;
const closeEntry = () => `c ${writerId()}\n`;
const unindexedEntry = () => `x ${writerId()}\n`;
/** Ranges closer than this are read as one span: reading the bytes between costs less than another read. */
const MERGE_GAP = 4 * 1024;
/** Adds the range `[start, end)` to the writer's spans; a writer's ranges come in file order, so it merges with the last or follows it. */
function addRange(state, start, end) {
    const spans = state.spans;
    const last = spans.length - 1;
    if (last > 0 && start < spans[last - 1]) {
        state.unsorted = true;
        spans.push(start, end);
    }
    else if (last > 0 && start <= spans[last] + MERGE_GAP) {
        if (end > spans[last])
            spans[last] = end;
    }
    else {
        spans.push(start, end);
    }
}
/** The spans of several writers (or of one whose ranges came out of order): sorted, and merged as `addRange` merges. */
function sortAndMerge(pairs) {
    const order = [];
    for (let i = 0; i < pairs.length; i += 2)
        order.push(i);
    order.sort((a, b) => pairs[a] - pairs[b]);
    const merged = { spans: [], unsorted: false };
    for (const i of order)
        addRange(merged, pairs[i], pairs[i + 1]);
    return merged.spans;
}
const SPACE = 0x20;
const ZERO = 0x30;
const NINE = 0x39;
/**
 * Appends the numbers of `text[from, end)` (whole numbers, one space between two) to `into` and
 * returns how many, or -1 when the text is not that.
 */
function parseNumbers(text, from, end, into) {
    let count = 0;
    let value = -1;
    for (let i = from; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= ZERO && code <= NINE)
            value = (value < 0 ? 0 : value * 10) + code - ZERO;
        else if (code === SPACE && value >= 0 && value <= Number.MAX_SAFE_INTEGER) {
            into.push(value);
            count += 1;
            value = -1;
        }
        else
            return -1;
    }
    if (value < 0)
        return from < end ? -1 : count;
    if (value > Number.MAX_SAFE_INTEGER)
        return -1;
    into.push(value);
    return count + 1;
}
const NOT_AN_ENTRY = 1;
const PAST_THE_END = 2;
/**
 * Adds the ranges of an `r` line, its numbers `text[from, end)` (pairs of whole numbers, one space
 * between two), to the writer's spans as they are parsed: no list of the line's numbers, one loop
 * over its characters. A long session's index holds tens of thousands of numbers, and this runs
 * once per read, before the code is warm. Returns 0, NOT_AN_ENTRY, or PAST_THE_END for a range
 * beyond the file's `size` or ending before it starts.
 */
function addRanges(text, from, end, state, size) {
    let value = -1;
    let start = -1;
    for (let i = from; i <= end; i++) {
        // The line's end ends its last number as a space would.
        const code = i < end ? text.charCodeAt(i) : SPACE;
        if (code >= ZERO && code <= NINE) {
            value = (value < 0 ? 0 : value * 10) + code - ZERO;
            continue;
        }
        if (code !== SPACE || value < 0 || value > Number.MAX_SAFE_INTEGER)
            return NOT_AN_ENTRY;
        if (start < 0)
            start = value;
        else {
            if (start > value || value > size)
                return PAST_THE_END;
            addRange(state, start, value);
            if (value > state.from)
                state.from = value;
            start = -1;
        }
        value = -1;
    }
    return start < 0 && from < end ? 0 : NOT_AN_ENTRY;
}
const notAnEntry = (text, start, end) => `has a line that is not an entry (${JSON.stringify(text.slice(start, Math.min(end, start + 80)))})`;
const PAST_THE_END_NOTE = 'points past the end of the record file (it was cut)';
/**
 * The plan for reading the session from a global file of `inode` and `size` bytes, from its index
 * text (read before the file's size was taken, so that every range in it is within the file).
 * Each line is `<type> <writer>[ <number>]...`.
 */
function planFromIndex(text, inode, size, indexFile) {
    const damaged = (why) => ({ usable: false, note: `the session index ${indexFile} ${why}: the whole record file was scanned` });
    if (text.length > 0 && !text.endsWith('\n'))
        return damaged('ends in a cut line');
    const writers = new Map();
    const numbers = [];
    for (let start = 0, end = 0; start < text.length; start = end + 1) {
        end = text.indexOf('\n', start);
        if (end === start)
            continue;
        const writerEnd = text.indexOf(' ', start + 2);
        if (text.charCodeAt(start + 1) !== SPACE || writerEnd === start + 2)
            return damaged(notAnEntry(text, start, end));
        const numbersStart = writerEnd < 0 || writerEnd > end ? end : writerEnd + 1;
        const type = text[start];
        let state = writers.get(text.slice(start + 2, numbersStart === end ? end : writerEnd));
        if (type === 'r' && state) {
            // The most frequent line by far: its ranges go straight into the writer's spans.
            const problem = addRanges(text, numbersStart, end, state, size);
            if (problem === NOT_AN_ENTRY)
                return damaged(notAnEntry(text, start, end));
            if (problem === PAST_THE_END)
                return damaged(PAST_THE_END_NOTE);
            continue;
        }
        numbers.length = 0;
        const count = parseNumbers(text, numbersStart, end, numbers);
        if (count < 0)
            return damaged(notAnEntry(text, start, end));
        if (type === 'o' && count === 2) {
            if (numbers[0] !== inode)
                return damaged('was written for another record file (it was replaced or moved)');
            if (numbers[1] > size)
                return damaged(PAST_THE_END_NOTE);
            if (!state) {
                const writer = text.slice(start + 2, writerEnd);
                state = { pid: Number.parseInt(writer, 10), closed: false, from: numbers[1], spans: [], unsorted: false };
                writers.set(writer, state);
            }
            state.closed = false;
            state.from = Math.max(state.from, numbers[1]);
        }
        else if (type === 'c' && state && count === 0) {
            state.closed = true;
        }
        else if (type === 'x' && count === 0) {
            return damaged('says the session has lines written without it (by an older lyfe-kt or another tool)');
        }
        else {
            return damaged(notAnEntry(text, start, end));
        }
    }
    let stopped;
    for (const state of writers.values()) {
        if (state.closed)
            continue;
        // Still writing, or stopped without closing: its last lines are somewhere after `from`.
        addRange(state, state.from, Infinity);
        if (!(0,_session_process_js__WEBPACK_IMPORTED_MODULE_3__/* .processAlive */ .F)(state.pid) && (!stopped || state.from < stopped.from))
            stopped = { pid: state.pid, from: state.from };
    }
    const note = stopped
        ? `a writer of the session (pid ${stopped.pid}) stopped without closing ${indexFile}: the record file was scanned from byte ${stopped.from} to its end`
        : undefined;
    // One writer (the usual case): its spans are the plan; several: theirs together, sorted.
    const states = [...writers.values()];
    const spans = states.length === 1 && !states[0].unsorted ? states[0].spans : sortAndMerge(states.flatMap((state) => state.spans));
    return { usable: true, spans, note };
}
/** The index text of the session, or undefined when it has none. */
function readIndexText(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'latin1');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 8194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ assertSessionId),
/* harmony export */   OZ: () => (/* binding */ newSessionId),
/* harmony export */   UP: () => (/* binding */ begunHere),
/* harmony export */   nw: () => (/* binding */ randomHex)
/* harmony export */ });
/* unused harmony exports actionsSessionId, isSessionId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9517);

const LOCAL = /^sess_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}_[0-9a-f]{8}$/;
const ACTIONS = /^gha_\d+_\d+(_[A-Za-z0-9][A-Za-z0-9.-]{0,63})?$/;
/** The ids `newSessionId` made in this process. */
const made = new Set();
/**
 * `bytes` random bytes in hex, from the global Web Crypto: `node:crypto` is loaded when the first
 * is made, not when this module is (`lyfe-kt logs` never makes one).
 */
function randomHex(bytes) {
    return Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
/** `sess_YYYY-MM-DD_HH-MM-SS_<8 hex>`, in UTC. */
function newSessionId(now = new Date()) {
    const iso = now.toISOString(); // 2025-01-18T17:30:45.123Z
    const stamp = `${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '-')}`;
    const id = `sess_${stamp}_${randomHex(4)}`;
    made.add(id);
    return id;
}
/** Whether this process made `id` (`newSessionId`): no record of such a session was written before it. */
function begunHere(id) {
    return made.has(id);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LyfeError */ .L0(`${source} ${JSON.stringify(value)} is not a session id`, {
            fix: 'Use the form sess_YYYY-MM-DD_HH-MM-SS_<8 hex> (see `lyfe-kt logs --list`) or gha_<run_id>_<attempt>[_<key>]',
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.usage,
        });
    }
    return value;
}


/***/ }),

/***/ 82:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ processAlive)
/* harmony export */ });
/**
 * Whether a process of this machine is running (signal 0 only asks). A pid from another host, or
 * reused since, may mislead: callers use it for liveness hints (a running session, a stale lock).
 */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
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
