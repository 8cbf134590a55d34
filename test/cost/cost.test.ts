import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderComment, renderJobSummary, type ReportView } from '../../src/action/job-summary.js';
import { LyfeError } from '../../src/errors.js';
import { renderExecutionSummary } from '../../src/package/execution-summary.js';
import { executionMetadata } from '../../src/package/metadata.js';
import { activePriceTable, costText, priceOf, SHIPPED_PRICES, usdText, usePriceTable } from '../../src/records/cost.js';
import { loadPriceTable, usePriceFile } from '../../src/records/price-file.js';
import { formatAttempt } from '../../src/records/render.js';
import { summarizeSession } from '../../src/records/session-model.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { SessionBuilder } from '../package/session-records.js';

/** 1,000 prompt tokens (400 of them cached), 417 completion tokens (100 of them reasoning). */
const USAGE = { prompt_tokens: 1000, completion_tokens: 417, total_tokens: 1417, prompt_tokens_details: { cached_tokens: 400 }, completion_tokens_details: { reasoning_tokens: 100 } };
/** gpt-5.4-mini at $0.75 / $0.075 / $4.50 per 1M: 600 × 0.75 + 400 × 0.075 + 417 × 4.5, per million. */
const MINI_COST = (600 * 0.75 + 400 * 0.075 + 417 * 4.5) / 1e6;
/** gpt-4o at $2.50 / $1.25 / $10 per 1M. */
const GPT4O_COST = (600 * 2.5 + 400 * 1.25 + 417 * 10) / 1e6;

/** Preprocess: one gpt-5.4-mini call. Generate: a dated gpt-4o snapshot, and a call retried once (the 429 carries no usage) before gpt-5.4-mini answers. */
function pricedRun(extra?: (s: SessionBuilder) => void): SessionBuilder {
  const s = new SessionBuilder();
  s.sessionStart(1).stageStart('preprocess', 1);
  s.attempt('preprocess', 1, { call_id: 'c_pre', model: 'gpt-5.4-mini', usage: USAGE, input: ['a.md'], output: ['a_ari_analysis.json'] });
  s.stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
  s.stageStart('generate', 2);
  s.attempt('generate', 2, { call_id: 'c_beg', model: 'gpt-4o-2024-08-06', usage: USAGE, input: ['a_filled_template.md'], output: ['a_beginner.json'] });
  s.attempt('generate', 2, { call_id: 'c_adv', model: 'gpt-5.4-mini', outcome: 'retry', response: null, usage: null, http_status: 429, input: ['a_filled_template.md'], output: ['a_advanced.json'] });
  s.attempt('generate', 2, { call_id: 'c_adv', attempt: 2, model: 'gpt-5.4-mini', usage: USAGE, input: ['a_filled_template.md'], output: ['a_advanced.json'] });
  extra?.(s);
  s.stageEnd('generate', 2, { status: 'ok', files_in: 1, files_out: 2 });
  return s;
}

const summaryOf = (s: SessionBuilder) => summarizeSession(s.processing, s.prompts, { prices: SHIPPED_PRICES });

describe('the price table', () => {
  it('prices a model by its id, and a dated snapshot by its model', () => {
    expect(priceOf(SHIPPED_PRICES, 'gpt-5.4-mini')).toMatchObject({ input: 0.75, cached_input: 0.075, output: 4.5 });
    // The model the docs name for complex work beside the default.
    expect(priceOf(SHIPPED_PRICES, 'gpt-5.5')).toMatchObject({ input: 5, cached_input: 0.5, output: 30 });
    expect(priceOf(SHIPPED_PRICES, 'gpt-4o-2024-08-06')).toBe(SHIPPED_PRICES.models['gpt-4o']);
    expect(priceOf(SHIPPED_PRICES, 'o3-2025-04-16')).toMatchObject({ input: 2, cached_input: 0.5, output: 8 });
    // A snapshot with a price of its own keeps it: gpt-4o's first snapshot costs twice gpt-4o's input, and has no cached-input price.
    expect(priceOf(SHIPPED_PRICES, 'gpt-4o-2024-05-13')).toEqual({ input: 5, output: 15, source: expect.stringMatching(/^https:\/\//) });
    // Only a trailing YYYY-MM-DD is a snapshot: anything else is another model, with no price.
    expect(priceOf(SHIPPED_PRICES, 'gpt-4o-mini-tts')).toBeNull();
    expect(priceOf(SHIPPED_PRICES, 'llama3.1:8b')).toBeNull();
    // A model id that is the name of an object's own machinery is a model like any other.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty-2025-01-01']) expect(priceOf(SHIPPED_PRICES, name)).toBeNull();
  });

  it('ships a date, a source, and a source and its prices for every model it names', () => {
    expect(SHIPPED_PRICES.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(SHIPPED_PRICES.source).toMatch(/^OpenAI/);
    // The default model is priced.
    expect(SHIPPED_PRICES.models['gpt-5.4-mini']).toBeDefined();
    for (const [model, price] of Object.entries(SHIPPED_PRICES.models)) {
      expect(price.source, model).toMatch(/^https:\/\//);
      expect(price.input, model).toBeGreaterThan(0);
      expect(price.output, model).toBeGreaterThan(price.input);
      if (price.cached_input !== undefined) expect(price.cached_input, model).toBeLessThan(price.input);
    }
  });
});

describe('the cost of a session', () => {
  it('is computed per call, per stage and for the run: cached prompt tokens at the cached price, retries without usage at nothing', () => {
    const summary = summaryOf(pricedRun());
    const byId = Object.fromEntries(summary.calls.map((call) => [call.call_id, call]));
    expect(byId.c_pre).toMatchObject({ billed: true, prompt_tokens: 1000, cached_tokens: 400, completion_tokens: 417, reasoning_tokens: 100 });
    expect(byId.c_pre.cost_usd).toBeCloseTo(MINI_COST, 10);
    expect(byId.c_beg.cost_usd).toBeCloseTo(GPT4O_COST, 10);
    expect(byId.c_adv).toMatchObject({ attempts: 2, http_status: null });
    expect(byId.c_adv.cost_usd).toBeCloseTo(MINI_COST, 10);

    const cost = summary.ai.cost;
    expect(cost).toMatchObject({ calls: 3, unknown_calls: 0, unbilled_calls: 0, prices: { as_of: SHIPPED_PRICES.as_of, source: SHIPPED_PRICES.source } });
    expect(cost.usd).toBeCloseTo(2 * MINI_COST + GPT4O_COST, 10);
    expect(cost.known_usd).toBe(cost.usd);
    expect(cost.stages.preprocess.usd).toBeCloseTo(MINI_COST, 10);
    expect(cost.stages.generate.usd).toBeCloseTo(MINI_COST + GPT4O_COST, 10);
    expect(summary.ai).toMatchObject({ cached_tokens: 1200, reasoning_tokens: 300 });
  });

  it('is unknown, never 0, for a model without a price: the run shows the known part and how many calls are unknown', () => {
    const summary = summaryOf(
      pricedRun((s) => s.attempt('generate', 2, { call_id: 'c_local', model: 'llama3.1:8b', usage: USAGE, input: ['b_filled_template.md'], output: ['b_beginner.json'] })),
    );
    expect(summary.calls.find((call) => call.call_id === 'c_local')).toMatchObject({ billed: true, cost_usd: null });
    expect(summary.ai.cost).toMatchObject({ usd: null, unknown_calls: 1, calls: 4 });
    expect(summary.ai.cost.known_usd).toBeCloseTo(2 * MINI_COST + GPT4O_COST, 10);
    expect(summary.ai.cost.stages.preprocess.usd).toBeCloseTo(MINI_COST, 10);
    expect(summary.ai.cost.stages.generate.usd).toBeNull();
    expect(costText(summary.ai.cost)).toBe(`${usdText(summary.ai.cost.known_usd)} + unknown for 1 call`);

    const metadata = executionMetadata(summary);
    expect(metadata.ai_usage.cost_usd).toBeNull();
    expect(metadata.ai_usage.cost).toMatchObject({ unknown_calls: 1 });
  });

  it('is unknown for a reply that came without usage: it used tokens no record names', () => {
    const summary = summaryOf(
      pricedRun((s) => s.attempt('generate', 2, { call_id: 'c_silent', model: 'gpt-5.4-mini', usage: null, input: ['b_filled_template.md'], output: ['b_beginner.json'] })),
    );
    expect(summary.calls.find((call) => call.call_id === 'c_silent')).toMatchObject({ billed: true, outcome: 'ok', cost_usd: null });
    expect(summary.ai.cost).toMatchObject({ usd: null, unknown_calls: 1, calls: 4 });
    expect(summary.ai.cost.known_usd).toBeCloseTo(2 * MINI_COST + GPT4O_COST, 10);
  });

  it('is unknown for a reply whose usage gives no whole token counts (strings, fractions, negatives, none): it used tokens no record can say', () => {
    const unreadable = [
      { prompt_tokens: '1000', completion_tokens: '417', total_tokens: '1417' },
      { prompt_tokens: 1000.5, completion_tokens: 417, total_tokens: 1417.5 },
      { prompt_tokens: -1000, completion_tokens: 417 },
      {},
      { prompt_tokens: 1000, completion_tokens: 417, prompt_tokens_details: { cached_tokens: '400' } },
    ];
    for (const usage of unreadable) {
      const odd = usage as unknown as typeof USAGE;
      const summary = summaryOf(pricedRun((s) => s.attempt('generate', 2, { call_id: 'c_odd', model: 'gpt-5.4-mini', usage: odd, input: ['b_filled_template.md'], output: ['b_beginner.json'] })));
      const call = summary.calls.find((each) => each.call_id === 'c_odd')!;
      expect(call, JSON.stringify(usage)).toMatchObject({ billed: true, outcome: 'ok', cost_usd: null });
      expect(summary.ai.cost, JSON.stringify(usage)).toMatchObject({ usd: null, unknown_calls: 1 });
      expect(summary.ai.cost.known_usd).toBeCloseTo(2 * MINI_COST + GPT4O_COST, 10);
      // Counts are whole numbers, as every view (and OpenTelemetry's integer attributes) takes them.
      for (const count of [call.tokens, call.prompt_tokens, call.completion_tokens, call.cached_tokens, summary.ai.total_tokens, summary.ai.prompt_tokens]) {
        expect(Number.isSafeInteger(count) && count >= 0, JSON.stringify(usage)).toBe(true);
      }
    }
  });

  it('counts the tokens of a usage without total_tokens (some compatible servers send none) as prompt + completion, and prices them', () => {
    const usage = { prompt_tokens: 1000, completion_tokens: 417 } as unknown as typeof USAGE;
    const s = pricedRun((s) => s.attempt('generate', 2, { call_id: 'c_partial', model: 'gpt-4o', usage, input: ['b_filled_template.md'], output: ['b_beginner.json'] }));
    const summary = summaryOf(s);

    expect(summary.calls.find((call) => call.call_id === 'c_partial')).toMatchObject({ tokens: 1417, prompt_tokens: 1000, completion_tokens: 417 });
    expect(summary.ai).toMatchObject({ total_tokens: 4 * 1417, prompt_tokens: 4000, completion_tokens: 4 * 417 });
    expect(formatAttempt(s.prompts.at(-1)!)).toContain('| 1417 tokens (1000+417)');
  });

  it('is unknown for a request aborted in flight by Ctrl-C: it was sent, and may be billed', () => {
    const summary = summaryOf(
      pricedRun((s) =>
        s.attempt('generate', 2, { call_id: 'c_stopped', model: 'gpt-5.4-mini', outcome: 'failed', reason: 'interrupted', response: null, usage: null, input: ['b_filled_template.md'], output: ['b_beginner.json'] }),
      ),
    );
    expect(summary.calls.find((call) => call.call_id === 'c_stopped')).toMatchObject({ outcome: 'unfinished', cost_usd: null });
    expect(summary.ai.cost).toMatchObject({ usd: null, unknown_calls: 1 });
  });

  it('is unknown for a billed request still in flight when its process stopped', () => {
    const s = pricedRun();
    s.prompts.push({ ...s.prompts.at(-1)!, event: 'llm.request', data: { call_id: 'c_killed', attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-5.4-mini', source: 'live' } });
    const summary = summaryOf(s);
    expect(summary.calls.find((call) => call.call_id === 'c_killed')).toMatchObject({ outcome: 'unfinished', cost_usd: null });
    expect(summary.ai.cost).toMatchObject({ usd: null, unknown_calls: 1 });
  });

  it('is 0 and not billed for the offline provider, the build cache and replays', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    s.attempt('generate', 1, { call_id: 'c_off', provider: 'offline', model: 'offline-v1', usage: USAGE, input: ['a.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c_cache', model: 'gpt-5.4-mini', source: 'cache', usage: USAGE, input: ['b.md'], output: ['b_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c_replay', model: 'no-such-model', source: 'replay', usage: USAGE, input: ['c.md'], output: ['c_beginner.json'] });
    s.stageEnd('generate', 1, { status: 'ok', files_in: 3, files_out: 3 });
    const summary = summaryOf(s);
    expect(summary.calls.map((call) => [call.call_id, call.billed, call.cost_usd])).toEqual([
      ['c_off', false, 0],
      ['c_cache', false, 0],
      ['c_replay', false, 0],
    ]);
    expect(summary.ai.cost).toMatchObject({ usd: 0, unknown_calls: 0, unbilled_calls: 3 });
    // The offline provider is asked (in-process); the cache and a replay answer from recorded replies: no request.
    expect(summary.ai).toMatchObject({ total_api_calls: 1, ok_attempts: 1, success_rate: 1 });
    expect(costText(summary.ai.cost)).toBe('$0, not billed');
    expect(renderExecutionSummary(summary)).toContain('- **Cost**: $0, not billed\n');
  });

  it('uses the price table it is given', () => {
    const s = pricedRun((b) => b.attempt('generate', 2, { call_id: 'c_local', model: 'llama3.1:8b', usage: USAGE, input: ['b.md'], output: ['b_beginner.json'] }));
    const prices = { ...SHIPPED_PRICES, models: { ...SHIPPED_PRICES.models, 'llama3.1:8b': { input: 0, output: 0 } } };
    expect(summarizeSession(s.processing, s.prompts, { prices }).ai.cost.usd).toBeCloseTo(2 * MINI_COST + GPT4O_COST, 10);
  });
});

describe('the views of the cost', () => {
  it('metadata.json keeps the PRD fields first and adds cost_usd (what compare reads), the known part, the stages and the table', () => {
    const metadata = executionMetadata(summaryOf(pricedRun()));
    expect(Object.keys(metadata.ai_usage).slice(0, 4)).toEqual(['total_api_calls', 'total_tokens', 'model', 'success_rate']);
    expect(metadata.ai_usage.cost_usd).toBeCloseTo(2 * MINI_COST + GPT4O_COST, 10);
    expect(metadata.ai_usage.cost).toMatchObject({ unknown_calls: 0, prices: { as_of: SHIPPED_PRICES.as_of }, stages: { preprocess: { calls: 1 }, generate: { calls: 2 } } });
  });

  it('writes an amount under a hundredth of a cent with two significant digits, never in exponent notation', () => {
    expect(usdText(0.000012)).toBe('$0.000012');
    // 1,300 tokens of a local model priced at $0.0001 per 1M (a price file), and one token of gpt-5-nano's input.
    expect(usdText(1.3e-7)).toBe('$0.00000013');
    expect(usdText(5e-8)).toBe('$0.00000005');
    expect(usdText(3.94e-7)).toBe('$0.00000039');
    expect(usdText(0)).toBe('$0.00');
    expect(usdText(0.0123)).toBe('$0.0123');
  });

  it('the execution summary, the job summary and the comment say it, per output and per call', () => {
    const summary = summaryOf(
      pricedRun((s) => {
        s.attempt('generate', 2, { call_id: 'c_local', model: 'llama3.1:8b', usage: USAGE, input: ['b_filled_template.md'], output: ['b_beginner.json'] });
        s.fileResult('generate', 2, 'a_filled_template.md', ['a_beginner.json'], { valid: true, call_id: 'c_beg' });
        s.fileResult('generate', 2, 'b_filled_template.md', ['b_beginner.json'], { valid: true, call_id: 'c_local' });
      }),
    );
    const known = usdText(summary.ai.cost.known_usd);
    const line = `${known} + unknown for 1 call (prices as of ${SHIPPED_PRICES.as_of}); preprocess ${usdText(MINI_COST)}, generate ${usdText(MINI_COST + GPT4O_COST)} + unknown for 1 call`;
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain(`- **Cost**: ${line}\n`);
    expect(markdown).toContain(`| a_beginner.json | yes | n/a | n/a | \`c_beg\` | 1 | 1,417 | ${usdText(GPT4O_COST)} |`);
    expect(markdown).toContain('| b_beginner.json | yes | n/a | n/a | `c_local` | 1 | 1,417 | unknown |');

    const view: ReportView = {
      sessionId: summary.session_id,
      success: true,
      problems: [],
      summary,
      steps: [],
      packageName: 'content',
      artifact: { name: 'lessons' },
      notes: [],
      runUrl: 'https://github.com/o/r/actions/runs/1',
      jobLabel: 'lessons',
    };
    const jobSummary = renderJobSummary(view);
    expect(jobSummary).toContain(`**Model cost**: ${line}`);
    expect(jobSummary).toMatch(/\| `c_local` \| generate\.call \| llama3\.1:8b \| 1 \| ok \| 1,417 \| 2,000 ms \| unknown \|/);
    expect(renderComment(view, '<!-- lyfe-kt -->')).toContain(`**Model cost**: ${line}`);
  });
});

describe('a price file', () => {
  const temp = useTempDir('lyfe-kt-prices-');
  const write = (value: unknown): string => {
    const file = path.join(temp(), 'prices.json');
    fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  afterEach(() => usePriceTable(SHIPPED_PRICES));

  it('lays its models over the shipped table and names itself', () => {
    const file = write({ as_of: '2027-01-01', source: 'our contract', models: { 'gpt-5.4-mini': { input: 0.5, output: 3 }, 'llama3.1:8b': { input: 0, output: 0 } } });
    const table = loadPriceTable(file);
    expect(table).toMatchObject({ as_of: '2027-01-01', source: 'our contract', file });
    expect(table.models['gpt-5.4-mini']).toEqual({ input: 0.5, output: 3 });
    expect(table.models['gpt-4o']).toBe(SHIPPED_PRICES.models['gpt-4o']);
    // Without a cached price, cached tokens are billed as input: 1,000 × 0.5 + 417 × 3, per million.
    const summary = summarizeSession(pricedRun().processing, pricedRun().prompts, { prices: table });
    expect(summary.calls[0].cost_usd).toBeCloseTo((1000 * 0.5 + 417 * 3) / 1e6, 10);
    expect(summary.ai.cost.prices).toEqual({ as_of: '2027-01-01', source: 'our contract', file });
  });

  it('from LYFE_KT_PRICES, or the file given, becomes the table of every session model after', () => {
    const file = write({ as_of: '2027-01-01', source: 'ours', models: {} });
    usePriceFile(undefined, { LYFE_KT_PRICES: file });
    expect(activePriceTable()).toMatchObject({ as_of: '2027-01-01', file });
    expect(summarizeSession(pricedRun().processing, pricedRun().prompts).ai.cost.prices.file).toBe(file);
    usePriceFile(undefined, {});
    expect(activePriceTable().file).toBe(file);
  });

  it.each([
    ['is not valid', { as_of: '2027-01-01', source: 'x', models: { m: { input: 1 } } }, /the price table is not valid: \/models\/m must have required property 'output'/],
    ['has a bad date', { as_of: 'January', source: 'x', models: {} }, /\/as_of must match pattern/],
    ['has a negative price', { as_of: '2027-01-01', source: 'x', models: { m: { input: -1, output: 1 } } }, /\/models\/m\/input must be >= 0/],
    ['is not JSON', '{"as_of": ', /the price table is not JSON/],
  ])('that %s is refused with the file and the fix', (_what, content, message) => {
    const file = write(content);
    let error: unknown;
    try {
      loadPriceTable(file);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(LyfeError);
    expect((error as LyfeError).file).toBe(file);
    expect((error as LyfeError).message).toMatch(message);
    expect((error as LyfeError).fix).toMatch(/docs\/cost\.md/);
  });

  it('that does not exist is refused with the file', () => {
    const file = path.join(temp(), 'none.json');
    expect(() => usePriceFile(file)).toThrow(expect.objectContaining({ message: 'no such price table', file }));
  });
});
