import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';
import { webPageMessage } from './page-text.js';
/**
 * The `fetch` the OpenAI SDK is given: a request over Node's `http` and `https`, with keep-alive
 * connections, answered with a standard `Response`. Node's own `fetch` (undici, with WHATWG streams
 * around every body) took about 2 ms more of the run's one thread a call, on the path from one reply
 * to the next request (docs/performance.md, `concurrency_vs_ideal`). Node's `fetch` is still used
 * wherever it does more than a plain request: when the environment names a proxy (Node 24 honours
 * it with `NODE_USE_ENV_PROXY`), for a body that is not text or bytes, and to follow a redirect.
 */
/** The variables that send Node's `fetch` through a proxy, or ask it to. */
const PROXY_VARIABLES = ['NODE_USE_ENV_PROXY', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/** An idle connection is closed after this long, before a server's own keep-alive timeout (5 s in Node) can close it under a request. */
const IDLE_MS = 4000;
/** Statuses whose response has no body (`new Response` refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);
const gunzipped = promisify(gunzip);
const inflated = promisify(inflate);
const inflatedRaw = promisify(inflateRaw);
const decoders = {
    gzip: gunzipped,
    'x-gzip': gunzipped,
    br: promisify(brotliDecompress),
    // `deflate` is zlib-wrapped by the standard, raw from some servers: as `fetch`, both are read.
    deflate: (data) => (data.length > 0 && (data[0] & 0x0f) === 8 ? inflated(data) : inflatedRaw(data)),
};
/** The body as sent, decoded as `fetch` decodes it; a coding it does not know leaves the body as it is. */
async function decode(body, encoding) {
    if (!encoding || body.length === 0)
        return body;
    let decoded = body;
    for (const coding of encoding.split(',').map((name) => name.trim().toLowerCase()).reverse()) {
        const decoder = decoders[coding];
        if (decoder)
            decoded = await decoder(decoded);
        else if (coding !== 'identity')
            return body;
    }
    return decoded;
}
function requestHeaders(init) {
    const headers = {};
    (init.headers instanceof Headers ? init.headers : new Headers(init.headers)).forEach((value, name) => (headers[name] = value));
    return headers;
}
function responseHeaders(raw) {
    const pairs = [];
    for (let at = 0; at + 1 < raw.length; at += 2)
        pairs.push([raw[at], raw[at + 1]]);
    return pairs;
}
/** Why a request stopped: the signal's reason when it was aborted (as `fetch` rejects), else the error. */
function stopped(error, signal) {
    return signal?.aborted ? (signal.reason ?? new DOMException('This operation was aborted', 'AbortError')) : error;
}
function send(url, init, agent) {
    const signal = init.signal;
    return new Promise((resolve, reject) => {
        const fail = (error) => reject(stopped(error, signal));
        const options = { method: init.method ?? 'GET', headers: requestHeaders(init), agent, signal: signal ?? undefined };
        const request = (url.protocol === 'https:' ? https : http).request(url, options, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', fail);
            response.on('end', () => {
                const status = response.statusCode ?? 0;
                decode(Buffer.concat(chunks), response.headers['content-encoding'])
                    .then((body) => new Response(NO_BODY.has(status) ? null : body, { status, statusText: response.statusMessage, headers: responseHeaders(response.rawHeaders) }))
                    .then(resolve, fail);
            });
        });
        request.on('error', fail);
        request.end(init.body);
    });
}
/**
 * An error body as the SDK reads it, `{"error": {"message", ...}}`, from the shapes compatible
 * servers answer with instead: vLLM's `{"object": "error", "message", "type", "code"}`, FastAPI's
 * `{"detail": "..."}`, and a proxy's or gateway's web page (given by its title, not its markup).
 * Undefined for a body already so, or other text: the SDK would otherwise say only "400 status code
 * (no body)", or the whole page.
 */
function openAiErrorBody(body, contentType) {
    const raw = body.toString('utf8');
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        // Only a body that is no JSON is a page: some gateways label every answer text/html, their JSON errors too.
        const page = webPageMessage(raw, contentType);
        return page === undefined ? undefined : Buffer.from(JSON.stringify({ error: { message: page, type: null, code: null, param: null } }));
    }
    if (!value || typeof value !== 'object' || Array.isArray(value) || 'error' in value)
        return undefined;
    const { message, detail, type, code, param } = value;
    const text = typeof message === 'string' ? message : typeof detail === 'string' ? detail : undefined;
    if (text === undefined)
        return undefined;
    return Buffer.from(JSON.stringify({ error: { message: text, type: typeof type === 'string' ? type : null, code: typeof code === 'string' ? code : null, param: typeof param === 'string' ? param : null } }));
}
/** `fetch` with the error bodies of compatible servers read as the SDK reads OpenAI's (`openAiErrorBody`). */
export function withOpenAiErrors(fetchImpl) {
    return async (input, init) => {
        const response = await fetchImpl(input, init);
        if (response.status < 400)
            return response;
        const body = Buffer.from(await response.arrayBuffer());
        const readable = openAiErrorBody(body, response.headers.get('content-type'));
        // The body read as JSON is declared so; the SDK reads any other as text.
        const headers = new Headers(response.headers);
        if (readable)
            headers.set('content-type', 'application/json');
        headers.delete('content-length');
        headers.delete('content-encoding');
        return new Response(readable ?? body, { status: response.status, statusText: response.statusText, headers });
    };
}
/** The SDK's `fetch` (see above), or undefined (the SDK's default, Node's `fetch`) when the environment names a proxy. */
export function modelFetch(env = process.env) {
    if (PROXY_VARIABLES.some((name) => env[name]))
        return undefined;
    const agents = {
        'http:': new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
        'https:': new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
    };
    return async (input, init = {}) => {
        const body = init.body;
        const plain = body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
        const url = typeof input === 'string' || input instanceof URL ? new URL(input) : undefined;
        const agent = url && agents[url.protocol];
        if (!url || !agent || !plain)
            return fetch(input, init);
        const response = await send(url, init, agent);
        // `fetch` follows redirects; the request is made again through it (a redirect's body is let go).
        if (response.status >= 300 && response.status < 400 && response.headers.has('location'))
            return fetch(input, init);
        return response;
    };
}
