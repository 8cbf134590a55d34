import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer, createServerModuleRunner, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, test } from 'vitest';
import lyfe from '../../src/plugin/vite.js';
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
