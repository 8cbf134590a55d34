import { ExitCode, LyfeError } from '../errors.js';
import { createOfflineProvider } from './offline/provider.js';
import { createOpenAiProvider, DEFAULT_OPENAI_MODEL } from '../llm/openai.js';
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

/** Generous for a supertask-sized JSON reply; a stuck request is retried by callLlm. */
const OPENAI_TIMEOUT_MS = 120_000;

export function selectProvider({ provider, model, env = process.env }: ProviderSelection = {}): SelectedProvider {
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  const choice = provider ?? (apiKey ? 'openai' : 'offline');
  const why = provider ? '--provider' : apiKey ? 'OPENAI_API_KEY is set' : 'no OPENAI_API_KEY set';

  if (choice === 'offline') {
    return { provider: createOfflineProvider(), reason: `provider offline (${why})` };
  }
  if (!apiKey) {
    throw new LyfeError('the openai provider needs an API key', {
      fix: 'Set OPENAI_API_KEY, or choose the offline provider',
      exitCode: ExitCode.usage,
    });
  }
  const baseURL = env.OPENAI_BASE_URL?.trim() || undefined;
  const selected = createOpenAiProvider({ apiKey, baseURL, model: model ?? DEFAULT_OPENAI_MODEL, timeoutMs: OPENAI_TIMEOUT_MS });
  const where = baseURL ? ` at ${baseURL}` : '';
  return { provider: selected, reason: `provider openai, model ${selected.model}${where} (${why})` };
}
