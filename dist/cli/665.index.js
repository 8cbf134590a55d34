export const id = 665;
export const ids = [665];
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
/* harmony import */ var _pipeline_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4153);



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
        .option('--concurrency <n>', 'files processed at once', parsePositiveInt, _pipeline_options_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONCURRENCY */ .W);
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

/***/ 2395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);




/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
function writeFileAtomic(file, content) {
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(temp, content);
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(temp, file);
    }
    catch (error) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(temp, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`cannot be written (${error.code ?? error.message})`, {
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
/* harmony export */   Aq: () => (/* binding */ compressLogs),
/* harmony export */   bz: () => (/* binding */ digestArchive),
/* harmony export */   f6: () => (/* binding */ readPackageRecords)
/* harmony export */ });
/* unused harmony exports readArchive, readPackageLogs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9517);
/* harmony import */ var _records_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3438);
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
        if (!(0,_records_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .isLogRecord */ .Y9)(value)) {
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

/***/ 5046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ WorkFolders),
/* harmony export */   VZ: () => (/* binding */ AUTO_COMPRESS_BYTES),
/* harmony export */   Xy: () => (/* binding */ PrdStageNames),
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
};
/**
 * With compression, these go into `logs/records.tar.gz`; `execution_summary.md` and `metadata.json`
 * stay readable beside it (the metadata records the sizes before and after).
 */
const ARCHIVE_FILE = 'records.tar.gz';
const ArchivedLogFiles = [LogFiles.promptsAudit, LogFiles.processing, LogFiles.processingRecords, LogFiles.promptRecords];
/** Logs at least this large are compressed even without `--compress`. */
const AUTO_COMPRESS_BYTES = 64 * 1024 * 1024;
/** The PRD's names of the stages, as `metadata.json` lists them in `execution.stages_executed`. */
const PrdStageNames = {
    preprocess: 'preprocessing',
    generate: 'generation',
    package: 'packaging',
};


/***/ }),

/***/ 4153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_CONCURRENCY)
/* harmony export */ });
const DEFAULT_CONCURRENCY = 4;


/***/ }),

/***/ 3438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ filterSessionLines),
/* harmony export */   Y9: () => (/* binding */ isLogRecord),
/* harmony export */   cz: () => (/* binding */ forEachRecord),
/* harmony export */   mR: () => (/* binding */ recordFile),
/* harmony export */   pF: () => (/* binding */ parseRecordLine)
/* harmony export */ });
/* unused harmony exports scanLines, sessionNeedle, readSessionRecords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);





/**
 * Reading the global record files. A global file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). Readers stream the file in large fixed chunks and look at raw bytes
 * before parsing anything, so that filtering one session out of a 1 GiB file costs about what
 * `grep -F` costs, in flat memory.
 */
/** Size of the reused read buffer; it only grows for a single line longer than this. */
const CHUNK_BYTES = 1024 * 1024;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: pino writes `level`, then `time`, then the record's own keys. */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
/**
 * A filter over a file at least this large is shared between threads: below it, starting a worker
 * (about 25 ms) costs more than the half of the scan it saves.
 */
const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;
/** Files are split for the threads in segments of this size, dealt out in turn. */
const SEGMENT_BYTES = 16 * 1024 * 1024;
/** More threads than this would add memory (a worker is ~15 MB) for little: the disk and memory bus are shared. */
const MAX_THREADS = 4;
function recordFile(logDir, kind) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RecordFiles */ .b[kind]);
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
 * One thread per idle core, this one included: a worker on a core that other processes keep busy
 * only takes turns with them, and then the filter was measured slower with it than without.
 */
function defaultSplit(size) {
    if (size < PARALLEL_MIN_BYTES)
        return { segmentBytes: SEGMENT_BYTES, threads: 1 };
    const idle = Math.floor((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() - (0,node_os__WEBPACK_IMPORTED_MODULE_1__.loadavg)()[0]);
    return { segmentBytes: SEGMENT_BYTES, threads: Math.max(1, Math.min(1 + idle, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), MAX_THREADS)) };
}
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes: the needle is searched across the whole chunk, so lines without
 * it are never looked at one by one. A missing file has no lines. `onTail` receives an
 * unterminated last line, if any. Lines appended while the scan runs are read too.
 *
 * With a needle and a large file, worker threads scan segments of the file while this thread scans
 * others; it takes their lines in file order, so `visit` sees exactly what one thread would show it.
 */
function scanLines(file, needle, visit, onTail, split) {
    const fd = openIfExists(file);
    if (fd === undefined)
        return { tailBytes: 0 };
    try {
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size;
        const { segmentBytes, threads } = split ?? defaultSplit(size);
        const scanner = lineScanner(node_fs__WEBPACK_IMPORTED_MODULE_0__, CHUNK_BYTES);
        const segments = Math.ceil(size / segmentBytes);
        const tail = needle && threads > 1 && segments > 1
            ? scanInParallel(fd, size, needle, visit, scanner, { segmentBytes, threads: Math.min(threads, segments) })
            : scanner.scan(fd, 0, Infinity, needle, visit);
        if (tail.length > 0 && onTail && (!needle || tail.includes(needle)))
            onTail(tail, 0, tail.length);
        return { tailBytes: tail.length };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * The scanning loop, one per thread. Worker threads run it from its source text (see
 * `ScanWorker`), so it refers to nothing outside itself: `fs` comes in, constants are literals.
 */
function lineScanner(fs, chunkBytes) {
    const NEWLINE = 0x0a;
    let buffer = Buffer.allocUnsafe(chunkBytes);
    const probe = Buffer.allocUnsafe(16 * 1024);
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
     * The first line start at or after `offset`, found in the bytes before `size` only: they are
     * all written, so every thread that asks gets the same answer while writers append.
     * Infinity when there is none.
     */
    function lineStart(fd, offset, size) {
        if (offset === 0)
            return 0;
        for (let at = offset - 1; at < size;) {
            const read = fs.readSync(fd, probe, 0, Math.min(probe.length, size - at), at);
            if (read === 0)
                break;
            const newline = probe.subarray(0, read).indexOf(NEWLINE);
            if (newline >= 0)
                return at + newline + 1;
            at += read;
        }
        return Infinity;
    }
    return {
        /**
         * Segment `index` of a file of `size` bytes cut every `segmentBytes`: the lines that start in
         * it. The last one runs to the end of the file, whatever was appended since `size`.
         */
        segment(fd, index, segmentBytes, size) {
            const last = (index + 1) * segmentBytes >= size;
            return [lineStart(fd, index * segmentBytes, size), last ? Infinity : lineStart(fd, (index + 1) * segmentBytes, size)];
        },
        /**
         * Visits the lines in bytes [from, to) of `fd`, read with positioned reads; returns the bytes
         * after the last newline (a view into the reused buffer). A line cut by a chunk boundary is
         * moved to the front of the buffer and completed by the next read; nothing is concatenated.
         */
        scan(fd, from, to, needle, visit) {
            let position = from;
            let held = 0;
            while (position < to) {
                if (held === buffer.length) {
                    const larger = Buffer.allocUnsafe(buffer.length * 2);
                    buffer.copy(larger, 0, 0, held);
                    buffer = larger;
                }
                const read = fs.readSync(fd, buffer, held, Math.min(buffer.length - held, to - position), position);
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
            return buffer.subarray(0, held);
        },
        visitAll,
    };
}
/**
 * Segment k of the file is scanned by thread k mod threads: this thread scans its own segments
 * itself and, between them, visits the lines a worker found in the others, in file order. While
 * this thread works on one segment, the workers are already on the next ones.
 */
function scanInParallel(fd, size, needle, visit, scanner, split) {
    const { segmentBytes, threads } = split;
    const segments = Math.ceil(size / segmentBytes);
    const workers = [];
    try {
        for (let first = 1; first < threads; first++)
            workers.push(new ScanWorker({ fd, size, needle, segmentBytes, first, step: threads }));
        let tail = Buffer.alloc(0);
        for (let index = 0; index < segments; index++) {
            let segmentTail;
            if (index % threads > 0) {
                segmentTail = workers[(index % threads) - 1].nextSegment(visit, scanner);
            }
            else {
                const [from, to] = scanner.segment(fd, index, segmentBytes, size);
                segmentTail = scanner.scan(fd, from, to, needle, visit);
            }
            // Only the segment that reads to the end has a tail; when a last line runs past the
            // segments before it, the segments after it are empty.
            if (segmentTail.length > 0)
                tail = segmentTail;
        }
        return tail;
    }
    finally {
        for (const worker of workers)
            worker.close();
    }
}
/** Slots of a worker's shared control array. */
const IN_FLIGHT = 0;
const POSTED = 1;
const STOP = 2;
/** A worker hands over its lines in batches of this size... */
const BATCH_BYTES = 1024 * 1024;
/** ...and waits while this many bytes of them are not yet taken: memory stays flat when the output is slow. */
const MAX_IN_FLIGHT_BYTES = 8 * 1024 * 1024;
/** Far longer than a worker takes to read one segment, even from a slow disk. */
const SILENT_WORKER_MS = 60_000;
/**
 * The body of a worker thread, run from its source text like `lineScanner`. The worker reads the
 * main thread's file descriptor (threads share it; positioned reads leave its offset alone), so
 * it reads the very file the caller opened even if that name is replaced meanwhile.
 */
function scanWorkerMain(data, fs, makeScanner) {
    const [IN_FLIGHT, POSTED, STOP] = [0, 1, 2];
    const { fd, size, segmentBytes, first, step, port, control, batchBytes, maxInFlight } = data;
    const needle = Buffer.from(data.needle.buffer, data.needle.byteOffset, data.needle.byteLength);
    const post = (message, transfer, bytes) => {
        for (let inFlight; (inFlight = Atomics.load(control, IN_FLIGHT)) > maxInFlight && !Atomics.load(control, STOP);) {
            Atomics.wait(control, IN_FLIGHT, inFlight, 100);
        }
        Atomics.add(control, IN_FLIGHT, bytes);
        port.postMessage(message, transfer);
        Atomics.add(control, POSTED, 1);
        Atomics.notify(control, POSTED);
    };
    // Its own memory (not the pool's), so that it can be transferred.
    let batch = Buffer.allocUnsafeSlow(batchBytes);
    let used = 0;
    const send = () => {
        if (used === 0)
            return;
        post({ lines: batch.buffer, length: used }, [batch.buffer], used);
        batch = Buffer.allocUnsafeSlow(batchBytes);
        used = 0;
    };
    const collect = (chunk, start, end) => {
        const length = end - start + 1;
        if (used + length > batch.length) {
            send();
            if (length > batch.length)
                batch = Buffer.allocUnsafeSlow(length);
        }
        chunk.copy(batch, used, start, end);
        batch[used + length - 1] = 0x0a;
        used += length;
    };
    try {
        const scanner = makeScanner(fs, data.chunkBytes);
        const segments = Math.ceil(size / segmentBytes);
        for (let index = first; index < segments && !Atomics.load(control, STOP); index += step) {
            const [from, to] = scanner.segment(fd, index, segmentBytes, size);
            const tail = scanner.scan(fd, from, to, needle, collect);
            send();
            const copy = tail.length ? new Uint8Array(tail).buffer : undefined;
            post({ segmentEnd: true, tail: copy }, copy ? [copy] : [], 0);
        }
    }
    catch (error) {
        post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, [], 0);
    }
    // The port stays open: the main thread closes its end once it has taken every message.
}
const WORKER_SOURCE = `(${scanWorkerMain})(require('node:worker_threads').workerData, require('node:fs'), ${lineScanner})`;
/**
 * One worker thread and the main thread's end of its channel. The main thread takes messages
 * synchronously (`receiveMessageOnPort`, `Atomics.wait`), so callers of the filter stay synchronous.
 */
class ScanWorker {
    worker;
    port;
    control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    received = 0;
    constructor(task) {
        const { port1, port2 } = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.MessageChannel();
        this.port = port1;
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(WORKER_SOURCE, {
            eval: true,
            env: node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.SHARE_ENV,
            workerData: { ...task, port: port2, control: this.control, chunkBytes: CHUNK_BYTES, batchBytes: BATCH_BYTES, maxInFlight: MAX_IN_FLIGHT_BYTES },
            transferList: [port2],
        });
        // A worker never keeps the process alive: it ends by itself, or with the process.
        this.worker.unref();
    }
    /** Visits the lines the worker found in its next segment; returns that segment's tail. */
    nextSegment(visit, scanner) {
        for (;;) {
            const message = this.take();
            if ('error' in message)
                throw new Error(`a scanning thread failed: ${message.error}`);
            if ('segmentEnd' in message)
                return message.tail ? Buffer.from(message.tail) : Buffer.alloc(0);
            scanner.visitAll(Buffer.from(message.lines, 0, message.length), visit);
            Atomics.sub(this.control, IN_FLIGHT, message.length);
            Atomics.notify(this.control, IN_FLIGHT);
        }
    }
    take() {
        for (;;) {
            const received = (0,node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.receiveMessageOnPort)(this.port);
            if (received) {
                this.received += 1;
                return received.message;
            }
            // Sleeps until the worker posts again (the count moves past what was taken). A worker
            // posts at least once per segment; one that is silent this long is not coming back.
            if (Atomics.wait(this.control, POSTED, this.received, SILENT_WORKER_MS) === 'timed-out' && Atomics.load(this.control, POSTED) === this.received) {
                throw new Error(`a scanning thread has not answered for ${SILENT_WORKER_MS / 1000} s`);
            }
        }
    }
    /** Done or not (the reader of the output went away), the worker stops and the channel closes. */
    close() {
        Atomics.store(this.control, STOP, 1);
        Atomics.notify(this.control, IN_FLIGHT);
        this.port.close();
        void this.worker.terminate();
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
 * `split` overrides how a large file is shared between threads (tests use it on small files).
 */
function filterSessionLines(file, sessionId, visit, split) {
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
    }, split);
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
/* unused harmony export SESSION_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2395);
/* harmony import */ var _id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8194);





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
        (0,_id_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSessionId */ .G4)(parsed.session_id, `session in ${file}`);
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
    const existing = options.fresh ? undefined : readWorkSession(workDir);
    let resolved;
    if (options.override) {
        const id = (0,_id_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSessionId */ .G4)(options.override);
        resolved =
            existing?.session_id === id
                ? { session: existing, started: false }
                : { session: { session_id: id, started_at: new Date().toISOString() }, started: true };
    }
    else if (existing) {
        resolved = { session: existing, started: false };
    }
    else {
        resolved = { session: { session_id: (0,_id_js__WEBPACK_IMPORTED_MODULE_4__/* .newSessionId */ .OZ)(), started_at: new Date().toISOString() }, started: true };
    }
    if (resolved.started)
        writeWorkSession(workDir, resolved.session);
    return resolved;
}


/***/ })

};
