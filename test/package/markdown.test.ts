import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/package/markdown.js';

describe("escapeMarkdown (the package's execution_summary.md)", () => {
  it('keeps a file name with brackets from becoming a link or an image', () => {
    // `[a](b)` is a link to b whose text is a; `![a](b)` loads the image at b.
    expect(escapeMarkdown('notes [draft](v2).md')).toBe('notes [draft\\](v2).md');
    expect(escapeMarkdown('see ![x](https://example.com/p.png)')).toBe('see ![x\\](https://example.com/p.png)');
    expect(escapeMarkdown('a [b][c] d')).toBe('a [b\\][c] d');
    // A bracket that makes no link reads as written: a JSON path, a tag.
    expect(escapeMarkdown('$.flexibleItems[1]')).toBe('$.flexibleItems[1]');
    expect(escapeMarkdown('[draft] notes.md')).toBe('[draft] notes.md');
  });

  it('keeps an underscore that could open or close emphasis from doing so, and one inside a word as written', () => {
    // `_draft_.md` renders as an italic "draft"; `a.md, _b_` as an italic "b".
    expect(escapeMarkdown('_draft_.md')).toBe('\\_draft\\_.md');
    expect(escapeMarkdown('__init__.md')).toBe('\\_\\_init\\_\\_.md');
    expect(escapeMarkdown('como_dormir_bem_filled_template_beginner.json')).toBe('como_dormir_bem_filled_template_beginner.json');
    expect(escapeMarkdown('ação_diária.md')).toBe('ação_diária.md');
  });

  it('keeps an HTML entity in a name as written', () => {
    expect(escapeMarkdown('Tom &amp; Jerry.md')).toBe('Tom \\&amp; Jerry.md');
    expect(escapeMarkdown('Q&A.md')).toBe('Q&A.md');
  });
});
