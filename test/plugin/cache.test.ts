import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { lessonCacheKey, readCachedLesson, writeCachedLesson, type CachedLesson } from '../../src/plugin/cache.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildApp, copyApp, packageAttempts, packagesIn, readJson } from './support.js';

describe('lesson cache key', () => {
  const base = { source: Buffer.from('# Sleep\n'), name: 'sleep', provider: 'openai', model: 'gpt-4o-mini', promptVersion: 'p1', schemaVersion: '1.1' };

  test('changes with each of source bytes, article name, provider, model, server, prompt version, schema version and the settings the model is asked with, and nothing else', () => {
    const key = lessonCacheKey(base);
    expect(lessonCacheKey({ ...base, source: Buffer.from('# Sleep\n') })).toBe(key);
    // No setting given is the key it always was: caches written before stay good.
    expect(lessonCacheKey({ ...base, asked: {} })).toBe(key);
    // Nor is OpenAI's own API, which answered every lesson keyed before the server was part of the key.
    expect(lessonCacheKey({ ...base, endpoint: 'https://api.openai.com/v1' })).toBe(key);
    expect(key).toBe('06a9979cf2c6b334f07fe3fdd083169c4e5970b1e071b399468bb027793fb7ac');
    const variants = [
      { ...base, source: Buffer.from('# Sleep!\n') },
      { ...base, provider: 'offline' },
      { ...base, model: 'gpt-4o' },
      { ...base, endpoint: 'http://localhost:8000/v1' },
      { ...base, promptVersion: 'p2' },
      { ...base, schemaVersion: '1.0' },
      { ...base, name: 'sono' },
      { ...base, asked: { reasoningEffort: 'high' as const } },
      { ...base, asked: { responseFormat: 'json_object' as const } },
      { ...base, asked: { maxCompletionTokens: 9000 } },
    ].map(lessonCacheKey);
    expect(new Set([key, ...variants]).size).toBe(11);
  });
});

const KEY = 'a'.repeat(64);
const entry = (session: string, size = 10): CachedLesson => ({
  format: 1,
  key: KEY,
  session,
  attempts: [{ event: 'llm.attempt', data: { purpose: 'generate.beginner', response: 'x'.repeat(size) } } as unknown as CachedLesson['attempts'][number]],
});

describe('lesson cache entries', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-cache-');

  test('a missing, partly written, foreign or malformed entry is a miss, never an error', () => {
    const dir = tempDir();
    const file = path.join(dir, 'lessons', `${KEY}.json`);
    expect(readCachedLesson(dir, KEY)).toBeUndefined();
    writeCachedLesson(dir, entry('sess_a'));
    expect(readCachedLesson(dir, KEY)).toEqual(entry('sess_a'));

    const whole = fs.readFileSync(file, 'utf8');
    const broken = [
      whole.slice(0, whole.length / 2),
      '',
      'null',
      JSON.stringify({ ...entry('sess_a'), key: 'b'.repeat(64) }),
      JSON.stringify({ ...entry('sess_a'), format: 2 }),
      JSON.stringify({ ...entry('sess_a'), attempts: [] }),
      JSON.stringify({ ...entry('sess_a'), attempts: 'none' }),
      JSON.stringify({ ...entry('sess_a'), attempts: [null] }),
      JSON.stringify({ ...entry('sess_a'), attempts: [{ event: 'stage.end', data: {} }] }),
    ];
    for (const text of broken) {
      fs.writeFileSync(file, text);
      expect(readCachedLesson(dir, KEY), text.slice(0, 60)).toBeUndefined();
    }
  });

  test('a cache that cannot be written costs a miss, not the lesson', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'lessons'), 'a file where the folder goes');
    expect(() => writeCachedLesson(dir, entry('sess_a'))).not.toThrow();
    expect(readCachedLesson(dir, KEY)).toBeUndefined();
  });

  test('writers racing on one entry, in threads of one process, never let a reader see half of it', async () => {
    const dir = tempDir();
    // The compiled module (built by the global setup): workers run plain JavaScript.
    const cacheModule = pathToFileURL(path.resolve('dist/lib/plugin/cache.js')).href;
    const writer = (session: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const worker = new Worker(
          `const { workerData } = require('node:worker_threads');
           import(workerData.module).then(({ writeCachedLesson }) => {
             for (let i = 0; i < 30; i++) writeCachedLesson(workerData.dir, workerData.entry);
           });`,
          { eval: true, workerData: { module: cacheModule, dir, entry: entry(session, 400_000) } },
        );
        worker.once('error', reject);
        worker.once('exit', resolve);
      });
    const writers = Promise.all(['sess_a', 'sess_b', 'sess_c', 'sess_d'].map(writer));
    let done = false;
    void writers.finally(() => (done = true));

    const seen = new Set<string>();
    let misses = 0;
    while (!done) {
      const read = readCachedLesson(dir, KEY);
      if (read) seen.add(read.session);
      else if (seen.size > 0) misses++; // once written, an entry is never unreadable
      await tick();
    }
    expect(await writers).toEqual([0, 0, 0, 0]);
    expect(misses).toBe(0);
    expect(readCachedLesson(dir, KEY)?.attempts[0]?.data).toMatchObject({ response: 'x'.repeat(400_000) });
    expect(fs.readdirSync(path.join(dir, 'lessons'))).toEqual([`${KEY}.json`]); // no temporary file left
  });

  test('a build over corrupt entries generates those lessons again and mends the cache', async () => {
    const app = copyApp(tempDir());
    const lessons = path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'lessons');
    await buildApp('rollup', app, { provider: 'offline' });
    for (const name of fs.readdirSync(lessons)) {
      const file = path.join(lessons, name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 200));
    }

    await buildApp('rollup', app, { provider: 'offline' });
    const again = packagesIn(path.join(app, 'packages'))[1]!;
    expect(readJson(path.join(again, 'logs', 'metadata.json')).ai_usage.total_api_calls).toBe(6);
    expect(packageAttempts(again).map((r) => r.data?.source)).toEqual(Array(6).fill('live'));

    await buildApp('rollup', app, { provider: 'offline' });
    const third = packagesIn(path.join(app, 'packages'))[2]!;
    expect(readJson(path.join(third, 'logs', 'metadata.json')).ai_usage.total_api_calls).toBe(0);
  });

  test('an article copied or renamed is generated under its new name, not answered from the old one (its prompts name the file)', async () => {
    const app = copyApp(tempDir());
    await buildApp('rollup', app, { provider: 'offline' });
    fs.copyFileSync(path.join(app, 'content', 'como_dormir_bem.md'), path.join(app, 'content', 'sono.md'));
    const main = path.join(app, 'src', 'main.js');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace('../content/como_dormir_bem.md?supertask', '../content/sono.md?supertask'));

    await buildApp('rollup', app, { provider: 'offline' });
    const renamed = packagesIn(path.join(app, 'packages'))[1]!;
    const metadata = readJson(path.join(renamed, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(true);
    expect([...metadata.content.input_files].sort()).toEqual(['solidao_cronica.md', 'sono.md']);
    // sono.md's three calls are made; solidao_cronica.md's are answered from the cache.
    expect(metadata.ai_usage.total_api_calls).toBe(3);
  });
});
