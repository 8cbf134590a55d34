import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

/** The documented inputs and outputs are the ones `action.yml` declares, with its defaults and words. */
const root = path.resolve(import.meta.dirname, '../..');
const actionText = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
const action = parseYaml(actionText) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { steps: { uses?: string }[] };
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

describe('docs/github-action.md', () => {
  const text = fs.readFileSync(path.join(root, 'docs/github-action.md'), 'utf8');

  it('lists every action action.yml uses, at the commit and version it pins, as what GitHub Enterprise Server must have', () => {
    // The runner downloads them all at "Set up job", whatever a step's `if:` says.
    const pinned = [...actionText.matchAll(/^\s*(?:-\s+)?uses:\s*([\w.-]+\/[\w.-]+)@([0-9a-f]{40})\s+#\s*(v\S+)\s*$/gm)].map(([, name, commit, version]) => ({ name, commit, version }));
    const used = new Set(action.runs.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    // Every `uses:` is pinned to a commit with its version beside it, so the table can name both.
    expect(new Set(pinned.map(({ name, commit }) => `${name}@${commit}`))).toEqual(used);

    const rows = tableAfter(text, '### GitHub Enterprise Server').map(([name, version, commit]) => ({ name: cell(name), commit: cell(commit), version }));
    expect(rows).toEqual([...new Map(pinned.map((entry) => [entry.name, entry])).values()]);
  });
});
