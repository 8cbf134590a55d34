import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode, LyfeError } from '../../src/errors.js';
import { createOpenAiProvider, retryAfterMs } from '../../src/llm/openai.js';
import { LlmAttemptError, type LlmRequest } from '../../src/llm/provider.js';
import { selectProvider } from '../../src/pipeline/providers.js';
import { supertaskRequest } from '../../src/pipeline/prompts.js';
import { validateSupertask } from '../../src/pipeline/schema.js';
import { startFakeOpenAI, type FakeHandler, type FakeOpenAI, type FakeReply } from '../fakes/openai-server.js';

const API_KEY = 'sk-test-0123456789abcdefghijklmnopqrstuv';

const request: LlmRequest = {
  purpose: 'generate.beginner',
  messages: [
    { role: 'system', content: 'You are Ari. Reply with one JSON object.' },
    { role: 'user', content: 'Write a beginner supertask about sleep.' },
  ],
  task: { kind: 'supertask', name: 'como_dormir_bem', template: '# Como dormir bem', level: 'beginner', schemaVersion: '1.1' },
  params: { temperature: 0.3, max_tokens: 900 },
};

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function providerAgainst(handler: FakeHandler, options: { model?: string; timeoutMs?: number } = {}) {
  fake = await startFakeOpenAI({ handler });
  return createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, model: options.model, timeoutMs: options.timeoutMs ?? 5_000 });
}

async function failureOf(promise: Promise<unknown>): Promise<LlmAttemptError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LlmAttemptError);
  return error as LlmAttemptError;
}

describe('openai provider', () => {
  it('sends the messages and params in JSON mode with the key as a bearer token, and returns text, usage and model', async () => {
    const provider = await providerAgainst(() => ({ content: '{"title":"Dormir bem"}', usage: { prompt_tokens: 120, completion_tokens: 30 } }));

    const response = await provider.complete(request);

    expect(response).toEqual({
      text: '{"title":"Dormir bem"}',
      usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
      model: 'gpt-4o-mini',
      httpStatus: 200,
    });
    expect(provider).toMatchObject({ name: 'openai', model: 'gpt-4o-mini', source: 'live' });
    const [sent] = fake!.requests;
    expect(sent.body).toEqual({
      model: 'gpt-4o-mini',
      messages: request.messages,
      response_format: { type: 'json_object' },
      temperature: 0.3,
      max_tokens: 900,
    });
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('is answered, by default, with a schema-valid supertask for a pipeline request', async () => {
    fake = await startFakeOpenAI();
    const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 5_000 });
    const name = 'arthurcbrooks_mostmeaning_filled_template';
    const template = await readFile(new URL(`../fixtures/reference/02_preprocessed/${name}.md`, import.meta.url), 'utf8');

    const response = await provider.complete(supertaskRequest({ name, template, level: 'beginner', schemaVersion: '1.1' }));

    expect(validateSupertask(JSON.parse(response.text), '1.1')).toEqual([]);
  });

  it('uses the model it is given and reports the model the server answered with', async () => {
    const provider = await providerAgainst(() => ({ content: '{}', model: 'gpt-4o-2024-08-06' }), { model: 'gpt-4o' });

    const response = await provider.complete(request);

    expect(fake!.requests[0].body.model).toBe('gpt-4o');
    expect(response.model).toBe('gpt-4o-2024-08-06');
  });

  it('makes exactly one attempt per call, whatever the failure', async () => {
    const provider = await providerAgainst(() => ({ status: 503, body: { error: { message: 'overloaded' } } }));

    await failureOf(provider.complete(request));

    expect(fake!.requests).toHaveLength(1);
  });

  it.each([408, 409, 429, 500, 502, 503])('treats HTTP %i as retryable', async (status) => {
    const provider = await providerAgainst(() => ({ status, body: { error: { message: 'try later' } } }));

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: true, httpStatus: status });
    expect(error.message).toContain('try later');
  });

  it('reads retry-after-ms, then retry-after in seconds, from the reply', async () => {
    const provider = await providerAgainst((_body, index): FakeReply =>
      index === 0
        ? { status: 429, body: { error: { message: 'rate limited' } }, headers: { 'retry-after-ms': '250', 'retry-after': '9' } }
        : { status: 429, body: { error: { message: 'rate limited' } }, headers: { 'retry-after': '2' } },
    );

    expect((await failureOf(provider.complete(request))).retryAfterMs).toBe(250);
    expect((await failureOf(provider.complete(request))).retryAfterMs).toBe(2_000);
  });

  it.each([
    [401, 'Incorrect API key provided', /check OPENAI_API_KEY/],
    [403, 'Project does not have access', /may not use model gpt-4o-mini/],
    [404, 'The model does not exist', /no model gpt-4o-mini at http:\/\/127\.0\.0\.1:\d+\/v1: check --model and OPENAI_BASE_URL/],
    [400, "Invalid value for 'temperature'", /Invalid value for 'temperature'/],
  ])('treats HTTP %i as final, with a message that says what to change', async (status, serverMessage, advice) => {
    const provider = await providerAgainst(() => ({ status, body: { error: { message: serverMessage } } }));

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: false, httpStatus: status });
    expect(error.message).toContain(serverMessage);
    expect(error.message).toMatch(advice);
  });

  it('never repeats the API key in an error, even when the server echoes it', async () => {
    const provider = await providerAgainst(() => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${API_KEY}.` } } }));

    const error = await failureOf(provider.complete(request));

    expect(error.message).not.toContain(API_KEY);
    expect(error.message).toContain('Incorrect API key provided: [REDACTED]');
  });

  it('turns a reply slower than timeoutMs into a retryable timeout', async () => {
    const provider = await providerAgainst(() => ({ content: '{}', delayMs: 3_000 }), { timeoutMs: 200 });

    const started = performance.now();
    const error = await failureOf(provider.complete(request));

    expect(performance.now() - started).toBeLessThan(2_500);
    expect(error).toMatchObject({ retryable: true, httpStatus: undefined });
    expect(error.message).toMatch(/no reply from http:\/\/127\.0\.0\.1:\d+\/v1 within 200 ms/);
  });

  it('treats a refused connection as retryable', async () => {
    const closed = await startFakeOpenAI();
    const baseURL = closed.url;
    await closed.close();
    const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL, timeoutMs: 2_000 });

    const error = await failureOf(provider.complete(request));

    expect(error.retryable).toBe(true);
    expect(error.message).toContain(`cannot reach ${baseURL}`);
  });

  it('gives up without retrying when the caller aborts', async () => {
    const provider = await providerAgainst(() => ({ content: '{}', delayMs: 3_000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    const error = await failureOf(provider.complete(request, controller.signal));

    expect(error.retryable).toBe(false);
  });
});

describe('retryAfterMs', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('prefers retry-after-ms', () => {
    expect(retryAfterMs(headers({ 'retry-after-ms': '1500', 'retry-after': '30' }), now)).toBe(1_500);
  });

  it('reads retry-after as seconds', () => {
    expect(retryAfterMs(headers({ 'retry-after': '3' }), now)).toBe(3_000);
    expect(retryAfterMs(headers({ 'retry-after': '0.5' }), now)).toBe(500);
  });

  it('reads retry-after as an HTTP date, never negative', () => {
    expect(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }), now)).toBe(7_000);
    expect(retryAfterMs(headers({ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }), now)).toBe(0);
  });

  it('is undefined when absent or unreadable, so that backoff applies', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(headers({ 'retry-after-ms': 'x', 'retry-after': '1' }), now)).toBe(1_000);
  });
});

describe('selectProvider', () => {
  it('is offline when no key is set, and says why', () => {
    for (const env of [{}, { OPENAI_API_KEY: '' }, { OPENAI_API_KEY: '  ' }]) {
      const { provider, reason } = selectProvider({ env });
      expect(provider.name).toBe('offline');
      expect(reason).toBe('provider offline (no OPENAI_API_KEY set)');
    }
  });

  it('is openai with gpt-4o-mini when a key is set', () => {
    const { provider, reason } = selectProvider({ env: { OPENAI_API_KEY: API_KEY } });

    expect(provider).toMatchObject({ name: 'openai', model: 'gpt-4o-mini', source: 'live' });
    expect(reason).toBe('provider openai, model gpt-4o-mini (OPENAI_API_KEY is set)');
    expect(reason).not.toContain(API_KEY);
  });

  it('lets --provider win over the key', () => {
    const { provider, reason } = selectProvider({ provider: 'offline', env: { OPENAI_API_KEY: API_KEY } });

    expect(provider.name).toBe('offline');
    expect(reason).toBe('provider offline (--provider)');
  });

  it('refuses --provider openai without a key, as a usage error that says what to do', () => {
    const attempt = () => selectProvider({ provider: 'openai', env: {} });

    expect(attempt).toThrow(LyfeError);
    try {
      attempt();
    } catch (error) {
      expect((error as LyfeError).exitCode).toBe(ExitCode.usage);
      expect((error as LyfeError).oneLine()).toBe('the openai provider needs an API key. Set OPENAI_API_KEY, or choose the offline provider');
    }
  });

  it('sends requests to OPENAI_BASE_URL with the key and the chosen --model', async () => {
    fake = await startFakeOpenAI({ handler: () => ({ content: '{"ok":true}' }) });
    const { provider, reason } = selectProvider({ provider: 'openai', model: 'gpt-4o', env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: fake.url } });

    const response = await provider.complete(request);

    expect(reason).toBe(`provider openai, model gpt-4o at ${fake.url} (--provider)`);
    expect(response.text).toBe('{"ok":true}');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].body.model).toBe('gpt-4o');
    expect(fake.requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
  });
});
