import { type LogRecord, type Stage } from '../records/types.js';
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
    counts: {
        processing_records: number;
        prompt_records: number;
        warnings: number;
        errors: number;
    };
    /** `data` of the session's first `session.start` (argv, tool and node versions, provider...). */
    session_info: Record<string, unknown>;
}
/** Summarises one session from its processing records and its prompt-audit records (each in file order). */
export declare function summarizeSession(processing: LogRecord[], audits: LogRecord[]): SessionSummary;
