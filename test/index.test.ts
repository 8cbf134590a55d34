import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { ExitCode, LyfeError, listSessions, mergePackages, packageRun, readSession, run, usePrices, verifyPackage, type MergeOptions, type ProgressEvent, type RunOptions } from '../src/index.js';
import { activePriceTable, SHIPPED_PRICES, usePriceTable } from '../src/records/cost.js';
import { SESSION_FILE } from '../src/session/store.js';
import { apiError, startFakeOpenAI } from './fakes/openai-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const ARTICLE = path.resolve('test/fixtures/content/como_dormir_bem.md');

describe('the programmatic API', () => {
  const tempDir = useTempDir('lyfe-kt-api-');

  /** A folder holding one article, and the folders a run writes, all inside the test's temp folder. */
  function setUp(): { content: string; options: RunOptions } {
    const dir = tempDir();
    const content = path.join(dir, 'content');
    fs.mkdirSync(content);
    fs.copyFileSync(ARTICLE, path.join(content, 'como_dormir_bem.md'));
    return { content, options: { provider: 'offline', workDir: path.join(dir, 'work'), logDir: path.join(dir, 'logs'), outputDir: path.join(dir, 'packages') } };
  }

  test('runs the pipeline on a folder, packages the run, and the package verifies; the session reads back', async () => {
    const { content, options } = setUp();
    const progress: ProgressEvent[] = [];
    const result = await run(content, { ...options, onProgress: (event) => progress.push(event) });

    expect(result.generation).toMatchObject({ total: 2, valid: 2, invalid: 0 });
    expect(progress.map((event) => [event.done, event.total, event.ok])).toEqual([[1, 1, true], [1, 1, true]]); // preprocess, then generate
    expect(result.package).toMatchObject({ session_id: result.session_id, success: true, stages_executed: ['preprocessing', 'generation', 'packaging'] });
    expect(fs.readdirSync(path.join(result.package.path, '03_output')).sort()).toEqual(['como_dormir_bem_filled_template_advanced.json', 'como_dormir_bem_filled_template_beginner.json']);
    expect(verifyPackage(result.package.path)).toMatchObject({ ok: true, changed: [], missing: [], added: [] });
    // The generation report is named where it is once the run is packaged: in the package.
    expect(result.generation.report).toBe(path.join(result.package.path, 'reports', 'generation_report.json'));
    expect(JSON.parse(fs.readFileSync(result.generation.report, 'utf8'))).toMatchObject({ totals: { outputs: 2, valid: 2 } });
    expect(fs.readFileSync(result.generation.report_markdown, 'utf8')).toMatch(/^# Generation report/);

    const session = readSession(result.session_id, { logDir: options.logDir });
    expect(session.status).toBe('succeeded');
    expect(session.processing.every((record) => record.session === result.session_id)).toBe(true);
    expect(session.processing.map((record) => record.event)).toContain('session.end');
    expect(session.prompts.filter((record) => record.event === 'llm.attempt')).toHaveLength(3);

    // Packaged, the work folder is free for the next run, which is a session of its own.
    const again = await run(content, options);
    expect(again.session_id).not.toBe(result.session_id);
    expect(listSessions(options.logDir!).sessions.map((listed) => listed.session).sort()).toEqual([result.session_id, again.session_id].sort());
  });

  test("closes each session's index once the session is packaged: a process that goes on running holds none of them open", async () => {
    const { content, options } = setUp();
    const sessions = [(await run(content, options)).session_id, (await run(content, options)).session_id];
    const indexes = fs.readdirSync(path.join(options.logDir!, 'index')).filter((name) => name.endsWith('.idx'));
    expect(indexes.map((name) => name.split('.')[0]).sort()).toEqual([...sessions, ...sessions].sort());
    // Readers take a writer whose last entry is not its `c` for one still writing, and scan after it.
    for (const name of indexes) {
      const entries = fs.readFileSync(path.join(options.logDir!, 'index', name), 'utf8').trim().split('\n');
      expect(entries.at(-1), name).toMatch(/^c /);
    }
    if (fs.existsSync('/proc/self/fd')) {
      // The folder's own descriptor, listed while it is read, is gone when it is looked at.
      const open = fs.readdirSync('/proc/self/fd').flatMap((fd) => {
        try {
          return [fs.readlinkSync(path.join('/proc/self/fd', fd), 'utf8')];
        } catch {
          return [];
        }
      });
      expect(open.filter((file) => file.startsWith(path.join(options.logDir!, 'index')))).toEqual([]);
    }
  });

  test('records a second run in the log folder it names when the folder was removed after the first one', async () => {
    const { content, options } = setUp();
    const first = await run(content, options);
    // A script (or a test) that cleans up between runs, in the same process.
    fs.rmSync(options.logDir!, { recursive: true });
    fs.rmSync(first.package.path, { recursive: true });
    const second = await run(content, options);

    const session = readSession(second.session_id, { logDir: options.logDir });
    expect(session.status).toBe('succeeded');
    expect(session.prompts.filter((record) => record.event === 'llm.attempt')).toHaveLength(3);
    expect(listSessions(options.logDir!).sessions.map((listed) => listed.session)).toEqual([second.session_id]);
    const metadata = JSON.parse(fs.readFileSync(path.join(second.package.path, 'logs', 'metadata.json'), 'utf8')) as { session_id: string; execution: { success: boolean } };
    expect(metadata).toMatchObject({ session_id: second.session_id, execution: { success: true } });
    expect(second.package.logs.bytes).toBeGreaterThan(0);
  });

  test('runs an article whose outputs have names near the file-system limit of 255 bytes', async () => {
    const { content, options } = setUp();
    // Its supertasks are named `<name>_filled_template_<level>.json`: 225 + 30 bytes.
    const name = `${'ç'.repeat(100)}${'a'.repeat(25)}`;
    fs.renameSync(path.join(content, 'como_dormir_bem.md'), path.join(content, `${name}.md`));
    const result = await run(content, options);

    expect(result.generation).toMatchObject({ total: 2, valid: 2 });
    const outputs = fs.readdirSync(path.join(result.package.path, '03_output'));
    expect(outputs.map((output) => Buffer.byteLength(output))).toEqual([255, 255]);
    expect(verifyPackage(result.package.path).ok).toBe(true);
  });

  test("stops on an aborted signal with the CLI's interruption: a LyfeError of exit code 130 saying how to package what was done", async () => {
    const { content, options } = setUp();
    const controller = new AbortController();
    const running = run(content, { ...options, signal: controller.signal });
    controller.abort();
    const error = await running.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LyfeError);
    expect(error).toMatchObject({ exitCode: ExitCode.interrupted, message: 'interrupted: This operation was aborted' });
    expect((error as LyfeError).fix).toContain(`packageRun({ workDir: ${JSON.stringify(options.workDir)}, logDir: ${JSON.stringify(options.logDir)} })`);
    // A reason of the caller's own that is a LyfeError is kept as it is.
    const own = new LyfeError('stopped by the scheduler', { exitCode: ExitCode.interrupted });
    const again = new AbortController();
    again.abort(own);
    const elsewhere = path.join(path.dirname(options.workDir!), 'second');
    await expect(run(content, { ...options, workDir: path.join(elsewhere, 'work'), logDir: path.join(elsewhere, 'logs'), signal: again.signal })).rejects.toBe(own);
  });

  test("calls onWarning with the package's warnings too, as the CLI prints them", async () => {
    const { content, options } = setUp();
    // A file of the user's own in the work folder's reports/: the package leaves it there, and says so.
    fs.mkdirSync(path.join(options.workDir!, 'reports'), { recursive: true });
    fs.writeFileSync(path.join(options.workDir!, 'reports', 'notes.txt'), 'mine\n');
    const warnings: string[] = [];
    const result = await run(content, { ...options, onWarning: (message) => warnings.push(message) });
    expect(result.package.warnings).toEqual([`left in the work folder, not written by lyfe-kt: ${path.join(options.workDir!, 'reports', 'notes.txt')}`]);
    expect(warnings).toEqual(result.package.warnings);
  });

  test("names the run's folders in the prompt audit's command of a failed call's fix, so that it reads this run's records as printed", async () => {
    const { content, options } = setUp();
    const server = await startFakeOpenAI({ handler: () => apiError(400, 'Invalid value for messages') });
    vi.stubEnv('OPENAI_API_KEY', 'sk-test-api-0123456789abcdefghijklmnop');
    vi.stubEnv('OPENAI_BASE_URL', server.url);
    try {
      const error = await run(content, { ...options, provider: 'openai' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(LyfeError);
      expect(error).toMatchObject({ message: expect.stringContaining('HTTP 400 Invalid value for messages') as unknown });
      expect((error as LyfeError).fix).toBe(`See the prompt audit of this session (\`lyfe-kt logs --prompts --work-dir ${options.workDir} --log-dir ${options.logDir}\`)`);
    } finally {
      vi.unstubAllEnvs();
      await server.close();
    }
  });

  test('refuses a work folder holding a run that was not packaged', async () => {
    const { content, options } = setUp();
    fs.mkdirSync(options.workDir!);
    fs.writeFileSync(path.join(options.workDir!, SESSION_FILE), JSON.stringify({ session_id: 'sess_2026-11-25_18-13-15_1d473b8f' }));
    await expect(run(content, options)).rejects.toThrow(/the work folder holds a run that was not packaged \(session sess_2026-11-25_18-13-15_1d473b8f\)/);
  });

  test('refuses bad options before the work folder is touched, with the exit code the CLI would use', async () => {
    const { content, options } = setUp();
    const badOptions = [
      { provider: 'anthropic' },
      { schemaVersion: '2.0' },
      { concurrency: 0 },
      { session: 'not-a-session' },
      // The openai provider's settings, as the CLI's flags check them: a request never waits 0 ms, nor is sent with a limit of 1.5 tokens.
      { timeout: 0 },
      { timeout: '30' },
      { timeout: 3601 },
      { maxCompletionTokens: 1.5 },
      { reasoningEffort: 'ultra' },
      { responseFormat: 'xml' },
    ];
    for (const bad of badOptions) {
      const error = await run(content, { ...options, ...(bad as RunOptions) }).catch((caught: unknown) => caught);
      expect(error, JSON.stringify(bad)).toBeInstanceOf(LyfeError);
      expect((error as LyfeError).exitCode, JSON.stringify(bad)).toBe(ExitCode.usage);
    }
    expect(fs.existsSync(options.workDir!)).toBe(false);
    expect(fs.existsSync(options.logDir!)).toBe(false);
  });

  test('runs one shard of the folder; the packages of the shards merge into one', async () => {
    const { content, options } = setUp();
    fs.copyFileSync(path.resolve('test/fixtures/content/solidao_cronica.md'), path.join(content, 'solidao_cronica.md'));
    const shards = [];
    for (const shard of ['0/2', '1/2']) shards.push(await run(content, { ...options, shard }));
    // Each shard took one article of the two.
    expect(shards.map((result) => result.generation.total)).toEqual([2, 2]);
    expect(shards.map((result) => result.package.session_id)).toEqual(shards.map((result) => result.session_id));

    const merged = await mergePackages({ packages: shards.map((result) => result.package.path), title: 'both', outputDir: options.outputDir });
    expect(merged).toMatchObject({ success: true, shards: [{ index: 0, total: 2 }, { index: 1, total: 2 }] });
    expect([...merged.summary.input_files].sort()).toEqual(['como_dormir_bem.md', 'solidao_cronica.md']);
    expect(verifyPackage(merged.path).ok).toBe(true);

    const bad = await run(content, { ...options, shard: '2/2' }).catch((caught: unknown) => caught);
    expect(bad).toBeInstanceOf(LyfeError);
    expect((bad as LyfeError).exitCode).toBe(ExitCode.usage);
  });

  test('refuses a merge without a title, or whose packages are not a list, as `lyfe-kt merge` does, before anything is written', async () => {
    const { options } = setUp();
    const shards = [path.join(tempDir(), 'shard-0'), path.join(tempDir(), 'shard-1')];
    const badOptions = [{ packages: shards }, { packages: shards, title: 7 }, { packages: shards[0], title: 'both' }];
    for (const bad of badOptions) {
      const error = await mergePackages({ outputDir: options.outputDir, ...(bad as unknown as MergeOptions) }).catch((caught: unknown) => caught);
      expect(error, JSON.stringify(bad)).toBeInstanceOf(LyfeError);
      expect((error as LyfeError).exitCode, JSON.stringify(bad)).toBe(ExitCode.usage);
    }
    expect(fs.existsSync(options.outputDir!)).toBe(false);
  });

  test('usePrices lays a price file over the shipped table; a file that is not one is refused, naming it', () => {
    const dir = tempDir();
    const prices = path.join(dir, 'prices.json');
    fs.writeFileSync(prices, JSON.stringify({ as_of: '2026-12-01', source: 'our contract', models: { 'house-model': { input: 1, cached_input: 0.1, output: 2 } } }));
    try {
      usePrices(prices);
      expect(activePriceTable().models['house-model']).toEqual({ input: 1, cached_input: 0.1, output: 2 });
      expect(activePriceTable().models['gpt-5-mini']).toEqual(SHIPPED_PRICES.models['gpt-5-mini']);
    } finally {
      usePriceTable(SHIPPED_PRICES);
    }
    fs.writeFileSync(prices, '{"models": 3}');
    const error = (() => {
      try {
        usePrices(prices);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(LyfeError);
    expect((error as LyfeError).file).toBe(prices);
    expect(activePriceTable()).toBe(SHIPPED_PRICES);
  });

  test("packages and lists with the commands' default folders, work/ and logs/, when a script names none", async () => {
    const { content } = setUp();
    const cwd = process.cwd();
    process.chdir(path.dirname(content));
    try {
      await expect(run('content', { provider: 'offline', signal: AbortSignal.abort() })).rejects.toMatchObject({ exitCode: ExitCode.interrupted });
      const packaged = await packageRun();
      expect(packaged).toMatchObject({ success: false, path: expect.stringMatching(/^packages\/content-/) as unknown });
      expect(listSessions().sessions.map((listed) => listed.session)).toEqual([packaged.session_id]);
    } finally {
      process.chdir(cwd);
    }
  });

  test('refuses to package a session the script names that has no records and no run in the work folder, as `lyfe-kt package --session` does', async () => {
    const { options } = setUp();
    fs.mkdirSync(options.workDir!);
    const mistyped = 'sess_2026-11-25_18-13-15_1d473b8e';
    const error = await packageRun({ workDir: options.workDir, logDir: options.logDir, outputDir: options.outputDir, session: mistyped }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LyfeError);
    expect(error).toMatchObject({ exitCode: ExitCode.usage, message: expect.stringContaining(`session ${mistyped} has no records`) as unknown });
    expect(fs.existsSync(options.outputDir!)).toBe(false);
    expect(fs.existsSync(options.logDir!)).toBe(false);
  });

  test('packages again, into a package of its own, the files kept by keepWork when the script names their session', async () => {
    const { content, options } = setUp();
    const first = await run(content, { ...options, keepWork: true });
    const again = await packageRun({ workDir: options.workDir, logDir: options.logDir, outputDir: options.outputDir, session: first.session_id });
    expect(again.path).not.toBe(first.package.path);
    expect(again).toMatchObject({ session_id: first.session_id, success: true, work_files: first.package.work_files });
  });

  test('names the session it has no records of', () => {
    const { options } = setUp();
    fs.mkdirSync(options.logDir!);
    expect(() => readSession('sess_2026-11-25_18-13-15_1d473b8f', { logDir: options.logDir })).toThrow(/no records of session sess_2026-11-25_18-13-15_1d473b8f/);
  });

  test('refuses a log folder that is a file, naming it, as `lyfe-kt logs` does', () => {
    const { options } = setUp();
    fs.writeFileSync(options.logDir!, 'not a folder\n');
    const reads = [() => listSessions(options.logDir), () => readSession('sess_2026-11-25_18-13-15_1d473b8f', { logDir: options.logDir })];
    for (const read of reads) {
      const error = (() => {
        try {
          read();
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(LyfeError);
      expect(error).toMatchObject({ file: options.logDir, exitCode: ExitCode.usage, message: 'the log folder is a file, not a folder' });
    }
  });
});
