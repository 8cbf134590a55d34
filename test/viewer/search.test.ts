import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/** The record search, given a phrase as a reader copies it from a prompt or a reply that runs over several lines. */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const at = (s: number) => new Date(Date.parse('2025-01-18T17:30:45.000Z') + s * 1000).toISOString();

function records(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const base = { session: SESSION, pid: 9, stage: 'generate' as const, input: ['sleep_filled_template.md'], output: ['sleep_beginner.json'] };
  return {
    processing: [{ session: SESSION, pid: 9, stage: 'generate', time: at(0), level: 'info', event: 'stage.start', msg: 'generate started' }],
    prompts: [
      {
        ...base,
        time: at(2),
        level: 'info',
        event: 'llm.attempt',
        msg: 'generate.beginner attempt 1 ok',
        data: {
          call_id: 'call_a',
          attempt: 1,
          purpose: 'generate.beginner',
          provider: 'openai',
          model: 'gpt-5.4-mini',
          outcome: 'ok',
          latency_ms: 1000,
          messages: [{ role: 'user', content: 'Write for a beginner.\nAddress the reader as "you".\r\n\r\nKeep each card short.' }],
          response: '{}',
        },
      },
    ],
  };
}

describe('the record search', () => {
  const temp = useTempDir('lyfe-kt-viewer-search-');
  const { open } = useBrowser();

  test('finds a phrase copied over the line breaks of a prompt, which the search box takes as spaces', async () => {
    const { processing, prompts } = records();
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    const quality = { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] };
    await writeViewerPage(file, { title: 'search', session: summarizeSession(processing, prompts), quality }, { processing: jsonl(processing), prompts: jsonl(prompts) });
    const { page, errors } = await open(file);
    const count = () => page.locator('#count').textContent();

    for (const phrase of ['beginner.\nAddress the reader', 'as "you".\r\n\r\nKeep each', 'beginner. address the READER']) {
      await page.fill('#f-text', phrase);
      expect(await page.inputValue('#f-text')).not.toContain('\n');
      await expect.poll(count, { message: JSON.stringify(phrase) }).toBe('1 of 2 records');
    }
    // Words the prompt does not have side by side are still not found.
    await page.fill('#f-text', 'beginner. keep');
    await expect.poll(count).toBe('0 of 2 records');
    expect(errors).toEqual([]);
  }, 120_000);
});
