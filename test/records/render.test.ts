import { describe, expect, it } from 'vitest';
import { formatAttempt } from '../../src/records/render.js';
import { Events, type AttemptData, type LogRecord } from '../../src/records/types.js';

const SESSION = 'sess_2026-01-01_00-00-00_0123abcd';

function attempt(data: Partial<AttemptData>): LogRecord {
  const full: AttemptData = {
    call_id: 'call_0123456789ab',
    attempt: 1,
    max_attempts: 11,
    purpose: 'preprocess.analysis',
    provider: 'openai',
    model: 'prod-lessons',
    params: {},
    messages: [{ role: 'user', content: 'Analyse this article.' }],
    response: null,
    usage: null,
    latency_ms: 60,
    outcome: 'ok',
    source: 'live',
    ...data,
  };
  return { time: '2026-01-01T00:00:01.000Z', level: 'info', session: SESSION, stage: 'preprocess', event: Events.llmAttempt, msg: 'attempt', pid: 1, data: { ...full } };
}

describe('the prompt audit block of an attempt', () => {
  it('says the parameters it was sent with and what the next attempt changes, as docs/providers.md says', () => {
    const block = formatAttempt(
      attempt({
        outcome: 'retry',
        reason: "HTTP 400 Unsupported value: 'temperature' does not support 0.2 with this model.",
        http_status: 400,
        params: {
          max_completion_tokens: 18_000,
          temperature: 0.2,
          response_format: { type: 'json_schema', json_schema: { name: 'ari_analysis', strict: true, schema: { type: 'object' } } },
        },
        adaptation: "temperature refused (400 unsupported_value): sent without it, the model's default applies",
      }),
    );

    expect(block.split('\n').slice(1, 3)).toEqual([
      '  params: max_completion_tokens 18000, temperature 0.2, response_format json_schema (ari_analysis)',
      "  adapted: temperature refused (400 unsupported_value): sent without it, the model's default applies",
    ]);
  });

  it('says why the model stopped', () => {
    const block = formatAttempt(
      attempt({ outcome: 'failed', reason: 'the reply was cut off by the token limit', response: '{"title": "Where', finish_reason: 'length', params: { max_completion_tokens: 18_000, response_format: { type: 'json_object' } } }),
    );

    expect(block.split('\n')[0]).toMatch(/\| no usage \| finish length$/);
    expect(block).toContain('  params: max_completion_tokens 18000, response_format json_object\n');
  });
});
