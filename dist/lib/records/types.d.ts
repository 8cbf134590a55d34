export { STAGES, type Stage } from '../session/stages.js';
import type { Stage } from '../session/stages.js';
export type Level = 'debug' | 'info' | 'warn' | 'error';
/** Names of the record events; views switch on these, never on `msg`. */
export declare const Events: {
    readonly sessionStart: "session.start";
    readonly sessionEnd: "session.end";
    readonly stageStart: "stage.start";
    readonly stageEnd: "stage.end";
    readonly fileResult: "file.result";
    /** Written when an attempt is sent: a process killed mid-call still shows which call was in flight. */
    readonly llmRequest: "llm.request";
    readonly llmAttempt: "llm.attempt";
    readonly stepOutput: "step.output";
    readonly warning: "warning";
    readonly error: "error";
};
/** One line of a `*.jsonl` record file. */
export interface LogRecord {
    time: string;
    level: Level;
    session: string;
    stage: Stage;
    event: string;
    msg: string;
    pid: number;
    /** File names (basenames) the record concerns. */
    input?: string[];
    output?: string[];
    data?: Record<string, unknown>;
}
/** Token usage as the API reports it, kept whole: the details may hold more kinds than named here. */
export interface TokenUsage {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    /** `cached_tokens`: prompt tokens billed at the cached-input price. */
    prompt_tokens_details?: {
        cached_tokens?: number;
    };
    /** `reasoning_tokens`: hidden reasoning, billed as output and counted in `completion_tokens`. */
    completion_tokens_details?: {
        reasoning_tokens?: number;
    };
}
/** The reason of an attempt aborted in flight by an interruption: the request was sent, and may be billed. */
export declare const INTERRUPTED = "interrupted";
/** `data` of an `llm.attempt` record: one per attempt of every LLM call. */
export interface AttemptData {
    call_id: string;
    attempt: number;
    max_attempts: number;
    purpose: string;
    provider: string;
    model: string;
    /** The parameters the attempt was sent with (model and messages aside). */
    params: Record<string, unknown>;
    messages: {
        role: string;
        content: string;
    }[];
    response: string | null;
    usage: TokenUsage | null;
    latency_ms: number;
    /** ok: accepted; retry: rejected and tried again; failed: the call gave up. */
    outcome: 'ok' | 'retry' | 'failed';
    /** Why the attempt was not `ok`; `INTERRUPTED` when Ctrl-C or SIGTERM aborted it in flight. */
    reason?: string;
    http_status?: number;
    /** Why the model stopped, as the API says it: `stop`, `length` (cut off by the token limit), `content_filter`... */
    finish_reason?: string;
    /** The reply was cut off by the output token limit (`finish_reason: "length"`). */
    truncated?: boolean;
    /** The model's refusal, when it declined to answer. */
    refusal?: string;
    /** What the next attempt changes because the server refused a parameter of this one. */
    adaptation?: string;
    /** live: answered by the provider; cache: from the build cache; replay: from a package's audit. */
    source: 'live' | 'cache' | 'replay';
    /** `false` when the request never reached the server (connection refused, host not found): it is not a request sent. */
    sent?: false;
    /** The openai provider sent it to Azure OpenAI (AZURE_OPENAI_ENDPOINT), not to OpenAI or a compatible server. */
    azure?: true;
}
/** `data` of `stage.end`. */
export interface StageEndData {
    status: 'ok' | 'failed';
    duration_ms: number;
    files_in: number;
    files_out: number;
    files_invalid?: number;
    error?: string;
}
/** File names of the global record files inside the log directory. */
export declare const RecordFiles: {
    readonly processing: "processing.jsonl";
    readonly prompts: "prompts.jsonl";
};
export type RecordKind = keyof typeof RecordFiles;
