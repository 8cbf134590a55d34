import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strictModeViolations } from '../llm/strict-mode-checker.js';
import { pipelineReply } from './pipeline-replies.js';

/**
 * A loopback fake of the OpenAI chat-completions API, for the real `openai` SDK to talk to.
 * Each request is answered by `handler`; what was asked is kept in `requests`. The error bodies
 * are shaped like the API's: `{ error: { message, type, param, code } }`.
 */

/** The body the SDK sends to `POST /v1/chat/completions`. */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
  temperature?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
  reasoning_effort?: string;
  [key: string]: unknown;
}

/** Usage as the API reports it, details included when the test gives them. */
export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number };
  completion_tokens_details?: { reasoning_tokens?: number };
}

export type FakeReply =
  /**
   * A completion whose message content is `content` (JSON or not, as the test wants), sent `delayMs`
   * after the request arrived (the time the fake took to make the reply counts in it).
   */
  | { content: string; usage?: FakeUsage; model?: string; delayMs?: number; finishReason?: 'stop' | 'length' | 'content_filter'; refusal?: string }
  /** An HTTP error: status, a JSON (or text) body, headers such as `retry-after-ms`; `delayMs` as above. */
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  /** No answer at all, until the client gives up (its timeout or abort) or the fake closes. */
  | { hang: true }
  /** The connection is reset before any answer. */
  | { reset: true };

export type FakeHandler = (body: ChatRequestBody, index: number, req: IncomingMessage) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL for the SDK, ending in `/v1`. */
  url: string;
  /** The server's origin, for clients that build their own path (Azure: `/openai/deployments/<name>/...`). */
  origin: string;
  /** `url` is the request's path and query, as received. */
  requests: { body: ChatRequestBody; headers: IncomingHttpHeaders; url: string }[];
  close(): Promise<void>;
}

/** A delayed reply never waits longer than this, so that a forgotten server cannot hang a test run. */
const MAX_DELAY_MS = 10_000;

/** Without a handler, the fake answers pipeline requests as a model would: a valid analysis or supertask. */
export const answerPipeline: FakeHandler = (body) => ({ content: structuredReply(pipelineReply(body), body) });

/** The API's error body. */
export function apiError(status: number, message: string, fields: { type?: string; param?: string | null; code?: string | null } = {}): FakeReply {
  return { status, body: { error: { message, type: fields.type ?? 'invalid_request_error', param: fields.param ?? null, code: fields.code ?? null } } };
}

/**
 * A reasoning model (GPT-5 family, o-series), as the API answers it: `max_tokens` and a
 * temperature other than 1 are refused with the API's own errors; what it accepts goes to `next`,
 * and its usage counts hidden reasoning tokens.
 */
export function reasoningModel(next: FakeHandler = answerPipeline, reasoningTokens = 64): FakeHandler {
  return async (body, index, req) => {
    if (body.max_tokens !== undefined) {
      return apiError(400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", {
        param: 'max_tokens',
        code: 'unsupported_parameter',
      });
    }
    if (body.temperature !== undefined && body.temperature !== 1) {
      return apiError(400, `Unsupported value: 'temperature' does not support ${body.temperature} with this model. Only the default (1) value is supported.`, {
        param: 'temperature',
        code: 'unsupported_value',
      });
    }
    const reply = await next(body, index, req);
    if (!('content' in reply)) return reply;
    const completion = reply.usage?.completion_tokens ?? Math.ceil(reply.content.length / 4);
    return { ...reply, usage: { prompt_tokens: 100, ...reply.usage, completion_tokens: completion + reasoningTokens, completion_tokens_details: { reasoning_tokens: reasoningTokens } } };
  };
}

/** A server without Structured Outputs (many compatible servers): `json_schema` is refused, JSON mode goes to `next`. */
export function refusingJsonSchema(next: FakeHandler = answerPipeline): FakeHandler {
  return (body, index, req) =>
    body.response_format?.type === 'json_schema'
      ? apiError(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", { param: 'response_format' })
      : next(body, index, req);
}

/**
 * The API's check of a Structured Outputs schema: one that breaks the strict-mode rules is refused
 * as the API refuses it (`invalid_json_schema`, naming `response_format`), by the rules of a
 * fine-tuned model for a model named `ft:...`; the others go to `next`.
 */
export function checkingStrictSchemas(next: FakeHandler = answerPipeline): FakeHandler {
  return (body, index, req) => {
    const format = body.response_format;
    const fineTuned = body.model.replace(/^.*\//, '').startsWith('ft:');
    const problems = format?.type === 'json_schema' && format.json_schema ? strictModeViolations(format.json_schema.schema, { fineTuned }) : [];
    return problems.length > 0
      ? apiError(400, `Invalid schema for response_format '${format!.json_schema!.name}': ${problems[0]}.`, { param: 'response_format', code: 'invalid_json_schema' })
      : next(body, index, req);
  };
}

/**
 * What a Structured Outputs reply looks like: every property of the strict schema present, the
 * absent optional ones as null. Other replies are returned as they are.
 */
export function structuredReply(content: string, body: ChatRequestBody): string {
  const schema = body.response_format?.type === 'json_schema' ? body.response_format.json_schema?.schema : undefined;
  return schema ? JSON.stringify(withNulls(JSON.parse(content), schema), null, 2) : content;
}

function withNulls(value: unknown, schema: Record<string, any>): unknown {
  if (Array.isArray(value)) return value.map((item) => withNulls(item, schema.items ?? {}));
  if (value === null || typeof value !== 'object') return value;
  const branches: Record<string, any>[] = [schema, ...(schema.anyOf ?? [])].filter((branch) => branch.properties);
  const record = value as Record<string, unknown>;
  const fits = (candidate: Record<string, any>): boolean =>
    Object.entries(record).every(([key, item]) => key in candidate.properties && (candidate.properties[key].const === undefined || candidate.properties[key].const === item));
  const branch = branches.find(fits) ?? branches[0];
  if (!branch) return value;
  return Object.fromEntries(Object.keys(branch.properties).map((key) => [key, key in record ? withNulls(record[key], branch.properties[key]) : null]));
}

export async function startFakeOpenAI({ handler = answerPipeline }: { handler?: FakeHandler } = {}): Promise<FakeOpenAI> {
  const requests: FakeOpenAI['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer(async (req, res) => {
    // A model's latency runs from the request's arrival: making the reply is part of it, so that a
    // burst of requests is not answered one delay plus every reply made before it late.
    const arrived = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const pathname = new URL(req.url ?? '/', 'http://fake').pathname;
    if (req.method !== 'POST' || !pathname.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequestBody;
    const index = requests.push({ body, headers: req.headers, url: req.url ?? '' }) - 1;
    let reply: FakeReply;
    try {
      reply = await handler(body, index, req);
    } catch (error) {
      reply = { status: 500, body: { error: { message: `fake handler threw: ${(error as Error).message}` } } };
    }
    if ('hang' in reply) return;
    if ('reset' in reply) {
      req.socket.resetAndDestroy();
      return;
    }
    const answer = response(body, index, reply);
    const delay = Math.min(reply.delayMs ?? 0, MAX_DELAY_MS) - (performance.now() - arrived);
    if (delay <= 0) return send(res, answer);
    const timer = setTimeout(() => {
      timers.delete(timer);
      send(res, answer);
    }, delay);
    timers.add(timer);
    // The client gave up (a timeout): nothing left to answer.
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** The HTTP response of a reply, made before its delay so that only sending it waits. */
function response(body: ChatRequestBody, index: number, reply: Extract<FakeReply, { status: number }> | Extract<FakeReply, { content: string }>): HttpAnswer {
  if ('status' in reply) {
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? { error: { message: `status ${reply.status}` } });
    return { status: reply.status, headers: { 'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json', ...reply.headers }, text };
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, text: JSON.stringify(completion(body, index, reply)) };
}

function send(res: ServerResponse, answer: HttpAnswer): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, answer.headers).end(answer.text);
}

function completion(body: ChatRequestBody, index: number, reply: Extract<FakeReply, { content: string }>) {
  const promptTokens = reply.usage?.prompt_tokens ?? Math.ceil(JSON.stringify(body.messages).length / 4);
  const completionTokens = reply.usage?.completion_tokens ?? Math.ceil(reply.content.length / 4);
  const details = {
    ...(reply.usage?.prompt_tokens_details ? { prompt_tokens_details: reply.usage.prompt_tokens_details } : {}),
    ...(reply.usage?.completion_tokens_details ? { completion_tokens_details: reply.usage.completion_tokens_details } : {}),
  };
  const refused = reply.refusal !== undefined;
  return {
    id: `chatcmpl-fake-${index}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: refused ? null : reply.content, refusal: reply.refusal ?? null },
        logprobs: null,
        finish_reason: reply.finishReason ?? 'stop',
      },
    ],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens, ...details },
  };
}
