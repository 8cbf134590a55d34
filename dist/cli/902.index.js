export const id = 902;
export const ids = [902,320];
export const modules = {

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
        (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLines */ .JH)(file, needle, onLine, onTail);
        return result;
    }
    const indexFile = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionIndexFile */ .xx)(file, sessionId);
    // The index first, then the file: every range the index holds was written after its lines.
    const text = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readIndexText */ .Gw)(indexFile);
    if (text === undefined) {
        (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLines */ .JH)(file, needle, onLine, onTail);
        if (result.lines > 0)
            result.note = `session ${sessionId} has no index ${indexFile} (its records were written by an older lyfe-kt or another tool): ${file} was scanned whole`;
        return result;
    }
    // The file the index is checked against is the one read: opened once, its identity and size from
    // the descriptor; the same for the session's copy, after the index too.
    const fd = (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .openIfExists */ .oy)(file);
    if (fd === undefined)
        return result;
    let copyFd;
    try {
        // The copy only for a session whose index names it (a session written alone has none; a `k`
        // entry always follows its writer's `o`).
        copyFd = text.includes('\nk ') ? (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .openIfExists */ .oy)((0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionCopyFile */ .Yn)(file, sessionId)) : undefined;
        const stats = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        const copyStats = copyFd === undefined ? undefined : node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(copyFd);
        const plan = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .planFromIndex */ .e3)(text, stats.ino, stats.size, indexFile, copyStats && { inode: copyStats.ino, size: copyStats.size });
        if (plan.usable) {
            for (const read of plan.reads) {
                if (read.copy)
                    (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLineRanges */ .of)(copyFd, read.ranges, needle, onLine, onTail);
                else
                    (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanSpans */ .Be)(fd, read.ranges, needle, onLine, onTail);
            }
        }
        else
            (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLines */ .JH)(fd, needle, onLine, onTail);
        if (plan.note)
            result.note = plan.note;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        if (copyFd !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(copyFd);
    }
    return result;
}
/**
 * Visits the records of the session in one global file, in file order, each with its line's bytes
 * (valid only during the call); returns how many lines mention the session without being one of
 * its records, and the filter's note. With `events`, only the records of those events: a line of
 * the writer's shape names its event in its bytes (where `filterSessionLines` says), so the others
 * are passed over unparsed; a line of any other shape is parsed to know its event.
 */
function forEachSessionRecord(logDir, sessionId, kind, visit, events) {
    // Each name with the quote that closes it: `stage.end` is not taken for `stage.end_of_day`.
    const names = events && [...events].map((event) => Buffer.from(`${event}"`));
    let unparsed = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end, event) => {
        if (names && event >= 0 && !names.some((name) => hasBytesAt(chunk, event, name)))
            return;
        const record = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRecordLine */ .pF)(chunk, start, end);
        if (!record)
            unparsed += 1;
        else if (!events || events.has(record.event))
            visit(record, chunk.subarray(start, end));
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

/***/ 9708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ rangesEntry),
/* harmony export */   Gw: () => (/* binding */ readIndexText),
/* harmony export */   HH: () => (/* binding */ closeEntry),
/* harmony export */   Rv: () => (/* binding */ copiedEntry),
/* harmony export */   Yn: () => (/* binding */ sessionCopyFile),
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
 *   `k <writer> <from> <to> <start> <end>`
 *                                   the writer's lines of the session in `[start, end)` of the global
 *                                   file are, byte for byte and in order, bytes `[from, to)` of the
 *                                   session's copy (below); written after the copy
 *   `c <writer>`                    the writer's lines are all in its `r` ranges
 *   `x <writer>`                    the session has lines written without the index (by an older
 *                                   lyfe-kt or another tool): readers scan the whole file
 * A writer is `<pid>-<random>`. One killed before `c` leaves its last lines unindexed: the reader
 * scans the global file from its last known byte to the end for them.
 *
 * `<logDir>/index/<session>.<kind>.lines` is the session's copy: the lines its writers wrote alone
 * (no other process appended to the global file meanwhile) and whole (each after a newline), each
 * writer appending those of a flush with one `write(2)` before its `k` entry. Reading them there
 * costs a few large reads where the global file, the sessions interleaved, costs one read per line.
 * The copy's bytes that no `k` names (a writer killed between the two writes) are never read, and
 * a `k` is read from the copy only when the copy is still the file it names and no two entries name
 * the same bytes of it: a copy removed and written again, or cut and appended to, is not trusted.
 */
const INDEX_FOLDER = 'index';
/** The index of the session's lines in the global record file `recordFile` (`<logDir>/<kind>.jsonl`). */
function sessionIndexFile(recordFile, sessionId) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(recordFile, '.jsonl')}.idx`);
}
/** The session's copy of its lines of the global record file `recordFile`. */
function sessionCopyFile(recordFile, sessionId) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(recordFile, '.jsonl')}.lines`);
}
let thisWriter;
/**
 * This process, as the index names it: the pid says whether it still runs, the rest tells reused
 * pids apart. Made at the first entry: readers do not pay for the random bytes.
 */
const writerId = () => (thisWriter ??= `${process.pid}-${(0,_session_id_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .nw)(4)}`);
const openEntry = (inode, offset) => `o ${writerId()} ${inode} ${offset}\n`;
const rangesEntry = (ranges) => `r ${writerId()} ${ranges.join(' ')}\n`;
const copiedEntry = (copyInode, from, to, start, end) => `k ${writerId()} ${copyInode} ${from} ${to} ${start} ${end}\n`;
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
 * The plan for reading the session from a global file of `inode` and `size` bytes and its copy
 * (`undefined`: there is none), from its index text (read before the sizes were taken, so that
 * every range in it is within the files). Each line is `<type> <writer>[ <number>]...`.
 */
function planFromIndex(text, inode, size, indexFile, copy) {
    const damaged = (why) => ({ usable: false, note: `the session index ${indexFile} ${why}: the whole record file was scanned` });
    if (text.length > 0 && !text.endsWith('\n'))
        return damaged('ends in a cut line');
    const writers = new Map();
    const numbers = [];
    /** The `k` entries: the copy's inode, `from`, `to` in it, `start`, `end` in the global file, five numbers each. */
    const copies = [];
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
        else if (type === 'k' && state && count === 5) {
            const [copyInode, from, to, first, last] = numbers;
            if (from > to || first > last)
                return damaged(notAnEntry(text, start, end));
            if (last > size)
                return damaged(PAST_THE_END_NOTE);
            copies.push(copyInode, from, to, first, last);
            if (last > state.from)
                state.from = last;
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
    const notes = stopped ? [`a writer of the session (pid ${stopped.pid}) stopped without closing ${indexFile}: the record file was scanned from byte ${stopped.from} to its end`] : [];
    // One writer (the usual case): its spans are the plan; several: theirs together, sorted.
    const states = [...writers.values()];
    const spans = states.length === 1 && !states[0].unsorted ? states[0].spans : sortAndMerge(states.flatMap((state) => state.spans));
    const { reads, short } = planReads(copies, spans, copy);
    if (short)
        notes.push(`the session's copy of its lines is missing, shorter than ${indexFile} says, or not the file it names: its lines were read from the record file`);
    return { usable: true, reads, note: notes.length ? notes.join('; ') : undefined };
}
/**
 * The reads of the session in file order: the lines of the `k` entries `copies` from the copy, the
 * spans of the global file `spans` between them. A `k`'s lines come from the copy when the copy
 * can be trusted (`short` when it cannot), the entries do not overlap in the global file (no
 * writer makes such entries: then the global file decides the order), and no span of the global
 * file takes in its lines; else they are read from the global file with the spans. Adjacent ranges
 * of the copy are read as one.
 */
function planReads(copies, spans, copy) {
    const order = [];
    for (let i = 0; i < copies.length; i += 5)
        order.push(i);
    order.sort((a, b) => copies[a + 3] - copies[b + 3]);
    const disjoint = order.every((at, k) => k === 0 || copies[at + 3] >= copies[order[k - 1] + 4]);
    const trusted = disjoint && copy !== undefined && copiesHold(copies, copy);
    // Entries read from the global file join its spans. A span merged over an entry's lines reads
    // them too: that entry joins the spans, whose merging may then take in another, until none is
    // left inside a span.
    let fromCopy = trusted ? order : [];
    let toFile = trusted ? [] : order;
    let file = spans;
    for (;;) {
        if (toFile.length)
            file = sortAndMerge([...file, ...toFile.flatMap((at) => [copies[at + 3], copies[at + 4]])]);
        toFile = fromCopy.filter((at) => overlaps(file, copies[at + 3], copies[at + 4]));
        if (toFile.length === 0)
            break;
        fromCopy = fromCopy.filter((at) => !toFile.includes(at));
    }
    const reads = [];
    const last = (isCopy) => {
        if (reads.at(-1)?.copy !== isCopy)
            reads.push({ copy: isCopy, ranges: [] });
        return reads.at(-1);
    };
    let span = 0;
    for (const at of fromCopy) {
        for (; span < file.length && file[span] < copies[at + 3]; span += 2)
            last(false).ranges.push(file[span], file[span + 1]);
        const ranges = last(true).ranges;
        if (ranges.at(-1) === copies[at + 1])
            ranges[ranges.length - 1] = copies[at + 2];
        else
            ranges.push(copies[at + 1], copies[at + 2]);
    }
    for (; span < file.length; span += 2)
        last(false).ranges.push(file[span], file[span + 1]);
    return { reads, short: disjoint && order.length > 0 && !trusted };
}
/** Whether any of the sorted, disjoint `spans` takes in a byte of `[start, end)`. */
function overlaps(spans, start, end) {
    for (let i = 0; i < spans.length && spans[i] < end; i += 2)
        if (spans[i + 1] > start)
            return true;
    return false;
}
/** Whether every `k` entry names bytes of this very copy that it holds, and no two the same bytes. */
function copiesHold(copies, copy) {
    const ranges = [];
    for (let at = 0; at < copies.length; at += 5) {
        if (copies[at] !== copy.inode || copies[at + 2] > copy.size)
            return false;
        ranges.push([copies[at + 1], copies[at + 2]]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    return ranges.every(([from], k) => k === 0 || from >= ranges[k - 1][1]);
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


/***/ })

};
