import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { callLlm, type CallOptions, type ReplyCheck, type Sleep } from '../../src/llm/call.js';
import { createOpenAiProvider } from '../../src/llm/openai.js';
import type { LlmProvider, LlmRequest } from '../../src/llm/provider.js';
import { refreshSecrets } from '../../src/records/redact.js';
import { runInSession } from '../../src/session/context.js';
import { deferred } from '../helpers/deferred.js';
import { auditedAttempts } from '../helpers/audit.js';
import { startFakeOpenAI, type FakeHandler, type FakeOpenAI } from '../fakes/openai-server.js';

const SESSION = 'sess_2026-01-01_00-00-00_0123abcd';
const API_KEY = 'sk-test-planted0123456789abcdefghijklmnop';

interface Lesson {
  title: string;
  estimatedDuration: number;
}

/**
 * A small stand-in for the schema check: JSON, a title, a duration within the mobile limits. Like
 * the pipeline's, it keeps a parsed reply with its errors, so that invalid output is never hidden.
 */
const checkLesson: ReplyCheck<Lesson> = (text) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { errors: [`reply is not JSON: ${(error as Error).message}`] };
  }
  const lesson = value as Partial<Lesson>;
  const errors: string[] = [];
  if (typeof lesson.title !== 'string') errors.push('/title: must be a string');
  if (typeof lesson.estimatedDuration !== 'number' || lesson.estimatedDuration < 180 || lesson.estimatedDuration > 600) {
    errors.push(`/estimatedDuration: must be between 180 and 600, got ${lesson.estimatedDuration}`);
  }
  return { value: lesson as Lesson, errors };
};

const VALID = JSON.stringify({ title: 'Dormir bem', estimatedDuration: 300 });

const request: LlmRequest = {
  purpose: 'generate.beginner',
  messages: [
    { role: 'system', content: 'You are Ari, a coaching persona. Reply with one JSON object.' },
    { role: 'user', content: 'Write a beginner supertask from: Como dormir bem.' },
  ],
  task: { kind: 'supertask', name: 'como_dormir_bem', template: '# Como dormir bem', level: 'beginner', schemaVersion: '1.1' },
  params: { temperature: 0.3, max_tokens: 900 },
};

const files = { input: ['como_dormir_bem_filled_template.md'], output: ['como_dormir_bem_beginner.json'] };

let logDir: string;
let fake: FakeOpenAI | undefined;
let savedKey: string | undefined;

beforeEach(async () => {
  logDir = await mkdtemp(path.join(tmpdir(), 'lyfe-kt-call-'));
  waits = [];
  savedKey = process.env.OPENAI_API_KEY;
  process.env.OPENAI_API_KEY = API_KEY;
  refreshSecrets();
});

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (savedKey === undefined) delete process.env.OPENAI_API_KEY;
  else process.env.OPENAI_API_KEY = savedKey;
  refreshSecrets();
  await rm(logDir, { recursive: true, force: true });
});

/** The waits between attempts, taken without waiting: the test controls time. */
let waits: number[];
const noWait: Sleep = async (ms) => {
  waits.push(ms);
};

/** Runs one audited call against a fake answering with `handler`, in the test session. */
async function call(handler: FakeHandler, options: Partial<CallOptions<Lesson>> & { timeoutMs?: number; model?: string } = {}) {
  fake = await startFakeOpenAI({ handler });
  const provider = createOpenAiProvider({ apiKey: process.env.OPENAI_API_KEY!, baseURL: fake.url, timeoutMs: options.timeoutMs ?? 5_000, model: options.model });
  return runInSession({ sessionId: SESSION, stage: 'generate', logDir }, () =>
    callLlm(provider, request, { ...files, check: checkLesson, retryBaseMs: 1, sleep: noWait, ...options }),
  );
}


/** The attempt records of the test's log directory. */
const attempts = () => auditedAttempts(logDir);

/** Every file under the log directory, as one string: the key must be nowhere in it. */
async function everythingWritten(): Promise<string> {
  const names = await readdir(logDir, { recursive: true });
  const texts = await Promise.all(names.map((name) => readFile(path.join(logDir, name), 'utf8').catch(() => '')));
  return texts.join('\n');
}

describe('callLlm through the openai SDK', () => {
  it('accepts a valid reply in one attempt and audits it fully', async () => {
    const result = await call(() => ({ content: VALID, usage: { prompt_tokens: 200, completion_tokens: 40 } }));

    expect(result).toMatchObject({ value: { title: 'Dormir bem', estimatedDuration: 300 }, errors: [], attempts: 1 });
    expect(result.usage).toEqual({ prompt_tokens: 200, completion_tokens: 40, total_tokens: 240 });
    const [record, ...more] = await attempts();
    expect(more).toEqual([]);
    expect(record).toMatchObject({
      level: 'info',
      session: SESSION,
      stage: 'generate',
      event: 'llm.attempt',
      input: files.input,
      output: files.output,
      data: {
        call_id: result.callId,
        attempt: 1,
        purpose: 'generate.beginner',
        provider: 'openai',
        model: 'gpt-5.4-mini',
        params: { max_completion_tokens: 900 + 16_000, response_format: { type: 'json_object' } },
        messages: request.messages,
        response: VALID,
        usage: { prompt_tokens: 200, completion_tokens: 40, total_tokens: 240 },
        outcome: 'ok',
        http_status: 200,
        finish_reason: 'stop',
        source: 'live',
      },
    });
    expect(record.data.latency_ms).toEqual(expect.any(Number));
    expect(record.data.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it('records that a call went to Azure OpenAI, in its request and attempt records; a call to OpenAI says nothing of it', async () => {
    fake = await startFakeOpenAI({ handler: () => ({ content: VALID }) });
    const azure = createOpenAiProvider({ apiKey: API_KEY, azure: { endpoint: fake.origin, apiVersion: '2024-10-21' }, model: 'gpt-5-mini', timeoutMs: 5_000 });
    const openai = createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 5_000 });
    for (const provider of [azure, openai]) {
      await runInSession({ sessionId: SESSION, stage: 'generate', logDir }, () => callLlm(provider, request, { ...files, check: checkLesson, retryBaseMs: 1, sleep: noWait }));
    }

    const records = (await readFile(path.join(logDir, 'prompts.jsonl'), 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(records.map((record) => [record.event, record.data.model, record.data.azure])).toEqual([
      ['llm.request', 'gpt-5-mini', true],
      ['llm.attempt', 'gpt-5-mini', true],
      ['llm.request', 'gpt-5.4-mini', undefined],
      ['llm.attempt', 'gpt-5.4-mini', undefined],
    ]);
  });

  it("records an attempt's latency without the time the provider took to load (the SDK, at the first call)", async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const provider: LlmProvider = {
        name: 'openai',
        model: 'm',
        source: 'live',
        prepare: async () => {
          now += 150;
        },
        complete: async () => {
          now += 7;
          return { text: VALID, usage: null, model: 'm', httpStatus: 200 };
        },
      };
      await runInSession({ sessionId: SESSION, stage: 'generate', logDir }, () => callLlm(provider, request, { ...files, check: checkLesson, sleep: noWait }));
    } finally {
      clock.mockRestore();
    }
    const [record] = await attempts();
    expect(record!.data.latency_ms).toBe(7);
  });

  it('waits as long as a 429 asks (retry-after-ms), then succeeds', async () => {
    const result = await call((_body, index) =>
      index === 0 ? { status: 429, body: { error: { message: 'Rate limit reached for gpt-5.4-mini' } }, headers: { 'retry-after-ms': '300' } } : { content: VALID },
    );

    expect(result.attempts).toBe(2);
    expect(waits).toEqual([300]);
    const records = await attempts();
    expect(records.map((r) => [r.data.attempt, r.data.outcome, r.data.http_status])).toEqual([
      [1, 'retry', 429],
      [2, 'ok', 200],
    ]);
    expect(records[0].data).toMatchObject({ response: null, usage: null, reason: expect.stringContaining('Rate limit reached') });
    expect(new Set(records.map((r) => r.data.call_id))).toEqual(new Set([result.callId]));
    for (const r of records) expect(r.output).toEqual(files.output);
  });

  it('gives up on a server that keeps failing with 500, after a bounded number of attempts', async () => {
    const failure = call(() => ({ status: 500, body: { error: { message: 'The server had an error' } } }), { maxTransportRetries: 2 });

    await expect(failure).rejects.toBeInstanceOf(LyfeError);
    await expect(failure).rejects.toThrow(/generate\.beginner failed after 3 attempt\(s\): HTTP 500 The server had an error/);
    expect(fake!.requests).toHaveLength(3);
    const records = await attempts();
    expect(records.map((r) => [r.data.attempt, r.data.outcome, r.data.http_status, r.level])).toEqual([
      [1, 'retry', 500, 'warn'],
      [2, 'retry', 500, 'warn'],
      [3, 'failed', 500, 'error'],
    ]);
    expect(new Set(records.map((r) => r.data.call_id)).size).toBe(1);
    for (const r of records) expect(r).toMatchObject({ input: files.input, output: files.output });
  });

  it('records the attempts a refused connection stopped as never sent', async () => {
    const closed = await startFakeOpenAI();
    const baseURL = closed.url;
    await closed.close();
    const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL, timeoutMs: 2_000 });
    const failure = runInSession({ sessionId: SESSION, stage: 'generate', logDir }, () =>
      callLlm(provider, request, { ...files, check: checkLesson, retryBaseMs: 1, sleep: noWait, maxTransportRetries: 1 }),
    );

    await expect(failure).rejects.toThrow(/failed after 2 attempt\(s\): cannot reach/);
    expect((await attempts()).map((r) => [r.data.outcome, r.data.sent])).toEqual([
      ['retry', false],
      ['failed', false],
    ]);
  });

  it('does not retry a rejected key, and says which variable to check', async () => {
    const failure = call(() => ({ status: 401, body: { error: { message: 'Incorrect API key provided' } } }));

    await expect(failure).rejects.toThrow(/check OPENAI_API_KEY/);
    await expect(failure).rejects.toMatchObject({ fix: 'Check OPENAI_API_KEY' });
    expect(fake!.requests).toHaveLength(1);
    expect((await attempts()).map((r) => [r.data.outcome, r.data.http_status])).toEqual([['failed', 401]]);
  });

  it('asks again after a reply that is not JSON', async () => {
    const result = await call((_body, index) => (index === 0 ? { content: 'Sure! Here is your supertask: title Dormir bem' } : { content: VALID }));

    expect(result).toMatchObject({ value: { title: 'Dormir bem' }, attempts: 2, errors: [] });
    const records = await attempts();
    expect(records.map((r) => [r.data.attempt, r.data.outcome])).toEqual([
      [1, 'retry'],
      [2, 'ok'],
    ]);
    expect(records[0].data).toMatchObject({ response: 'Sure! Here is your supertask: title Dormir bem', reason: expect.stringContaining('reply is not JSON') });
    expect(records[0].data.usage).not.toBeNull();
  });

  it('repairs a schema-invalid reply by feeding the validation errors back', async () => {
    const invalid = JSON.stringify({ title: 'Dormir bem', estimatedDuration: 1200 });
    const result = await call((_body, index) => (index === 0 ? { content: invalid } : { content: VALID }));

    expect(result).toMatchObject({ value: { estimatedDuration: 300 }, attempts: 2, errors: [] });
    const second = fake!.requests[1].body.messages;
    expect(second.slice(0, 2)).toEqual(request.messages);
    expect(second[2]).toEqual({ role: 'assistant', content: invalid });
    expect(second[3].role).toBe('user');
    expect(second[3].content).toContain('/estimatedDuration: must be between 180 and 600, got 1200');

    const records = await attempts();
    expect(records.map((r) => [r.data.attempt, r.data.outcome])).toEqual([
      [1, 'retry'],
      [2, 'ok'],
    ]);
    expect(records[0].data.reason).toContain('/estimatedDuration');
    expect(records[1].data.messages).toEqual(second);
    expect(result.usage.total_tokens).toBe(records[0].data.usage!.total_tokens + records[1].data.usage!.total_tokens);
  });

  it('keeps the last reply, with its errors, when repairs run out', async () => {
    const invalid = JSON.stringify({ title: 'Dormir bem', estimatedDuration: 1200 });
    const result = await call(() => ({ content: invalid }), { maxRepairs: 1 });

    expect(result.attempts).toBe(2);
    expect(result.errors).toEqual(['/estimatedDuration: must be between 180 and 600, got 1200']);
    expect((await attempts()).map((r) => r.data.outcome)).toEqual(['retry', 'ok']);
  });

  it('fails, audited, when no reply is JSON after the repairs', async () => {
    const failure = call(() => ({ content: 'I cannot write JSON today.' }), { maxRepairs: 1 });

    await expect(failure).rejects.toThrow(/gave no usable reply after 2 attempt\(s\): reply is not JSON/);
    const records = await attempts();
    expect(records.map((r) => [r.data.attempt, r.data.outcome, r.level])).toEqual([
      [1, 'retry', 'warn'],
      [2, 'failed', 'error'],
    ]);
    expect(records[1].data.response).toBe('I cannot write JSON today.');
    // This request asked for JSON mode, not a JSON Schema: no advice about Structured Outputs.
    await expect(failure).rejects.toMatchObject({ fix: 'See the replies in the prompt audit of this session (`lyfe-kt logs --prompts`)' });
  });

  it.each([
    ['stop', 'the reply is empty (finish reason stop)'],
    ['tool_calls', 'the reply is empty: the model called a tool instead of answering, though none was offered (finish reason tool_calls)'],
  ])('says the reply is empty, not that it is no JSON, when the model gave no text (finish reason %s)', async (finish, reason) => {
    const message = { role: 'assistant', content: null, ...(finish === 'tool_calls' ? { tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'write', arguments: VALID } }] } : {}) };
    const empty = { id: 'x', object: 'chat.completion', created: 1, model: 'served', choices: [{ index: 0, message, finish_reason: finish }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } };
    const failure = call(() => ({ status: 200, body: empty }), { maxRepairs: 1 });

    await expect(failure).rejects.toThrow(`generate.beginner gave no usable reply after 2 attempt(s): ${reason}`);
    const records = await attempts();
    expect(records.map((r) => [r.data.outcome, r.data.reason, r.data.finish_reason])).toEqual([
      ['retry', reason, finish],
      ['failed', reason, finish],
    ]);
  });

  it('says, when no reply to a JSON Schema request is JSON, that the server may keep to JSON mode', async () => {
    // A compatible server that takes the schema and answers in prose.
    const ignoring: LlmProvider = {
      name: 'openai',
      model: 'llama3.1:8b',
      source: 'live',
      complete: async () => ({ text: 'Here is your lesson, in prose.', usage: null, model: 'llama3.1:8b', params: { response_format: { type: 'json_schema' } } }),
    };
    const failure = runInSession({ sessionId: SESSION, stage: 'generate', logDir }, () => callLlm(ignoring, request, { ...files, check: checkLesson, maxRepairs: 0, sleep: noWait }));
    await expect(failure).rejects.toMatchObject({ fix: expect.stringContaining('a server that ignores Structured Outputs may answer in JSON with --response-format json_object') });
  });

  it('backs off exponentially from retryBaseMs when the server gives no retry-after', async () => {
    await call((_body, index) => (index < 3 ? { status: 500, body: { error: { message: 'boom' } } } : { content: VALID }), { retryBaseMs: 100 });

    expect(waits).toEqual([100, 200, 400]);
  });

  it("waits as long as a 429 without retry-after says in its message, as OpenAI's rate limits do", async () => {
    const limited = (wait: string) => ({
      status: 429,
      body: {
        error: {
          message: `Rate limit reached for gpt-5.4-mini in organization org-abc on tokens per min (TPM): Limit 200000, Used 199000, Requested 3000. Please try again in ${wait}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
          type: 'tokens',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
    });
    const waitsAsked = ['1.2s', '450ms', '1m3.5s'];

    await call((_body, index) => (index < waitsAsked.length ? limited(waitsAsked[index]!) : { content: VALID }), { retryBaseMs: 100 });

    expect(waits).toEqual([1_200, 450, 60_000]);
  });

  it('stops a call in flight when its signal aborts, and records the attempt as interrupted', async () => {
    const arrived = deferred();
    const controller = new AbortController();
    const failure = call(
      () => {
        arrived.resolve();
        return { hang: true };
      },
      { signal: controller.signal },
    );
    await arrived.promise;
    controller.abort();

    await expect(failure).rejects.toThrow(/generate\.beginner interrupted/);
    expect(fake!.requests).toHaveLength(1);
    expect((await attempts()).map((r) => [r.data.outcome, r.data.reason])).toEqual([['failed', 'interrupted']]);
  });

  it('stops waiting between retries when its signal aborts', async () => {
    const controller = new AbortController();
    const waiting = deferred();
    const sleep: Sleep = (_ms, signal) =>
      new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason));
        waiting.resolve();
      });
    const failure = call(() => ({ status: 429, body: { error: { message: 'slow down' } }, headers: { 'retry-after-ms': '60000' } }), { signal: controller.signal, sleep });
    await waiting.promise;
    controller.abort();

    await expect(failure).rejects.toThrow(/generate\.beginner interrupted/);
    expect(fake!.requests).toHaveLength(1);
    expect((await attempts()).map((r) => r.data.outcome)).toEqual(['retry']);
  });

  it('makes no attempt when its signal has already aborted', async () => {
    const failure = call(() => ({ content: VALID }), { signal: AbortSignal.abort() });

    await expect(failure).rejects.toThrow(/interrupted/);
    expect(fake!.requests).toHaveLength(0);
  });

  it('sends the API key to the server and writes it into no record', async () => {
    await call((_body, index) =>
      index === 0
        ? { status: 503, body: { error: { message: `upstream rejected ${API_KEY}` } }, headers: { 'retry-after-ms': '1' } }
        : { content: JSON.stringify({ title: `Dormir bem ${API_KEY}`, estimatedDuration: 300 }) },
    );

    expect(fake!.requests.every((r) => r.headers.authorization === `Bearer ${API_KEY}`)).toBe(true);
    const records = await attempts();
    expect(records).toHaveLength(2);
    const written = await everythingWritten();
    expect(written).not.toContain(API_KEY);
    expect(written).toContain('[REDACTED]');
  });
});
