import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AriAnalysis } from '../../src/pipeline/analysis.js';
import { parseFrontmatter } from '../../src/pipeline/inputs.js';
import { composeAnalysis } from '../../src/pipeline/offline/analysis.js';
import { renderTemplate } from '../../src/pipeline/template.js';
import { CONTENT } from './support.js';

describe('renderTemplate', () => {
  // Generate takes the frontmatter and body renderTemplate gives instead of parsing the file it wrote:
  // they must be what parseFrontmatter reads back from the text.
  const sources = fs.readdirSync(CONTENT).map((file) => ({ name: path.basename(file, '.md'), body: fs.readFileSync(path.join(CONTENT, file), 'utf8') }));

  test.each(sources)('gives the frontmatter and body that parsing its text gives ($name)', (source) => {
    const rendered = renderTemplate(composeAnalysis(source.name, source.body), source);
    expect(rendered.body.length).toBeGreaterThan(0);
    expect({ frontmatter: rendered.frontmatter, body: rendered.body }).toStrictEqual(parseFrontmatter(rendered.text));
  });

  test('the same for values YAML must quote, and an analysis kept although invalid', () => {
    const source = sources[0]!;
    const analysis = composeAnalysis(source.name, source.body);
    const odd = {
      ...analysis,
      title: 'yes',
      description: 'line one\n---\nline: three # not a comment',
      region: undefined,
      tags: ['1.0', 'null', '- dash', "it's", '"quoted"', '', '@at', 'true'],
      learning_objectives: 42,
    } as unknown as AriAnalysis;
    const rendered = renderTemplate(odd, source);
    expect(rendered.frontmatter).not.toHaveProperty('region');
    expect({ frontmatter: rendered.frontmatter, body: rendered.body }).toStrictEqual(parseFrontmatter(rendered.text));
  });
});
