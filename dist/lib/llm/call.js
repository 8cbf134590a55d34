import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LyfeError } from '../errors.js';
import { auditRecord } from '../records/writer.js';
import { Events } from '../records/types.js';
import { LlmAttemptError } from './provider.js';
/** The first step of every check: the reply as JSON, or the error that rejects it. */
export function parseJsonReply(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        return { errors: [`the reply is not JSON: ${error.message}`] };
    }
}
const MAX_RETRY_AFTER_MS = 60_000;
/**
 * The one path every LLM call takes. Each attempt, accepted, retried or failed, becomes one
 * prompt-audit record of the current session, linked to the call's output files.
 */
export async function callLlm(provider, request, options) {
    const callId = `call_${randomBytes(6).toString('hex')}`;
    const maxTransportRetries = options.maxTransportRetries ?? 4;
    const maxRepairs = options.maxRepairs ?? 2;
    const maxAttempts = 1 + maxTransportRetries + maxRepairs;
    const usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
    let messages = request.messages;
    let transportRetries = 0;
    let repairs = 0;
    for (let attempt = 1;; attempt++) {
        const started = performance.now();
        const audit = (outcome, response, extra = {}) => {
            const data = {
                call_id: callId,
                attempt,
                max_attempts: maxAttempts,
                purpose: request.purpose,
                provider: provider.name,
                model: response?.model ?? provider.model,
                params: request.params,
                messages,
                response: response?.text ?? null,
                usage: response?.usage ?? null,
                latency_ms: Math.round(performance.now() - started),
                outcome,
                source: provider.source,
                ...extra,
            };
            const level = outcome === 'ok' ? 'info' : outcome === 'retry' ? 'warn' : 'error';
            const what = extra.reason ? `: ${extra.reason}` : '';
            auditRecord(level, Events.llmAttempt, `${request.purpose} attempt ${attempt} ${outcome}${what}`, {
                input: options.input,
                output: options.output,
                data: { ...data },
            });
        };
        auditRecord('debug', Events.llmRequest, `${request.purpose} attempt ${attempt} sent`, {
            input: options.input,
            output: options.output,
            data: { call_id: callId, attempt, purpose: request.purpose, provider: provider.name, model: provider.model, source: provider.source },
        });
        let response;
        try {
            response = await provider.complete({ ...request, messages });
        }
        catch (error) {
            const failure = error instanceof LlmAttemptError ? error : new LlmAttemptError(String(error?.message ?? error), { retryable: false, cause: error });
            const retry = failure.retryable && transportRetries < maxTransportRetries;
            audit(retry ? 'retry' : 'failed', undefined, { reason: failure.message, http_status: failure.httpStatus });
            if (!retry) {
                throw new LyfeError(`${request.purpose} failed after ${attempt} attempt(s): ${failure.message}`, {
                    file: options.input[0],
                    fix: failure.httpStatus === 401 ? 'Check OPENAI_API_KEY' : 'See the prompt audit of this session (`lyfe-kt logs --prompts`)',
                    cause: failure,
                });
            }
            transportRetries++;
            const backoff = failure.retryAfterMs ?? (options.retryBaseMs ?? 500) * 2 ** (transportRetries - 1);
            await sleep(Math.min(backoff, MAX_RETRY_AFTER_MS));
            continue;
        }
        if (response.usage) {
            usage.prompt_tokens += response.usage.prompt_tokens;
            usage.completion_tokens += response.usage.completion_tokens;
            usage.total_tokens += response.usage.total_tokens;
        }
        const checked = options.check(response.text);
        if (checked.errors.length === 0 && checked.value !== undefined) {
            audit('ok', response, { http_status: response.httpStatus });
            return { callId, value: checked.value, errors: [], attempts: attempt, usage };
        }
        const reason = checked.errors.slice(0, 10).join('; ');
        if (repairs < maxRepairs) {
            audit('retry', response, { reason, http_status: response.httpStatus });
            repairs++;
            messages = [
                ...request.messages,
                { role: 'assistant', content: response.text },
                { role: 'user', content: `Your reply was rejected:\n- ${checked.errors.slice(0, 20).join('\n- ')}\nReply again with the corrected JSON object only.` },
            ];
            continue;
        }
        if (checked.value !== undefined) {
            // Kept although invalid: the pipeline writes it and reports it, never hides it.
            audit('ok', response, { reason: `kept with ${checked.errors.length} validation error(s): ${reason}`, http_status: response.httpStatus });
            return { callId, value: checked.value, errors: checked.errors, attempts: attempt, usage };
        }
        audit('failed', response, { reason, http_status: response.httpStatus });
        throw new LyfeError(`${request.purpose} gave no usable reply after ${attempt} attempt(s): ${reason}`, {
            file: options.input[0],
            fix: 'See the prompt audit of this session (`lyfe-kt logs --prompts`)',
        });
    }
}
