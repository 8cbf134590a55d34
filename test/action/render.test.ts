import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT_CHARS, SUMMARY_BUDGET_BYTES, SUMMARY_LIMIT_BYTES } from '../../src/action/constants.js';
import { escapeSummary } from '../../src/package/summary-escape.js';
import { chars, crlfBytes, escapeCodeBlock, escapeInline, fitMarkdown } from '../../src/package/markdown.js';
import { renderStageGantt } from '../../src/action/gantt.js';
import { renderComment, renderJobSummary, type ReportView } from '../../src/action/job-summary.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';

const SESSION = 'gha_100_1';
let clock = Date.parse('2026-01-01T10:00:00.000Z');
function rec(stage: LogRecord['stage'], event: string, fields: Partial<LogRecord> = {}): LogRecord {
  clock += 1000;
  return { time: new Date(clock).toISOString(), level: 'info', session: SESSION, stage, event, msg: event, pid: 10, ...fields };
}

/** A session whose file names and model text try to reshape the page. */
function hostileSession(outputs = 1) {
  clock = Date.parse('2026-01-01T10:00:00.000Z');
  const processing: LogRecord[] = [
    rec('session', 'session.start', { data: { provider: 'openai', model: 'gpt-4o-mini' } }),
    rec('preprocess', 'stage.start'),
    rec('preprocess', 'stage.end', { data: { status: 'ok', duration_ms: 1000, files_in: 1, files_out: 2 } }),
    rec('generate', 'stage.start'),
  ];
  const audits: LogRecord[] = [];
  for (let i = 0; i < outputs; i++) {
    const file = `<img src=x onerror=alert(1)>|@octocat_${i}_beginner.json`;
    audits.push(
      rec('generate', 'llm.attempt', {
        input: ['evil.md'],
        output: [file],
        data: { call_id: `call_${i}`, attempt: 1, max_attempts: 7, purpose: 'generate.beginner', provider: 'openai', model: '**bold**', params: {}, messages: [], response: '{}', usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }, latency_ms: 250, outcome: 'ok', source: 'live' },
      }),
    );
    processing.push(rec('generate', 'file.result', { output: [file], input: ['evil.md'], data: { valid: false, errors: ['</details><script>x</script> ```'], level: 'beginner' } }));
  }
  processing.push(
    rec('generate', 'error', { level: 'error', input: ['evil.md'], msg: '``` closed early', data: { error: 'the reply </td> was **not** JSON @octocat' } }),
    rec('generate', 'stage.end', { level: 'error', data: { status: 'failed', duration_ms: 3000, files_in: 1, files_out: outputs, error: 'reply was not JSON' } }),
  );
  return summarizeSession(processing, audits);
}

function outsideFences(markdown: string): string {
  let inside = false;
  return markdown
    .split('\n')
    .filter((line) => {
      if (line.startsWith('```')) inside = !inside;
      return !inside && !line.startsWith('```');
    })
    .join('\n');
}

function view(summary = hostileSession()): ReportView {
  return {
    sessionId: SESSION,
    success: false,
    problems: ['generate step failed (exit code 1): lyfe-kt: <b>bad</b>'],
    summary,
    steps: [
      { stage: 'preprocess', outcome: 'success', exitCode: 0, durationMs: 1200, stderr: '' },
      { stage: 'generate', outcome: 'failure', exitCode: 1, durationMs: 3100, stderr: 'progress\n```\n<b>boom</b>\n' },
      { stage: 'package', outcome: 'success', exitCode: 0, durationMs: 400, stderr: '' },
    ],
    packageName: 'content-2026-01-01-10-00',
    artifact: { name: 'lyfe-kt-100-1-lessons', id: 3, url: 'https://github.com/octo/lessons/actions/runs/100/artifacts/3' },
    runUrl: 'https://github.com/octo/lessons/actions/runs/100/attempts/1',
    jobLabel: 'lessons',
    notes: [],
  };
}

/** The bytes the runner stores once it has made every line ending CRLF. */
const storedBytes = (text: string) => Buffer.byteLength(text.replace(/\r?\n/g, '\r\n'));

describe('escaping', () => {
  it('leaves no HTML tag, table cell break, emphasis or mention in inline text', () => {
    const text = escapeInline('<img src=x> | **b** _i_ [l](u) `c` @octocat\nnext');
    expect(text).toBe('&lt;img src=x&gt; \\| \\*\\*b\\*\\* \\_i\\_ \\[l\\](u) \\`c\\` @\u2060octocat next');
  });

  it('leaves no bare link for GitHub to make clickable: a fork\'s file name or a model\'s text shows as text', () => {
    const text = escapeInline('log in at https://evil.example/login or www.evil.example, HTTP://EVIL.example too');
    expect(text).toBe('log in at https:\u2060//evil.example/login or www\u2060.evil.example, HTTP:\u2060//EVIL.example too');
    expect(text).not.toMatch(/(https?:\/\/|\bwww\.)/i);
  });

  it('keeps code-block text literal but breaks fences', () => {
    expect(escapeCodeBlock('a <b> ```\n````')).not.toMatch(/```/);
    expect(escapeCodeBlock('a <b>')).toBe('a <b>');
  });

  it('escapes the user and model text of a summary, not its numbers', () => {
    const escaped = escapeSummary(hostileSession(), escapeInline);
    expect(JSON.stringify(escaped.outputs)).not.toContain('<img');
    expect(escaped.ai.model).toBe('\\*\\*bold\\*\\*');
    expect(escaped.ai.total_tokens).toBe(15);
  });
});

describe('the job summary', () => {
  it('shows the outcome, steps, gantt, model calls, execution summary and artifact link, with hostile text escaped', () => {
    const markdown = renderJobSummary(view());
    expect(markdown).toContain('# ❌ lyfe-kt: content-2026-01-01-10-00');
    expect(markdown).toContain('[lyfe-kt-100-1-lessons](https://github.com/octo/lessons/actions/runs/100/artifacts/3)');
    expect(markdown).toContain('| generate | ❌ failure | 1 |');
    expect(markdown).toContain('```mermaid\ngantt');
    expect(markdown).toMatch(/generate \(failed\) : crit, s\d, \d+, \d+/);
    expect(markdown).toContain('| `call_0` | generate.beginner | \\*\\*bold\\*\\* | 1 | ok | 15 | 250 ms |');
    expect(markdown).toContain('# Pipeline Execution Summary');
    expect(markdown).toContain('lyfe-kt: &lt;b&gt;bad&lt;/b&gt;');
    // Code blocks show text literally; everywhere else, no tag but our own <details> and no mention.
    const prose = outsideFences(markdown);
    expect(prose).not.toMatch(/<img|<script|<\/td>|<b>|@octocat/);
    expect(prose.replace(/<details><summary>[^<]*<\/summary>|<\/details>/g, '')).not.toMatch(/<\/?[a-z]/i);
    expect(markdown).toContain('<img src=x onerror=alert(1)>|@octocat_0_beginner.json file.result');
    // Fences are balanced: every opened block closes.
    expect(markdown.split('\n').filter((line) => line.startsWith('```')).length % 2).toBe(0);
  });

  it('is cut under 1 MiB, with a margin once every line ends in CRLF, and a note pointing at the artifact when the run is huge', () => {
    const markdown = renderJobSummary(view(hostileSession(12_000)));
    expect(storedBytes(markdown)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(storedBytes(markdown)).toBeGreaterThan(SUMMARY_BUDGET_BYTES - 4096);
    expect(SUMMARY_LIMIT_BYTES - SUMMARY_BUDGET_BYTES).toBe(64 * 1024);
    expect(markdown).toContain("cut to stay under GitHub's 1 MiB job summary limit");
    expect(markdown.trimEnd().endsWith('`logs/execution_summary.md`.')).toBe(true);
    expect(markdown.split('\n').filter((line) => line.startsWith('```')).length % 2).toBe(0);
  });
});

describe('a reported package whose records say what its maker wrote', () => {
  /** The page text that is not inside a code block or our own <details> tags. */
  const prose = (markdown: string) => outsideFences(markdown).replace(/<details><summary>[^<]*<\/summary>|<\/details>/g, '');
  const BREAK = 'x\n```\n\n# PWNED @octocat <img src=x> [click](https://evil.example)\n```mermaid\ngantt';

  it('escapes the stages, session, call and schema names and the failed records of the summary, and draws unknown stages as other', () => {
    clock = Date.parse('2026-01-01T10:00:00.000Z');
    const session = `gha_1_1${BREAK}`;
    const stage = `generate${BREAK}` as LogRecord['stage'];
    const forged = (stageOf: LogRecord['stage'], event: string, fields: Partial<LogRecord> = {}) => rec(stageOf, event, { session, ...fields });
    const summary = summarizeSession(
      [
        forged('session', 'session.start', { data: { provider: 'openai', model: 'gpt-4o-mini' } }),
        forged(stage, 'stage.start'),
        forged(stage, 'file.result', { output: ['a_beginner.json'], data: { valid: true, level: 'beginner', call_id: `call_1${BREAK}`, schema_version: `1.1${BREAK}` } }),
        forged(stage, `step${BREAK}`, { msg: 'the record before the error' }),
        forged(stage, 'error', { level: 'error', msg: 'failed', time: `2026-01-01T10:00:09.000Z${BREAK}`, pid: '1)\n\n<img src=x> @octocat (' as unknown as number }),
        forged(stage, 'stage.end', { level: 'error', data: { status: 'failed', duration_ms: 3000, files_in: 1, files_out: 1 } }),
      ],
      [
        forged(stage, 'llm.attempt', {
          output: ['a_beginner.json'],
          data: { call_id: `call_1${BREAK}`, attempt: 1, max_attempts: 7, purpose: 'generate.beginner', provider: 'openai', model: 'm', params: {}, messages: [], response: '{}', usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }, latency_ms: 5, outcome: 'ok', source: 'live', finish_reason: `stop${BREAK}` },
        }),
      ],
    );
    const marker = '<!-- lyfe-kt:summary job=lessons key= -->';
    for (const markdown of [renderJobSummary(view(summary)), renderComment(view(summary), marker)]) {
      expect(markdown).toContain('PWNED');
      expect(prose(markdown)).not.toMatch(/^#+ PWNED|@octocat|<img|(?<!\\)\]\(https:\/\/evil|<\/?[a-z]/im);
      expect(markdown.split('\n').filter((line) => line.startsWith('```')).length % 2).toBe(0);
      expect(markdown).toMatch(/ {2}section other\n {2}other \(failed\) : crit/);
    }
  });

  it("escapes the session a failure names in a package of several sessions (a merge of shards)", () => {
    clock = Date.parse('2026-01-01T10:00:00.000Z');
    const session = `gha_1_1${BREAK}`;
    const forged = (stageOf: LogRecord['stage'], event: string, fields: Partial<LogRecord> = {}) => rec(stageOf, event, { session, pid: 11, ...fields });
    const summary = summarizeSession(
      [
        rec('preprocess', 'stage.start'),
        rec('preprocess', 'stage.end', { data: { status: 'ok', duration_ms: 1000, files_in: 1, files_out: 2 } }),
        forged('preprocess', 'stage.start'),
        forged('preprocess', 'error', { level: 'error', msg: 'failed', input: ['b.md'], data: { error: 'failed' } }),
        forged('preprocess', 'stage.end', { level: 'error', data: { status: 'failed', duration_ms: 1000, files_in: 1, files_out: 0, error: 'failed' } }),
      ],
      [],
    );
    expect(summary.failures.map((failure) => failure.session)).toEqual([session]);
    const marker = '<!-- lyfe-kt:summary job=lessons key= -->';
    for (const markdown of [renderJobSummary(view(summary)), renderComment(view(summary), marker)]) {
      expect(markdown).toContain('- **Stage**: preprocess (process 11, session gha\\_1\\_1');
      expect(prose(markdown)).not.toMatch(/^#+ PWNED|@octocat|<img|(?<!\\)\]\(https:\/\/evil|<\/?[a-z]/im);
    }
  });
});

describe('the comment', () => {
  it('starts with the marker and stays under 65,536 characters', () => {
    const marker = '<!-- lyfe-kt:summary job=lessons key= -->';
    const small = renderComment(view(), marker);
    expect(small.startsWith(`${marker}\n# ❌ lyfe-kt:`)).toBe(true);
    expect(small).toContain('<details><summary>Execution summary</summary>');
    const huge = renderComment(view(hostileSession(3000)), marker);
    expect(huge.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(huge.startsWith(marker)).toBe(true);
    expect(huge).toContain('https://github.com/octo/lessons/actions/runs/100/artifacts/3');
    expect((huge.match(/<details>/g) ?? []).length).toBe((huge.match(/<\/details>/g) ?? []).length);
  });
});

describe('fitMarkdown', () => {
  it('returns text within the limit unchanged, and closes an open fence when it cuts', () => {
    expect(fitMarkdown('short', 100, crlfBytes, 'cut')).toBe('short');
    const text = ['# Title', '```text', ...Array.from({ length: 500 }, (_, i) => `line ${i}`)].join('\n');
    const cut = fitMarkdown(text, 1000, crlfBytes, 'cut here');
    expect(storedBytes(cut)).toBeLessThanOrEqual(1000);
    expect(cut).toMatch(/line \d+\n```\n\n> \[!WARNING\]\n> cut here\n$/);
  });

  it('counts every line ending as CRLF, the size the runner stores: short lines that fit as LF are cut', () => {
    const lines = Array.from({ length: 300 }, () => 'ab').join('\n');
    expect(Buffer.byteLength(lines)).toBeLessThanOrEqual(1000);
    expect(storedBytes(lines)).toBeGreaterThan(1000);
    const cut = fitMarkdown(lines, 1000, crlfBytes, 'cut');
    expect(cut).not.toBe(lines);
    expect(storedBytes(cut)).toBeLessThanOrEqual(1000);
    // Text that already holds CRLF is not counted twice.
    expect(crlfBytes('a\r\nb\nc')).toBe(storedBytes('a\r\nb\nc'));
    expect(fitMarkdown(lines, 1000, chars, 'cut')).toBe(lines);
  });
});

describe('the stage gantt', () => {
  it('draws one bar per stage run, unfinished ones to the end of the session', () => {
    const gantt = renderStageGantt(
      [
        { stage: 'preprocess', session: 'gha_1_1', pid: 1, status: 'ok', start_time: '2026-01-01T10:00:00.000Z', end_time: '2026-01-01T10:00:02.000Z', duration_ms: 2000, files_in: 1, files_out: 2, files_invalid: 0, error: null },
        { stage: 'generate', session: 'gha_1_1', pid: 2, status: 'unfinished', start_time: '2026-01-01T10:00:03.000Z', end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null },
      ],
      '2026-01-01T10:00:10.000Z',
    );
    expect(gantt.split('\n')).toEqual([
      '```mermaid',
      'gantt',
      '  dateFormat x',
      '  axisFormat %H:%M:%S',
      '  section preprocess',
      `  preprocess : done, s0, ${Date.parse('2026-01-01T10:00:00.000Z')}, ${Date.parse('2026-01-01T10:00:02.000Z')}`,
      '  section generate',
      `  generate (unfinished) : active, s1, ${Date.parse('2026-01-01T10:00:03.000Z')}, ${Date.parse('2026-01-01T10:00:10.000Z')}`,
      '```',
    ]);
    expect(renderStageGantt([], null)).toBe('');
  });

  it("names each shard's sections by its place when the package holds several sessions (a merge), never by the records' text", () => {
    const run = (session: string, stage: 'preprocess' | 'generate', pid: number) => ({ stage, session, pid, status: 'ok' as const, start_time: '2026-01-01T10:00:00.000Z', end_time: '2026-01-01T10:00:02.000Z', duration_ms: 2000, files_in: 1, files_out: 1, files_invalid: 0, error: null });
    const sections = renderStageGantt([run('gha_1_1_shard-0', 'preprocess', 1), run('a:b]\n`x`', 'preprocess', 2), run('gha_1_1_shard-0', 'generate', 1)], null)
      .split('\n')
      .filter((line) => line.startsWith('  section'));
    expect(sections).toEqual(['  section preprocess (session 1 of 2)', '  section preprocess (session 2 of 2)', '  section generate (session 1 of 2)']);
  });
});
