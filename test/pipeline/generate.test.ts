import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LlmProvider, LlmRequest } from '../../src/llm/provider.js';
import { createOfflineProvider } from '../../src/pipeline/offline/provider.js';
import { generateFiles, generateSupertasks } from '../../src/pipeline/generate.js';
import { readMarkdown } from '../../src/pipeline/inputs.js';
import { preprocessSource } from '../../src/pipeline/preprocess.js';
import { validateSupertask } from '../../src/pipeline/schema.js';
import { CONTENT, inSession, newStats, readRecords, REFERENCE, withTempDir } from './support.js';

/** A provider that answers every supertask request with the original tool's failing output. */
function failingProvider(): LlmProvider & { requests: LlmRequest[] } {
  const reply = fs.readFileSync(path.join(REFERENCE, '03_output/arthurcbrooks_mostmeaning_filled_template_beginner.json'), 'utf8');
  const requests: LlmRequest[] = [];
  return {
    name: 'openai',
    model: 'gpt-4o-mini',
    source: 'live',
    requests,
    async complete(request) {
      requests.push(request);
      return { text: reply, usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 }, model: 'gpt-4o-mini' };
    },
  };
}

const template = path.join(REFERENCE, '02_preprocessed/arthurcbrooks_mostmeaning_filled_template.md');

describe('generate', () => {
  test("report's markdown shows names as written: no table cell ended by a |, no link, no emphasis", async () => {
    await withTempDir(async (dir) => {
      const templates = ['p|q', '[a](b)', '_draft_'].map((name) => {
        const file = path.join(dir, `${name}_filled_template.md`);
        fs.copyFileSync(template, file);
        return file;
      });
      const provider = createOfflineProvider();
      const summary = await inSession(dir, 'generate', () => generateFiles(templates, path.join(dir, 'out'), path.join(dir, 'reports'), { provider, schemaVersion: '1.1', concurrency: 4 }, newStats()));
      const markdown = fs.readFileSync(summary.report_markdown, 'utf8');
      const rows = markdown.split('\n').filter((line) => line.includes('_filled_template_'));
      expect(rows).toHaveLength(6);
      // A row of six cells: the name's | is escaped, and so is what would make a link or emphasis.
      for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(6);
      expect(markdown).toContain('| p\\|q_filled_template_beginner.json |');
      expect(markdown).toContain('| [a\\](b)\\_filled_template_beginner.json |');
      expect(markdown).toContain('| \\_draft\\_\\_filled_template_beginner.json |');
    });
  });

  test('writes an output that stays invalid, names it in the report and counts it', async () => {
    await withTempDir(async (dir) => {
      const provider = failingProvider();
      const stats = newStats();
      const out = path.join(dir, '03_output');
      const reports = path.join(dir, 'reports');
      const summary = await inSession(dir, 'generate', () => generateFiles([template], out, reports, { provider, schemaVersion: '1.1', concurrency: 4 }, stats));

      expect(summary).toMatchObject({ total: 2, valid: 0, invalid: 2, metrics: { schema_compliance: 0, mobile_optimization_score: 0.208 } });
      expect(stats).toEqual({ filesIn: 1, filesOut: 2, filesInvalid: 2 });
      const written = JSON.parse(fs.readFileSync(path.join(out, 'arthurcbrooks_mostmeaning_filled_template_beginner.json'), 'utf8'));
      expect(written.estimatedDuration).toBe(1200);

      // Each level was asked again twice with the errors fed back, then kept.
      expect(provider.requests).toHaveLength(6);
      const repair = provider.requests.find((request) => request.messages.length === 4);
      expect(repair?.messages.at(-1)?.content).toContain('$.estimatedDuration: must be <= 600 (is 1200)');

      const report = JSON.parse(fs.readFileSync(summary.report, 'utf8'));
      expect(report.invalid_outputs).toEqual(['arthurcbrooks_mostmeaning_filled_template_advanced.json', 'arthurcbrooks_mostmeaning_filled_template_beginner.json']);
      expect(report.outputs[0]).toMatchObject({ valid: false, attempts: 3, schema_version: '1.1' });
      const markdown = fs.readFileSync(summary.report_markdown, 'utf8');
      expect(markdown).toContain('- `arthurcbrooks_mostmeaning_filled_template_beginner.json` (6 error(s)):');
      expect(markdown).toContain('  - $.flexibleItems[0].content: must NOT have more than 300 characters (has 2498)');

      const results = readRecords(dir, 'processing.jsonl').filter((record) => record.event === 'file.result');
      expect(results).toHaveLength(2);
      for (const record of results) {
        expect(record.level).toBe('warn');
        expect(record.input).toEqual(['arthurcbrooks_mostmeaning_filled_template.md']);
        expect(record.data).toMatchObject({ valid: false, schema_version: '1.1', metrics: { mobile_optimization_score: 0.208 } });
        expect(record.data.errors).toHaveLength(6);
      }
    });
  });

  test('reports of separate generate commands in one session add up', async () => {
    await withTempDir(async (dir) => {
      const reports = path.join(dir, 'reports');
      const out = path.join(dir, 'out');
      const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const, concurrency: 1 };
      const pre = path.join(dir, 'pre');
      fs.mkdirSync(pre);
      for (const name of ['como_dormir_bem', 'solidao_cronica']) {
        const { template: text } = await inSession(dir, 'preprocess', () => preprocessSource({ name, text: fs.readFileSync(path.join(CONTENT, `${name}.md`), 'utf8') }, options));
        fs.writeFileSync(path.join(pre, `${name}_filled_template.md`), text);
      }
      await inSession(dir, 'generate', () => generateFiles([path.join(pre, 'como_dormir_bem_filled_template.md')], out, reports, options, newStats()));
      const second = await inSession(dir, 'generate', () => generateFiles([path.join(pre, 'solidao_cronica_filled_template.md')], out, reports, options, newStats()));
      expect(second.total).toBe(2);
      expect(JSON.parse(fs.readFileSync(second.report, 'utf8')).totals).toEqual({ outputs: 4, valid: 4, invalid: 0, failed_templates: 0 });
    });
  });

  test('a report of generate commands run with different providers names each provider and model that made its outputs', async () => {
    await withTempDir(async (dir) => {
      const reports = path.join(dir, 'reports');
      const out = path.join(dir, 'out');
      const offline = { provider: createOfflineProvider(), schemaVersion: '1.1' as const, concurrency: 1 };
      const { template: text } = await inSession(dir, 'preprocess', () => preprocessSource({ name: 'como_dormir_bem', text: fs.readFileSync(path.join(CONTENT, 'como_dormir_bem.md'), 'utf8') }, offline));
      const pre = path.join(dir, 'pre');
      fs.mkdirSync(pre);
      fs.writeFileSync(path.join(pre, 'como_dormir_bem_filled_template.md'), text);
      await inSession(dir, 'generate', () => generateFiles([path.join(pre, 'como_dormir_bem_filled_template.md')], out, reports, offline, newStats()));
      const second = await inSession(dir, 'generate', () => generateFiles([template], out, reports, { ...offline, provider: failingProvider() }, newStats()));

      const report = JSON.parse(fs.readFileSync(second.report, 'utf8'));
      expect(report.providers).toEqual([
        { provider: 'openai', model: 'gpt-4o-mini' },
        { provider: 'offline', model: 'offline-v1' },
      ]);
      expect(report.outputs.map((output: { output: string; provider: string }) => [output.output, output.provider])).toEqual([
        ['arthurcbrooks_mostmeaning_filled_template_advanced.json', 'openai'],
        ['arthurcbrooks_mostmeaning_filled_template_beginner.json', 'openai'],
        ['como_dormir_bem_filled_template_advanced.json', 'offline'],
        ['como_dormir_bem_filled_template_beginner.json', 'offline'],
      ]);
      expect(fs.readFileSync(second.report_markdown, 'utf8')).toContain(' · provider openai (gpt-4o-mini), offline (offline-v1) · ');
    });
  });

  test('a damaged earlier report stops generate before any call, naming the report, and is left as it was', async () => {
    await withTempDir(async (dir) => {
      const provider = failingProvider();
      const reports = path.join(dir, 'reports');
      const report = path.join(reports, 'generation_report.json');
      for (const damaged of ['{"session": "sess_2025-01-01_00-00-00_0badc0de", "outputs": [', '["not", "a", "report"]']) {
        fs.mkdirSync(reports, { recursive: true });
        fs.writeFileSync(report, damaged);
        const run = inSession(dir, 'generate', () => generateFiles([template], path.join(dir, 'out'), reports, { provider, schemaVersion: '1.1', concurrency: 1 }, newStats()));
        await expect(run).rejects.toMatchObject({ name: 'LyfeError', file: report, message: expect.stringContaining('the earlier generation report is not a generation report') });
        await expect(run).rejects.toMatchObject({ fix: expect.stringContaining('Move it out of the reports folder') });
        expect(provider.requests).toHaveLength(0);
        expect(fs.readFileSync(report, 'utf8')).toBe(damaged);
      }
    });
  });

  test('the in-memory API gives what the files hold', async () => {
    await withTempDir(async (dir) => {
      const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const };
      const source = { name: 'solidao_cronica', text: fs.readFileSync(path.join(CONTENT, 'solidao_cronica.md'), 'utf8') };
      const pre = await inSession(dir, 'generate', () => preprocessSource(source, options));
      expect(pre.analysis.language).toBe('portuguese');
      expect(pre.template).toMatch(/^---\ntitle: Solidão Crônica e Seus Impactos na Saúde\n/);
      expect(pre.callIds).toHaveLength(1);

      const generated = await inSession(dir, 'generate', () => generateSupertasks({ name: 'solidao_cronica_filled_template', template: pre.template }, options));
      expect(generated.errors).toEqual({ beginner: [], advanced: [] });
      expect(validateSupertask(generated.beginner, '1.1')).toEqual([]);
      expect(validateSupertask(generated.advanced, '1.1')).toEqual([]);
      expect(generated.metrics.beginner.mobile_optimization_score).toBe(1);
      expect(generated.callIds.beginner).not.toBe(generated.callIds.advanced);
      const attempts = readRecords(dir, 'prompts.jsonl').filter((record) => record.event === 'llm.attempt');
      expect(attempts.map((record) => record.stage)).toEqual(['generate', 'generate', 'generate']);
      expect(attempts.find((record) => record.data.call_id === generated.callIds.advanced)?.output).toEqual(['solidao_cronica_filled_template_advanced.json']);
    });
  });

  test('generates from a template written by a person or another tool', async () => {
    await withTempDir(async (dir) => {
      const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const };
      const generated = await inSession(dir, 'generate', () =>
        generateSupertasks({ name: 'arthurcbrooks_mostmeaning_filled_template', template: fs.readFileSync(template, 'utf8') }, options),
      );
      expect(generated.errors).toEqual({ beginner: [], advanced: [] });
      expect((generated.beginner as any).dimension).toBe('mentalHealth');
      expect((generated.beginner as any).metadata.language).toBe('portuguese');
    });
  });

  test('a v1.0 run validates against v1.0', async () => {
    await withTempDir(async (dir) => {
      const options = { provider: createOfflineProvider(), schemaVersion: '1.0' as const };
      const source = { name: 'como_dormir_bem', text: fs.readFileSync(path.join(CONTENT, 'como_dormir_bem.md'), 'utf8') };
      const pre = await inSession(dir, 'generate', () => preprocessSource(source, options));
      const generated = await inSession(dir, 'generate', () => generateSupertasks({ name: 'como_dormir_bem_filled_template', template: pre.template }, options));
      expect((generated.beginner as any).metadata.version).toBe('1.0');
      expect(validateSupertask(generated.beginner, '1.0')).toEqual([]);
    });
  });

  test('takes templates already read (a stage checks its inputs first) as they are, without reading them again', async () => {
    await withTempDir(async (dir) => {
      const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const, concurrency: 1 };
      const fromPath = await inSession(dir, 'generate', () => generateFiles([template], path.join(dir, 'a'), path.join(dir, 'ra'), options, newStats()));
      const copy = path.join(dir, path.basename(template));
      fs.copyFileSync(template, copy);
      const read = readMarkdown(copy);
      fs.rmSync(copy);

      const fromRead = await inSession(dir, 'generate', () => generateFiles([read], path.join(dir, 'b'), path.join(dir, 'rb'), options, newStats()));

      // Same outputs and the same metrics (the language comes from the frontmatter read once).
      expect(fromRead.outputs.map(({ call_id, ...output }) => output)).toEqual(fromPath.outputs.map(({ call_id, ...output }) => output));
      for (const output of fromPath.outputs) {
        expect(fs.readFileSync(path.join(dir, 'b', output.output), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'a', output.output), 'utf8'));
      }
    });
  });
});
