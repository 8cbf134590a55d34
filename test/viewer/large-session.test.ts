import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/**
 * A session of 100,000 records: the viewer's file stays within twice the gzip size of the records,
 * and the page opens, scrolls to the last record and filters. The sizes and times are printed (the
 * numbers of docs/viewer.md), never asserted.
 */

const RECORDS = 100_000;
const CALLS = 10_000;
const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const START = Date.parse('2025-01-18T17:30:45.000Z');

function largeSession(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const prompts: LogRecord[] = [];
  const processing: LogRecord[] = [];
  const time = (n: number) => new Date(START + n * 10).toISOString();
  processing.push({ time: time(0), level: 'info', session: SESSION, stage: 'generate', event: 'stage.start', msg: 'generate started', pid: 1 });
  for (let c = 0; c < CALLS; c++) {
    const file = `article_${c % 500}_filled_template_${c % 2 ? 'advanced' : 'beginner'}.json`;
    const input = [`article_${c % 500}_filled_template.md`];
    const at = 1 + c * 10;
    const common = { session: SESSION, stage: 'generate' as const, pid: 1, input, output: [file] };
    prompts.push({ ...common, time: time(at), level: 'debug', event: 'llm.request', msg: `generate attempt 1 sent`, data: { call_id: `call_${c}`, attempt: 1, purpose: 'generate.beginner' } });
    prompts.push({
      ...common,
      time: time(at + 5),
      level: c % 97 ? 'info' : 'warn',
      event: 'llm.attempt',
      msg: `generate.beginner attempt 1 ${c % 97 ? 'ok' : 'retry'}`,
      data: {
        call_id: `call_${c}`,
        attempt: 1,
        outcome: c % 97 ? 'ok' : 'retry',
        purpose: 'generate.beginner',
        provider: 'openai',
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'You are Ari, the coaching voice of the Lyfe app.' },
          { role: 'user', content: `Write the supertask for article ${c % 500}: sleep, rhythm and light, in the reader's language.` },
        ],
        response: `{"title":"Lesson ${c}","flexibleItems":[{"type":"content","content":"Try going to bed at the same time tonight (${c})."}]}`,
        usage: { prompt_tokens: 900 + (c % 50), completion_tokens: 400 + (c % 70), total_tokens: 1300 + (c % 120) },
        latency_ms: 1500 + (c % 900),
      },
    });
    for (let k = 0; k < 8 - 1; k++) {
      processing.push({ ...common, time: time(at + k), level: k === 3 && c % 113 === 0 ? 'error' : 'info', event: 'step', msg: `step ${k} of call ${c}`, data: { n: k } });
    }
  }
  while (processing.length + prompts.length < RECORDS) processing.push({ time: time(CALLS * 10 + processing.length), level: 'info', session: SESSION, stage: 'package', event: 'step', msg: `tail ${processing.length}`, pid: 2 });
  return { processing, prompts };
}

describe('a 100,000-record session in the viewer', () => {
  const temp = useTempDir('lyfe-kt-viewer-large-');
  const { open } = useBrowser();

  test('stays within twice the gzip size of its records, opens, scrolls to the last record and filters', async () => {
    const { processing, prompts } = largeSession();
    expect(processing.length + prompts.length).toBe(RECORDS);
    const jsonl = (list: LogRecord[]) => list.map((r) => `${JSON.stringify(r)}\n`).join('');
    const text = { processing: jsonl(processing), prompts: jsonl(prompts) };
    const session = summarizeSession(processing, prompts);
    const file = path.join(temp(), 'viewer.html');
    await writeViewerPage(file, { title: 'large', session, quality: { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] } }, { processing: [text.processing], prompts: [text.prompts] });

    const gzipped = gzipSync(text.processing + text.prompts).length;
    const size = fs.statSync(file).size;
    console.log(`viewer of ${RECORDS} records: ${(size / 2 ** 20).toFixed(2)} MiB; records ${((text.processing.length + text.prompts.length) / 2 ** 20).toFixed(1)} MiB, gzip ${(gzipped / 2 ** 20).toFixed(2)} MiB (${(size / gzipped).toFixed(2)}x)`);
    expect(size).toBeLessThanOrEqual(2 * gzipped);

    const { page, requests, errors } = await open(file);
    // From the page's navigation to its ready state, as the page's own clock counts it.
    const opened = (await page.evaluate('performance.now()')) as number;
    expect(await page.locator('#count').textContent()).toBe(`${RECORDS.toLocaleString('en-US')} of ${RECORDS.toLocaleString('en-US')} records`);
    // Only the rows in view are in the page.
    expect(await page.locator('#rows .row').count()).toBeLessThan(200);

    const scrolling = performance.now();
    await page.locator('#record-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await page.waitForSelector(`#rows .row[data-k="${RECORDS - 1}"]`);
    const scrolled = performance.now() - scrolling;
    expect(await page.locator(`#rows .row[data-k="${RECORDS - 1}"]`).textContent()).toContain(`tail ${processing.length - 1}`);

    const filtering = performance.now();
    await page.selectOption('#f-level', 'error');
    const errorsShown = processing.filter((r) => r.level === 'error').length;
    await expect.poll(() => page.locator('#count').textContent()).toBe(`${errorsShown} of ${RECORDS.toLocaleString('en-US')} records`);
    const filtered = performance.now() - filtering;
    const searching = performance.now();
    await page.fill('#f-text', 'call_9999"');
    await expect.poll(() => page.locator('#count').textContent()).toBe(`0 of ${RECORDS.toLocaleString('en-US')} records`);
    const searched = performance.now() - searching;
    console.log(`opened (navigation to ready) in ${Math.round(opened)} ms, scrolled to the last record in ${Math.round(scrolled)} ms, filtered in ${Math.round(filtered)} ms, searched in ${Math.round(searched)} ms`);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
