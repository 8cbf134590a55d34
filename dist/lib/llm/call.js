import { randomBytes } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import { LyfeError } from '../errors.js';
import { auditRecord } from '../records/writer.js';
import { Events, INTERRUPTED } from '../records/types.js';
import { totalTokens } from '../records/values.js';
import { DEFAULT_LOG_DIR, DEFAULT_WORK_DIR } from '../session/store.js';
import { LlmAttemptError } from './provider.js';
/**
 * The command the fixes of failed calls name: the prompt audit of the work folder's session, in the
 * default folders. An edge whose records are elsewhere (a build's) puts its own command in its place.
 */
export const PROMPT_AUDIT_COMMAND = '`lyfe-kt logs --prompts`';
/** The command that prints the prompt audit of the session of `workDir`, recorded in `logDir`. */
export function folderAuditCommand(workDir, logDir) {
    return workDir === DEFAULT_WORK_DIR && logDir === DEFAULT_LOG_DIR ? PROMPT_AUDIT_COMMAND : `\`lyfe-kt logs --prompts --work-dir ${workDir} --log-dir ${logDir}\``;
}
/** `fix` naming `command` where it names the prompt audit of the default folders. */
export const withAuditCommand = (fix, command) => fix.replaceAll(PROMPT_AUDIT_COMMAND, command);
/** `error` naming `command` in its fix where it names the prompt audit of the default folders; other errors as they are. */
export function namingAuditCommand(error, command) {
    if (!(error instanceof LyfeError) || !error.fix?.includes(PROMPT_AUDIT_COMMAND) || command === PROMPT_AUDIT_COMMAND)
        return error;
    return new LyfeError(error.message, { file: error.file, fix: withAuditCommand(error.fix, command), exitCode: error.exitCode, cause: error.cause ?? error });
}
/** The first step of every check: the reply as JSON, or the error that rejects it. */
export function parseJsonReply(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        return { errors: [`the reply is not JSON: ${error.message}`] };
    }
}
const sleepFor = (ms, signal) => wait(ms, undefined, { signal });
const MAX_RETRY_AFTER_MS = 60_000;
/** Parameters a provider may adapt after a refusal (token limit, temperature, reasoning effort, response format). */
const MAX_ADAPTATIONS = 4;
/** The usage of all attempts of a call, the details summed where the server gave them. */
function addUsage(total, usage) {
    total.prompt_tokens += usage.prompt_tokens;
    total.completion_tokens += usage.completion_tokens;
    total.total_tokens += totalTokens(usage);
    const cached = usage.prompt_tokens_details?.cached_tokens;
    if (typeof cached === 'number')
        total.prompt_tokens_details = { cached_tokens: (total.prompt_tokens_details?.cached_tokens ?? 0) + cached };
    const reasoning = usage.completion_tokens_details?.reasoning_tokens;
    if (typeof reasoning === 'number')
        total.completion_tokens_details = { reasoning_tokens: (total.completion_tokens_details?.reasoning_tokens ?? 0) + reasoning };
}
/**
 * The one path every LLM call takes. Each attempt, accepted, retried or failed, becomes one
 * prompt-audit record of the current session, linked to the call's output files.
 */
export async function callLlm(provider, request, options) {
    const callId = `call_${randomBytes(6).toString('hex')}`;
    const maxTransportRetries = options.maxTransportRetries ?? 4;
    const maxRepairs = options.maxRepairs ?? 2;
    const maxAttempts = 1 + maxTransportRetries + maxRepairs + MAX_ADAPTATIONS;
    const sleep = options.sleep ?? sleepFor;
    const { signal } = options;
    const usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
    let messages = request.messages;
    let transportRetries = 0;
    let repairs = 0;
    let adaptations = 0;
    // What the request and attempt records say of the server: an Azure OpenAI one is named.
    const server = provider.azure ? { azure: true } : {};
    const interrupted = (cause) => new LyfeError(`${request.purpose} interrupted`, { file: options.file ?? options.input[0], fix: 'Run the command again to make this call', cause });
    // A provider that cannot load fails its first attempt, which says why.
    await provider.prepare?.().catch(() => undefined);
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw interrupted(signal.reason);
        const started = performance.now();
        const audit = (outcome, response, extra = {}) => {
            const data = {
                call_id: callId,
                attempt,
                max_attempts: maxAttempts,
                purpose: request.purpose,
                provider: provider.name,
                model: response?.model ?? provider.model,
                params: response?.params ?? request.params,
                messages,
                response: response?.text ?? null,
                usage: response?.usage ?? null,
                latency_ms: Math.round(performance.now() - started),
                outcome,
                source: provider.source,
                ...server,
                ...(response?.finishReason === undefined ? {} : { finish_reason: response.finishReason }),
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
            data: { call_id: callId, attempt, purpose: request.purpose, provider: provider.name, model: provider.model, source: provider.source, ...server },
        });
        let response;
        try {
            response = await provider.complete({ ...request, messages }, signal);
        }
        catch (error) {
            const failure = error instanceof LlmAttemptError ? error : new LlmAttemptError(String(error?.message ?? error), { retryable: false, cause: error });
            const params = { params: failure.params ?? request.params, http_status: failure.httpStatus, ...(failure.unsent ? { sent: false } : {}) };
            if (failure.aborted || signal?.aborted) {
                audit('failed', undefined, { ...params, reason: INTERRUPTED });
                throw interrupted(signal?.reason ?? failure);
            }
            if (failure.adaptation && adaptations < MAX_ADAPTATIONS) {
                // The server refused a parameter and the provider changed it: ask again at once.
                adaptations++;
                audit('retry', undefined, { ...params, reason: failure.message, adaptation: failure.adaptation });
                continue;
            }
            const retry = failure.retryable && !failure.adaptation && transportRetries < maxTransportRetries;
            audit(retry ? 'retry' : 'failed', undefined, { ...params, reason: failure.message });
            if (!retry) {
                throw new LyfeError(`${request.purpose} failed after ${attempt} attempt(s): ${failure.message}`, {
                    file: options.file ?? options.input[0],
                    fix: failure.fix ?? `See the prompt audit of this session (${PROMPT_AUDIT_COMMAND})`,
                    cause: failure,
                });
            }
            transportRetries++;
            const backoff = failure.retryAfterMs ?? (options.retryBaseMs ?? 500) * 2 ** (transportRetries - 1);
            try {
                await sleep(Math.min(backoff, MAX_RETRY_AFTER_MS), signal);
            }
            catch (error) {
                if (signal?.aborted)
                    throw interrupted(signal.reason);
                throw error;
            }
            continue;
        }
        if (response.usage)
            addUsage(usage, response.usage);
        if (response.refusal) {
            audit('failed', response, { refusal: response.refusal, reason: `the model refused: ${response.refusal}`, http_status: response.httpStatus });
            throw new LyfeError(`${request.purpose}: the model refused to answer: ${response.refusal}`, {
                file: options.file ?? options.input[0],
                fix: `Read the refusal in the prompt audit (${PROMPT_AUDIT_COMMAND}); try another --model, or leave this file out`,
            });
        }
        if (response.finishReason === 'content_filter') {
            // Sending it back for repair would only be filtered again, and paid again.
            const reason = "the reply was stopped by the provider's content filter";
            audit('failed', response, { reason, http_status: response.httpStatus });
            throw new LyfeError(`${request.purpose}: ${reason}`, {
                file: options.file ?? options.input[0],
                fix: `Read what was sent in the prompt audit (${PROMPT_AUDIT_COMMAND}); leave this file out, or try another --model or provider`,
            });
        }
        if (response.finishReason === 'length') {
            const limit = tokenLimit(response.params ?? request.params);
            const reasoning = response.usage?.completion_tokens_details?.reasoning_tokens;
            const spent = reasoning ? `, ${reasoning} of them on reasoning` : '';
            const reason = `the reply was cut off by the token limit (${limit.name} ${limit.value}${spent})`;
            audit('failed', response, { truncated: true, reason, http_status: response.httpStatus });
            throw new LyfeError(`${request.purpose}: ${reason}`, {
                file: options.file ?? options.input[0],
                fix: `Raise the limit with --max-completion-tokens (above ${limit.value})${reasoning ? ', or lower --reasoning-effort' : ''}`,
            });
        }
        // No text at all (content null: a tool call, a server that put everything elsewhere) is said as such, not as a JSON parse error.
        const empty = response.text.trim() === '';
        const checked = empty ? { errors: [emptyReply(response.finishReason)] } : options.check(response.text);
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
        // No reply was JSON, though the request asked for it: a server that ignores a JSON Schema may keep to JSON mode.
        const sent = response.params ?? request.params;
        const format = sent.response_format?.type;
        const hint = format === 'json_schema' && !empty ? '; a server that ignores Structured Outputs may answer in JSON with --response-format json_object, or try another --model' : '';
        throw new LyfeError(`${request.purpose} gave no usable reply after ${attempt} attempt(s): ${reason}`, {
            file: options.file ?? options.input[0],
            fix: `See the replies in the prompt audit of this session (${PROMPT_AUDIT_COMMAND})${hint}`,
        });
    }
}
/** Why a reply without text is rejected, by why the model stopped. */
function emptyReply(finishReason) {
    const stopped = finishReason === undefined ? '' : ` (finish reason ${finishReason})`;
    return finishReason === 'tool_calls' ? `the reply is empty: the model called a tool instead of answering, though none was offered${stopped}` : `the reply is empty${stopped}`;
}
/** The output token limit an attempt was sent with, by the name it was sent under. */
function tokenLimit(params) {
    const name = 'max_completion_tokens' in params ? 'max_completion_tokens' : 'max_tokens';
    return { name, value: params[name] };
}
