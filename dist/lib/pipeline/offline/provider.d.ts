import type { TokenUsage } from '../../records/types.js';
import { type LlmProvider, type LlmRequest } from '../../llm/provider.js';
export declare const OFFLINE_MODEL = "offline-v1";
/**
 * The time written into offline supertasks: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, else 2025-01-01T00:00:00Z. Never the clock: the same input must give
 * the same bytes on every run and every machine.
 */
export declare const OFFLINE_REFERENCE_TIME = "2025-01-01T00:00:00Z";
/**
 * Throws, naming SOURCE_DATE_EPOCH, when it is no whole number of seconds (as the reproducible-builds
 * convention asks: a date silently not the one meant is worse than none) or one too large for a lesson's date.
 */
export declare function offlineTimestamp(env?: NodeJS.ProcessEnv): string;
/**
 * Token usage as a model would count it, estimated at four characters per token (OpenAI's rule of
 * thumb for English): offline runs then show comparable, non-zero usage in records and metrics.
 */
export declare function estimateUsage(request: LlmRequest, reply: string): TokenUsage;
/**
 * A provider that needs no key and no network: it answers from the task's source text (see
 * `offline/`), deterministically. It goes through `callLlm` like any other provider, so its
 * calls are audited the same way. Each call lets the event loop turn before it answers, as a
 * call that waits on the network does: otherwise one call after another starts as the last one
 * resolves, all in promise callbacks, and until the stage's last call nothing else runs, neither
 * the writing of the outputs already answered nor Ctrl-C.
 */
export declare function createOfflineProvider(): LlmProvider;
