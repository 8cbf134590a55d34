import { setImmediate as nextTurn } from 'node:timers/promises';
import { LEVELS } from '../limits.js';
import { composeAnalysis } from './analysis.js';
import { composeSupertask } from './supertask.js';
import { LlmAttemptError } from '../../llm/provider.js';
import { ExitCode, LyfeError } from '../../errors.js';
export const OFFLINE_MODEL = 'offline-v1';
/**
 * The time written into offline supertasks: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, else 2025-01-01T00:00:00Z. Never the clock: the same input must give
 * the same bytes on every run and every machine.
 */
export const OFFLINE_REFERENCE_TIME = '2025-01-01T00:00:00Z';
/** 9999-12-31T23:59:59Z: a later time is no date-time of the schema's (its year has five digits, or it is no date at all). */
const LAST_EPOCH = 253_402_300_799;
/**
 * Throws, naming SOURCE_DATE_EPOCH, when it is no whole number of seconds (as the reproducible-builds
 * convention asks: a date silently not the one meant is worse than none) or one too large for a lesson's date.
 */
export function offlineTimestamp(env = process.env) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (!epoch)
        return OFFLINE_REFERENCE_TIME;
    const shown = JSON.stringify(epoch.length > 20 ? `${epoch.slice(0, 20)}…` : epoch);
    const refuse = (why) => {
        throw new LyfeError(`SOURCE_DATE_EPOCH ${shown} ${why}`, {
            fix: 'Set SOURCE_DATE_EPOCH to the seconds since 1970-01-01 UTC (`date +%s`), or unset it',
            exitCode: ExitCode.usage,
        });
    };
    if (!/^\d+$/.test(epoch))
        refuse('is not a whole number of seconds since 1970-01-01 UTC');
    if (Number(epoch) > LAST_EPOCH)
        refuse('is after the year 9999: no date of the offline lessons can hold it');
    return new Date(Number(epoch) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
/**
 * Token usage as a model would count it, estimated at four characters per token (OpenAI's rule of
 * thumb for English): offline runs then show comparable, non-zero usage in records and metrics.
 */
export function estimateUsage(request, reply) {
    const promptTokens = Math.ceil(request.messages.reduce((sum, message) => sum + message.content.length, 0) / 4);
    const completionTokens = Math.ceil(reply.length / 4);
    return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}
/**
 * A provider that needs no key and no network: it answers from the task's source text (see
 * `offline/`), deterministically. It goes through `callLlm` like any other provider, so its
 * calls are audited the same way. Each call lets the event loop turn before it answers, as a
 * call that waits on the network does: otherwise one call after another starts as the last one
 * resolves, all in promise callbacks, and until the stage's last call nothing else runs, neither
 * the writing of the outputs already answered nor Ctrl-C.
 */
export function createOfflineProvider() {
    return {
        name: 'offline',
        model: OFFLINE_MODEL,
        source: 'live',
        async complete(request, signal) {
            await nextTurn();
            if (signal?.aborted)
                throw new LlmAttemptError('aborted', { retryable: false });
            // Every request the pipeline makes carries its PipelineTask (prompts.ts).
            const task = request.task;
            let value;
            if (task?.kind === 'analysis') {
                value = composeAnalysis(task.name, task.source);
            }
            else if (task?.kind === 'supertask' && LEVELS.includes(task.level)) {
                value = composeSupertask({ ...task, timestamp: offlineTimestamp() });
            }
            else {
                throw new LlmAttemptError(`not a pipeline task: ${JSON.stringify(task)}`, { retryable: false });
            }
            const text = JSON.stringify(value, null, 2);
            return { text, usage: estimateUsage(request, text), model: OFFLINE_MODEL };
        },
    };
}
