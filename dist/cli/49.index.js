export const id = 49;
export const ids = [49];
export const modules = {

/***/ 7049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PACKAGE_LOCK: () => (/* binding */ PACKAGE_LOCK),
  makeAssemblyFolder: () => (/* binding */ makeAssemblyFolder),
  packageRun: () => (/* binding */ packageRun),
  placePackage: () => (/* binding */ placePackage),
  removeDeadAssemblies: () => (/* binding */ removeDeadAssemblies),
  writeLogs: () => (/* binding */ writeLogs)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/session-read.js
var session_read = __webpack_require__(4866);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js
var session_model = __webpack_require__(8169);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/records/writer.js
var writer = __webpack_require__(1486);
// EXTERNAL MODULE: ./dist/lib/session/context.js
var context = __webpack_require__(6028);
// EXTERNAL MODULE: ./dist/lib/stage/run-stage.js
var run_stage = __webpack_require__(443);
// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(7182);
// EXTERNAL MODULE: ./dist/lib/version.js
var version = __webpack_require__(1280);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./dist/lib/package/gzip-thread.js






/** How many bytes may be handed over and not yet taken by the worker's streams. */
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;
/** The level of `tar czf`. */
const GZIP_LEVEL = 6;
/** Below this much, the members are written in place: the worker is not started. */
const HELD_BYTES = 8 * 1024 * 1024;
const BUFFER_BYTES = 1024 * 1024;
/** Slots of the shared control array. */
const IN_FLIGHT = 0;
const FAILED = 1;
/** How long one wait lasts before the renderer looks again; the worker wakes it before. */
const WAIT_MS = 1000;
/**
 * The worker, run from its source text (a worker built from a file would need that file beside the
 * bundle), so it refers to nothing outside itself: Node's modules come from `getBuiltinModule`,
 * and the constants come in `workerData`.
 */
function memberWorker() {
    const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const zlib = process.getBuiltinModule('node:zlib');
    const crypto = process.getBuiltinModule('node:crypto');
    const { finished } = process.getBuiltinModule('node:stream/promises');
    const { control, inFlight, failedSlot, level, readBytes } = workerData;
    const port = parentPort;
    const members = new Map();
    /** Stops the renderer's waiting: nothing more will be taken. */
    const stop = () => {
        Atomics.store(control, failedSlot, 1);
        Atomics.notify(control, inFlight);
    };
    const reported = new Set();
    /** Says why a member failed, once: its stream's own error, which names the file. */
    const failed = (id, error) => {
        stop();
        if (reported.has(id))
            return;
        reported.add(id);
        port.postMessage({ id, error: error.message ?? String(error), file: error.path });
    };
    const open = (id, target) => {
        const hash = crypto.createHash('sha256');
        let bytes = 0;
        const sinks = [];
        const ends = [];
        // A failed write or end comes with its file stream's 'error', which is what is reported.
        if (target.plain) {
            const plain = fs.createWriteStream(target.plain);
            plain.on('error', (error) => failed(id, error));
            sinks.push(plain);
            ends.push(finished(plain));
        }
        if (target.gzip) {
            const gzip = zlib.createGzip({ level });
            const out = fs.createWriteStream(target.gzip);
            out.on('error', (error) => failed(id, error));
            gzip.pipe(out);
            gzip.on('error', (error) => out.destroy(error));
            sinks.push(gzip);
            ends.push(finished(out));
        }
        for (const end of ends)
            end.catch(() => undefined);
        return {
            write: (chunk) => {
                hash.update(chunk);
                bytes += chunk.length;
                return Promise.all(sinks.map((sink) => new Promise((resolve, reject) => sink.write(chunk, (error) => (error ? reject(error) : resolve()))))).then(() => undefined);
            },
            end: async () => {
                for (const sink of sinks)
                    sink.end();
                await Promise.all(ends);
                return { sha256: hash.digest('hex'), bytes };
            },
        };
    };
    port.on('message', (request) => {
        const { id } = request;
        if (request.op === 'open')
            members.set(id, open(id, request.target));
        else if (request.op === 'data') {
            const length = request.length;
            members
                .get(id)
                .write(Buffer.from(request.chunk, 0, length))
                .then(() => {
                Atomics.sub(control, inFlight, length);
                Atomics.notify(control, inFlight);
            }, stop);
        }
        else if (request.op === 'end') {
            const member = members.get(id);
            members.delete(id);
            member.end().then((done) => port.postMessage({ id, done }), stop);
        }
        else {
            const member = open(id, request.target);
            (async () => {
                for await (const chunk of fs.createReadStream(request.from, { highWaterMark: readBytes }))
                    await member.write(chunk);
                return member.end();
            })().then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
        }
    });
}
const FIX = 'Free space or fix the permissions of the packages folder, then package again';
const gzipOnPool = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/**
 * A member written here from the bytes held for it: a session too small to be worth a thread. Its
 * gzip member is compressed on libuv's pool (another core, while this thread goes on with the
 * package), and written only when it is the file's only copy (the archive reads it); beside the
 * plain file it is only the viewer's, which takes it from memory.
 */
async function writeHeld(target, held) {
    const bytes = Buffer.concat(held);
    try {
        const [gzipped] = await Promise.all([
            target.gzip === undefined ? undefined : gzipOnPool(bytes, { level: GZIP_LEVEL }),
            target.plain === undefined ? undefined : external_node_fs_.promises.writeFile(target.plain, bytes),
        ]);
        const digest = { sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), bytes: bytes.length };
        if (!gzipped)
            return digest;
        if (target.plain)
            return { ...digest, gzipped };
        await external_node_fs_.promises.writeFile(target.gzip, gzipped);
        return { ...digest, gzip: target.gzip };
    }
    catch (error) {
        throw new errors/* LyfeError */.L0(`a log file could not be written: ${error.message}`, { file: error.path, fix: FIX, cause: error });
    }
}
/**
 * Any number of members written at once. The bytes are held here until HELD_BYTES are handed
 * over: a session smaller than that is written in place when its members end (a worker takes
 * longer to start than such a session takes to write); a larger one starts the worker, which
 * takes the held bytes and the rest. `close` when done.
 */
class MemberThread {
    control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    worker;
    /** The members opened before the worker started, with the bytes handed to each. */
    held = new Map();
    heldBytes = 0;
    waiting = new Map();
    failure;
    nextId = 0;
    /** The members being written in place: `close` waits for them, so that no write outlives the packaging that failed. */
    inPlace = [];
    /** What the renderer is thrown once the worker takes nothing more; `reason` swaps it for the worker's own error. */
    stopped = new errors/* LyfeError */.L0('a log file could not be written', { fix: FIX });
    reported;
    report;
    constructor() {
        this.reported = new Promise((resolve) => (this.report = resolve));
    }
    /** Starts the worker and hands it every member opened so far, with the bytes held for it. */
    start() {
        const worker = new external_node_worker_threads_.Worker(`(${memberWorker.toString()})()`, { eval: true, workerData: { control: this.control, inFlight: IN_FLIGHT, failedSlot: FAILED, level: GZIP_LEVEL, readBytes: BUFFER_BYTES } });
        worker.on('message', (reply) => {
            const waiting = this.waiting.get(reply.id);
            this.waiting.delete(reply.id);
            if ('done' in reply)
                waiting?.resolve(reply.done);
            else
                this.fail(new errors/* LyfeError */.L0(`a log file could not be written: ${reply.error}`, { file: reply.file, fix: FIX }));
        });
        worker.on('error', (error) => this.fail(error));
        worker.on('exit', () => this.fail(new Error('the thread writing the log files stopped')));
        this.worker = worker;
        for (const [id, { target, chunks }] of this.held) {
            worker.postMessage({ op: 'open', id, target });
            for (const chunk of chunks)
                this.post(id, chunk);
        }
        this.held.clear();
        this.heldBytes = 0;
        return worker;
    }
    post(id, chunk) {
        Atomics.add(this.control, IN_FLIGHT, chunk.length);
        this.worker.postMessage({ op: 'data', id, chunk: chunk.buffer, length: chunk.length }, [chunk.buffer]);
    }
    fail(error) {
        this.failure ??= error;
        this.report(this.failure);
        for (const waiting of this.waiting.values())
            waiting.reject(this.failure);
        this.waiting.clear();
    }
    reply(id) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    }
    /**
     * Hands `length` bytes of `chunk` (an ArrayBuffer of its own, whose memory goes with them) to
     * member `id`: held, or to the worker once it has room.
     */
    send(id, chunk, length) {
        const bytes = Buffer.from(chunk, 0, length);
        const held = this.held.get(id);
        if (!this.worker && held) {
            held.chunks.push(bytes);
            this.heldBytes += length;
            if (this.heldBytes >= HELD_BYTES)
                this.start();
            return;
        }
        for (let inFlight = Atomics.load(this.control, IN_FLIGHT); inFlight >= IN_FLIGHT_BYTES; inFlight = Atomics.load(this.control, IN_FLIGHT)) {
            if (Atomics.load(this.control, FAILED))
                throw this.stopped;
            Atomics.wait(this.control, IN_FLIGHT, inFlight, WAIT_MS);
        }
        this.post(id, bytes);
    }
    /** A member written from the bytes handed to the returned sink. */
    open(target) {
        const id = this.nextId++;
        if (this.worker)
            this.worker.postMessage({ op: 'open', id, target });
        else
            this.held.set(id, { target, chunks: [] });
        return new MemberSink(this, id, target);
    }
    /** Resolves once the member is complete: written in place (see `writeHeld`), or by the worker (its files are the sink's target). */
    end(id) {
        const held = this.held.get(id);
        if (held) {
            this.held.delete(id);
            this.heldBytes -= held.chunks.reduce((total, chunk) => total + chunk.length, 0);
            const written = writeHeld(held.target, held.chunks);
            this.inPlace.push(written);
            return written;
        }
        const reply = this.reply(id);
        this.worker.postMessage({ op: 'end', id });
        return reply;
    }
    /** A member written from an existing file (`target` is where its copies go), by the worker. */
    async fromFile(from, target) {
        const worker = this.worker ?? this.start();
        const id = this.nextId++;
        const reply = this.reply(id);
        worker.postMessage({ op: 'file', id, from, target });
        return { ...(await reply), gzip: target.gzip };
    }
    /** The worker's own error (naming the file) for `error`, when `error` only says the renderer was stopped. */
    reason(error) {
        return error === this.stopped ? this.reported : Promise.resolve(error);
    }
    async close() {
        await Promise.allSettled(this.inPlace);
        await this.worker?.terminate();
    }
}
/** What the renderer writes a member through: text into a MiB buffer, handed over when full. */
class MemberSink {
    thread;
    id;
    target;
    buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
    used = 0;
    constructor(thread, id, target) {
        this.thread = thread;
        this.id = id;
        this.target = target;
    }
    write(data) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: the bound spares measuring a text first.
        const most = typeof data === 'string' ? data.length * 3 : data.length;
        if (this.used + most > this.buffer.length)
            this.flush();
        if (most > this.buffer.length) {
            const own = new Uint8Array(Buffer.byteLength(data));
            if (typeof data === 'string')
                Buffer.from(own.buffer).write(data);
            else
                own.set(data);
            this.thread.send(this.id, own.buffer, own.length);
        }
        else if (typeof data === 'string')
            this.used += this.buffer.write(data, this.used);
        else
            this.used += data.copy(this.buffer, this.used);
    }
    flush() {
        if (this.used === 0)
            return;
        this.thread.send(this.id, this.buffer.buffer, this.used);
        this.buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
        this.used = 0;
    }
    /** Hands over what is buffered; resolves once the member's files are complete. */
    async close() {
        try {
            this.flush();
        }
        catch (error) {
            throw await this.thread.reason(error);
        }
        const written = await this.thread.end(this.id);
        return written.gzipped || written.gzip ? written : { ...written, gzip: this.target.gzip };
    }
}

// EXTERNAL MODULE: ./dist/lib/pipeline/report-files.js
var report_files = __webpack_require__(9391);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/records/cost.js + 1 modules
var records_cost = __webpack_require__(1830);
// EXTERNAL MODULE: ./dist/lib/records/render.js
var render = __webpack_require__(5001);
// EXTERNAL MODULE: ./dist/lib/records/values.js
var values = __webpack_require__(9567);
// EXTERNAL MODULE: ./dist/lib/package/quality-issues/report.js
var report = __webpack_require__(764);
;// CONCATENATED MODULE: ./dist/lib/package/execution-summary.js




/** `execution_summary.md`: the PRD's sections, every number taken from a SessionSummary. */
const STAGE_LABELS = {
    preprocess: 'Stage 1 (Preprocessing)',
    generate: 'Stage 3 (Generation)',
    package: 'Packaging',
};
const ICONS = { ok: '✅', failed: '❌', unfinished: '⚠️' };
const SCHEMA_NOTES = { 'v1.1': 'mobile-optimized' };
const plural = (n, one, many = `${one}s`) => `${(0,values/* countText */.lT)(n)} ${n === 1 ? one : many}`;
const percent = (value) => (value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`);
const score = (value) => (value === null ? 'n/a' : value.toFixed(2));
/** `2025-01-18T17:30:45.123Z` → `2025-01-18 17:30:45 UTC`. */
function humanTime(iso) {
    return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : 'unknown';
}
/** `267` → `4 minutes, 27 seconds`. */
function humanDuration(seconds) {
    if (seconds === null)
        return 'unknown';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    const whole = Math.round(seconds);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const parts = [h ? plural(h, 'hour') : '', m ? plural(m, 'minute') : '', s || (!h && !m) ? plural(s, 'second') : ''].filter(Boolean);
    return parts.join(', ');
}
function stageStatus(runs) {
    if (runs.some((run) => run.status === 'failed'))
        return 'failed';
    if (runs.some((run) => run.status === 'unfinished'))
        return 'unfinished';
    return 'ok';
}
function stageLine(stage, all) {
    // Packaging is judged by its last attempt (the one that made this package); earlier failed
    // attempts are noted. A pipeline stage that failed once makes the run a failure.
    const runs = stage === 'package' ? all.slice(-1) : all;
    const status = stageStatus(runs);
    const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
    let what;
    if (stage === 'preprocess')
        what = `${plural(sum('files_in'), 'file')} processed`;
    else if (stage === 'generate')
        what = `${plural(sum('files_out'), 'supertask')} generated${sum('files_invalid') ? `, ${sum('files_invalid')} invalid` : ''}`;
    else if (stage === 'package')
        what = `${plural(sum('files_in'), 'work file')} packaged`;
    else
        what = `${plural(runs.length, 'run')}`;
    const notes = [];
    if (all.length > 1)
        notes.push(`${all.length} runs`);
    const earlierFailures = all.slice(0, all.length - runs.length).filter((run) => run.status !== 'ok').length;
    if (earlierFailures)
        notes.push(`${earlierFailures} earlier attempt(s) failed`);
    if (status === 'failed')
        notes.push('failed');
    if (status === 'unfinished')
        notes.push('never finished');
    const duration = runs.reduce((total, run) => total + (run.duration_ms ?? 0), 0);
    if (duration)
        notes.push(humanDuration(duration / 1000));
    return `- ${ICONS[status]} **${STAGE_LABELS[stage] ?? stage}**: ${what}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
function stagesSection(summary) {
    const byStage = new Map();
    for (const run of summary.stages)
        byStage.set(run.stage, [...(byStage.get(run.stage) ?? []), run]);
    if (byStage.size === 0)
        return ['- No stage was recorded in this session.'];
    return [...byStage.entries()].map(([stage, runs]) => stageLine(stage, runs));
}
function contentSection(summary) {
    const levels = Object.entries(summary.levels).map(([level, n]) => `${n} ${level}`);
    const invalid = summary.quality.invalid_files;
    const output = `${plural(summary.outputs.length, 'supertask')}${levels.length ? ` (${levels.join(', ')})` : ''}${invalid ? `, ${invalid} failing the schema` : ''}`;
    const version = summary.schema_version;
    const lines = [
        `- **Source**: ${summary.input_files.length ? summary.input_files.join(', ') : 'none recorded'}`,
        `- **Output**: ${output}`,
        `- **Schema Version**: ${version ? `${version}${SCHEMA_NOTES[version] ? ` (${SCHEMA_NOTES[version]})` : ''}` : 'unknown'}`,
    ];
    if (summary.outputs.length) {
        lines.push('', '| Output | Valid | Mobile | Persona | Call | Attempts | Tokens | Cost |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
        const billed = new Map(summary.calls.map((call) => [call.call_id, call.billed]));
        for (const out of summary.outputs) {
            const valid = out.valid ? 'yes' : `no (${plural(out.errors.length, 'error')})`;
            lines.push(`| ${out.file} | ${valid} | ${score(out.mobile_optimization_score)} | ${percent(out.ari_persona_consistency)} | ${out.call_id ? `\`${out.call_id}\`` : '-'} | ${out.attempts} | ${(0,values/* countText */.lT)(out.tokens)} | ${outputCost(out, billed.get(out.call_id ?? ''))} |`);
        }
    }
    return lines;
}
/** A call's cost in a table cell: dollars, `unknown`, or `not billed` (the offline provider, the build cache, a replay). */
function callCostText(cost, billed) {
    if (billed === false)
        return 'not billed';
    return cost === null ? 'unknown' : (0,records_cost/* usdText */.Yn)(cost);
}
function outputCost(out, billed) {
    return out.call_id ? callCostText(out.cost_usd, billed) : '-';
}
/**
 * `$0.0123 (prices as of 2026-12-01)`, with the known part and the unknown calls when some call
 * has no price, and the cost of each stage when more than one made calls.
 */
function costLine(cost) {
    if (cost.unbilled_calls === cost.calls)
        return (0,records_cost/* costText */.rs)(cost);
    const stages = Object.entries(cost.stages);
    const perStage = stages.length > 1 ? `; ${stages.map(([stage, total]) => `${stage} ${(0,records_cost/* costText */.rs)(total)}`).join(', ')}` : '';
    return `${(0,records_cost/* costText */.rs)(cost)} (prices as of ${cost.prices.as_of}${cost.prices.file ? `, from ${cost.prices.file}` : ''})${perStage}`;
}
function aiSection(summary) {
    const ai = summary.ai;
    const lines = [
        `- **Total API Calls**: ${(0,values/* countText */.lT)(ai.total_api_calls)}`,
        `- **Total Tokens**: ${(0,values/* countText */.lT)(ai.total_tokens)}`,
        `- **Model**: ${ai.model ?? 'none'}`,
        `- **Success Rate**: ${percent(ai.success_rate)}`,
    ];
    if (ai.total_api_calls) {
        lines.push(`- **Provider**: ${ai.provider ?? 'unknown'}; ${plural(ai.calls, 'call')}, ${plural(ai.retries, 'retry', 'retries')}, ${plural(ai.failed_calls, 'failed call')}${ai.unfinished_calls ? `, ${plural(ai.unfinished_calls, 'call')} unfinished` : ''}; ${(0,values/* countText */.lT)(ai.prompt_tokens)} prompt + ${(0,values/* countText */.lT)(ai.completion_tokens)} completion tokens`);
    }
    if (ai.calls)
        lines.push(`- **Cost**: ${costLine(ai.cost)}`);
    return lines;
}
function qualitySection(summary) {
    const q = summary.quality;
    return [
        `- **Schema Compliance**: ${percent(q.schema_compliance)}${summary.outputs.length ? ` (${q.valid_files} of ${summary.outputs.length} valid)` : ''}`,
        `- **Mobile Optimization Score**: ${score(q.mobile_optimization_score)}`,
        `- **Ari Persona Consistency**: ${percent(q.ari_persona_consistency)}`,
    ];
}
function recordLines(records) {
    return records.length ? ['```', ...records.map((record) => (0,render/* formatRecordLine */.zH)(record)), '```'] : ['(no records before it)'];
}
function failureSection(summary) {
    const lines = [];
    for (const failure of summary.failures) {
        lines.push('', `### ${failure.kind === 'error' ? 'Error' : 'Stopped'} in ${STAGE_LABELS[failure.stage] ?? failure.stage}`, '', `- **What**: ${failure.message}`, `- **Stage**: ${failure.stage} (process ${failure.pid})`, `- **File**: ${failure.file ?? 'none recorded'}`, `- **Time**: ${failure.time}`);
        if (failure.fix)
            lines.push(`- **Fix**: ${failure.fix}`);
        lines.push('', 'Last records before it:', '', ...recordLines(failure.last_records));
    }
    return lines;
}
/** With `quality`, the quality issues follow the metrics. */
function renderExecutionSummary(summary, quality) {
    const lines = [
        '# Pipeline Execution Summary',
        '',
        '## Session Information',
        `- **Session ID**: ${summary.session_id}`,
        `- **Start Time**: ${humanTime(summary.start_time)}`,
        `- **End Time**: ${humanTime(summary.end_time)}`,
        `- **Total Duration**: ${humanDuration(summary.duration_seconds)}`,
        `- **Result**: ${summary.success ? '✅ success' : '❌ failed — see "What Went Wrong" below'}`,
        '',
        '## Pipeline Stages Executed',
        ...stagesSection(summary),
        '',
        '## Content Generated',
        ...contentSection(summary),
        '',
        '## AI Model Usage',
        ...aiSection(summary),
        '',
        '## Quality Metrics',
        ...qualitySection(summary),
        ...(quality ? ['', ...(0,report/* qualityIssuesSection */.JI)(quality)] : []),
    ];
    if (!summary.success || summary.failures.length || summary.problems.length) {
        lines.push('', '## What Went Wrong');
        lines.push(...failureSection(summary));
        if (summary.problems.length)
            lines.push('', ...summary.problems.map((problem) => `- ${problem.message}`));
    }
    lines.push('', '---', `Rendered from ${plural(summary.counts.processing_records, 'processing record')} and ${plural(summary.counts.prompt_records, 'prompt-audit record')} (${plural(summary.counts.warnings, 'warning')}, ${plural(summary.counts.errors, 'error')}).`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var package_manifest = __webpack_require__(7470);
;// CONCATENATED MODULE: ./dist/lib/package/metadata.js
/** `2025-01-18T17:30:45.123Z` → `2025-01-18T17:30:45Z`, the PRD's form. */
const prdTime = (iso) => iso?.replace(/\.\d{3}Z$/, 'Z') ?? null;
/**
 * The metadata of a session (with the shard it ran, if any), or with `shards` of a merged package:
 * the PRD's fields over all of them, and one entry per shard.
 */
function executionMetadata(summary, pkg, shards) {
    const failure = summary.failures[0];
    const metadata = {
        session_id: summary.session_id,
        execution: {
            start_time: prdTime(summary.start_time),
            end_time: prdTime(summary.end_time),
            duration_seconds: summary.duration_seconds,
            stages_executed: summary.stages_executed,
            success: summary.success,
            stages: summary.stages.map((run) => ({
                stage: run.stage,
                status: run.status,
                pid: run.pid,
                start_time: run.start_time,
                end_time: run.end_time,
                duration_ms: run.duration_ms,
                files_in: run.files_in,
                files_out: run.files_out,
                files_invalid: run.files_invalid,
                ...(run.error ? { error: run.error } : {}),
            })),
            error: failure ? { kind: failure.kind, stage: failure.stage, file: failure.file, message: failure.message, time: failure.time } : null,
            problems: summary.problems,
        },
        content: {
            input_files: summary.input_files,
            output_files: summary.output_files,
            schema_version: summary.schema_version,
            levels: summary.levels,
            invalid_files: summary.outputs.filter((output) => !output.valid).map((output) => output.file),
        },
        ai_usage: {
            total_api_calls: summary.ai.total_api_calls,
            total_tokens: summary.ai.total_tokens,
            model: summary.ai.model,
            success_rate: summary.ai.success_rate,
            provider: summary.ai.provider,
            models: summary.ai.models,
            calls: summary.ai.calls,
            retries: summary.ai.retries,
            failed_calls: summary.ai.failed_calls,
            unfinished_calls: summary.ai.unfinished_calls,
            prompt_tokens: summary.ai.prompt_tokens,
            completion_tokens: summary.ai.completion_tokens,
            latency_ms: summary.ai.latency_ms,
            cached_tokens: summary.ai.cached_tokens,
            reasoning_tokens: summary.ai.reasoning_tokens,
            // null when some billed call has no price: `cost.known_usd` and `cost.unknown_calls` say how much is known.
            cost_usd: summary.ai.cost.usd,
            cost: {
                known_usd: summary.ai.cost.known_usd,
                unknown_calls: summary.ai.cost.unknown_calls,
                unbilled_calls: summary.ai.cost.unbilled_calls,
                stages: summary.ai.cost.stages,
                prices: summary.ai.cost.prices,
            },
        },
        quality_metrics: {
            schema_compliance: summary.quality.schema_compliance,
            mobile_optimization_score: summary.quality.mobile_optimization_score,
            ari_persona_consistency: summary.quality.ari_persona_consistency,
            valid_files: summary.quality.valid_files,
            invalid_files: summary.quality.invalid_files,
        },
        records: { processing: summary.counts.processing_records, prompts: summary.counts.prompt_records, warnings: summary.counts.warnings, errors: summary.counts.errors },
    };
    if (shards)
        metadata.shards = shards;
    else if (summary.session_info.shard)
        metadata.shard = summary.session_info.shard;
    if (pkg)
        metadata.package = pkg;
    return metadata;
}
function renderMetadata(summary, pkg, shards) {
    return `${JSON.stringify(executionMetadata(summary, pkg, shards), null, 2)}\n`;
}

// EXTERNAL MODULE: ./dist/lib/package/quality-issues/index.js + 3 modules
var quality_issues = __webpack_require__(3932);
// EXTERNAL MODULE: ./dist/lib/package/text-logs.js
var text_logs = __webpack_require__(9894);
// EXTERNAL MODULE: ./dist/lib/package/viewer/page.js + 3 modules
var page = __webpack_require__(802);
// EXTERNAL MODULE: ./dist/lib/package/title.js
var package_title = __webpack_require__(6537);
// EXTERNAL MODULE: ./dist/lib/session/process.js
var session_process = __webpack_require__(82);
;// CONCATENATED MODULE: ./dist/lib/package/assemble.js

























/** The assembly folder of a package: `.<name>.tmp-<pid>-<hex>`, so that a later package can tell a dead packager's leftovers. */
const TEMP_FOLDER = /^\..+\.tmp-(\d+)-[0-9a-f]{6}$/;
/** Held in the work folder while a package is built from it: a second `package` of the same run is refused. */
const PACKAGE_LOCK = '.lyfe-kt-package.lock';
/** Same-minute packages get `-2` ... up to this suffix. */
const MAX_SUFFIX = 100;
function outputNames(workDir) {
    const dir = external_node_path_.join(workDir, constants/* WorkFolders */.BM.output);
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw new errors/* LyfeError */.L0(`the output folder cannot be read (${error.code ?? (0,errors/* errorText */.kc)(error)})`, {
            file: dir,
            fix: 'Make it a folder you can read (`ls -ld` it), or give the package a title',
            cause: error,
        });
    }
}
/**
 * Takes the work folder's package lock, or says who holds it. A lock whose process is gone (a
 * killed `package`) is taken over. Returns the function that releases it.
 */
function lockWorkFolder(workDir) {
    external_node_fs_.mkdirSync(workDir, { recursive: true });
    const file = external_node_path_.join(workDir, PACKAGE_LOCK);
    for (;;) {
        try {
            external_node_fs_.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
            return () => external_node_fs_.rmSync(file, { force: true });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        // An empty file is a lock being written this instant: held.
        const holder = Number.parseInt(external_node_fs_.readFileSync(file, 'utf8'), 10);
        if (!Number.isInteger(holder) || (0,session_process/* processAlive */.F)(holder)) {
            throw new errors/* LyfeError */.L0(`another \`lyfe-kt package\`${Number.isInteger(holder) ? ` (pid ${holder})` : ''} is packaging this work folder`, {
                file: workDir,
                fix: 'Wait for it to finish: its package holds this run',
            });
        }
        external_node_fs_.rmSync(file, { force: true });
    }
}
/** Makes the hidden folder a package is assembled in, beside its destination. */
function makeAssemblyFolder(outputDir, title, now) {
    // Not mkdtemp: its mode 0700 would stay on the package; this folder follows the umask like those inside it.
    const temp = external_node_path_.join(outputDir, `.${(0,package_title/* packageFolderName */.M9)(title, now)}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
    external_node_fs_.mkdirSync(temp);
    return temp;
}
/** Removes the assembly folders that packagers killed before they finished left in `outputDir`. */
function removeDeadAssemblies(outputDir) {
    let names;
    try {
        names = external_node_fs_.readdirSync(outputDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const removed = [];
    for (const name of names) {
        const pid = TEMP_FOLDER.exec(name)?.[1];
        if (pid === undefined || (0,session_process/* processAlive */.F)(Number(pid)))
            continue;
        external_node_fs_.rmSync(external_node_path_.join(outputDir, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
/** What a file system says when it cannot hard-link a file (another device, links not allowed or not supported). */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/** Copies of work files in flight at once. */
const COPIES_IN_FLIGHT = 16;
/**
 * Puts the work file `source` into the package at `target`. Hard-linked while `how.link` (the
 * work folder is emptied once the package is in place): a tenth of a copy's time, no byte read or
 * written, and the work folder stays whole until then. Copied when the work folder is kept (a link
 * would let a later edit of it change the package), for a symbolic link (its target's bytes are
 * packaged), and from the first file the file system will not link. A copy is started and put in
 * `how.copies`, to go on in the threadpool while the records render (creating a file is slow on
 * some disks: 500 small files took 1.5 s), at most COPIES_IN_FLIGHT at a time.
 */
function takeFile(source, target, symbolic, how) {
    if (how.link && !symbolic) {
        try {
            external_node_fs_.linkSync(source, target);
            return;
        }
        catch (error) {
            if (!CANNOT_LINK.has(error.code ?? ''))
                throw error;
            how.link = false;
        }
    }
    how.copies.push(how.limit(() => external_node_fs_.promises.copyFile(source, target, external_node_fs_.constants.COPYFILE_EXCL)));
}
/**
 * Puts the regular files of `from` into `to` (see `takeFile`), following symbolic links to files,
 * and lists the files it took in `taken`; `take` chooses among the names directly inside `from`.
 */
function copyTree(from, to, taken, how, take = () => true) {
    external_node_fs_.mkdirSync(to, { recursive: true });
    for (const entry of external_node_fs_.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!take(entry.name))
            continue;
        const source = external_node_path_.join(from, entry.name);
        const target = external_node_path_.join(to, entry.name);
        const stat = entry.isSymbolicLink() ? external_node_fs_.statSync(source) : entry;
        if (stat.isDirectory())
            copyTree(source, target, taken, how);
        else if (stat.isFile()) {
            takeFile(source, target, entry.isSymbolicLink(), how);
            taken.push(source);
        }
        else {
            throw new errors/* LyfeError */.L0('cannot package it: it is not a regular file or folder', { file: source, fix: 'Move it out of the work folder, then package again' });
        }
    }
}
/** Removes the files the package took, then the work folders they leave empty; what the user put beside them stays. */
function removeTaken(workDir, taken, workFolders) {
    for (const file of taken)
        external_node_fs_.rmSync(file, { force: true });
    const folders = new Set([...taken.map((file) => external_node_path_.dirname(file)), ...workFolders.map((name) => external_node_path_.join(workDir, name))]);
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
        for (let dir = folder; external_node_path_.relative(workDir, dir) && !external_node_path_.relative(workDir, dir).startsWith('..'); dir = external_node_path_.dirname(dir)) {
            try {
                external_node_fs_.rmdirSync(dir);
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT')
                    break;
                throw error;
            }
        }
    }
}
/** The session's records streamed a record at a time from the global files. */
const globalRecords = (logDir, sessionId) => (visit) => (0,session_read/* readSessionModel */.W)(logDir, sessionId, { visit });
/**
 * Renders every file of `logs/` from the records; the metadata last, since it records the sizes.
 * A merged package also lists its shards (in `metadata.json` and after the summary).
 *
 * One pass over the records gives the model and renders the four record files, handed to a
 * thread of their own (see gzip-thread.ts) that writes them, hashes them and compresses them
 * while this one renders: with `--compress`, straight into the gzip members the archive is made
 * of; plain, the `*.jsonl` also into the members the viewer embeds. Logs that reach
 * AUTO_COMPRESS_BYTES plain are compressed after, from their files. `copied` settles when the
 * package's copies of the work folder's files are written (the quality rules read them).
 */
async function writeLogs(logsDir, read, options) {
    external_node_fs_.mkdirSync(logsDir, { recursive: true });
    const thread = new MemberThread();
    try {
        const locator = new quality_issues/* RecordLocator */.mz();
        const writer = new text_logs/* RecordLogsWriter */.I(logsDir, thread, { compress: options.compress });
        let records;
        try {
            records = read((record, kind, line) => {
                locator.add(record, kind);
                if (kind === 'processing')
                    writer.processing(record, line);
                else
                    writer.prompt(record, line);
            });
        }
        catch (error) {
            throw await thread.reason(error);
        }
        const { summary, skipped } = records;
        // The thread finishes the files while this one finds the quality issues and writes the summary.
        const closing = writer.close();
        closing.catch(() => undefined); // awaited below; a failure of the quality rules first must not leave it unhandled
        /** The files of `logs/` by package path, with their digests as written. */
        const files = new Map();
        const write = (name, text) => {
            const data = Buffer.from(text);
            external_node_fs_.writeFileSync(external_node_path_.join(logsDir, name), data);
            files.set(`${constants/* LOGS_DIR */.c6}/${name}`, (0,package_manifest/* entryOf */.Ms)(data));
        };
        const parsed = new Map(options.templates?.map((template) => [external_node_path_.basename(template.file), template]));
        // The quality rules read the package's outputs and templates: the copies started before the render end first.
        await options.copied;
        const quality = (0,quality_issues/* packageQualityReport */.iP)(external_node_path_.dirname(logsDir), summary, locator, parsed);
        write(constants/* LogFiles */.aE.qualityIssues, (0,quality_issues/* renderQualityReport */.yI)(quality));
        write(constants/* LogFiles */.aE.summary, `${renderExecutionSummary(summary, quality)}${options.shards?.section ?? ''}`);
        const members = await closing;
        const bytes = [...members.values()].reduce((total, member) => total + member.bytes, 0);
        const compress = options.compress || bytes >= constants/* AUTO_COMPRESS_BYTES */.VZ;
        if (!compress)
            for (const [name, member] of members)
                files.set(`${constants/* LOGS_DIR */.c6}/${name}`, member);
        const [archived, viewer] = await Promise.all([
            compress ? (0,archive/* archiveLogs */.YO)(logsDir, thread, members, options.now) : undefined,
            (0,page/* writeLogsViewer */.JY)(logsDir, { title: options.title, session: summary, quality }, {
                processing: members.get(constants/* LogFiles */.aE.processingRecords)?.gzipped ?? (0,text_logs/* memberGzip */.T)(logsDir, constants/* LogFiles */.aE.processingRecords),
                prompts: members.get(constants/* LogFiles */.aE.promptRecords)?.gzipped ?? (0,text_logs/* memberGzip */.T)(logsDir, constants/* LogFiles */.aE.promptRecords),
                counts: writer.counts,
            }),
        ]);
        files.set(`${constants/* LOGS_DIR */.c6}/${constants/* LogFiles */.aE.viewer}`, viewer);
        (0,archive/* removeArchivedLogs */.uM)(logsDir, archived !== undefined);
        const info = {
            title: options.title,
            created_at: options.now.toISOString(),
            tool_version: version/* VERSION */.x,
            compressed: compress,
            logs_bytes: bytes,
            logs_compressed_bytes: archived?.after ?? null,
            skipped_lines: skipped,
        };
        write(constants/* LogFiles */.aE.metadata, renderMetadata(summary, info, options.shards?.entries));
        const archives = new Map(archived ? [[`${constants/* LOGS_DIR */.c6}/${constants/* ARCHIVE_FILE */.sX}`, archived.members]] : []);
        return { skipped, bytes, archived, digests: { archives, files }, summary, quality };
    }
    finally {
        await thread.close();
    }
}
/** Renames the assembled folder into place under the first free name; never replaces a package. */
function placePackage(temp, outputDir, title, now) {
    for (let attempt = 1; attempt <= MAX_SUFFIX; attempt++) {
        const target = external_node_path_.join(outputDir, (0,package_title/* packageFolderName */.M9)(title, now, attempt));
        if (external_node_fs_.existsSync(target))
            continue;
        try {
            external_node_fs_.renameSync(temp, target);
            return target;
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST' || code === 'ENOTEMPTY')
                continue; // taken meanwhile by another packager
            throw error;
        }
    }
    throw new errors/* LyfeError */.L0(`${MAX_SUFFIX} packages named ${title} already exist for this minute`, { file: outputDir, fix: 'Give another title' });
}
function failure(error, outputDir) {
    if (error instanceof errors/* LyfeError */.L0)
        return error;
    const cause = error;
    return new errors/* LyfeError */.L0(`packaging failed: ${(0,errors/* errorText */.kc)(error)}`, {
        file: cause.path ?? outputDir,
        fix: 'No package was written and the work folder is as it was; fix the cause (free space, permissions) and run `lyfe-kt package` again',
        cause: error,
    });
}
/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
async function packageRun(options) {
    const outputDir = options.outputDir ?? 'packages';
    const now = new Date();
    // A bad title is refused before anything is recorded or written.
    const title = (0,package_title/* packageTitle */.by)(options.title, outputNames(options.workDir));
    requireRun(options, false);
    const unlock = lockWorkFolder(options.workDir);
    try {
        return await assemble(options, { outputDir, now, title });
    }
    finally {
        unlock();
    }
}
/**
 * The work folders present, or the error that there is no run to package: checked before the lock
 * (nothing is made for a folder with no run) and again once it is held (`meanwhile`).
 */
function requireRun(options, meanwhile) {
    const folders = constants/* WorkFolderNames */.ch.filter((name) => external_node_fs_.existsSync(external_node_path_.join(options.workDir, name)));
    if (folders.length === 0 && !options.session && !(0,store/* readWorkSession */.GE)(options.workDir)) {
        throw new errors/* LyfeError */.L0(`nothing to package: the work folder has no run in it${meanwhile ? ' (it was packaged meanwhile)' : ''}`, {
            file: options.workDir,
            fix: meanwhile ? 'Look in the packages folder for its package' : 'Run `lyfe-kt preprocess` and `lyfe-kt generate` first, or pass --work-dir of the run',
        });
    }
    return folders;
}
/** Builds the package once the work folder is locked: nothing of it is read before. */
async function assemble(options, { outputDir, now, title }) {
    // What was there before the lock may have been packaged meanwhile by the lock's last holder.
    const folders = requireRun(options, true);
    const cleared = removeDeadAssemblies(outputDir);
    const run = await (0,run_stage/* runStage */.S)({ stage: 'package', workDir: options.workDir, logDir: options.logDir, session: options.session }, async (stats) => {
        const sessionId = (0,context/* requireSession */.OC)().sessionId;
        const warnings = cleared.map((name) => `removed ${external_node_path_.join(outputDir, name)}, left by a \`lyfe-kt package\` that was stopped`);
        const notes = [];
        const taken = [];
        const leftInReports = [];
        const how = { link: !options.keepWork, copies: [], limit: (0,p_limit/* default */.A)(COPIES_IN_FLIGHT) };
        let temp;
        let placed;
        let written;
        let success;
        let stagesExecuted;
        let manifest;
        try {
            external_node_fs_.mkdirSync(outputDir, { recursive: true });
            temp = makeAssemblyFolder(outputDir, title, now);
            for (const name of constants/* WorkFolderNames */.ch) {
                const source = external_node_path_.join(options.workDir, name);
                const takeReport = (file) => {
                    if (report_files/* REPORT_FILES */.JL.has(file))
                        return true;
                    leftInReports.push(external_node_path_.join(source, file));
                    return false;
                };
                if (external_node_fs_.existsSync(source))
                    copyTree(source, external_node_path_.join(temp, name), taken, how, name === constants/* WorkFolders */.BM.reports ? takeReport : undefined);
                else
                    external_node_fs_.mkdirSync(external_node_path_.join(temp, name));
            }
            stats.filesIn = taken.length;
            if (leftInReports.length)
                warnings.push(`left in the work folder, not written by lyfe-kt: ${leftInReports.join(', ')}`);
            // The run as its processing records say it went, before packaging records its end: only
            // the records that decide it and the file results are read (the records are read whole below).
            const fileResults = [];
            const before = (0,session_read/* readSessionModel */.W)(options.logDir, sessionId, {
                kinds: ['processing'],
                events: new Set([...session_model/* OUTCOME_EVENTS */.J_, types/* Events */.sV.fileResult]),
                visit: (record) => {
                    if (record.event === types/* Events */.sV.fileResult)
                        fileResults.push(record);
                },
            });
            const outcome = before.summary;
            // A session index that could not be used (the record file was scanned instead): how the
            // records were read, said once to whoever packages, not a problem of the run to record in it.
            notes.push(...before.notes);
            if (outcome.problems.some((problem) => problem.code === 'no_pipeline_stage')) {
                warnings.push(`session ${sessionId} has no pipeline records in ${options.logDir}: is --log-dir the folder the run wrote to?`);
            }
            // The package holds every output the session recorded, or there is no package.
            const inPackage = new Set(taken.map((file) => external_node_path_.relative(options.workDir, file)));
            const absent = (0,package_manifest/* recordedOutputs */.NW)(fileResults).filter((file) => !inPackage.has(external_node_path_.normalize(file)));
            if (absent.length) {
                throw new errors/* LyfeError */.L0(`the session recorded ${absent.length} output(s) that are not in the work folder: ${absent.join(', ')}`, {
                    file: options.workDir,
                    fix: `No package was written; put them back into ${options.workDir} (or run their stage again in this session), then run \`lyfe-kt package\` again`,
                });
            }
            (0,writer/* record */.g1)(outcome.success ? 'info' : 'warn', types/* Events */.sV.sessionEnd, `session ${sessionId} ended: ${outcome.success ? 'success' : 'failed'}`, {
                stage: 'session',
                data: { success: outcome.success, work_files: stats.filesIn, title },
            });
            const copied = Promise.all(how.copies);
            copied.catch(() => undefined); // awaited in writeLogs; a failure before that waits for the copies below
            written = await writeLogs(external_node_path_.join(temp, constants/* LOGS_DIR */.c6), globalRecords(options.logDir, sessionId), { compress: Boolean(options.compress), title, now, templates: options.templates, copied });
            if (written.skipped > 0)
                warnings.push(`${written.skipped} line(s) mentioning session ${sessionId} in ${options.logDir} are not whole records (torn by a failed write, or foreign) and were skipped`);
            success = written.summary.success;
            stagesExecuted = written.summary.stages_executed;
            manifest = (0,package_manifest/* writeManifest */.HN)(temp, written.digests);
            placed = placePackage(temp, outputDir, title, now);
            temp = undefined;
        }
        catch (error) {
            // No copy may still be writing into the folder being removed.
            await Promise.allSettled(how.copies);
            if (temp)
                external_node_fs_.rmSync(temp, { recursive: true, force: true });
            throw failure(error, outputDir);
        }
        if (!options.keepWork) {
            try {
                removeTaken(options.workDir, taken, folders);
            }
            catch (error) {
                warnings.push(`the package is complete, but the work folder could not be emptied: ${(0,errors/* errorText */.kc)(error)}`);
            }
        }
        (0,store/* clearWorkSession */.P$)(options.workDir);
        for (const warning of warnings)
            (0,writer/* record */.g1)('warn', types/* Events */.sV.warning, warning);
        const manifestFiles = Object.keys(manifest.files).length;
        stats.filesOut = manifestFiles;
        const result = {
            path: placed,
            name: external_node_path_.basename(placed),
            title,
            session_id: sessionId,
            success,
            stages_executed: stagesExecuted,
            files: manifestFiles,
            work_files: stats.filesIn,
            bytes: (0,package_manifest/* packageBytes */.Wp)(placed, manifest),
            logs: { compressed: written.archived !== undefined, bytes: written.bytes, compressed_bytes: written.archived?.after ?? null },
            digest: manifest.digest,
            quality_issues: written.quality.counts,
            kept_work: Boolean(options.keepWork),
            warnings,
            notes,
        };
        return result;
    });
    return run.result;
}


/***/ })

};
