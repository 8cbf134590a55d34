import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callLlm, type Sleep } from '../../src/llm/call.js';
import { modelFamily, requestParams } from '../../src/llm/model-params.js';
import { createOpenAiProvider, type OpenAiProviderOptions } from '../../src/llm/openai.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import { checkAnalysisReply } from '../../src/pipeline/analysis.js';
import { generateSupertasks } from '../../src/pipeline/generate.js';
import { analysisRequest } from '../../src/pipeline/prompts.js';
import { selectProvider } from '../../src/pipeline/providers.js';
import { validateSupertask } from '../../src/pipeline/schema.js';
import { runInSession } from '../../src/session/context.js';
import { auditedAttempts } from '../helpers/audit.js';
import { answerPipeline, apiError, reasoningModel, refusingJsonSchema, startFakeOpenAI, type FakeHandler, type FakeOpenAI, type FakeReply } from '../fakes/openai-server.js';

const SESSION = 'sess_2026-01-01_00-00-00_0123abcd';
const API_KEY = 'sk-test-families0123456789abcdefghijklm';
const source = { name: 'sleep', source: '# Sleep\n\nSleep well. A regular bedtime helps the body keep its rhythm, and morning light sets the clock for the day.\n' };
const files = { input: ['sleep.md'], output: ['sleep_ari_analysis.json'] };
const noWait: Sleep = async () => {};

let logDir: string;
let fake: FakeOpenAI | undefined;

beforeEach(async () => {
  logDir = await mkdtemp(path.join(tmpdir(), 'lyfe-kt-families-'));
});

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await rm(logDir, { recursive: true, force: true });
});

async function providerAgainst(handler: FakeHandler, options: Partial<OpenAiProviderOptions> = {}): Promise<LlmProvider> {
  fake = await startFakeOpenAI({ handler });
  return createOpenAiProvider({ apiKey: API_KEY, baseURL: fake.url, timeoutMs: 5_000, ...options });
}

/** One audited analysis call in the test session. */
const analyse = (provider: LlmProvider) =>
  runInSession({ sessionId: SESSION, stage: 'preprocess', logDir }, () => callLlm(provider, analysisRequest(source), { ...files, check: checkAnalysisReply, sleep: noWait }));

describe('the model family table', () => {
  it.each([
    ['gpt-5.4-mini', 'gpt-5'],
    ['gpt-5.5', 'gpt-5'],
    ['gpt-5-nano-2025-08-07', 'gpt-5'],
    ['GPT-5-mini', 'gpt-5'],
    ['openai/gpt-5-mini', 'gpt-5'],
    ['gpt-5-chat-latest', 'gpt-5-chat'],
    ['gpt-5.2-chat-latest', 'gpt-5-chat'],
    ['o3', 'o-series'],
    ['o4-mini-2025-04-16', 'o-series'],
    ['gpt-4.1-mini', 'gpt-4.1'],
    ['gpt-4o-mini', 'gpt-4o'],
    ['ft:gpt-4o-mini-2024-07-18:acme::abc123', 'gpt-4o'],
    ['ft:gpt-4.1-nano-2025-04-14:acme:lessons:xyz', 'gpt-4.1'],
    ['chatgpt-4o-latest', 'gpt-4o without Structured Outputs'],
    ['gpt-4o-2024-05-13', 'gpt-4o without Structured Outputs'],
    ['gpt-4-turbo', 'gpt-4 and gpt-3.5'],
    ['gpt-3.5-turbo', 'gpt-4 and gpt-3.5'],
    ['llama3.1:8b', 'unknown'],
    ['my-azure-deployment', 'unknown'],
  ])('knows %s as %s', (model, family) => {
    expect(modelFamily(model).family).toBe(family);
  });

  const request = analysisRequest(source);
  const settings = { responseFormat: 'auto' as const };

  it('gives every family max_completion_tokens, and reasoning models room for their reasoning', () => {
    expect(requestParams('gpt-4o', request, settings, new Map())).toMatchObject({ max_completion_tokens: 2_000, temperature: 0.2 });
    expect(requestParams('o3', request, settings, new Map())).toMatchObject({ max_completion_tokens: 18_000 });
    expect(requestParams('o3', request, { ...settings, reasoningEffort: 'none' }, new Map())).toMatchObject({ max_completion_tokens: 2_000, reasoning_effort: 'none' });
    expect(requestParams('gpt-5', request, { ...settings, reasoningEffort: 'high' }, new Map())).toMatchObject({ max_completion_tokens: 34_000, reasoning_effort: 'high' });
    expect(requestParams('o3', request, settings, new Map())).not.toHaveProperty('temperature');
  });

  it('gives a model that refused the reasoning effort asked for the room of its default effort', () => {
    const refused = new Map([['reasoning_effort', { kind: 'drop' as const }]]);
    const params = requestParams('acme-reasoner', request, { ...settings, reasoningEffort: 'none' }, refused);
    expect(params).toMatchObject({ max_completion_tokens: 18_000 });
    expect(params).not.toHaveProperty('reasoning_effort');
  });

  it('asks old models for JSON mode, and the others for Structured Outputs', () => {
    expect(requestParams('gpt-3.5-turbo', request, settings, new Map()).response_format).toEqual({ type: 'json_object' });
    expect(requestParams('gpt-4.1', request, settings, new Map()).response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'ari_analysis', strict: true } });
    expect(requestParams('gpt-3.5-turbo', request, { responseFormat: 'json_schema' }, new Map()).response_format).toMatchObject({ type: 'json_schema' });
    expect(requestParams('gpt-4.1', { ...request, responseSchema: undefined }, settings, new Map()).response_format).toEqual({ type: 'json_object' });
  });

  it("asks GPT-4o's first snapshot and chatgpt-4o-latest, which refuse json_schema, for JSON mode; the later snapshots for Structured Outputs", () => {
    expect(requestParams('gpt-4o-2024-05-13', request, settings, new Map()).response_format).toEqual({ type: 'json_object' });
    expect(requestParams('chatgpt-4o-latest', request, settings, new Map()).response_format).toEqual({ type: 'json_object' });
    expect(requestParams('gpt-4o-2024-08-06', request, settings, new Map()).response_format).toMatchObject({ type: 'json_schema' });
    expect(requestParams('gpt-4o', request, settings, new Map()).response_format).toMatchObject({ type: 'json_schema' });
    expect(requestParams('ft:gpt-4o-2024-08-06:acme::abc', request, settings, new Map()).response_format).toMatchObject({ type: 'json_schema' });
  });
});

describe('requests a reasoning model accepts', () => {
  it.each(['gpt-5.4-mini', 'gpt-5-mini', 'o4-mini'])('%s: accepted on the first attempt, audited with what was sent and the reasoning tokens', async (model) => {
    const provider = await providerAgainst(reasoningModel(), { model });

    const result = await analyse(provider);

    expect(result.attempts).toBe(1);
    expect(result.usage.completion_tokens_details).toEqual({ reasoning_tokens: 64 });
    const [record, ...more] = await auditedAttempts(logDir);
    expect(more).toEqual([]);
    expect(record!.data).toMatchObject({ outcome: 'ok', model, params: { max_completion_tokens: 18_000, response_format: { type: 'json_schema' } } });
    expect(record!.data.params).not.toHaveProperty('temperature');
    expect(record!.data.params).not.toHaveProperty('max_tokens');
  });

  it('an unknown name: one adaptation, recorded as such, then every later call is accepted at once', async () => {
    const provider = await providerAgainst(reasoningModel(), { model: 'acme-reasoner-2' });

    const first = await analyse(provider);
    const second = await analyse(provider);

    expect([first.attempts, second.attempts]).toEqual([2, 1]);
    const records = await auditedAttempts(logDir);
    expect(records.map((r) => [r.data.call_id, r.data.outcome, r.data.adaptation])).toEqual([
      [first.callId, 'retry', "temperature refused (400 unsupported_value): sent without it, the model's default applies"],
      [first.callId, 'ok', undefined],
      [second.callId, 'ok', undefined],
    ]);
    expect(records[0]!).toMatchObject({ level: 'warn', data: { http_status: 400, params: { temperature: 0.2 }, reason: expect.stringContaining("Unsupported value: 'temperature'") } });
    expect(records[1]!.data.params).not.toHaveProperty('temperature');
    expect(fake!.requests).toHaveLength(3);
  });
});

describe('an Azure deployment on an API version without max_completion_tokens', () => {
  it("is sent max_tokens once Azure says it does not recognize max_completion_tokens (param and code null), for every later call", async () => {
    const unrecognized = { error: { message: 'Unrecognized request argument supplied: max_completion_tokens', type: 'invalid_request_error', param: null, code: null } };
    fake = await startFakeOpenAI({ handler: (body, index, req) => (body.max_completion_tokens !== undefined ? { status: 400, body: unrecognized } : answerPipeline(body, index, req)) });
    const { provider } = selectProvider({ env: { AZURE_OPENAI_ENDPOINT: fake.origin, AZURE_OPENAI_API_KEY: API_KEY, OPENAI_API_VERSION: '2024-06-01', AZURE_OPENAI_DEPLOYMENT: 'gpt-4o' } });

    const first = await analyse(provider);
    const second = await analyse(provider);

    const records = await auditedAttempts(logDir);
    expect(records.map((r) => [r.data.outcome, r.data.adaptation])).toEqual([
      ['retry', 'max_completion_tokens refused (400 refused): sent as max_tokens'],
      ['ok', undefined],
      ['ok', undefined],
    ]);
    expect(fake.requests.map((r) => Object.keys(r.body).filter((key) => key.startsWith('max_')))).toEqual([['max_completion_tokens'], ['max_tokens'], ['max_tokens']]);
    expect(fake.requests[1]!.body.max_tokens).toBe(2000);
    expect([first.attempts, second.attempts]).toEqual([2, 1]);
  });
});

describe('a server that refuses json_schema', () => {
  it('gets one fallback to JSON mode, recorded, and JSON mode from then on', async () => {
    const provider = await providerAgainst(refusingJsonSchema(), { model: 'llama3.1:8b' });

    const first = await analyse(provider);
    await analyse(provider);

    expect(first.attempts).toBe(2);
    expect(fake!.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
    const records = await auditedAttempts(logDir);
    expect(records.map((r) => [r.data.outcome, r.data.adaptation ?? null])).toEqual([
      ['retry', 'response_format json_schema refused (400 refused): falling back to JSON mode (json_object)'],
      ['ok', null],
      ['ok', null],
    ]);
  });
});

describe('a reasoning effort the server does not have', () => {
  const refusingEffort = (refusal: FakeReply): FakeHandler => (body, index, req) => (body.reasoning_effort !== undefined ? refusal : reasoningModel()(body, index, req));

  it.each([
    [
      "OpenAI's invalid_value",
      apiError(400, "Invalid value: 'max'. Supported values are: 'none', 'minimal', 'low', 'medium', 'high', and 'xhigh'.", { param: 'reasoning_effort', code: 'invalid_value' }),
      '400 invalid_value',
    ],
    [
      "vLLM's validation error (no error.param)",
      { status: 400, body: { object: 'error', message: "1 validation error: reasoning_effort: Input should be 'low', 'medium' or 'high'", type: 'BadRequestError', param: null, code: 400 } },
      '400 refused',
    ],
  ] as const)('is left out once, recorded, after %s, and the model reasons at its default', async (_, refusal, why) => {
    const provider = await providerAgainst(refusingEffort(refusal as FakeReply), { model: 'gpt-5.4-mini', reasoningEffort: 'max' });

    const first = await analyse(provider);
    const second = await analyse(provider);

    expect([first.attempts, second.attempts]).toEqual([2, 1]);
    expect(fake!.requests.map((r) => r.body.reasoning_effort ?? null)).toEqual(['max', null, null]);
    const records = await auditedAttempts(logDir);
    expect(records.map((r) => [r.data.outcome, r.data.adaptation ?? null])).toEqual([
      ['retry', `reasoning_effort refused (${why}): sent without it, the model's default applies`],
      ['ok', null],
      ['ok', null],
    ]);
  });
});

describe('requests in flight when a parameter is first refused', () => {
  it('are sent again as adapted, not failed: both calls of a template go out together', async () => {
    let arrived = 0;
    let bothSent!: () => void;
    const together = new Promise<void>((resolve) => (bothSent = resolve));
    const refusing = refusingJsonSchema();
    const provider = await providerAgainst(
      async (body, index, req) => {
        if (body.response_format?.type === 'json_schema' && ++arrived === 2) bothSent();
        // Each refusal waits until both requests were sent with json_schema.
        if (body.response_format?.type === 'json_schema') await together;
        return refusing(body, index, req);
      },
      { model: 'llama3.1:8b' },
    );

    const [first, second] = await Promise.all([analyse(provider), analyse(provider)]);

    expect([first.attempts, second.attempts]).toEqual([2, 2]);
    expect(fake!.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_schema', 'json_object', 'json_object']);
    const adaptations = (await auditedAttempts(logDir)).filter((r) => r.data.outcome === 'retry').map((r) => r.data.adaptation);
    expect(adaptations.sort()).toEqual([
      'refused as sent before the parameters were adapted for an earlier refusal: sent again as adapted',
      'response_format json_schema refused (400 refused): falling back to JSON mode (json_object)',
    ]);
  });
});

describe('a refusal', () => {
  it('ends the call with a clear error, the refusal recorded', async () => {
    const provider = await providerAgainst(() => ({ content: '', refusal: "I'm sorry, I can't help with that request." }));

    await expect(analyse(provider)).rejects.toThrow("preprocess.analysis: the model refused to answer: I'm sorry, I can't help with that request.");
    const [record, ...more] = await auditedAttempts(logDir);
    expect(more).toEqual([]);
    expect(record!.data).toMatchObject({ outcome: 'failed', refusal: "I'm sorry, I can't help with that request.", finish_reason: 'stop' });
  });
});

describe('usage', () => {
  it('sums the attempts of a call, cached and reasoning tokens included, each attempt recording its own', async () => {
    const usage = { prompt_tokens: 1000, completion_tokens: 300, prompt_tokens_details: { cached_tokens: 768 }, completion_tokens_details: { reasoning_tokens: 200 } };
    const provider = await providerAgainst(async (body, index, req) => {
      const reply = await reasoningModel()(body, index, req);
      return index === 0 ? { content: 'not json', usage } : 'content' in reply ? { ...reply, usage } : reply;
    });

    const result = await analyse(provider);

    expect(result.usage).toEqual({ prompt_tokens: 2000, completion_tokens: 600, total_tokens: 2600, prompt_tokens_details: { cached_tokens: 1536 }, completion_tokens_details: { reasoning_tokens: 400 } });
    const records = await auditedAttempts(logDir);
    expect(records.map((r) => r.data.usage)).toEqual([{ ...usage, total_tokens: 1300 }, { ...usage, total_tokens: 1300 }]);
    expect(await readFile(path.join(logDir, 'prompts.jsonl'), 'utf8')).toContain('"cached_tokens":768');
  });
});

describe('the pipeline on Structured Outputs', () => {
  it('gets supertasks ajv validates against the real schema, without the nulls of the strict form', async () => {
    const provider = await providerAgainst(reasoningModel());
    const template = await readFile(new URL('../fixtures/reference/02_preprocessed/arthurcbrooks_mostmeaning_filled_template.md', import.meta.url), 'utf8');

    const generated = await runInSession({ sessionId: SESSION, stage: 'generate', logDir }, () =>
      generateSupertasks({ name: 'arthurcbrooks_mostmeaning_filled_template', template }, { provider, schemaVersion: '1.1' }),
    );

    expect(fake!.requests.every((r) => r.body.response_format?.type === 'json_schema')).toBe(true);
    for (const level of ['beginner', 'advanced'] as const) {
      expect(generated.errors[level]).toEqual([]);
      expect(validateSupertask(generated[level], '1.1')).toEqual([]);
      expect(JSON.stringify(generated[level])).not.toContain('null');
    }
    const replies = (await auditedAttempts(logDir)).map((r) => r.data.response ?? '');
    expect(replies.every((reply) => reply.includes('null'))).toBe(true);
  });
});
