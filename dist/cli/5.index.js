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
// EXTERNAL MODULE: ./dist/lib/records/reader.js
var reader = __webpack_require__(3438);
// EXTERNAL MODULE: ./dist/lib/records/render.js
var render = __webpack_require__(5001);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
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
            case types/* Events */.sV.stageStart:
                this.open.add(`${record.pid} ${record.stage}`);
                break;
            case types/* Events */.sV.stageEnd:
                this.open.delete(`${record.pid} ${record.stage}`);
                if (data.status === 'failed' && !this.failedStages.includes(record.stage))
                    this.failedStages.push(record.stage);
                break;
            case types/* Events */.sV.sessionEnd:
                this.ended = data.success !== false && record.level !== 'error';
                break;
            case types/* Events */.sV.llmAttempt: {
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
/** How many sessions an "unknown session" error names. */
const RECENT = 5;
/** Output is gathered and written in blocks of this size with one `write(2)` each. */
const OUTPUT_BYTES = 1024 * 1024;
function registerLogsCommand(program) {
    program
        .command('logs')
        .description("print one session's records from the global record files or from a package, or list the sessions found there")
        .option('--session <id>', "session to show (env LYFE_KT_SESSION); default: the work folder's session", process.env.LYFE_KT_SESSION || undefined)
        .option('--list', 'list the sessions with start, end, status, stages, LLM calls and tokens')
        .addOption(new esm/* Option */.c$('--package <dir>', "the records a package carries (plain or compressed logs) instead of the global files").conflicts(['list', 'session']))
        .addOption(new esm/* Option */.c$('--stage <stage>', 'only records of this stage').choices(types/* STAGES */.an))
        .addOption(new esm/* Option */.c$('--level <level>', 'only records of this level and above').choices(Object.keys(LEVEL_RANK)))
        .option('--prompts', 'the prompt audit (one block per LLM attempt) instead of the processing records')
        .option('--json', 'the raw records, one JSON line each, exactly as written')
        .option('--log-dir <dir>', 'folder of the global record files (env LYFE_KT_LOG_DIR)', process.env.LYFE_KT_LOG_DIR ?? 'logs')
        .option('--work-dir <dir>', 'work folder whose session is shown when --session is not given (env LYFE_KT_WORK_DIR)', process.env.LYFE_KT_WORK_DIR ?? 'work')
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
            out.text(formatForView(parsed, kind, paintOut));
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
    // The status comes from the processing records: with --prompts they still need reading. A session
    // is unknown when neither file has a line of it; each file is scanned once.
    let found = result.lines > 0;
    if (kind === 'prompts') {
        const status = (0,reader/* filterSessionLines */.Ss)((0,reader/* recordFile */.mR)(options.logDir, 'processing'), sessionId, (chunk, start, end) => {
            const parsed = (0,reader/* parseRecordLine */.pF)(chunk, start, end);
            if (parsed)
                tally.add(parsed);
        });
        found ||= status.lines > 0;
    }
    else if (!found) {
        found = (0,reader/* filterSessionLines */.Ss)((0,reader/* recordFile */.mR)(options.logDir, 'prompts'), sessionId, () => { }).lines > 0;
    }
    if (!found)
        throw unknownSession(sessionId, options.logDir);
    const status = tally.summary().status;
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
    const tally = new SessionTally(records.session_id);
    for (const record of records.processing)
        tally.add(record);
    const status = tally.summary().status;
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
/** `session.end`, `stage.start` and `stage.end` (and few others) begin so: one search finds them all. */
const STATUS_EVENT = Buffer.from('"event":"s');
/** Whether a record line may be one of those that decide a session's status. */
function isStatusLine(chunk, start, end) {
    return chunk.subarray(start, end).includes(STATUS_EVENT);
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


/***/ })

};
