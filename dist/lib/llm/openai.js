import { isDeepStrictEqual } from 'node:util';
import { redactEchoes, redactText } from '../records/redact.js';
import { excerpt, pageTitle } from './page-text.js';
import { adaptationFor, requestParams } from './model-params.js';
import { LlmAttemptError } from './provider.js';
/**
 * OpenAI's recommendation for latency- and cost-sensitive work ("Choosing a model" in the models
 * guide): a reasoning model with Structured Outputs, at $0.75 / $4.50 per million tokens in / out.
 */
export const DEFAULT_OPENAI_MODEL = 'gpt-5.4-mini';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
/**
 * The shortest API key or base URL query value kept out of messages (docs/providers.md): a shorter
 * one (`?v=1`, `?format=json`) is no key, and hiding it would hide each `1` or `json` of every
 * message, the HTTP status among them.
 */
export const SECRET_MIN_LENGTH = 6;
const RETRYABLE_STATUS = new Set([408, 409, 429]);
/** Server errors that no retry lifts (Not Implemented, HTTP Version Not Supported): what the server says, in our words. */
const PERMANENT_SERVER_STATUS = new Map([
    [501, 'does not implement this request'],
    [505, 'does not take the HTTP version of the request'],
]);
/**
 * Whether an HTTP status, the server's or that of a model behind a proxy, is worth another attempt:
 * request timeout, conflict, rate limit, a server error but one that says the request is never served.
 */
function retryableStatus(status) {
    return RETRYABLE_STATUS.has(status) || (status >= 500 && status < 600 && !PERMANENT_SERVER_STATUS.has(status));
}
/** A URL as it may be shown: without the credentials or query a user may have put in it. */
export function displayUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        // Written without `//` (`user:password@host/v1`, `localhost:8000/v1`), a URL reads as a scheme
        // and a path, the user part in the path: shown as the host and path the user meant.
        if (!parsed.host)
            return parsed.toString().replace(/^[^?#]*@/, '');
        return parsed.toString().replace(/\/$/, '');
    }
    catch {
        return '(an unreadable URL)';
    }
}
/**
 * A base URL split into the URL the SDK is given and its query (a gateway's key, `?key=...`), which
 * the SDK sends with every request (`defaultQuery`): given whole, the query would end up before
 * the request's path.
 */
function splitBaseUrl(url) {
    const parsed = new URL(url);
    const query = Object.fromEntries(parsed.searchParams);
    parsed.search = '';
    parsed.hash = '';
    return { baseURL: parsed.toString(), query };
}
/**
 * The official SDK, one attempt per `complete`. The SDK's own retries are off: `callLlm` retries,
 * so that every attempt is audited. The parameters follow the model family (`model-params.ts`);
 * a parameter the server refuses is changed once, for this attempt's successors and every later
 * request, and the attempt fails saying so. The SDK is loaded at the first request: the offline
 * provider and every command without a call never pay for it.
 */
export function createOpenAiProvider(options) {
    const model = options.model ?? DEFAULT_OPENAI_MODEL;
    const settings = {
        responseFormat: options.responseFormat ?? 'auto',
        reasoningEffort: options.reasoningEffort,
        maxCompletionTokens: options.maxCompletionTokens,
    };
    // baseURL (or Azure's endpoint) is always given so that the SDK never falls back to its own reading of the environment:
    // Azure's client is given a baseURL of null, else it reads OPENAI_BASE_URL and refuses it beside the endpoint.
    const { baseURL, query } = splitBaseUrl(options.baseURL ?? DEFAULT_OPENAI_BASE_URL);
    let connected;
    const connect = () => (connected ??= Promise.all([import('openai'), import('./http-fetch.js')]).then(([sdk, { modelFetch, withOpenAiErrors }]) => {
        const common = { apiKey: options.apiKey, maxRetries: 0, timeout: options.timeoutMs, fetch: withOpenAiErrors(modelFetch() ?? fetch) };
        return {
            sdk,
            client: options.azure
                ? new sdk.AzureOpenAI({ ...common, baseURL: null, endpoint: options.azure.endpoint, apiVersion: options.azure.apiVersion, deployment: model })
                : new sdk.default({ ...common, baseURL, defaultQuery: Object.keys(query).length ? query : undefined }),
        };
    }));
    const where = displayUrl(options.azure?.endpoint ?? options.baseURL ?? DEFAULT_OPENAI_BASE_URL);
    // The query's values are a gateway's keys as much as the API key is: no message repeats them.
    const secrets = [options.apiKey, ...Object.values(query)].filter((secret) => secret.length >= SECRET_MIN_LENGTH);
    const urlName = options.azure ? 'AZURE_OPENAI_ENDPOINT' : 'OPENAI_BASE_URL';
    const context = { secrets, where, urlName, keyName: options.keyName ?? 'OPENAI_API_KEY', apiVersion: options.azure?.apiVersion, model, timeoutMs: options.timeoutMs, responseFormat: settings.responseFormat };
    const adaptations = new Map();
    return {
        name: 'openai',
        model,
        endpoint: where,
        source: 'live',
        ...(options.azure ? { azure: true } : {}),
        async prepare() {
            await connect();
        },
        async complete(request, signal) {
            const { sdk, client } = await connect();
            const params = requestParams(model, request, settings, adaptations);
            let completion;
            const attempt = signal && attemptSignal(signal);
            try {
                completion = await client.chat.completions.create({ model, messages: request.messages, ...params }, {
                    signal: attempt?.signal,
                });
            }
            catch (error) {
                // The SDK read a JSON reply that is not JSON (cut short by a proxy, say).
                if (error instanceof SyntaxError)
                    throw notACompletion200(`a body that is not JSON (${error.message}), not a chat completion`, context, params);
                const refused = error instanceof sdk.APIError && typeof error.status === 'number' ? { status: error.status, code: error.code, param: error.param, message: error.message } : undefined;
                const adapted = refused && adaptationFor(refused, params, settings, adaptations);
                if (adapted) {
                    adaptations.set(adapted.param, adapted.adaptation);
                    throw new LlmAttemptError(`HTTP ${clean(error, context)}`, { retryable: true, httpStatus: refused.status, adaptation: adapted.note, params, cause: error });
                }
                // Sent before another request's refusal adapted a parameter (requests go out together): sent again as adapted.
                if (refused && (refused.status === 400 || refused.status === 422) && !isDeepStrictEqual(requestParams(model, request, settings, adaptations), params)) {
                    const note = 'refused as sent before the parameters were adapted for an earlier refusal: sent again as adapted';
                    throw new LlmAttemptError(`HTTP ${clean(error, context)}`, { retryable: true, httpStatus: refused.status, adaptation: note, params, cause: error });
                }
                throw attemptError(error, sdk, context, params);
            }
            finally {
                attempt?.end();
            }
            completion = chatCompletion(completion, context, params);
            const choice = completion.choices[0];
            const message = choice?.message;
            return {
                text: messageText(message?.content),
                refusal: message?.refusal ?? undefined,
                finishReason: choice?.finish_reason,
                usage: completion.usage ?? null,
                model: completion.model || model,
                httpStatus: 200,
                params,
            };
        },
    };
}
/** The attempts in flight under a caller's signal, and the one listener that aborts them all. */
const attemptsInFlight = new WeakMap();
/**
 * A signal of one attempt's own, aborted with the caller's. The SDK adds an abort listener to the
 * signal of each request and never removes it: the caller's signal, which lives as long as the
 * run, would collect one per call, each holding its request's controller (Node warns past ten;
 * `AbortSignal.any` retains more in Node 20). The caller's signal has one listener for all the
 * attempts in flight instead, removed when the last one ends.
 */
function attemptSignal(signal) {
    const controller = new AbortController();
    if (signal.aborted) {
        controller.abort(signal.reason);
        return { signal: controller.signal, end: () => { } };
    }
    let attempts = attemptsInFlight.get(signal);
    if (!attempts) {
        const controllers = new Set();
        const abort = () => controllers.forEach((inFlight) => inFlight.abort(signal.reason));
        attempts = { controllers, abort };
        attemptsInFlight.set(signal, attempts);
        signal.addEventListener('abort', abort, { once: true });
    }
    const { controllers, abort } = attempts;
    controllers.add(controller);
    return {
        signal: controller.signal,
        end: () => {
            controllers.delete(controller);
            if (controllers.size > 0)
                return;
            signal.removeEventListener('abort', abort);
            attemptsInFlight.delete(signal);
        },
    };
}
/** A message as it may be shown and recorded: without the secrets a server may have repeated, in any form (`redactEchoes`). */
function scrub(message, context) {
    return redactText(redactEchoes(message, context.secrets));
}
/** Errors of a connection that was never made, so no byte of the request reached the server. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);
/** Whether a connection error (or one of its causes, as `fetch` nests them) says the connection was never made. */
function neverConnected(error) {
    for (let cause = error, depth = 0; cause instanceof Object && depth < 5; cause = cause.cause, depth++) {
        const code = cause.code;
        if (typeof code === 'string' && NOT_CONNECTED.has(code))
            return true;
    }
    return false;
}
function clean(error, context) {
    return scrub(error.message, context);
}
/** The failure of an attempt answered HTTP 200 with `what` instead of a chat completion. */
function notACompletion200(what, context, params, retryable = false) {
    return new LlmAttemptError(scrub(`${context.where} answered HTTP 200 with ${what}`, context), { retryable, httpStatus: 200, params });
}
/**
 * The chat completion a 200 answer holds, or the failure that says what it holds instead, as
 * compatible servers and proxies answer: an error object (Ollama's `{"error": ...}`, vLLM's
 * `{"object": "error", ...}`), a web page, an event stream, an empty body. The SDK gives a body
 * that is not declared JSON as text: one that is a completion all the same is read as one.
 */
function chatCompletion(answer, context, params) {
    let value = answer;
    if (typeof value === 'string') {
        const text = value.trim();
        if (text === '')
            throw notACompletion200('an empty body, not a chat completion', context, params);
        if (/^(data|event|id):/.test(text)) {
            throw notACompletion200('an event stream, not one chat completion: lyfe-kt asks for replies with stream off, which this server does not answer', context, params);
        }
        if (/^<(!doctype|html|\?xml|head|body)/i.test(text)) {
            const title = pageTitle(text)?.trim();
            throw notACompletion200(`a web page${title ? ` ("${excerpt(title, 100)}")` : ''}, not a chat completion: check ${context.urlName}, the server's /v1 URL`, context, params);
        }
        try {
            value = JSON.parse(text);
        }
        catch {
            throw notACompletion200(`a text body ("${excerpt(text)}"), not a chat completion: check ${context.urlName}, the server's /v1 URL`, context, params);
        }
    }
    if (value === undefined || value === null)
        throw notACompletion200('an empty body, not a chat completion', context, params);
    const body = value;
    if (typeof body === 'object' && Array.isArray(body.choices)) {
        if (body.choices.length === 0)
            throw notACompletion200('no reply in it (no choices)', context, params);
        return body;
    }
    const error = typeof body === 'object' ? (body.error ?? (body.object === 'error' ? body : undefined)) : undefined;
    if (error !== undefined) {
        const fields = (typeof error === 'object' && error !== null ? error : {});
        const message = typeof error === 'string' ? error : typeof fields.message === 'string' ? fields.message : JSON.stringify(error);
        // A proxy's error for the model behind it, by that model's status: a rate limit or an outage is worth another attempt.
        const status = Number(fields.code ?? fields.status);
        const retryable = Number.isInteger(status) && retryableStatus(status);
        throw notACompletion200(`an error instead of a reply: ${excerpt(message, 500)}`, context, params, retryable);
    }
    throw notACompletion200(`no chat completion: ${excerpt(JSON.stringify(value))}`, context, params);
}
/**
 * The text of a reply's content: a string, as OpenAI answers, or a list of parts, as some
 * compatible servers answer (`[{ "type": "thinking", ... }, { "type": "text", "text": "..." }]`):
 * the text of its text parts, in order.
 */
function messageText(content) {
    if (typeof content === 'string')
        return content;
    if (!Array.isArray(content))
        return '';
    return content
        .filter((part) => typeof part === 'object' && part !== null && part.type === 'text' && typeof part.text === 'string')
        .map((part) => part.text)
        .join('');
}
function attemptError(error, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError }, context, params) {
    if (error instanceof APIUserAbortError) {
        return new LlmAttemptError('request aborted', { retryable: false, aborted: true, params });
    }
    if (error instanceof APIConnectionTimeoutError) {
        // --timeout is given in seconds: the limit is said in them.
        const seconds = context.timeoutMs / 1000;
        return new LlmAttemptError(`no reply from ${context.where} within ${seconds} s (raise it with --timeout, in seconds)`, {
            retryable: true,
            params,
            fix: `Raise --timeout above ${seconds} (seconds), or check that the server answers`,
        });
    }
    if (error instanceof APIConnectionError) {
        const cause = error.cause instanceof Error ? `: ${scrub(error.cause.message, context)}` : '';
        const unsent = neverConnected(error);
        // A connection never made is a server that is not there, or a URL that names none: what to check, rather than the prompt audit.
        const official = !context.apiVersion && context.where === displayUrl(DEFAULT_OPENAI_BASE_URL);
        const fix = official ? `Check this machine's connection to ${context.where}` : `Check ${context.urlName} (${context.where}), and that its server is running`;
        return new LlmAttemptError(`cannot reach ${context.where}${cause}`, { retryable: true, params, unsent, ...(unsent ? { fix } : {}) });
    }
    if (error instanceof APIError && typeof error.status === 'number') {
        const status = error.status;
        const detail = clean(error, context);
        // A spent quota is answered 429 as a rate limit is, but no wait lifts it: only credit does.
        if (status === 429 && (error.code === 'insufficient_quota' || error.type === 'insufficient_quota')) {
            return new LlmAttemptError(`HTTP ${detail} (the quota of the API key's project is spent: a retry fails the same way until credit is added)`, {
                retryable: false,
                httpStatus: status,
                params,
                fix: `Check the plan and billing of the project of ${context.keyName}, or use another key`,
            });
        }
        if (retryableStatus(status)) {
            const wait = retryAfterMs(error.headers) ?? retryAfterInMessage(error.message);
            return new LlmAttemptError(`HTTP ${detail}`, { retryable: true, httpStatus: status, retryAfterMs: wait, params });
        }
        const permanent = PERMANENT_SERVER_STATUS.get(status);
        if (permanent) {
            return new LlmAttemptError(`HTTP ${detail} (the server at ${context.where} ${permanent}: a retry fails the same way)`, {
                retryable: false,
                httpStatus: status,
                params,
                fix: context.apiVersion
                    ? `Check ${context.urlName} (${context.where}) and OPENAI_API_VERSION (${context.apiVersion})`
                    : `Check ${context.urlName} (${context.where}): it must be the /v1 URL of a server that answers chat completions`,
            });
        }
        if ((status === 400 || status === 404) && answersNoChat(error.message)) {
            const what = context.apiVersion ? 'deployment' : 'model';
            return new LlmAttemptError(`HTTP ${detail} (${what} ${context.model} does not answer the chat-completions API, which lyfe-kt uses)`, {
                retryable: false,
                httpStatus: status,
                params,
                fix: context.apiVersion ? 'Name with --model a deployment of a model that answers chat completions' : 'Choose a model that answers chat completions with --model',
            });
        }
        return new LlmAttemptError(`HTTP ${detail}${advice(error, context, params)}`, {
            retryable: false,
            httpStatus: status,
            params,
            ...(status === 401 ? { fix: `Check ${context.keyName}` } : {}),
        });
    }
    const message = error instanceof Error ? clean(error, context) : scrub(String(error), context);
    return new LlmAttemptError(message, { retryable: false, params });
}
function advice(error, context, params) {
    switch (error.status) {
        case 401:
            return ` (the API key was rejected: check ${context.keyName})`;
        case 403:
            return context.apiVersion
                ? ` (the API key may not use deployment ${context.model}: check ${context.keyName}, --model and the resource's network rules)`
                : ` (the API key may not use model ${context.model}: check the key's project and --model)`;
        case 404:
            // Azure answers an API version it does not have with a 404 as well.
            return context.apiVersion
                ? ` (no deployment ${context.model} at ${context.where} with API version ${context.apiVersion}: check --model (the deployment's name), AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION)`
                : ` (no model ${context.model} at ${context.where}: check --model and OPENAI_BASE_URL)`;
        default: {
            if (error.code === 'content_filter') {
                // Azure's: `innererror.content_filter_result` says, per category, whether it filtered and how severe it judged the prompt.
                const result = (error.error?.innererror?.content_filter_result ?? {});
                const stopped = Object.entries(result)
                    .filter(([, verdict]) => verdict?.filtered === true)
                    .map(([category, verdict]) => {
                    const severity = verdict.severity;
                    return typeof severity === 'string' ? `${category} (${severity})` : category;
                });
                return ` (Azure's content filter stopped the prompt${stopped.length ? `: ${stopped.join(', ')}` : ''}; leave this file out, or have the deployment's content filter changed)`;
            }
            if (context.apiVersion && /api[- ]?version/i.test(error.message))
                return ` (check OPENAI_API_VERSION, ${context.apiVersion} now)`;
            if (promptOverflows(error.message)) {
                return ` (the prompt alone is more than ${context.apiVersion ? 'deployment' : 'model'} ${context.model} takes: shorten or split the article, or use a model with a larger context window)`;
            }
            const tokens = params.max_completion_tokens ?? params.max_tokens;
            if (tokens !== undefined && /max_(completion_)?tokens|context length|maximum context/i.test(`${error.param} ${error.message}`)) {
                const most = /at most (\d+)/i.exec(error.message)?.[1];
                return ` (${tokens} tokens were asked for the reply: set --max-completion-tokens lower${most ? `, at most ${most}` : ''})`;
            }
            return params.response_format.type === 'json_schema' && /response_format|json_schema/i.test(`${error.param} ${error.message}`)
                ? ` (the server refused Structured Outputs: use --response-format ${context.responseFormat === 'auto' ? 'json_object' : 'auto or json_object'})`
                : '';
        }
    }
}
/**
 * Whether the server says the model takes no chat completions, only the Responses API (`gpt-5-pro`,
 * `o3-pro`, the codex models: OpenAI's 404 `only supported in v1/responses`, or `not a chat model`)
 * or another operation (Azure's 400 `OperationNotSupported`): the model exists, and no other
 * URL or key reaches it through this API.
 */
function answersNoChat(message) {
    return /only supported in v1\/responses|not a chat model|chatCompletion operation does not work/i.test(message);
}
/**
 * Whether a context-length error says the prompt alone does not fit, as OpenAI (`your messages
 * resulted in N tokens`, `Input tokens exceed the configured limit`) and vLLM (`your request has N
 * input tokens`) word it, or counts it (`N in the messages` of a context of at most N): then no
 * lower token limit for the reply helps.
 */
function promptOverflows(message) {
    if (/your messages resulted in \d+ tokens|input tokens exceed|your request has \d+ input tokens/i.test(message))
        return true;
    const context = /maximum context length is (\d+)/i.exec(message)?.[1];
    const messages = /\((\d+) in the messages/i.exec(message)?.[1];
    return context !== undefined && messages !== undefined && Number(messages) >= Number(context);
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
/** A duration as OpenAI's rate-limit messages write it: `1.2s`, `450ms`, `1m3.5s`, `6m0s`. */
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * How long an error's message asks to wait, for a server that says it there and in no header:
 * OpenAI's rate limits (`Please try again in 1.2s`, `in 6m0s`, `in 450ms`), Azure's (`Please retry
 * after 33 seconds`). Undefined when the message names no wait, so that backoff applies.
 */
function retryAfterInMessage(message) {
    const seconds = /retry after (\d+(?:\.\d+)?) seconds?/i.exec(message)?.[1];
    if (seconds !== undefined)
        return Math.round(Number(seconds) * 1000);
    const duration = /try again in ((?:\d+(?:\.\d+)?(?:ms|h|m|s))+)\b/i.exec(message)?.[1];
    if (duration === undefined)
        return undefined;
    let ms = 0;
    for (const [, amount, unit] of duration.matchAll(DURATION_PART))
        ms += Number(amount) * UNIT_MS[unit];
    return Math.round(ms);
}
