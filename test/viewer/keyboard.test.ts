import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/**
 * The viewer with the keyboard alone, as a screen reader hears it: the record list names the row
 * the arrow keys moved to, an opened detail takes the focus, and Escape gives it back where it was.
 */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';

function records(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const at = (s: number) => new Date(Date.parse('2025-01-18T17:30:45.000Z') + s * 1000).toISOString();
  const common = { session: SESSION, stage: 'generate' as const, pid: 3, input: ['a_filled_template.md'], output: ['a_beginner.json'] };
  return {
    processing: [
      { session: SESSION, time: at(0), level: 'info', stage: 'generate', event: 'stage.start', pid: 3, msg: 'generate started' },
      { ...common, time: at(3), level: 'info', event: 'file.result', msg: 'valid', data: { valid: true, call_id: 'call_a', level: 'beginner' } },
      { session: SESSION, time: at(4), level: 'info', stage: 'generate', event: 'stage.end', pid: 3, msg: 'generate ok', data: { status: 'ok' } },
    ],
    prompts: [
      { ...common, time: at(1), level: 'debug', event: 'llm.request', msg: 'generate.beginner attempt 1 sent', data: { call_id: 'call_a', attempt: 1, purpose: 'generate.beginner' } },
      {
        ...common,
        time: at(2),
        level: 'info',
        event: 'llm.attempt',
        msg: 'generate.beginner attempt 1 ok',
        data: { call_id: 'call_a', attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-5.4-mini', outcome: 'ok', latency_ms: 1000, response: '{}', usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } },
      },
    ],
  };
}

describe('the viewer from the keyboard', () => {
  const temp = useTempDir('lyfe-kt-viewer-keyboard-');
  const { open } = useBrowser();

  test('names the active row to assistive technology, focuses an opened detail, and Escape returns the focus', async () => {
    const { processing, prompts } = records();
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    await writeViewerPage(file, { title: 'keys', session: summarizeSession(processing, prompts), quality: { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] } }, { processing: jsonl(processing), prompts: jsonl(prompts) });
    const { page, errors } = await open(file);
    const focused = () => page.evaluate('document.activeElement.id || document.activeElement.tagName');

    // The list keeps the focus; the row the arrows moved to is its active descendant, one of how many.
    await page.focus('#record-list');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const active = await page.evaluate(`(() => {
      const row = document.getElementById(document.getElementById('record-list').getAttribute('aria-activedescendant'));
      return row && { role: row.getAttribute('role'), selected: row.getAttribute('aria-selected'), text: row.textContent, position: row.getAttribute('aria-posinset'), of: row.getAttribute('aria-setsize') };
    })()`);
    expect(active).toEqual({ role: 'option', selected: 'true', text: expect.stringContaining('generate.beginner attempt 1 sent'), position: '2', of: '5' });

    // Enter opens the record, and the detail has the focus; Escape closes it and the list has it again.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#detail h2').textContent()).toBe('prompts.jsonl line 1');
    expect(await focused()).toBe('detail');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('detail-close');
    await page.keyboard.press('Escape');
    expect(await page.locator('#detail').isHidden()).toBe(true);
    expect(await focused()).toBe('record-list');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#rows .row.active').textContent()).toContain('generate.beginner attempt 1 ok');

    // A call opened from its link, then its output from the detail: Escape returns to the link.
    await page.focus('#call-table a[href="#call/call_a"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#detail h2').textContent()).toBe('Call call_a');
    expect(await focused()).toBe('detail');
    await page.locator('#detail a[href="#output/a_beginner.json"]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#detail h2').textContent()).toBe('a_beginner.json');
    await page.keyboard.press('Escape');
    expect(await page.evaluate("document.activeElement.getAttribute('href')")).toBe('#call/call_a');
    expect(errors).toEqual([]);
  }, 120_000);

  test('the first arrow key in the list goes to its first record, the one after to the next', async () => {
    const { processing, prompts } = records();
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    await writeViewerPage(file, { title: 'keys', session: summarizeSession(processing, prompts), quality: { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] } }, { processing: jsonl(processing), prompts: jsonl(prompts) });
    const { page, errors } = await open(file);
    const activeRow = () => page.locator('#rows .row.active').getAttribute('data-k');
    await page.focus('#record-list');
    await page.keyboard.press('ArrowDown');
    expect(await activeRow()).toBe('0');
    await page.keyboard.press('j');
    expect(await activeRow()).toBe('1');
    // After a new filter, the first key goes to the first record again.
    await page.selectOption('#f-level', 'info');
    await page.focus('#record-list');
    await page.keyboard.press('ArrowDown');
    expect(await activeRow()).toBe('0');
    expect(errors).toEqual([]);
  }, 120_000);
});
