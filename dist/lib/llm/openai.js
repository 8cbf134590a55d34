import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { redactText } from '../records/redact.js';
import { LlmAttemptError } from './provider.js';
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Statuses worth another attempt: request timeout, conflict, rate limit, server errors. */
const RETRYABLE_STATUS = new Set([408, 409, 429]);
/**
 * The official SDK in JSON mode, one attempt per `complete`. The SDK's own retries are off:
 * `callLlm` retries, so that every attempt is audited.
 */
export function createOpenAiProvider(options) {
    const model = options.model ?? DEFAULT_OPENAI_MODEL;
    const baseURL = options.baseURL ?? DEFAULT_OPENAI_BASE_URL;
    // baseURL is always given so that the SDK never falls back to its own reading of the environment.
    const client = new OpenAI({ apiKey: options.apiKey, baseURL, maxRetries: 0, timeout: options.timeoutMs });
    const context = { apiKey: options.apiKey, baseURL, model, timeoutMs: options.timeoutMs };
    return {
        name: 'openai',
        model,
        source: 'live',
        async complete(request, signal) {
            let completion;
            try {
                completion = await client.chat.completions.create({
                    model,
                    messages: request.messages,
                    response_format: { type: 'json_object' },
                    temperature: request.params.temperature,
                    max_tokens: request.params.max_tokens,
                }, { signal });
            }
            catch (error) {
                throw attemptError(error, context);
            }
            const message = completion.choices[0]?.message;
            // An empty or refused reply is not JSON: callLlm feeds that back and asks again.
            const text = message?.content ?? message?.refusal ?? '';
            const usage = completion.usage;
            return {
                text,
                usage: usage
                    ? { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens, total_tokens: usage.total_tokens }
                    : null,
                model: completion.model || model,
                httpStatus: 200,
            };
        },
    };
}
function attemptError(error, context) {
    const clean = (text) => redactText(context.apiKey ? text.split(context.apiKey).join('[REDACTED]') : text);
    if (error instanceof APIUserAbortError) {
        return new LlmAttemptError('request aborted', { retryable: false });
    }
    if (error instanceof APIConnectionTimeoutError) {
        return new LlmAttemptError(`no reply from ${context.baseURL} within ${context.timeoutMs} ms`, { retryable: true });
    }
    if (error instanceof APIConnectionError) {
        const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return new LlmAttemptError(clean(`cannot reach ${context.baseURL}${cause}`), { retryable: true });
    }
    if (error instanceof APIError && typeof error.status === 'number') {
        const status = error.status;
        const detail = clean(error.message);
        if (RETRYABLE_STATUS.has(status) || status >= 500) {
            return new LlmAttemptError(`HTTP ${detail}`, { retryable: true, httpStatus: status, retryAfterMs: retryAfterMs(error.headers) });
        }
        return new LlmAttemptError(`HTTP ${detail}${advice(status, context)}`, { retryable: false, httpStatus: status });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new LlmAttemptError(clean(message), { retryable: false });
}
function advice(status, context) {
    switch (status) {
        case 401:
            return ' (the API key was rejected: check OPENAI_API_KEY)';
        case 403:
            return ` (the API key may not use model ${context.model}: check the key's project and --model)`;
        case 404:
            return ` (no model ${context.model} at ${context.baseURL}: check --model and OPENAI_BASE_URL)`;
        default:
            return '';
    }
}
/**
 * How long the server asks us to wait: `retry-after-ms` (OpenAI's own), else `retry-after` in
 * seconds or as an HTTP date. Undefined when absent or unreadable, so that backoff applies.
 */
export function retryAfterMs(headers, now = Date.now()) {
    const millis = headers?.get('retry-after-ms')?.trim();
    if (millis && Number.isFinite(Number(millis)) && Number(millis) >= 0)
        return Number(millis);
    const after = headers?.get('retry-after')?.trim();
    if (!after)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(after))
        return Math.round(Number(after) * 1000);
    const date = Date.parse(after);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
