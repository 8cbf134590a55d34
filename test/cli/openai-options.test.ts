import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reasoningModel, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** The openai provider's options, from the command line and from their environment variables, as the requests carry them. */

const ARTICLE = path.resolve('test/fixtures/content/arthurcbrooks_mostmeaning_extracted.md');
const { start } = useChildren();
const temp = useTempDir('lyfe-kt-openai-options-');
let fake: FakeOpenAI | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function preprocess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Exit> {
  fake = await startFakeOpenAI({ handler: reasoningModel() });
  const cwd = temp();
  return start([CLI, 'preprocess', 'file', ARTICLE, 'out', '--provider', 'openai', ...args], {
    cwd,
    env: cliEnv({ OPENAI_API_KEY: 'sk-test-options-0123456789abcdef', OPENAI_BASE_URL: fake.url, ...env }),
  }).exit;
}

describe('--reasoning-effort, --response-format, --timeout, --max-completion-tokens', () => {
  it('reach the request from the command line', async () => {
    const exit = await preprocess(['--model', 'gpt-5-mini', '--reasoning-effort', 'low', '--response-format', 'json_object', '--timeout', '30']);

    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stderr).toContain('provider openai, model gpt-5-mini at');
    expect(fake!.requests).toHaveLength(1);
    expect(fake!.requests[0]!.body).toMatchObject({ model: 'gpt-5-mini', reasoning_effort: 'low', response_format: { type: 'json_object' }, max_completion_tokens: 2_000 + 8_000 });
  });

  it('reach the request from LYFE_KT_* variables', async () => {
    const exit = await preprocess([], { LYFE_KT_REASONING_EFFORT: 'minimal', LYFE_KT_RESPONSE_FORMAT: 'json_schema', LYFE_KT_TIMEOUT: '45', LYFE_KT_MAX_COMPLETION_TOKENS: '12345' });

    expect(exit.code, exit.stderr).toBe(0);
    expect(fake!.requests[0]!.body).toMatchObject({ model: 'gpt-5.4-mini', reasoning_effort: 'minimal', response_format: { type: 'json_schema' }, max_completion_tokens: 12_345 });
  });

  it('take an empty LYFE_KT_* variable as not set (an action input left empty), as every option read from one does', async () => {
    const empty = ['REASONING_EFFORT', 'RESPONSE_FORMAT', 'TIMEOUT', 'MAX_COMPLETION_TOKENS', 'PRICES', 'LOG_DIR', 'WORK_DIR', 'SESSION'];
    const exit = await preprocess([], Object.fromEntries(empty.map((name) => [`LYFE_KT_${name}`, ''])));

    expect(exit.code, exit.stderr).toBe(0);
    expect(fake!.requests).toHaveLength(1);
    expect(fake!.requests[0]!.body).toMatchObject({ model: 'gpt-5.4-mini', response_format: { type: 'json_schema' }, max_completion_tokens: 2_000 + 16_000 });
    expect(fake!.requests[0]!.body).not.toHaveProperty('reasoning_effort');
  });

  it('refuse a bad value before any request, naming the variable it came from', async () => {
    const exit = await preprocess([], { LYFE_KT_TIMEOUT: '0' });

    expect(exit.code).toBe(2);
    expect(exit.stderr).toContain("option '--timeout <seconds>' value '0' from env 'LYFE_KT_TIMEOUT' is invalid. expected a whole number from 1 to 3600");
    expect(fake!.requests).toHaveLength(0);
  });
});
