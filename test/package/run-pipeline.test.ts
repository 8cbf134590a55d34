import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readPackageRecords } from '../../src/package/archive.js';
import { WorkFolders } from '../../src/package/constants.js';
import { detectQualityIssues, OutputChecks, RecordLocator, renderQualityReport } from '../../src/package/quality-issues/index.js';
import { summarizeSession } from '../../src/records/session-model.js';
import { verifyPackage } from '../../src/package/manifest.js';
import { afterFirstRound, runPipeline } from '../../src/package/run-pipeline.js';
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

describe('afterFirstRound', () => {
  const events = (total: number) => Array.from({ length: total }, (_, index) => ({ file: `a${index}.md`, done: index + 1, total, ok: index % 2 === 0 }));

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
