import { type CostTotal, type PriceTable, type PriceTableInfo } from './cost.js';
import { type RunQuality } from './quality.js';
import { type LogRecord, type RecordKind, type Stage } from './types.js';
/**
 * The one session model: what a session was, reduced record by record from its two record
 * streams (processing and prompt audit, in any interleaving, each in its file order). Every view
 * of a session renders its result: the package's `execution_summary.md` and `metadata.json`,
 * `logs --list`, the job summary and the pull-request comment. Nothing else decides whether a
 * session succeeded, which stages ran, or what its calls, files, tokens and metrics were.
 *
 * It takes several sessions as well (the shards of one run, merged into one package): a process
 * is told apart by its session and pid, and each session's end closes its own packaging.
 *
 * Memory is bounded by what the result holds (stage runs, calls, outputs, failures), never by
 * the number of records: a record is folded into counters and maps and let go, except for a
 * ring of the last few records of each process, kept (without their `data`) to show what came
 * before a failure.
 */
export type StageStatus = 'ok' | 'failed' | 'unfinished';
/** One stage as one process ran it: from its `stage.start` to its `stage.end`, if any. */
export interface StageRunSummary {
    stage: Stage;
    /** The session the run is of (a merged package holds one per shard). */
    session: string;
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
    /** The SHA-256 of the file as generated, when its `file.result` names it. */
    sha256: string | null;
    /** The LLM call that produced the file, and how it went. */
    call_id: string | null;
    attempts: number;
    tokens: number;
    /** What its call cost in US dollars; null when unknown (docs/cost.md). */
    cost_usd: number | null;
}
/** One LLM call: all the attempts sharing a `call_id`. */
export interface CallSummary {
    call_id: string;
    purpose: string;
    stage: Stage;
    input: string[];
    output: string[];
    provider: string;
    /** The openai provider sent it to Azure OpenAI. */
    azure?: true;
    /** The model that answered (the last attempt answered's), else the one asked for. */
    model: string;
    /** An attempt of it was answered: `model` is the model that answered. */
    answered: boolean;
    /** The model the call asked for. */
    request_model: string;
    pid: number;
    attempts: number;
    /** ok / failed from the last attempt; unfinished when the process stopped mid-call. */
    outcome: 'ok' | 'failed' | 'unfinished';
    tokens: number;
    prompt_tokens: number;
    completion_tokens: number;
    /** Of the prompt tokens, those read from the prompt cache. */
    cached_tokens: number;
    /** Of the completion tokens, those spent on hidden reasoning. */
    reasoning_tokens: number;
    latency_ms: number;
    /** When its first attempt was sent, and when its last was answered (null: still in flight when its process stopped). */
    start_time: string;
    end_time: string | null;
    /** The output token limit of its last attempt. */
    max_tokens: number | null;
    /** Why the model stopped, as the last attempt's answer says it. */
    finish_reason: string | null;
    /** Why its last attempt did not succeed, and the HTTP status it got. */
    error: string | null;
    http_status: number | null;
    /** Sent live to a provider that bills (not the offline provider, the build cache or a replay). */
    billed: boolean;
    /** US dollars; 0 when not billed; null when unknown: its model has no price, or it was in flight when its process stopped. */
    cost_usd: number | null;
    /**
     * The files written from its answer, as the file results that name it say: none for a call that
     * failed, or whose process stopped before it wrote the answer (`output` names the files it was for).
     */
    written: string[];
}
/** What went wrong: an error record, or a stage whose process stopped without ending it. */
export interface FailureSummary {
    kind: 'error' | 'unfinished';
    stage: Stage;
    /** The session it happened in: in a merged package, which shard's. */
    session: string;
    pid: number;
    time: string;
    message: string;
    fix: string | null;
    file: string | null;
    /** The records of the same process just before the failure, both streams, oldest first, without their `data`. */
    last_records: LogRecord[];
}
export interface AiUsageSummary {
    /**
     * Requests sent to the provider: every attempt, retries included, and every request still in
     * flight when its process stopped; answers from the build cache or a replay not.
     */
    total_api_calls: number;
    /** Distinct calls (`call_id`); a call is one or more attempts. */
    calls: number;
    /** Attempts sent to the provider that were accepted (the build cache's and a replay's answers are not sent). */
    ok_attempts: number;
    retries: number;
    failed_calls: number;
    /** Calls their process stopped (killed, cancelled) before they ended: waiting for an answer, or to try again. */
    unfinished_calls: number;
    total_tokens: number;
    prompt_tokens: number;
    completion_tokens: number;
    cached_tokens: number;
    reasoning_tokens: number;
    /** The model that answered most attempts (first seen on a tie), else the session's configured one. */
    model: string | null;
    models: string[];
    provider: string | null;
    /** Every provider a request or attempt named, in the order first seen: a merge of shards run with different providers names each. */
    providers: string[];
    /** ok attempts / requests sent (attempts and requests in flight); null when none was sent. */
    success_rate: number | null;
    latency_ms: number;
    cost: CostSummary;
}
/** What the session's calls cost (docs/cost.md), in all and per stage, with the price table that says so. */
export interface CostSummary extends CostTotal {
    stages: Record<string, CostTotal>;
    prices: PriceTableInfo;
}
export interface QualitySummary extends RunQuality {
    valid_files: number;
    invalid_files: number;
}
export interface SessionProblem {
    code: 'no_pipeline_stage' | 'failed_without_error' | 'recorded_failed';
    /** One line for a reader. */
    message: string;
}
export interface SessionSummary {
    session_id: string;
    start_time: string | null;
    end_time: string | null;
    /** From start to end; null when either is unknown, or the end was recorded before the start (the clocks of its processes disagree). */
    duration_seconds: number | null;
    /**
     * The run succeeded: a pipeline stage ran in it, every pipeline stage it started ended ok, no
     * error was recorded outside packaging, and its package lacks none of its outputs.
     */
    success: boolean;
    /** Why the run is not a success, beyond its failures (which say so themselves). */
    problems: SessionProblem[];
    /** Whether the session was ended by packaging: it has a `session.end` record, and no package stage failed after it. */
    ended: boolean;
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
/** The PRD's names of the stages, as `metadata.json` lists them in `execution.stages_executed`. */
export declare const PrdStageNames: {
    readonly preprocess: "preprocessing";
    readonly generate: "generation";
    readonly package: "packaging";
};
/**
 * The events of the processing records that decide a session's outcome (`success`, `problems`,
 * which `failures`, `stages`): a model of only these records has the same outcome as the model of
 * every record. Its counts, calls and outputs are those of the part read, and so is the context of
 * a failure (an unfinished stage is dated by the last record of its process that was read).
 */
export declare const OUTCOME_EVENTS: ReadonlySet<string>;
/** The record streams, in the order views read them: processing first gives failures their exact context. */
export declare const STREAMS_IN_ORDER: readonly RecordKind[];
/** A schema version as the summaries name it: `1.1` → `v1.1`. */
export declare function versionLabel(version: string | null): string | null;
export interface SessionModelOptions {
    /** The price table the calls are priced with; by default the one in use (`activePriceTable`). */
    prices?: PriceTable;
    /** The records are read from a log folder (`logs --list`, `logs --session`, `readSession`), not from a package. */
    wholeLog?: boolean;
}
/**
 * Reduces one session's records to its SessionSummary. Hand it every record of the session with
 * `add` (processing records and prompt-audit records, each stream in its file order, the two
 * interleaved in any way), then take `result()` once. The context shown before a failure is
 * exact when the prompt records of a moment are added no earlier than the processing records
 * before it (processing first, or both by time), which is how every view reads them.
 */
export declare class SessionModel {
    private sessionId;
    private readonly sessions;
    private seq;
    private minMs;
    private maxMs;
    /** The first `session.start` of each session. */
    private readonly starts;
    /** The last `session.end` of each session. */
    private readonly ends;
    private info;
    private readonly runs;
    /** The session and process of each run. */
    private readonly runOrigin;
    /** Runs started and not ended, by stage and process: a process runs a stage once at a time. */
    private readonly open;
    /** Open runs of each process that no later `stage.start` of the process has followed yet. */
    private readonly awaitingNext;
    /**
     * Of each process, by stage, its last record and the last file its records named (the last by
     * time, processing before prompts on a tie, whatever order the streams are read in): where a
     * run that never ended stopped, its stage's own, since `run` has two stages open at once.
     */
    private readonly stageLast;
    /** Of a run that never ends, the context before the next `stage.start` of its process. */
    private readonly runContexts;
    /**
     * Of an open run, its context when its process first began another stage: where it stopped,
     * unless it wrote on after (`run` has two stages open at once; a pid reused by the next command,
     * as in a container, does not).
     */
    private readonly otherStageCuts;
    /** The inputs an open run's file results named: its files in, until its end says. */
    private readonly runInputs;
    private readonly streams;
    private readonly errors;
    private readonly calls;
    private readonly models;
    private readonly providers;
    private liveAttempts;
    private okAttempts;
    private retries;
    private totalTokens;
    private promptTokens;
    private completionTokens;
    private cachedTokens;
    private reasoningTokens;
    private latency;
    private readonly prices;
    private readonly outputs;
    /** The files each call's answer was written to, by call id: the file results come before the calls (`STREAMS_IN_ORDER`). */
    private readonly writtenBy;
    private readonly preprocessInputs;
    private readonly preprocessResultInputs;
    private readonly counts;
    private lastProcess;
    private done;
    /**
     * The records are a log folder's, not a package's copy of them: there a packaging that made its
     * package recorded its stage's end after the session's, so one without it was stopped (Ctrl-C,
     * killed) before it ended. A package's copy stops at the session's end: its packaging has no end.
     */
    private readonly wholeLog;
    constructor(options?: SessionModelOptions);
    /** Folds one record of the session, from the stream `kind`, into the model. */
    add(record: LogRecord, kind: RecordKind): void;
    /**
     * `processOf(record)`, and the session noted. Consecutive records of one process (most of them)
     * share the last key: one string, whose hash the maps keep, instead of a new one per record.
     */
    private processKey;
    private processStream;
    /** A context for a failure of `process` up to `until`: each stream gives its ring when it moves past `until`, or now if it has. */
    private contextOf;
    private addProcessing;
    private noteStageLast;
    private startRun;
    private endRun;
    private newRun;
    private addError;
    /**
     * A stage's counts as its file results give them, while it is open: a stage that ends says its
     * own totals (`endRun`), one that never ended (killed) shows what it did rather than nothing.
     */
    private countFileResult;
    private addWritten;
    private addFileResult;
    private addPrompt;
    /** What the session was. Ends the model: add nothing after. */
    result(): SessionSummary;
    private cost;
    private failures;
    /** The first-begun call of the stage run `run` of `process` that never ended, if any. */
    private unfinishedCallOf;
    private contextAtEnd;
    private problems;
}
/** The model of a session whose records are in memory (tests, replay, the action's report). */
export declare function summarizeSession(processing: Iterable<LogRecord>, prompts: Iterable<LogRecord>, options?: SessionModelOptions): SessionSummary;
