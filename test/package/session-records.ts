import type { AttemptData, LogRecord, Stage } from '../../src/records/types.js';

/**
 * Records of one session as the pipeline writes them, built by hand so that every number a view
 * shows can be checked against what went in.
 */
export const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';

export class SessionBuilder {
  readonly processing: LogRecord[] = [];
  readonly prompts: LogRecord[] = [];
  private clock: number;

  constructor(start = '2025-01-18T17:30:45.000Z') {
    this.clock = Date.parse(start);
  }

  private make(stage: Stage, event: string, msg: string, pid: number, extra: Partial<LogRecord> = {}, level: LogRecord['level'] = 'info'): LogRecord {
    this.clock += 1000;
    return { time: new Date(this.clock).toISOString(), level, session: SESSION, stage, event, msg, pid, ...extra };
  }

  wait(seconds: number): this {
    this.clock += seconds * 1000;
    return this;
  }

  log(stage: Stage, event: string, msg: string, pid: number, extra: Partial<LogRecord> = {}, level: LogRecord['level'] = 'info'): this {
    this.processing.push(this.make(stage, event, msg, pid, extra, level));
    return this;
  }

  sessionStart(pid: number, data: Record<string, unknown> = { provider: 'openai', model: 'gpt-4', schema_version: '1.1' }): this {
    return this.log('session', 'session.start', `session ${SESSION} started`, pid, { data });
  }

  stageStart(stage: Stage, pid: number): this {
    return this.log(stage, 'stage.start', `${stage} started`, pid);
  }

  stageEnd(stage: Stage, pid: number, data: { status: 'ok' | 'failed'; files_in: number; files_out: number; files_invalid?: number; duration_ms?: number; error?: string }): this {
    return this.log(stage, 'stage.end', `${stage} ${data.status}`, pid, { data: { duration_ms: 1000, files_invalid: 0, ...data } }, data.status === 'ok' ? 'info' : 'error');
  }

  attempt(stage: Stage, pid: number, fields: Partial<AttemptData> & { call_id: string; input: string[]; output: string[] }): this {
    const { input, output, ...rest } = fields;
    const data: AttemptData = {
      attempt: 1,
      max_attempts: 7,
      purpose: `${stage}.call`,
      provider: 'openai',
      model: 'gpt-4',
      params: { temperature: 0.7, max_tokens: 4000 },
      messages: [
        { role: 'system', content: 'You are Ari.' },
        { role: 'user', content: `Write about ${input[0]}` },
      ],
      response: '{"ok":true}',
      usage: { prompt_tokens: 1000, completion_tokens: 417, total_tokens: 1417 },
      latency_ms: 2000,
      outcome: 'ok',
      source: 'live',
      ...rest,
    };
    const level = data.outcome === 'ok' ? 'info' : data.outcome === 'retry' ? 'warn' : 'error';
    this.prompts.push(this.make(stage, 'llm.attempt', `${data.purpose} attempt ${data.attempt} ${data.outcome}`, pid, { input, output, data: { ...data } }, level));
    return this;
  }

  /** The record written before an attempt is sent: alone, the request was in flight when its process stopped. */
  request(stage: Stage, pid: number, fields: { call_id: string; input: string[]; output: string[]; attempt?: number; purpose?: string; provider?: string; model?: string }): this {
    const { input, output, ...rest } = fields;
    const data = { attempt: 1, purpose: `${stage}.call`, provider: 'openai', model: 'gpt-4', source: 'live', ...rest };
    this.prompts.push(this.make(stage, 'llm.request', `${data.purpose} attempt ${data.attempt} sent`, pid, { input, output, data }, 'debug'));
    return this;
  }

  fileResult(stage: Stage, pid: number, input: string, output: string[], data: Record<string, unknown>): this {
    return this.log(stage, 'file.result', `${input} done`, pid, { input: [input], output, data });
  }
}

/** A whole, successful run: preprocess (one source, one call), generate (two supertasks, two calls), in three processes. */
export function successfulRun(): SessionBuilder {
  const s = new SessionBuilder();
  s.sessionStart(101).stageStart('preprocess', 101);
  s.attempt('preprocess', 101, { call_id: 'call_pre', purpose: 'preprocess.analysis', input: ['test_ari_persona.md'], output: ['test_ari_persona_ari_analysis.json'] });
  s.fileResult('preprocess', 101, 'test_ari_persona.md', ['test_ari_persona_filled_template.md', 'test_ari_persona_ari_analysis.json'], { valid: true });
  s.stageEnd('preprocess', 101, { status: 'ok', files_in: 1, files_out: 2 });
  s.wait(60).stageStart('generate', 202);
  for (const [level, score, persona] of [
    ['beginner', 0.9, 0.8],
    ['advanced', 0.94, 0.9],
  ] as const) {
    const output = `test_ari_persona_${level}.json`;
    s.attempt('generate', 202, { call_id: `call_${level}`, purpose: `generate.${level}`, input: ['test_ari_persona_filled_template.md'], output: [output] });
    s.fileResult('generate', 202, 'test_ari_persona_filled_template.md', [output], {
      valid: true,
      errors: [],
      metrics: { mobile_optimization_score: score, ari_persona_consistency: persona },
      call_id: `call_${level}`,
      schema_version: '1.1',
    });
  }
  s.stageEnd('generate', 202, { status: 'ok', files_in: 1, files_out: 2 });
  return s;
}
