import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { startFakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/**
 * The viewer of a real package, as a content editor uses it: a run through the real `openai` SDK
 * against the loopback fake (its first request refused with 429, so a call is retried), then
 * the package's logs/viewer.html opened from disk in chromium.
 */

const SOURCE = path.resolve('test/fixtures/content/como_dormir_bem.md');
const { start } = useChildren();
const temp = useTempDir('lyfe-kt-viewer-');
const { open } = useBrowser();

interface Built {
  dir: string;
  viewer: string;
  records: Record<string, any>[];
  prompts: Record<string, any>[];
  metadata: Record<string, any>;
  quality: Record<string, any>;
}

async function buildPackage(): Promise<Built> {
  const cwd = temp();
  fs.mkdirSync(path.join(cwd, 'in'));
  fs.copyFileSync(SOURCE, path.join(cwd, 'in', 'como_dormir_bem.md'));
  const server = await startFakeOpenAI({
    handler: (body, index) => (index === 0 ? { status: 429, body: { error: { message: 'slow down' } }, headers: { 'retry-after-ms': '1' } } : { content: pipelineReply(body) }),
  });
  try {
    const run = await start([CLI, 'run', 'in', '--provider', 'openai', '--title', 'sleep'], {
      cwd,
      env: cliEnv({ OPENAI_API_KEY: 'sk-test-0123456789abcdefghij', OPENAI_BASE_URL: server.url }),
      timeoutMs: 60_000,
    }).exit;
    expect(run.code, run.stderr).toBe(0);
  } finally {
    await server.close();
  }
  const [name] = fs.readdirSync(path.join(cwd, 'packages'));
  const dir = path.join(cwd, 'packages', name!);
  const read = (file: string) => fs.readFileSync(path.join(dir, 'logs', file), 'utf8');
  const lines = (file: string) => read(file).split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const viewed = await start([CLI, 'view', dir], { cwd, env: cliEnv() }).exit;
  expect(viewed.code, viewed.stderr).toBe(0);
  return {
    dir,
    viewer: viewed.stdout.trim(),
    records: [...lines('processing.jsonl'), ...lines('prompts.jsonl')],
    prompts: lines('prompts.jsonl'),
    metadata: JSON.parse(read('metadata.json')),
    quality: JSON.parse(read('quality_issues.json')),
  };
}

describe("a package's viewer, opened from disk", () => {
  test('shows the summary, filters, searches, opens a call, follows an output to its calls and back, and makes no request', async () => {
    const built = await buildPackage();
    expect(built.viewer).toBe(path.resolve(built.dir, 'logs', 'viewer.html'));
    // The page embeds exactly the package's records: its processing.jsonl and its prompts.jsonl.
    const html = fs.readFileSync(built.viewer, 'utf8');
    const embedded = (id: string) => gunzipSync(Buffer.from(new RegExp(`<script type="[^"]+" id="${id}">([^<]*)</script>`).exec(html)![1]!, 'base64')).toString('utf8');
    const logs = (name: string) => fs.readFileSync(path.join(built.dir, 'logs', name), 'utf8');
    expect(embedded('lyfe-processing')).toBe(logs('processing.jsonl'));
    expect(embedded('lyfe-prompts')).toBe(logs('prompts.jsonl'));
    const { page, requests, errors } = await open(built.viewer);

    // The PRD's numbers at the top are the package's metadata.
    const number = (label: string) => page.locator('#numbers div', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    await expect.poll(() => number('Total API Calls').textContent()).toBe(String(built.metadata.ai_usage.total_api_calls));
    expect(await number('Total Tokens').textContent()).toBe(built.metadata.ai_usage.total_tokens.toLocaleString('en-US'));
    expect(await page.locator('#outcome').textContent()).toBe('success');
    const count = () => page.locator('#count').textContent();
    expect(await count()).toBe(`${built.records.length} of ${built.records.length} records`);

    // Filters by stage, outcome and file, then a text search, each counted against the records.
    await page.selectOption('#f-stage', 'generate');
    expect(await count()).toBe(`${built.records.filter((r) => r.stage === 'generate').length} of ${built.records.length} records`);
    await page.selectOption('#f-stage', '');
    await page.selectOption('#f-outcome', 'retry');
    expect(await count()).toBe(`1 of ${built.records.length} records`);
    await expect.poll(() => page.locator('#rows .row').first().textContent()).toContain('attempt 1 retry');
    await page.selectOption('#f-outcome', '');
    await page.selectOption('#f-file', 'como_dormir_bem_filled_template_advanced.json');
    const advanced = built.records.filter((r) => [...(r.input ?? []), ...(r.output ?? [])].includes('como_dormir_bem_filled_template_advanced.json')).length;
    expect(await count()).toBe(`${advanced} of ${built.records.length} records`);
    await page.selectOption('#f-file', '');
    const retried = built.prompts.find((r) => r.event === 'llm.attempt' && r.data.outcome === 'retry')!;
    await page.fill('#f-text', retried.data.call_id);
    await expect.poll(count).toBe(`${built.records.filter((r) => JSON.stringify(r).includes(retried.data.call_id)).length} of ${built.records.length} records`);
    // A phrase as the records say it, quotes and all: not as their JSON lines escape it.
    const phrase = 'the reader as "you"';
    await page.fill('#f-text', phrase);
    const saying = built.records.filter((r) => JSON.stringify(r).toLowerCase().includes(JSON.stringify(phrase).slice(1, -1))).length;
    expect(saying).toBeGreaterThan(0);
    await expect.poll(count).toBe(`${saying} of ${built.records.length} records`);
    await page.fill('#f-text', '');

    // The timeline: a lane per stage run and per call, the retried call's bar split into its two attempts.
    const callId = retried.data.call_id as string;
    // `run` ran preprocess, generate and package, one process: three stage lanes.
    expect(await page.locator('#timeline-body .lane').count()).toBe(3 + new Set(built.prompts.map((r) => r.data.call_id)).size);
    expect(await page.locator(`#timeline-body a[href="#call/${callId}"] .seg`).evaluateAll((segs) => segs.map((seg) => seg.className))).toEqual(['seg retry', 'seg ok']);

    // A call: its attempts (the retry visible), messages, response, tokens.
    await page.click(`#call-table a[href="#call/${callId}"]`);
    const detail = page.locator('#detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(`Call ${callId}`);
    const accepted = built.prompts.find((r) => r.event === 'llm.attempt' && r.data.call_id === callId && r.data.outcome === 'ok')!;
    expect(await detail.locator('h3', { hasText: 'Attempt 1' }).locator('.badge').textContent()).toBe('retry');
    expect(await detail.locator('h3', { hasText: 'Attempt 2' }).locator('.badge').textContent()).toBe('ok');
    const pres = await detail.locator('pre').allTextContents();
    expect(pres).toContain(accepted.data.response);
    expect(pres).toContain(accepted.data.messages[0].content);
    expect(await detail.textContent()).toContain(`${accepted.data.usage.prompt_tokens.toLocaleString('en-US')} prompt + ${accepted.data.usage.completion_tokens.toLocaleString('en-US')} completion`);

    // From the call to its output, from the output back to the call, and back through history.
    const output = accepted.output[0] as string;
    await detail.locator(`a[href="#output/${encodeURIComponent(output)}"]`).first().click();
    await expect.poll(() => detail.locator('h2').textContent()).toBe(output);
    await detail.locator(`a[href="#call/${callId}"]`).first().click();
    await expect.poll(() => detail.locator('h2').textContent()).toBe(`Call ${callId}`);
    await page.goBack();
    await expect.poll(() => detail.locator('h2').textContent()).toBe(output);

    // The issues' heading counts them, each noun as its count has it.
    const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
    const counts = built.quality.counts as Record<'error' | 'warning' | 'info', number>;
    expect(await page.locator('#issues-title').textContent()).toBe(`Quality issues (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')})`);

    // A quality issue, linked to the records that show it.
    const issue = built.quality.issues[0];
    expect(issue, 'the offline-like fake copies source sentences: some issue is found').toBeDefined();
    await page.click(`#issue-list a[href="#issue/${issue.id}"]`);
    await expect.poll(() => detail.locator('h2').textContent()).toBe(`${issue.id} ${issue.rule}`);
    const evidence = issue.records[0];
    await detail.locator(`a[href="#record/${encodeURIComponent(`${evidence.log}:${evidence.line}`)}"]`).first().click();
    await expect.poll(() => detail.locator('h2').textContent()).toBe(`${evidence.log} line ${evidence.line}`);
    const shown = JSON.parse((await detail.locator('pre').textContent())!);
    const file = fs.readFileSync(path.join(built.dir, 'logs', evidence.log), 'utf8').split('\n');
    expect(shown).toEqual(JSON.parse(file[evidence.line - 1]!));

    // Keyboard: Escape closes, `/` goes to the search, arrows and Enter open a record.
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.isHidden()).toBe(true);
    await page.keyboard.press('/');
    expect(await page.evaluate('document.activeElement.id')).toBe('f-text');
    await page.focus('#record-list');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => detail.locator('h2').textContent()).toMatch(/^(processing|prompts)\.jsonl line \d+$/);

    const shot = path.join(path.dirname(built.dir), 'viewer.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isHidden()).toBe(true);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
