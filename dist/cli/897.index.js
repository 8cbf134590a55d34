export const id = 897;
export const ids = [897];
export const modules = {

/***/ 7041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ compressLogs),
/* harmony export */   QT: () => (/* binding */ readPackageLogs),
/* harmony export */   bz: () => (/* binding */ digestArchive),
/* harmony export */   f6: () => (/* binding */ readPackageRecords)
/* harmony export */ });
/* unused harmony export readArchive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9517);
/* harmony import */ var _records_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(766);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5046);







/**
 * How much tar reads at a time, writing or reading an archive. The archive's bytes do not depend
 * on it (gzip is never flushed mid-stream); memory does: with tar's default of 16 MiB, reading back
 * 180 MiB of logs took 240 MiB, and writing them synchronously held a whole member ahead of gzip
 * (so the archive is written asynchronously: each read waits for gzip to take the one before).
 */
const READ_BYTES = 1024 * 1024;
/** Moves the archived log files of `logsDir` into `records.tar.gz`. */
async function compressLogs(logsDir) {
    const members = _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .ArchivedLogFiles */ .wS.filter((name) => node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name)));
    const before = members.reduce((total, name) => total + node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name)).size, 0);
    const archive = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_FILE */ .sX);
    await tar__WEBPACK_IMPORTED_MODULE_3__.c({ gzip: { level: 6 }, file: archive, portable: true, cwd: logsDir, maxReadSize: READ_BYTES }, members);
    for (const name of members)
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name));
    return { before, after: node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(archive).size };
}
/** Calls `onMember` for each member of a `records.tar.gz` as it is read; `onMember` reads it as a stream. */
function visitArchive(file, onMember) {
    try {
        tar__WEBPACK_IMPORTED_MODULE_3__.t({ file, sync: true, strict: true, maxReadSize: READ_BYTES, onReadEntry: onMember });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LyfeError */ .L0(`the compressed logs cannot be read: ${error.message}`, {
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
    const logsDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(packageDir, _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .LOGS_DIR */ .c6);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(logsDir)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LyfeError */ .L0('not a package: it has no logs/ folder', { file: packageDir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const files = new Map();
    let compressed = false;
    for (const name of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(logsDir).sort()) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).isFile())
            continue;
        if (name === _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_FILE */ .sX) {
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
        if (!(0,_records_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .isLogRecord */ .Y9)(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LyfeError */ .L0(`line ${index + 1} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
        }
        records.push(value);
    });
    return records;
}
/** The session records a package carries (plain or compressed), for every tool that reads a package. */
function readPackageRecords(packageDir) {
    const logs = readPackageLogs(packageDir);
    const processing = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .LogFiles */ .aE.processingRecords), _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .LogFiles */ .aE.processingRecords, packageDir);
    const prompts = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .LogFiles */ .aE.promptRecords), _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .LogFiles */ .aE.promptRecords, packageDir);
    return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
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

/***/ 3940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ scanLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/**
 * The line scanner under every reader of the global record files. It streams a file in large
 * fixed chunks with positioned reads into one reused buffer and looks at raw bytes only: with a
 * needle, the needle is searched across the whole chunk, so lines without it are never looked at
 * one by one. Filtering one session out of a 1 GiB file costs about what `grep -F` costs, in flat
 * memory. One thread: on two cores a worker thread scanning half of the file was measured slower
 * than this, with and without a second process loading a core (docs/performance.md).
 */
/** Size of the reused read buffer; it only grows for a single line longer than this. */
const CHUNK_BYTES = 1024 * 1024;
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
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too. A line cut by a
 * chunk boundary is moved to the front of the buffer and completed by the next read; nothing is
 * concatenated.
 */
function scanLines(file, needle, visit, onTail) {
    const fd = openIfExists(file);
    if (fd === undefined)
        return;
    try {
        let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        let position = 0;
        let held = 0;
        for (;;) {
            if (held === buffer.length) {
                const larger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(larger, 0, 0, held);
                buffer = larger;
            }
            const read = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, held, buffer.length - held, position);
            if (read === 0)
                break;
            position += read;
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
        if (held > 0 && (!needle || buffer.subarray(0, held).includes(needle)))
            onTail(buffer, 0, held);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
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
/* harmony import */ var _quality_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9567);



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
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
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
    seq = 0;
    minMs = Number.POSITIVE_INFINITY;
    maxMs = Number.NEGATIVE_INFINITY;
    firstStart;
    lastEnd;
    info = {};
    runs = [];
    /** Runs started and not ended, by `stage pid`: a process runs a stage once at a time. */
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
    latency = 0;
    outputs = new Map();
    preprocessInputs = new Set();
    preprocessResultInputs = new Set();
    counts = { processing_records: 0, prompt_records: 0, warnings: 0, errors: 0 };
    done = false;
    /** Folds one record of the session, from the stream `kind`, into the model. */
    add(record, kind) {
        if (this.done)
            throw new Error('SessionModel.add after result()');
        const stream = STREAMS_IN_ORDER.indexOf(kind);
        const seq = this.seq++;
        const time = ms(record.time);
        this.sessionId ||= record.session;
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
        const recent = this.processStream(stream, record.pid);
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
    processStream(stream, pid) {
        let recent = this.streams[stream].get(pid);
        if (!recent) {
            recent = { ring: [], lastMs: Number.NEGATIVE_INFINITY, waiting: [] };
            this.streams[stream].set(pid, recent);
        }
        return recent;
    }
    /** A context for a failure of `pid` up to `until`: each stream gives its ring when it moves past `until`, or now if it has. */
    contextOf(pid, until, ownSeq) {
        const context = new FailureContext(until, ownSeq);
        for (let stream = 0; stream < STREAMS_IN_ORDER.length; stream++) {
            const recent = this.processStream(stream, pid);
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
            case _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.sessionStart:
                if (!this.firstStart) {
                    this.firstStart = record;
                    this.info = data;
                }
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.sessionEnd:
                this.lastEnd = record;
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.stageStart:
                this.startRun(record, time);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.stageEnd:
                this.endRun(record, data);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.error:
                if (record.stage !== 'package')
                    this.addError(record, seq, time);
                break;
            case _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.fileResult:
                this.addFileResult(record, data);
                break;
        }
        if (record.stage === 'preprocess') {
            const inputs = record.event === _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.fileResult ? this.preprocessResultInputs : this.preprocessInputs;
            for (const file of record.input ?? [])
                inputs.add(file);
        }
    }
    startRun(record, time) {
        // The runs of this process that are still open never ended before this start: their context stops here.
        for (const open of this.awaitingNext.get(record.pid) ?? [])
            this.runContexts.set(open, this.contextOf(record.pid, time - 1, -1));
        const run = newRun(record);
        this.runs.push(run);
        // A start while the same stage of the same process is open: that run was abandoned (pid reused).
        this.open.set(`${record.stage} ${record.pid}`, run);
        this.awaitingNext.set(record.pid, [run]);
    }
    endRun(record, data) {
        const key = `${record.stage} ${record.pid}`;
        let run = this.open.get(key);
        this.open.delete(key);
        if (run) {
            const ended = run;
            const waiting = this.awaitingNext.get(record.pid);
            if (waiting)
                this.awaitingNext.set(record.pid, waiting.filter((open) => open !== ended));
            this.runContexts.delete(run);
        }
        else {
            run = newRun(record);
            this.runs.push(run);
        }
        run.status = data.status === 'ok' ? 'ok' : 'failed';
        run.end_time = record.time;
        run.duration_ms = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.duration_ms) ?? ms(record.time) - ms(run.start_time);
        run.files_in = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.files_in) ?? 0;
        run.files_out = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.files_out) ?? 0;
        run.files_invalid = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.files_invalid) ?? 0;
        run.error = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.error);
    }
    addError(record, seq, time) {
        const data = record.data ?? {};
        this.errors.push({
            failure: {
                kind: 'error',
                stage: record.stage,
                pid: record.pid,
                time: record.time,
                message: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.error) ?? record.msg,
                fix: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.fix),
                file: record.input?.[0] ?? record.output?.[0] ?? null,
                last_records: [],
            },
            context: this.contextOf(record.pid, time, seq),
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
                mobile_optimization_score: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(metrics.mobile_optimization_score),
                ari_persona_consistency: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(metrics.ari_persona_consistency),
                schema_version: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.schema_version),
                call_id: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.call_id),
                attempts: 0,
                tokens: 0,
            });
        }
    }
    addPrompt(record) {
        if (record.event !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmAttempt && record.event !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmRequest)
            return;
        const data = (record.data ?? {});
        const id = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.call_id);
        if (!id)
            return;
        let call = this.calls.get(id);
        if (!call) {
            call = {
                summary: {
                    call_id: id,
                    purpose: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.purpose) ?? '',
                    stage: record.stage,
                    input: record.input ?? [],
                    output: record.output ?? [],
                    provider: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.provider) ?? '',
                    model: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.model) ?? '',
                    attempts: 0,
                    outcome: 'unfinished',
                    tokens: 0,
                    latency_ms: 0,
                },
                inFlight: false,
                cached: false,
            };
            this.calls.set(id, call);
        }
        call.cached = data.source === 'cache';
        // A request with no attempt record after it was in flight when its process stopped.
        if (record.event === _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmRequest) {
            call.inFlight = true;
            call.summary.outcome = 'unfinished';
            return;
        }
        call.inFlight = false;
        const summary = call.summary;
        const tokens = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.usage?.total_tokens) ?? 0;
        const latency = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.latency_ms) ?? 0;
        summary.attempts += 1;
        summary.tokens += tokens;
        summary.latency_ms += latency;
        if (data.model)
            summary.model = data.model;
        summary.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' ? 'failed' : 'unfinished';
        this.attempts += 1;
        // A reply from the build cache was not a request to the provider.
        if (data.source !== 'cache')
            this.liveAttempts += 1;
        if (data.outcome === 'ok')
            this.okAttempts += 1;
        else if (data.outcome === 'retry')
            this.retries += 1;
        this.models.add((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.model));
        this.providers.add((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.provider));
        this.totalTokens += tokens;
        this.promptTokens += (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.usage?.prompt_tokens) ?? 0;
        this.completionTokens += (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(data.usage?.completion_tokens) ?? 0;
        this.latency += latency;
    }
    /** What the session was. Ends the model: add nothing after. */
    result() {
        this.done = true;
        const lastEnd = this.lastEnd;
        // The packaging stage that wrote the session's end is, by construction, the one that completed.
        for (const run of this.runs) {
            if (run.stage === 'package' && run.status === 'unfinished' && lastEnd && lastEnd.pid === run.pid && ms(lastEnd.time) >= ms(run.start_time)) {
                run.status = 'ok';
                run.end_time = lastEnd.time;
                run.duration_ms = ms(lastEnd.time) - ms(run.start_time);
                run.files_in = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(lastEnd.data?.work_files) ?? 0;
            }
        }
        for (const stream of this.streams)
            for (const recent of stream.values())
                for (const context of recent.waiting.splice(0))
                    context.take(recent.ring);
        const failures = this.failures();
        const calls = [...this.calls.values()];
        const outputs = [...this.outputs.values()];
        for (const output of outputs) {
            const call = output.call_id ? this.calls.get(output.call_id)?.summary : undefined;
            output.attempts = call?.attempts ?? 0;
            output.tokens = call?.tokens ?? 0;
        }
        const levels = {};
        for (const output of outputs)
            if (output.level)
                levels[output.level] = (levels[output.level] ?? 0) + 1;
        const valid = outputs.filter((output) => output.valid).length;
        const problems = this.problems(failures);
        const startMs = this.firstStart ? ms(this.firstStart.time) : this.minMs;
        const endMs = lastEnd ? ms(lastEnd.time) : this.maxMs;
        const inFlight = calls.filter((call) => call.inFlight);
        const requests = this.attempts + inFlight.length;
        return {
            session_id: this.sessionId,
            start_time: iso(startMs),
            end_time: iso(endMs),
            duration_seconds: Number.isFinite(startMs) && Number.isFinite(endMs) ? Math.round(endMs - startMs) / 1000 : null,
            success: problems.length === 0 && failures.length === 0,
            problems,
            ended: lastEnd !== undefined,
            stages: this.runs,
            stages_executed: [...new Set(this.runs.flatMap((run) => (run.stage in PrdStageNames ? [PrdStageNames[run.stage]] : [])))],
            input_files: [...(this.preprocessResultInputs.size ? this.preprocessResultInputs : this.preprocessInputs)],
            output_files: outputs.map((output) => output.file),
            outputs,
            levels,
            schema_version: versionLabel(outputs.find((output) => output.schema_version)?.schema_version ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(this.info.schema_version)),
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
                model: this.models.most() ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(this.info.model),
                models: this.models.keys(),
                provider: this.providers.most() ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(this.info.provider),
                // A share of requests, not a quality metric: four decimals, as metadata.json has always given it.
                success_rate: requests ? (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .round4 */ .XP)(this.okAttempts / requests) : null,
                latency_ms: this.latency,
            },
            calls: calls.map((call) => call.summary),
            quality: { ...(0,_quality_js__WEBPACK_IMPORTED_MODULE_2__/* .aggregateQuality */ .p)(outputs), valid_files: valid, invalid_files: outputs.length - valid },
            failures,
            counts: { ...this.counts },
            session_info: this.info,
        };
    }
    failures() {
        const failures = this.errors.map(({ failure, context }) => {
            const before = context.records();
            return { ...failure, file: failure.file ?? lastFile(before), last_records: before };
        });
        for (const run of this.runs) {
            if (run.status !== 'unfinished' || run.stage === 'package')
                continue;
            const context = this.runContexts.get(run) ?? this.contextAtEnd(run.pid);
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
    contextAtEnd(pid) {
        const context = new FailureContext(Number.POSITIVE_INFINITY, -1);
        for (const stream of this.streams) {
            const recent = stream.get(pid);
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
        if (this.lastEnd?.data?.success === false && problems.length === 0 && failures.length === 0) {
            problems.push({ code: 'recorded_failed', message: 'The packaging that ended the session recorded the run as failed; see processing.log.' });
        }
        return problems;
    }
}
/** The model of a session whose records are in memory (tests, replay, the action's report). */
function summarizeSession(processing, prompts) {
    const model = new SessionModel();
    for (const record of processing)
        model.add(record, 'processing');
    for (const record of prompts)
        model.add(record, 'prompts');
    return model.result();
}


/***/ }),

/***/ 9567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ round4),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str)
/* harmony export */ });
/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`). */
/** A finite number, else null. */
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A non-empty string, else null. */
const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
const round4 = (value) => Math.round(value * 10_000) / 10_000;


/***/ })

};
