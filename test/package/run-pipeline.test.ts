import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPackageLogs, readPackageRecords } from '../../src/package/archive.js';
import { WorkFolders } from '../../src/package/constants.js';
import { detectQualityIssues, OutputChecks, RecordLocator, renderQualityReport } from '../../src/package/quality-issues/index.js';
import { summarizeSession } from '../../src/records/session-model.js';
import { EarlyPrompts } from '../../src/package/early-prompts.js';
import { verifyPackage } from '../../src/package/manifest.js';
import { readSessionRecords } from '../../src/records/filter.js';
import { formatAttempt } from '../../src/records/render.js';
import { afterFirstRound, runPipeline, type RunPipelineOptions } from '../../src/package/run-pipeline.js';
import type { LogRecord } from '../../src/records/types.js';
import { answerPipeline, apiError, startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../fakes/openai-server.js';
import { heldCalls } from '../helpers/held.js';
import { useTempDir } from '../helpers/temp-dir.js';

const ARTICLE = 'test/fixtures/content/como_dormir_bem.md';

describe('runPipeline', () => {
  const temp = useTempDir('lyfe-kt-run-');
  /** A folder holding the one article. */
  const articlesFolder = (): string => {
    const articles = path.join(temp(), 'articles');
    fs.mkdirSync(articles);
    fs.copyFileSync(ARTICLE, path.join(articles, 'como_dormir_bem.md'));
    return articles;
  };
  /** The options of an offline run into the test's folders. */
  const offline = () => ({ logDir: path.join(temp(), 'logs'), provider: 'offline' as const, schemaVersion: '1.1' as const, concurrency: 2, outputDir: path.join(temp(), 'packages') });

  it("checks each output as generation writes it, and packages the same quality issues as a check of the package's own files", async () => {
    const add = vi.spyOn(OutputChecks.prototype, 'add');
    const result = await runPipeline(articlesFolder(), { ...offline(), workDir: path.join(temp(), 'work') });
    expect(add.mock.calls.map(([output]) => output).sort()).toEqual(['como_dormir_bem_filled_template_advanced.json', 'como_dormir_bem_filled_template_beginner.json']);
    const records = readPackageRecords(result.package.path);
    const fromFiles = detectQualityIssues({
      summary: summarizeSession(records.processing, records.prompts),
      records: RecordLocator.of(records),
      outputDir: path.join(result.package.path, WorkFolders.output),
      templateDir: path.join(result.package.path, WorkFolders.preprocessed),
    });
    expect(JSON.parse(fs.readFileSync(path.join(result.package.path, 'logs', 'quality_issues.json'), 'utf8'))).toEqual(JSON.parse(renderQualityReport(fromFiles)));
    add.mockRestore();
  });

  it('packages a compressed run with the prompt files rendered during its calls: the archive holds them and verifies', async () => {
    const take = vi.spyOn(EarlyPrompts.prototype, 'take');
    const options = { ...offline(), workDir: path.join(temp(), 'work'), compress: true };
    const result = await runPipeline(articlesFolder(), options);
    expect(take.mock.results[0]!.value).toBeDefined();
    expect(verifyPackage(result.package.path)).toMatchObject({ ok: true });
    const packaged = readPackageRecords(result.package.path);
    const written = readSessionRecords(options.logDir, result.session_id, 'prompts').records;
    expect(packaged.compressed).toBe(true);
    expect(written.length).toBeGreaterThan(0);
    expect(packaged.prompts).toEqual(written);
    expect(readPackageLogs(result.package.path).files.get('prompts_audit.log')!.toString('utf8')).toBe(written.map((r) => `${formatAttempt(r)}\n\n`).join(''));
    take.mockRestore();
  });

  it('limits the articles to --max-input-size, not the templates the run makes of them', async () => {
    const articles = articlesFolder();
    const limit = fs.statSync(ARTICLE).size;
    const workDir = path.join(temp(), 'work');
    const result = await runPipeline(articles, { ...offline(), workDir, maxInputSize: limit, keepWork: true });
    // The template holds the article and its analysis: over the limit the article is at.
    expect(fs.statSync(path.join(workDir, WorkFolders.preprocessed, 'como_dormir_bem_filled_template.md')).size).toBeGreaterThan(limit);
    expect(result.generation).toMatchObject({ total: 2, valid: 2, invalid: 0 });
  });

  it('moves the work files into the package, or copies them with keepWork: an edit of a kept file leaves the package as it was', async () => {
    const articles = articlesFolder();
    const output = path.join(WorkFolders.output, 'como_dormir_bem_filled_template_beginner.json');
    const run = (workDir: string, keepWork: boolean) =>
      runPipeline(articles, { ...offline(), workDir, keepWork });

    const link = vi.spyOn(fs, 'linkSync');
    let moved;
    try {
      moved = await run(path.join(temp(), 'moved'), false);
      // Each work file hard-linked into the package, none copied.
      expect(link).toHaveBeenCalledTimes(moved.package.work_files);
    } finally {
      link.mockRestore();
    }
    expect(fs.existsSync(path.join(temp(), 'moved', output))).toBe(false);
    expect(fs.statSync(path.join(moved.package.path, output)).nlink).toBe(1);
    expect(verifyPackage(moved.package.path).ok).toBe(true);

    const kept = await run(path.join(temp(), 'kept'), true);
    // Written in place, as an editor may: a file the package shared would change with it.
    fs.writeFileSync(path.join(temp(), 'kept', output), '{}');
    expect(verifyPackage(kept.package.path)).toMatchObject({ ok: true, changed: [] });
  });

  it('copies the work files when the file system will not link them (the packages on another device)', async () => {
    const articles = articlesFolder();
    const workDir = path.join(temp(), 'work');
    const link = vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    try {
      const result = await runPipeline(articles, { ...offline(), workDir });
      // Asked once: the files after the first are copied without asking again.
      expect(link).toHaveBeenCalledTimes(1);
      expect(result.package.work_files).toBeGreaterThan(1);
      expect(verifyPackage(result.package.path).ok).toBe(true);
      expect(fs.existsSync(path.join(workDir, WorkFolders.output))).toBe(false);
    } finally {
      link.mockRestore();
    }
  });
});

describe('runPipeline: generation takes each template as preprocessing writes it', () => {
  const temp = useTempDir('lyfe-kt-run-');
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  /** The fake OpenAI server answering as a model would, `reply` deciding for each request (`analysis a`, `supertask b`...), held until released when `hold`. */
  async function start(options: { hold: boolean; reply?: (call: string) => FakeReply | undefined }) {
    const calls = heldCalls<{ call: string }>();
    fake = await startFakeOpenAI({
      handler: async (body, index, req) => {
        const user = body.messages.find((message) => message.role === 'user')?.content ?? '';
        const call = `${user.includes('<source>') ? 'analysis' : 'supertask'} ${/file:? ([^\s)]+?)(_filled_template)?\.md/.exec(user)?.[1]}`;
        if (options.hold) await calls.hold({ call });
        return options.reply?.(call) ?? answerPipeline(body, index, req);
      },
    });
    return { held: calls.held, untilHeld: calls.untilHeld, url: fake.url };
  }

  /** Articles a, b and c, and the options of a run at --concurrency 2 against the fake. */
  function setUp(url: string): { articles: string; options: RunPipelineOptions } {
    const articles = path.join(temp(), 'articles');
    fs.mkdirSync(articles);
    for (const name of ['a', 'b', 'c']) fs.copyFileSync(ARTICLE, path.join(articles, `${name}.md`));
    const options = {
      workDir: path.join(temp(), 'work'),
      logDir: path.join(temp(), 'logs'),
      outputDir: path.join(temp(), 'packages'),
      provider: 'openai' as const,
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: url },
      schemaVersion: '1.1' as const,
      concurrency: 2,
      keepWork: true,
    };
    return { articles, options };
  }

  const processingRecords = (logDir: string): LogRecord[] =>
    fs
      .readFileSync(path.join(logDir, 'processing.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as LogRecord);
  const stageEvents = (records: LogRecord[]): string[] => records.filter((r) => r.event.startsWith('stage.')).map((r) => `${r.stage} ${r.event} ${String(r.data?.status ?? '')}`.trim());

  it('sends a file\'s generation calls once its template is written and the first round is handled, behind the analyses already waiting, with --concurrency files in flight across both stages', async () => {
    const server = await start({ hold: true });
    const { articles, options } = setUp(server.url);
    const run = runPipeline(articles, options);
    const ended = run.then(() => Promise.reject(new Error('the run ended with calls not yet released')));
    const release = (call: string): void => {
      const at = server.held.findIndex((held) => held.call === call);
      expect(at).toBeGreaterThanOrEqual(0);
      server.held.splice(at, 1)[0]!.release();
    };
    const inFlight = async (count: number): Promise<string[]> => {
      await Promise.race([server.untilHeld(count), ended]);
      return server.held.map((held) => held.call).sort();
    };

    expect(await inFlight(2)).toEqual(['analysis a', 'analysis b']);
    release('analysis a');
    // a's template is written, but c's analysis was waiting for a slot first.
    expect(await inFlight(2)).toEqual(['analysis b', 'analysis c']);
    // Generation starts once the first round of analyses (one per slot) is handled, not with the first template.
    expect(stageEvents(processingRecords(options.logDir))).toEqual(['preprocess stage.start']);
    release('analysis b');
    // a's two levels take the freed slot while c is still being preprocessed: two files in flight.
    expect(await inFlight(3)).toEqual(['analysis c', 'supertask a', 'supertask a']);
    expect(stageEvents(processingRecords(options.logDir))).toEqual(['preprocess stage.start', 'generate stage.start']);
    for (let released = 0; released < 20 && server.held.length > 0; released++) {
      for (const held of server.held.splice(0)) held.release();
      await Promise.race([server.untilHeld(1), run]);
    }
    const result = await run;
    expect(result.generation).toMatchObject({ total: 6, valid: 6 });
    expect(stageEvents(processingRecords(options.logDir))).toEqual([
      'preprocess stage.start',
      'generate stage.start',
      'preprocess stage.end ok',
      'generate stage.end ok',
      'package stage.start',
      'package stage.end ok',
    ]);
  });

  it('stops with a failed analysis once the templates already written are generated, their outputs kept for the failed run\'s package', async () => {
    const server = await start({ hold: false, reply: (call) => (call === 'analysis b' ? apiError(400, 'the article b is refused') : undefined) });
    const { articles, options } = setUp(server.url);
    await expect(runPipeline(articles, options)).rejects.toThrow(/the article b is refused/);
    const outputs = fs.readdirSync(path.join(options.workDir, WorkFolders.output)).sort();
    expect(outputs).toEqual(['a_filled_template_advanced.json', 'a_filled_template_beginner.json', 'c_filled_template_advanced.json', 'c_filled_template_beginner.json']);
    expect(stageEvents(processingRecords(options.logDir))).toEqual(['preprocess stage.start', 'generate stage.start', 'preprocess stage.end failed', 'generate stage.end ok']);
  });

  it('starts no generation once the run is interrupted, though a template was written', async () => {
    const server = await start({ hold: true });
    const { articles, options } = setUp(server.url);
    const interruption = new AbortController();
    const run = runPipeline(articles, options, { signal: interruption.signal });
    run.catch(() => undefined);
    await server.untilHeld(2);
    server.held.splice(0, 1)[0]!.release(); // a's template is written; the first round (a and b) is not done
    await server.untilHeld(2);
    interruption.abort(new Error('interrupted by the test'));
    await expect(run).rejects.toThrow('interrupted by the test');
    for (const held of server.held.splice(0)) held.release();
    expect(stageEvents(processingRecords(options.logDir))).toEqual(['preprocess stage.start', 'preprocess stage.end failed']);
  });

  it('never starts generation when no analysis succeeds', async () => {
    const server = await start({ hold: false, reply: (call) => (call.startsWith('analysis') ? apiError(400, `${call} refused`) : undefined) });
    const { articles, options } = setUp(server.url);
    await expect(runPipeline(articles, options)).rejects.toThrow(/analysis a refused/);
    expect(stageEvents(processingRecords(options.logDir))).toEqual(['preprocess stage.start', 'preprocess stage.end failed']);
    expect(server.held).toEqual([]);
  });
});

describe('afterFirstRound', () => {
  const events = (total: number) => Array.from({ length: total }, (_, index) => ({ stage: 'preprocess' as const, file: `a${index}.md`, done: index + 1, total, ok: index % 2 === 0 }));

  it('calls back once, when as many files as there are slots are done (failed ones count), never before', () => {
    const then = vi.fn();
    const progress = afterFirstRound(3, 10, then);
    const calledAt: number[] = [];
    for (const event of events(10)) {
      progress(event);
      calledAt.push(then.mock.calls.length);
    }
    expect(calledAt).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('calls back after the last file when there are fewer files than slots', () => {
    const then = vi.fn();
    const progress = afterFirstRound(8, 2, then);
    progress(events(2)[0]!);
    expect(then).not.toHaveBeenCalled();
    progress(events(2)[1]!);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
