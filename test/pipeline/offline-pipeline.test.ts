import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createOfflineProvider } from '../../src/pipeline/offline/provider.js';
import { generateFiles } from '../../src/pipeline/generate.js';
import { listMarkdown, readMarkdown } from '../../src/pipeline/inputs.js';
import type { PipelineOptions } from '../../src/pipeline/options.js';
import { preprocessTemplates } from '../../src/pipeline/preprocess.js';
import { validateSupertask } from '../../src/pipeline/schema.js';
import { CONTENT, inSession, newStats, readRecords, snapshot, withTempDir } from './support.js';

const options = (): PipelineOptions => ({ provider: createOfflineProvider(), schemaVersion: '1.1', concurrency: 4 });

/** preprocess then generate on the fixture contents, as `lyfe-kt run` does. */
async function runPipeline(dir: string) {
  const preprocessed = path.join(dir, 'work/02_preprocessed');
  const output = path.join(dir, 'work/03_output');
  const reports = path.join(dir, 'work/reports');
  const preStats = newStats();
  await inSession(dir, 'preprocess', () => preprocessTemplates(listMarkdown(CONTENT), preprocessed, options(), preStats));
  const genStats = newStats();
  const summary = await inSession(dir, 'generate', () => generateFiles(listMarkdown(preprocessed), output, reports, options(), genStats));
  return { preprocessed, output, reports, preStats, genStats, summary };
}

/** The source as a reader sees it: no markdown emphasis, single spaces. */
function plainSource(name: string): string {
  return fs
    .readFileSync(path.join(CONTENT, `${name}.md`), 'utf8')
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:\d+\.|[-*+]|#+)\s+/gm, '')
    .replace(/\s+/g, ' ');
}

const sources = ['arthurcbrooks_mostmeaning_extracted', 'como_dormir_bem', 'solidao_cronica'];

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the offline pipeline on the fixture articles', () => {
  test('writes a template and an analysis per source, and two supertasks per template, all valid against v1.1', async () => {
    await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      expect(fs.readdirSync(run.preprocessed).sort()).toEqual(sources.flatMap((name) => [`${name}_ari_analysis.json`, `${name}_filled_template.md`]));
      expect(fs.readdirSync(run.output).sort()).toEqual(
        sources.flatMap((name) => [`${name}_filled_template_advanced.json`, `${name}_filled_template_beginner.json`]),
      );
      for (const file of fs.readdirSync(run.output)) {
        expect(validateSupertask(JSON.parse(fs.readFileSync(path.join(run.output, file), 'utf8')), '1.1'), file).toEqual([]);
      }
      expect(run.summary).toMatchObject({ total: 6, valid: 6, invalid: 0, metrics: { schema_compliance: 1 } });
      expect(run.summary.metrics.mobile_optimization_score).toBe(1);
      expect(run.summary.metrics.ari_persona_consistency).toBeGreaterThanOrEqual(0.9);
      expect(run.preStats).toEqual({ filesIn: 3, filesOut: 6, filesInvalid: 0 });
      expect(run.genStats).toEqual({ filesIn: 3, filesOut: 6, filesInvalid: 0 });
    });
  });

  test('is byte-identical from one run to the next', async () => {
    const first = await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      return [snapshot(run.preprocessed), snapshot(run.output)];
    });
    const second = await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      return [snapshot(run.preprocessed), snapshot(run.output)];
    });
    expect(second).toEqual(first);
  });

  test('takes quiz answers, quotes and cards from the source text', async () => {
    await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      for (const name of sources) {
        const source = plainSource(name).toLowerCase();
        for (const level of ['beginner', 'advanced']) {
          const supertask = JSON.parse(fs.readFileSync(path.join(run.output, `${name}_filled_template_${level}.json`), 'utf8'));
          const quizzes = supertask.flexibleItems.filter((item: any) => item.type === 'quiz');
          expect(quizzes.length, `${name} ${level}`).toBeGreaterThan(0);
          for (const quiz of quizzes) {
            const answer = quiz.options[quiz.correctAnswer] as string;
            expect(source).toContain(answer.toLowerCase());
            // The question is the source sentence with the answer blanked out.
            const [before, after] = (/"(.*)"/.exec(quiz.question)?.[1] ?? '').replace(/…/g, '').split('___') as [string, string];
            expect(source).toContain(`${before}${answer}${after}`.toLowerCase().trim());
            for (const [index, option] of quiz.options.entries()) if (index !== quiz.correctAnswer) expect(option.toLowerCase()).not.toBe(answer.toLowerCase());
          }
          for (const item of supertask.flexibleItems.filter((item: any) => item.type === 'quote')) expect(source).toContain(item.content.toLowerCase());
          const cards = supertask.flexibleItems.filter((item: any) => item.type === 'content').map((item: any) => item.content as string);
          // Between Ari's opening and closing lines, every card is a passage of the source.
          for (const card of cards.slice(1, -1)) {
            // List items get the full stop their author left out.
            for (const sentence of card.toLowerCase().split(/(?<=[.!?:])\s+/)) expect(source).toContain(sentence.replace(/\.$/, ''));
          }
        }
      }
    });
  });

  test('detects the language of each source and writes in it', async () => {
    await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      const expected = { arthurcbrooks_mostmeaning_extracted: 'english', como_dormir_bem: 'portuguese', solidao_cronica: 'portuguese' } as const;
      for (const [name, language] of Object.entries(expected)) {
        const analysis = JSON.parse(fs.readFileSync(path.join(run.preprocessed, `${name}_ari_analysis.json`), 'utf8'));
        expect(analysis.language, name).toBe(language);
        expect(fs.readFileSync(path.join(run.preprocessed, `${name}_filled_template.md`), 'utf8')).toMatch(language === 'english' ? /^## Key Ideas$/m : /^## Conceitos-Chave$/m);
        const beginner = JSON.parse(fs.readFileSync(path.join(run.output, `${name}_filled_template_beginner.json`), 'utf8'));
        expect(beginner.metadata.language).toBe(language);
        expect(beginner.title).toMatch(language === 'english' ? / - Beginner$/ : / - Iniciante$/);
      }
    });
  });

  test('picks dimension and archetype from what the text is about', async () => {
    await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      const read = (name: string) => JSON.parse(fs.readFileSync(path.join(run.preprocessed, `${name}_ari_analysis.json`), 'utf8'));
      expect(read('como_dormir_bem').dimension).toBe('physicalHealth');
      expect(read('solidao_cronica').dimension).toBe('relationships');
      expect(read('como_dormir_bem').coaching_opportunities.map((hook: any) => hook.framework)).toContain('circadian_rhythm');
      expect(read('solidao_cronica').coaching_opportunities.map((hook: any) => hook.framework)).toContain('social_connection');
    });
  });

  test('stamps metadata with SOURCE_DATE_EPOCH when set, else a fixed reference time', async () => {
    await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      const beginner = JSON.parse(fs.readFileSync(path.join(run.output, 'como_dormir_bem_filled_template_beginner.json'), 'utf8'));
      expect(beginner.metadata).toMatchObject({ created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z', version: '1.1' });
    });
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      const beginner = JSON.parse(fs.readFileSync(path.join(run.output, 'como_dormir_bem_filled_template_beginner.json'), 'utf8'));
      expect(beginner.metadata.created_at).toBe('2023-11-14T22:13:20Z');
    });
  });

  test('records one file result per output, linked to the audited calls that made it', async () => {
    await withTempDir(async (dir) => {
      await runPipeline(dir);
      const results = readRecords(dir, 'processing.jsonl').filter((record) => record.event === 'file.result');
      const attempts = readRecords(dir, 'prompts.jsonl').filter((record) => record.event === 'llm.attempt');
      expect(results).toHaveLength(3 + 6);
      const generated = results.filter((record) => record.stage === 'generate');
      expect(generated.map((record) => record.output[0]).sort()).toContain('solidao_cronica_filled_template_advanced.json');
      for (const record of generated) {
        expect(record.data).toMatchObject({ valid: true, errors: [], schema_version: '1.1' });
        expect(record.data.metrics.mobile_optimization_score).toBe(1);
        const attempt = attempts.find((a) => a.data.call_id === record.data.call_id);
        expect(attempt?.output).toEqual(record.output);
        expect(attempt?.data.usage.total_tokens).toBeGreaterThan(0);
      }
      const preprocessed = results.filter((record) => record.stage === 'preprocess');
      expect(preprocessed.find((record) => record.input[0] === 'como_dormir_bem.md')?.output).toEqual(['como_dormir_bem_filled_template.md', 'como_dormir_bem_ari_analysis.json']);
      expect(attempts.map((a) => a.data.purpose).sort()).toEqual([...Array(3).fill('generate.advanced'), ...Array(3).fill('generate.beginner'), ...Array(3).fill('preprocess.analysis')]);
    });
  });

  test('writes a generation report naming the outputs and the metrics', async () => {
    await withTempDir(async (dir) => {
      const run = await runPipeline(dir);
      const report = JSON.parse(fs.readFileSync(run.summary.report, 'utf8'));
      expect(report).toMatchObject({ provider: 'offline', model: 'offline-v1', schema_version: '1.1', totals: { outputs: 6, valid: 6, invalid: 0 }, invalid_outputs: [] });
      expect(fs.readFileSync(run.summary.report_markdown, 'utf8')).toContain('| schema_compliance | 1.000 (6/6 valid) |');
    });
  });

  test('reports progress once per file', async () => {
    await withTempDir(async (dir) => {
      const events: { file: string; done: number; total: number; ok: boolean }[] = [];
      await inSession(dir, 'preprocess', () =>
        preprocessTemplates(listMarkdown(CONTENT), path.join(dir, 'out'), { ...options(), concurrency: 2, onProgress: (event) => events.push(event) }, newStats()),
      );
      expect(events.map((event) => event.done)).toEqual([1, 2, 3]);
      expect(events.every((event) => event.ok && event.total === 3)).toBe(true);
    });
  });

  test('hands generate the templates it wrote as reading the folder gives them, in the same order', async () => {
    await withTempDir(async (dir) => {
      const out = path.join(dir, 'work/02_preprocessed');
      // The inputs in reverse order: the templates still come in the folder's order.
      const { results, templates } = await inSession(dir, 'preprocess', () => preprocessTemplates(listMarkdown(CONTENT).reverse(), out, options(), newStats()));
      expect(results.map((result) => path.basename(result.input))).toEqual(sources.map((name) => `${name}.md`).reverse());
      expect(templates).toEqual(listMarkdown(out).filter((file) => file.endsWith('_filled_template.md')).map((file) => readMarkdown(file)));
    });
  });
});
