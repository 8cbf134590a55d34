import { describe, expect, test } from 'vitest';
import { CallRecordIndex, checkCalls, OUTLIER_MIN_CALLS } from '../../src/package/quality-issues/call-rules.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';

/** The prompt-audit records of a session, as `callLlm` writes them: a request, then its attempt. */
class Audit {
  readonly records: LogRecord[] = [];

  request(callId: string, attempt = 1): this {
    this.records.push({
      time: '2025-01-18T17:30:45.000Z',
      level: 'debug',
      session: SESSION,
      stage: 'generate',
      event: 'llm.request',
      msg: 'sent',
      pid: 1,
      input: ['sleep_filled_template.md'],
      output: [`${callId}.json`],
      data: { call_id: callId, attempt, purpose: 'generate.beginner' },
    });
    return this;
  }

  attempt(callId: string, data: Record<string, unknown> = {}): this {
    const attempt = (data.attempt as number | undefined) ?? 1;
    this.request(callId, attempt);
    this.records.push({
      time: '2025-01-18T17:30:46.000Z',
      level: 'info',
      session: SESSION,
      stage: 'generate',
      event: 'llm.attempt',
      msg: 'done',
      pid: 1,
      input: ['sleep_filled_template.md'],
      output: [`${callId}.json`],
      data: { call_id: callId, attempt, purpose: 'generate.beginner', outcome: 'ok', response: '{}', latency_ms: 2000, usage: { prompt_tokens: 900, completion_tokens: 600, total_tokens: 1500 }, ...data },
    });
    return this;
  }

  /** What the rules find in the session model of these records. */
  findings() {
    const index = new CallRecordIndex();
    for (const record of this.records) index.add(record);
    return checkCalls(summarizeSession([], this.records).calls, index);
  }
}

/** Calls of ordinary latency and size, so that the run has a median. */
function ordinary(audit = new Audit(), n = OUTLIER_MIN_CALLS): Audit {
  for (let i = 0; i < n; i++) audit.attempt(`call_${i}`);
  return audit;
}

describe('the call rules', () => {
  test('find nothing in calls answered at the first attempt, alike in latency and size', () => {
    expect(ordinary().findings()).toEqual([]);
  });

  test('call-retried: a call that needed another attempt, with the reason, pointing at each attempt', () => {
    const audit = new Audit().attempt('call_a', { outcome: 'retry', reason: 'HTTP 429 rate limited' }).attempt('call_a', { attempt: 2 });
    expect(audit.findings()).toEqual([
      {
        rule: 'call-retried',
        severity: 'info',
        file: 'call_a.json',
        path: null,
        message: 'The model had to be asked 2 times for call_a.json (HTTP 429 rate limited).',
        records: [
          { log: 'prompts.jsonl', line: 2 },
          { log: 'prompts.jsonl', line: 4 },
        ],
        call_id: 'call_a',
      },
    ]);
  });

  test('call-retried: replies from the build cache or a replay say the model was asked when they were recorded, not in this run', () => {
    for (const [source, says] of [
      ['cache', 'this build took them from the cache and sent no request'],
      ['replay', 'this replay sent no request'],
    ] as const) {
      const audit = new Audit().attempt('call_a', { outcome: 'retry', reason: 'HTTP 429 rate limited', source }).attempt('call_a', { attempt: 2, source });
      expect(audit.findings()).toMatchObject([
        { rule: 'call-retried', severity: 'info', message: `The model had to be asked 2 times for call_a.json (HTTP 429 rate limited) when these replies were recorded; ${says}.` },
      ]);
    }
  });

  test('call-failed: a call whose last attempt failed, or that was never answered', () => {
    const failed = new Audit().attempt('call_a', { outcome: 'failed', reason: 'HTTP 401 invalid key' }).findings();
    expect(failed).toMatchObject([{ rule: 'call-failed', severity: 'error', message: expect.stringContaining('failed after 1 attempt: HTTP 401 invalid key'), records: [{ line: 2 }] }]);
    // A reason that is a sentence of its own (the API's messages end with a full stop) ends the message once.
    const sentence = new Audit().attempt('call_a', { outcome: 'failed', reason: 'HTTP 500 The server had an error while processing your request.' }).findings();
    expect(sentence[0]!.message).toBe('The generate.beginner call for sleep_filled_template.md failed after 1 attempt: HTTP 500 The server had an error while processing your request.');
    const killed = new Audit().request('call_b').findings();
    expect(killed).toMatchObject([{ rule: 'call-failed', severity: 'error', message: expect.stringContaining('never answered'), records: [{ line: 1 }] }]);
    // Stopped between an attempt that asked for another and the next request: not waiting for the model.
    const waiting = new Audit().attempt('call_c', { outcome: 'retry', reason: 'HTTP 429 rate limited' }).findings();
    expect(waiting).toMatchObject([
      { rule: 'call-failed', severity: 'error', file: 'sleep_filled_template.md', message: 'The generate.beginner call for sleep_filled_template.md was stopped while it waited to try again, after 1 attempt (the last: HTTP 429 rate limited).', records: [{ line: 2 }] },
    ]);
    // A call that produced nothing is about its input: its output was never written.
    expect(failed).toMatchObject([{ file: 'sleep_filled_template.md', message: expect.stringContaining('call for sleep_filled_template.md failed') }]);
  });

  test('response-truncated: an answer cut off by the token limit, by the flag or the finish reason', () => {
    const cut = new Audit().attempt('call_a', { outcome: 'retry', truncated: true, finish_reason: 'length' }).attempt('call_a', { attempt: 2, finish_reason: 'length' }).findings();
    const truncated = cut.filter((finding) => finding.rule === 'response-truncated');
    expect(truncated).toMatchObject([
      { severity: 'warning', records: [{ line: 2 }], message: expect.not.stringContaining('kept') },
      { severity: 'warning', records: [{ line: 4 }], message: expect.stringContaining('and that cut-off answer was kept') },
    ]);
    // Which call (a lesson's level), and what to do about it.
    for (const finding of truncated) expect(finding.message).toMatch(/ of the generate\.beginner call for .*: raise the limit with --max-completion-tokens\.$/);
    expect(new Audit().attempt('call_a', { finish_reason: 'stop', truncated: false }).findings()).toEqual([]);
  });

  test('call-slow and call-large: far above the median in latency or tokens, and by a margin worth telling', () => {
    const audit = ordinary().attempt('call_slow', { latency_ms: 30_000 }).attempt('call_large', { usage: { total_tokens: 16_000 } });
    expect(audit.findings().map((finding) => [finding.rule, finding.call_id, finding.message])).toEqual([
      ['call-slow', 'call_slow', "The generate.beginner call for call_slow.json waited 30.0 s for the model, 15 times the run's median of 2.0 s."],
      ['call-large', 'call_large', "The generate.beginner call for call_large.json used 16,000 tokens, 11 times the run's median of 1,500 tokens."],
    ]);
    // Three times the median but only a few seconds more: not worth a note.
    expect(ordinary().attempt('call_x', { latency_ms: 6500 }).findings()).toEqual([]);
    // Too few calls for a median.
    expect(ordinary(new Audit(), OUTLIER_MIN_CALLS - 2).attempt('call_slow', { latency_ms: 30_000 }).findings()).toEqual([]);
  });

  test('call-slow and call-large: the median is of answered calls; errors and interrupted calls (no reply, no tokens) are not in it', () => {
    const noReply = (audit: Audit, n: number): Audit => {
      for (let i = 0; i < n; i++) audit.attempt(`call_stopped_${i}`, { outcome: 'failed', reason: 'interrupted', response: null, usage: null, latency_ms: 3700 });
      return audit;
    };
    const outliers = (audit: Audit) => audit.findings().filter((finding) => finding.rule === 'call-slow' || finding.rule === 'call-large');
    // Three answered calls (too few for a median) and six stopped by Ctrl-C: no outlier, and never "times the run's median of 0 tokens".
    const interrupted = noReply(new Audit(), 6);
    for (const tokens of [1252, 1840, 2003]) interrupted.attempt(`call_${tokens}`, { usage: { total_tokens: tokens } });
    expect(outliers(interrupted)).toEqual([]);
    // Enough answered calls: a call a little above them is not far off their median because failures weigh it down.
    const failing = noReply(ordinary(), 6).attempt('call_bigger', { usage: { total_tokens: 2500 } });
    expect(outliers(failing)).toEqual([]);
  });
});
