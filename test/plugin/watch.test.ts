import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { watch as rollupWatch } from 'rollup';
import webpack from 'webpack';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { verifyPackage } from '../../src/package/manifest.js';
import lyfeRollup from '../../src/plugin/rollup.js';
import lyfeWebpack from '../../src/plugin/webpack.js';
import { startFakeOpenAI, type FakeHandler, type FakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { copyApp, packageAttempts, packagesIn, packageRecords, readJson } from './support.js';

/** Values a watcher's callbacks push, taken by the test in order. */
class Queue<T> {
  private readonly items: T[] = [];
  private readonly waiting: ((item: T) => void)[] = [];

  push(item: T): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }

  next(): Promise<T> {
    return this.items.length > 0 ? Promise.resolve(this.items.shift()!) : new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** A bundler's watcher as the tests drive it: its builds' outcomes and the files it saw change, in order. */
interface Watcher {
  /** Each build's error text, or undefined for a build that succeeded. */
  builds: Queue<string | undefined>;
  changes: Queue<string>;
  /** The bundle the last build wrote. */
  bundle(): string;
  close(): Promise<void>;
}

const WATCHERS = {
  rollup(app: string, options: Parameters<typeof lyfeRollup>[0]): Watcher {
    const builds = new Queue<string | undefined>();
    const changes = new Queue<string>();
    const outDir = path.join(app, 'dist-rollup');
    // Rollup has no project root: the plugin's default folders are under the working directory.
    const inApp = { cacheDir: path.join(app, 'node_modules', '.cache', 'lyfe-kt'), packageDir: path.join(app, 'packages'), ...options };
    const watcher = rollupWatch({ input: path.join(app, 'src', 'main.js'), plugins: [lyfeRollup(inApp)], output: { dir: outDir, format: 'es' }, onwarn: () => {} });
    let error: string | undefined;
    watcher.on('event', async (event) => {
      if (event.code === 'ERROR') error = `${event.error.id ?? ''}\n${event.error.message}`;
      if ((event.code === 'BUNDLE_END' || event.code === 'ERROR') && event.result) await event.result.close();
      if (event.code === 'END') {
        builds.push(error);
        error = undefined;
      }
    });
    watcher.on('change', (id) => changes.push(id));
    return { builds, changes, bundle: () => fs.readFileSync(path.join(outDir, 'main.js'), 'utf8'), close: () => watcher.close() };
  },

  webpack(app: string, options: Parameters<typeof lyfeWebpack>[0]): Watcher {
    const builds = new Queue<string | undefined>();
    const changes = new Queue<string>();
    const outDir = path.join(app, 'dist-webpack');
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      context: app,
      entry: './src/main.js',
      output: { path: outDir, filename: 'main.js' },
      plugins: [lyfeWebpack(options)],
      infrastructureLogging: { level: 'none' },
    });
    compiler.hooks.invalid.tap('test', (file) => changes.push(file ?? ''));
    const watching = compiler.watch({}, (error, stats) => {
      const errors = stats?.toJson({ all: false, errors: true }).errors ?? [];
      builds.push(error ? error.message : errors.length > 0 ? errors.map((e) => `${e.moduleName ?? ''}\n${e.message}`).join('\n') : undefined);
    });
    return {
      builds,
      changes,
      bundle: () => fs.readFileSync(path.join(outDir, 'main.js'), 'utf8'),
      // The watcher, then the compiler, as webpack's Node API asks: `compiler.close()` waits for the package.
      close: async () => {
        await new Promise<void>((resolve, reject) => watching!.close((error) => (error ? reject(error) : resolve())));
        await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())));
      },
    };
  },
};

/**
 * Edits `file` and resolves once the watcher has seen it change. A watcher begins to watch a file
 * only after the build that found it, a moment later: an edit made in that moment is never seen, so
 * the same bytes are written again until one is. Writing the same bytes again is no new edit (the
 * lesson's source is the same: no new generation), and what the test asserts waits on the watcher's
 * own events, never on this beat.
 */
async function edit(watcher: Watcher, file: string, text: string): Promise<void> {
  let seen = false;
  const noticed = (async () => {
    while (path.resolve(await watcher.changes.next()) !== file);
    seen = true;
  })();
  while (!seen) {
    fs.writeFileSync(file, text);
    await Promise.race([noticed, sleep(500)]);
  }
}

const API_KEY = 'sk-test-watch-0123456789abcdefghijklmnop';
const servers: FakeOpenAI[] = [];
const watchers: Watcher[] = [];
async function fakeOpenAI(handler?: FakeHandler): Promise<FakeOpenAI> {
  const server = await startFakeOpenAI({ handler });
  servers.push(server);
  vi.stubEnv('OPENAI_API_KEY', API_KEY);
  vi.stubEnv('OPENAI_BASE_URL', server.url);
  return server;
}

/** Closes what a test left open: the watchers first, whose close packages their session into the test's folder. */
async function closeAll(): Promise<void> {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((server) => server.close()));
}

const sessionOf = (bundle: string): string | undefined => /sess_[\w-]+/.exec(bundle)?.[0];

describe.each(['rollup', 'webpack'] as const)('%s watch mode', (bundler) => {
  const tempDir = useTempDir(`lyfe-kt-plugin-watch-${bundler}-`);
  // Registered after the folder's removal, so run before it (after-hooks run last registered first).
  afterEach(closeAll);

  test('regenerates only an edited lesson, makes no LLM call for an unchanged rebuild, and packages one session when the watcher closes', async () => {
    const server = await fakeOpenAI();
    const app = copyApp(tempDir());
    const article = path.join(app, 'content', 'como_dormir_bem.md');
    const watcher = WATCHERS[bundler](app, { provider: 'openai' });
    watchers.push(watcher);

    expect(await watcher.builds.next()).toBeUndefined();
    expect(server.requests).toHaveLength(6); // two lessons: an analysis and two levels each
    const session = sessionOf(watcher.bundle());
    expect(session).toBeDefined();

    await edit(watcher, article, fs.readFileSync(article, 'utf8').replace('# Como Dormir Bem e de Forma Consistente', '# Sono Profundo Todas as Noites'));
    expect(await watcher.builds.next()).toBeUndefined();
    // One generation: the edited lesson's analysis and levels, nothing for the other lesson.
    const regenerated = server.requests.slice(6);
    expect(regenerated).toHaveLength(3);
    for (const request of regenerated) expect(JSON.stringify(request.body.messages)).toContain('Sono Profundo Todas as Noites');
    expect(watcher.bundle()).toContain('Sono Profundo Todas as Noites');
    // The rebuild's lesson joined the build's session.
    expect(sessionOf(watcher.bundle())).toBe(session);

    const render = path.join(app, 'src', 'render.js');
    await edit(watcher, render, `${fs.readFileSync(render, 'utf8')}// an edit of no lesson\n`);
    expect(await watcher.builds.next()).toBeUndefined();
    expect(server.requests).toHaveLength(9);

    expect(packagesIn(path.join(app, 'packages')), 'no package while the watcher runs').toEqual([]);
    await watcher.close();
    watchers.splice(0);

    const [pkg, ...others] = packagesIn(path.join(app, 'packages'));
    expect(others).toEqual([]);
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.session_id).toBe(session);
    expect(metadata.execution.success).toBe(true);
    expect(metadata.ai_usage.total_api_calls).toBe(9);
    // Every request sent is audited in the session, once: a lesson loaded again unchanged adds no record.
    expect(packageAttempts(pkg!).map((r) => r.data?.source)).toEqual(Array(9).fill('live'));
    // The package holds each lesson as it is last: the edited source, and both lessons' outputs.
    expect(fs.readFileSync(path.join(pkg!, '01_raw', 'como_dormir_bem.md'), 'utf8')).toContain('# Sono Profundo Todas as Noites');
    expect(fs.readdirSync(path.join(pkg!, '03_output')).sort()).toEqual([
      'como_dormir_bem_filled_template_advanced.json',
      'como_dormir_bem_filled_template_beginner.json',
      'solidao_cronica_filled_template_advanced.json',
      'solidao_cronica_filled_template_beginner.json',
    ]);
  });

  test('records an unchanged lesson once, however many rebuilds load it again', async () => {
    const server = await fakeOpenAI();
    const app = copyApp(tempDir());
    const watcher = WATCHERS[bundler](app, { provider: 'openai' });
    watchers.push(watcher);
    expect(await watcher.builds.next()).toBeUndefined();
    const session = sessionOf(watcher.bundle());

    // Rebuilds that change no article: Rollup loads both lessons again on each of them.
    const render = path.join(app, 'src', 'render.js');
    const original = fs.readFileSync(render, 'utf8');
    for (const rebuild of [1, 2, 3]) {
      await edit(watcher, render, `${original}// rebuild ${rebuild}\n`);
      expect(await watcher.builds.next()).toBeUndefined();
      expect(sessionOf(watcher.bundle())).toBe(session);
    }
    expect(server.requests).toHaveLength(6);
    await watcher.close();
    watchers.splice(0);

    // The session holds each lesson once: two articles, four supertasks, six calls.
    const [pkg] = packagesIn(path.join(app, 'packages'));
    expect(verifyPackage(pkg!)).toMatchObject({ ok: true });
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(true);
    const stage = (name: string) => metadata.execution.stages.find((s: { stage: string }) => s.stage === name);
    expect(stage('preprocess')).toMatchObject({ files_in: 2, files_out: 4 });
    expect(stage('generate')).toMatchObject({ files_in: 2, files_out: 4 });
    expect(metadata.ai_usage.calls).toBe(6);
    expect(packageAttempts(pkg!).map((r) => r.data?.source)).toEqual(Array(6).fill('live'));
    expect(packageRecords(pkg!, 'processing').filter((r) => r.event === 'file.result')).toHaveLength(6);
    const summary = fs.readFileSync(path.join(pkg!, 'logs', 'execution_summary.md'), 'utf8');
    expect(summary).toContain('2 files processed');
    expect(summary).toContain('4 supertasks generated');
  });

  test('records an invalid lesson as one failure of the session, however many rebuilds load it again', async () => {
    const BROKEN = 'Esta linha quebra a lição.';
    const server = await fakeOpenAI((body) =>
      body.messages.some((m) => m.content.includes('<template>') && m.content.includes(BROKEN)) ? { content: JSON.stringify({ title: 'Not a supertask' }) } : { content: pipelineReply(body) },
    );
    const askedForBroken = (): number => server.requests.filter((r) => r.body.messages.some((m) => m.content.includes(BROKEN))).length;
    const app = copyApp(tempDir());
    const article = path.join(app, 'content', 'como_dormir_bem.md');
    fs.appendFileSync(article, `\n${BROKEN}\n`);
    const watcher = WATCHERS[bundler](app, { provider: 'openai' });
    watchers.push(watcher);
    const failure = /como_dormir_bem\.md: 2 generated supertask\(s\) fail schema v1\.1/;
    expect(await watcher.builds.next()).toMatch(failure);
    const asked = askedForBroken();

    // Each rebuild loads the invalid lesson again, unchanged: it fails the rebuild, and is not asked for again.
    const other = path.join(app, 'content', 'solidao_cronica.md');
    const text = fs.readFileSync(other, 'utf8');
    for (const rebuild of [1, 2]) {
      await edit(watcher, other, `${text}\nEdição ${rebuild}.\n`);
      expect(await watcher.builds.next()).toMatch(failure);
    }
    await watcher.close();
    watchers.splice(0);
    expect(askedForBroken()).toBe(asked);

    // The session failed once, for that lesson: not once per rebuild.
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
    const generate = metadata.execution.stages.find((s: { stage: string }) => s.stage === 'generate');
    expect(generate).toMatchObject({ status: 'failed', files_invalid: 2 });
    expect(generate.error).toMatch(failure);
    expect(generate.error).not.toMatch(/lessons failed/);
  });

  test('tries a lesson that could not be generated again on the next rebuild', async () => {
    let refuse = true;
    const server = await fakeOpenAI((body) =>
      refuse && body.messages.some((m) => m.content.includes('Como Dormir Bem')) ? { status: 401, body: { error: { message: 'Incorrect API key provided' } } } : { content: pipelineReply(body) },
    );
    const app = copyApp(tempDir());
    const watcher = WATCHERS[bundler](app, { provider: 'openai' });
    watchers.push(watcher);
    expect(await watcher.builds.next()).toMatch(/como_dormir_bem\.md: lesson not generated: .*HTTP 401/);

    // The article is unchanged: the rebuild that an edit of the other one makes asks for it again.
    refuse = false;
    const other = path.join(app, 'content', 'solidao_cronica.md');
    await edit(watcher, other, `${fs.readFileSync(other, 'utf8')}\nEdição.\n`);
    expect(await watcher.builds.next()).toBeUndefined();
    expect(watcher.bundle()).toContain('Como Dormir Bem');
    const asked = server.requests.filter((r) => r.body.messages.some((m) => m.content.includes('Como Dormir Bem')));
    expect(asked.length).toBeGreaterThan(1);
  });

  test('shows a lesson that fails as the build error of its content file, and rebuilds once it is fixed', async () => {
    const BROKEN = 'Esta linha quebra a lição.';
    // A reply that fails the schema for every level asked of the article holding BROKEN.
    await fakeOpenAI((body) =>
      body.messages.some((m) => m.content.includes('<template>') && m.content.includes(BROKEN)) ? { content: JSON.stringify({ title: 'Not a supertask' }) } : { content: pipelineReply(body) },
    );
    const app = copyApp(tempDir());
    const article = path.join(app, 'content', 'como_dormir_bem.md');
    const original = fs.readFileSync(article, 'utf8');
    const watcher = WATCHERS[bundler](app, { provider: 'openai' });
    watchers.push(watcher);
    expect(await watcher.builds.next()).toBeUndefined();

    await edit(watcher, article, `${original}\n${BROKEN}\n`);
    const error = await watcher.builds.next();
    expect(error).toMatch(/content\/como_dormir_bem\.md: 2 generated supertask\(s\) fail schema v1\.1/);
    // The bundler's own error, attached to the content file (webpack names it by its module, URL-encoded).
    expect(decodeURIComponent(error!)).toContain(article);
    expect(error).not.toMatch(/^\s+at /m);

    // The original text is in the cache: fixed without a new generation.
    await edit(watcher, article, original);
    expect(await watcher.builds.next()).toBeUndefined();

    await watcher.close();
    watchers.splice(0);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    // The session held a failed generation: it is packaged as a failed run, with the invalid outputs named.
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
  });

  test('an article deleted while it runs is that rebuild\'s error, and its session is packaged as succeeded once it is back', async () => {
    await fakeOpenAI();
    const app = copyApp(tempDir());
    const article = path.join(app, 'content', 'como_dormir_bem.md');
    const away = path.join(app, 'como_dormir_bem.md.bak');
    const render = path.join(app, 'src', 'render.js');
    const watcher = WATCHERS[bundler](app, { provider: 'openai' });
    watchers.push(watcher);
    expect(await watcher.builds.next()).toBeUndefined();
    // A rebuild of no lesson: by its end the watcher watches the article too.
    await edit(watcher, render, `${fs.readFileSync(render, 'utf8')}// an edit of no lesson\n`);
    expect(await watcher.builds.next()).toBeUndefined();

    fs.renameSync(article, away);
    // Rollup's watcher and webpack's rebuild on it (webpack says no change for a file removed).
    const error = await watcher.builds.next();
    expect(error).toMatch(/como_dormir_bem\.md/);
    expect(error).toMatch(/lesson not generated: does not exist: it was deleted or moved while the build ran\. Restore it, or remove its import/);

    fs.renameSync(away, article);
    await edit(watcher, render, `${fs.readFileSync(render, 'utf8')}// another edit of no lesson\n`);
    // The article's return and the edit may be one rebuild or two.
    while ((await watcher.builds.next()) !== undefined);
    expect(watcher.bundle()).toContain('Como Dormir Bem');

    await watcher.close();
    watchers.splice(0);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    // The article missing for a while failed a rebuild, as a missing import does: no lesson of the session failed.
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(true);
    expect(packageRecords(pkg!, 'processing').filter((r) => r.level === 'error')).toEqual([]);
  });
});
