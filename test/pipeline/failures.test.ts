import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { createOfflineProvider } from '../../src/pipeline/offline/provider.js';
import { LlmAttemptError, type LlmProvider } from '../../src/llm/provider.js';
import { generateFiles } from '../../src/pipeline/generate.js';
import { listMarkdown } from '../../src/pipeline/inputs.js';
import { preprocessTemplates } from '../../src/pipeline/preprocess.js';
import type { PipelineTask } from '../../src/pipeline/prompts.js';
import { CONTENT, inSession, newStats, readRecords, withTempDir } from './support.js';

/** The offline provider, except that calls about `name` fail for good (as a 400 would). */
function failingFor(name: string): LlmProvider {
  const offline = createOfflineProvider();
  return {
    ...offline,
    async complete(request) {
      if ((request.task as PipelineTask).name.startsWith(name)) throw new LlmAttemptError('400 bad request', { retryable: false, httpStatus: 400 });
      return offline.complete(request);
    },
  };
}

describe('a stage of the offline provider interrupted', () => {
  test('stops before its last file, with the outputs answered before written whole: its calls let signals and writes through', async () => {
    await withTempDir(async (dir) => {
      const sources = path.join(dir, 'sources');
      fs.mkdirSync(sources);
      for (let copy = 0; copy < 20; copy++) for (const name of fs.readdirSync(CONTENT)) fs.copyFileSync(path.join(CONTENT, name), path.join(sources, `${copy}_${name}`));
      const out = path.join(dir, 'out');
      const controller = new AbortController();
      // As a signal's listener is called: once the event loop polls, a few turns into the stage.
      let turns = 0;
      const interrupt = (): void => void (++turns < 5 ? setImmediate(interrupt) : controller.abort(new Error('interrupted by SIGINT')));
      setImmediate(interrupt);
      const run = inSession(dir, 'preprocess', () =>
        preprocessTemplates(listMarkdown(sources), out, { provider: createOfflineProvider(), schemaVersion: '1.1', concurrency: 4, signal: controller.signal }, newStats()),
      );
      await expect(run).rejects.toThrow(/interrupted/);
      const written = fs.existsSync(out) ? fs.readdirSync(out) : [];
      expect(written.length).toBeGreaterThan(0);
      expect(written.length).toBeLessThan(2 * 60);
      // Each file answered is written whole: its template and its analysis.
      for (const name of written.filter((file) => file.endsWith('_filled_template.md'))) expect(written).toContain(name.replace('_filled_template.md', '_ari_analysis.json'));
    });
  });
});

describe('a call that fails', () => {
  test('in preprocess: the other files are written whole, then the failure is thrown', async () => {
    await withTempDir(async (dir) => {
      const out = path.join(dir, 'out');
      const stats = newStats();
      const run = inSession(dir, 'preprocess', () => preprocessTemplates(listMarkdown(CONTENT), out, { provider: failingFor('como_dormir_bem'), schemaVersion: '1.1', concurrency: 4 }, stats));
      await expect(run).rejects.toBeInstanceOf(LyfeError);
      await expect(run).rejects.toThrow(/preprocess.analysis failed after 1 attempt\(s\): 400 bad request/);
      expect(fs.readdirSync(out).sort()).toEqual([
        'arthurcbrooks_mostmeaning_extracted_ari_analysis.json',
        'arthurcbrooks_mostmeaning_extracted_filled_template.md',
        'solidao_cronica_ari_analysis.json',
        'solidao_cronica_filled_template.md',
      ]);
      expect(stats).toEqual({ filesIn: 3, filesOut: 4, filesInvalid: 0 });
      const failed = readRecords(dir, 'processing.jsonl').find((record) => record.event === 'file.result' && record.level === 'error');
      expect(failed?.input).toEqual(['como_dormir_bem.md']);
    });
  });

  test("in generate, one level's call: the other level's supertask, answered and paid for, is written and recorded, and the stage still fails", async () => {
    await withTempDir(async (dir) => {
      const pre = path.join(dir, 'pre');
      const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const, concurrency: 4 };
      await inSession(dir, 'preprocess', () => preprocessTemplates(listMarkdown(CONTENT), pre, options, newStats()));
      const offline = createOfflineProvider();
      const beginnerFails: LlmProvider = {
        ...offline,
        async complete(request) {
          const task = request.task as PipelineTask;
          if (task.name.startsWith('solidao_cronica') && task.kind === 'supertask' && task.level === 'beginner') throw new LlmAttemptError('400 bad request', { retryable: false, httpStatus: 400 });
          return offline.complete(request);
        },
      };
      const out = path.join(dir, 'out');
      const stats = newStats();
      await expect(inSession(dir, 'generate', () => generateFiles(listMarkdown(pre), out, path.join(dir, 'reports'), { ...options, provider: beginnerFails }, stats))).rejects.toThrow(/400 bad request/);
      expect(fs.readdirSync(out).filter((file) => file.startsWith('solidao_cronica'))).toEqual(['solidao_cronica_filled_template_advanced.json']);
      expect(stats).toMatchObject({ filesIn: 3, filesOut: 5 });
      const results = readRecords(dir, 'processing.jsonl').filter((record) => record.event === 'file.result' && record.input?.[0] === 'solidao_cronica_filled_template.md');
      expect(results.map((record) => [record.level, record.output ?? []])).toEqual([
        ['info', ['solidao_cronica_filled_template_advanced.json']],
        ['error', []],
      ]);
      const report = JSON.parse(fs.readFileSync(path.join(dir, 'reports', 'generation_report.json'), 'utf8'));
      expect(report.totals).toMatchObject({ outputs: 5, failed_templates: 1 });
    });
  });

  test('in generate: the report is still written and names the template', async () => {
    await withTempDir(async (dir) => {
      const pre = path.join(dir, 'pre');
      const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const, concurrency: 4 };
      await inSession(dir, 'preprocess', () => preprocessTemplates(listMarkdown(CONTENT), pre, options, newStats()));
      const reports = path.join(dir, 'reports');
      const templates = listMarkdown(pre);
      await expect(
        inSession(dir, 'generate', () => generateFiles(templates, path.join(dir, 'out'), reports, { ...options, provider: failingFor('solidao_cronica') }, newStats())),
      ).rejects.toThrow(/400 bad request/);
      const report = JSON.parse(fs.readFileSync(path.join(reports, 'generation_report.json'), 'utf8'));
      expect(report.totals).toEqual({ outputs: 4, valid: 4, invalid: 0, failed_templates: 1 });
      expect(report.failed_templates[0].template).toBe('solidao_cronica_filled_template.md');
      expect(fs.readFileSync(path.join(reports, 'generation_report.md'), 'utf8')).toContain('## Failed templates');
    });
  });

  test('in generate, of every template: the report says no supertask was generated, with no empty table', async () => {
    await withTempDir(async (dir) => {
      const pre = path.join(dir, 'pre');
      const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const, concurrency: 4 };
      await inSession(dir, 'preprocess', () => preprocessTemplates(listMarkdown(CONTENT), pre, options, newStats()));
      const reports = path.join(dir, 'reports');
      await expect(inSession(dir, 'generate', () => generateFiles(listMarkdown(pre), path.join(dir, 'out'), reports, { ...options, provider: failingFor('') }, newStats()))).rejects.toThrow(/400 bad request/);
      const markdown = fs.readFileSync(path.join(reports, 'generation_report.md'), 'utf8');
      expect(markdown).toContain('## Outputs\n\nNo supertask was generated.');
      expect(markdown).not.toContain('| Output |');
    });
  });
});
