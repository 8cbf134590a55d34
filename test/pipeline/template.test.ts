import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AriAnalysis } from '../../src/pipeline/analysis.js';
import { parseFrontmatter } from '../../src/pipeline/inputs.js';
import { composeAnalysis } from '../../src/pipeline/offline/analysis.js';
import { parseTemplate, renderTemplate } from '../../src/pipeline/template.js';
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

  test("demotes the article's headings under Source Text, and leaves its fenced code as written", () => {
    const code = [
      '```bash',
      '# install the tool',
      'npm install lyfe-kt',
      '## not a section of the template',
      '```',
      '',
      '~~~',
      '# still code',
      '~~~',
      '',
      '````markdown',
      '```',
      '# in a longer fence, past a shorter one',
      '````',
    ];
    const body = ['# Setup guide', '', 'Before you start, install the tool and read this guide.', '', ...code.slice(0, 6), '## After that', '', ...code.slice(6), '', 'The end of the guide.', ''].join('\n');
    const rendered = renderTemplate(composeAnalysis('guide', body), { name: 'guide', body });
    const [, source] = rendered.body.split('\n## Source Text\n');
    expect(source).toContain('\n### Setup guide\n');
    expect(source).toContain('\n#### After that\n');
    expect(source).toContain(`\n${code.slice(0, 5).join('\n')}\n`);
    expect(source).toContain(`\n${code.slice(6).join('\n')}\n`);
    // Read back, the source is whole: a `## ` line in its code starts no section.
    const parsed = parseTemplate(rendered.text);
    expect(parsed.source).toContain('## not a section of the template');
    expect(parsed.source.endsWith('The end of the guide.')).toBe(true);
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

describe('a frontmatter title YAML reads as a number', () => {
  // `title: 1984` is the book's title: YAML makes it the number 1984, which is still the title written.
  const article = ['---', 'title: 1984', 'author: George Orwell', '---', '', 'Big Brother is watching you. Winston keeps a diary in secret, and writes what he sees.', ''].join('\n');

  test("is the article's title in its analysis, and its template's", () => {
    const analysis = composeAnalysis('orwell_notes', article);
    expect(analysis.title).toBe('1984');
    const rendered = renderTemplate(analysis, { name: 'orwell_notes', body: parseFrontmatter(article).body });
    expect(parseTemplate(rendered.text).title).toBe('1984');
  });

  test('is the title of a filled template edited by hand', () => {
    const template = ['---', 'title: 1984', 'language: english', '---', '', '## Source Text', '', 'Big Brother is watching you.', ''].join('\n');
    expect(parseTemplate(template).title).toBe('1984');
  });
});
