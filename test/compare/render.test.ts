import { describe, expect, it } from 'vitest';
import { checkBudgets, deltaOf, metricDelta, RUN_METRICS, type Comparison, type SourceComparison } from '../../src/package/compare.js';
import { itemText, renderComparisonMarkdown, renderComparisonText } from '../../src/package/compare-render.js';
import { chars, crlfBytes } from '../../src/package/markdown.js';

/** A comparison of a large content pull request: many lessons, each with a long item rewritten. */
function largeComparison(sources: number): Comparison {
  const changed: SourceComparison[] = Array.from({ length: sources }, (_, i) => ({
    source: `article_${String(i).padStart(3, '0')}.md`,
    status: 'changed',
    files: [
      {
        file: `03_output/article_${i}_filled_template_beginner.json`,
        status: 'changed',
        supertask: {
          fields: [{ field: 'title', base: `Lesson ${i}`, head: `Lesson ${i}, revised` }],
          items: [{ change: 'changed', base_position: 2, head_position: 2, type: 'content', base: null, head: null, fields: [{ field: 'content', base: 'x'.repeat(280), head: 'y'.repeat(280) }] }],
        },
      },
    ],
  }));
  const metrics = Object.fromEntries(RUN_METRICS.map((metric) => [metric, deltaOf(null, null)])) as Comparison['metrics'];
  metrics.schema_compliance = deltaOf(1, 0.5);
  return {
    base: { path: 'base', session_id: 'sess_2026-01-01_00-00-00_00000000', digest: 'a'.repeat(64), compressed: false, success: true, model: 'gpt-4o-mini' },
    head: { path: 'head', session_id: 'sess_2026-01-02_00-00-00_11111111', digest: 'b'.repeat(64), compressed: true, success: true, model: 'gpt-4o-mini' },
    counts: { added: 0, removed: 0, changed: sources, unchanged: 0 },
    sources: changed,
    metrics,
    quality_issues: { base: null, head: null, delta: null, new: null },
  };
}

describe('the comparison in markdown', () => {
  it('is cut to the limit given, at a line, keeping the budgets and the numbers, and says so', () => {
    const comparison = largeComparison(400);
    const checks = checkBudgets(comparison, { maxQualityDrop: 0.1, maxCostIncrease: { percent: 5 } });
    const whole = renderComparisonMarkdown(comparison, checks, { limit: 10_000_000, measure: chars });
    expect(whole.length).toBeGreaterThan(65_536);
    for (const [limit, measure] of [[65_536, chars], [4_000, crlfBytes]] as const) {
      const cut = renderComparisonMarkdown(comparison, checks, { limit, measure });
      expect(measure(cut)).toBeLessThanOrEqual(limit);
      expect(cut).toContain('- ❌ quality drop at most 0.1: exceeded: schema\\_compliance dropped 0.5 (1 -&gt; 0.5)');
      expect(cut).toContain('- ❔ cost increase at most 5%: not checked: the cost of both runs is unknown');
      expect(cut).toContain('| schema compliance | 1 | 0.5 | -0.5 |');
      expect(cut).toContain('`lyfe-kt compare --json` on the two packages gives all of it');
      expect(cut.match(/<details>/g)?.length ?? 0).toBe(cut.match(/<\/details>/g)?.length ?? 0);
    }
  });

  it('cut to a comment, keeps what differs before the names of many unchanged sources', () => {
    const comparison = largeComparison(1);
    const unchanged: SourceComparison[] = Array.from({ length: 1000 }, (_, i) => ({ source: `artigo_sobre_habitos_${i}.md`, status: 'unchanged' }));
    comparison.sources.push(...unchanged);
    comparison.counts.unchanged = unchanged.length;
    const cut = renderComparisonMarkdown(comparison, [], { limit: 24_000, measure: chars });
    expect(cut.length).toBeLessThanOrEqual(24_000);
    expect(cut).toContain('cut to fit');
    // The one lesson that changed is shown whole; as many unchanged names as fit after it.
    expect(cut).toContain('  - title: &quot;Lesson 0&quot; -&gt; &quot;Lesson 0, revised&quot;');
    expect(cut.indexOf('article\\_000.md: changed</summary>')).toBeLessThan(cut.indexOf('1000 unchanged</summary>'));
    expect(cut).toContain('artigo\\_sobre\\_habitos\\_0.md, ');
    expect(cut.match(/<details>/g)?.length ?? 0).toBe(cut.match(/<\/details>/g)?.length ?? 0);
  });

  it('cut to a comment, keeps the table of the sources that differ before a long list of new quality issues', () => {
    const comparison = largeComparison(3);
    // A prompt change that makes every lesson of a large run copy its source: two warnings an output.
    const fresh = Array.from({ length: 200 }, (_, i) => ({
      rule: 'copied-from-source',
      severity: 'warning',
      file: `artigo_${i}_filled_template_advanced.json`,
      message: `Item 2 copies 20 or more words in a row from the source article, more than a quotation: "O horário regular é o pilar mais importante: tente dormir e…".`,
    }));
    comparison.quality_issues = { base: 0, head: 200, delta: 200, new: fresh };
    const cut = renderComparisonMarkdown(comparison, checkBudgets(comparison, { maxNewIssues: 0 }), { limit: 24_000, measure: chars });
    expect(cut.length).toBeLessThanOrEqual(24_000);
    expect(cut).toContain('cut to fit');
    expect(cut).toContain('- ❌ new quality issues at most 0: exceeded: 200 new (0 -&gt; 200 in all)');
    for (const source of ['article\\_000.md', 'article\\_001.md', 'article\\_002.md']) expect(cut).toContain(`| ${source} | changed |`);
    expect(cut).toContain('### New quality issues');
    expect(cut.indexOf('### Sources')).toBeLessThan(cut.indexOf('### New quality issues'));
  });

  it('a carriage return in model text or a file name ends no line of the markdown (CommonMark takes a lone CR as a line ending)', () => {
    const comparison = largeComparison(1);
    comparison.sources[0].source = 'artigo\r\r---\r1. novo.md';
    comparison.sources[0].files![0].supertask!.items = [{ change: 'added', base_position: null, head_position: 1, type: 'content', base: null, head: { type: 'content', content: 'Texto\r\r    code\r===' }, fields: [] }];
    const markdown = renderComparisonMarkdown(comparison, [], { limit: 65_536, measure: chars });
    expect(markdown).not.toContain('\r');
    expect(markdown).toContain('| artigo  --- 1. novo.md | changed |');
    expect(markdown).toContain('  - item 1 added (content): Texto      code ===\n');
  });

  it("a source's name in its <details> summary reads as written: GitHub reads no markdown on an HTML block's line, where a backslash escape shows as a backslash", () => {
    const comparison = largeComparison(1);
    comparison.sources[0].source = 'como_dormir_bem *2* [x](y) <b>@team</b> & https://e.com.md';
    const markdown = renderComparisonMarkdown(comparison, [], { limit: 65_536, measure: chars });
    const summary = markdown.split('\n').find((line) => line.startsWith('<details><summary>como'));
    expect(summary).toBe('<details><summary>como_dormir_bem *2* [x](y) &lt;b&gt;@\u2060team&lt;/b&gt; &amp; https:\u2060//e.com.md: changed</summary>');
    // In the table, a markdown line, the same name is escaped as markdown.
    expect(markdown).toContain('| como\\_dormir\\_bem \\*2\\* \\[x\\](y) &lt;b&gt;@\u2060team&lt;/b&gt; &amp; https:\u2060//e.com.md | changed |');
  });

  it('a comparison that fits is whole, with no note', () => {
    const comparison = largeComparison(2);
    const markdown = renderComparisonMarkdown(comparison, [], { limit: 65_536, measure: chars });
    expect(markdown).not.toContain('cut to fit');
    expect(markdown).toMatch(/^## Compared with the base run$/m);
    expect(markdown).toContain('<details><summary>article_001.md: changed</summary>');
    expect(markdown).toContain('  - title: &quot;Lesson 1&quot; -&gt; &quot;Lesson 1, revised&quot;');
  });
});

describe('the comparison as text', () => {
  it('lists each changed file with its changes under it', () => {
    const text = renderComparisonText(largeComparison(1), []);
    expect(text).toContain('sources: 1 changed, 0 added, 0 removed, 0 unchanged');
    expect(text).toContain(['changed    article_000.md', '  changed   03_output/article_0_filled_template_beginner.json', '      title: "Lesson 0" -> "Lesson 0, revised"', '      item 2 changed (content)', `        content: "${'x'.repeat(280)}" -> "${'y'.repeat(280)}"`].join('\n'));
  });

  it('a cost that changed by a token reads as dollars, not in exponent notation', () => {
    const comparison = largeComparison(1);
    comparison.metrics.cost_usd = metricDelta('cost_usd', 0.01485, 0.01485075);
    const text = renderComparisonText(comparison, []);
    expect(text).toMatch(/^cost \(USD\) +0\.01485 +0\.01485075 +\+0\.00000075$/m);
    comparison.metrics.cost_usd = metricDelta('cost_usd', 0.00000005, 0);
    expect(renderComparisonMarkdown(comparison, [], { limit: 65_536, measure: chars })).toContain('| cost (USD) | 0.00000005 | 0 | -0.00000005 |');
  });

  it("shows the control characters of a hostile package's names and model text as escapes: none forges a line or reaches the terminal", () => {
    const comparison = largeComparison(1);
    const esc = '\u001b]0;owned\u0007\n::error::forged';
    comparison.head.session_id = `sess${esc}`;
    comparison.head.model = `m${esc}`;
    comparison.sources[0].source = `a${esc}.md`;
    comparison.sources[0].files![0].file = `03_output/a${esc}.json`;
    comparison.sources[0].files![0].supertask!.items = [{ change: 'added', base_position: null, head_position: 1, type: 'content', base: null, head: { type: 'content', content: `Texto${esc}` }, fields: [] }];
    comparison.quality_issues.new = [{ id: 'Q1', rule: 'r', severity: 'warning', file: `f${esc}`, message: `m${esc}` } as never];
    const text = renderComparisonText(comparison, []);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).not.toMatch(/^::/m);
    expect(text).toContain('item 1 added (content): Texto\\u001b]0;owned\\u0007\\n::error::forged');
  });

  it("in markdown too (printed to a terminal or a CI log), a hostile package's control characters are escapes and no name starts a line as a workflow command", () => {
    const comparison = largeComparison(1);
    const esc = '\u001b[2J\u0007\u009b';
    comparison.head.model = `m${esc}`;
    comparison.sources[0].source = `a${esc}.md`;
    comparison.sources[0].files![0].supertask!.items = [{ change: 'added', base_position: null, head_position: 1, type: 'content', base: null, head: { type: 'content', content: `Texto${esc}` }, fields: [] }];
    comparison.quality_issues.new = [{ rule: 'r', severity: 'warning', file: `f${esc}`, message: `m${esc}` }];
    // Unchanged sources are named a few to a line, the first name starting the line.
    comparison.sources.push({ source: ' ::error::forged.md', status: 'unchanged' }, { source: 'b.md', status: 'unchanged' });
    comparison.counts.unchanged = 2;
    const markdown = renderComparisonMarkdown(comparison, [], { limit: 65_536, measure: chars });
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(markdown).toContain('item 1 added (content): Texto\\u001b\\[2J\\u0007\\u009b');
    expect(markdown).not.toMatch(/^\s*::/m);
    expect(markdown).toContain(' \\::error::forged.md, b.md');
  });

  it('a quiz shows its question, its options and its answer', () => {
    expect(itemText({ type: 'quiz', question: 'Which comes first?', options: ['rest', 'work'], correctAnswer: 1, explanation: 'It says so.' })).toBe('Which comes first? [rest | work] answer: work');
    expect(itemText({ type: 'quote', content: 'Begin at once.', author: 'Seneca' })).toBe('"Begin at once." - Seneca');
  });
});
