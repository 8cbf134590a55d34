import { describe, expect, it } from 'vitest';
import { renderExecutionSummary } from '../../src/package/execution-summary.js';
import { summaryNumbers } from '../../src/package/viewer/data.js';
import { summarizeSession } from '../../src/records/session-model.js';
import { SessionBuilder, successfulRun } from '../package/session-records.js';

/** The numbers at the top of the viewer read as the lines of execution_summary.md that bear their names. */

const NO_ISSUES = { session_id: 'sess', counts: { error: 0, warning: 0, info: 0 }, issues: [] };

/** The value of the summary's line `- **<label>**: <value>`. */
function summaryLine(markdown: string, label: string): string | undefined {
  return markdown.split('\n').find((line) => line.startsWith(`- **${label}**: `))?.slice(`- **${label}**: `.length);
}

function expectSameNumbers(s: SessionBuilder): void {
  const summary = summarizeSession(s.processing, s.prompts);
  const markdown = renderExecutionSummary(summary, NO_ISSUES);
  const numbers = new Map(summaryNumbers(summary, NO_ISSUES).map((n) => [n.label, n.value]));
  for (const label of ['Total Duration', 'Total API Calls', 'Total Tokens', 'Model', 'Success Rate', 'Mobile Optimization Score', 'Ari Persona Consistency']) {
    expect(numbers.get(label), label).toBe(summaryLine(markdown, label));
  }
}

describe("the viewer's summary numbers", () => {
  it('are the execution summary\'s for a run of one model', () => {
    expectSameNumbers(successfulRun());
  });

  it('name every model that answered or was tried, as the summary does', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    s.attempt('generate', 1, { call_id: 'c1', provider: 'offline', model: 'offline-v1', input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c2', provider: 'offline', model: 'offline-v1', input: ['a_filled_template.md'], output: ['a_advanced.json'] });
    s.attempt('generate', 1, { call_id: 'c3', model: 'gpt-5.4-mini', input: ['b_filled_template.md'], output: ['b_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c4', model: 'gpt-5-mini', outcome: 'failed', response: null, usage: null, http_status: 400, input: ['b_filled_template.md'], output: ['b_advanced.json'] });
    s.stageEnd('generate', 1, { status: 'ok', files_in: 2, files_out: 3 });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summaryNumbers(summary, NO_ISSUES).find((n) => n.label === 'Model')?.value).toBe('offline-v1 (also gpt-5.4-mini; also tried: gpt-5-mini)');
    expectSameNumbers(s);
  });

  it("give a duration in the summary's words, and why it is unknown when the processes' clocks disagree", () => {
    expectSameNumbers(successfulRun().wait(65));
    const s = new SessionBuilder().sessionStart(1).stageStart('preprocess', 1).stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
    s.wait(-2 * 3600).stageStart('package', 2).log('session', 'session.end', 'ended', 2, { data: { success: true, work_files: 3 } });
    expectSameNumbers(s);
  });
});
