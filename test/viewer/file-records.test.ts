import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/** A file's records, listed from its details: as many as the button says. */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const at = (s: number) => new Date(Date.parse('2025-01-18T17:30:45.000Z') + s * 1000).toISOString();

function records(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const base = { session: SESSION, pid: 9, stage: 'generate' as const, input: ['sleep_filled_template.md'], output: ['sleep_beginner.json'] };
  return {
    processing: [
      { session: SESSION, pid: 9, stage: 'generate', time: at(0), level: 'info', event: 'stage.start', msg: 'generate started' },
      { ...base, time: at(3), level: 'warn', event: 'file.result', msg: 'invalid (1 error(s))', data: { valid: false, errors: ['not JSON'], call_id: 'call_a' } },
      { session: SESSION, pid: 9, stage: 'generate', time: at(4), level: 'info', event: 'stage.end', msg: 'generate ok', data: { status: 'ok' } },
    ],
    prompts: [
      { ...base, time: at(1), level: 'debug', event: 'llm.request', msg: 'generate.beginner attempt 1 sent', data: { call_id: 'call_a', attempt: 1, purpose: 'generate.beginner' } },
      {
        ...base,
        time: at(2),
        level: 'info',
        event: 'llm.attempt',
        msg: 'generate.beginner attempt 1 ok',
        data: { call_id: 'call_a', attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-5.4-mini', outcome: 'ok', latency_ms: 1000, response: 'not JSON' },
      },
    ],
  };
}

describe("a file's records in the viewer", () => {
  const temp = useTempDir('lyfe-kt-viewer-file-records-');
  const { open } = useBrowser();

  test('"Show its 3 records" lists its 3 records, whatever level, outcome or search the list had', async () => {
    const { processing, prompts } = records();
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    const quality = { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] };
    await writeViewerPage(file, { title: 'file records', session: summarizeSession(processing, prompts), quality }, { processing: jsonl(processing), prompts: jsonl(prompts) });
    const { page, errors } = await open(file);

    await page.selectOption('#f-level', 'warn');
    await page.selectOption('#f-stage', 'generate');
    await page.fill('#f-text', 'invalid');
    await expect.poll(() => page.locator('#count').textContent()).toBe('1 of 5 records');

    await page.click('#output-table a[href="#output/sleep_beginner.json"]');
    const show = page.locator('#detail-body button');
    expect(await show.textContent()).toBe('Show its 3 records in the list');
    await show.click();
    expect(await page.locator('#count').textContent()).toBe('3 of 5 records');
    expect(await page.locator('#rows .row').count()).toBe(3);
    // The list's filters say what it shows: that file, and nothing else.
    expect(await page.evaluate("['stage', 'level', 'file', 'outcome', 'text'].map((name) => document.getElementById('f-' + name).value)")).toEqual(['', '', 'sleep_beginner.json', '', '']);
    expect(errors).toEqual([]);
  }, 120_000);
});
