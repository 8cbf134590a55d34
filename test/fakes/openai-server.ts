import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipelineReply } from './pipeline-replies.js';

/**
 * A loopback fake of the OpenAI chat-completions API, for the real `openai` SDK to talk to.
 * Each request is answered by `handler`; what was asked is kept in `requests`.
 */

/** The body the SDK sends to `POST /v1/chat/completions`. */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
  temperature?: number;
  max_tokens?: number;
  [key: string]: unknown;
}

export type FakeReply =
  /** A completion whose message content is `content` (JSON or not, as the test wants). */
  | { content: string; usage?: { prompt_tokens: number; completion_tokens: number }; model?: string; delayMs?: number }
  /** An HTTP error: status, a JSON (or text) body, headers such as `retry-after-ms`. */
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number };

export type FakeHandler = (body: ChatRequestBody, index: number, req: IncomingMessage) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL for the SDK, ending in `/v1`. */
  url: string;
  requests: { body: ChatRequestBody; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A delayed reply never waits longer than this, so that a forgotten server cannot hang a test run. */
const MAX_DELAY_MS = 10_000;

/** Without a handler, the fake answers pipeline requests as a model would: a valid analysis or supertask. */
const answerPipeline: FakeHandler = (body) => ({ content: pipelineReply(body) });

export async function startFakeOpenAI({ handler = answerPipeline }: { handler?: FakeHandler } = {}): Promise<FakeOpenAI> {
  const requests: FakeOpenAI['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequestBody;
    const index = requests.push({ body, headers: req.headers }) - 1;
    let reply: FakeReply;
    try {
      reply = await handler(body, index, req);
    } catch (error) {
      reply = { status: 500, body: { error: { message: `fake handler threw: ${(error as Error).message}` } } };
    }

    const send = (): void => {
      if (res.destroyed) return;
      if ('status' in reply) {
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? { error: { message: `status ${reply.status}` } });
        const type = typeof reply.body === 'string' ? 'text/plain' : 'application/json';
        res.writeHead(reply.status, { 'content-type': type, ...reply.headers }).end(text);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(body, index, reply)));
    };

    const delay = Math.min(reply.delayMs ?? 0, MAX_DELAY_MS);
    if (delay <= 0) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
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

function completion(body: ChatRequestBody, index: number, reply: Extract<FakeReply, { content: string }>) {
  const promptTokens = reply.usage?.prompt_tokens ?? Math.ceil(JSON.stringify(body.messages).length / 4);
  const completionTokens = reply.usage?.completion_tokens ?? Math.ceil(reply.content.length / 4);
  return {
    id: `chatcmpl-fake-${index}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? body.model,
    choices: [{ index: 0, message: { role: 'assistant', content: reply.content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}
