import { Events } from '../records/types.js';
import { PrdStageNames } from './constants.js';
/** How many records before a failure its summary keeps. */
const LAST_RECORDS = 8;
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
const round4 = (value) => Math.round(value * 10_000) / 10_000;
const mean = (values) => (values.length ? round4(values.reduce((a, b) => a + b, 0) / values.length) : null);
const ms = (time) => Date.parse(time);
function unfinishedRun(record) {
    return { stage: record.stage, pid: record.pid, status: 'unfinished', start_time: record.time, end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null };
}
function pairStages(processing) {
    const runs = [];
    const open = new Map();
    for (const record of processing) {
        const key = `${record.stage}:${record.pid}`;
        if (record.event === Events.stageStart) {
            // A process runs a stage once at a time: an open run of the same key was abandoned (pid reused).
            open.delete(key);
            const run = unfinishedRun(record);
            runs.push(run);
            open.set(key, run);
        }
        else if (record.event === Events.stageEnd) {
            const data = (record.data ?? {});
            let run = open.get(key);
            open.delete(key);
            if (!run) {
                run = unfinishedRun(record);
                runs.push(run);
            }
            run.status = data.status === 'ok' ? 'ok' : 'failed';
            run.end_time = record.time;
            run.duration_ms = num(data.duration_ms) ?? ms(record.time) - ms(run.start_time);
            run.files_in = num(data.files_in) ?? 0;
            run.files_out = num(data.files_out) ?? 0;
            run.files_invalid = num(data.files_invalid) ?? 0;
            run.error = str(data.error);
        }
    }
    return runs;
}
/** Merges both streams into one timeline (stable: file order within a stream, processing first on ties). */
function timeline(processing, audits) {
    return [...processing, ...audits].map((record, index) => ({ record, index })).sort((a, b) => ms(a.record.time) - ms(b.record.time) || a.index - b.index).map(({ record }) => record);
}
function lastBefore(all, pid, until) {
    const before = all.filter((record) => record.pid === pid && ms(record.time) <= until);
    return before.slice(-LAST_RECORDS);
}
function lastFile(records) {
    for (let i = records.length - 1; i >= 0; i--) {
        const file = records[i].input?.[0] ?? records[i].output?.[0];
        if (file)
            return file;
    }
    return null;
}
/** An error's one-line text (`<file>: <message>. <fix>`) without the file and fix shown beside it. */
function failuresOf(processing, audits, stages) {
    const all = timeline(processing, audits);
    const failures = [];
    for (const record of processing) {
        if (record.event !== Events.error || record.stage === 'package')
            continue;
        const data = record.data ?? {};
        const before = lastBefore(all, record.pid, ms(record.time)).filter((r) => r !== record);
        const file = record.input?.[0] ?? record.output?.[0] ?? lastFile(before);
        const fix = str(data.fix);
        failures.push({ kind: 'error', stage: record.stage, pid: record.pid, time: record.time, message: str(data.error) ?? record.msg, fix, file, last_records: before });
    }
    for (const run of stages) {
        if (run.status !== 'unfinished' || run.stage === 'package')
            continue;
        const next = stages.find((other) => other.pid === run.pid && ms(other.start_time) > ms(run.start_time));
        const until = next ? ms(next.start_time) - 1 : Number.POSITIVE_INFINITY;
        const before = lastBefore(all, run.pid, until);
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
function callsOf(audits) {
    const calls = new Map();
    for (const record of audits) {
        // A request with no attempt record after it was in flight when its process stopped.
        if (record.event !== Events.llmAttempt && record.event !== Events.llmRequest)
            continue;
        const data = (record.data ?? {});
        const id = str(data.call_id);
        if (!id)
            continue;
        let call = calls.get(id);
        if (!call) {
            call = {
                call_id: id,
                purpose: str(data.purpose) ?? '',
                stage: record.stage,
                input: record.input ?? [],
                output: record.output ?? [],
                provider: str(data.provider) ?? '',
                model: str(data.model) ?? '',
                attempts: 0,
                outcome: 'unfinished',
                tokens: 0,
                latency_ms: 0,
            };
            calls.set(id, call);
        }
        if (record.event === Events.llmRequest) {
            call.outcome = 'unfinished';
            continue;
        }
        call.attempts += 1;
        call.tokens += num(data.usage?.total_tokens) ?? 0;
        call.latency_ms += num(data.latency_ms) ?? 0;
        if (data.model)
            call.model = data.model;
        call.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' ? 'failed' : 'unfinished';
    }
    return [...calls.values()];
}
function aiUsageOf(audits, calls, info) {
    const attempts = audits.filter((record) => record.event === Events.llmAttempt).map((record) => (record.data ?? {}));
    const tally = new Map();
    const providers = new Map();
    let total = 0;
    let prompt = 0;
    let completion = 0;
    let latency = 0;
    for (const attempt of attempts) {
        if (attempt.model)
            tally.set(attempt.model, (tally.get(attempt.model) ?? 0) + 1);
        if (attempt.provider)
            providers.set(attempt.provider, (providers.get(attempt.provider) ?? 0) + 1);
        total += num(attempt.usage?.total_tokens) ?? 0;
        prompt += num(attempt.usage?.prompt_tokens) ?? 0;
        completion += num(attempt.usage?.completion_tokens) ?? 0;
        latency += num(attempt.latency_ms) ?? 0;
    }
    const most = (counts) => [...counts.entries()].reduce((best, entry) => (!best || entry[1] > best[1] ? entry : best), null)?.[0] ?? null;
    const ok = attempts.filter((attempt) => attempt.outcome === 'ok').length;
    return {
        // A reply from the build cache was not a request to the provider.
        total_api_calls: attempts.filter((attempt) => attempt.source !== 'cache').length,
        calls: calls.length,
        ok_attempts: ok,
        retries: attempts.filter((attempt) => attempt.outcome === 'retry').length,
        failed_calls: calls.filter((call) => call.outcome === 'failed').length,
        unfinished_calls: calls.filter((call) => call.outcome === 'unfinished').length,
        total_tokens: total,
        prompt_tokens: prompt,
        completion_tokens: completion,
        model: most(tally) ?? str(info.model),
        models: [...tally.keys()],
        provider: most(providers) ?? str(info.provider),
        success_rate: attempts.length ? round4(ok / attempts.length) : null,
        latency_ms: latency,
    };
}
function levelOf(file, data) {
    return str(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
}
function outputsOf(processing, calls) {
    const byFile = new Map();
    for (const record of processing) {
        if (record.event !== Events.fileResult || record.stage !== 'generate')
            continue;
        const data = record.data ?? {};
        const metrics = (data.metrics ?? {});
        for (const file of record.output ?? []) {
            const callId = str(data.call_id);
            const call = callId ? calls.find((c) => c.call_id === callId) : undefined;
            byFile.delete(file); // the last result of a file wins, in the order of that result
            byFile.set(file, {
                file,
                input: record.input?.[0] ?? null,
                level: levelOf(file, data),
                valid: data.valid === true,
                errors: Array.isArray(data.errors) ? data.errors.map(String) : [],
                mobile_optimization_score: num(metrics.mobile_optimization_score),
                ari_persona_consistency: num(metrics.ari_persona_consistency),
                schema_version: str(data.schema_version),
                call_id: callId,
                attempts: call?.attempts ?? 0,
                tokens: call?.tokens ?? 0,
            });
        }
    }
    return [...byFile.values()];
}
function inputsOf(processing) {
    const inputs = new Set();
    const preprocess = processing.filter((record) => record.stage === 'preprocess');
    const results = preprocess.filter((record) => record.event === Events.fileResult);
    for (const record of results.length ? results : preprocess)
        for (const file of record.input ?? [])
            inputs.add(file);
    return [...inputs];
}
function versionLabel(version) {
    if (!version)
        return null;
    return version.startsWith('v') ? version : `v${version}`;
}
/** Summarises one session from its processing records and its prompt-audit records (each in file order). */
export function summarizeSession(processing, audits) {
    const first = processing[0] ?? audits[0];
    const sessionId = first?.session ?? '';
    const starts = processing.filter((record) => record.event === Events.sessionStart);
    const ends = processing.filter((record) => record.event === Events.sessionEnd);
    const info = (starts[0]?.data ?? {});
    const times = [...processing, ...audits].map((record) => ms(record.time)).filter(Number.isFinite);
    const startMs = starts.length ? ms(starts[0].time) : times.length ? Math.min(...times) : NaN;
    const endMs = ends.length ? ms(ends.at(-1).time) : times.length ? Math.max(...times) : NaN;
    const iso = (value) => (Number.isFinite(value) ? new Date(value).toISOString() : null);
    const stages = pairStages(processing);
    // The packaging stage that wrote the session's end is, by construction, the one that completed.
    const lastEnd = ends.at(-1);
    for (const run of stages) {
        if (run.stage === 'package' && run.status === 'unfinished' && lastEnd && lastEnd.pid === run.pid && ms(lastEnd.time) >= ms(run.start_time)) {
            run.status = 'ok';
            run.end_time = lastEnd.time;
            run.duration_ms = ms(lastEnd.time) - ms(run.start_time);
            run.files_in = num(lastEnd.data?.work_files) ?? 0;
        }
    }
    const executed = [];
    for (const run of stages) {
        const name = PrdStageNames[run.stage];
        if (name && !executed.includes(name))
            executed.push(name);
    }
    const pipelineRuns = stages.filter((run) => run.stage !== 'package');
    const calls = callsOf(audits);
    const outputs = outputsOf(processing, calls);
    const levels = {};
    for (const output of outputs)
        if (output.level)
            levels[output.level] = (levels[output.level] ?? 0) + 1;
    const valid = outputs.filter((output) => output.valid).length;
    const all = [...processing, ...audits];
    return {
        session_id: sessionId,
        start_time: iso(startMs),
        end_time: iso(endMs),
        duration_seconds: Number.isFinite(startMs) && Number.isFinite(endMs) ? Math.round(endMs - startMs) / 1000 : null,
        success: pipelineRuns.every((run) => run.status === 'ok'),
        stages,
        stages_executed: executed,
        input_files: inputsOf(processing),
        output_files: outputs.map((output) => output.file),
        outputs,
        levels,
        schema_version: versionLabel(outputs.find((output) => output.schema_version)?.schema_version ?? str(info.schema_version)),
        ai: aiUsageOf(audits, calls, info),
        calls,
        quality: {
            schema_compliance: outputs.length ? round4(valid / outputs.length) : null,
            mobile_optimization_score: mean(outputs.map((output) => output.mobile_optimization_score).filter((v) => v !== null)),
            ari_persona_consistency: mean(outputs.map((output) => output.ari_persona_consistency).filter((v) => v !== null)),
            valid_files: valid,
            invalid_files: outputs.length - valid,
        },
        failures: failuresOf(processing, audits, stages),
        counts: {
            processing_records: processing.length,
            prompt_records: audits.length,
            warnings: all.filter((record) => record.level === 'warn').length,
            errors: all.filter((record) => record.level === 'error').length,
        },
        session_info: info,
    };
}
