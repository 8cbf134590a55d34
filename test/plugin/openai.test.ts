import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startFakeOpenAI, type FakeHandler, type FakeOpenAI } from '../fakes/openai-server.js';
import pLimit, { type LimitFunction } from 'p-limit';
import { BuildSession } from '../../src/plugin/build-session.js';
import { resolvePluginOptions } from '../../src/plugin/options.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { BUNDLERS, BuildFailed, buildApp, copyApp, outputTitles, packageAttempts, packagesIn, readJson, runBundle } from './support.js';

const API_KEY = 'sk-test-plugin-0123456789abcdefghijklmnop';

const servers: FakeOpenAI[] = [];
async function fakeOpenAI(handler?: FakeHandler): Promise<FakeOpenAI> {
  const server = await startFakeOpenAI({ handler });
  servers.push(server);
  vi.stubEnv('OPENAI_API_KEY', API_KEY);
  vi.stubEnv('OPENAI_BASE_URL', server.url);
  return server;
}

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Every file of a folder, as text. */
function allText(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** A schema-invalid supertask for every generate request; analyses are answered as a model would. */
const invalidSupertasks: FakeHandler = (body) =>
  body.messages.some((m) => m.content.includes('<template>')) ? { content: JSON.stringify({ title: 'Not a supertask' }) } : { content: pipelineReply(body) };

describe('a build with the openai provider', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-openai-');

  test('audits every request it sends, in the package of its session, without the key', async () => {
    const server = await fakeOpenAI();
    const app = copyApp(tempDir());

    const built = await buildApp('rollup', app, { provider: 'openai', model: 'gpt-4o-mini' });
    expect(runBundle(built.code)).toHaveLength(4);

    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    const audits = packageAttempts(pkg!);
    expect(server.requests).toHaveLength(6);
    expect(metadata.ai_usage.total_api_calls).toBe(server.requests.length);
    expect(metadata.ai_usage.provider).toBe('openai');
    expect(audits).toHaveLength(server.requests.length);
    // Each request the server saw is one audit record of this session, with its messages and reply.
    for (const request of server.requests) {
      const audit = audits.find((r) => JSON.stringify(r.data?.messages) === JSON.stringify(request.body.messages));
      expect(audit, 'an audit record per request').toBeDefined();
      expect(audit).toMatchObject({ session: metadata.session_id, event: 'llm.attempt', data: { source: 'live', provider: 'openai', outcome: 'ok' } });
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    }
    // Nowhere: not in the package, the cache entries, the global records nor the bundle.
    expect(allText(app)).not.toContain(API_KEY);
    expect(built.code).not.toContain(API_KEY);

    // Unchanged content: no request at all, and the package says so.
    await buildApp('rollup', app, { provider: 'openai', model: 'gpt-4o-mini' });
    expect(server.requests).toHaveLength(6);
    const cached = readJson(path.join(packagesIn(path.join(app, 'packages'))[1]!, 'logs', 'metadata.json'));
    expect(cached.ai_usage.total_api_calls).toBe(0);
    expect(allText(app)).not.toContain(API_KEY);

    // Another model is another cache entry.
    await buildApp('rollup', app, { provider: 'openai', model: 'gpt-4o' });
    expect(server.requests).toHaveLength(12);
  });

  test('asks the server again when OPENAI_BASE_URL names another one, and takes the same server with a gateway key in its query from the cache, writing that key nowhere', async () => {
    const first = await fakeOpenAI();
    const other = await fakeOpenAI();
    const app = copyApp(tempDir());
    vi.stubEnv('OPENAI_BASE_URL', first.url);
    await buildApp('rollup', app, { provider: 'openai' });
    expect(first.requests).toHaveLength(6);

    // Another OpenAI-compatible server may serve another model under the same name: its lessons are its own.
    vi.stubEnv('OPENAI_BASE_URL', other.url);
    await buildApp('rollup', app, { provider: 'openai' });
    expect(other.requests).toHaveLength(6);
    expect(packageAttempts(packagesIn(path.join(app, 'packages'))[1]!).map((r) => r.data?.source)).toEqual(Array(6).fill('live'));

    // The base URL's query holds a gateway's key, not what decides the replies: no miss, and the key is in no file.
    const gatewayKey = 'gw-0123456789abcdefghij';
    vi.stubEnv('OPENAI_BASE_URL', `${other.url}?key=${gatewayKey}`);
    await buildApp('rollup', app, { provider: 'openai' });
    expect(other.requests).toHaveLength(6);
    expect(first.requests).toHaveLength(6);
    expect(allText(app)).not.toContain(gatewayKey);
    expect(allText(app)).not.toContain(API_KEY);
  });

  test('asks the model again when a setting its replies depend on changes, and not for a timeout', async () => {
    const server = await fakeOpenAI();
    const app = copyApp(tempDir());
    await buildApp('rollup', app, { provider: 'openai', reasoningEffort: 'low' });
    expect(server.requests).toHaveLength(6);
    for (const changed of [{ reasoningEffort: 'high' }, { responseFormat: 'json_object' }, { maxCompletionTokens: 9000 }] as const) {
      const before = server.requests.length;
      await buildApp('rollup', app, { provider: 'openai', ...changed });
      expect(server.requests.length - before, JSON.stringify(changed)).toBe(6);
    }
    // How long an attempt may wait changes no reply: the lessons come from the cache.
    await buildApp('rollup', app, { provider: 'openai', maxCompletionTokens: 9000, timeout: 30 });
    expect(server.requests).toHaveLength(24);
  });

  test.each(BUNDLERS)('with %s, an invalid reply fails the build naming the content file, and the failed run is packaged', async (bundler) => {
    await fakeOpenAI(invalidSupertasks);
    const app = copyApp(tempDir());

    const failure = await buildApp(bundler, app, { provider: 'openai' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(BuildFailed);
    const message = (failure as Error).message;
    expect(message).toMatch(/content\/(como_dormir_bem|solidao_cronica)\.md: 2 generated supertask\(s\) fail schema v1\.1/);
    expect(message).not.toMatch(/^\s+at /m); // no stack from inside the plugin

    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
    expect(metadata.content.invalid_files.length).toBeGreaterThan(0);
    // Nothing invalid is cached: the next build asks the model again.
    expect(fs.existsSync(path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'lessons'))).toBe(false);
  });

  test('with failOnInvalid: false, an invalid reply is a warning naming the file, and the build goes on', async () => {
    await fakeOpenAI(invalidSupertasks);
    const app = copyApp(tempDir());

    const built = await buildApp('rollup', app, { provider: 'openai', failOnInvalid: false });
    expect(built.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('content/como_dormir_bem.md: 2 generated supertask(s) fail schema v1.1'), expect.stringContaining('content/solidao_cronica.md: ')]),
    );
    // The invalid supertasks are shipped as generated, never hidden.
    expect(built.code).toContain('Not a supertask');
  });

  test('a rejected key fails the build naming the file, after one audited attempt', async () => {
    const server = await fakeOpenAI(() => ({ status: 401, body: { error: { message: 'Incorrect API key provided' } } }));
    const app = copyApp(tempDir());

    const failure = (await buildApp('esbuild', app, { provider: 'openai' }).catch((error: unknown) => error)) as Error;
    expect(failure).toBeInstanceOf(BuildFailed);
    expect(failure.message).toMatch(/content\/(como_dormir_bem|solidao_cronica)\.md: lesson not generated: preprocess\.analysis failed after 1 attempt\(s\): HTTP 401/);
    expect(server.requests).toHaveLength(2);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const audits = packageAttempts(pkg!);
    expect(audits.map((r) => r.data?.outcome)).toEqual(['failed', 'failed']);
    expect(readJson(path.join(pkg!, 'logs', 'metadata.json')).execution.success).toBe(false);
  });

  test("a failed call's error names the command that shows this build's prompt audit", async () => {
    await fakeOpenAI(() => ({ status: 400, body: { error: { message: 'Invalid value for messages', type: 'invalid_request_error' } } }));
    const app = copyApp(tempDir());

    const failure = (await buildApp('vite', app, { provider: 'openai' }).catch((error: unknown) => error)) as Error;
    expect(failure).toBeInstanceOf(BuildFailed);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const session = readJson(path.join(pkg!, 'logs', 'metadata.json')).session_id as string;
    // The build's records are not in the CLI's default logs/: the command names where they are.
    expect(failure.message).toContain(
      `content/como_dormir_bem.md: lesson not generated: preprocess.analysis failed after 1 attempt(s): HTTP 400 Invalid value for messages. See the prompt audit of this session (\`lyfe-kt logs --prompts --session ${session} --log-dir node_modules/.cache/lyfe-kt/logs\`)`,
    );
  });

  test("a reply cut off by the token limit fails naming the plugin's options to change, not the CLI's flags", async () => {
    await fakeOpenAI((body) => ({ content: pipelineReply(body).slice(0, 40), finishReason: 'length', usage: { prompt_tokens: 900, completion_tokens: 4000, completion_tokens_details: { reasoning_tokens: 3900 } } }));
    const app = copyApp(tempDir());

    const failure = (await buildApp('esbuild', app, { provider: 'openai', maxCompletionTokens: 4000 }).catch((error: unknown) => error)) as Error;
    expect(failure).toBeInstanceOf(BuildFailed);
    expect(failure.message).toContain('content/como_dormir_bem.md: lesson not generated: preprocess.analysis: the reply was cut off by the token limit');
    expect(failure.message).toContain('Raise the limit with maxCompletionTokens (above 4000), or lower reasoningEffort');
    expect(failure.message).not.toMatch(/--max-completion-tokens|--reasoning-effort/);
  });

  test('without a key, the build fails naming the file and what to set', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    const app = copyApp(tempDir());

    const failure = (await buildApp('vite', app, { provider: 'openai' }).catch((error: unknown) => error)) as Error;
    expect(failure).toBeInstanceOf(BuildFailed);
    expect(failure.message).toMatch(/content\/como_dormir_bem\.md: lesson not generated: the openai provider needs an API key\. Set OPENAI_API_KEY/);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
    expect(metadata.ai_usage.total_api_calls).toBe(0);
  });

  test("the package's generation report names every lesson's supertasks, however their generations overlap", async () => {
    // The supertasks are answered once both lessons ask for theirs: each lesson's generation is under way before any ends.
    const asked: (() => void)[] = [];
    await fakeOpenAI(async (body) => {
      if (body.messages.some((m) => m.content.includes('<template>'))) {
        await new Promise<void>((resolve) => {
          asked.push(resolve);
          if (asked.length === 4) asked.forEach((answer) => answer());
        });
      }
      return { content: pipelineReply(body) };
    });
    const app = copyApp(tempDir());

    await buildApp('rollup', app, { provider: 'openai' });
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const report = readJson(path.join(pkg!, 'reports', 'generation_report.json'));
    expect(report.outputs.map((o: { output: string }) => o.output)).toEqual([
      'como_dormir_bem_filled_template_advanced.json',
      'como_dormir_bem_filled_template_beginner.json',
      'solidao_cronica_filled_template_advanced.json',
      'solidao_cronica_filled_template_beginner.json',
    ]);
    expect(report.totals).toEqual({ outputs: 4, valid: 4, invalid: 0, failed_templates: 0 });
    expect(fs.readFileSync(path.join(pkg!, 'reports', 'generation_report.md'), 'utf8')).toContain('(4/4 valid)');
  });

  test('an article edited while its lesson is generated is generated again after that generation, whose files never replace the new ones', async () => {
    // The dev server asks again for a lesson whose article was edited while the first generation is in flight.
    let releaseFirst!: () => void;
    const firstReleased = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAsked!: () => void;
    const asked = new Promise<void>((resolve) => (firstAsked = resolve));
    await fakeOpenAI(async (body, index) => {
      if (index === 0) {
        firstAsked();
        await firstReleased;
      }
      return { content: pipelineReply(body) };
    });
    const app = copyApp(tempDir());
    const file = path.join(app, 'content', 'como_dormir_bem.md');
    let begun = 0;
    const limit = pLimit(4);
    const counted = ((fn: () => Promise<unknown>) => (begun++, limit(fn))) as LimitFunction;
    const session = await BuildSession.begin(resolvePluginOptions({ provider: 'openai' }, app), 'vite', counted);

    const first = session.lesson(file);
    await asked;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# Como Dormir Bem e de Forma Consistente', '# Sono Profundo Todas as Noites'));
    const second = session.lesson(file);
    // Both write the same work files: the second must begin once the first has ended, so that the last written is the newest.
    // Were it to run beside the first, it would end first here (the first waits on its model) and the first's files would be written last.
    if (begun > 1) await second;
    releaseFirst();
    expect((await first).exports.beginner).toMatchObject({ title: expect.stringMatching(/^Como Dormir Bem/) });
    expect((await second).exports.beginner).toMatchObject({ title: expect.stringMatching(/^Sono Profundo/) });
    await session.finish();

    const [pkg] = packagesIn(path.join(app, 'packages'));
    expect(fs.readFileSync(path.join(pkg!, '01_raw', 'como_dormir_bem.md'), 'utf8')).toContain('# Sono Profundo Todas as Noites');
    expect(fs.readFileSync(path.join(pkg!, '02_preprocessed', 'como_dormir_bem_filled_template.md'), 'utf8')).toContain('Sono Profundo Todas as Noites');
    expect(Object.values(outputTitles(pkg!)).every((title) => title.startsWith('Sono Profundo'))).toBe(true);
  });

  test('many imports at once share one limit of lessons in generation', async () => {
    let inFlight = 0;
    let most = 0;
    // Analyses are slow, so that every lesson the limit lets through is in one at the same time.
    await fakeOpenAI(async (body) => {
      if (!body.messages.some((m) => m.content.includes('<source>'))) return { content: pipelineReply(body) };
      most = Math.max(most, ++inFlight);
      await sleep(150);
      inFlight--;
      return { content: pipelineReply(body) };
    });
    const app = copyApp(tempDir());
    const source = fs.readFileSync(path.join(app, 'content', 'como_dormir_bem.md'), 'utf8');
    const names = ['one', 'two', 'three', 'four', 'five', 'six'];
    for (const name of names) fs.writeFileSync(path.join(app, 'content', `${name}.md`), source.replace('# Como Dormir Bem', `# Como Dormir Bem (${name})`));
    fs.writeFileSync(path.join(app, 'src', 'main.js'), names.map((name) => `import ${name} from '../content/${name}.md?supertask';\nconsole.log(${name}.beginner.title);`).join('\n'));

    const built = await buildApp('rollup', app, { provider: 'openai' });
    expect(runBundle(built.code)).toHaveLength(6);
    expect(most).toBe(4); // DEFAULT_CONCURRENCY
  });
});

