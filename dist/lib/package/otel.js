import { createHash } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import { ExitCode, LyfeError } from '../errors.js';
import { webPageMessage } from '../llm/page-text.js';
import { displayUrl, retryAfterMs, SECRET_MIN_LENGTH } from '../llm/openai.js';
import { costTotal } from '../records/cost.js';
import { redactEchoes } from '../records/redact.js';
import { SessionModel, STREAMS_IN_ORDER } from '../records/session-model.js';
import { VERSION } from '../version.js';
import { packageRecordsToShow } from './archive.js';
const SpanKind = { internal: 1, client: 3 };
const STATUS_ERROR = 2;
function anyValue(value) {
    if (typeof value === 'string')
        return { stringValue: value };
    if (typeof value === 'bigint')
        return { intValue: value.toString() };
    if (typeof value === 'number')
        return { doubleValue: value };
    if (typeof value === 'boolean')
        return { boolValue: value };
    return { arrayValue: { values: value.map((item) => ({ stringValue: item })) } };
}
function attributes(values) {
    return Object.entries(values).flatMap(([key, value]) => (value === null || value === undefined ? [] : [{ key, value: anyValue(value) }]));
}
/**
 * Files a list attribute of the session span names at most: its size would otherwise grow with the
 * run's, past what backends keep of one attribute. 128 is the OpenTelemetry SDKs' default span
 * limit for attributes, events and links; the count beside each list gives the whole number.
 */
const MAX_LISTED_FILES = 128;
/** `bytes` hex digits of a hash of the parts: a trace id (32) or a span id (16), the same on every export. */
function idOf(digits, ...parts) {
    return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, digits);
}
const ms = (iso) => Date.parse(iso);
const nanos = (time) => (BigInt(time) * 1000000n).toString();
/** The child's times inside its parent's: records of two processes may disagree by a few milliseconds. */
function within(parent, start, end) {
    const from = Math.min(Math.max(start, parent.start), parent.end);
    return { start: from, end: Math.min(Math.max(end, from), parent.end) };
}
class SpanWriter {
    traceId;
    spans = [];
    constructor(traceId) {
        this.traceId = traceId;
    }
    add(span, window) {
        const written = { traceId: this.traceId, ...span, startTimeUnixNano: nanos(window.start), endTimeUnixNano: nanos(window.end) };
        this.spans.push(written);
        return { ...written, ...window };
    }
}
/**
 * The run of the call's stage, in the call's process, that wrote its last record (its start is
 * told back from the latency when no request record was written).
 */
function runOf(call, runs) {
    const at = ms(call.end_time ?? call.start_time);
    return runs.filter((run) => run.stage === call.stage && run.pid === call.pid && ms(run.start_time) <= at).at(-1);
}
function callAttributes(call) {
    return {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': call.azure ? 'azure.ai.openai' : call.provider,
        // The name before semantic conventions 1.37, still what many backends read; Azure OpenAI had its own value there.
        'gen_ai.system': call.azure ? 'az.ai.openai' : call.provider,
        'gen_ai.request.model': call.request_model,
        'gen_ai.response.model': call.answered ? call.model : null,
        'gen_ai.request.max_tokens': call.max_tokens === null ? null : BigInt(call.max_tokens),
        'gen_ai.usage.input_tokens': BigInt(call.prompt_tokens),
        'gen_ai.usage.output_tokens': BigInt(call.completion_tokens),
        'gen_ai.response.finish_reasons': call.finish_reason ? [call.finish_reason] : null,
        // An HTTP status only when it is an error's: a reply cut short (200) failed for another reason.
        'error.type': call.outcome === 'ok' ? null : call.http_status && call.http_status >= 400 ? String(call.http_status) : call.outcome === 'unfinished' ? 'unfinished' : '_OTHER',
        'lyfe_kt.call.id': call.call_id,
        'lyfe_kt.call.purpose': call.purpose,
        'lyfe_kt.call.attempts': BigInt(call.attempts),
        'lyfe_kt.call.outcome': call.outcome,
        'lyfe_kt.usage.cached_input_tokens': BigInt(call.cached_tokens),
        'lyfe_kt.usage.reasoning_tokens': BigInt(call.reasoning_tokens),
        'lyfe_kt.billed': call.billed,
        'lyfe_kt.cost.usd': call.cost_usd,
    };
}
function callStatus(call) {
    if (call.outcome === 'ok')
        return {};
    return { code: STATUS_ERROR, message: call.error ?? (call.outcome === 'unfinished' ? 'still in flight when its process stopped' : 'failed') };
}
/**
 * The resource every document describes: `service.name` lyfe-kt and `service.version` the tool's,
 * each replaced, and others added, by `resource` (what OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES give).
 */
function resourceAttributes(resource) {
    return attributes({ 'service.name': 'lyfe-kt', 'service.version': VERSION, ...resource });
}
/**
 * The session span's times: from its start to its end, as its records say. An end recorded before
 * the start (stages run in processes whose clocks disagree) gives no span: the session then spans
 * its stages, each as its own process timed it.
 */
function sessionWindow(summary) {
    const start = ms(summary.start_time);
    const end = ms(summary.end_time);
    if (end >= start)
        return { start, end };
    return {
        start: Math.min(end, ...summary.stages.map((run) => ms(run.start_time))),
        end: Math.max(start, ...summary.stages.map((run) => ms(run.end_time ?? run.start_time))),
    };
}
/** The OTLP/JSON of one session; null for a session with no timed record. `resource` adds to the resource's attributes, or replaces them. */
export function sessionTraces(summary, resource = {}) {
    if (!summary.start_time || !summary.end_time)
        return null;
    const id = summary.session_id;
    const writer = new SpanWriter(idOf(32, 'lyfe-kt trace', id));
    const failure = summary.failures[0]?.message ?? summary.problems[0]?.message;
    const session = writer.add({
        spanId: idOf(16, id, 'session'),
        name: 'lyfe-kt session',
        kind: SpanKind.internal,
        attributes: attributes({
            'session.id': id,
            'lyfe_kt.success': summary.success,
            'lyfe_kt.stages_executed': summary.stages_executed,
            'lyfe_kt.input_files': summary.input_files.slice(0, MAX_LISTED_FILES),
            'lyfe_kt.input_file_count': BigInt(summary.input_files.length),
            'lyfe_kt.output_files': summary.output_files.slice(0, MAX_LISTED_FILES),
            'lyfe_kt.output_file_count': BigInt(summary.output_files.length),
            'lyfe_kt.calls': BigInt(summary.ai.calls),
            'lyfe_kt.usage.total_tokens': BigInt(summary.ai.total_tokens),
            'lyfe_kt.cost.usd': summary.ai.cost.usd,
            'lyfe_kt.cost.known_usd': summary.ai.cost.known_usd,
            'lyfe_kt.cost.unknown_calls': BigInt(summary.ai.cost.unknown_calls),
            'lyfe_kt.prices.as_of': summary.ai.cost.prices.as_of,
            'lyfe_kt.quality.schema_compliance': summary.quality.schema_compliance,
        }),
        status: summary.success ? {} : { code: STATUS_ERROR, message: failure ?? 'the run failed' },
    }, sessionWindow(summary));
    const runOfCall = new Map(summary.calls.map((call) => [call, runOf(call, summary.stages)]));
    const runSpans = new Map();
    for (const run of summary.stages) {
        // A run's cost is its own calls': a stage run twice would otherwise count each run the stage's total.
        const calls = summary.calls.filter((call) => runOfCall.get(call) === run);
        const window = within(session, ms(run.start_time), run.end_time ? ms(run.end_time) : session.end);
        const span = writer.add({
            parentSpanId: session.spanId,
            spanId: idOf(16, id, 'stage', run.stage, String(run.pid), run.start_time),
            name: `stage ${run.stage}`,
            kind: SpanKind.internal,
            attributes: attributes({
                'lyfe_kt.stage': run.stage,
                'lyfe_kt.stage.status': run.status,
                'process.pid': BigInt(run.pid),
                'lyfe_kt.files_in': BigInt(run.files_in),
                'lyfe_kt.files_out': BigInt(run.files_out),
                'lyfe_kt.files_invalid': BigInt(run.files_invalid),
                'lyfe_kt.cost.usd': calls.length ? costTotal(calls).usd : null,
            }),
            status: run.status === 'ok' ? {} : { code: STATUS_ERROR, message: run.error ?? `${run.stage} (process ${run.pid}) never ended` },
        }, window);
        runSpans.set(run, span);
    }
    // The calls of each stage run, by the file they worked on: a file's span spans its calls.
    const groups = new Map();
    for (const call of summary.calls) {
        const run = runOfCall.get(call);
        const parent = (run && runSpans.get(run)) ?? session;
        const file = call.input[0] ?? call.output[0] ?? null;
        const key = `${parent.spanId}\u0000${file ?? ''}`;
        const group = groups.get(key) ?? { parent, file, calls: [] };
        group.calls.push(call);
        groups.set(key, group);
    }
    const outputs = new Map(summary.outputs.map((output) => [output.file, output]));
    for (const { parent, file, calls } of groups.values()) {
        let callParent = parent;
        if (file !== null) {
            const start = Math.min(...calls.map((call) => ms(call.start_time)));
            const end = Math.max(...calls.map((call) => ms(call.end_time ?? call.start_time)));
            // What was written from the calls' answers: a call that failed, or whose process stopped first, wrote none of the files it was for.
            const produced = [...new Set(calls.flatMap((call) => call.written))];
            const invalid = produced.filter((name) => outputs.get(name)?.valid === false);
            callParent = writer.add({
                parentSpanId: parent.spanId,
                spanId: idOf(16, id, 'file', parent.spanId, file),
                name: `file ${file}`,
                kind: SpanKind.internal,
                attributes: attributes({ 'lyfe_kt.file': file, 'lyfe_kt.file.outputs': produced, 'lyfe_kt.file.invalid_outputs': invalid.length ? invalid : null }),
                status: calls.every((call) => call.outcome === 'ok') && !invalid.length ? {} : { code: STATUS_ERROR, message: invalid.length ? `invalid: ${invalid.join(', ')}` : 'a call on it did not succeed' },
            }, within(parent, start, end));
        }
        for (const call of calls) {
            writer.add({
                parentSpanId: callParent.spanId,
                spanId: idOf(16, id, 'call', call.call_id),
                name: `chat ${call.request_model}`,
                kind: SpanKind.client,
                attributes: attributes(callAttributes(call)),
                status: callStatus(call),
            }, within(callParent, ms(call.start_time), ms(call.end_time ?? call.start_time)));
        }
    }
    return {
        resourceSpans: [
            {
                resource: { attributes: resourceAttributes(resource) },
                scopeSpans: [{ scope: { name: 'lyfe-kt', version: VERSION }, spans: writer.spans }],
            },
        ],
    };
}
/** The OTLP/JSON of each session whose records the package holds, in the order they first appear. */
export function packageTraces(packageDir, resource = {}) {
    const records = packageRecordsToShow(packageDir);
    const models = new Map();
    for (const kind of STREAMS_IN_ORDER) {
        for (const record of records[kind]) {
            let model = models.get(record.session);
            if (!model) {
                model = new SessionModel();
                models.set(record.session, model);
            }
            model.add(record, kind);
        }
    }
    return [...models.values()].flatMap((model) => sessionTraces(model.result(), resource) ?? []);
}
/** How the fix of a message gives the collector's address, as it was given. */
function giveAs(source, value = 'http(s)://host:4318') {
    return source === '--endpoint' ? `--endpoint ${value}` : `${source}=${value}`;
}
/**
 * The traces URL of an endpoint, as the OTLP exporter specification reads where it came from:
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is; OTEL_EXPORTER_OTLP_ENDPOINT with `/v1/traces`
 * appended to its path; `--endpoint` with `/v1/traces` appended unless its path ends so already.
 */
export function tracesUrl(endpoint, source = '--endpoint') {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new LyfeError(`${source} is not a URL`, { fix: `Give the collector as ${giveAs(source)}`, exitCode: ExitCode.usage });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new LyfeError(`${source} is not an http(s) URL (it begins ${url.protocol})`, { fix: `Give the collector as ${giveAs(source)}`, exitCode: ExitCode.usage });
    }
    if (url.username || url.password) {
        // fetch refuses such URLs, and its error would repeat them.
        throw new LyfeError(`${source} ${displayUrl(endpoint)} has credentials in it, which requests cannot carry`, {
            fix: `Remove user:password@ from the URL and give them as a header (${source === '--endpoint' ? '--header Authorization=...' : 'OTEL_EXPORTER_OTLP_HEADERS=Authorization=...'})`,
            exitCode: ExitCode.usage,
        });
    }
    if (source === 'OTEL_EXPORTER_OTLP_ENDPOINT' || (source === '--endpoint' && !url.pathname.endsWith('/v1/traces'))) {
        url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/traces`;
    }
    return url;
}
/**
 * The `key=value,key2=value2` list of OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES
 * (the W3C Baggage format without its `;` properties): spaces around keys and values trimmed,
 * values percent-decoded, empty entries skipped. An entry that is no `key=value`, or a value
 * that does not decode, is refused naming the variable and the entry's place or key, never its value.
 */
export function parseOtelList(text, variable) {
    const entries = [];
    for (const [index, member] of text.split(',').entries()) {
        if (!member.trim())
            continue;
        const at = member.indexOf('=');
        const key = member.slice(0, Math.max(at, 0)).trim();
        const refuse = (what) => {
            throw new LyfeError(`${variable}: ${what} (values are not printed: they may be secrets)`, {
                fix: `Give ${variable} as key=value,key2=value2, with a comma, a % or a line break in a value percent-encoded (%2C, %25, %0A)`,
                exitCode: ExitCode.usage,
            });
        };
        if (at < 1 || !key)
            refuse(`entry ${index + 1} is not key=value`);
        let value;
        try {
            value = decodeURIComponent(member.slice(at + 1).trim());
        }
        catch {
            // A key with a space or a colon in it may be a whole `Authorization: Bearer ...`: named by its place only.
            const named = /^[\w.-]+$/.test(key) ? ` (${key})` : '';
            return refuse(`the value of entry ${index + 1}${named} is not percent-encoded as it should be (a % not followed by two hex digits)`);
        }
        entries.push([key, value]);
    }
    return entries;
}
/** What a collector's body says: its message (a google.rpc.Status, or a partial success's) and the spans it rejected. */
function readBody(body, contentType) {
    let value = {};
    let text = body.trim().slice(0, 500);
    try {
        // JSON that is no object (`null`, as a web framework answers for no body) has no fields: the text is the message.
        const parsed = JSON.parse(body);
        if (typeof parsed === 'object' && parsed !== null)
            value = parsed;
    }
    catch {
        // Not JSON (or empty): the text itself is the message; a web page (a proxy's 502) by its title, not its markup.
        text = webPageMessage(body, contentType) ?? text;
    }
    const message = [value.message, value.partialSuccess?.errorMessage].find((text) => typeof text === 'string') ?? text;
    // OTLP/JSON writes int64 as a string; some collectors write a number.
    return { message, rejected: Number(value.partialSuccess?.rejectedSpans ?? 0) || 0 };
}
/**
 * What a message must not repeat, longest first: each header value whole; the credential of a
 * `<scheme> <credential>` value (`Bearer <token>`) alone, as a collector quotes what it refused;
 * and the values of the endpoint's query, which may hold a key as the headers do (those of
 * `SECRET_MIN_LENGTH` characters or more, as the model server's query is treated).
 */
function secretsOf(headers, url) {
    const values = Object.values(headers).filter(Boolean);
    const credentials = values.flatMap((value) => value.trim().split(/\s+/).slice(1));
    const query = [...url.searchParams.values()];
    const secrets = [...values, ...[...credentials, ...query].filter((secret) => secret.length >= SECRET_MIN_LENGTH)];
    return [...new Set(secrets)].sort((a, b) => b.length - a.length);
}
/**
 * Spans one request carries at most: the batch an OpenTelemetry SDK exports (`maxExportBatchSize`),
 * about 0.5 MB of OTLP/JSON, under what collectors and backends take in one request (1 MB at some).
 */
export const SPANS_PER_REQUEST = 512;
/** A session's document as the requests that send it: its spans in order, at most `SPANS_PER_REQUEST` a request, each under its resource and scope. */
function requestsOf(document) {
    return document.resourceSpans.flatMap(({ resource, scopeSpans }) => scopeSpans.flatMap(({ scope, spans }) => Array.from({ length: Math.max(1, Math.ceil(spans.length / SPANS_PER_REQUEST)) }, (_, part) => ({
        resourceSpans: [{ resource, scopeSpans: [{ scope, spans: spans.slice(part * SPANS_PER_REQUEST, (part + 1) * SPANS_PER_REQUEST) }] }],
    }))));
}
/** How long the collector has to answer one request. */
export const COLLECTOR_TIMEOUT_SECONDS = 30;
/** The statuses the OTLP/HTTP specification makes retryable (throttled, or a gateway or the collector busy). */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/** Attempts of one request at most: the first and up to 4 retries. */
export const COLLECTOR_ATTEMPTS = 5;
/** The first wait when the collector gives no `Retry-After`, doubled for each retry after it: 1, 2, 4, 8 s. */
export const COLLECTOR_BACKOFF_SECONDS = 1;
/** The waits of a whole export, all requests together, at most. */
export const COLLECTOR_MAX_WAIT_SECONDS = 60;
/** The codes of Node's TLS errors that refuse the server's certificate (DEPTH_ZERO_SELF_SIGNED_CERT, UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ...). */
const TLS_CERTIFICATE_CODE = /CERT|SIGNATURE/;
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/**
 * POSTs each document (a session) to the collector's OTLP/HTTP traces endpoint, in requests of at
 * most `SPANS_PER_REQUEST` spans, each attempt given `COLLECTOR_TIMEOUT_SECONDS`. An answer the OTLP
 * specification makes retryable (429, 502, 503, 504) is retried, up to `COLLECTOR_ATTEMPTS` attempts
 * of a request, after the wait its `Retry-After` asks (seconds or an HTTP date), else 1, 2, 4, 8 s; the waits of the whole
 * export stay within `COLLECTOR_MAX_WAIT_SECONDS`, and a wait asked that would go beyond fails at
 * once. `headers` (authentication) go on the requests only: no message names them, not even as
 * the HTTP client or the collector quotes them back, and the URL is named without its credentials.
 * A failure says how many sessions, and requests of its own session, the collector had taken before it.
 */
export async function postTraces(endpoint, documents, headers = {}, options = {}) {
    const deadline = options.deadline ?? (() => AbortSignal.timeout(COLLECTOR_TIMEOUT_SECONDS * 1000));
    const sleep = options.sleep ?? ((ms) => wait(ms));
    const now = options.now ?? Date.now;
    const source = options.source ?? '--endpoint';
    const url = tracesUrl(endpoint, source);
    const shown = `${url.origin}${url.pathname}`;
    const result = { requests: 0, rejected_spans: 0, messages: [] };
    // A collector may echo a token it refused (often without its `Bearer`), or the URL with its query
    // (a key), an HTTP client a value it refused, in any form (percent-encoded, in part, cut across
    // lines, the password of a `Basic` value): none reaches a message.
    const values = secretsOf(headers, url);
    const redacted = (text) => redactEchoes(text, values);
    let waited = 0;
    const requests = documents.flatMap((document, index) => requestsOf(document).map((request, part, parts) => ({ request, index, part, parts: parts.length })));
    for (const { request, index, part, parts } of requests) {
        const stored = () => {
            const before = [index ? `the ${index} session(s) before it, of ${documents.length}` : '', part ? `${part} of the ${parts} requests of this session` : ''].filter(Boolean);
            return before.length ? ` (${before.join(', and ')}, were stored)` : '';
        };
        const sending = `session ${index + 1} of ${documents.length}${parts > 1 ? ` (request ${part + 1} of ${parts})` : ''}`;
        const unstored = parts > 1 ? `request ${part + 1} of this session's ${parts} was not stored` : "this session's traces were not stored";
        for (let attempt = 1;; attempt++) {
            const signal = deadline();
            let response;
            let text;
            try {
                // Not followed: a redirect is no OTLP answer (a sign-in page would read as stored), nor is a POST turned into a GET.
                response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(request), signal, redirect: 'manual' });
                text = await response.text();
            }
            catch (error) {
                if (signal.aborted) {
                    throw new LyfeError(`the request to the collector did not finish within ${COLLECTOR_TIMEOUT_SECONDS} s${stored()}`, {
                        file: shown,
                        fix: `Check that the collector is running and takes OTLP/HTTP at ${source}, then export again`,
                        cause: error,
                    });
                }
                const cause = error.cause;
                const why = redacted(cause?.code ?? cause?.message ?? error.message);
                // The collector answered, over TLS, with a certificate Node does not take (a company's own authority, another host name, expired).
                if (cause?.code && TLS_CERTIFICATE_CODE.test(cause.code)) {
                    throw new LyfeError(`the collector's TLS certificate is refused (${why})${stored()}`, {
                        file: shown,
                        fix: `Give Node the certificate of the authority that signed the collector's (NODE_EXTRA_CA_CERTS=ca.pem lyfe-kt export otel ...), or give ${source} the host name the certificate is for`,
                        cause: error,
                    });
                }
                throw new LyfeError(`the collector cannot be reached (${why})${stored()}`, {
                    file: shown,
                    fix: `Check ${source} (the collector's OTLP/HTTP address, usually port 4318) and that the collector is running`,
                    cause: error,
                });
            }
            if (response.status >= 300 && response.status < 400) {
                const location = response.headers.get('location');
                const to = location && URL.canParse(location, url.href) ? new URL(location, url) : null;
                throw new LyfeError(`the collector answered ${response.status} ${redacted(response.statusText)}, a redirect${to ? ` to ${redacted(`${to.origin}${to.pathname}`)}` : ''}, not an OTLP answer: ${unstored}${stored()}`, { file: shown, fix: `Give ${source} the collector's own OTLP/HTTP address (not a sign-in page or a proxy in front of it), with the authentication header it expects` });
            }
            // An OTLP answer is protobuf or JSON: a web page (a sign-in page, a UI) is not a collector's, even with 200.
            if (response.ok && /^\s*text\/html/i.test(response.headers.get('content-type') ?? '')) {
                throw new LyfeError(`the endpoint answered ${response.status} with a web page (text/html), not an OTLP answer: ${unstored}${stored()}`, {
                    file: shown,
                    fix: `Give ${source} the collector's OTLP/HTTP address (usually port 4318), not its web UI`,
                });
            }
            const body = readBody(text, response.headers.get('content-type'));
            const message = redacted(body.message);
            if (!response.ok) {
                const answered = `the collector answered ${response.status} ${redacted(response.statusText)}: ${message || '(no message)'}`;
                if (RETRYABLE_STATUSES.has(response.status)) {
                    const asked = retryAfterMs(response.headers, now());
                    const pause = asked ?? COLLECTOR_BACKOFF_SECONDS * 1000 * 2 ** (attempt - 1);
                    const left = COLLECTOR_MAX_WAIT_SECONDS * 1000 - waited;
                    if (attempt < COLLECTOR_ATTEMPTS && pause <= left) {
                        options.onRetry?.(`${answered}; sending ${sending} again in ${seconds(pause)} (attempt ${attempt + 1} of ${COLLECTOR_ATTEMPTS})`);
                        await sleep(pause);
                        waited += pause;
                        continue;
                    }
                    const next = asked === undefined ? `the next wait, ${seconds(pause)}, would go` : `asked to wait ${seconds(pause)},`;
                    const why = attempt < COLLECTOR_ATTEMPTS
                        ? `, and ${next} beyond the ${COLLECTOR_MAX_WAIT_SECONDS} s an export waits in all${waited ? ` (${seconds(waited)} waited already)` : ''}`
                        : `, on all ${COLLECTOR_ATTEMPTS} attempts`;
                    throw new LyfeError(`${answered}${why}${stored()}`, { file: shown, fix: `Export again later, or see the collector's logs; ${unstored}` });
                }
                throw new LyfeError(`${answered}${stored()}`, {
                    file: shown,
                    fix: response.status === 401 || response.status === 403 ? 'Check the authentication header the collector expects (--header, OTEL_EXPORTER_OTLP_HEADERS)' : `See the collector's logs; ${unstored}`,
                });
            }
            result.requests += 1;
            if (body.rejected) {
                result.rejected_spans += body.rejected;
                result.messages.push(message);
            }
            break;
        }
    }
    return result;
}
