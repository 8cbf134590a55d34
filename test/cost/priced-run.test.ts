import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageTraces } from '../../src/package/otel.js';
import { SHIPPED_PRICES, usePriceTable } from '../../src/records/cost.js';
import { usePriceFile } from '../../src/records/price-file.js';
import { startFakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * A run through the real `openai` SDK against the loopback fake, priced by a price file given
 * with --prices: every view of the package says the same cost, from the usage the API reported.
 */

const SOURCE = path.resolve('test/fixtures/content/como_dormir_bem.md');
/** 1,000 prompt tokens, 200 of them cached; 300 completion tokens. */
const USAGE = { prompt_tokens: 1000, completion_tokens: 300, prompt_tokens_details: { cached_tokens: 200 } };
/** At $1 / $0.50 cached / $2 per 1M: 800 × 1 + 200 × 0.5 + 300 × 2, per million. */
const CALL_USD = (800 * 1 + 200 * 0.5 + 300 * 2) / 1e6;

describe('a priced run', () => {
  const { start } = useChildren();
  const temp = useTempDir('lyfe-kt-priced-');

  it('writes the cost in metadata.json, execution_summary.md and the OpenTelemetry export; a 429 without usage costs nothing', async () => {
    const cwd = temp();
    fs.mkdirSync(path.join(cwd, 'in'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'in', 'como_dormir_bem.md'));
    const prices = path.join(cwd, 'prices.json');
    fs.writeFileSync(prices, JSON.stringify({ as_of: '2027-01-15', source: 'our contract', models: { 'gpt-5.4-mini': { input: 1, cached_input: 0.5, output: 2 } } }));
    const server = await startFakeOpenAI({
      handler: (body, index) =>
        index === 0 ? { status: 429, body: { error: { message: 'slow down' } }, headers: { 'retry-after-ms': '1' } } : { content: pipelineReply(body), usage: USAGE, model: 'gpt-5.4-mini-2026-03-17' },
    });
    try {
      // --prices after the command, as a global option is written most often.
      const run = await start([CLI, 'run', 'in', '--provider', 'openai', '--title', 'priced', '--prices', prices], {
        cwd,
        env: cliEnv({ OPENAI_API_KEY: 'sk-test-0123456789abcdefghij', OPENAI_BASE_URL: server.url }),
        timeoutMs: 60_000,
      }).exit;
      expect(run.code, run.stderr).toBe(0);
    } finally {
      await server.close();
    }
    const [name] = fs.readdirSync(path.join(cwd, 'packages'));
    const dir = path.join(cwd, 'packages', name!);
    const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'logs', 'metadata.json'), 'utf8'));
    const answered = metadata.ai_usage.total_api_calls - 1;
    expect(answered).toBeGreaterThanOrEqual(3);
    // Dated snapshot of gpt-5.4-mini, priced as gpt-5.4-mini by the file.
    expect(metadata.ai_usage.cost_usd).toBeCloseTo(answered * CALL_USD, 10);
    expect(metadata.ai_usage.cached_tokens).toBe(answered * 200);
    expect(metadata.ai_usage.cost).toMatchObject({ unknown_calls: 0, unbilled_calls: 0, prices: { as_of: '2027-01-15', source: 'our contract', file: prices } });
    expect(metadata.ai_usage.cost.stages.preprocess.usd + metadata.ai_usage.cost.stages.generate.usd).toBeCloseTo(metadata.ai_usage.cost_usd, 10);

    const summary = fs.readFileSync(path.join(dir, 'logs', 'execution_summary.md'), 'utf8');
    expect(summary).toContain(`- **Cost**: $${metadata.ai_usage.cost_usd.toFixed(4).replace(/0{1,2}$/, '')} (prices as of 2027-01-15, from ${prices});`);

    // The export prices with the table in use, as every view does: the same file gives the same cost.
    usePriceFile(prices);
    try {
      const [trace] = packageTraces(dir);
      const session = trace.resourceSpans[0].scopeSpans[0].spans[0];
      expect(session.attributes).toContainEqual({ key: 'lyfe_kt.cost.usd', value: { doubleValue: metadata.ai_usage.cost_usd } });
      expect(session.attributes).toContainEqual({ key: 'lyfe_kt.prices.as_of', value: { stringValue: '2027-01-15' } });
    } finally {
      usePriceTable(SHIPPED_PRICES);
    }
  });

  it('refuses an invalid LYFE_KT_PRICES before running anything, naming the file', async () => {
    const cwd = temp();
    fs.writeFileSync(path.join(cwd, 'prices.json'), '{"as_of": "2027-01-15", "models": {}}');
    const exit = await start([CLI, 'logs', '--list'], { cwd, env: cliEnv({ LYFE_KT_PRICES: 'prices.json' }) }).exit;
    // A bad value of an option, as README's exit codes say: 2.
    expect(exit.code).toBe(2);
    expect(exit.stderr).toBe("lyfe-kt: prices.json: the price table is not valid: / must have required property 'source'. " + `Make prices.json a JSON object {"as_of": "YYYY-MM-DD", "source": "...", "models": {"<model>": {"input": <usd per 1M>, "cached_input": <usd per 1M>, "output": <usd per 1M>}}} (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices\n`);
  });

  it('refuses an invalid LYFE_KT_PRICES in `run` before any model call, not after the calls it would price', async () => {
    const cwd = temp();
    fs.mkdirSync(path.join(cwd, 'in'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'in', 'como_dormir_bem.md'));
    fs.writeFileSync(path.join(cwd, 'prices.json'), '{"as_of": "2027-01-15", "source": "x", "models": {"gpt-5.4-mini": {"input": 1}}}');
    const server = await startFakeOpenAI({ handler: (body) => ({ content: pipelineReply(body), usage: USAGE }) });
    try {
      const exit = await start([CLI, 'run', 'in', '--provider', 'openai'], {
        cwd,
        env: cliEnv({ OPENAI_API_KEY: 'sk-test-0123456789abcdefghij', OPENAI_BASE_URL: server.url, LYFE_KT_PRICES: 'prices.json' }),
      }).exit;
      expect(exit.code).toBe(2);
      expect(exit.stderr).toMatch(/^lyfe-kt: prices\.json: the price table is not valid: \/models\/gpt-5\.4-mini must have required property 'output'\. Make prices\.json a JSON object .* or unset LYFE_KT_PRICES/);
      expect(server.requests).toHaveLength(0);
      expect(fs.existsSync(path.join(cwd, 'work'))).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('refuses a --prices file that is missing, a folder or not JSON as a usage error (exit 2), naming the file', async () => {
    const cwd = temp();
    fs.writeFileSync(path.join(cwd, 'broken.json'), '{"as_of": ');
    fs.mkdirSync(path.join(cwd, 'folder.json'));
    const cases = [
      ['nope.json', 'lyfe-kt: nope.json: no such price table. Give the path of a JSON price table (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices\n'],
      ['folder.json', 'lyfe-kt: folder.json: is a folder, not a price table. Give the path of a JSON price table (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices\n'],
      ['broken.json', /^lyfe-kt: broken\.json: the price table is not JSON: .*\. Make broken\.json a JSON object/],
    ] as const;
    for (const [file, says] of cases) {
      const exit = await start([CLI, 'logs', '--list', '--prices', file], { cwd, env: cliEnv() }).exit;
      expect(exit.code, exit.stderr).toBe(2);
      if (typeof says === 'string') expect(exit.stderr).toBe(says);
      else expect(exit.stderr).toMatch(says);
    }
  });
});
