import type { TokenUsage } from '../records/types.js';
export interface ChatMessage {
    role: 'system' | 'user' | 'assistant';
    content: string;
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
    /** Sampling parameters, recorded in the audit as sent. */
    params: {
        temperature: number;
        max_tokens: number;
    };
}
export interface LlmResponse {
    text: string;
    usage: TokenUsage | null;
    model: string;
    httpStatus?: number;
}
/** Failure of one attempt. `retryable` decides whether the audited call tries again. */
export declare class LlmAttemptError extends Error {
    readonly retryable: boolean;
    readonly httpStatus?: number;
    readonly retryAfterMs?: number;
    constructor(message: string, options: {
        retryable: boolean;
        httpStatus?: number;
        retryAfterMs?: number;
        cause?: unknown;
    });
}
export interface LlmProvider {
    readonly name: 'openai' | 'offline' | 'replay';
    readonly model: string;
    /** Where answers come from, as recorded in the audit (`cache`: the build plugin's lesson cache). */
    readonly source: 'live' | 'cache' | 'replay';
    /** One attempt. Throws LlmAttemptError on failure; never retries by itself. */
    complete(request: LlmRequest, signal?: AbortSignal): Promise<LlmResponse>;
}
