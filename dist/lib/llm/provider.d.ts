import type { TokenUsage } from '../records/types.js';
export interface ChatMessage {
    role: 'system' | 'user' | 'assistant';
    content: string;
}
/**
 * What a call asks for, in structured form. The openai provider sends `messages`; the offline
 * provider computes its answer from `task` (the same source text the messages carry), so both go
 * through the same audited path.
 */
export type LlmTask = {
    kind: 'analysis';
    name: string;
    source: string;
} | {
    kind: 'supertask';
    name: string;
    template: string;
    level: 'beginner' | 'advanced';
    schemaVersion: string;
};
export interface LlmRequest {
    /** Short, stable name of why the call is made: `preprocess.analysis`, `generate.beginner`... */
    purpose: string;
    messages: ChatMessage[];
    task: LlmTask;
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
