import { type RequestSettings } from './model-params.js';
import { type LlmProvider } from './provider.js';
/**
 * OpenAI's recommendation for latency- and cost-sensitive work ("Choosing a model" in the models
 * guide): a reasoning model with Structured Outputs, at $0.75 / $4.50 per million tokens in / out.
 */
export declare const DEFAULT_OPENAI_MODEL = "gpt-5.4-mini";
export declare const DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
export interface AzureTarget {
    /** `https://<resource>.openai.azure.com/` (AZURE_OPENAI_ENDPOINT). */
    endpoint: string;
    /** OPENAI_API_VERSION. */
    apiVersion: string;
}
export interface OpenAiProviderOptions extends Partial<RequestSettings> {
    apiKey: string;
    /** An OpenAI-compatible server; the official API when absent. */
    baseURL?: string;
    /** The model; on Azure, the deployment. */
    model?: string;
    /** Time one attempt may take before it counts as a (retryable) timeout. */
    timeoutMs: number;
    /** Azure OpenAI through the SDK's own client, instead of `baseURL`. */
    azure?: AzureTarget;
    /** The variable the key was read from, which a rejected key's message names: OPENAI_API_KEY when absent. */
    keyName?: string;
}
/**
 * The shortest API key or base URL query value kept out of messages (docs/providers.md): a shorter
 * one (`?v=1`, `?format=json`) is no key, and hiding it would hide each `1` or `json` of every
 * message, the HTTP status among them.
 */
export declare const SECRET_MIN_LENGTH = 6;
/** A URL as it may be shown: without the credentials or query a user may have put in it. */
export declare function displayUrl(url: string): string;
/**
 * The official SDK, one attempt per `complete`. The SDK's own retries are off: `callLlm` retries,
 * so that every attempt is audited. The parameters follow the model family (`model-params.ts`);
 * a parameter the server refuses is changed once, for this attempt's successors and every later
 * request, and the attempt fails saying so. The SDK is loaded at the first request: the offline
 * provider and every command without a call never pay for it.
 */
export declare function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider;
/**
 * How long the server asks us to wait: `retry-after-ms` (OpenAI's own), else `retry-after` in
 * seconds or as an HTTP date. Undefined when absent or unreadable, so that backoff applies.
 */
export declare function retryAfterMs(headers: Headers | undefined, now?: number): number | undefined;
