import { activePriceTable, costTotal, priceOf, priceTableInfo, roundUsd, tokensCost } from './cost.js';
import { aggregateQuality } from './quality.js';
import { Events, INTERRUPTED } from './types.js';
import { count, num, round4, str, totalTokens } from './values.js';
/** The PRD's names of the stages, as `metadata.json` lists them in `execution.stages_executed`. */
export const PrdStageNames = {
    preprocess: 'preprocessing',
    generate: 'generation',
    package: 'packaging',
};
/**
 * The events of the processing records that decide a session's outcome (`success`, `problems`,
 * which `failures`, `stages`): a model of only these records has the same outcome as the model of
 * every record. Its counts, calls and outputs are those of the part read, and so is the context of
 * a failure (an unfinished stage is dated by the last record of its process that was read).
 */
export const OUTCOME_EVENTS = new Set([Events.sessionEnd, Events.stageStart, Events.stageEnd, Events.error]);
/** How many records before a failure its summary keeps. */
const LAST_RECORDS = 8;
/** The record streams, in the order views read them: processing first gives failures their exact context. */
export const STREAMS_IN_ORDER = ['processing', 'prompts'];
/** Whether an attempt of this `source` was a request to a provider: the build cache and a replay answer from recorded replies. */
const sentToProvider = (source) => source !== 'cache' && source !== 'replay';
/** The second (`YYYY-MM-DDTHH:MM:SS`) of the last time in the writer's form parsed whole, and its epoch milliseconds. */
let lastSecond = '';
let lastSecondMs = Number.NaN;
/** The milliseconds of a time in the writer's form, `YYYY-MM-DDTHH:MM:SS.mmmZ`, or -1 for any other form. */
function writerMillis(time) {
    if (time.length !== 24 || time.charCodeAt(19) !== 0x2e || time.charCodeAt(23) !== 0x5a)
        return -1;
    const hundreds = time.charCodeAt(20) - 0x30;
    const tens = time.charCodeAt(21) - 0x30;
    const units = time.charCodeAt(22) - 0x30;
    return hundreds >= 0 && hundreds <= 9 && tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? hundreds * 100 + tens * 10 + units : -1;
}
/**
 * Epoch milliseconds of a record's time. A session's records come many to a second and in order:
 * a time of the second parsed last only has its milliseconds read (`Date.parse` of every record's
 * time was a twentieth of packaging a million records).
 */
function ms(time) {
    const millis = writerMillis(time);
    if (millis >= 0 && lastSecond && time.startsWith(lastSecond))
        return lastSecondMs + millis;
    const parsed = Date.parse(time);
    // Only an ISO date and time (with `T` and `Z`) is kept: for those, the ISO format's own rules make the milliseconds a plain sum.
    if (millis >= 0 && Number.isFinite(parsed) && time[4] === '-' && time[7] === '-' && time[10] === 'T' && time[13] === ':' && time[16] === ':') {
        lastSecond = time.slice(0, 19);
        lastSecondMs = parsed - millis;
    }
    return parsed;
}
const iso = (value) => (Number.isFinite(value) ? new Date(value).toISOString() : null);
const isPipelineStage = (stage) => stage !== 'package' && stage !== 'session';
/** A process of a session: pids of different sessions (different machines) may be equal. */
const processOf = (record) => `${record.session} ${record.pid}`;
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
            .filter((entry) => entry.seq !== this.ownSeq)
            .slice(-LAST_RECORDS)
            .map(({ record: { data: _data, ...line } }) => line);
    }
}
/** The file a record names first, if any. */
const fileOf = (record) => record?.input?.[0] ?? record?.output?.[0] ?? null;
/** Counts each value; the most frequent, first seen on a tie. */
class Tally {
    counts = new Map();
    /** One more of `value`; an uncounted one is listed by `keys` but weighs nothing in `most`. */
    add(value, counted = true) {
        if (value)
            this.counts.set(value, (this.counts.get(value) ?? 0) + (counted ? 1 : 0));
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
function levelOf(file, data) {
    return str(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
}
/** A schema version as the summaries name it: `1.1` → `v1.1`. */
export function versionLabel(version) {
    if (!version)
        return null;
    return version.startsWith('v') ? version : `v${version}`;
}
function newRun(record) {
    return { stage: record.stage, session: record.session, pid: record.pid, status: 'unfinished', start_time: record.time, end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null };
}
/**
 * Reduces one session's records to its SessionSummary. Hand it every record of the session with
 * `add` (processing records and prompt-audit records, each stream in its file order, the two
 * interleaved in any way), then take `result()` once. The context shown before a failure is
 * exact when the prompt records of a moment are added no earlier than the processing records
 * before it (processing first, or both by time), which is how every view reads them.
 */
export class SessionModel {
    sessionId = '';
    sessions = new Set();
    seq = 0;
    minMs = Number.POSITIVE_INFINITY;
    maxMs = Number.NEGATIVE_INFINITY;
    /** The first `session.start` of each session. */
    starts = new Map();
    /** The last `session.end` of each session. */
    ends = new Map();
    info = {};
    runs = [];
    /** The session and process of each run. */
    runOrigin = new Map();
    /** Runs started and not ended, by stage and process: a process runs a stage once at a time. */
    open = new Map();
    /** Open runs of each process that no later `stage.start` of the process has followed yet. */
    awaitingNext = new Map();
    /**
     * Of each process, by stage, its last record and the last file its records named (the last by
     * time, processing before prompts on a tie, whatever order the streams are read in): where a
     * run that never ended stopped, its stage's own, since `run` has two stages open at once.
     */
    stageLast = new Map();
    /** Of a run that never ends, the context before the next `stage.start` of its process. */
    runContexts = new Map();
    /**
     * Of an open run, its context when its process first began another stage: where it stopped,
     * unless it wrote on after (`run` has two stages open at once; a pid reused by the next command,
     * as in a container, does not).
     */
    otherStageCuts = new Map();
    /** The inputs an open run's file results named: its files in, until its end says. */
    runInputs = new WeakMap();
    streams = [new Map(), new Map()];
    errors = [];
    calls = new Map();
    models = new Tally();
    providers = new Tally();
    liveAttempts = 0;
    okAttempts = 0;
    retries = 0;
    totalTokens = 0;
    promptTokens = 0;
    completionTokens = 0;
    cachedTokens = 0;
    reasoningTokens = 0;
    latency = 0;
    prices;
    outputs = new Map();
    /** The files each call's answer was written to, by call id: the file results come before the calls (`STREAMS_IN_ORDER`). */
    writtenBy = new Map();
    preprocessInputs = new Set();
    preprocessResultInputs = new Set();
    counts = { processing_records: 0, prompt_records: 0, warnings: 0, errors: 0 };
    lastProcess = { session: '', pid: Number.NaN, key: '' };
    done = false;
    /**
     * The records are a log folder's, not a package's copy of them: there a packaging that made its
     * package recorded its stage's end after the session's, so one without it was stopped (Ctrl-C,
     * killed) before it ended. A package's copy stops at the session's end: its packaging has no end.
     */
    wholeLog;
    constructor(options = {}) {
        this.prices = options.prices ?? activePriceTable();
        this.wholeLog = options.wholeLog ?? false;
    }
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
        const process = this.processKey(record);
        this.noteStageLast(process, record, time, stream);
        const recent = this.processStream(stream, process);
        // Contexts that end before this record take the ring as it is: the stream has moved past them.
        while (recent.waiting.length && recent.waiting[0].until < time)
            recent.waiting.shift().take(recent.ring);
        recent.lastMs = time;
        if (stream === 0)
            this.addProcessing(record, seq, time);
        else
            this.addPrompt(record, process);
        recent.ring.push({ ms: time, stream, seq, record });
        // One more than a context keeps: a failure's own record, in the ring, is left out of its context.
        if (recent.ring.length > LAST_RECORDS + 1)
            recent.ring.shift();
    }
    /**
     * `processOf(record)`, and the session noted. Consecutive records of one process (most of them)
     * share the last key: one string, whose hash the maps keep, instead of a new one per record.
     */
    processKey(record) {
        const last = this.lastProcess;
        if (record.pid === last.pid && record.session === last.session)
            return last.key;
        this.sessions.add(record.session);
        this.lastProcess = { session: record.session, pid: record.pid, key: processOf(record) };
        return this.lastProcess.key;
    }
    processStream(stream, process) {
        let recent = this.streams[stream].get(process);
        if (!recent) {
            recent = { ring: [], lastMs: Number.NEGATIVE_INFINITY, waiting: [] };
            this.streams[stream].set(process, recent);
        }
        return recent;
    }
    /** A context for a failure of `process` up to `until`: each stream gives its ring when it moves past `until`, or now if it has. */
    contextOf(process, until, ownSeq) {
        const context = new FailureContext(until, ownSeq);
        for (let stream = 0; stream < STREAMS_IN_ORDER.length; stream++) {
            const recent = this.processStream(stream, process);
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
            case Events.sessionStart:
                if (this.starts.size === 0)
                    this.info = data;
                if (!this.starts.has(record.session))
                    this.starts.set(record.session, record);
                break;
            case Events.sessionEnd:
                this.ends.set(record.session, record);
                break;
            case Events.stageStart:
                this.startRun(record, time);
                break;
            case Events.stageEnd:
                this.endRun(record, data);
                break;
            case Events.error:
                if (record.stage !== 'package')
                    this.addError(record, seq, time);
                break;
            case Events.fileResult:
                this.addFileResult(record, data);
                this.countFileResult(record, data);
                this.addWritten(record, data);
                break;
        }
        if (record.stage === 'preprocess') {
            const inputs = record.event === Events.fileResult ? this.preprocessResultInputs : this.preprocessInputs;
            for (const file of record.input ?? [])
                inputs.add(file);
        }
    }
    noteStageLast(process, record, time, stream) {
        let byStage = this.stageLast.get(process);
        if (!byStage)
            this.stageLast.set(process, (byStage = new Map()));
        let last = byStage.get(record.stage);
        if (!last)
            byStage.set(record.stage, (last = { ms: Number.NEGATIVE_INFINITY, stream: 0, time: '', fileMs: Number.NEGATIVE_INFINITY, fileStream: 0, file: null }));
        if (time > last.ms || (time === last.ms && stream >= last.stream)) {
            last.ms = time;
            last.stream = stream;
            last.time = record.time;
        }
        const file = record.input?.[0] ?? record.output?.[0];
        if (file && (time > last.fileMs || (time === last.fileMs && stream >= last.fileStream))) {
            last.fileMs = time;
            last.fileStream = stream;
            last.file = file;
        }
    }
    startRun(record, time) {
        // A run of this process still open at a start of its stage never ended before it (the pid was
        // reused): its context stops here. Another stage's run may go on (`run` overlaps its stages).
        const process = processOf(record);
        const waiting = this.awaitingNext.get(process) ?? [];
        for (const open of waiting) {
            if (open.stage === record.stage)
                this.runContexts.set(open, this.contextOf(process, time - 1, -1));
            else if (!this.otherStageCuts.has(open))
                this.otherStageCuts.set(open, { ms: time, context: this.contextOf(process, time - 1, -1) });
        }
        const run = this.newRun(record);
        this.open.set(`${record.stage} ${process}`, run);
        this.awaitingNext.set(process, [...waiting.filter((open) => open.stage !== record.stage), run]);
    }
    endRun(record, data) {
        const process = processOf(record);
        const key = `${record.stage} ${process}`;
        let run = this.open.get(key);
        this.open.delete(key);
        if (run) {
            const ended = run;
            const waiting = this.awaitingNext.get(process);
            if (waiting)
                this.awaitingNext.set(process, waiting.filter((open) => open !== ended));
            this.runContexts.delete(run);
        }
        else {
            run = this.newRun(record);
        }
        run.status = data.status === 'ok' ? 'ok' : 'failed';
        run.end_time = record.time;
        run.duration_ms = num(data.duration_ms) ?? ms(record.time) - ms(run.start_time);
        run.files_in = num(data.files_in) ?? 0;
        run.files_out = num(data.files_out) ?? 0;
        run.files_invalid = num(data.files_invalid) ?? 0;
        run.error = str(data.error);
        // A packaging that failed after it recorded the session's end made no package: the session is open again.
        const end = this.ends.get(record.session);
        if (record.stage === 'package' && run.status === 'failed' && end && ms(end.time) <= ms(record.time))
            this.ends.delete(record.session);
    }
    newRun(record) {
        const run = newRun(record);
        this.runs.push(run);
        this.runOrigin.set(run, { session: record.session, process: processOf(record) });
        return run;
    }
    addError(record, seq, time) {
        const data = record.data ?? {};
        this.errors.push({
            failure: {
                kind: 'error',
                stage: record.stage,
                session: record.session,
                pid: record.pid,
                time: record.time,
                message: str(data.error) ?? record.msg,
                fix: str(data.fix),
                file: record.input?.[0] ?? record.output?.[0] ?? null,
                last_records: [],
            },
            context: this.contextOf(processOf(record), time, seq),
        });
    }
    /**
     * A stage's counts as its file results give them, while it is open: a stage that ends says its
     * own totals (`endRun`), one that never ended (killed) shows what it did rather than nothing.
     */
    countFileResult(record, data) {
        const run = this.open.get(`${record.stage} ${processOf(record)}`);
        if (!run)
            return;
        let inputs = this.runInputs.get(run);
        if (!inputs)
            this.runInputs.set(run, (inputs = new Set()));
        for (const file of record.input ?? [])
            inputs.add(file);
        run.files_in = inputs.size;
        const outputs = record.output?.length ?? 0;
        run.files_out += outputs;
        if (record.stage === 'generate' && data.valid !== true)
            run.files_invalid += outputs;
    }
    addWritten(record, data) {
        if (!record.output?.length)
            return;
        const ids = [data.call_id, ...(Array.isArray(data.call_ids) ? data.call_ids : [])].filter((id) => typeof id === 'string');
        for (const id of ids) {
            let files = this.writtenBy.get(id);
            if (!files)
                this.writtenBy.set(id, (files = new Set()));
            for (const file of record.output)
                files.add(file);
        }
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
                mobile_optimization_score: num(metrics.mobile_optimization_score),
                ari_persona_consistency: num(metrics.ari_persona_consistency),
                schema_version: str(data.schema_version),
                sha256: str(data.sha256),
                call_id: str(data.call_id),
                attempts: 0,
                tokens: 0,
                cost_usd: null,
            });
        }
    }
    addPrompt(record, process) {
        if (record.event !== Events.llmAttempt && record.event !== Events.llmRequest)
            return;
        const data = (record.data ?? {});
        const id = str(data.call_id);
        if (!id)
            return;
        let call = this.calls.get(id);
        if (!call) {
            call = {
                summary: {
                    call_id: id,
                    purpose: str(data.purpose) ?? '',
                    stage: record.stage,
                    input: record.input ?? [],
                    output: record.output ?? [],
                    provider: str(data.provider) ?? '',
                    ...(data.azure === true ? { azure: true } : {}),
                    model: str(data.model) ?? '',
                    request_model: str(data.model) ?? '',
                    answered: false,
                    pid: record.pid,
                    attempts: 0,
                    outcome: 'unfinished',
                    tokens: 0,
                    prompt_tokens: 0,
                    completion_tokens: 0,
                    cached_tokens: 0,
                    reasoning_tokens: 0,
                    latency_ms: 0,
                    start_time: record.event === Events.llmRequest ? record.time : new Date(ms(record.time) - (num(data.latency_ms) ?? 0)).toISOString(),
                    end_time: null,
                    max_tokens: null,
                    finish_reason: null,
                    error: null,
                    http_status: null,
                    billed: false,
                    cost_usd: 0,
                    written: [],
                },
                process,
                inFlight: false,
                unsent: false,
                retryOf: null,
                cost: 0,
                unpriced: false,
            };
            this.calls.set(id, call);
        }
        call.unsent = !sentToProvider(data.source);
        const attempt = num(data.attempt);
        if (call.retryOf !== null && attempt !== null && attempt > call.retryOf) {
            this.retries += 1;
            call.retryOf = null;
        }
        // The offline provider, the build cache and replays send nothing to be billed.
        const billed = sentToProvider(data.source) && data.provider !== 'offline';
        if (billed)
            call.summary.billed = true;
        // A request with no attempt record after it was in flight when its process stopped: its
        // provider and model were asked, though none answered (yet).
        if (record.event === Events.llmRequest) {
            this.models.add(str(data.model), false);
            this.providers.add(str(data.provider), false);
            call.inFlight = true;
            call.summary.outcome = 'unfinished';
            call.summary.end_time = null;
            return;
        }
        call.inFlight = false;
        const summary = call.summary;
        const usage = data.usage;
        const promptCount = count(usage?.prompt_tokens);
        const completionCount = count(usage?.completion_tokens);
        const cachedValue = usage?.prompt_tokens_details?.cached_tokens;
        const cachedCount = count(cachedValue);
        // A usage prices its attempt when it gives the counts a price needs as whole numbers: strings,
        // fractions, negatives or no counts at all say nothing of what the reply used.
        const countable = usage != null && promptCount !== null && completionCount !== null && (cachedValue == null || cachedCount !== null);
        const prompt = promptCount ?? 0;
        const completion = completionCount ?? 0;
        const tokens = totalTokens(usage ?? {});
        const cached = cachedCount ?? 0;
        const reasoning = count(usage?.completion_tokens_details?.reasoning_tokens) ?? 0;
        const latency = num(data.latency_ms) ?? 0;
        summary.attempts += 1;
        summary.tokens += tokens;
        summary.prompt_tokens += prompt;
        summary.completion_tokens += completion;
        summary.cached_tokens += cached;
        summary.reasoning_tokens += reasoning;
        summary.latency_ms += latency;
        summary.end_time = record.time;
        // An attempt with no reply (an error) names the model asked for, not one that answered.
        if (data.response != null) {
            summary.answered = true;
            if (data.model)
                summary.model = data.model;
        }
        // A call interrupted in flight (Ctrl-C, SIGTERM) did not fail: it was stopped before it ended.
        summary.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' && data.reason !== INTERRUPTED ? 'failed' : 'unfinished';
        const params = (data.params ?? {});
        summary.max_tokens = num(params.max_completion_tokens) ?? num(params.max_tokens);
        summary.finish_reason = str(data.finish_reason);
        summary.error = data.outcome === 'ok' ? null : (str(data.reason) ?? null);
        summary.http_status = data.outcome === 'ok' ? null : num(data.http_status);
        // An attempt is billed for the tokens the server reports. One with no usage is free when it had
        // no reply (an error); a reply without usage (or with none it can be priced by), or a request
        // aborted in flight (Ctrl-C), used tokens that no record names: its cost is unknown.
        if (billed && countable) {
            const price = priceOf(this.prices, summary.model);
            if (price)
                call.cost += tokensCost(price, { prompt_tokens: prompt, cached_tokens: cached, completion_tokens: completion });
            else
                call.unpriced = true;
        }
        else if (billed && (data.response != null || usage != null || data.reason === INTERRUPTED)) {
            call.unpriced = true;
        }
        // A reply from the build cache or a replay was not a request to the provider, nor an attempt
        // that could not reach it (connection refused, name not resolved).
        if (sentToProvider(data.source) && data.sent !== false) {
            this.liveAttempts += 1;
            if (data.outcome === 'ok')
                this.okAttempts += 1;
        }
        // Counted when the next attempt comes: a retry waited for and never made (the run stopped) is not one.
        call.retryOf = data.outcome === 'retry' ? (attempt ?? summary.attempts) : null;
        // The session's model is the one that answered most: an attempt with no reply (an error) names a model tried, not one that answered.
        this.models.add(str(data.model), data.response != null);
        this.providers.add(str(data.provider));
        this.totalTokens += tokens;
        this.promptTokens += prompt;
        this.completionTokens += completion;
        this.cachedTokens += cached;
        this.reasoningTokens += reasoning;
        this.latency += latency;
    }
    /** What the session was. Ends the model: add nothing after. */
    result() {
        this.done = true;
        // The packaging stage that wrote its session's end is, by construction, the one that completed
        // (in a package's copy of the records, which stops before that stage's end).
        for (const run of this.wholeLog ? [] : this.runs) {
            const origin = this.runOrigin.get(run);
            const lastEnd = this.ends.get(origin.session);
            if (run.stage === 'package' && run.status === 'unfinished' && lastEnd && processOf(lastEnd) === origin.process && ms(lastEnd.time) >= ms(run.start_time)) {
                run.status = 'ok';
                run.end_time = lastEnd.time;
                run.duration_ms = ms(lastEnd.time) - ms(run.start_time);
                run.files_in = num(lastEnd.data?.work_files) ?? 0;
            }
        }
        for (const stream of this.streams)
            for (const recent of stream.values())
                for (const context of recent.waiting.splice(0))
                    context.take(recent.ring);
        const failures = this.failures();
        const calls = [...this.calls.values()];
        for (const call of calls) {
            // A billed request in flight when its process stopped may have been billed for tokens no record names.
            call.summary.cost_usd = call.unpriced || (call.inFlight && call.summary.billed) ? null : call.summary.billed ? roundUsd(call.cost) : 0;
            call.summary.written = [...(this.writtenBy.get(call.summary.call_id) ?? [])];
        }
        const outputs = [...this.outputs.values()];
        for (const output of outputs) {
            const call = output.call_id ? this.calls.get(output.call_id)?.summary : undefined;
            output.attempts = call?.attempts ?? 0;
            output.tokens = call?.tokens ?? 0;
            output.cost_usd = call ? call.cost_usd : null;
        }
        const levels = {};
        for (const output of outputs)
            if (output.level)
                levels[output.level] = (levels[output.level] ?? 0) + 1;
        const valid = outputs.filter((output) => output.valid).length;
        const problems = this.problems(failures);
        const startMs = this.starts.size ? Math.min(...[...this.starts.values()].map((start) => ms(start.time))) : this.minMs;
        const endMs = this.ends.size ? Math.max(...[...this.ends.values()].map((end) => ms(end.time))) : this.maxMs;
        // The calls of a stage that never ended (its process was stopped) were made for its files, whether
        // or not a result was written for them: sources of the run, and files the stage took.
        const inputFiles = new Set(this.preprocessResultInputs.size ? this.preprocessResultInputs : this.preprocessInputs);
        for (const call of calls) {
            const run = this.open.get(`${call.summary.stage} ${call.process}`);
            if (!run || ms(call.summary.start_time) < ms(run.start_time))
                continue;
            let inputs = this.runInputs.get(run);
            if (!inputs)
                this.runInputs.set(run, (inputs = new Set()));
            for (const file of call.summary.input)
                inputs.add(file);
            run.files_in = inputs.size;
            if (run.stage === 'preprocess')
                for (const file of call.summary.input)
                    inputFiles.add(file);
        }
        const inFlight = calls.filter((call) => call.inFlight);
        // Requests sent to the provider: its attempts and those in flight, not the build cache's or a replay's answers.
        const requests = this.liveAttempts + inFlight.filter((call) => !call.unsent).length;
        return {
            session_id: this.sessionId,
            start_time: iso(startMs),
            end_time: iso(endMs),
            // An end recorded before the start (processes whose clocks disagree) gives no duration: a negative one is no length of time.
            duration_seconds: Number.isFinite(startMs) && Number.isFinite(endMs) && endMs >= startMs ? Math.round(endMs - startMs) / 1000 : null,
            success: problems.length === 0 && failures.length === 0,
            problems,
            ended: this.ends.size > 0 && this.ends.size === this.sessions.size,
            stages: this.runs,
            stages_executed: [...new Set(this.runs.flatMap((run) => (run.stage in PrdStageNames ? [PrdStageNames[run.stage]] : [])))],
            input_files: [...inputFiles],
            output_files: outputs.map((output) => output.file),
            outputs,
            levels,
            schema_version: versionLabel(outputs.find((output) => output.schema_version)?.schema_version ?? str(this.info.schema_version)),
            ai: {
                total_api_calls: requests,
                calls: calls.length,
                ok_attempts: this.okAttempts,
                retries: this.retries,
                failed_calls: calls.filter((call) => call.summary.outcome === 'failed').length,
                unfinished_calls: calls.filter((call) => call.summary.outcome === 'unfinished').length,
                total_tokens: this.totalTokens,
                prompt_tokens: this.promptTokens,
                completion_tokens: this.completionTokens,
                cached_tokens: this.cachedTokens,
                reasoning_tokens: this.reasoningTokens,
                model: this.models.most() ?? str(this.info.model),
                models: this.models.keys(),
                provider: this.providers.most() ?? str(this.info.provider),
                providers: this.providers.keys(),
                // A share of requests, not a quality metric: four decimals, as metadata.json has always given it.
                success_rate: requests ? round4(this.okAttempts / requests) : null,
                latency_ms: this.latency,
                cost: this.cost(calls.map((call) => call.summary)),
            },
            calls: calls.map((call) => call.summary),
            quality: { ...aggregateQuality(outputs), valid_files: valid, invalid_files: outputs.length - valid },
            failures,
            counts: { ...this.counts },
            session_info: this.info,
        };
    }
    cost(calls) {
        const stages = {};
        for (const stage of new Set(calls.map((call) => call.stage)))
            stages[stage] = costTotal(calls.filter((call) => call.stage === stage));
        return { ...costTotal(calls), stages, prices: priceTableInfo(this.prices) };
    }
    failures() {
        // An error names its file or none: the file of the records before it may have nothing to do with
        // it (a bundler's error after the lessons). A stopped process's last file is where it stopped.
        const failures = this.errors.map(({ failure, context }) => ({ ...failure, last_records: context.records() }));
        for (const run of this.runs) {
            if (run.status !== 'unfinished' || run.stage === 'package')
                continue;
            const process = this.runOrigin.get(run).process;
            const last = this.stageLast.get(process)?.get(run.stage);
            const cut = this.otherStageCuts.get(run);
            // Cut short: by a later start of its stage, or by one of another stage after which it wrote nothing.
            const stopped = this.runContexts.get(run) ?? (cut && !(last && last.ms >= cut.ms) ? cut.context : undefined);
            const before = (stopped ?? this.contextAtEnd(process)).records();
            // Where it stopped: the last of its context when cut short; else its stage's own last record and
            // file, since in `run` the other stage's records go on beside its own.
            const own = stopped ? undefined : last;
            const lastTime = own ? own.time : before.at(-1)?.time;
            // The file it was waiting on, when a call of it never ended (the longest waiting): its last record
            // may be another file's, finished while that call was in flight.
            const waiting = this.unfinishedCallOf(process, run);
            const lastFile = waiting ? (waiting.input[0] ?? waiting.output[0] ?? null) : own ? own.file : fileOf(before.findLast((r) => fileOf(r) !== null));
            failures.push({
                kind: 'unfinished',
                stage: run.stage,
                session: run.session,
                pid: run.pid,
                time: lastTime ?? run.start_time,
                message: `${run.stage} (process ${run.pid}) started at ${run.start_time} and never ended: the process was stopped (killed, cancelled or crashed)${lastTime ? ` after its record at ${lastTime}` : ''}`,
                fix: null,
                file: lastFile,
                last_records: before,
            });
        }
        return failures.sort((a, b) => ms(a.time) - ms(b.time));
    }
    /** The first-begun call of the stage run `run` of `process` that never ended, if any. */
    unfinishedCallOf(process, run) {
        let first;
        for (const call of this.calls.values()) {
            const summary = call.summary;
            if (call.process !== process || summary.stage !== run.stage || summary.outcome !== 'unfinished' || summary.start_time < run.start_time)
                continue;
            if (!first || summary.start_time < first.start_time)
                first = summary;
        }
        return first;
    }
    contextAtEnd(process) {
        const context = new FailureContext(Number.POSITIVE_INFINITY, -1);
        for (const stream of this.streams) {
            const recent = stream.get(process);
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
        if ([...this.ends.values()].some((end) => end.data?.success === false) && problems.length === 0 && failures.length === 0) {
            problems.push({ code: 'recorded_failed', message: 'The packaging that ended the session recorded the run as failed; see processing.log.' });
        }
        return problems;
    }
}
/** The model of a session whose records are in memory (tests, replay, the action's report). */
export function summarizeSession(processing, prompts, options = {}) {
    const model = new SessionModel(options);
    for (const record of processing)
        model.add(record, 'processing');
    for (const record of prompts)
        model.add(record, 'prompts');
    return model.result();
}
