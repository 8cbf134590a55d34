import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ StepIds),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   dX: () => (/* binding */ Modes),
/* harmony export */   jH: () => (/* binding */ STEP_OUTPUT_LIMIT_BYTES),
/* harmony export */   m8: () => (/* binding */ StageSteps),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, SUMMARY_BUDGET_BYTES, COMMENT_LIMIT_CHARS, SUMMARY_COMPARISON_BYTES, COMMENT_COMPARISON_CHARS, ARTIFACT_PREFIX */
/**
 * Names shared by `action.yml` and the action's code. The composite hands its inputs to the setup
 * step as `INPUT_*` environment variables spelt with underscores (environment names with `-` are
 * not portable across shells), so these are the names `core.getInput` reads there.
 */
const Inputs = {
    openaiApiKey: 'openai_api_key',
    jobKey: 'job_key',
    comment: 'comment',
    uploadArtifact: 'upload_artifact',
    retentionDays: 'retention_days',
    compress: 'compress',
    recursive: 'recursive',
    failOnInvalid: 'fail_on_invalid',
    failOnQuality: 'fail_on_quality',
    contentPath: 'content_path',
    title: 'title',
    prNumber: 'pr_number',
    reportPackage: 'report_package',
    compareWith: 'compare_with',
    maxQualityDrop: 'max_quality_drop',
    maxCostIncrease: 'max_cost_increase',
    maxNewIssues: 'max_new_issues',
    mode: 'mode',
    shardIndex: 'shard_index',
    shardTotal: 'shard_total',
    shardJob: 'shard_job',
    /** The report step's own inputs: the token (a `with:` of github-script) and `toJSON(steps)`. */
    githubToken: 'github-token',
    steps: 'steps',
};
/** Outputs of the setup step (the checked settings of the run) and of the report step. */
const Outputs = {
    sessionId: 'session-id',
    jobKey: 'job-key',
    workingDirectory: 'working-directory',
    workDir: 'work-dir',
    logDir: 'log-dir',
    packagesDir: 'packages-dir',
    packageResult: 'package-result',
    comment: 'comment',
    uploadArtifact: 'upload-artifact',
    retentionDays: 'retention-days',
    compress: 'compress',
    recursive: 'recursive',
    failOnInvalid: 'fail-on-invalid',
    failOnQuality: 'fail-on-quality',
    prNumber: 'pr-number',
    reportPackage: 'report-package',
    compareWith: 'compare-with',
    budgets: 'budgets',
    mode: 'mode',
    shard: 'shard',
    shardJob: 'shard-job',
    contentPath: 'content-path',
    actionPath: 'action-path',
    attest: 'attest',
    packagePath: 'package-path',
    artifactId: 'artifact-id',
    artifactUrl: 'artifact-url',
    success: 'success',
};
/** The composite's step ids, as `action.yml` names them. */
const StepIds = {
    setup: 'setup',
    preprocess: 'preprocess',
    generate: 'generate',
    package: 'package',
    attest: 'attest',
};
/** Stages whose step the runner shows, in order. */
const StageSteps = [StepIds.preprocess, StepIds.generate, StepIds.package];
/** GitHub's limit for one step's job summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * What the job summary is cut to, measured with CRLF line endings: the runner may drop a summary
 * just under the limit without a word (actions/runner#4337), so a margin is left.
 */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 64 * 1024;
/** GitHub's limit for an issue comment body. */
const COMMENT_LIMIT_CHARS = 65_536;
/**
 * The share of the job summary and of the comment a comparison with the base run may take, so that
 * a long one (many changed lessons) is cut on its own and leaves room for the execution summary.
 */
const SUMMARY_COMPARISON_BYTES = (/* unused pure expression or super */ null && (256 * 1024));
const COMMENT_COMPARISON_CHARS = 24_000;
/** Most of a stage's stdout or stderr kept in its `step.output` record (the end is kept). */
const STEP_OUTPUT_LIMIT_BYTES = 1024 * 1024;
const ARTIFACT_PREFIX = 'lyfe-kt';
/** `run`: the pipeline on the content (or one shard of it); `merge`: the shard packages of this workflow run into one. */
const Modes = ['run', 'merge'];


/***/ }),

/***/ 4107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mK: () => (/* binding */ parseExecArgs),
  IC: () => (/* binding */ recordStep),
  d1: () => (/* binding */ runCommand)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __nccwpck_require__(9517);
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
/** The reason of an attempt aborted in flight by an interruption: the request was sent, and may be billed. */
const INTERRUPTED = 'interrupted';
/** File names of the global record files inside the log directory. */
const RecordFiles = {
    processing: 'processing.jsonl',
    prompts: 'prompts.jsonl',
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __nccwpck_require__(6698);
;// CONCATENATED MODULE: ./dist/lib/session/context.js

const storage = new external_node_async_hooks_.AsyncLocalStorage();
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

// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __nccwpck_require__(8194);
;// CONCATENATED MODULE: ./dist/lib/records/scan.js

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
function scan_openIfExists(file, flags = 'r') {
    try {
        return external_node_fs_.openSync(file, flags);
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
        const count = external_node_fs_.readSync(fd, buffer, held, wanted, position);
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
        external_node_fs_.readSync(fd, block, 0, end - start, start);
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
    const fd = scan_openIfExists(source);
    if (fd === undefined)
        return;
    try {
        use(fd);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too.
 */
function scan_scanLines(file, needle, visit, onTail) {
    withFile(file, (fd) => scanSpan(fd, 0, Infinity, needle, visit, onTail, { bytes: Buffer.allocUnsafe(CHUNK_BYTES) }, false));
}
/**
 * The same visits as `scanLines` with the same needle, for the byte ranges `ranges` (`[start, end)`
 * pairs, in the order to visit) of the open file, each made of whole lines: a session's copy of its
 * lines (session-index.ts), read in large chunks.
 */
function scan_scanLineRanges(fd, ranges, needle, visit, onTail) {
    const read = { bytes: Buffer.allocUnsafe(CHUNK_BYTES) };
    for (let i = 0; i < ranges.length; i += 2)
        scanSpan(fd, ranges[i], ranges[i + 1], needle, visit, onTail, read, false);
}
/**
 * The same visits as `scanLines` with the same needle, for the lines that start in the byte
 * ranges `spans` (`[start, end)` pairs, sorted, disjoint, `end` possibly `Infinity`): each line
 * whole, once, in file order, even where a range starts or ends inside a line.
 */
function scan_scanSpans(file, spans, needle, visit, onTail) {
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
                if (external_node_fs_.readSync(fd, batch, at, wanted, start - 1) === wanted && batch[at] === NEWLINE && batch[at + wanted - 1] === NEWLINE) {
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

;// CONCATENATED MODULE: ./dist/lib/records/parse.js

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
/** The record a line's text holds, or undefined for a line that is not one. */
function parseRecordText(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return isLogRecord(value) ? value : undefined;
}
/** The record on a line, or undefined for a line that is not one. */
function parse_parseRecordLine(chunk, start, end) {
    return parseRecordText(chunk.toString('utf8', start, end));
}
/** Every record of a global file, of every session, in file order; foreign lines are counted. */
function forEachRecord(file, onRecord) {
    const result = { records: 0, foreign: 0 };
    scanLines(file, undefined, (chunk, start, end) => {
        const parsed = parse_parseRecordLine(chunk, start, end);
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

;// CONCATENATED MODULE: ./dist/lib/session/process.js

/**
 * Whether a process of this machine is running (signal 0 only asks). A pid from another host, or
 * reused since, may mislead: callers use it for liveness hints (a running session, a stale lock).
 */
function process_processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Clock ticks per second of `/proc/<pid>/stat` times: USER_HZ, 100 on every Linux architecture. */
const USER_HZ = 100;
/** Of `/proc/<pid>/stat`: the process's state letter and its start, in clock ticks since boot. */
function parseProcStat(text) {
    // The command name (field 2) is in parentheses and may hold spaces or parentheses: fields count from its last `)`.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', startTicks: Number(fields[19]) };
}
/** The machine's boot time in epoch seconds (`btime` of /proc/stat, rounded down), or undefined without /proc. */
function bootSeconds() {
    let text;
    try {
        text = fs.readFileSync('/proc/stat', 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const btime = /^btime (\d+)$/m.exec(text)?.[1];
    return btime === undefined ? undefined : Number(btime);
}
/**
 * Whether `pid` is still the process that wrote a record at `since` (epoch ms), and still runs:
 * alive, not a zombie (ended, not yet reaped), and started no later than `since` (a later start
 * is another process that reuses the pid). Where /proc is missing (not Linux), `processAlive`.
 * The start is taken from the boot time rounded down to the second, so it is never later than the
 * true start: a process is never thought a newcomer when it is not; a pid reused within a second
 * of `since` is taken for the old process.
 */
function processRunning(pid, since) {
    if (!process_processAlive(pid))
        return false;
    let stat;
    try {
        stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        // Gone since the signal asked: ended. No /proc at all (not Linux): the signal's answer is all there is.
        return !fs.existsSync('/proc/self/stat');
    }
    const { state, startTicks } = parseProcStat(stat);
    if (state === 'Z' || state === 'X')
        return false;
    const boot = bootSeconds();
    if (boot === undefined || !Number.isFinite(startTicks))
        return true;
    return boot * 1000 + (startTicks * 1000) / USER_HZ <= since;
}

;// CONCATENATED MODULE: ./dist/lib/records/session-index.js




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
function session_index_sessionIndexFile(recordFile, sessionId) {
    return external_node_path_.join(external_node_path_.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${external_node_path_.basename(recordFile, '.jsonl')}.idx`);
}
/** The session's copy of its lines of the global record file `recordFile`. */
function session_index_sessionCopyFile(recordFile, sessionId) {
    return external_node_path_.join(external_node_path_.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${external_node_path_.basename(recordFile, '.jsonl')}.lines`);
}
let thisWriter;
/**
 * This process, as the index names it: the pid says whether it still runs, the rest tells reused
 * pids apart. Made at the first entry: readers do not pay for the random bytes.
 */
const writerId = () => (thisWriter ??= `${process.pid}-${(0,id/* randomHex */.nw)(4)}`);
const openEntry = (inode, offset) => `o ${writerId()} ${inode} ${offset}\n`;
const rangesEntry = (ranges) => `r ${writerId()} ${ranges.join(' ')}\n`;
const copiedEntry = (copyInode, from, to, start, end) => `k ${writerId()} ${copyInode} ${from} ${to} ${start} ${end}\n`;
const closeEntry = () => `c ${writerId()}\n`;
const unindexedEntry = () => `x ${writerId()}\n`;
/** Ranges closer than this are read as one span: reading the bytes between costs less than another read. */
const MERGE_GAP = (/* unused pure expression or super */ null && (4 * 1024));
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
function session_index_planFromIndex(text, inode, size, indexFile, copy) {
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
    // Every writer's first entry is its `o` (or an `x`): an index without one lost it (its writer was
    // killed between creating the index and writing it, or the disk was full), and hides nothing less.
    if (writers.size === 0)
        return damaged('has no entry of a writer (its first was never written: the writer was stopped, or the disk was full)');
    let stopped;
    for (const state of writers.values()) {
        if (state.closed)
            continue;
        // Still writing, or stopped without closing: its last lines are somewhere after `from`.
        addRange(state, state.from, Infinity);
        if (!processAlive(state.pid) && (!stopped || state.from < stopped.from))
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
            reads.push(isCopy ? { copy: true, ranges: [], starts: [] } : { copy: false, ranges: [] });
        return reads.at(-1);
    };
    let span = 0;
    for (const at of fromCopy) {
        for (; span < file.length && file[span] < copies[at + 3]; span += 2)
            last(false).ranges.push(file[span], file[span + 1]);
        const read = last(true);
        const ranges = read.ranges;
        if (ranges.at(-1) === copies[at + 1])
            ranges[ranges.length - 1] = copies[at + 2];
        else
            ranges.push(copies[at + 1], copies[at + 2]);
        read.starts.push(copies[at + 1], copies[at + 3], copies[at + 2] - copies[at + 1]);
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
function session_index_readIndexText(file) {
    try {
        return fs.readFileSync(file, 'latin1');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./dist/lib/records/filter.js






/**
 * One session out of a global record file. The file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). The session is found in the raw bytes first; a line is parsed only when
 * its bytes leave a doubt about being one whole record of the writer, or when the reader takes the
 * record itself (then the line is parsed once, and nothing else decides). The session's index
 * (session-index.ts) says which parts of the file to read; without a usable one, the whole file is
 * scanned, with the same result.
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
const filter_NEWLINE = 0x0a;
/** How every line of our writer begins: `level`, then `time`, then the record's own keys (the fields and order of pino's lines). */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
/** What the writer puts right after the session: the stage, then the event. */
const STAGE_KEY = Buffer.from(',"stage":"');
const EVENT_KEY = Buffer.from('","event":"');
function recordFile(logDir, kind) {
    return external_node_path_.resolve(logDir, RecordFiles[kind]);
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
    readSessionLines(file, sessionId, needle, result, options, (chunk, start, end, hit) => {
        if (isWriterLineAt(chunk, start, end, hit)) {
            result.lines += 1;
            visit(chunk, start, end, eventAt(chunk, end, hit + needle.length));
        }
        else if (parseRecordLine(chunk, start, end)?.session === sessionId) {
            result.lines += 1;
            visit(chunk, start, end, -1);
        }
        else {
            result.skipped += 1;
        }
    });
    return result;
}
/**
 * The records of `sessionId` in `file`, in file order, each with its line's bytes (valid only during
 * the call): every line that mentions the session is parsed once, and is one of its records when it
 * parses to one. For a reader that takes every record whole, the shape check `filterSessionLines`
 * makes to spare parsing would only add a search of each line's bytes.
 */
function parseSessionLines(file, sessionId, visit) {
    const result = { lines: 0, skipped: 0 };
    readSessionLines(file, sessionId, sessionNeedle(sessionId), result, {}, (chunk, start, end) => {
        const record = parseRecordLine(chunk, start, end);
        if (record?.session !== sessionId) {
            result.skipped += 1;
            return;
        }
        result.lines += 1;
        visit(record, chunk.subarray(start, end));
    });
    return result;
}
/**
 * Hands `onLine` every line of `file` that holds `needle`, the session's bytes, in file order: the
 * parts of the file the session's index names, or the whole file. An unterminated tail is counted
 * as skipped in `result`, and why the index was not used goes in its `note`.
 */
function readSessionLines(file, sessionId, needle, result, options, onLine) {
    const onTail = () => {
        result.skipped += 1;
    };
    if (options.scan) {
        scanWhole(file, sessionId, needle, onLine, onTail, result, false);
        return;
    }
    const indexFile = sessionIndexFile(file, sessionId);
    // The index first, then the file: every range the index holds was written after its lines.
    const text = readIndexText(indexFile);
    if (text === undefined) {
        scanWhole(file, sessionId, needle, onLine, onTail, result, true);
        if (result.lines > 0)
            result.note = `session ${sessionId} has no index ${indexFile} (its records were written by an older lyfe-kt or another tool): ${file} was scanned whole`;
        return;
    }
    // The file the index is checked against is the one read: opened once, its identity and size from
    // the descriptor; the same for the session's copy, after the index too.
    const fd = openIfExists(file);
    if (fd === undefined)
        return;
    let copyFd;
    try {
        // The copy only for a session whose index names it (a session written alone has none; a `k`
        // entry always follows its writer's `o`).
        copyFd = text.includes('\nk ') ? openIfExists(sessionCopyFile(file, sessionId)) : undefined;
        const stats = fs.fstatSync(fd);
        const copyStats = copyFd === undefined ? undefined : fs.fstatSync(copyFd);
        const plan = planFromIndex(text, stats.ino, stats.size, indexFile, copyStats && { inode: copyStats.ino, size: copyStats.size });
        if (plan.usable && !copyStartsMatch(fd, copyFd, plan.reads)) {
            scanLines(fd, needle, onLine, onTail);
            result.note = `the session index ${indexFile} was written for another record file (the line its copy starts with is not where it says: the file was removed and made again): the whole record file was scanned`;
        }
        else if (plan.usable) {
            for (const read of plan.reads) {
                if (read.copy)
                    scanLineRanges(copyFd, read.ranges, needle, onLine, onTail);
                else
                    scanSpans(fd, read.ranges, needle, onLine, onTail);
            }
        }
        else
            scanLines(fd, needle, onLine, onTail);
        if (plan.note)
            result.note ??= plan.note;
    }
    finally {
        fs.closeSync(fd);
        if (copyFd !== undefined)
            fs.closeSync(copyFd);
    }
}
/** At most this much of the first line of each `k` entry is compared between the copy and the global file. */
const CHECK_BYTES = 256;
/**
 * Whether the global file holds, where each `k` entry read from the copy says, the first line the
 * copy holds for it (up to `CHECK_BYTES` of it). A global file removed and made again can have the
 * removed one's inode number (ext4 gives it at once) and grow past its size: the index then looks
 * like its own, and the copy would give lines the file does not hold. One short read of each file
 * per entry, and an entry is written per 1024 lines or stage at most.
 */
function copyStartsMatch(fd, copyFd, reads) {
    const copied = Buffer.allocUnsafe(CHECK_BYTES);
    const held = Buffer.allocUnsafe(CHECK_BYTES);
    for (const read of reads) {
        const starts = read.starts ?? [];
        for (let i = 0; i < starts.length; i += 3) {
            const wanted = Math.min(CHECK_BYTES, starts[i + 2]);
            const count = fs.readSync(copyFd, copied, 0, wanted, starts[i]);
            const newline = copied.subarray(0, count).indexOf(filter_NEWLINE);
            const length = newline < 0 ? count : newline + 1;
            if (fs.readSync(fd, held, 0, length, starts[i + 1]) !== length || copied.compare(held, 0, length, 0, length) !== 0)
                return false;
        }
    }
    return true;
}
/**
 * What the last whole scan of a record file for a session found, per file and session: the file's
 * inode, its size as the scan began (every line before that byte was looked at), and whether a line
 * mentioned the session. A session that has no index and no line in the file (`run --session` with
 * a new id asks whether it has ended, at each stage, before its first record) is not searched for
 * again in the bytes scanned already, by a reader or by the writer's search for earlier lines
 * (writer.ts): the file is only appended to, so they still hold none.
 */
const searches = new Map();
const searchKey = (file, sessionId) => `${sessionId} ${file}`;
/**
 * Scans the whole file for the session's lines (with `resume`, only the bytes after those a scan
 * found none in), and remembers what it found (`searchedFor`).
 */
function scanWhole(file, sessionId, needle, onLine, onTail, result, resume) {
    const fd = openIfExists(file);
    if (fd === undefined)
        return;
    try {
        const { ino, size } = fs.fstatSync(fd);
        const searched = resume ? searchedFor(file, sessionId, ino, size) : undefined;
        if (searched && !searched.found)
            scanSpans(fd, [searched.size, Infinity], needle, onLine, onTail);
        else
            scanLines(fd, needle, onLine, onTail);
        searches.set(searchKey(file, sessionId), { inode: ino, size, found: result.lines + result.skipped > 0 });
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * What a whole scan of `file` (now of `inode` and `size` bytes) for the session found in this
 * process, when the file is still the one scanned: whether the session had a line before byte
 * `size` of it; lines appended since are after that byte. `undefined`: not scanned, or since replaced or cut.
 */
function searchedFor(file, sessionId, inode, size) {
    const search = searches.get(searchKey(file, sessionId));
    return search && search.inode === inode && search.size <= size ? search : undefined;
}
/**
 * Visits the records of the session in one global file, in file order, each with its line's bytes
 * (valid only during the call); returns how many lines mention the session without being one of
 * its records, and the filter's note. With `events`, only the records of those events: a line of
 * the writer's shape names its event in its bytes (where `filterSessionLines` says), so the others
 * are passed over unparsed; a line of any other shape is parsed to know its event.
 */
function forEachSessionRecord(logDir, sessionId, kind, visit, events) {
    if (!events)
        return parseSessionLines(recordFile(logDir, kind), sessionId, visit);
    // Each name with the quote that closes it: `stage.end` is not taken for `stage.end_of_day`.
    const names = [...events].map((event) => Buffer.from(`${event}"`));
    let unparsed = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end, event) => {
        if (event >= 0 && !names.some((name) => hasBytesAt(chunk, event, name)))
            return;
        const record = parseRecordLine(chunk, start, end);
        if (!record)
            unparsed += 1;
        else if (events.has(record.event))
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

;// CONCATENATED MODULE: ./dist/lib/records/redact.js
/**
 * Redaction at write time: no secret reaches a record. Secrets are the values of the environment
 * variables that hold credentials, credential shapes wherever they appear (provider keys, bearer
 * tokens, `api_key=` pairs, the user part of a URL), and fields named like credentials. Ordinary
 * values stay: `GIT_AUTHOR_NAME` is not a secret, and an article that names its author keeps the name.
 */
const REDACTED = '[REDACTED]';
/** Variables that hold a credential whatever their value looks like (action inputs arrive as `INPUT_<NAME>`). */
const KNOWN_SECRET_NAMES = new Set([
    'OPENAI_API_KEY',
    'AZURE_OPENAI_API_KEY',
    'ANTHROPIC_API_KEY',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'NPM_TOKEN',
    'NODE_AUTH_TOKEN',
    'INPUT_OPENAI-API-KEY',
    'INPUT_GITHUB-TOKEN',
]);
/** A whole word of a variable name (split at `_`, `-`, `.`) that says it may hold a credential. */
const SECRET_NAME_WORDS = new Set(['KEY', 'APIKEY', 'TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'AUTH', 'CREDENTIAL', 'CREDENTIALS', 'PAT']);
const SECRET_KEY_FIELD = /^(authorization|api[-_]?key|x-api-key|token|password|secret)$/i;
/** Shorter values are too likely to occur in ordinary text to be replaced everywhere. */
const MIN_SECRET_LENGTH = 8;
/**
 * A value that could be a credential: one word, no path, and not a plain word (a digit, or a
 * capital after the first letter). `Ana Souza`, `/run/user/1000/agent.sock` and `enabled` are not.
 */
function looksLikeCredential(value) {
    return value.length >= MIN_SECRET_LENGTH && !/\s/.test(value) && !/^[/~.]/.test(value) && /\d|.[A-Z]/.test(value);
}
function isSecretName(name) {
    return KNOWN_SECRET_NAMES.has(name.toUpperCase()) || name.toUpperCase().split(/[_.-]+/).some((word) => SECRET_NAME_WORDS.has(word));
}
/**
 * A word after `Bearer`/`Basic` or after `api_key=` is a credential only if it does not read like
 * prose: "Basic breathing", "bearer of" and "password: choose one" stay.
 */
const credentialAfter = (match, head, token) => (looksLikeCredential(token) || /=$/.test(token) ? `${head}${REDACTED}` : match);
/**
 * An `Authorization:` value, a credential (`<key>`) or a scheme and one (`Bearer <token>`), is one
 * if either word looks like a credential: "authorization: know the difference" is prose.
 */
const headerValue = (match, head, first, second = '') => looksLikeCredential(first) || looksLikeCredential(second.trim()) || /=$/.test(second) ? `${head}${REDACTED}` : match;
/**
 * Credential shapes, each with what replaces a match (the header name of an `Authorization:` stays).
 * A pair's quotes may be escaped (`{\"api_key\": \"...\"}` in a JSON reply that quotes a sample): the
 * value ends before the backslash of its closing quote, which stays.
 */
const SHAPES = [
    ...startAfterEscapes([
        [/(Authorization\\?["']?\s*[:=]\s*\\?["']?)([^\s"',}\\]+)(\s+[^\s"',}\\]+)?/gi, headerValue],
        [/\b()Bearer\s+([A-Za-z0-9._~+/=-]{8,})/gi, credentialAfter],
        // A `Basic` credential is base64, a whole word of it: "Basic 10-minute routine" and "Basic Covid-19 hygiene" are prose.
        [/\b()Basic\s+([A-Za-z0-9+/]{8,}={0,2})(?![\w~-])/gi, credentialAfter],
        [/\b((?:api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|password|passwd)\\?["']?\s*[:=]\s*\\?["']?)([^\s"',}&\\]{8,})/gi, credentialAfter],
        // A URL query parameter named like a credential (`?key=`, `&token=`, `&sig=`, `X-Amz-Signature=`), up to the
        // end of its value or a sentence's period: `?key=value-words` and `?page=2` stay.
        [/([?&](?:[\w-]*[_-])?(?:key|token|secret|sig|signature)=)([\w.~+/=%-]*[\w~+/=%-])/gi, credentialAfter],
        [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
        [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
        [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
        [/\bAKIA[0-9A-Z]{16}\b/g, REDACTED],
        [/\bAIza[0-9A-Za-z_-]{35}\b/g, REDACTED],
        [/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED],
        // A JSON Web Token: a JSON header (`{"` is `eyJ` in base64url), its claims and its signature, empty when unsigned.
        [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, REDACTED],
    ]),
    // The user part of a URL (`https://user:password@host`, `https://<token>@host`). After an escape,
    // its scheme starts at the escape's letter (`\nhttps://` gives `nhttps://`), and the user part goes
    // all the same: its `\b` stays as it is, which keeps the search for a start fast.
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi, `$1${REDACTED}@`],
];
/**
 * The shapes with their leading `\b` holding right after an escape of a JSON string too (`\n`,
 * `\t`, `\u001b`): a string may hold JSON text (a model's reply is recorded as the text it sent),
 * where a key on a line of its own stands after the letter of `\n`, not after a word's end. The
 * start is "not after a word character, unless it is an escape's": one negative lookbehind, which
 * costs what `\b` does (a lookbehind of either case is ten times slower).
 */
function startAfterEscapes(shapes) {
    const start = String.raw `(?<!(?<!\\|\\u[0-9A-Fa-f]{0,3})\w)`;
    return shapes.map(([shape, replacement]) => [new RegExp(shape.source.replace(/^\\b/, start), shape.flags), replacement]);
}
/**
 * What every shape above but a query's and a JSON Web Token's starts with, or holds (case aside): a
 * text without any of these matches none of them, and one search for them costs a fraction of
 * trying each shape (the writer redacts every string of every record). A URL is a hint only with a user part (`://…@`): the
 * links of a prompt (a schema's `http://json-schema.org/…`) do not send it through every shape.
 */
const SHAPE_HINT = /authorization|bearer|basic|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|passw|:\/\/[^\s/?#@"']+@|sk-|gh[pousr]_|github_pat_|akia|aiza|xox[abprs]-/i;
/**
 * A URL query parameter named like a credential, looked for apart: as one more alternative of
 * `SHAPE_HINT`, it made V8's search of every string two to three times slower, and a text without
 * `=` (most of them) has no such parameter.
 */
const QUERY_HINT = /[?&][\w-]*(?:key|token|secret|sig)/i;
/**
 * Whether `text` may hold a credential shape: when not, it is as it is, without trying each shape.
 * A JSON Web Token's `eyJ` (one case only) is looked for apart too, and only in a text with a `J`:
 * a search for one character, like the `=` of a query, costs next to nothing, one for `eyJ` as much
 * as half of `SHAPE_HINT`'s.
 */
function mayHoldShape(text) {
    return SHAPE_HINT.test(text) || (text.includes('J') && text.includes('eyJ')) || (text.includes('=') && QUERY_HINT.test(text));
}
let envSecrets;
/**
 * Values of the environment variables that hold credentials, longest first: every value of a known
 * name, and the values that look like credentials of names with a secret word. Read once per process.
 */
function secretsFromEnv() {
    if (!envSecrets) {
        envSecrets = Object.entries(process.env)
            .filter((entry) => entry[1] !== undefined && entry[1].length >= MIN_SECRET_LENGTH)
            .filter(([name, value]) => KNOWN_SECRET_NAMES.has(name.toUpperCase()) || (isSecretName(name) && looksLikeCredential(value)))
            .map(([, value]) => value)
            .sort((a, b) => b.length - a.length);
    }
    return envSecrets;
}
/**
 * The redacted copies of deep-frozen objects (frozen, and every object inside them too), by
 * object: their strings cannot change, so neither can their copy (a request's response schema is
 * one such object, sent with every call of its kind). The copies are frozen as well.
 */
let frozenCopies = new WeakMap();
/** For tests and long-lived hosts whose environment changes. */
function refreshSecrets() {
    envSecrets = undefined;
    frozenCopies = new WeakMap();
}
function redactText(text) {
    let out = text;
    for (const secret of secretsFromEnv()) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    if (!mayHoldShape(out))
        return out;
    for (const [shape, replacement] of SHAPES) {
        out = typeof replacement === 'string' ? out.replace(shape, replacement) : out.replace(shape, replacement);
    }
    return out;
}
/** A part of a secret this long, or longer, is a part of it wherever it stands (a window of the secrets' forms). */
const FRAGMENT_LENGTH = 8;
/** Secrets this long or longer are redacted by their parts too: a shorter one's parts are too likely in ordinary text. */
const FRAGMENTED_LENGTH = 16;
/** A run of the characters a key, its percent-encoding or its base64 is written with. */
const TOKEN_RUN = /[A-Za-z0-9._~+/=%-]+/g;
/**
 * The forms a server may quote a secret in: as it is, percent-encoded, base64'd (and base64url'd);
 * for a `Basic <base64>` value, its decoded `user:password` and the password.
 */
function secretForms(secret) {
    const forms = [secret, encodeURIComponent(secret)];
    const bytes = Buffer.from(secret);
    forms.push(bytes.toString('base64'), bytes.toString('base64url'));
    const basic = /^basic\s+([A-Za-z0-9+/=_-]+)$/i.exec(secret.trim());
    if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
        const password = decoded.slice(decoded.indexOf(':') + 1);
        forms.push(decoded, password, encodeURIComponent(decoded), encodeURIComponent(password));
    }
    return forms.filter((form) => form.length >= Math.min(MIN_SECRET_LENGTH, secret.length));
}
/**
 * The base64 text a secret gives inside a longer base64'd text (a `Basic` header of `user:<key>`),
 * at each of the three places it may start in a group of three bytes: the characters that do not
 * depend on the bytes around it.
 */
function base64Interiors(secret) {
    return [1, 2].map((offset) => {
        const text = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]).toString('base64');
        return text.slice(4, -4);
    });
}
/**
 * `text` without any of `secrets` as a server may quote it back (in an error, a collector's
 * message): each in any of its forms (`secretForms`), and, for a secret of 16 characters or more,
 * any run of key characters that shares 8 characters in a row with one of its forms, so a key
 * quoted in part (`sk-proj-abc1...`), cut across lines, or base64'd inside a `Basic` value is gone too.
 */
function redactEchoes(text, secrets) {
    const given = secrets.filter(Boolean);
    if (!given.length)
        return text;
    const forms = [...new Set(given.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    const windows = new Set();
    for (const secret of given.filter((value) => value.length >= FRAGMENTED_LENGTH)) {
        for (const form of [...secretForms(secret), ...base64Interiors(secret)]) {
            for (let at = 0; at + FRAGMENT_LENGTH <= form.length; at++)
                windows.add(form.slice(at, at + FRAGMENT_LENGTH));
        }
    }
    if (!windows.size)
        return out;
    return out.replace(TOKEN_RUN, (run) => {
        if (run.length < FRAGMENT_LENGTH || run === REDACTED)
            return run;
        for (let at = 0; at + FRAGMENT_LENGTH <= run.length; at++)
            if (windows.has(run.slice(at, at + FRAGMENT_LENGTH)))
                return REDACTED;
        return run;
    });
}
/**
 * A deep copy of `value` with every string redacted and secret-named fields blanked, holding what
 * its JSON text holds: `JSON.parse(JSON.stringify(copy))` equals the copy. So the record that the
 * writer's listeners see is the record its line reads back as (see writer.ts `onRecord`). As in
 * JSON, `toJSON` gives an object's value, a value JSON has no text for (`undefined`, a function, a
 * symbol) is left out of an object and `null` in an array, a number that is not finite is `null`,
 * and -0 is 0; an error is its name and redacted message.
 */
function redactValue(value) {
    const copy = walk(value, '');
    return (copy === NO_TEXT ? undefined : copy);
}
/** What `walk` gives for a value that JSON has no text for. */
const NO_TEXT = Symbol('no JSON text');
/** `called`: `value` is what a `toJSON` returned, whose own `toJSON` JSON does not call again. */
function walk(value, key, called = false) {
    switch (typeof value) {
        case 'string':
            return redactText(value);
        case 'number':
            return Number.isFinite(value) ? value + 0 : null;
        case 'boolean':
        case 'bigint':
            return value;
        case 'undefined':
        case 'function':
        case 'symbol':
            return NO_TEXT;
    }
    if (value === null)
        return null;
    const object = value;
    const known = frozenCopies.get(object);
    if (known)
        return known;
    // Errors and boxed values are never plain objects or arrays: most values skip these checks.
    const plain = isPlain(object);
    if (!plain && object instanceof Error)
        return { name: object.name, message: redactText(object.message) };
    const toJSON = object.toJSON;
    if (!called && typeof toJSON === 'function')
        return walk(toJSON.call(object, String(key)), key, true);
    if (!plain && (object instanceof Number || object instanceof String || object instanceof Boolean))
        return walk(object.valueOf(), key);
    let out;
    if (Array.isArray(object)) {
        out = new Array(object.length);
        for (let index = 0; index < object.length; index++) {
            const inner = walk(object[index], index);
            out[index] = inner === NO_TEXT ? null : inner;
        }
    }
    else {
        out = {};
        for (const [name, inner] of Object.entries(object)) {
            let copied = walk(inner, name);
            if (copied === NO_TEXT)
                continue;
            // Blanked as its text: a boxed string, or an object whose `toJSON` gives one, is a string in the line.
            if (typeof copied === 'string' && copied !== '' && SECRET_KEY_FIELD.test(name))
                copied = REDACTED;
            // An own `__proto__` (a parsed reply may have one) stays a field, as in the JSON text, not the copy's prototype.
            if (name === '__proto__')
                Object.defineProperty(out, name, { value: copied, enumerable: true, writable: true, configurable: true });
            else
                out[name] = copied;
        }
    }
    // Reached after a `toJSON` (`called`), an object may have one itself: only those without are copied once.
    if (!called && deepFrozen(object))
        frozenCopies.set(object, Object.freeze(out));
    return out;
}
function isPlain(object) {
    const prototype = Object.getPrototypeOf(object);
    return prototype === Object.prototype || prototype === Array.prototype;
}
/**
 * Whether `value`, just walked, can be copied once: frozen, its properties plain values (a getter's
 * value can change however frozen the object is), and its objects deep-frozen (walked first, each
 * has its copy by now).
 */
function deepFrozen(value) {
    if (!Object.isFrozen(value))
        return false;
    return Object.values(Object.getOwnPropertyDescriptors(value)).every((property) => 'value' in property && (!property.value || typeof property.value !== 'object' || frozenCopies.has(property.value)));
}

;// CONCATENATED MODULE: ./dist/lib/records/writer.js










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
const writer_NEWLINE = 0x0a;
/**
 * Opens a record file for appending, and ends its last line first when a write that failed half
 * way (a full disk, a killed process) left it without a newline: this process's first record
 * then starts a line of its own instead of being glued to the torn one and lost. Readers skip and
 * count the torn line. A line another process is still writing looks the same for an instant (a
 * long line is copied a page at a time): ending it then leaves an empty line, which the scanner
 * skips, never a lost or torn record.
 */
function openRecordFile(file) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    const fd = external_node_fs_.openSync(file, 'a+');
    if (!startsLine(fd, external_node_fs_.fstatSync(fd).size))
        external_node_fs_.writeSync(fd, '\n');
    return fd;
}
/** Whether byte `at` of the file starts a line (the file's start, or just after a newline). */
function startsLine(fd, at) {
    if (at === 0)
        return true;
    const before = Buffer.alloc(1);
    return external_node_fs_.readSync(fd, before, 0, 1, at - 1) === 1 && before[0] === writer_NEWLINE;
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
    /** The sessions this process has written lines of to the file. */
    written = new Set();
    /** Sessions whose index this process opened again after it closed it (the packaging stage records its own end after the session's). */
    reopened = new Set();
    /** The device of the file, with `inode` what tells it apart from another spelling's. */
    device;
    constructor(file) {
        this.file = file;
        this.fd = openRecordFile(file);
        const stats = external_node_fs_.fstatSync(this.fd);
        this.device = stats.dev;
        this.inode = stats.ino;
        this.checked = this.expected = stats.size;
    }
    /** Whether `stats` are those of the file this writer appends to. */
    is(stats) {
        return stats.dev === this.device && stats.ino === this.inode;
    }
    /** Whether no session's lines are being written: every index this writer opened is closed. */
    idle() {
        return this.indexes.size === 0;
    }
    /** Whether the file at `name` is still the one this writer appends to (not removed, moved away or replaced since). */
    isAt(name) {
        const stats = external_node_fs_.statSync(name, { throwIfNoEntry: false });
        return stats !== undefined && this.is(stats);
    }
    /** Closes the file and whatever this writer still holds open of it. */
    release() {
        this.close();
        external_node_fs_.closeSync(this.fd);
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
                    written += external_node_fs_.writeSync(this.fd, pending.lines, pending.bytes + written, length - written);
            }
            else {
                // The string is written as it is (Node encodes it on the way out, without a Buffer on the
                // heap); only a write cut short continues from the bytes.
                written = external_node_fs_.writeSync(this.fd, line);
                if (written < length) {
                    const bytes = Buffer.from(line);
                    while (written < length)
                        written += external_node_fs_.writeSync(this.fd, bytes, written);
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
        pending.bytes = external_node_fs_.readSync(this.fd, pending.lines, 0, end - start, start);
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
     * the session. A session this process began has no earlier line until this process writes one:
     * it is not searched for the first time, but is when its index is begun again (the index folder
     * was removed while this process wrote, and the session is written after its `c`). Bytes
     * of the file a reader of this process scanned whole for the session are not searched again
     * (`searchedFor`). An empty index is one whose first entry was lost (an `x` too: a writer killed
     * between creating it and writing, a full disk): it is searched for as if it had none.
     */
    openIndex(sessionId) {
        const file = session_index_sessionIndexFile(this.file, sessionId);
        let earlier = false;
        if (!indexBegun(file) && (!(0,id/* begunHere */.UP)(sessionId) || this.written.has(sessionId))) {
            const found = () => void (earlier = true);
            const searched = searchedFor(this.file, sessionId, this.inode, external_node_fs_.fstatSync(this.fd).size);
            if (searched?.found)
                earlier = true;
            else if (searched)
                scan_scanSpans(this.file, [searched.size, Infinity], sessionNeedle(sessionId), found, found);
            else
                scan_scanLines(this.file, sessionNeedle(sessionId), found, found);
            // Looked for again after the search: a writer that began the index meanwhile wrote its `o`
            // before its lines, so lines found then may be its own; and it searched the file itself
            // first, so lines written without an index before it are in its `x`.
            if (earlier && indexBegun(file))
                earlier = false;
        }
        if (this.written.has(sessionId))
            this.reopened.add(sessionId);
        this.written.add(sessionId);
        external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
        if (earlier) {
            external_node_fs_.appendFileSync(file, unindexedEntry());
            this.indexes.set(sessionId, undefined);
            return;
        }
        const fd = external_node_fs_.openSync(file, 'a');
        external_node_fs_.writeSync(fd, openEntry(this.inode, this.expected));
        this.indexes.set(sessionId, fd);
    }
    /** Appends the ranges written since the last flush to the sessions' indexes. */
    flush() {
        if (this.pendingLines === 0)
            return;
        const size = external_node_fs_.fstatSync(this.fd).size;
        const exact = size === this.expected && !this.uncertain;
        // A stretch in which no session's lines were interleaved with others' needs no copy, nor this look.
        const copied = exact && [...this.pending.values()].some((pending) => pending.kept) && startsLine(this.fd, this.checked);
        for (const [sessionId, pending] of this.pending) {
            const ranges = pending.ranges;
            if (ranges.length === 0)
                continue;
            const copy = copied && pending.kept ? this.copy(sessionId, pending) : undefined;
            const entry = copy !== undefined ? copiedEntry(copy.inode, copy.from, copy.from + pending.bytes, ranges[0], ranges[ranges.length - 1]) : rangesEntry(exact ? ranges : [this.checked, size]);
            external_node_fs_.writeSync(this.indexes.get(sessionId), entry);
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
            const fd = scan_openIfExists(session_index_sessionCopyFile(this.file, sessionId), 'a');
            // The index folder was removed while this process wrote: its index is gone too.
            if (fd === undefined)
                return undefined;
            const stats = external_node_fs_.fstatSync(fd);
            copy = { fd, inode: stats.ino, size: stats.size };
            this.copies.set(sessionId, copy);
        }
        const from = copy.size;
        const written = external_node_fs_.writeSync(copy.fd, pending.lines, 0, pending.bytes);
        copy.size = external_node_fs_.fstatSync(copy.fd).size;
        return written === pending.bytes && copy.size === from + written ? { inode: copy.inode, from } : undefined;
    }
    /**
     * At the end of a stage of the session: the indexes catch up, and an index opened again after it
     * was closed (the packaging stage's end, after the session's) is closed again, which a process
     * that goes on (a script calling the API, a dev server) would otherwise hold open, unclosed, for
     * as long as it runs: readers take a writer without its `c` for one still writing.
     */
    endStage(sessionId) {
        if (this.reopened.delete(sessionId))
            this.close(sessionId);
        else
            this.flush();
    }
    /** Says in the session's index (or every session's) that all of this process's lines are in it. */
    close(sessionId) {
        this.flush();
        for (const [id, fd] of this.indexes) {
            if (sessionId !== undefined && id !== sessionId)
                continue;
            if (fd !== undefined) {
                external_node_fs_.writeSync(fd, closeEntry());
                external_node_fs_.closeSync(fd);
            }
            this.indexes.delete(id);
            this.pending.delete(id);
            const copy = this.copies.get(id);
            if (copy)
                external_node_fs_.closeSync(copy.fd);
            this.copies.delete(id);
        }
    }
}
/** Whether the session's index has been begun: it exists and holds an entry. */
function indexBegun(file) {
    return (external_node_fs_.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
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
/**
 * The absolute path of the record file of `kind` in `logDir`, from the working directory: resolved
 * once per folder, working directory and kind, not for every record (`path.resolve` took about a
 * twentieth of the writer's time in a run).
 */
const resolved = new Map();
function recordPath(logDir, kind) {
    const key = `${kind}\0${process.cwd()}\0${logDir}`;
    let name = resolved.get(key);
    if (name === undefined) {
        name = recordFile(logDir, kind);
        // A host that writes to many folders in turn keeps a few.
        if (resolved.size >= 64)
            resolved.clear();
        resolved.set(key, name);
    }
    return name;
}
let closingOnExit = false;
/** Every index is closed when the process exits normally; one killed leaves its index open, and readers scan its last lines. */
function closeAll() {
    for (const file of files.values())
        file.close();
}
/**
 * The one writer of each record file, whichever spelling of its folder (`logs`, `./logs`, absolute,
 * through a symbolic link) a caller gives: two writers of one file in one process would share the
 * process's name in the index, and a killed process's lines of one could be left out by the other's
 * ranges. Between sessions (no session's lines being written to it), a writer whose file is no
 * longer at its path is let go: a process that goes on (a script calling the API, a dev server)
 * whose log folder was removed, or whose record file was moved away, since its last session writes
 * the next session's lines to the file the path names now, not to one that no reader finds.
 */
function recordFileFor(logDir, kind) {
    const name = recordPath(logDir, kind);
    let file = files.get(name);
    if (file?.idle() && !file.isAt(name)) {
        const gone = file;
        for (const [spelling, open] of files)
            if (open === gone)
                files.delete(spelling);
        gone.release();
        file = undefined;
    }
    if (!file) {
        if (!closingOnExit) {
            process.once('exit', closeAll);
            closingOnExit = true;
        }
        const stats = external_node_fs_.statSync(name, { throwIfNoEntry: false });
        file = (stats && [...files.values()].find((open) => open.is(stats))) ?? new RecordFile(name);
        files.set(name, file);
    }
    return file;
}
const listeners = new Set();
/**
 * Lets code in this process see each record as it is written, exactly as written (redacted), with
 * its line as it went into the record file (newline included), instead of reading the global files
 * back. The record is what its line parses to (`redactValue` copies the data as JSON holds it), so
 * it serves as the parsed line. Returns the function that stops listening.
 */
function onRecord(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
}
function write(kind, level, event, msg, fields = {}) {
    const context = requireSession();
    // Keys in the order of the line; `msg` is set last, after the optional fields, as pino writes it.
    const written = { level, time: new Date().toISOString(), session: context.sessionId, stage: fields.stage ?? context.stage, event, pid: process.pid };
    // Copies: a caller that changes its list later does not change the record its listeners hold.
    if (fields.input?.length)
        written.input = fields.input.slice();
    if (fields.output?.length)
        written.output = fields.output.slice();
    if (fields.data)
        written.data = redactValue(fields.data);
    written.msg = redactText(msg);
    const line = `${JSON.stringify(written)}\n`;
    try {
        recordFileFor(context.logDir, kind).append(context.sessionId, line);
    }
    catch (error) {
        throw unwritten(external_node_path_.join(context.logDir, RecordFiles[kind]), 'a record', "the run's records stop before this one", context.logDir, error);
    }
    for (const listener of listeners)
        listener(kind, written, line);
    // At the end of a stage or session, the indexes catch up, so that readers find the lines by them.
    try {
        if (event === Events.sessionEnd)
            for (const file of files.values())
                file.close(context.sessionId);
        else if (event === Events.stageEnd)
            for (const file of files.values())
                file.endStage(context.sessionId);
    }
    catch (error) {
        throw unwritten(external_node_path_.join(context.logDir, INDEX_FOLDER), 'a session index', 'the records are written, and read without it', context.logDir, error);
    }
}
/** A record (or its index) that a full disk or a permission kept out of its file: which file, and what to do. */
function unwritten(file, what, then, logDir, error) {
    if (error instanceof errors/* LyfeError */.L0)
        return error;
    const code = error.code ?? error.message;
    return new errors/* LyfeError */.L0(`${what} could not be written (${code})`, {
        file,
        fix: `Free space on the disk of ${logDir} (or fix its permissions): ${then}`,
        cause: error,
    });
}
/** A processing record in the current session and stage. */
function record(level, event, msg, fields) {
    write('processing', level, event, msg, fields);
}
/** A prompt-audit record in the current session and stage. */
function auditRecord(level, event, msg, fields) {
    write('prompts', level, event, msg, fields);
}

// EXTERNAL MODULE: ./dist/lib/action/constants.js
var constants = __nccwpck_require__(6706);
;// CONCATENATED MODULE: ./dist/lib/action/stage-step.js
/** What the composite's stage steps do around the CLI: run a stage, show and record its step. */









/** Keeps the last `limit` bytes of a stream, counting what it dropped. */
class TailBuffer {
    limit;
    chunks = [];
    held = 0;
    dropped = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.held += chunk.length;
        while (this.held - this.chunks[0].length >= this.limit) {
            const first = this.chunks.shift();
            this.held -= first.length;
            this.dropped += first.length;
        }
    }
    text() {
        let all = Buffer.concat(this.chunks);
        if (all.length > this.limit) {
            this.dropped += all.length - this.limit;
            all = all.subarray(all.length - this.limit);
            this.chunks = [all];
            this.held = all.length;
        }
        return all.toString('utf8');
    }
}
/** Runs `command`, copying its output to ours as it comes, and keeps the tail of each stream. */
async function runCommand(command, options = {}) {
    const echo = options.echo ?? { stdout: process.stdout, stderr: process.stderr };
    const started = performance.now();
    const stdout = new TailBuffer(constants/* STEP_OUTPUT_LIMIT_BYTES */.jH);
    const stderr = new TailBuffer(constants/* STEP_OUTPUT_LIMIT_BYTES */.jH);
    const saved = options.stdoutFile ? external_node_fs_.createWriteStream(options.stdoutFile) : undefined;
    const child = (0,external_node_child_process_namespaceObject.spawn)(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.stdout.on('data', (chunk) => {
        echo.stdout.write(chunk);
        saved?.write(chunk);
        stdout.push(chunk);
    });
    child.stderr.on('data', (chunk) => {
        echo.stderr.write(chunk);
        stderr.push(chunk);
    });
    const exitCode = await new Promise((resolve) => {
        child.on('error', (error) => {
            stderr.push(Buffer.from(`${error.message}\n`));
            echo.stderr.write(`${error.message}\n`);
            resolve(errors/* ExitCode */.yU.failure);
        });
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + external_node_os_namespaceObject.constants.signals[signal] : errors/* ExitCode */.yU.failure)));
    });
    process.off('SIGINT', forward).off('SIGTERM', forward);
    if (saved)
        await new Promise((resolve) => saved.end(resolve));
    return { exitCode, durationMs: Math.round(performance.now() - started), stdout: stdout.text(), stderr: stderr.text() };
}
/** The `step.output` record of one stage's step, in the session the stage ran in. */
function recordStep(stage, command, run, session) {
    runInSession({ sessionId: session.sessionId, stage, logDir: session.logDir }, () => {
        record(run.exitCode === 0 ? 'info' : 'error', Events.stepOutput, `${stage} step exited with ${run.exitCode} after ${run.durationMs} ms`, {
            data: {
                command,
                exit_code: run.exitCode,
                duration_ms: run.durationMs,
                stdout: run.stdout,
                stderr: run.stderr,
            },
        });
    });
}
function parseExecArgs(args) {
    const { values, positionals, tokens } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        tokens: true,
        options: { 'fail-on-invalid': { type: 'string' }, 'stdout-file': { type: 'string' } },
    });
    // Everything after `--` is the command, whatever it looks like.
    const separator = tokens.find((token) => token.kind === 'option-terminator');
    const command = separator ? args.slice(separator.index + 1) : [];
    const own = positionals.slice(0, positionals.length - command.length);
    const stage = own[0];
    if (own.length !== 1 || !constants/* StageSteps */.m8.includes(stage))
        throw new Error(`exec: the stage must be one of ${constants/* StageSteps */.m8.join(', ')}, not ${JSON.stringify(own.join(' '))}`);
    if (command.length === 0)
        throw new Error('exec: give the command after `--`');
    const failOnInvalid = values['fail-on-invalid'] ?? 'true';
    // The setup step's checked output: exactly true or false.
    if (failOnInvalid !== 'true' && failOnInvalid !== 'false')
        throw new Error(`exec: --fail-on-invalid is true or false, not ${JSON.stringify(failOnInvalid)}`);
    return { stage, failOnInvalid: failOnInvalid === 'true', command, ...(values['stdout-file'] === undefined ? {} : { stdoutFile: values['stdout-file'] }) };
}


/***/ }),

/***/ 6225:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9517);
/* harmony import */ var _stage_step_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4107);
/**
 * The composite's `run:` steps call this bundle (`dist/action-step/index.js`):
 *
 *   setup      checks the runner (not Windows, a Node the bundles support) and the inputs, masks
 *              the API key, and sets the session id, the run's folders, the checked settings and
 *              the action's folder as this step sees it as step outputs
 *   exec <stage> [--fail-on-invalid true|false] [--stdout-file <file>] -- <command...>
 *              runs one stage's command, shows its output live, and records its stdout, stderr,
 *              exit code and duration as a `step.output` record of the session, so that the
 *              package holds what the workflow log showed
 */


/**
 * @actions/core, loaded when a step has something to say to the runner: with its HTTP client it
 * is most of this bundle, and an `exec` step that runs its stage cleanly never needs it.
 */
const actionsCore = () => __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
async function main(argv) {
    const [command, ...rest] = argv;
    if (command === 'setup') {
        // Loaded only here: the checks of the inputs bring the package and pipeline code, which the
        // three `exec` steps of every run do not need to start.
        const [core, { getInputs }, { checkRunner, setupOutputs, setupRun }] = await Promise.all([actionsCore(), Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(765)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3765)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(787)]).then(__nccwpck_require__.bind(__nccwpck_require__, 787))]);
        checkRunner(process.versions.node, process.env.GITHUB_ACTION_PATH ?? '');
        const inputs = getInputs();
        // The first step masked the key already; masking again costs nothing and keeps this step safe on its own.
        if (inputs.openaiApiKey)
            core.setSecret(inputs.openaiApiKey);
        const setup = setupRun(inputs, process.env, process.cwd());
        for (const [name, value] of Object.entries(setupOutputs(setup)))
            core.setOutput(name, value);
        core.info(`session ${setup.sessionId}`);
        if (setup.reportPackage)
            core.info(`reporting the package ${setup.reportPackage}; the pipeline does not run`);
        else if (!setup.attest) {
            core.notice('the package will not be attested: the workflow must grant id-token: write and attestations: write (not available on GitHub Enterprise Server)');
        }
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.ok;
    }
    if (command === 'exec') {
        const args = (0,_stage_step_js__WEBPACK_IMPORTED_MODULE_1__/* .parseExecArgs */ .mK)(rest);
        const sessionId = process.env.LYFE_KT_SESSION;
        const logDir = process.env.LYFE_KT_LOG_DIR;
        if (!sessionId || !logDir)
            throw new Error('exec: LYFE_KT_SESSION and LYFE_KT_LOG_DIR must be set (by the setup step)');
        const run = await (0,_stage_step_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)(args.command, { stdoutFile: args.stdoutFile });
        (0,_stage_step_js__WEBPACK_IMPORTED_MODULE_1__/* .recordStep */ .IC)(args.stage, args.command, run, { sessionId, logDir });
        // Invalid supertasks are reported either way; they fail the step only when asked to.
        if (run.exitCode === _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.invalidOutput && !args.failOnInvalid) {
            (await actionsCore()).warning(`${args.stage}: some supertasks failed the schema (fail-on-invalid is false)`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.ok;
        }
        return run.exitCode;
    }
    throw new Error(`unknown command ${JSON.stringify(command)}: expected setup or exec`);
}
try {
    process.exitCode = await main(process.argv.slice(2));
}
catch (error) {
    (await actionsCore()).setFailed(`lyfe-kt: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(error)}`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ LyfeError),
/* harmony export */   Xq: () => (/* binding */ someNames),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony exports USAGE_HINT, printable */
/**
 * Exit codes of the CLI. `invalidOutput` lets scripts tell "ran, but some supertask failed the schema"
 * from a crash; `budgetExceeded`, "compared, and the head run regressed past a budget".
 */
const ExitCode = {
    ok: 0,
    failure: 1,
    usage: 2,
    invalidOutput: 3,
    budgetExceeded: 4,
    /** Stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report it. */
    interrupted: 130,
    /** `--fail-on`: a quality issue at or above the given severity was found. */
    qualityIssues: 5,
};
/** The line the CLI prints after a usage error's own (commander's `showHelpAfterError`). */
const USAGE_HINT = '(run with --help for usage)';
/**
 * An error the user can act on. Library code throws these; only the edges (CLI, action, plugin)
 * turn them into exit codes, `setFailed` or bundler errors.
 */
class LyfeError extends Error {
    file;
    fix;
    exitCode;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'LyfeError';
        this.file = options.file;
        this.fix = options.fix;
        this.exitCode = options.exitCode ?? ExitCode.failure;
    }
    /** One line: `<file>: <message>. <fix>`, its control characters shown as escapes (`printable`). */
    oneLine() {
        const head = this.file ? `${this.file}: ${this.message}` : this.message;
        return printable(this.fix ? `${head.replace(/\.$/, '')}. ${this.fix}` : head);
    }
}
/** C0 controls but tab, DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** The same but line breaks (`\n`, `\r\n`). */
const CONTROL_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;
/** `CONTROL_IN_LINES`'s characters, and `\r` (of a `\r\n` too): one character class is the cheapest search. */
const ANY_CONTROL_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESCAPES = { '\n': '\\n', '\r': '\\r' };
/**
 * `text` for a terminal or a text log, its control characters shown as escapes (`\n`, `\u001b`):
 * a file name or a model's text (a pull request's file may be named anything but `/`) cannot split
 * a line, start a line the CI runner reads as a workflow command (`::error::`), or recolour or clear
 * a terminal. With `lines`, its line breaks are kept: a text shown as a block of lines.
 */
function printable(text, lines = false) {
    // A block of lines is a prompt or a reply, megabytes of them in a package's prompt audit: a search
    // of one character class (about 60 % of the replacing scan's time) finds most hold nothing to escape.
    if (lines && !ANY_CONTROL_IN_LINES.test(text))
        return text;
    return text.replace(lines ? CONTROL_IN_LINES : CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function errorText(error) {
    if (error instanceof LyfeError)
        return error.oneLine();
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Names for a message: the first `max`, then how many more, so that one line stays readable. */
function someNames(names, max = 5) {
    return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}


/***/ }),

/***/ 8194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ actionsSessionId),
/* harmony export */   NP: () => (/* binding */ sessionKeyOf),
/* harmony export */   UP: () => (/* binding */ begunHere),
/* harmony export */   nw: () => (/* binding */ randomHex)
/* harmony export */ });
/* unused harmony exports newSessionId, isSessionId, assertSessionId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9517);

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
/** A job or shard key as a session id holds it: `[A-Za-z0-9.-]`, from its first letter or digit; empty when it has none. */
function sessionKeyOf(key) {
    return key
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/^[.-]+|-+$/g, '')
        .slice(0, 64);
}
/** `gha_<run_id>_<run_attempt>[_<job or shard key>]`; the key as `sessionKeyOf` makes it. */
function actionsSessionId(runId, runAttempt, key) {
    const cleaned = key ? sessionKeyOf(key) : '';
    return assertSessionId(`gha_${runId}_${runAttempt}${cleaned ? `_${cleaned}` : ''}`);
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


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6225);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
