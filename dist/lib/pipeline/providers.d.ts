import type { LlmProvider } from '../llm/provider.js';
export type ProviderName = 'openai' | 'offline';
export interface ProviderSelection {
    /** `--provider`; when absent, openai if a key is configured, else offline. */
    provider?: ProviderName;
    /** `--model` for the openai provider. */
    model?: string;
    env?: NodeJS.ProcessEnv;
}
export interface SelectedProvider {
    provider: LlmProvider;
    /** One line for stderr: which provider answers and why. */
    reason: string;
}
export declare function selectProvider({ provider, model, env }?: ProviderSelection): SelectedProvider;
