import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createLogger, createServer, createServerModuleRunner, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { verifyPackage } from '../../src/package/manifest.js';
import lyfe from '../../src/plugin/vite.js';
import type { LyfePluginOptions } from '../../src/plugin/options.js';
import { answerPipeline, startFakeOpenAI } from '../fakes/openai-server.js';
import { useChildren } from '../helpers/children.js';
import { cliEnv } from '../helpers/cli.js';
import { deferred } from '../helpers/deferred.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { copyApp, packageAttempts, packagesIn, readJson } from './support.js';

declare global {
  var lessonRuns: { title: string; page: number }[] | undefined;
  var pageLoads: number | undefined;
}

/** Waits for `condition`, polling, for at most `ms`. */
async function waitFor(condition: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await sleep(50);
  }
}

describe('the Vite dev server', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-dev-');
  let server: ViteDevServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    globalThis.lessonRuns = undefined;
    globalThis.pageLoads = undefined;
  });

  /** A dev server of `app` on a free loopback port. */
  async function startDevServer(app: string): Promise<ViteDevServer> {
    const started = await createServer({
      root: app,
      configFile: false,
      logLevel: 'silent',
      plugins: [lyfe({ provider: 'offline' })],
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    return started.listen();
  }

  test('serves a lesson to the browser, which asks for it as ?import&supertask', async () => {
    server = await startDevServer(copyApp(tempDir()));
    const base = server.resolvedUrls!.local[0]!;
    const get = async (url: string): Promise<string> => (await fetch(new URL(url, base), { signal: AbortSignal.timeout(15_000) })).text();
    // Vite marks the imports of non-JavaScript files in the code it serves, and strips the mark when they are asked for.
    const lessonUrl = /from "([^"]*como_dormir_bem\.md\?[^"]*)"/.exec(await get('src/dev.js'))?.[1];
    expect(lessonUrl).toMatch(/^\/content\/como_dormir_bem\.md\?(import&)?supertask$/);
    expect(await get(lessonUrl!)).toMatch(/^export const beginner = \{"title":"Como Dormir Bem/);
  });

  test('listens for Ctrl-C while it listens, and not in middleware mode', async () => {
    const before = process.listenerCount('SIGINT');
    server = await startDevServer(copyApp(tempDir()));
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    await server.close();
    server = undefined;
    expect(process.listenerCount('SIGINT'), 'none left once the server closes').toBe(before);

    // The app that serves Vite owns the process: its signals are its own.
    server = await createServer({ root: copyApp(tempDir()), configFile: false, logLevel: 'silent', plugins: [lyfe({ provider: 'offline' })], server: { middlewareMode: true } });
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  test('tells its logger when the session cannot be packaged as it closes (the dev server drops what buildEnd throws)', async () => {
    const app = copyApp(tempDir());
    fs.writeFileSync(path.join(app, 'blocked'), 'a file where the packages folder would be\n');
    const errors: string[] = [];
    const customLogger = { ...createLogger('silent'), error: (message: string) => void errors.push(message) };
    const started = await createServer({
      root: app,
      configFile: false,
      customLogger,
      plugins: [lyfe({ provider: 'offline', packageDir: 'blocked/packages' })],
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    server = await started.listen();
    const base = server.resolvedUrls!.local[0]!;
    const lesson = await fetch(new URL('content/como_dormir_bem.md?import&supertask', base), { signal: AbortSignal.timeout(15_000) });
    expect(await lesson.text()).toMatch(/^export const beginner = /);
    await server.close();
    server = undefined;
    expect(errors.join('\n')).toMatch(/the build's package was not written: .*blocked/);
  });

  test('serves an article moved to another folder while it runs, whose old place holds no file of that name any more', async () => {
    const app = copyApp(tempDir());
    server = await startDevServer(app);
    const base = server.resolvedUrls!.local[0]!;
    const get = async (url: string): Promise<Response> => fetch(new URL(url, base), { signal: AbortSignal.timeout(15_000) });
    expect(await (await get('content/como_dormir_bem.md?import&supertask')).text()).toMatch(/^export const beginner = \{"title":"Como Dormir Bem/);

    fs.mkdirSync(path.join(app, 'lessons'));
    fs.renameSync(path.join(app, 'content', 'como_dormir_bem.md'), path.join(app, 'lessons', 'como_dormir_bem.md'));
    const moved = await get('lessons/como_dormir_bem.md?import&supertask');
    expect(await moved.text()).toMatch(/^export const beginner = \{"title":"Como Dormir Bem/);
    expect(moved.status).toBe(200);

    await server.close();
    server = undefined;
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(true);
    expect(metadata.content.input_files).toEqual(['como_dormir_bem.md']);
  });

  test('regenerates a lesson when its markdown is edited and hot-updates the module importing it', async () => {
    const app = copyApp(tempDir());
    server = await startDevServer(app);
    // Modules run in this process, with HMR, as the page would run them.
    const runner = createServerModuleRunner(server.environments.ssr);
    await runner.import('/src/dev.js');
    expect(globalThis.lessonRuns).toEqual([{ title: expect.stringContaining('Como Dormir Bem'), page: 1 }]);

    const file = path.join(app, 'content', 'como_dormir_bem.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# Como Dormir Bem e de Forma Consistente', '# Sono Profundo Todas as Noites'));
    await waitFor(() => (globalThis.lessonRuns?.length ?? 0) >= 2);
    // The importer ran again with the new lesson, in the same page load: a hot update, not a reload.
    expect(globalThis.lessonRuns![1]).toEqual({ title: expect.stringContaining('Sono Profundo Todas as Noites'), page: 1 });

    await runner.close();
    await server.close();
    server = undefined;

    // The dev session is packaged when the server closes: both generations, the latest source.
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(true);
    expect(metadata.ai_usage.total_api_calls).toBe(6);
    expect(packageAttempts(pkg!).every((r) => r.data?.source === 'live')).toBe(true);
    expect(fs.readFileSync(path.join(pkg!, '01_raw', 'como_dormir_bem.md'), 'utf8')).toContain('# Sono Profundo Todas as Noites');
  });
});

describe('the Vite dev server, with an article edited while its lesson is generated', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-dev-edit-');
  afterEach(() => vi.unstubAllEnvs());

  test('serves the lesson of the article as it is now, and packages that one', async () => {
    // The first request of the session waits until the test has edited the article.
    const asked = deferred();
    const edited = deferred();
    const fake = await startFakeOpenAI({
      handler: async (body, index, req) => {
        if (index === 0) {
          asked.resolve();
          await edited.promise;
        }
        return answerPipeline(body, index, req);
      },
    });
    vi.stubEnv('OPENAI_API_KEY', 'sk-test-plugin-0123456789abcdefghijklmnop');
    vi.stubEnv('OPENAI_BASE_URL', fake.url);
    const app = copyApp(tempDir());
    const server = await (
      await createServer({ root: app, configFile: false, logLevel: 'silent', plugins: [lyfe({ provider: 'openai' })], server: { host: '127.0.0.1', port: 0, strictPort: false } })
    ).listen();
    try {
      const base = server.resolvedUrls!.local[0]!;
      // Vite has no module for the lesson until its first load ends: the edit invalidates nothing, and asks for nothing again.
      const lesson = fetch(new URL('content/como_dormir_bem.md?import&supertask', base)).then((response) => response.text());
      await asked.promise;
      const file = path.join(app, 'content', 'como_dormir_bem.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# Como Dormir Bem e de Forma Consistente', '# Sono Profundo Todas as Noites'));
      edited.resolve();
      expect(/^export const beginner = \{"title":"([^"]*)"/.exec(await lesson)?.[1]).toMatch(/^Sono Profundo Todas as Noites/);
    } finally {
      await server.close();
      await fake.close();
    }
    const [pkg] = packagesIn(path.join(app, 'packages'));
    expect(fs.readFileSync(path.join(pkg!, '01_raw', 'como_dormir_bem.md'), 'utf8')).toContain('# Sono Profundo Todas as Noites');
    expect(readJson(path.join(pkg!, '03_output', 'como_dormir_bem_filled_template_beginner.json')).title).toMatch(/^Sono Profundo Todas as Noites/);
    // Both generations were paid for, and are in the session.
    expect(readJson(path.join(pkg!, 'logs', 'metadata.json')).ai_usage.total_api_calls).toBe(6);
  });
});

describe('Ctrl-C on the vite command serving the app', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-dev-sigint-');
  const { start } = useChildren();
  const VITE = path.resolve('node_modules/vite/bin/vite.js');

  /**
   * `vite` (the dev server) in a copy of the fixture app, with the compiled plugin (dist/lib, as
   * installed) on a free loopback port; resolves with its URL once it listens.
   */
  async function startVite(options: LyfePluginOptions, env: NodeJS.ProcessEnv = {}) {
    const app = copyApp(tempDir());
    const plugin = pathToFileURL(path.resolve('dist/lib/plugin/vite.js')).href;
    fs.writeFileSync(path.join(app, 'vite.config.mjs'), `import lyfe from '${plugin}';\nexport default { plugins: [lyfe(${JSON.stringify(options)})] };\n`);
    const { child, exit } = start([VITE, '--configLoader', 'native', '--host', '127.0.0.1', '--port', '0'], { cwd: app, env: cliEnv(env) });
    const base = await new Promise<string>((resolve, reject) => {
      let printed = '';
      child.stdout!.on('data', (text: string) => {
        printed += text;
        const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed)?.[0];
        if (url) resolve(url);
      });
      void exit.then((early) => reject(new Error(`vite ended before it listened: ${early.stdout}${early.stderr}`)));
    });
    // The lesson as the browser asks for it: from the import in the module it serves.
    const dev = await (await fetch(new URL('src/dev.js', base))).text();
    const lessonUrl = new URL(/from "([^"]*como_dormir_bem\.md\?[^"]*)"/.exec(dev)![1]!, base);
    return { app, child, exit, lessonUrl };
  }

  const builds = (app: string): string[] => {
    const dir = path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'builds');
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  };

  test('closes the server, which packages the dev session, then ends as SIGINT ends it', async () => {
    const { app, child, exit, lessonUrl } = await startVite({ provider: 'offline' });
    const lesson = await (await fetch(lessonUrl)).text();
    const session = /sess_[\w-]+/.exec(lesson)?.[0];
    expect(session).toBeDefined();

    child.kill('SIGINT');
    const ended = await exit;
    expect(ended, ended.stderr).toMatchObject({ code: null, signal: 'SIGINT' });
    const [pkg, ...others] = packagesIn(path.join(app, 'packages'));
    expect(others).toEqual([]);
    expect(verifyPackage(pkg!)).toMatchObject({ ok: true });
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.session_id).toBe(session);
    expect(metadata.execution.success).toBe(true);
    expect(builds(app), 'no work folder left').toEqual([]);
  });

  test('a second Ctrl-C while the server closes stops it at once', async () => {
    // A model that never answers: the first Ctrl-C's close waits for the lesson in generation.
    const arrived = deferred();
    const fake = await startFakeOpenAI({
      handler: () => {
        arrived.resolve();
        return new Promise(() => {}); // closing the server ends the connection
      },
    });
    try {
      const { app, child, exit, lessonUrl } = await startVite({ provider: 'openai' }, { OPENAI_API_KEY: 'sk-test-dev-sigint-0123456789abcdef', OPENAI_BASE_URL: fake.url });
      const lesson = fetch(lessonUrl);
      await arrived.promise;
      child.kill('SIGINT');
      // The server closing drops the browser's connections: the first Ctrl-C was taken.
      await expect(lesson).rejects.toThrow();
      child.kill('SIGINT');
      expect(await exit).toMatchObject({ code: null, signal: 'SIGINT' });
      expect(packagesIn(path.join(app, 'packages'))).toEqual([]);
      // Stopped outright: the work folder is left for `lyfe-kt package --work-dir`.
      expect(builds(app)).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
