import { getEventListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExitCode, LyfeError } from '../../src/errors.js';
import { createOpenAiProvider, DEFAULT_OPENAI_MODEL, retryAfterMs, SECRET_MIN_LENGTH, type OpenAiProviderOptions } from '../../src/llm/openai.js';
import { LlmAttemptError, type LlmRequest } from '../../src/llm/provider.js';
import { selectProvider } from '../../src/pipeline/providers.js';
import { supertaskRequest } from '../../src/pipeline/prompts.js';
import { loadSchema, validateSupertask } from '../../src/pipeline/schema.js';
import { toStrictSchema, withoutNullOptionals } from '../../src/llm/strict-schema.js';
import { deferred } from '../helpers/deferred.js';
import { apiError, checkingStrictSchemas, reasoningModel, refusingJsonSchema, startFakeOpenAI, type FakeHandler, type FakeOpenAI, type FakeReply } from '../fakes/openai-server.js';

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

const lessonSchema = { type: 'object', required: ['title'], properties: { title: { type: 'string', minLength: 1 }, tips: { type: 'array', items: { type: 'string' } } } };
const withSchema: LlmRequest = { ...request, responseSchema: { name: 'lesson', schema: lessonSchema } };

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function providerAgainst(handler: FakeHandler, options: Partial<OpenAiProviderOptions> = {}) {
  fake = await startFakeOpenAI({ handler });
  return createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 5_000, ...options });
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
  it('sends the messages with the key as a bearer token, and returns text, usage, model, finish reason and the params it sent', async () => {
    const provider = await providerAgainst(() => ({ content: '{"title":"Dormir bem"}', usage: { prompt_tokens: 120, completion_tokens: 30 } }), { model: 'gpt-4o' });

    const response = await provider.complete(request);

    const params = { max_completion_tokens: 900, temperature: 0.3, response_format: { type: 'json_object' } };
    expect(response).toEqual({
      text: '{"title":"Dormir bem"}',
      usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
      model: 'gpt-4o',
      httpStatus: 200,
      finishReason: 'stop',
      params,
    });
    expect(provider).toMatchObject({ name: 'openai', model: 'gpt-4o', source: 'live' });
    const [sent] = fake!.requests;
    expect(sent.body).toEqual({ model: 'gpt-4o', messages: request.messages, ...params });
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it(`defaults to ${DEFAULT_OPENAI_MODEL}, a reasoning model: no temperature, room for reasoning tokens, Structured Outputs`, async () => {
    const provider = await providerAgainst(() => ({ content: '{"title":"Dormir bem"}' }));

    await provider.complete(withSchema);

    expect(provider.model).toBe('gpt-5.4-mini');
    expect(fake!.requests[0].body).toEqual({
      model: 'gpt-5.4-mini',
      messages: request.messages,
      max_completion_tokens: 900 + 16_000,
      response_format: { type: 'json_schema', json_schema: { name: 'lesson', strict: true, schema: toStrictSchema(lessonSchema) } },
    });
  });

  it('sends reasoning_effort to reasoning models, with the headroom of that effort, and never to the others', async () => {
    const provider = await providerAgainst(() => ({ content: '{}' }), { model: 'gpt-5-mini', reasoningEffort: 'low' });
    await provider.complete(request);
    expect(fake!.requests[0].body).toMatchObject({ reasoning_effort: 'low', max_completion_tokens: 900 + 8_000 });
    await fake!.close();

    const chat = await providerAgainst(() => ({ content: '{}' }), { model: 'gpt-4.1-mini', reasoningEffort: 'high' });
    await chat.complete(request);
    expect(fake!.requests[0].body).not.toHaveProperty('reasoning_effort');
    expect(fake!.requests[0].body).toMatchObject({ temperature: 0.3, max_completion_tokens: 900 });
  });

  it('sends --max-completion-tokens as the limit of every request', async () => {
    const provider = await providerAgainst(() => ({ content: '{}' }), { model: 'o4-mini', maxCompletionTokens: 50_000 });
    await provider.complete(request);
    expect(fake!.requests[0].body.max_completion_tokens).toBe(50_000);
  });

  it.each(['gpt-5.4-mini', 'gpt-5-mini', 'gpt-5.2', 'o4-mini', 'o3', 'openai/gpt-5-nano'])(
    'is accepted on the first attempt by a reasoning model named %s',
    async (model) => {
      const provider = await providerAgainst(reasoningModel(() => ({ content: '{"title":"Dormir bem"}' })), { model });

      const response = await provider.complete(withSchema);

      expect(fake!.requests).toHaveLength(1);
      expect(response.usage?.completion_tokens_details).toEqual({ reasoning_tokens: 64 });
    },
  );

  it('adapts once to a reasoning model it does not know: the refused temperature is dropped, for this request and every later one', async () => {
    const provider = await providerAgainst(reasoningModel(() => ({ content: '{"title":"Dormir bem"}' })), { model: 'acme-reasoner-2' });

    const refused = await failureOf(provider.complete(request));
    const accepted = await provider.complete(request);
    await provider.complete(request);

    expect(refused).toMatchObject({ retryable: true, httpStatus: 400 });
    expect(refused.adaptation).toBe("temperature refused (400 unsupported_value): sent without it, the model's default applies");
    expect(refused.params).toMatchObject({ temperature: 0.3 });
    expect(refused.message).toContain("Unsupported value: 'temperature' does not support 0.3");
    expect(accepted.params).not.toHaveProperty('temperature');
    expect(fake!.requests.map((r) => 'temperature' in r.body)).toEqual([true, false, false]);
  });

  it('renames the token limit a server refuses', async () => {
    const provider = await providerAgainst((body) =>
      body.max_completion_tokens !== undefined
        ? apiError(400, "Unsupported parameter: 'max_completion_tokens' is not supported with this model. Use 'max_tokens' instead.", {
            param: 'max_completion_tokens',
            code: 'unsupported_parameter',
          })
        : { content: '{}' },
    );

    const refused = await failureOf(provider.complete(request));
    await provider.complete(request);

    expect(refused.adaptation).toBe('max_completion_tokens refused (400 unsupported_parameter): sent as max_tokens');
    expect(fake!.requests[1].body).toMatchObject({ max_tokens: 900 + 16_000 });
    expect(fake!.requests[1].body).not.toHaveProperty('max_completion_tokens');
  });

  it('falls back once to JSON mode on a server that refuses json_schema (--response-format auto)', async () => {
    const provider = await providerAgainst(refusingJsonSchema(() => ({ content: '{"title":"Dormir bem"}' })), { model: 'llama3.1' });

    const refused = await failureOf(provider.complete(withSchema));
    await provider.complete(withSchema);
    await provider.complete(withSchema);

    expect(refused.adaptation).toBe('response_format json_schema refused (400 refused): falling back to JSON mode (json_object)');
    expect(fake!.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('fails, saying what to pass, when --response-format json_schema is refused', async () => {
    const provider = await providerAgainst(refusingJsonSchema(), { responseFormat: 'json_schema' });

    const error = await failureOf(provider.complete(withSchema));

    expect(error).toMatchObject({ retryable: false, httpStatus: 400, adaptation: undefined });
    expect(error.message).toContain('use --response-format auto or json_object');
  });

  it('asks for JSON mode only, with --response-format json_object', async () => {
    const provider = await providerAgainst(() => ({ content: '{}' }), { responseFormat: 'json_object' });
    await provider.complete(withSchema);
    expect(fake!.requests[0].body.response_format).toEqual({ type: 'json_object' });
  });

  it('returns usage as the API gives it, cached and reasoning tokens included', async () => {
    const usage = { prompt_tokens: 1200, completion_tokens: 300, prompt_tokens_details: { cached_tokens: 1024 }, completion_tokens_details: { reasoning_tokens: 200 } };
    const provider = await providerAgainst(() => ({ content: '{}', usage }));

    const response = await provider.complete(request);

    expect(response.usage).toEqual({ ...usage, total_tokens: 1500 });
  });

  it('returns a reply cut off by the token limit, and a refusal, as the API says them', async () => {
    const provider = await providerAgainst((_body, index): FakeReply => (index === 0 ? { content: '{"title": "Dor', finishReason: 'length' } : { content: '', refusal: "I can't help with that." }));

    expect(await provider.complete(request)).toMatchObject({ text: '{"title": "Dor', finishReason: 'length' });
    expect(await provider.complete(request)).toMatchObject({ text: '', refusal: "I can't help with that." });
  });

  it("reads a reply whose content is a list of parts (a compatible server's), as the text of its text parts", async () => {
    const message = { role: 'assistant', content: [{ type: 'thinking', thinking: [{ type: 'text', text: 'The user wants a title.' }] }, { type: 'text', text: '{"title":' }, { type: 'text', text: ' "Dormir bem"}' }] };
    const completion = { id: 'x', object: 'chat.completion', created: 1, model: 'magistral-medium', choices: [{ index: 0, message, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } };
    const provider = await providerAgainst(() => ({ status: 200, body: completion }), { model: 'magistral-medium' });

    expect(await provider.complete(request)).toMatchObject({ text: '{"title": "Dormir bem"}', finishReason: 'stop' });
  });

  it('is answered, by default, with a schema-valid supertask for a pipeline request', async () => {
    fake = await startFakeOpenAI();
    const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 5_000 });
    const name = 'arthurcbrooks_mostmeaning_filled_template';
    const template = await readFile(new URL(`../fixtures/reference/02_preprocessed/${name}.md`, import.meta.url), 'utf8');

    const response = await provider.complete(supertaskRequest({ name, template, level: 'beginner', schemaVersion: '1.1' }));

    expect(fake.requests[0].body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'supertask_v1_1', strict: true, schema: toStrictSchema(loadSchema('1.1')) } });
    // A Structured Outputs reply: the optional properties are there, as null.
    expect(response.text).toContain('null');
    expect(validateSupertask(JSON.parse(response.text), '1.1')).not.toEqual([]);
  });

  // A fine-tuned model is sent the schema without the keywords strict mode refuses it (pattern, format, bounds).
  it.each([
    ['1.0', 'gpt-5.4-mini'],
    ['1.1', 'gpt-5.4-mini'],
    ['1.0', 'ft:gpt-4o-mini-2024-07-18:acme:lessons:abc123'],
    ['1.1', 'ft:gpt-4o-mini-2024-07-18:acme:lessons:abc123'],
  ] as const)('sends a supertask v%s schema the API accepts in strict mode for %s, with --response-format json_schema', async (schemaVersion, model) => {
    const provider = await providerAgainst(checkingStrictSchemas(), { model, responseFormat: 'json_schema' });
    const name = 'arthurcbrooks_mostmeaning_filled_template';
    const template = await readFile(new URL(`../fixtures/reference/02_preprocessed/${name}.md`, import.meta.url), 'utf8');

    const response = await provider.complete(supertaskRequest({ name, template, level: 'advanced', schemaVersion }));

    expect(fake!.requests).toHaveLength(1);
    expect(fake!.requests[0].body.response_format?.type).toBe('json_schema');
    expect(validateSupertask(withoutNullOptionals(JSON.parse(response.text), loadSchema(schemaVersion)), schemaVersion)).toEqual([]);
  });

  it('uses the model it is given and reports the model the server answered with', async () => {
    const provider = await providerAgainst(() => ({ content: '{}', model: 'gpt-4o-2024-08-06' }), { model: 'gpt-4o' });

    const response = await provider.complete(request);

    expect(fake!.requests[0].body.model).toBe('gpt-4o');
    expect(response.model).toBe('gpt-4o-2024-08-06');
  });

  it("sends its requests over Node's http, and through Node's fetch once the environment names a proxy", async () => {
    const provider = await providerAgainst(() => ({ content: '{"title":"Dormir bem"}' }));
    await provider.complete(request);
    vi.stubEnv('HTTPS_PROXY', 'http://127.0.0.1:9');
    await createOpenAiProvider({ apiKey: API_KEY, baseURL: fake!.url, timeoutMs: 5_000 }).complete(request);

    // Node's fetch marks its requests; Node 20 and 24 go through a proxy only with NODE_USE_ENV_PROXY.
    expect(fake!.requests.map(({ headers }) => headers['sec-fetch-mode'])).toEqual([undefined, 'cors']);
    expect(fake!.requests.map(({ headers }) => headers.authorization)).toEqual([`Bearer ${API_KEY}`, `Bearer ${API_KEY}`]);
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

  it.each([
    [501, 'does not implement this request'],
    [505, 'does not take the HTTP version of the request'],
  ])('fails at once on HTTP %i, a server error no retry lifts, saying what to check', async (status, says) => {
    const provider = await providerAgainst(() => ({ status, body: { error: { message: 'no such thing here' } } }));

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: false, httpStatus: status });
    expect(error.message).toMatch(new RegExp(`^HTTP ${status} no such thing here \\(the server at http://127\\.0\\.0\\.1:\\d+/v1 ${says}: a retry fails the same way\\)$`));
    expect(error.fix).toMatch(/^Check OPENAI_BASE_URL \(http:\/\/127\.0\.0\.1:\d+\/v1\): it must be the \/v1 URL of a server that answers chat completions$/);
  });

  it("does not retry a 429 that says the key's quota is spent (insufficient_quota), and says to check billing", async () => {
    const provider = await providerAgainst(() =>
      apiError(429, 'You exceeded your current quota, please check your plan and billing details.', { type: 'insufficient_quota', code: 'insufficient_quota' }),
    );

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: false, httpStatus: 429 });
    expect(error.message).toMatch(/^HTTP 429 You exceeded your current quota, please check your plan and billing details\. \(the quota of the API key's project is spent: a retry fails the same way until credit is added\)$/);
    expect(error.fix).toBe("Check the plan and billing of the project of OPENAI_API_KEY, or use another key");
  });

  it.each<[string, FakeReply, RegExp, boolean]>([
    ['an error object (Ollama)', { status: 200, body: { error: { message: 'model "llama3:8b" not found, try pulling it first', type: 'api_error' } } }, /answered HTTP 200 with an error instead of a reply: model "llama3:8b" not found, try pulling it first$/, false],
    ['an error object (vLLM)', { status: 200, body: { object: 'error', message: 'The model `foo` does not exist.', type: 'NotFoundError', code: 404 } }, /answered HTTP 200 with an error instead of a reply: The model `foo` does not exist\.$/, false],
    ['an error object whose code is a retryable status', { status: 200, body: { error: { message: 'Upstream overloaded', code: 503 } } }, /answered HTTP 200 with an error instead of a reply: Upstream overloaded$/, true],
    ['a web page (a sign-in proxy)', { status: 200, body: '<html><head><title>Sign in - Example SSO</title></head><body>Sign in to continue</body></html>', headers: { 'content-type': 'text/html' } }, /answered HTTP 200 with a web page \("Sign in - Example SSO"\), not a chat completion: check OPENAI_BASE_URL, the server's \/v1 URL$/, false],
    ['an event stream (a streaming-only server)', { status: 200, body: 'data: {"choices":[{"delta":{"content":"{"}}]}\n\ndata: [DONE]\n\n', headers: { 'content-type': 'text/event-stream' } }, /answered HTTP 200 with an event stream, not one chat completion: lyfe-kt asks for replies with stream off, which this server does not answer/, false],
    ['a completion without choices', { status: 200, body: { id: 'x', object: 'chat.completion', model: 'm', choices: [], usage: { prompt_tokens: 10, completion_tokens: 0, total_tokens: 10 } } }, /answered HTTP 200 with no reply in it \(no choices\)$/, false],
    ['an empty body', { status: 200, body: '', headers: { 'content-type': 'application/json', 'content-length': '0' } }, /answered HTTP 200 with an empty body, not a chat completion$/, false],
    ['JSON cut short', { status: 200, body: '{"id": "x", "choices": [', headers: { 'content-type': 'application/json' } }, /answered HTTP 200 with a body that is not JSON \(.+\), not a chat completion$/, false],
  ])('fails, naming the server, when a 200 answer is %s instead of a chat completion', async (_what, reply, message, retryable) => {
    const provider = await providerAgainst(() => reply);

    const error = await failureOf(provider.complete(request));

    expect(error.message, error.message).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/v1 ${message.source}`));
    expect(error).toMatchObject({ retryable, httpStatus: 200 });
  });

  it('reads a completion sent with a content-type other than JSON', async () => {
    const completion = { id: 'x', object: 'chat.completion', created: 1, model: 'llama3.1:8b', choices: [{ index: 0, message: { role: 'assistant', content: '{"ok":true}' }, finish_reason: 'stop' }] };
    const provider = await providerAgainst(() => ({ status: 200, body: JSON.stringify(completion), headers: { 'content-type': 'text/plain; charset=utf-8' } }));

    const response = await provider.complete(request);

    expect(response).toMatchObject({ text: '{"ok":true}', model: 'llama3.1:8b', finishReason: 'stop', usage: null });
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
    [403, 'Project does not have access', /may not use model gpt-5\.4-mini/],
    [404, 'The model does not exist', /no model gpt-5\.4-mini at http:\/\/127\.0\.0\.1:\d+\/v1: check --model and OPENAI_BASE_URL/],
    [400, "Invalid value for 'messages'", /Invalid value for 'messages'/],
  ])('treats HTTP %i as final, with a message that says what to change', async (status, serverMessage, advice) => {
    const provider = await providerAgainst(() => ({ status, body: { error: { message: serverMessage } } }));

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: false, httpStatus: status, adaptation: undefined });
    expect(error.message).toContain(serverMessage);
    expect(error.message).toMatch(advice);
  });

  it.each([
    ['gpt-5-pro', 'This model is only supported in v1/responses and not in v1/chat/completions.'],
    ['o1-pro', 'This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?'],
  ])('says a model that exists but takes no chat completions (%s) is one to replace, not a model or URL to check', async (model, serverMessage) => {
    const provider = await providerAgainst(() => apiError(404, serverMessage, { param: 'model' }), { model });

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: false, httpStatus: 404 });
    expect(error.message).toBe(`HTTP 404 ${serverMessage} (model ${model} does not answer the chat-completions API, which lyfe-kt uses)`);
    expect(error.fix).toBe('Choose a model that answers chat completions with --model');
  });

  it('says an Azure deployment of a model without chat completions is one to replace, not a variable to check', async () => {
    const serverMessage = 'The chatCompletion operation does not work with the specified model, o1-pro. Please choose different model and try again.';
    fake = await startFakeOpenAI({ handler: () => ({ status: 400, body: { error: { code: 'OperationNotSupported', message: serverMessage } } }) });
    const env = { AZURE_OPENAI_ENDPOINT: fake.origin, AZURE_OPENAI_API_KEY: API_KEY, OPENAI_API_VERSION: '2024-10-21' };
    const { provider } = selectProvider({ model: 'lessons-prod', env });

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: false, httpStatus: 400, fix: 'Name with --model a deployment of a model that answers chat completions' });
    expect(error.message).toBe(`HTTP 400 ${serverMessage} (deployment lessons-prod does not answer the chat-completions API, which lyfe-kt uses)`);
  });

  it('never repeats the API key in an error, even when the server echoes it', async () => {
    const provider = await providerAgainst(() => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${API_KEY}.` } } }));

    const error = await failureOf(provider.complete(request));

    expect(error.message).not.toContain(API_KEY);
    expect(error.message).toContain('Incorrect API key provided: [REDACTED]');
  });

  it.each([
    ['percent-encoded', encodeURIComponent(`${API_KEY}/+`)],
    ['in part', `${API_KEY.slice(0, 20)}****`],
    ['across lines', `${API_KEY.slice(0, 12)}\n${API_KEY.slice(12)}`],
    ['base64', Buffer.from(API_KEY).toString('base64')],
  ])('never repeats the API key in an error when the server echoes it %s', async (_, echoed) => {
    const provider = await providerAgainst(() => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${echoed}` } } }));

    const error = await failureOf(provider.complete(request));

    expect(error.message).toMatch(/^HTTP 401 Incorrect API key provided: \[REDACTED\]/);
    for (let at = 0; at + 8 <= API_KEY.length; at++) expect(error.message).not.toContain(API_KEY.slice(at, at + 8));
  });

  it('turns a server that never answers into a retryable timeout that names --timeout', async () => {
    const arrived = deferred();
    const provider = await providerAgainst(
      () => {
        arrived.resolve();
        return { hang: true };
      },
      { timeoutMs: 120_000 },
    );
    // The SDK's clock is the test's: once the request has arrived, it moves past the timeout.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const pending = failureOf(provider.complete(request));
      await arrived.promise;
      vi.advanceTimersByTime(120_000);
      const error = await pending;

      expect(error).toMatchObject({ retryable: true, httpStatus: undefined });
      expect(error.message).toMatch(/no reply from http:\/\/127\.0\.0\.1:\d+\/v1 within 120 s \(raise it with --timeout, in seconds\)$/);
      expect(error.fix).toBe('Raise --timeout above 120 (seconds), or check that the server answers');
    } finally {
      vi.useRealTimers();
    }
  });

  it('treats a refused connection as retryable', async () => {
    const closed = await startFakeOpenAI();
    const baseURL = closed.url;
    await closed.close();
    const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL, timeoutMs: 2_000 });

    const error = await failureOf(provider.complete(request));

    expect(error.retryable).toBe(true);
    expect(error.message).toContain(`cannot reach ${baseURL}`);
    // No byte of it reached a server: the records do not count it as a request sent.
    expect(error.unsent).toBe(true);
    expect(error.fix).toBe(`Check OPENAI_BASE_URL (${baseURL}), and that its server is running`);
  });

  it('gives up without retrying when the caller aborts', async () => {
    const arrived = deferred();
    const provider = await providerAgainst(() => {
      arrived.resolve();
      return { hang: true };
    });
    const controller = new AbortController();

    const pending = failureOf(provider.complete(request, controller.signal));
    await arrived.promise;
    controller.abort();
    const error = await pending;

    expect(error).toMatchObject({ retryable: false, aborted: true });
  });

  it("aborts every attempt in flight when the caller's signal aborts, through one listener on it", async () => {
    let arrived = 0;
    const allArrived = deferred();
    const provider = await providerAgainst(() => {
      if (++arrived === 3) allArrived.resolve();
      return { hang: true };
    });
    const controller = new AbortController();

    const pending = [1, 2, 3].map(() => failureOf(provider.complete(request, controller.signal)));
    await allArrived.promise;
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();

    for (const error of await Promise.all(pending)) expect(error).toMatchObject({ retryable: false, aborted: true });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it("leaves no listener on the caller's signal once its attempts are over, however many a run makes", async () => {
    const provider = await providerAgainst(() => ({ content: '{"title":"Dormir bem"}' }));
    const controller = new AbortController();
    const warnings: Error[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning);
    process.on('warning', onWarning);
    try {
      await Promise.all(Array.from({ length: 12 }, () => provider.complete(request, controller.signal)));
      await provider.complete(request, controller.signal);
    } finally {
      process.off('warning', onWarning);
    }

    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
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

  it('names the model options it does not use when offline', () => {
    expect(selectProvider({ env: {}, model: 'gpt-4o', reasoningEffort: 'high' }).reason).toBe(
      'provider offline (no OPENAI_API_KEY set); --model and --reasoning-effort not used: the offline provider calls no model',
    );
    expect(selectProvider({ provider: 'offline', env: {}, model: 'gpt-4o' }).reason).toBe('provider offline (--provider); --model not used: the offline provider calls no model');
  });

  it(`is openai with ${DEFAULT_OPENAI_MODEL} when a key is set`, () => {
    const { provider, reason } = selectProvider({ env: { OPENAI_API_KEY: API_KEY } });

    expect(provider).toMatchObject({ name: 'openai', model: 'gpt-5.4-mini', source: 'live' });
    expect(reason).toBe('provider openai, model gpt-5.4-mini (OPENAI_API_KEY is set)');
    expect(reason).not.toContain(API_KEY);
  });

  it('lets --provider win over the key', () => {
    const { provider, reason } = selectProvider({ provider: 'offline', env: { OPENAI_API_KEY: API_KEY, AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' } });

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

  it('sends requests to OPENAI_BASE_URL with the key, the chosen --model and --timeout', async () => {
    fake = await startFakeOpenAI({ handler: () => ({ content: '{"ok":true}' }) });
    const { provider, reason } = selectProvider({ provider: 'openai', model: 'gpt-4o', env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: fake.url } });

    const response = await provider.complete(request);

    expect(reason).toBe(`provider openai, model gpt-4o at ${fake.url} (--provider)`);
    expect(response.text).toBe('{"ok":true}');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].body.model).toBe('gpt-4o');
    expect(fake.requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('refuses an OPENAI_BASE_URL with credentials in it, without repeating them', () => {
    const attempt = () => selectProvider({ provider: 'openai', env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: 'https://proxyuser:hunter2-proxy-pass@llm.example.com/v1' } });

    expect(attempt).toThrow(LyfeError);
    const error = (() => {
      try {
        attempt();
      } catch (thrown) {
        return thrown as LyfeError;
      }
    })()!;
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.oneLine()).toBe(
      'OPENAI_BASE_URL https://llm.example.com/v1 has credentials in it, which requests cannot carry. Put the key in OPENAI_API_KEY and remove user:password@ from the URL',
    );
    expect(error.oneLine()).not.toContain('hunter2');
  });

  it('refuses an OPENAI_BASE_URL written without its scheme, naming it without the credentials or query in it', () => {
    const refusal = (url: string): string => {
      try {
        selectProvider({ provider: 'openai', env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: url } });
      } catch (thrown) {
        expect(thrown).toBeInstanceOf(LyfeError);
        return (thrown as LyfeError).oneLine();
      }
      throw new Error(`${url} was accepted`);
    };
    // Without `//`, the text before the first colon reads as a scheme: `proxyuser:`, `localhost:`.
    expect(refusal('proxyuser:hunter2-proxy-pass@llm.example.com/v1')).toBe(
      'OPENAI_BASE_URL llm.example.com/v1 is not an http:// or https:// URL. Write it whole, with its scheme: for example http://localhost:8000/v1',
    );
    expect(refusal('localhost:8000/v1?key=hunter2-gateway-key')).toBe(
      'OPENAI_BASE_URL localhost:8000/v1 is not an http:// or https:// URL. Write it whole, with its scheme: for example http://localhost:8000/v1',
    );
    expect(refusal('azureuser:hunter2/azure-pass@lyfe.openai.azure.com')).not.toContain('hunter2');
  });

  it("sends an OPENAI_BASE_URL's query (a gateway's key) with every request, and no message repeats its value", async () => {
    const token = 'SuperSecretGatewayToken9';
    const urls: string[] = [];
    fake = await startFakeOpenAI({
      handler: (_body, index, req) => {
        urls.push(req.url ?? '');
        // The second request is answered as some servers do: the URL asked for, echoed.
        return index === 0 ? { content: '{"ok":true}' } : apiError(404, `no route for ${req.url}`);
      },
    });
    const { provider, reason } = selectProvider({ provider: 'openai', model: 'gpt-4o', env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: `${fake.url}?key=${token}` } });

    expect((await provider.complete(request)).text).toBe('{"ok":true}');
    const failure = (await provider.complete(request).then(
      () => undefined,
      (error: unknown) => error,
    )) as LlmAttemptError;

    expect(urls).toEqual([`/v1/chat/completions?key=${token}`, `/v1/chat/completions?key=${token}`]);
    expect(reason).not.toContain(token);
    expect(failure).toBeInstanceOf(LlmAttemptError);
    expect(failure.message).toContain('no route for /v1/chat/completions?key=[REDACTED]');
    expect(failure.message).not.toContain(token);
  });

  it(`keeps query values of ${SECRET_MIN_LENGTH} characters or more out of messages, as docs/providers.md says; a shorter one stays readable`, async () => {
    const docs = (await readFile('docs/providers.md', 'utf8')).replace(/\s+/g, ' ');
    expect(docs).toContain(`its values of ${SECRET_MIN_LENGTH} characters or more are kept out of every message and record`);
    const token = 'GatewayKey42';
    fake = await startFakeOpenAI({ handler: (_body, _index, req) => apiError(404, `no route for ${req.url}`) });
    const { provider } = selectProvider({ provider: 'openai', model: 'gpt-4o', env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: `${fake.url}?v=1&key=${token}` } });
    const failure = (await provider.complete(request).then(
      () => undefined,
      (error: unknown) => error,
    )) as LlmAttemptError;
    expect(failure.message).toContain('HTTP 404 no route for /v1/chat/completions?v=1&key=[REDACTED]');
  });

  it('says how to lower the token limit when the server says it is more than the model allows', async () => {
    const provider = await providerAgainst(
      () => apiError(400, 'max_tokens is too large: 18000. This model supports at most 16384 completion tokens, whereas you provided 18000.', { param: 'max_tokens', code: 'invalid_value' }),
      { model: 'ft:gpt-4o-mini-2024-07-18:acme::abc123' },
    );
    const failure = (await provider.complete(request).then(
      () => undefined,
      (error: unknown) => error,
    )) as LlmAttemptError;

    expect(failure.retryable).toBe(false);
    expect(failure.message).toMatch(/whereas you provided 18000\. \(\d+ tokens were asked for the reply: set --max-completion-tokens lower, at most 16384\)$/);
  });

  it.each([
    ['OpenAI', "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages."],
    ['OpenAI, GPT-5', 'Input tokens exceed the configured limit of 272000 tokens. Your messages resulted in 300000 tokens. Please reduce the length of the messages.'],
    ['OpenAI, with the completion', "This model's maximum context length is 128000 tokens. However, you requested 150000 tokens (130000 in the messages, 20000 in the completion). Please reduce the length of the messages or completion."],
    ['vLLM', "This model's maximum context length is 8192 tokens. However, your request has 9000 input tokens. Please reduce the length of the input messages."],
  ])('says the article is too long for the model, not to lower the token limit, when the prompt alone is more than its context (%s)', async (_server, message) => {
    const provider = await providerAgainst(() => apiError(400, message, { param: 'messages', code: 'context_length_exceeded' }), { model: 'gpt-4o' });

    const error = await failureOf(provider.complete(request));

    expect(error).toMatchObject({ retryable: false, httpStatus: 400 });
    expect(error.message).not.toMatch(/--max-completion-tokens/);
    expect(error.message.endsWith(`${message} (the prompt alone is more than model gpt-4o takes: shorten or split the article, or use a model with a larger context window)`), error.message).toBe(true);
  });

  it.each([
    ['vLLM', { object: 'error', message: "This model's maximum context length is 8192 tokens. However, you requested 20000 tokens (900 in the messages, 19100 in the completion).", type: 'BadRequestError', code: 400 }],
    ['FastAPI', { detail: "This model's maximum context length is 8192 tokens." }],
  ])("reads a compatible server's own error shape (%s): its message, not \"no body\"", async (_server, body) => {
    const provider = await providerAgainst(() => ({ status: 400, body }), { model: 'served-model' });
    const failure = (await provider.complete(request).then(
      () => undefined,
      (error: unknown) => error,
    )) as LlmAttemptError;

    expect(failure.message).toMatch(/^HTTP 400 This model's maximum context length is 8192 tokens\..* \(\d+ tokens were asked for the reply: set --max-completion-tokens lower\)$/);
  });

  it("gives a proxy's web page (an HTML error) by its title, not as its markup", async () => {
    const page = `<html><head><title>502 Bad Gateway</title><style>${'body { margin: 0 } '.repeat(200)}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body></html>`;
    const provider = await providerAgainst((_body, index) => (index === 0 ? { status: 502, body: page, headers: { 'content-type': 'text/html' } } : { status: 403, body: '<html><body><h1>Access denied</h1><p>Your IP is not allowed.</p></body></html>', headers: { 'content-type': 'text/html; charset=utf-8' } }));

    const gateway = await failureOf(provider.complete(request));
    const denied = await failureOf(provider.complete(request));

    expect(gateway.message).toBe('HTTP 502 a web page: 502 Bad Gateway');
    expect(gateway).toMatchObject({ retryable: true, httpStatus: 502 });
    expect(denied.message).toMatch(/^HTTP 403 a web page: Access denied Your IP is not allowed\. \(/);
  });

  it('reads a JSON error a gateway labels text/html as the JSON it is, not as a web page', async () => {
    const body = JSON.stringify({ error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key', param: null } });
    const provider = await providerAgainst(() => ({ status: 401, body, headers: { 'content-type': 'text/html; charset=utf-8' } }));

    const failure = await failureOf(provider.complete(request));

    expect(failure.message).toBe('HTTP 401 Incorrect API key provided. (the API key was rejected: check OPENAI_API_KEY)');
  });

  it.each(['localhost:8000/v1', '127.0.0.1:8000/v1', 'ftp://llm.example.com/v1'])('refuses an OPENAI_BASE_URL without an http(s) scheme (%s), saying how to write it', (url) => {
    const attempt = () => selectProvider({ provider: 'openai', env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: url } });

    expect(attempt).toThrow(/is not an http:\/\/ or https:\/\/ URL/);
    try {
      attempt();
    } catch (error) {
      expect((error as LyfeError).exitCode).toBe(ExitCode.usage);
      expect((error as LyfeError).oneLine()).toMatch(/Write it whole, with its scheme: for example http:\/\/localhost:8000\/v1$/);
    }
  });

  it('talks to Azure OpenAI through the SDK client: deployment in the path, api-version in the query, the key as api-key', async () => {
    fake = await startFakeOpenAI({ handler: () => ({ content: '{"ok":true}' }) });
    const env = { AZURE_OPENAI_ENDPOINT: fake.origin, AZURE_OPENAI_API_KEY: API_KEY, OPENAI_API_VERSION: '2024-10-21', AZURE_OPENAI_DEPLOYMENT: 'gpt-5-mini' };

    const { provider, reason } = selectProvider({ env });
    const response = await provider.complete(request);

    expect(reason).toBe(`provider openai, deployment gpt-5-mini on Azure OpenAI ${fake.origin} (API version 2024-10-21) (AZURE_OPENAI_API_KEY is set)`);
    expect(response.text).toBe('{"ok":true}');
    const [sent] = fake.requests;
    expect(sent.url).toBe('/openai/deployments/gpt-5-mini/chat/completions?api-version=2024-10-21');
    expect(sent.headers['api-key']).toBe(API_KEY);
    // The deployment name says GPT-5: a reasoning model's parameters.
    expect(sent.body).not.toHaveProperty('temperature');
  });

  it('talks to Azure OpenAI when OPENAI_BASE_URL is set as well, as AZURE_OPENAI_ENDPOINT takes precedence', async () => {
    fake = await startFakeOpenAI({ handler: () => ({ content: '{"ok":true}' }) });
    // The SDK's Azure client reads OPENAI_BASE_URL from the process's environment by itself.
    vi.stubEnv('OPENAI_BASE_URL', 'http://127.0.0.1:9/v1');
    try {
      const env = { AZURE_OPENAI_ENDPOINT: fake.origin, AZURE_OPENAI_API_KEY: API_KEY, OPENAI_API_VERSION: '2024-10-21', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' };
      const { provider, reason } = selectProvider({ model: 'lessons-prod', env });

      const response = await provider.complete(request);

      expect(reason).toContain(`on Azure OpenAI ${fake.origin}`);
      expect(response.text).toBe('{"ok":true}');
      expect(fake.requests[0]!.url).toBe('/openai/deployments/lessons-prod/chat/completions?api-version=2024-10-21');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    [401, { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.' } }, /\(the API key was rejected: check AZURE_OPENAI_API_KEY\)$/],
    [404, { error: { code: 'DeploymentNotFound', message: 'The API deployment for this resource does not exist.' } }, /\(no deployment lessons-prod at http:\/\/127\.0\.0\.1:\d+ with API version 2024-10-21: check --model \(the deployment's name\), AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION\)$/],
    [400, { error: { code: 'BadRequest', message: 'API version not supported' } }, /API version not supported \(check OPENAI_API_VERSION, 2024-10-21 now\)$/],
  ])('names the Azure variables to check when Azure answers %i', async (status, body, advice) => {
    fake = await startFakeOpenAI({ handler: () => ({ status, body }) });
    const env = { AZURE_OPENAI_ENDPOINT: fake.origin, AZURE_OPENAI_API_KEY: API_KEY, OPENAI_API_VERSION: '2024-10-21' };
    const { provider } = selectProvider({ model: 'lessons-prod', env });

    const error = await failureOf(provider.complete(request));

    expect(error.message).toMatch(advice);
    expect(error.message).not.toMatch(/OPENAI_BASE_URL|check OPENAI_API_KEY/);
    expect(error).toMatchObject({ retryable: false, httpStatus: status, fix: status === 401 ? 'Check AZURE_OPENAI_API_KEY' : undefined });
  });

  it("says which categories Azure's content filter stopped a prompt for, and what to do, without retrying it", async () => {
    const filtered = {
      error: {
        message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
        type: null,
        param: 'prompt',
        code: 'content_filter',
        status: 400,
        innererror: {
          code: 'ResponsibleAIPolicyViolation',
          content_filter_result: { hate: { filtered: false, severity: 'safe' }, self_harm: { filtered: true, severity: 'medium' }, violence: { filtered: true, severity: 'high' } },
        },
      },
    };
    fake = await startFakeOpenAI({ handler: () => ({ status: 400, body: filtered }) });
    const env = { AZURE_OPENAI_ENDPOINT: fake.origin, AZURE_OPENAI_API_KEY: API_KEY, OPENAI_API_VERSION: '2024-10-21' };
    const { provider } = selectProvider({ model: 'lessons-prod', env });

    const error = await failureOf(provider.complete(request));

    expect(error.message).toMatch(/Please modify your prompt and retry\. \(Azure's content filter stopped the prompt: self_harm \(medium\), violence \(high\); leave this file out, or have the deployment's content filter changed\)$/);
    expect(error).toMatchObject({ retryable: false, httpStatus: 400 });
  });

  it('refuses an AZURE_OPENAI_ENDPOINT with credentials in it, or without an http(s) scheme, as OPENAI_BASE_URL is refused', () => {
    const env = { AZURE_OPENAI_API_KEY: API_KEY, OPENAI_API_VERSION: '2024-10-21', AZURE_OPENAI_DEPLOYMENT: 'gpt-5-mini' };
    const refusal = (endpoint: string): LyfeError => {
      try {
        selectProvider({ env: { ...env, AZURE_OPENAI_ENDPOINT: endpoint } });
      } catch (thrown) {
        return thrown as LyfeError;
      }
      throw new Error(`${endpoint} was accepted`);
    };
    const credentials = refusal('http://azureuser:hunter2-azure-pass@lyfe.openai.azure.com/');
    expect(credentials).toBeInstanceOf(LyfeError);
    expect(credentials.exitCode).toBe(ExitCode.usage);
    expect(credentials.oneLine()).toBe(
      'AZURE_OPENAI_ENDPOINT http://lyfe.openai.azure.com has credentials in it, which requests cannot carry. Put the key in AZURE_OPENAI_API_KEY and remove user:password@ from the URL',
    );
    expect(credentials.oneLine()).not.toContain('hunter2');
    const scheme = refusal('lyfe.openai.azure.com');
    expect(scheme.exitCode).toBe(ExitCode.usage);
    expect(scheme.oneLine()).toMatch(/^AZURE_OPENAI_ENDPOINT .* is not an http:\/\/ or https:\/\/ URL\. Write it whole, with its scheme: for example https:\/\/<resource>\.openai\.azure\.com\/$/);
  });

  it('asks for what Azure needs, as usage errors', () => {
    const base = { AZURE_OPENAI_ENDPOINT: 'https://lyfe.openai.azure.com', AZURE_OPENAI_API_KEY: API_KEY };
    expect(() => selectProvider({ env: base })).toThrow(/Azure OpenAI needs an API version/);
    expect(() => selectProvider({ env: { ...base, OPENAI_API_VERSION: '2024-10-21' } })).toThrow(/Azure OpenAI needs a deployment/);
    expect(selectProvider({ model: 'gpt-4o', env: { ...base, OPENAI_API_VERSION: '2024-10-21' } }).provider.model).toBe('gpt-4o');
  });
});
