import { describe, expect, test } from 'vitest';
import { renderComment, renderJobSummary, type ReportView } from '../../src/action/job-summary.js';
import { renderExecutionSummary } from '../../src/package/execution-summary.js';
import { SUMMARY_TOP_ISSUES, type QualityIssue, type QualityReport } from '../../src/package/quality-issues/index.js';
import { summarizeSession } from '../../src/records/session-model.js';

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';

function issue(n: number, extra: Partial<QualityIssue> = {}): QualityIssue {
  return { id: `Q${n}`, rule: 'over-mobile-limit', severity: 'warning', file: `lesson_${n}_beginner.json`, path: '$.estimatedDuration', message: `Lesson ${n} is too long.`, records: [{ log: 'processing.jsonl', line: n }], call_id: null, ...extra };
}

function report(issues: QualityIssue[]): QualityReport {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return { session_id: SESSION, counts, issues };
}

const session = summarizeSession([{ time: '2025-01-18T17:30:45.000Z', level: 'info', session: SESSION, stage: 'session', event: 'session.start', msg: 'started', pid: 1 }], []);

describe('quality issues in execution_summary.md', () => {
  test('the counts, then the most severe issues with their file and place, and how many more', () => {
    const hostile = issue(1, { severity: 'error', rule: 'quiz-answer-not-an-option', message: 'The quiz "<img src=x onerror=alert(1)> @octocat" marks answer 5.' });
    const many = report([hostile, ...Array.from({ length: SUMMARY_TOP_ISSUES + 2 }, (_, i) => issue(i + 2))]);
    const text = renderExecutionSummary(session, many);
    const section = text.slice(text.indexOf('## Quality Issues'), text.indexOf('\n---'));
    expect(section.split('\n').slice(0, 3)).toEqual([
      '## Quality Issues',
      '- **Found**: 1 error, 12 warnings (every one in `quality_issues.json`, with the records that show it; open `viewer.html` to follow them)',
      `- ❌ **Q1 quiz-answer-not-an-option** in lesson_1_beginner.json at $.estimatedDuration: ${hostile.message}`,
    ]);
    expect(section).toContain('- … and 3 more in `quality_issues.json`');
    expect(section.match(/^- (❌|⚠️|ℹ️)/gm)).toHaveLength(SUMMARY_TOP_ISSUES);
    expect(renderExecutionSummary(session, report([]))).toContain('- **Found**: none\n');
    expect(renderExecutionSummary(session)).not.toContain('## Quality Issues');
  });

  test('in the job summary and the pull-request comment, escaped: model text cannot reshape the page or mention anyone', () => {
    const view: ReportView = {
      sessionId: SESSION,
      success: true,
      problems: [],
      summary: session,
      quality: report([issue(1, { severity: 'error', message: 'The quiz "<img src=x onerror=alert(1)> @octocat" marks answer 5.' })]),
      steps: [],
      packageName: 'content-2026-01-01-10-00',
      artifact: { name: 'lyfe-kt-100-1-lessons', skipped: 'not asked for' },
      notes: [],
      runUrl: 'https://github.com/octo/lessons/actions/runs/100/attempts/1',
      jobLabel: 'lessons',
    };
    for (const text of [renderJobSummary(view), renderComment(view, '<!-- marker -->')]) {
      expect(text).toContain('## Quality Issues');
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; @\u2060octocat');
      expect(text).not.toContain('<img');
      expect(text).toContain('lesson\\_1\\_beginner.json at $.estimatedDuration');
    }
  });
});
