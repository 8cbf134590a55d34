import type { TokenUsage } from '../records/types.js';
export interface ChatMessage {
    role: 'system' | 'user' | 'assistant';
    content: string;
}
/** A JSON Schema the reply must follow, as the caller ships it; a provider that can, makes the model follow it. */
export interface ResponseSchema {
    /** Short name of the schema (letters, digits, `_` and `-`), sent to the API with it. */
    name: string;
    schema: Record<string, unknown>;
}
/**
 * One call's request. `task` is the caller's own description of what it asks for, opaque here: the
 * openai provider sends `messages`; a provider that computes its answer (the pipeline's offline
 * provider) reads `task`, so both go through the same audited path.
 */
export interface LlmRequest<Task = unknown> {
    /** Short, stable name of why the call is made: `preprocess.analysis`, `generate.beginner`... */
    purpose: string;
    messages: ChatMessage[];
    task: Task;
    /**
     * What the caller asks of the sampling: a temperature, and `max_tokens`, the tokens the visible
     * reply may take. A provider maps these to what its model accepts and records what it sent.
     */
    params: {
        temperature: number;
        max_tokens: number;
    };
    /** The reply's JSON Schema: Structured Outputs where the model supports them, JSON mode otherwise. */
    responseSchema?: ResponseSchema;
}
export interface LlmResponse {
    text: string;
    usage: TokenUsage | null;
    model: string;
    httpStatus?: number;
    /** The parameters the attempt was sent with, when they differ from the request's `params`. */
    params?: Record<string, unknown>;
    /** Why the model stopped: `stop`, `length` (cut off by the token limit), `content_filter`... */
    finishReason?: string;
    /** The model declined to answer, and said this instead. */
    refusal?: string;
}
/** Failure of one attempt. `retryable` decides whether the audited call tries again. */
export declare class LlmAttemptError extends Error {
    readonly retryable: boolean;
    readonly httpStatus?: number;
    readonly retryAfterMs?: number;
    /**
     * The server refused a parameter and the provider changed it for the next attempt (said here):
     * the call tries again at once, without counting a transport retry.
     */
    readonly adaptation?: string;
    /** The parameters the attempt was sent with. */
    readonly params?: Record<string, unknown>;
    /** The caller's signal aborted the attempt. */
    readonly aborted: boolean;
    /** The request never reached the server: the connection was refused, or the host was not found. */
    readonly unsent: boolean;
    /** What the user should do when the call fails on it, when the provider knows better than the prompt audit. */
    readonly fix?: string;
    constructor(message: string, options: {
        retryable: boolean;
        httpStatus?: number;
        retryAfterMs?: number;
        adaptation?: string;
        params?: Record<string, unknown>;
        aborted?: boolean;
        unsent?: boolean;
        fix?: string;
        cause?: unknown;
    });
}
export interface LlmProvider {
    readonly name: 'openai' | 'offline' | 'replay';
    readonly model: string;
    /**
     * The server asked, as it may be shown (without the credentials or query a URL may hold): the
     * openai provider's base URL or Azure endpoint. A provider that asks no server has none.
     */
    readonly endpoint?: string;
    /** Where answers come from, as recorded in the audit (`cache`: the build plugin's lesson cache). */
    readonly source: 'live' | 'cache' | 'replay';
    /** The openai provider talks to Azure OpenAI; its records say so. */
    readonly azure?: true;
    /** One attempt. Throws LlmAttemptError on failure; never retries by itself. */
    complete(request: LlmRequest, signal?: AbortSignal): Promise<LlmResponse>;
    /** Loads what the first `complete` needs (the SDK), so that an attempt's latency is the request's own. */
    prepare?(): Promise<void>;
}
