import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOGS_DIR, LogFiles } from '../../src/package/constants.js';
import { mergePackages } from '../../src/package/merge.js';
import type { ExecutionMetadata } from '../../src/package/metadata.js';
import { runPipeline } from '../../src/package/run-pipeline.js';
import type { ShardSpec } from '../../src/pipeline/shard.js';
import { SHIPPED_PRICES, usePriceTable } from '../../src/records/cost.js';
import { loadPriceTable } from '../../src/records/price-file.js';
import { startFakeOpenAI, structuredReply } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * The merged package prices its calls again from the records: with the table the shards were
 * priced with, so that its cost is the sum of theirs, and a warning when it cannot be.
 */

const SOURCE = fs.readFileSync('test/fixtures/content/como_dormir_bem.md', 'utf8');
const USAGE = { prompt_tokens: 1000, completion_tokens: 300, prompt_tokens_details: { cached_tokens: 200 } };

interface Cost {
  cost_usd: number | null;
  cost: { prices: { as_of: string; source: string; file?: string } };
}
const costOf = (pkg: string): Cost => (JSON.parse(fs.readFileSync(path.join(pkg, LOGS_DIR, LogFiles.metadata), 'utf8')) as ExecutionMetadata).ai_usage as unknown as Cost;

function priceFile(file: string, asOf: string, price: { input: number; output: number }): string {
  fs.writeFileSync(file, JSON.stringify({ as_of: asOf, source: 'our contract', models: { 'gpt-5.4-mini': price } }));
  return file;
}

describe('merge of shards priced with a price file', () => {
  const temp = useTempDir('lyfe-kt-merge-prices-');
  const { start } = useChildren();
  afterEach(() => usePriceTable(SHIPPED_PRICES));

  it("prices the merge with the shards' table, read again from their file; says so when it cannot", async () => {
    const root = temp();
    const content = path.join(root, 'content');
    fs.mkdirSync(content);
    for (let index = 0; index < 2; index++) fs.writeFileSync(path.join(content, `artigo_${index}.md`), `${SOURCE}\n\nNota ${index}: ${'mais uma frase. '.repeat(index)}\n`);
    const ours = priceFile(path.join(root, 'prices.json'), '2027-01-15', { input: 1, output: 2 });
    const theirs = priceFile(path.join(root, 'other-prices.json'), '2027-02-01', { input: 3, output: 5 });
    const server = await startFakeOpenAI({ handler: (body) => ({ content: structuredReply(pipelineReply(body), body), usage: USAGE, model: 'gpt-5.4-mini' }) });
    vi.stubEnv('OPENAI_API_KEY', 'sk-test-0123456789abcdefghij');
    vi.stubEnv('OPENAI_BASE_URL', server.url);
    /** One shard run as `run --prices <prices> --shard I/N` runs it. */
    const runShard = async (shard: ShardSpec, prices: string, name: string): Promise<string> => {
      usePriceTable(loadPriceTable(prices));
      const job = path.join(root, `job-${name}`);
      const result = await runPipeline(content, {
        workDir: path.join(job, 'work'),
        logDir: path.join(job, 'logs'),
        provider: 'openai',
        schemaVersion: '1.1',
        concurrency: 2,
        responseFormat: 'auto',
        timeout: 60,
        shard,
        outputDir: path.join(root, 'packages'),
        title: name,
      });
      return result.package.path;
    };
    let shards: string[];
    let otherShard: string;
    try {
      shards = [await runShard({ index: 0, total: 2 }, ours, 's0'), await runShard({ index: 1, total: 2 }, ours, 's1')];
      otherShard = await runShard({ index: 1, total: 2 }, theirs, 'other-s1');
    } finally {
      await server.close();
      usePriceTable(SHIPPED_PRICES);
    }
    const sum = shards.reduce((total, shard) => total + costOf(shard).cost_usd!, 0);
    expect(sum).toBeGreaterThan(0);

    // Merged without --prices: the shards' file, read again, prices it; their cost is its cost.
    const merged = await mergePackages({ packages: shards, title: 'm', outputDir: path.join(root, 'merged') });
    expect(costOf(merged.path).cost_usd).toBeCloseTo(sum, 10);
    expect(costOf(merged.path).cost.prices).toEqual({ as_of: '2027-01-15', source: 'our contract', file: ours });
    expect(merged.warnings).toEqual([]);

    // Shards priced with two tables: merged with the table in use, and said so, naming each shard's table.
    const mixed = await mergePackages({ packages: [shards[0]!, otherShard], title: 'm', outputDir: path.join(root, 'mixed') });
    expect(costOf(mixed.path).cost.prices).toEqual({ as_of: SHIPPED_PRICES.as_of, source: SHIPPED_PRICES.source });
    expect(mixed.warnings).toEqual([
      `the merged package is priced with the shipped table (prices as of ${SHIPPED_PRICES.as_of}), so its cost may not be the sum of the shards': ` +
        `they were priced with different tables (${shards[0]} (0/2) with ${ours} (prices as of 2027-01-15); ${otherShard} (1/2) with ${theirs} (prices as of 2027-02-01)), and no one table prices the merge as they were`,
    ]);

    // --prices given to the merge prices it, whatever the shards'; said so when it is not theirs.
    usePriceTable(loadPriceTable(theirs));
    const repriced = await mergePackages({ packages: shards, title: 'm', outputDir: path.join(root, 'repriced') });
    expect(costOf(repriced.path).cost.prices.file).toBe(theirs);
    expect(repriced.warnings).toEqual([
      `the merged package is priced with ${theirs} (prices as of 2027-02-01), so its cost may not be the sum of the shards': they were priced with ${ours} (prices as of 2027-01-15); merge with the table they were priced with (--prices FILE; none for the shipped table) to price it as they were`,
    ]);
    usePriceTable(SHIPPED_PRICES);

    // Their file gone (a merge job without it): the shipped table, and the CLI says why on stderr and in --json.
    fs.rmSync(ours);
    const cli = await start([CLI, 'merge', ...shards, '--title', 'm', '--output-dir', path.join(root, 'no-file'), '--json'], { cwd: root, env: cliEnv() }).exit;
    expect(cli.code, cli.stderr).toBe(0);
    const warning = `the merged package is priced with the shipped table (prices as of ${SHIPPED_PRICES.as_of}), so its cost may not be the sum of the shards': they were priced with ${ours} (prices as of 2027-01-15), which cannot be had here (no such price table); merge with the table they were priced with (--prices FILE; none for the shipped table) to price it as they were`;
    expect(JSON.parse(cli.stdout).warnings).toEqual([warning]);
    expect(cli.stderr).toContain(`warning ${warning}\n`);
  });
});
