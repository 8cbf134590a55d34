import { Events, type AttemptData, type LogRecord, type Stage, type StageEndData } from '../records/types.js';
import { PrdStageNames } from './constants.js';

/**
 * What a session did, computed from its records alone. Every view of a session (the package's
 * `execution_summary.md` and `metadata.json`, the job summary, the PR comment) renders this.
 */

export type StageStatus = 'ok' | 'failed' | 'unfinished';

/** One stage as one process ran it: from its `stage.start` to its `stage.end`, if any. */
export interface StageRunSummary {
  stage: Stage;
  pid: number;
  status: StageStatus;
  start_time: string;
  end_time: string | null;
  duration_ms: number | null;
  files_in: number;
  files_out: number;
  files_invalid: number;
  error: string | null;
}

/** One generated file, from the last `file.result` record that names it. */
export interface OutputSummary {
  file: string;
  input: string | null;
  level: string | null;
  valid: boolean;
  errors: string[];
  mobile_optimization_score: number | null;
  ari_persona_consistency: number | null;
  schema_version: string | null;
  /** The LLM call that produced the file, and how it went. */
  call_id: string | null;
  attempts: number;
  tokens: number;
}

/** One LLM call: all the attempts sharing a `call_id`. */
export interface CallSummary {
  call_id: string;
  purpose: string;
  stage: Stage;
  input: string[];
  output: string[];
  provider: string;
  model: string;
  attempts: number;
  /** ok / failed from the last attempt; unfinished when the process stopped mid-call. */
  outcome: 'ok' | 'failed' | 'unfinished';
  tokens: number;
  latency_ms: number;
}

/** What went wrong: an error record, or a stage whose process stopped without ending it. */
export interface FailureSummary {
  kind: 'error' | 'unfinished';
  stage: Stage;
  pid: number;
  time: string;
  message: string;
  fix: string | null;
  file: string | null;
  /** The records of the same process just before the failure, both streams, oldest first. */
  last_records: LogRecord[];
}

export interface AiUsageSummary {
  /** Requests sent to the provider: every attempt, retries included, answers from the build cache not. */
  total_api_calls: number;
  /** Distinct calls (`call_id`); a call is one or more attempts. */
  calls: number;
  ok_attempts: number;
  retries: number;
  failed_calls: number;
  /** Calls still waiting for an answer when their process stopped (killed, cancelled). */
  unfinished_calls: number;
  total_tokens: number;
  prompt_tokens: number;
  completion_tokens: number;
  /** The model that answered most attempts (first seen on a tie), else the session's configured one. */
  model: string | null;
  models: string[];
  provider: string | null;
  /** ok attempts / attempts; null when no call was made. */
  success_rate: number | null;
  latency_ms: number;
}

export interface QualitySummary {
  /** Valid outputs / outputs; null without outputs. */
  schema_compliance: number | null;
  /** Means over the outputs that carry the metric. */
  mobile_optimization_score: number | null;
  ari_persona_consistency: number | null;
  valid_files: number;
  invalid_files: number;
}

export interface SessionSummary {
  session_id: string;
  start_time: string | null;
  end_time: string | null;
  duration_seconds: number | null;
  /** No stage failed and none was left without an end (packaging itself aside). */
  success: boolean;
  stages: StageRunSummary[];
  /** PRD names of the stages that ran, in the order they first started. */
  stages_executed: string[];
  input_files: string[];
  output_files: string[];
  outputs: OutputSummary[];
  /** Outputs per level (`beginner`, `advanced`). */
  levels: Record<string, number>;
  schema_version: string | null;
  ai: AiUsageSummary;
  calls: CallSummary[];
  quality: QualitySummary;
  failures: FailureSummary[];
  counts: { processing_records: number; prompt_records: number; warnings: number; errors: number };
  /** `data` of the session's first `session.start` (argv, tool and node versions, provider...). */
  session_info: Record<string, unknown>;
}

/** How many records before a failure its summary keeps. */
const LAST_RECORDS = 8;

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
const mean = (values: number[]): number | null => (values.length ? round4(values.reduce((a, b) => a + b, 0) / values.length) : null);
const ms = (time: string): number => Date.parse(time);

function unfinishedRun(record: LogRecord): StageRunSummary {
  return { stage: record.stage, pid: record.pid, status: 'unfinished', start_time: record.time, end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null };
}

function pairStages(processing: LogRecord[]): StageRunSummary[] {
  const runs: StageRunSummary[] = [];
  const open = new Map<string, StageRunSummary>();
  for (const record of processing) {
    const key = `${record.stage}:${record.pid}`;
    if (record.event === Events.stageStart) {
      // A process runs a stage once at a time: an open run of the same key was abandoned (pid reused).
      open.delete(key);
      const run = unfinishedRun(record);
      runs.push(run);
      open.set(key, run);
    } else if (record.event === Events.stageEnd) {
      const data = (record.data ?? {}) as Partial<StageEndData>;
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
function timeline(processing: LogRecord[], audits: LogRecord[]): LogRecord[] {
  return [...processing, ...audits].map((record, index) => ({ record, index })).sort((a, b) => ms(a.record.time) - ms(b.record.time) || a.index - b.index).map(({ record }) => record);
}

function lastBefore(all: LogRecord[], pid: number, until: number): LogRecord[] {
  const before = all.filter((record) => record.pid === pid && ms(record.time) <= until);
  return before.slice(-LAST_RECORDS);
}

function lastFile(records: LogRecord[]): string | null {
  for (let i = records.length - 1; i >= 0; i--) {
    const file = records[i].input?.[0] ?? records[i].output?.[0];
    if (file) return file;
  }
  return null;
}

/** An error's one-line text (`<file>: <message>. <fix>`) without the file and fix shown beside it. */
function failuresOf(processing: LogRecord[], audits: LogRecord[], stages: StageRunSummary[]): FailureSummary[] {
  const all = timeline(processing, audits);
  const failures: FailureSummary[] = [];
  for (const record of processing) {
    if (record.event !== Events.error || record.stage === 'package') continue;
    const data = record.data ?? {};
    const before = lastBefore(all, record.pid, ms(record.time)).filter((r) => r !== record);
    const file = record.input?.[0] ?? record.output?.[0] ?? lastFile(before);
    const fix = str(data.fix);
    failures.push({ kind: 'error', stage: record.stage, pid: record.pid, time: record.time, message: str(data.error) ?? record.msg, fix, file, last_records: before });
  }
  for (const run of stages) {
    if (run.status !== 'unfinished' || run.stage === 'package') continue;
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

function callsOf(audits: LogRecord[]): CallSummary[] {
  const calls = new Map<string, CallSummary>();
  for (const record of audits) {
    // A request with no attempt record after it was in flight when its process stopped.
    if (record.event !== Events.llmAttempt && record.event !== Events.llmRequest) continue;
    const data = (record.data ?? {}) as Partial<AttemptData>;
    const id = str(data.call_id);
    if (!id) continue;
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
    if (data.model) call.model = data.model;
    call.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' ? 'failed' : 'unfinished';
  }
  return [...calls.values()];
}

function aiUsageOf(audits: LogRecord[], calls: CallSummary[], info: Record<string, unknown>): AiUsageSummary {
  const attempts = audits.filter((record) => record.event === Events.llmAttempt).map((record) => (record.data ?? {}) as Partial<AttemptData>);
  const tally = new Map<string, number>();
  const providers = new Map<string, number>();
  let total = 0;
  let prompt = 0;
  let completion = 0;
  let latency = 0;
  for (const attempt of attempts) {
    if (attempt.model) tally.set(attempt.model, (tally.get(attempt.model) ?? 0) + 1);
    if (attempt.provider) providers.set(attempt.provider, (providers.get(attempt.provider) ?? 0) + 1);
    total += num(attempt.usage?.total_tokens) ?? 0;
    prompt += num(attempt.usage?.prompt_tokens) ?? 0;
    completion += num(attempt.usage?.completion_tokens) ?? 0;
    latency += num(attempt.latency_ms) ?? 0;
  }
  const most = (counts: Map<string, number>): string | null => [...counts.entries()].reduce<[string, number] | null>((best, entry) => (!best || entry[1] > best[1] ? entry : best), null)?.[0] ?? null;
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

function levelOf(file: string, data: Record<string, unknown>): string | null {
  return str(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
}

function outputsOf(processing: LogRecord[], calls: CallSummary[]): OutputSummary[] {
  const byFile = new Map<string, OutputSummary>();
  for (const record of processing) {
    if (record.event !== Events.fileResult || record.stage !== 'generate') continue;
    const data = record.data ?? {};
    const metrics = (data.metrics ?? {}) as Record<string, unknown>;
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

function inputsOf(processing: LogRecord[]): string[] {
  const inputs = new Set<string>();
  const preprocess = processing.filter((record) => record.stage === 'preprocess');
  const results = preprocess.filter((record) => record.event === Events.fileResult);
  for (const record of results.length ? results : preprocess) for (const file of record.input ?? []) inputs.add(file);
  return [...inputs];
}

function versionLabel(version: string | null): string | null {
  if (!version) return null;
  return version.startsWith('v') ? version : `v${version}`;
}

/** Summarises one session from its processing records and its prompt-audit records (each in file order). */
export function summarizeSession(processing: LogRecord[], audits: LogRecord[]): SessionSummary {
  const first = processing[0] ?? audits[0];
  const sessionId = first?.session ?? '';
  const starts = processing.filter((record) => record.event === Events.sessionStart);
  const ends = processing.filter((record) => record.event === Events.sessionEnd);
  const info = (starts[0]?.data ?? {}) as Record<string, unknown>;
  const times = [...processing, ...audits].map((record) => ms(record.time)).filter(Number.isFinite);
  const startMs = starts.length ? ms(starts[0].time) : times.length ? Math.min(...times) : NaN;
  const endMs = ends.length ? ms(ends.at(-1)!.time) : times.length ? Math.max(...times) : NaN;
  const iso = (value: number): string | null => (Number.isFinite(value) ? new Date(value).toISOString() : null);

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
  const executed: string[] = [];
  for (const run of stages) {
    const name = PrdStageNames[run.stage as keyof typeof PrdStageNames];
    if (name && !executed.includes(name)) executed.push(name);
  }
  const pipelineRuns = stages.filter((run) => run.stage !== 'package');
  const calls = callsOf(audits);
  const outputs = outputsOf(processing, calls);
  const levels: Record<string, number> = {};
  for (const output of outputs) if (output.level) levels[output.level] = (levels[output.level] ?? 0) + 1;
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
      mobile_optimization_score: mean(outputs.map((output) => output.mobile_optimization_score).filter((v): v is number => v !== null)),
      ari_persona_consistency: mean(outputs.map((output) => output.ari_persona_consistency).filter((v): v is number => v !== null)),
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
