import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { callLlm, type Sleep } from '../../src/llm/call.js';
import { createOpenAiProvider } from '../../src/llm/openai.js';
import { checkAnalysisReply, type AriAnalysis } from '../../src/pipeline/analysis.js';
import { preprocessSource } from '../../src/pipeline/preprocess.js';
import { analysisRequest } from '../../src/pipeline/prompts.js';
import { runInSession } from '../../src/session/context.js';
import { deferred } from '../helpers/deferred.js';
import { auditedAttempts, type AttemptRecord } from '../helpers/audit.js';
import { answerPipeline, startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../fakes/openai-server.js';

/**
 * The LLM faults a run meets, each through the real SDK against the loopback fake, in a real
 * pipeline call (an article's analysis): what the call does, and that every attempt is audited.
 */

const SESSION = 'sess_2026-01-01_00-00-00_0123abcd';
const API_KEY = 'sk-test-faults0123456789abcdefghijklmnop';
const source = { name: 'sleep', source: '---\ntitle: Sleep\n---\n# Sleep\n\nSleep well. A regular bedtime helps the body keep its rhythm, and morning light sets the clock for the day.\n' };
const files = { input: ['sleep.md'], output: ['sleep_filled_template.md', 'sleep_ari_analysis.json'] };

let logDir: string;
let fake: FakeOpenAI | undefined;
let waits: number[];
const sleep: Sleep = async (ms) => {
  waits.push(ms);
};

beforeEach(async () => {
  logDir = await mkdtemp(path.join(tmpdir(), 'lyfe-kt-faults-'));
  waits = [];
});

afterEach(async () => {
  vi.useRealTimers();
  await fake?.close();
  fake = undefined;
  await rm(logDir, { recursive: true, force: true });
});

/**
 * One analysis call whose first attempt meets `fault`; the attempts after it are answered as a
 * model would. With `timeoutMs`, the SDK's clock is the test's: once the first request has
 * arrived, the clock moves past the timeout.
 */
async function analyse(fault: FakeReply, options: { timeoutMs?: number } = {}) {
  const arrived = deferred();
  fake = await startFakeOpenAI({
    handler: (body, index, req) => {
      if (index > 0) return answerPipeline(body, index, req);
      arrived.resolve();
      return fault;
    },
  });
  if (options.timeoutMs) vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: options.timeoutMs ?? 5_000 });
  const call = runInSession({ sessionId: SESSION, stage: 'preprocess', logDir }, () =>
    callLlm<AriAnalysis>(provider, analysisRequest(source), { ...files, check: checkAnalysisReply, sleep, retryBaseMs: 250 }),
  );
  if (options.timeoutMs) {
    await arrived.promise;
    vi.advanceTimersByTime(options.timeoutMs);
  }
  return call;
}

const error = (status: number, message: string, headers?: Record<string, string>): FakeReply => ({ status, body: { error: { message, type: 'server_error', param: null, code: null } }, headers });

interface Recovered {
  fault: string;
  reply: FakeReply;
  timeoutMs?: number;
  /** The first attempt's record. */
  first: Partial<Record<keyof AttemptRecord['data'], unknown>>;
  /** The waits before the second attempt. */
  waits: number[];
}

const recovered: Recovered[] = [
  {
    fault: '429 with retry-after',
    reply: error(429, 'Rate limit reached for gpt-5.4-mini', { 'retry-after': '2' }),
    first: { http_status: 429, reason: expect.stringContaining('Rate limit reached'), response: null },
    waits: [2_000],
  },
  { fault: '500', reply: error(500, 'The server had an error while processing your request'), first: { http_status: 500, reason: expect.stringContaining('HTTP 500') }, waits: [250] },
  { fault: 'connection reset', reply: { reset: true }, first: { reason: expect.stringMatching(/^cannot reach http:\/\/127\.0\.0\.1:\d+\/v1/), response: null }, waits: [250] },
  { fault: 'timeout', reply: { hang: true }, timeoutMs: 30_000, first: { reason: expect.stringMatching(/within 30 s \(raise it with --timeout, in seconds\)$/), response: null }, waits: [250] },
  {
    fault: 'a reply that is not JSON',
    reply: { content: 'Here is the analysis you asked for: it is about sleep.' },
    first: { reason: expect.stringContaining('the reply is not JSON'), response: 'Here is the analysis you asked for: it is about sleep.', http_status: 200 },
    waits: [],
  },
  {
    fault: 'schema-invalid JSON',
    reply: { content: JSON.stringify({ title: 'Sleep', language: 'klingon' }) },
    first: { reason: expect.stringContaining("(root): must have required property 'description'"), http_status: 200 },
    waits: [],
  },
];

describe('an LLM fault met by one attempt', () => {
  it.each(recovered)('$fault: retried, then accepted, each attempt audited', async ({ reply, timeoutMs, first, waits: expectedWaits }) => {
    const result = await analyse(reply, { timeoutMs });

    expect(result).toMatchObject({ attempts: 2, errors: [] });
    expect(result.value.title).toBeTruthy();
    expect(waits).toEqual(expectedWaits);
    expect(fake!.requests).toHaveLength(2);
    const records = await auditedAttempts(logDir);
    expect(records.map((r) => [r.data.attempt, r.data.outcome, r.level])).toEqual([
      [1, 'retry', 'warn'],
      [2, 'ok', 'info'],
    ]);
    expect(records[0].data).toMatchObject(first);
    // The server had each of them: none says it was never sent.
    expect(records.every((r) => !('sent' in r.data))).toBe(true);
    for (const record of records) {
      expect(record).toMatchObject({ session: SESSION, stage: 'preprocess', input: files.input, output: files.output });
      expect(record.data).toMatchObject({ call_id: result.callId, purpose: 'preprocess.analysis', provider: 'openai', model: 'gpt-5.4-mini', max_attempts: 11 });
      expect(record.data.params).toMatchObject({ max_completion_tokens: 2_000 + 16_000, response_format: { type: 'json_schema' } });
    }
  });

  it('schema-invalid JSON: the errors are fed back to the model, which corrects them', async () => {
    await analyse(recovered[5]!.reply);

    const repair = fake!.requests[1]!.body.messages;
    expect(repair.at(-2)).toEqual({ role: 'assistant', content: JSON.stringify({ title: 'Sleep', language: 'klingon' }) });
    expect(repair.at(-1)?.content).toMatch(/^Your reply was rejected:\n- .*\/language/s);
  });

  it('a reply cut off by the token limit: no retry, an error that names the limit to raise, the attempt recorded as truncated', async () => {
    const cut: FakeReply = {
      content: '{"title": "Sleep", "description": "How a regular bed',
      finishReason: 'length',
      usage: { prompt_tokens: 900, completion_tokens: 18_000, completion_tokens_details: { reasoning_tokens: 17_950 } },
    };
    const failure = analyse(cut);

    await expect(failure).rejects.toBeInstanceOf(LyfeError);
    const thrown = (await failure.catch((caught: unknown) => caught)) as LyfeError;
    expect(thrown.oneLine()).toBe(
      'sleep.md: preprocess.analysis: the reply was cut off by the token limit (max_completion_tokens 18000, 17950 of them on reasoning). Raise the limit with --max-completion-tokens (above 18000), or lower --reasoning-effort',
    );
    expect(fake!.requests).toHaveLength(1);
    const [record, ...more] = await auditedAttempts(logDir);
    expect(more).toEqual([]);
    expect(record!.level).toBe('error');
    expect(record!.data).toMatchObject({
      outcome: 'failed',
      truncated: true,
      finish_reason: 'length',
      response: cut.content,
      usage: { prompt_tokens: 900, completion_tokens: 18_000, total_tokens: 18_900, completion_tokens_details: { reasoning_tokens: 17_950 } },
    });
  });

  it("a reply stopped by the content filter: no repair, an error that says so, the attempt recorded as failed", async () => {
    const failure = analyse({ content: '', finishReason: 'content_filter' });

    await expect(failure).rejects.toBeInstanceOf(LyfeError);
    const thrown = (await failure.catch((caught: unknown) => caught)) as LyfeError;
    expect(thrown.oneLine()).toBe(
      "sleep.md: preprocess.analysis: the reply was stopped by the provider's content filter. Read what was sent in the prompt audit (`lyfe-kt logs --prompts`); leave this file out, or try another --model or provider",
    );
    expect(fake!.requests).toHaveLength(1);
    const [record, ...more] = await auditedAttempts(logDir);
    expect(more).toEqual([]);
    expect(record!.data).toMatchObject({ outcome: 'failed', finish_reason: 'content_filter', reason: "the reply was stopped by the provider's content filter" });
  });

  it('a server that keeps failing: a bounded number of attempts, all audited, then a clear error', async () => {
    fake = await startFakeOpenAI({ handler: () => error(503, 'overloaded') });
    const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 5_000 });
    const failure = runInSession({ sessionId: SESSION, stage: 'preprocess', logDir }, () =>
      callLlm(provider, analysisRequest(source), { ...files, check: checkAnalysisReply, sleep, retryBaseMs: 250 }),
    );

    await expect(failure).rejects.toThrow(/^preprocess\.analysis failed after 5 attempt\(s\): HTTP 503 overloaded$/);
    expect(waits).toEqual([250, 500, 1_000, 2_000]);
    expect((await auditedAttempts(logDir)).map((r) => r.data.outcome)).toEqual(['retry', 'retry', 'retry', 'retry', 'failed']);
    expect(await readFile(path.join(logDir, 'prompts.jsonl'), 'utf8')).not.toContain(API_KEY);
  });

  it('an interruption (the pipeline signal aborts): the call in flight stops at once, recorded as interrupted', async () => {
    const arrived = deferred();
    fake = await startFakeOpenAI({
      handler: () => {
        arrived.resolve();
        return { hang: true };
      },
    });
    const provider = createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 120_000 });
    const controller = new AbortController();
    const failure = runInSession({ sessionId: SESSION, stage: 'preprocess', logDir }, () =>
      preprocessSource({ name: source.name, text: source.source }, { provider, signal: controller.signal }),
    );
    await arrived.promise;
    controller.abort();

    await expect(failure).rejects.toThrow('preprocess.analysis interrupted');
    expect(fake.requests).toHaveLength(1);
    const [record, ...more] = await auditedAttempts(logDir);
    expect(more).toEqual([]);
    expect(record!.data).toMatchObject({ outcome: 'failed', reason: 'interrupted', response: null });
  });
});
