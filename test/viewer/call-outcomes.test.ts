import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/**
 * Calls that did not succeed, as the viewer tells them: a failed call and one stopped mid-call
 * produced nothing, whatever file they were for; nor did a call answered whose process stopped
 * before its answer was written (the other level of the template was still in flight).
 */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';

function records(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const at = (s: number) => new Date(Date.parse('2025-01-18T17:30:45.000Z') + s * 1000).toISOString();
  const call = (id: string, file: string) => ({ session: SESSION, stage: 'generate' as const, pid: 9, input: ['sleep_filled_template.md'], output: [file] });
  const request = (id: string, file: string, attempt: number, s: number): LogRecord => ({
    ...call(id, file),
    time: at(s),
    level: 'debug',
    event: 'llm.request',
    msg: `generate.beginner attempt ${attempt} sent`,
    data: { call_id: id, attempt, purpose: 'generate.beginner' },
  });
  const attempt = (id: string, file: string, n: number, s: number, outcome: string, extra: Record<string, unknown> = {}): LogRecord => ({
    ...call(id, file),
    time: at(s),
    level: outcome === 'ok' ? 'info' : 'warn',
    event: 'llm.attempt',
    msg: `generate.beginner attempt ${n} ${outcome}`,
    data: { call_id: id, attempt: n, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-5.4-mini', outcome, latency_ms: 1000, usage: null, response: null, ...extra },
  });
  return {
    processing: [
      { session: SESSION, time: at(0), level: 'info', stage: 'generate', event: 'stage.start', pid: 9, msg: 'generate started' },
      { ...call('call_ok', 'sleep_beginner.json'), time: at(3), level: 'info', event: 'file.result', msg: 'valid', data: { valid: true, call_id: 'call_ok', level: 'beginner' } },
    ],
    prompts: [
      request('call_ok', 'sleep_beginner.json', 1, 1),
      attempt('call_ok', 'sleep_beginner.json', 1, 2, 'ok', { response: '{}', usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } }),
      request('call_failed', 'sleep_advanced.json', 1, 1),
      attempt('call_failed', 'sleep_advanced.json', 1, 2, 'failed', { reason: 'HTTP 401 invalid key', http_status: 401 }),
      // Retried once, then its second attempt was sent and the process stopped.
      request('call_stopped', 'other_beginner.json', 1, 1),
      attempt('call_stopped', 'other_beginner.json', 1, 2, 'retry', { reason: 'HTTP 429 slow down', http_status: 429 }),
      request('call_stopped', 'other_beginner.json', 2, 3),
      // Answered, and the process killed before the file was written: no file.result names it.
      request('call_unwritten', 'other_advanced.json', 1, 1),
      attempt('call_unwritten', 'other_advanced.json', 1, 2, 'ok', { response: '{}', usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } }),
    ],
  };
}

describe('calls that did not succeed, in the viewer', () => {
  const temp = useTempDir('lyfe-kt-viewer-outcomes-');
  const { open } = useBrowser();

  test('name the file they were for without saying they produced it; a call stopped mid-attempt says which attempt', async () => {
    const { processing, prompts } = records();
    const session = summarizeSession(processing, prompts);
    expect(session.calls.map((c) => [c.call_id, c.outcome])).toEqual([
      ['call_ok', 'ok'],
      ['call_failed', 'failed'],
      ['call_stopped', 'unfinished'],
      ['call_unwritten', 'ok'],
    ]);
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    await writeViewerPage(file, { title: 'outcomes', session, quality: { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] } }, { processing: jsonl(processing), prompts: jsonl(prompts) });
    const { page, errors } = await open(file);

    const outputCell = (id: string) => page.locator('#call-table tr', { has: page.locator(`a[href="#call/${id}"]`) }).locator('td').last();
    expect(await outputCell('call_ok').textContent()).toBe('sleep_beginner.json');
    expect(await outputCell('call_failed').textContent()).toBe('none (was for sleep_advanced.json)');
    expect(await outputCell('call_stopped').textContent()).toBe('none (was for other_beginner.json)');
    expect(await outputCell('call_unwritten').textContent()).toBe('none written (was for other_advanced.json)');

    const field = (label: string) => page.locator('#detail dl.kv dt', { hasText: new RegExp(`^${label}$`) });
    await page.click('#call-table a[href="#call/call_ok"]');
    expect(await field('Produced').count()).toBe(1);
    await page.click('#call-table a[href="#call/call_failed"]');
    expect(await field('Produced').count()).toBe(0);
    expect(await field('Was for').count()).toBe(1);
    await page.click('#call-table a[href="#call/call_stopped"]');
    expect(await field('Produced').count()).toBe(0);
    expect(await page.locator('#detail-body').textContent()).toContain('Attempt 2 was sent and never answered: the process stopped during the call.');
    await page.click('#call-table a[href="#call/call_unwritten"]');
    expect(await field('Produced').count()).toBe(0);
    expect(await field('Was for').count()).toBe(1);
    expect(await page.locator('#detail-body').textContent()).toContain('Answered, but no file was written from the answer: its stage stopped or failed first.');
    await page.click('#detail a[href="#output/other_advanced.json"]');
    expect(await page.locator('#detail h3').allTextContents()).toContain('Calls for it (none wrote it)');

    // On the timeline, a call stopped with an attempt in flight runs to the session's end, that attempt drawn as unanswered.
    const bar = async (id: string) => {
      const style = await page.locator(`#timeline-body a.bar[href="#call/${id}"]`).evaluate((node: { style: { left: string; width: string } }) => ({ left: node.style.left, width: node.style.width }));
      return { from: parseFloat(style.left), to: parseFloat(style.left) + parseFloat(style.width) };
    };
    expect(session.start_time).toBe('2025-01-18T17:30:45.000Z');
    expect(session.end_time).toBe('2025-01-18T17:30:48.000Z');
    expect(await bar('call_stopped')).toEqual({ from: expect.closeTo(100 / 3, 3), to: expect.closeTo(100, 3) });
    expect(await bar('call_ok')).toEqual({ from: expect.closeTo(100 / 3, 3), to: expect.closeTo(200 / 3, 3) });
    const segments = page.locator('#timeline-body a.bar[href="#call/call_stopped"] .seg');
    expect(await segments.evaluateAll((nodes: { className: string }[]) => nodes.map((node) => node.className))).toEqual(['seg retry', 'seg unanswered']);
    expect(errors).toEqual([]);
  }, 120_000);
});
