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
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
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
/** Output is gathered and written in blocks of this size with one `write(2)` each. */
const OUTPUT_BYTES = 1024 * 1024;
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
        ? (chunk, start, end) => {
            let parsed;
            if (kind === 'processing' && isStatusLine(chunk, start, end)) {
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
    if (kind === 'prompts') {
        const status = (0,filter/* filterSessionLines */.Ss)((0,filter/* recordFile */.mR)(options.logDir, 'processing'), sessionId, (chunk, start, end) => {
            const parsed = (0,parse/* parseRecordLine */.pF)(chunk, start, end);
            if (parsed)
                model.add(parsed, 'processing');
        });
        found ||= status.lines > 0;
    }
    else if (!found) {
        found = (0,filter/* filterSessionLines */.Ss)((0,filter/* recordFile */.mR)(options.logDir, 'prompts'), sessionId, () => { }).lines > 0;
    }
    if (!found)
        throw unknownSession(sessionId, options.logDir);
    const status = sessionStatus(model.result());
    const notes = statusNotes(sessionId, status);
    if (skipped)
        notes.push(`${skipped} line(s) mentioning the session are not records and were skipped`);
    endView(out, { json: options.json, kind, shown, sessionId, status, notes, paint: paintOut });
}
/**
 * `logs --package`: the same views of the records a package carries, read from the package alone
 * (its `*.jsonl`, inside `records.tar.gz` when compressed). `--json` prints the package's lines.
 */
function showPackage(dir, options) {
    const records = (0,archive/* readPackageRecords */.f6)(dir);
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
/**
 * `session.end`, `stage.start` and `stage.end` (and few others) begin with `s`; with `error`, they
 * are the records that decide a session's status, and two searches find them all.
 */
const STATUS_EVENTS = [Buffer.from('"event":"s'), Buffer.from('"event":"error"')];
/** Whether a record line may be one of those that decide a session's status. */
function isStatusLine(chunk, start, end) {
    const line = chunk.subarray(start, end);
    return STATUS_EVENTS.some((event) => line.includes(event));
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

/***/ 1851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ filterSessionLines),
/* harmony export */   mR: () => (/* binding */ recordFile)
/* harmony export */ });
/* unused harmony exports sessionNeedle, readSessionRecords */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3940);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6689);




/**
 * One session out of a global record file. The file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). The session is found in the raw bytes first; a line is parsed only when
 * its bytes leave a doubt about being one whole record of the writer.
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: pino writes `level`, then `time`, then the record's own keys. */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
function recordFile(logDir, kind) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RecordFiles */ .b[kind]);
}
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
function sessionNeedle(sessionId) {
    return Buffer.from(`"session":"${sessionId}"`);
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
/** Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. */
function filterSessionLines(file, sessionId, visit) {
    const needle = sessionNeedle(sessionId);
    const result = { lines: 0, skipped: 0 };
    (0,_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanLines */ .J)(file, needle, (chunk, start, end) => {
        const hit = chunk.indexOf(needle, start);
        if (isWriterLineAt(chunk, start, end, hit) || (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecordLine */ .pF)(chunk, start, end)?.session === sessionId) {
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
function indent(text) {
    return text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
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


/***/ })

};
