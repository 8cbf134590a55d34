import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/** The page's own addresses (`#call/<id>`, `#record/<log>:<line>`) as a reader may type, keep or be sent them. */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const at = (s: number) => new Date(Date.parse('2025-01-18T17:30:45.000Z') + s * 1000).toISOString();

function records(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const base = { session: SESSION, pid: 9, stage: 'generate' as const, input: ['sleep_filled_template.md'], output: ['sleep_beginner.json'] };
  return {
    processing: [
      { ...base, time: at(0), level: 'info', event: 'stage.start', msg: 'generate started' },
      { ...base, time: at(3), level: 'info', event: 'file.result', msg: 'valid', data: { valid: true, call_id: 'call_ok', level: 'beginner' } },
      { ...base, time: at(4), level: 'info', event: 'stage.end', msg: 'generate ok', data: { status: 'ok', duration_ms: 4000, files_in: 1, files_out: 1 } },
    ],
    prompts: [
      { ...base, time: at(1), level: 'debug', event: 'llm.request', msg: 'generate.beginner attempt 1 sent', data: { call_id: 'call_ok', attempt: 1, purpose: 'generate.beginner' } },
      {
        ...base,
        time: at(2),
        level: 'info',
        event: 'llm.attempt',
        msg: 'generate.beginner attempt 1 ok',
        data: { call_id: 'call_ok', attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-5.4-mini', outcome: 'ok', latency_ms: 1000, response: '{}' },
      },
    ],
  };
}

const jsonl = (list: LogRecord[]) => list.map((r) => `${JSON.stringify(r)}\n`).join('');

describe("the viewer's addresses", () => {
  const temp = useTempDir('lyfe-kt-viewer-addresses-');
  const { open } = useBrowser();

  test('a malformed address (#call/%E0) says there is no such item, opened with the page or followed in it', async () => {
    const { processing, prompts } = records();
    const file = path.join(temp(), 'viewer.html');
    const quality = { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] };
    await writeViewerPage(file, { title: 'addresses', session: summarizeSession(processing, prompts), quality }, { processing: [jsonl(processing)], prompts: [jsonl(prompts)] });
    const { page, errors } = await open(file);

    await page.evaluate("location.hash = '#call/%E0'");
    await expect.poll(() => page.locator('#detail-body').textContent()).toBe('No such item in this session: call/%E0');
    expect(await page.locator('#detail').isHidden()).toBe(false);

    // Opened with the address: the page opens, and says the same.
    await page.goto(`${pathToFileURL(file).href}#record/%E0%A4`);
    await page.reload();
    await page.waitForSelector('html[data-state=ready]');
    expect(await page.locator('#detail-body').textContent()).toBe('No such item in this session: record/%E0%A4');
    // A good address still opens its item.
    await page.evaluate("location.hash = '#call/call_ok'");
    await expect.poll(() => page.locator('#detail-body h2').first().textContent()).toBe('Call call_ok');
    expect(errors).toEqual([]);
  }, 120_000);

  test("a record file without a final newline (a package's from before viewers) keeps each record, and each its own line's address", async () => {
    const { processing, prompts } = records();
    const file = path.join(temp(), 'viewer.html');
    const quality = { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] };
    // As `view` writes the page of an old package: the record files' bytes as they are.
    await writeViewerPage(file, { title: 'old', session: summarizeSession(processing, prompts), quality }, { processing: [jsonl(processing).trimEnd()], prompts: [jsonl(prompts)] });
    // The page's data counts the last record too.
    const data = /id="lyfe-data">([A-Za-z0-9+/=]+)</.exec(fs.readFileSync(file, 'utf8'))![1]!;
    expect(JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')).records).toEqual({ processing: 3, prompts: 2 });
    const { page, errors } = await open(file);
    expect(await page.locator('#count').textContent()).toBe('5 of 5 records');
    const shows = async (ref: string, event: string) => {
      await page.evaluate(`location.hash = '#record/${ref}'`);
      await expect.poll(() => page.locator('#detail-body h2').first().textContent()).toBe(ref.replace(':', ' line '));
      expect(JSON.parse((await page.locator('#detail-body pre').textContent())!).event).toBe(event);
    };
    await shows('processing.jsonl:3', 'stage.end');
    await shows('prompts.jsonl:1', 'llm.request');
    await shows('prompts.jsonl:2', 'llm.attempt');
    expect(errors).toEqual([]);
  }, 120_000);

  test("an address of another session's call or file (kept, sent, mistyped) says there is none, as one of a record or an issue does", async () => {
    const { processing, prompts } = records();
    const file = path.join(temp(), 'viewer.html');
    const quality = { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] };
    await writeViewerPage(file, { title: 'addresses', session: summarizeSession(processing, prompts), quality }, { processing: [jsonl(processing)], prompts: [jsonl(prompts)] });
    const { page, errors } = await open(file);
    const body = () => page.locator('#detail-body').textContent();
    await page.evaluate("location.hash = '#call/call_0123456789ab'");
    await expect.poll(body).toBe('No call call_0123456789ab in this session.');
    await page.evaluate("location.hash = '#output/other_beginner.json'");
    await expect.poll(body).toBe('No file other_beginner.json in this session.');
    await page.evaluate("location.hash = '#record/prompts.jsonl:99'");
    await expect.poll(body).toBe('No record prompts.jsonl:99 in this session.');
    // A line past its file's end, before its first, or of a file the package has not, is no record of the other file.
    await page.evaluate("location.hash = '#record/processing.jsonl:4'");
    await expect.poll(body).toBe('No record processing.jsonl:4 in this session.');
    await page.evaluate("location.hash = '#record/prompts.jsonl:0'");
    await expect.poll(body).toBe('No record prompts.jsonl:0 in this session.');
    await page.evaluate("location.hash = '#record/processing.log:1'");
    await expect.poll(body).toBe('No record processing.log:1 in this session.');
    // A file the session only read (an input: no output, no call made it) is still shown, with its records.
    await page.evaluate("location.hash = '#output/sleep_filled_template.md'");
    await expect.poll(() => page.locator('#detail-body h2').first().textContent()).toBe('sleep_filled_template.md');
    expect(await page.locator('#detail-body button').textContent()).toBe('Show its 5 records in the list');
    // The ones that are there still open.
    await page.evaluate("location.hash = '#call/call_ok'");
    await expect.poll(() => page.locator('#detail-body h2').first().textContent()).toBe('Call call_ok');
    await page.evaluate("location.hash = '#output/sleep_beginner.json'");
    await expect.poll(() => page.locator('#detail-body h2').first().textContent()).toBe('sleep_beginner.json');
    expect(errors).toEqual([]);
  }, 120_000);
});
