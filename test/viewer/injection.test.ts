import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { QualityReport } from '../../src/package/quality-issues/index.js';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/** Model and content text that would run, or break the page, if it were ever put in as markup. */
const HOSTILE = {
  script: '</script><script>window.__pwned = "script"; alert("script")</script>',
  html: '<img src=x onerror="window.__pwned = \'img\'; alert(\'img\')"><b id="injected">bold</b>',
  link: '<a id="jslink" href="javascript:window.__pwned=\'link\'">click me</a> and [click me](javascript:alert("md"))',
  title: '</title><script>window.__pwned = "title"</script>',
};
const FILE = '<svg onload=alert(1)>_beginner.json';
const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';

function records(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const base = { session: SESSION, pid: 9, input: ['x.md'], output: [FILE] };
  return {
    processing: [
      { ...base, time: '2025-01-18T17:30:45.000Z', level: 'info', stage: 'generate', event: 'stage.start', msg: HOSTILE.script },
      { ...base, time: '2025-01-18T17:30:47.000Z', level: 'warn', stage: 'generate', event: 'file.result', msg: HOSTILE.html, data: { valid: false, errors: [HOSTILE.link], call_id: 'call_evil' } },
      { ...base, time: '2025-01-18T17:30:48.000Z', level: 'info', stage: 'generate', event: 'stage.end', msg: 'generate ok', data: { status: 'ok', duration_ms: 3000, files_in: 1, files_out: 1 } },
    ],
    prompts: [
      {
        ...base,
        time: '2025-01-18T17:30:46.000Z',
        level: 'info',
        stage: 'generate',
        event: 'llm.attempt',
        msg: HOSTILE.link,
        data: {
          call_id: 'call_evil',
          attempt: 1,
          outcome: 'ok',
          purpose: 'generate.beginner',
          provider: 'openai',
          model: HOSTILE.html,
          messages: [{ role: 'user', content: HOSTILE.script }],
          response: `${HOSTILE.script}${HOSTILE.html}${HOSTILE.link}`,
          usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
          latency_ms: 1000,
        },
      },
    ],
  };
}

describe('model and content text in the viewer', () => {
  const temp = useTempDir('lyfe-kt-viewer-injection-');
  const { open } = useBrowser();

  test('is shown as text: </script>, HTML and javascript: links neither break the page nor run', async () => {
    const { processing, prompts } = records();
    const quality: QualityReport = {
      session_id: SESSION,
      counts: { error: 1, warning: 0, info: 0 },
      issues: [{ id: 'Q1', rule: 'schema-invalid', severity: 'error', file: FILE, path: null, message: HOSTILE.html, records: [{ log: 'prompts.jsonl', line: 1 }], call_id: 'call_evil' }],
    };
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    await writeViewerPage(file, { title: HOSTILE.title, session: summarizeSession(processing, prompts), quality }, { processing: jsonl(processing), prompts: jsonl(prompts) });

    const { page, requests, dialogs, errors } = await open(file);
    await page.click('#call-table a[href="#call/call_evil"]');
    await page.click(`#issue-list a[href="#issue/Q1"]`);
    await page.click(`#detail a[href="#record/prompts.jsonl%3A1"]`);
    await page.click('#call-table a[href="#call/call_evil"]');

    // The text is on the page, as text.
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.title);
    expect(await page.title()).toBe(`${HOSTILE.title} - lyfe-kt viewer`);
    expect(await page.locator('#detail pre').allTextContents()).toContain(`${HOSTILE.script}${HOSTILE.html}${HOSTILE.link}`);
    expect(await page.locator('#issue-list').textContent()).toContain(HOSTILE.html);
    expect(await page.locator('#rows').textContent()).toContain(HOSTILE.script);

    // Nothing of it became an element, a link that runs, or ran.
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('img, svg, #injected, #jslink').count()).toBe(0);
    // The page's own: the two record streams, the model, the script.
    expect(await page.locator('script').count()).toBe(4);
    const hrefs = await page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
