import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/** An output's scores in the viewer read as execution_summary.md writes them. */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';

function result(file: string, metrics: Record<string, number> | undefined, second: number): LogRecord {
  return {
    session: SESSION,
    time: new Date(Date.parse('2025-01-18T17:30:45.000Z') + second * 1000).toISOString(),
    level: metrics ? 'info' : 'warn',
    stage: 'generate',
    event: 'file.result',
    pid: 9,
    input: ['sleep_filled_template.md'],
    output: [file],
    msg: metrics ? 'valid' : 'invalid (1 error(s))',
    data: metrics ? { valid: true, metrics } : { valid: false, errors: ['not JSON'] },
  };
}

describe("an output's scores in the viewer", () => {
  const temp = useTempDir('lyfe-kt-viewer-scores-');
  const { open } = useBrowser();

  test('are the summary\'s: the mobile score to 2 places, the persona as a percentage, n/a when there is none', async () => {
    const processing = [result('sleep_beginner.json', { mobile_optimization_score: 0.8333333333333334, ari_persona_consistency: 0.75 }, 1), result('sleep_advanced.json', undefined, 2)];
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    await writeViewerPage(file, { title: 'scores', session: summarizeSession(processing, []), quality: { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] } }, { processing: jsonl(processing), prompts: jsonl([]) });
    const { page, errors } = await open(file);

    const cells = (name: string) => page.locator('#output-table tr', { has: page.locator(`a[href="#output/${name}"]`) }).locator('td').allTextContents();
    expect((await cells('sleep_beginner.json')).slice(2, 4)).toEqual(['0.83', '75%']);
    expect((await cells('sleep_advanced.json')).slice(2, 4)).toEqual(['n/a', 'n/a']);
    const detail = async (name: string) => {
      await page.click(`#output-table a[href="#output/${name}"]`);
      return page.locator('#detail dl.kv dd').allTextContents();
    };
    expect((await detail('sleep_beginner.json')).slice(3, 5)).toEqual(['0.83', '75%']);
    expect((await detail('sleep_advanced.json')).slice(3, 5)).toEqual(['n/a', 'n/a']);
    expect(errors).toEqual([]);
  }, 120_000);
});
