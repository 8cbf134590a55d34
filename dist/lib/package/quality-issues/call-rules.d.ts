import type { CallSummary } from '../../records/session-model.js';
import { type LogRecord } from '../../records/types.js';
import { type Finding } from './types.js';
/**
 * The rules over the session's LLM calls. What a call was (its attempts, outcome, tokens and
 * latency) is the session model's; the prompt-audit records, fed one at a time in the order of
 * `logs/prompts.jsonl`, only locate each attempt (its line) and say what the model's summary
 * leaves out: why an attempt was retried, and whether its answer was cut off.
 */
/** A call at least this many times the run's median, in latency or in tokens, is far off it... */
export declare const OUTLIER_FACTOR = 3;
/** ...when it is also this much above the median: a few hundred milliseconds more is no news. */
export declare const OUTLIER_MIN_EXCESS: {
    latency_ms: number;
    tokens: number;
};
/** Fewer calls than this make no median worth comparing with. */
export declare const OUTLIER_MIN_CALLS = 4;
interface AttemptSeen {
    attempt: number;
    outcome: string;
    reason: string | null;
    truncated: boolean;
    /** Where its reply came from: `live`, or recorded replies (`cache`, `replay`). */
    source: string | null;
    line: number;
}
interface CallRecords {
    attempts: AttemptSeen[];
    /** The line of the last `llm.request` not yet followed by its attempt record. */
    pending: number | null;
}
/** Where each call's records are in `prompts.jsonl`. */
export declare class CallRecordIndex {
    private readonly calls;
    private line;
    /** The next record of `prompts.jsonl`. */
    add(record: LogRecord): void;
    /** The call's records: every attempt, and the request left unanswered if any. */
    of(callId: string): CallRecords;
    /** The line of the call's accepted attempt, the reply its output was made from. */
    acceptedLine(callId: string): number | undefined;
}
/** The findings over the session model's calls, located by `index`. */
export declare function checkCalls(calls: readonly CallSummary[], index: CallRecordIndex): Finding[];
export {};
