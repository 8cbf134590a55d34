import { type LlmProvider } from './provider.js';
export declare const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
export declare const DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
export interface OpenAiProviderOptions {
    apiKey: string;
    /** An OpenAI-compatible server; the official API when absent. */
    baseURL?: string;
    model?: string;
    /** Time one attempt may take before it counts as a (retryable) timeout. */
    timeoutMs: number;
}
/**
 * The official SDK in JSON mode, one attempt per `complete`. The SDK's own retries are off:
 * `callLlm` retries, so that every attempt is audited.
 */
export declare function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider;
/**
 * How long the server asks us to wait: `retry-after-ms` (OpenAI's own), else `retry-after` in
 * seconds or as an HTTP date. Undefined when absent or unreadable, so that backoff applies.
 */
export declare function retryAfterMs(headers: Headers | undefined, now?: number): number | undefined;
