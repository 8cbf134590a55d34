import type { ReasoningEffort, ResponseFormatChoice } from '../llm/model-params.js';
import type { LlmProvider } from '../llm/provider.js';
export type ProviderName = 'openai' | 'offline';
/** How the openai provider asks: `--reasoning-effort`, `--response-format`, `--timeout`, `--max-completion-tokens`. */
export interface OpenAiSettings {
    reasoningEffort?: ReasoningEffort;
    responseFormat?: ResponseFormatChoice;
    /** Seconds one attempt may take; a stuck request is retried by callLlm. */
    timeout?: number;
    maxCompletionTokens?: number;
}
export interface ProviderSelection extends OpenAiSettings {
    /** `--provider`; when absent, openai if a key is configured, else offline. */
    provider?: ProviderName;
    /** `--model` for the openai provider; on Azure, the deployment. */
    model?: string;
    env?: NodeJS.ProcessEnv;
}
export interface SelectedProvider {
    provider: LlmProvider;
    /** One line for stderr: which provider answers and why. */
    reason: string;
}
/** Generous for a supertask-sized JSON reply from a reasoning model. */
export declare const DEFAULT_TIMEOUT_SECONDS = 120;
/** The most `--timeout` (`timeout`) takes, in seconds. */
export declare const MAX_TIMEOUT_SECONDS = 3600;
/** The most `--max-completion-tokens` (`maxCompletionTokens`) takes. */
export declare const MAX_COMPLETION_TOKENS = 1000000;
export declare function selectProvider({ provider, model, env, ...settings }?: ProviderSelection): SelectedProvider;
