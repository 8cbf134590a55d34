import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkFolders } from '../../src/package/constants.js';
import { runPipeline } from '../../src/package/run-pipeline.js';
import { useTempDir } from '../helpers/temp-dir.js';

const ARTICLE = 'test/fixtures/content/como_dormir_bem.md';

describe('runPipeline', () => {
  const temp = useTempDir('lyfe-kt-run-');

  it('limits the articles to --max-input-size, not the templates the run makes of them', async () => {
    const articles = path.join(temp(), 'articles');
    fs.mkdirSync(articles);
    fs.copyFileSync(ARTICLE, path.join(articles, 'como_dormir_bem.md'));
    const limit = fs.statSync(ARTICLE).size;
    const workDir = path.join(temp(), 'work');
    const result = await runPipeline(articles, {
      workDir,
      logDir: path.join(temp(), 'logs'),
      provider: 'offline',
      schemaVersion: '1.1',
      concurrency: 2,
      maxInputSize: limit,
      outputDir: path.join(temp(), 'packages'),
      keepWork: true,
    });
    // The template holds the article and its analysis: over the limit the article is at.
    expect(fs.statSync(path.join(workDir, WorkFolders.preprocessed, 'como_dormir_bem_filled_template.md')).size).toBeGreaterThan(limit);
    expect(result.generation).toMatchObject({ total: 2, valid: 2, invalid: 0 });
  });
});
