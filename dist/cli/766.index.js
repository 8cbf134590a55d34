export const id = 766;
export const ids = [766];
export const modules = {

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

/***/ 9391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ REPORT_FILES),
/* harmony export */   LV: () => (/* binding */ REPORT_MARKDOWN),
/* harmony export */   oA: () => (/* binding */ REPORT_JSON)
/* harmony export */ });
/** The names of the reports `generate` writes, in a module of their own: packaging names them without loading the pipeline. */
const REPORT_JSON = 'generation_report.json';
const REPORT_MARKDOWN = 'generation_report.md';
/** The files of `reports/` the pipeline writes; anything else there is the user's and stays. */
const REPORT_FILES = new Set([REPORT_JSON, REPORT_MARKDOWN]);


/***/ }),

/***/ 1486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g1: () => (/* binding */ record),
/* harmony export */   tY: () => (/* binding */ onRecord),
/* harmony export */   tg: () => (/* binding */ auditRecord)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _session_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6028);
/* harmony import */ var _session_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8194);
/* harmony import */ var _filter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1851);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4020);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3940);
/* harmony import */ var _session_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9708);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6689);









/**
 * The single writer of records. Each record is one JSON line (`level`, `time` first, `msg` last,
 * as pino writes them) and one `write(2)` of that whole line to a file opened with O_APPEND,
 * synchronously: concurrent processes never tear each other's lines, and a process killed with
 * SIGKILL loses at most the line it was writing. Beside the global files, each session's index
 * (session-index.ts) says where its lines are.
 */
/** Lines written, or bytes, before the ranges they went to are appended to the sessions' indexes (and the lines to their copies). */
const FLUSH_LINES = 1024;
const FLUSH_BYTES = 1024 * 1024;
/** A session's buffer of kept lines starts at this size; one that grew past it is let go at the flush. */
const LINES_BYTES = 64 * 1024;
const NO_LINES = Buffer.alloc(0);
const NEWLINE = 0x0a;
/**
 * Opens a record file for appending, and ends its last line first when a write that failed half
 * way (a full disk, a killed process) left it without a newline: this process's first record
 * then starts a line of its own instead of being glued to the torn one and lost. Readers skip and
 * count the torn line. A line another process is still writing looks the same for an instant (a
 * long line is copied a page at a time): ending it then leaves an empty line, which the scanner
 * skips, never a lost or torn record.
 */
function openRecordFile(file) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'a+');
    if (!startsLine(fd, node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size))
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, '\n');
    return fd;
}
/** Whether byte `at` of the file starts a line (the file's start, or just after a newline). */
function startsLine(fd, at) {
    if (at === 0)
        return true;
    const before = Buffer.alloc(1);
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, before, 0, 1, at - 1) === 1 && before[0] === NEWLINE;
}
/**
 * A global record file open for appending, and where this process's lines went in it. Offsets are
 * counted from the file's size when last looked at, as if no other process wrote since; every
 * `FLUSH_LINES` lines the size is looked at again: when it is what this process's own lines make it,
 * no other process wrote in between and the counted ranges are exact; else each session gets the
 * whole stretch since the last look, which holds its lines and others'. The index then has the
 * ranges. So the index costs one `fstat` per `FLUSH_LINES` lines and one write per session per
 * flush, and is exact when this process writes alone, coarser (never wrong) when others write too.
 * When exact, and the stretch starts a line (nothing torn before it that its first line is glued
 * to), each session's lines of the stretch are also appended to its copy with one write, and its
 * `k` entry says where they are there: a reader then reads the copy, not a range per line.
 */
class RecordFile {
    file;
    fd;
    inode;
    /** The file's size when last looked at. */
    checked;
    /** `checked` plus what this process wrote since. */
    expected;
    /** A write that failed half way: this stretch's ranges are not exact. */
    uncertain = false;
    /** Ranges `[start, end)` written since `checked`, per session, assuming no other writer, and the lines. */
    pending = new Map();
    pendingLines = 0;
    pendingBytes = 0;
    /** The index files of the sessions this process writes, open for appending; undefined: the session has no index. */
    indexes = new Map();
    /** The sessions' copies this process appends to, and their sizes after its last write. */
    copies = new Map();
    constructor(file) {
        this.file = file;
        this.fd = openRecordFile(file);
        const stats = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(this.fd);
        this.inode = stats.ino;
        this.checked = this.expected = stats.size;
    }
    append(sessionId, line) {
        const length = Buffer.byteLength(line);
        if (!this.indexes.has(sessionId))
            this.openIndex(sessionId);
        const pending = this.indexes.get(sessionId) === undefined ? undefined : this.pendingOf(sessionId);
        const start = this.expected;
        // Lines of a session that follow each other are one range, read with one read: they need no
        // copy. From its first line after another session's, the session keeps its lines' bytes.
        if (pending && !pending.kept && pending.ranges.length > 0 && pending.ranges[pending.ranges.length - 1] !== start)
            this.keep(pending);
        let written = 0;
        try {
            if (pending?.kept) {
                // Encoded once, after the kept lines, and written from there: the copy is the same bytes.
                room(pending, length);
                pending.lines.write(line, pending.bytes);
                while (written < length)
                    written += node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.fd, pending.lines, pending.bytes + written, length - written);
            }
            else {
                // The string is written as it is (Node encodes it on the way out, without a Buffer on the
                // heap); only a write cut short continues from the bytes.
                written = node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.fd, line);
                if (written < length) {
                    const bytes = Buffer.from(line);
                    while (written < length)
                        written += node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.fd, bytes, written);
                }
            }
        }
        finally {
            if (written < length)
                this.uncertain = true;
            this.expected += written;
            // A line of a session without an index still counts in `expected`, for the others' ranges.
            if (pending) {
                const ranges = pending.ranges;
                if (ranges[ranges.length - 1] === start)
                    ranges[ranges.length - 1] = this.expected;
                else
                    ranges.push(start, this.expected);
                if (pending.kept)
                    pending.bytes += written;
            }
            this.pendingLines += 1;
            this.pendingBytes += written;
        }
        if (this.pendingLines >= FLUSH_LINES || this.pendingBytes >= FLUSH_BYTES)
            this.flush();
    }
    pendingOf(sessionId) {
        let pending = this.pending.get(sessionId);
        if (!pending) {
            pending = { ranges: [], kept: false, lines: NO_LINES, bytes: 0 };
            this.pending.set(sessionId, pending);
        }
        return pending;
    }
    /** Starts keeping the session's lines: those of this stretch so far, one range, are read back. */
    keep(pending) {
        const [start, end] = pending.ranges;
        room(pending, end - start);
        pending.bytes = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(this.fd, pending.lines, 0, end - start, start);
        // Not all there: the file changed under this process, and this stretch gets no copy.
        if (pending.bytes !== end - start)
            this.uncertain = true;
        pending.kept = true;
    }
    /**
     * Before the session's first line in this process: its index says from where this process
     * writes it. A session with no index yet may already have lines written without one (by an
     * older lyfe-kt, another tool, or a `--session` given to a new run): an index begun now would
     * hide them from readers, so the file is searched for them once (about half what `grep` costs),
     * and when it holds any, the index says so (readers scan) and this process indexes no line of
     * the session. A session this process began has no earlier line: it is not searched for.
     */
    openIndex(sessionId) {
        const file = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .sessionIndexFile */ .xx)(this.file, sessionId);
        let earlier = false;
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file) && !(0,_session_id_js__WEBPACK_IMPORTED_MODULE_3__/* .begunHere */ .UP)(sessionId)) {
            (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .scanLines */ .JH)(this.file, (0,_filter_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionNeedle */ .EB)(sessionId), () => (earlier = true), () => (earlier = true));
            // Looked for again after the search: a writer that began the index meanwhile wrote its `o`
            // before its lines, so lines found then may be its own; and it searched the file itself
            // first, so lines written without an index before it are in its `x`.
            if (earlier && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
                earlier = false;
        }
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
        if (earlier) {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(file, (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .unindexedEntry */ .zB)());
            this.indexes.set(sessionId, undefined);
            return;
        }
        const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'a');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .openEntry */ .vW)(this.inode, this.expected));
        this.indexes.set(sessionId, fd);
    }
    /** Appends the ranges written since the last flush to the sessions' indexes. */
    flush() {
        if (this.pendingLines === 0)
            return;
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(this.fd).size;
        const exact = size === this.expected && !this.uncertain;
        // A stretch in which no session's lines were interleaved with others' needs no copy, nor this look.
        const copied = exact && [...this.pending.values()].some((pending) => pending.kept) && startsLine(this.fd, this.checked);
        for (const [sessionId, pending] of this.pending) {
            const ranges = pending.ranges;
            if (ranges.length === 0)
                continue;
            const copy = copied && pending.kept ? this.copy(sessionId, pending) : undefined;
            const entry = copy !== undefined ? (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .copiedEntry */ .Rv)(copy.inode, copy.from, copy.from + pending.bytes, ranges[0], ranges[ranges.length - 1]) : (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .rangesEntry */ .D$)(exact ? ranges : [this.checked, size]);
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.indexes.get(sessionId), entry);
            pending.ranges = [];
            pending.kept = false;
            pending.bytes = 0;
            if (pending.lines.length > LINES_BYTES)
                pending.lines = NO_LINES;
        }
        this.pendingLines = 0;
        this.pendingBytes = 0;
        this.uncertain = false;
        this.checked = this.expected = size;
    }
    /**
     * Appends the session's pending lines to its copy; returns the copy's inode and where they start
     * there, or `undefined` when they are not all there right after this process's last write
     * (another process appended to the copy meanwhile, or the write stopped short): then the index
     * has their ranges instead.
     */
    copy(sessionId, pending) {
        let copy = this.copies.get(sessionId);
        if (!copy) {
            const fd = (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .openIfExists */ .oy)((0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .sessionCopyFile */ .Yn)(this.file, sessionId), 'a');
            // The index folder was removed while this process wrote: its index is gone too.
            if (fd === undefined)
                return undefined;
            const stats = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
            copy = { fd, inode: stats.ino, size: stats.size };
            this.copies.set(sessionId, copy);
        }
        const from = copy.size;
        const written = node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(copy.fd, pending.lines, 0, pending.bytes);
        copy.size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(copy.fd).size;
        return written === pending.bytes && copy.size === from + written ? { inode: copy.inode, from } : undefined;
    }
    /** Says in the session's index (or every session's) that all of this process's lines are in it. */
    close(sessionId) {
        this.flush();
        for (const [id, fd] of this.indexes) {
            if (sessionId !== undefined && id !== sessionId)
                continue;
            if (fd !== undefined) {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, (0,_session_index_js__WEBPACK_IMPORTED_MODULE_7__/* .closeEntry */ .HH)());
                node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
            }
            this.indexes.delete(id);
            this.pending.delete(id);
            const copy = this.copies.get(id);
            if (copy)
                node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(copy.fd);
            this.copies.delete(id);
        }
    }
}
/** Makes room in the session's kept bytes for `length` more. */
function room(pending, length) {
    if (pending.bytes + length <= pending.lines.length)
        return;
    const larger = Buffer.allocUnsafe(Math.max(LINES_BYTES, 2 * pending.lines.length, pending.bytes + length));
    pending.lines.copy(larger, 0, 0, pending.bytes);
    pending.lines = larger;
}
const files = new Map();
/** Every index is closed when the process exits normally; one killed leaves its index open, and readers scan its last lines. */
function closeAll() {
    for (const file of files.values())
        file.close();
}
/** The one writer of each record file, whichever spelling of its folder (`logs`, `./logs`, absolute) a caller gives. */
function recordFileFor(logDir, kind) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_8__/* .RecordFiles */ .b[kind]);
    let file = files.get(name);
    if (!file) {
        if (files.size === 0)
            process.once('exit', closeAll);
        file = new RecordFile(name);
        files.set(name, file);
    }
    return file;
}
const listeners = new Set();
/**
 * Lets code in this process see each record as it is written, exactly as written (redacted),
 * instead of reading the global files back. Returns the function that stops listening.
 */
function onRecord(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
}
function write(kind, level, event, msg, fields = {}) {
    const context = (0,_session_context_js__WEBPACK_IMPORTED_MODULE_2__/* .requireSession */ .OC)();
    // Keys in the order of the line; `msg` is set last, after the optional fields, as pino writes it.
    const written = { level, time: new Date().toISOString(), session: context.sessionId, stage: fields.stage ?? context.stage, event, pid: process.pid };
    if (fields.input?.length)
        written.input = fields.input;
    if (fields.output?.length)
        written.output = fields.output;
    if (fields.data)
        written.data = (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactValue */ .FI)(fields.data);
    written.msg = (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactText */ .Rd)(msg);
    recordFileFor(context.logDir, kind).append(context.sessionId, `${JSON.stringify(written)}\n`);
    for (const listener of listeners)
        listener(kind, written);
    // At the end of a stage or session, the indexes catch up, so that readers find the lines by them.
    if (event === _types_js__WEBPACK_IMPORTED_MODULE_8__/* .Events */ .sV.sessionEnd)
        for (const file of files.values())
            file.close(context.sessionId);
    else if (event === _types_js__WEBPACK_IMPORTED_MODULE_8__/* .Events */ .sV.stageEnd)
        for (const file of files.values())
            file.flush();
}
/** A processing record in the current session and stage. */
function record(level, event, msg, fields) {
    write('processing', level, event, msg, fields);
}
/** A prompt-audit record in the current session and stage. */
function auditRecord(level, event, msg, fields) {
    write('prompts', level, event, msg, fields);
}


/***/ }),

/***/ 6028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ requireSession),
/* harmony export */   gg: () => (/* binding */ currentSession),
/* harmony export */   nm: () => (/* binding */ runInSession)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);

const storage = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function runInSession(context, fn) {
    return storage.run(context, fn);
}
function currentSession() {
    return storage.getStore();
}
function requireSession() {
    const context = storage.getStore();
    if (!context)
        throw new Error('no session: records can only be written inside runInSession()');
    return context;
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


/***/ }),

/***/ 443:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ runStage)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _records_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1486);
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1280);
/* harmony import */ var _session_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6028);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7182);








function gitCommit() {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim();
    }
    catch {
        return undefined;
    }
}
/**
 * `work`, or the signal's reason as soon as it aborts: an interrupted stage ends and says why
 * whatever it was waiting for, and what it was doing is cancelled through the same signal.
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
        if (signal.aborted)
            onAbort();
    });
}
/**
 * Runs one pipeline stage inside its session: joins (or begins) the work folder's session, writes
 * the stage's start and end records, and records a failure with its cause before rethrowing it.
 */
async function runStage(options, fn) {
    const { session, started } = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveSession */ .Zo)(options.workDir, { override: options.session, fresh: options.fresh });
    const context = { sessionId: session.session_id, stage: options.stage, logDir: options.logDir };
    return (0,_session_context_js__WEBPACK_IMPORTED_MODULE_5__/* .runInSession */ .nm)(context, async () => {
        if (started) {
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)('info', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.sessionStart, `session ${session.session_id} started`, {
                stage: 'session',
                data: {
                    argv: process.argv.slice(2),
                    tool_version: _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x,
                    node_version: process.version,
                    cwd: process.cwd(),
                    git_commit: gitCommit(),
                    ...options.sessionInfo,
                },
            });
        }
        const stats = { filesIn: 0, filesOut: 0, filesInvalid: 0 };
        const begin = performance.now();
        (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)('info', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.stageStart, `${options.stage} started`);
        const end = (status, error) => {
            const data = {
                status,
                duration_ms: Math.round(performance.now() - begin),
                files_in: stats.filesIn,
                files_out: stats.filesOut,
                files_invalid: stats.filesInvalid,
            };
            if (error)
                data.error = error;
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)(status === 'ok' ? 'info' : 'error', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.stageEnd, `${options.stage} ${status}`, { data: { ...data } });
        };
        try {
            const result = await untilAborted(fn(stats), options.signal);
            end('ok');
            return { session, result, stats };
        }
        catch (error) {
            const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(error);
            // The parts of the error stay apart in `data`, so that no view has to take the line apart again.
            const known = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0 ? error : undefined;
            (0,_records_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)('error', _records_types_js__WEBPACK_IMPORTED_MODULE_4__/* .Events */ .sV.error, text, {
                input: known?.file ? [node_path__WEBPACK_IMPORTED_MODULE_1__.basename(known.file)] : undefined,
                data: { error: known ? known.message : text, file: known?.file, fix: known?.fix },
            });
            end('failed', text);
            throw error;
        }
    });
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
