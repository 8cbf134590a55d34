import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

/** The documented inputs and outputs are the ones `action.yml` declares, with its defaults and words. */
const root = path.resolve(import.meta.dirname, '../..');
const action = parseYaml(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const cell = (text: string) => text.replace(/^`|`$/g, '').replace(/^'(.*)'$/, '$1');

/** Rows of the first table after `heading`, as arrays of cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4} /.test(line)) break;
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    rows.push(line.split('|').slice(1, -1).map((part) => part.trim()));
  }
  return rows.slice(1);
}

/** The README's "Use in GitHub Actions" section holds the tables. */
const documents = [{ file: 'README.md', text: fs.readFileSync(path.join(root, 'README.md'), 'utf8') }];

describe.each(documents)('$file', ({ text }) => {
  it('lists every input with its default and description', () => {
    const rows = tableAfter(text, '### Inputs');
    expect(rows.map((row) => cell(row[0]))).toEqual(Object.keys(action.inputs));
    for (const [name, defaultCell, description] of rows) {
      const input = action.inputs[cell(name)];
      expect(cell(defaultCell), name).toBe(input.required ? '(required)' : (input.default ?? ''));
      expect(squash(description), name).toBe(squash(input.description));
    }
  });

  it('lists every output with its description', () => {
    const rows = tableAfter(text, '### Outputs');
    expect(rows.map((row) => cell(row[0]))).toEqual(Object.keys(action.outputs));
    for (const [name, description] of rows) expect(squash(description), name).toBe(squash(action.outputs[cell(name)].description));
  });
});
